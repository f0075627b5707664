"""How a trigger is framed: who governs it, whether it happened, will happen, or is asked for.

PLOVER codes the act the sentence reports, not every verb in it: in "agreed to provide
aid" the act is an AGREE (CAMEO 033), in "threatened to cut ties" a THREATEN, in "refused
to meet" a REJECT, and in "failed to win the backing of X" nothing cooperative happened at
all. :func:`read` climbs from a trigger through its governing verbs (xcomp/ccomp) and
returns the event as the sentence frames it, or None when the governor makes it a non-event.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from .lexicon import Code, code, governors

_CHAIN = {"xcomp", "acomp", "ccomp"}
_MAX_CHAIN = 6
#: CAMEO root of a cooperative act -> the "express intent to" code of that act (CAMEO 03x).
_INTENT = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035"}
_COOPERATIVE = {"CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"}
_FORCEFUL = {"SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "PROTEST"}


@dataclass
class Reading:
    code: Code
    agent_node: Token  # whose doer is the event's source
    reporter: Token | None = None  # the report verb above the trigger, if any
    negated: bool = False
    future: bool = False
    hypothetical: bool = False
    absorbed: set[int] = field(default_factory=set)  # governor tokens this event stands for


def _governor_class(lemma: str) -> str | None:
    g = governors()
    return next((k for k in ("fail", "refuse", "threat", "request", "intent", "attempt", "report") if lemma in g[k]), None)


def _aux(nodes: list[Token]) -> tuple[set[str], bool]:
    """Auxiliary lemmas and negation over the clause nodes from the trigger up to its governor."""
    aux, neg = set(), False
    for node in nodes:
        for c in node.children:
            if c.dep_ in {"aux", "auxpass"}:
                aux.add(c.lower_)
            elif c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in {"never"}):
                neg = True
    return aux, neg


def _conditional(nodes: list[Token]) -> tuple[bool, bool]:
    """(inside an if-clause, carrying an if/unless condition) for the clause nodes."""
    marks = governors()["conditional_marks"]
    inside = any(n.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in marks for c in n.children) for n in nodes)
    carries = any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)
                  for n in nodes for c in n.children)
    return inside, carries


def statement_only(tok: Token) -> bool:
    """'conceded that ...', 'agreed that ...': a statement about something, not the act itself."""
    return tok.lemma_.lower() in governors()["statement_not_event"] and any(c.dep_ == "ccomp" for c in tok.children)


def read(tok: Token, found: Code) -> Reading | None:
    """The event as its sentence frames it, or None when a governor cancels it (fail/refuse/threaten to X)."""
    g = governors()
    nodes, node, reading = [tok], tok, Reading(code=found, agent_node=tok)
    if (tok.pos_ == "ADJ" and tok.dep_ == "acomp") or (tok.pos_ == "NOUN" and tok.dep_ == "dobj"):
        nodes.append(tok.head)  # "were guilty", "would tighten the blockade": the clause is the verb's
        node = tok.head
    governor, kind = None, None
    while node.dep_ in _CHAIN and len(nodes) < _MAX_CHAIN and node.head is not node:
        head = node.head
        kind = _governor_class(head.lemma_.lower())
        if kind is not None:
            governor = head
            break
        nodes.append(head)
        node = head
    if kind in {"fail", "refuse", "threat", "request"} or _asked_for(tok):
        return None
    aux, reading.negated = _aux(nodes)
    inside_if, ultimatum = _conditional(nodes)
    reading.hypothetical = inside_if or bool(aux & g["modal_aux"])
    reading.future = bool(aux & g["future_aux"])
    if kind == "report":
        reading.reporter = governor
    if kind == "report" and aux & g["must_aux"]:
        return None  # "said X must do Y" is one REQUEST, made by :func:`obligations`
    if kind == "intent":
        reading.agent_node, reading.future = governor, True
        reading.absorbed.add(governor.i)
    if kind == "intent" or reading.future or ultimatum or aux & g["modal_aux"]:
        reading.code = _as_intent(reading.code, reading.negated)
        if reading.code.plover == "REJECT" and found.plover != "REJECT":
            reading.negated = False  # "will not meet the demands" is a refusal that did happen
    return reading


def _as_intent(found: Code, negated: bool) -> Code:
    """A promised or threatened act: cooperation becomes AGREE (or REJECT if refused), force a THREATEN."""
    if found.plover in _COOPERATIVE:
        return code("120") if negated else code(_INTENT[found.cameo[:2]])
    if found.plover in _FORCEFUL and not negated:
        return code("138") if found.plover in {"ASSAULT", "MOBILIZE"} else code("130")
    return found


def obligations(sent) -> list[tuple[Token, Token]]:
    """(clause verb, report verb) for "A said B must/should do C": A asks B to do C (CAMEO 020)."""
    g = governors()
    out = []
    for tok in sent:
        report = tok.head
        if tok.dep_ == "ccomp" and report.lemma_.lower() in g["report"] and not _cancelled(report):
            if any(c.dep_ == "aux" and c.lower_ in g["must_aux"] for c in tok.children):
                out.append((tok, tok.head))
    return out


def _cancelled(verb: Token) -> bool:
    """A report verb that is negated or refused ("declined to say") reports nothing."""
    g = governors()
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in g["refuse"] | g["fail"]


def _asked_for(tok: Token) -> bool:
    """Inside what someone asks for: "said X must ...", "its demand that X ..." (that request is the event)."""
    g = governors()
    for _ in range(_MAX_CHAIN + 2):
        if tok.dep_ in {"ccomp", "acl"} and tok.head.lemma_.lower() in g["request"]:
            return True
        if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in g["report"] and any(
                c.dep_ == "aux" and c.lower_ in g["must_aux"] for c in tok.children):
            return True
        if tok.head is tok:
            return False
        tok = tok.head
    return False
