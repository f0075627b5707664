"""Stance frames: the word patterns that say someone is for or against something.

Each frame looks at one token of the parse and, when it fires, yields a :class:`Claim`: the
trigger word, a polarity, the issue phrase (or, for a responsibility claim, the agent and the
event) and who holds it. Frames never decide what issue the claim is about across the
article; :mod:`.issues` does that.

Frames (lexicon in ``data/stance_lexicon.json``):

- stance verbs and adjectives: "backs X", "remains opposed to X", "rejected X", "called for X";
- requests: "press Moscow to back X", "calling on Russia to allow X";
- stance nouns: "failed to win the backing of Y for X", "repeated Russia's demand for X", "Obama's veto of X";
- roles: "X, the chief sponsor of the bill"; denials: "X denied that P";
- evaluations in attributed speech: "X is an essential part of", "it was counterproductive to X",
  "X don't always work", "no solution is possible without X";
- responsibility claims: "E was the work of A", "blamed E on A", "A played a part in E",
  "accused A of E", "A guilty of E".

Negation and "fail/refuse to" flip a polarity; denials and concessions are read by
:mod:`.holders` on the way up to the speaker.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Token

from ..document import NewsDoc
from .holders import Holder, actor_of, chain_holders, subject_of
from .lexicon import lex

_PRONOUNS = {"it", "this", "that", "these", "those", "they", "them", "he", "she", "we", "i", "so", "which", "what"}
_CLAUSE_DROP = {"relcl", "acl", "appos", "advcl", "punct", "cc", "neg"}
_LEAD_DROP = {"to", "for", "that", "any", "whether"}


@dataclass
class Claim:
    trigger: Token
    polarity: int                          # +1 support, -1 oppose (before the holder's sign)
    holders: list[Holder]
    confidence: float
    issue: Token | None = None             # head of the issue phrase (a topic stance)
    agent: list[Token] = field(default_factory=list)   # a responsibility claim: who did it
    event: Token | None = None             # ... and what was done


def find_claims(nd: NewsDoc) -> list[Claim]:
    """Every frame over every token that can trigger one, in text order; claims without a holder are dropped."""
    out = []
    triggers = lex().triggers
    for tok in nd.doc:
        if tok.lemma_.lower() not in triggers and tok.lower_ not in triggers:
            continue
        for frame in _FRAMES:
            out.extend(c for c in frame(nd, tok) if c.holders)
    return out


# --- helpers -----------------------------------------------------------------------------

def _negated(tok: Token) -> bool:
    """'not backed', 'refused/failed to back', 'remains not opposed'."""
    if any(c.dep_ == "neg" for c in tok.children):
        return True
    head = tok.head
    if tok.dep_ in {"xcomp", "acomp"} and head.i != tok.i:
        return head.lemma_.lower() in lex().failure_verbs | {"refuse", "decline"} or any(
            c.dep_ == "neg" for c in head.children)
    return False


def _child(tok: Token, deps: set[str], words: set[str] | None = None) -> Token | None:
    return next((c for c in tok.children if c.dep_ in deps and (words is None or c.lower_ in words)), None)


def _pobj(prep: Token | None) -> Token | None:
    return None if prep is None else _child(prep, {"pobj", "pcomp"})


def object_of(tok: Token, preps: set[str] = frozenset({"to", "for", "against", "on"})) -> Token | None:
    """The thing a stance word is about: its object, a prepositional object, or an infinitive."""
    obj = _child(tok, {"dobj"})
    if obj is not None:
        return obj
    obj = _pobj(_child(tok, {"prep"}, set(preps)))
    if obj is not None:
        return obj
    return _child(tok, {"xcomp"}) or _child(tok, {"ccomp"})


def has_content(head: Token) -> bool:
    """An issue must name something: not just a pronoun ('wanted it to end')."""
    return any(t.pos_ in {"NOUN", "PROPN"} and t.lower_ not in _PRONOUNS for t in head.subtree)


def unwrap(head: Token) -> Token:
    """'any plan that calls for Assad to step down' is about Assad stepping down."""
    L = lex()
    lemma = head.lemma_.lower()
    if head.pos_ == "VERB" and lemma in L.light_verbs:  # 'work towards lifting the ban'
        inner = _pobj(_child(head, {"prep"}, {"towards", "toward", "for", "at"})) or _child(head, {"xcomp"})
        return unwrap(inner) if inner is not None else head
    if lemma not in L.generic_heads and lemma not in L.stance_nouns:
        return head
    inner = _pobj(_child(head, {"prep"}, {"for", "of"}))
    if inner is not None and inner.pos_ in {"NOUN", "PROPN", "VERB"}:
        return unwrap(inner)  # 'the case for keeping the embargo', 'more support of the bill'
    for clause in head.children:
        if clause.dep_ in {"relcl", "acl"} and clause.lemma_.lower() in L.unwrap_verbs:
            inner = _child(clause, {"advcl", "xcomp", "ccomp", "dobj"}) or _pobj(_child(clause, {"prep"}, {"for"}))
            if inner is not None:
                return inner
    return head


def issue_tokens(head: Token) -> list[Token]:
    """The issue phrase: the head's subtree without relative and participial clauses
    (kept when the head is generic, e.g. 'a situation where violence ends')."""
    generic = head.lemma_.lower() in lex().generic_heads
    drop: set[int] = set()
    for c in head.children:
        content_clause = c.dep_ == "acl" and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
        if c.dep_ in _CLAUSE_DROP and not (generic or content_clause) and c.dep_ != "neg":
            drop.update(t.i for t in c.subtree)
        if c.i < head.i and (c.dep_ in {"aux", "mark"} or c.dep_ == "det") and c.lower_ in _LEAD_DROP:
            drop.add(c.i)
    toks = [t for t in head.subtree if t.i not in drop]
    while toks and (toks[0].is_punct or toks[0].is_space):
        toks.pop(0)
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        toks.pop()
    return toks


def _subject_holder(nd: NewsDoc, tok: Token, weight: float = 0.9) -> list[Holder]:
    """The stance word's own subject (each of 'X and Y'); when it has none, whoever the clause
    is attributed to. A passive subject holds nothing ('X was tricked into supporting'), nor
    does the one asked to act ('urged France to back X')."""
    subj = subject_of(tok)
    if subj is None:
        return chain_holders(nd, tok)
    if subj.dep_ == "nsubjpass" or (subj.dep_ == "dobj" and subj.head.lemma_.lower() in lex().request_verbs):
        return []  # 'urged France to back X' is the urger's stance, not France's
    actors = [actor_of(nd, t) for t in (subj, *(c for c in subj.children if c.dep_ == "conj"))]
    return [Holder(a, 1, weight, "subject") for a in dict.fromkeys(actors) if a]


def _passive(nd: NewsDoc, tok: Token) -> tuple[list[Holder], Token] | None:
    """'X was welcomed by Beijing' -> (Beijing, X); 'action was needed' -> (the speaker, action)."""
    subj = _child(tok, {"nsubjpass"})
    if subj is None:
        return None
    agent = _pobj(_child(tok, {"agent"}))
    if agent is not None:
        actor = actor_of(nd, agent)
        return ([Holder(actor, 1, 0.8, "subject")] if actor else []), subj
    return chain_holders(nd, tok), subj


def _topic(tok: Token, polarity: int, holders: list[Holder], issue: Token | None, conf: float) -> Iterator[Claim]:
    if issue is None:
        return
    issue = unwrap(issue)
    if has_content(issue):
        yield Claim(tok, polarity, holders, conf, issue=issue)


# --- frames ------------------------------------------------------------------------------

def stance_word(nd: NewsDoc, tok: Token) -> Iterator[Claim]:
    """'X backs Y', 'X rejected Y', 'X remains opposed to Y', 'X called for Y'."""
    L = lex()
    lemma = tok.lemma_.lower()
    if tok.pos_ not in {"VERB", "ADJ"}:
        return
    passive = _passive(nd, tok) if tok.pos_ == "VERB" else None
    if lemma in L.passive_only_support and passive is None:
        return
    if lemma in L.support_verbs or lemma in L.support_adjectives or lemma in L.passive_only_support:
        polarity = 1
    elif lemma in L.oppose_verbs or lemma in L.oppose_adjectives:
        polarity = -1
        particle = L.oppose_particles.get(lemma)
        if particle and not _child(tok, {"prt"}, {particle}):
            return
    else:
        return
    if passive is not None:
        yield from _topic(tok, -polarity if _negated(tok) else polarity, passive[0], passive[1], 0.65)
        return
    obj = object_of(tok)
    if obj is not None and obj.lemma_.lower() in L.claim_nouns | set(L.stance_nouns):
        return  # 'backed X's assertion that P', 'resisted calls to P': read by the holder chain / stance nouns
    if obj is not None and obj.dep_ in {"xcomp", "ccomp"} and obj.lemma_.lower() in L.support_verbs | L.oppose_verbs:
        return  # 'wants to back X': the inner verb says it
    if _negated(tok):
        polarity = -polarity
    yield from _topic(tok, polarity, _subject_holder(nd, tok), obj, 0.75)


def request(nd: NewsDoc, tok: Token) -> Iterator[Claim]:
    """'press Moscow to back X', 'calling on Russia to allow X', 'called for X', 'lobbying against X'."""
    L = lex()
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in L.request_verbs:
        return
    holders = _subject_holder(nd, tok)
    prep = _child(tok, {"prep"}, set(L.stance_preps))
    if prep is not None:
        polarity = 1 if L.stance_preps[prep.lower_] == "support" else -1
        yield from _topic(tok, -polarity if _negated(tok) else polarity, holders, _pobj(prep) or _child(prep, {"advcl"}), 0.7)
        return
    wanted = next((c for c in tok.children if c.dep_ == "advcl" and _child(c, {"mark"}, {"for"})), None)
    if wanted is not None:  # 'called for the embargo to be lifted'
        yield from _topic(tok, -1 if _negated(tok) else 1, holders, wanted, 0.7)
        return
    inner = _child(tok, {"xcomp"})
    if inner is None:
        inner = next((x for p in tok.children if p.dep_ == "prep" for x in p.children if x.dep_ == "xcomp"), None)
    if inner is None:
        obj = _child(tok, {"dobj"})
        if obj is not None and unwrap(obj).i != obj.i:  # 'press the case for X'
            yield from _topic(tok, 1, holders, obj, 0.6)
        return
    lemma = inner.lemma_.lower()
    if lemma in L.support_verbs or lemma in L.oppose_verbs:
        polarity = 1 if lemma in L.support_verbs else -1
        yield from _topic(tok, polarity, holders, object_of(inner), 0.7)
    else:
        yield from _topic(tok, 1, holders, inner, 0.6)


def stance_noun(nd: NewsDoc, tok: Token) -> Iterator[Claim]:
    """'failed to win the backing of Y for X', 'repeated Russia's demand for X', 'resisted calls to X'."""
    L = lex()
    polarity_word = L.stance_nouns.get(tok.lemma_.lower()) if tok.pos_ == "NOUN" else None
    if polarity_word is None:
        return
    polarity = 1 if polarity_word == "support" else -1
    verb = tok.head if tok.dep_ == "dobj" else None
    poss = _child(tok, {"poss"})
    of = _pobj(_child(tok, {"prep"}, {"of"}))
    issue = (_pobj(_child(tok, {"prep"}, {"for", "to", "against", "on"})) or _child(tok, {"acl"})
             or (of if poss is not None else None)  # "Obama's veto of a bill"
             or (_pobj(_child(verb, {"prep"}, {"for"})) if verb is not None else None))
    if issue is None:
        return
    owner = poss or (of if of is not None and of.i != issue.i else None) or _pobj(_child(tok, {"prep"}, {"by", "from"}))
    owner_actor = actor_of(nd, owner)
    verb_lemma = verb.lemma_.lower() if verb is not None else ""
    if verb is not None and verb_lemma in L.seek_verbs and polarity > 0:
        seeker = _subject_holder(nd, verb)
        yield from _topic(tok, 1, seeker, issue, 0.65)
        if owner_actor:
            withheld = _negated(verb)
            yield from _topic(tok, -1 if withheld else 1, [Holder(owner_actor, 1, 0.6, "subject")], issue, 0.5)
        return
    if verb is not None and verb_lemma in L.reiterate_verbs:
        yield from _topic(tok, polarity, _subject_holder(nd, verb), issue, 0.7)
    elif verb is not None and verb_lemma in L.oppose_verbs | L.deny_verbs:
        yield from _topic(tok, -polarity, _subject_holder(nd, verb), issue, 0.65)
    if owner_actor:
        yield from _topic(tok, polarity, [Holder(owner_actor, 1, 0.8, "subject")], issue, 0.6)


def role_noun(nd: NewsDoc, tok: Token) -> Iterator[Claim]:
    """'X, the chief sponsor of the bill', 'X was the nonvoting supporter of the override', 'a critic of Y'."""
    polarity_word = lex().role_nouns.get(tok.lemma_.lower()) if tok.pos_ == "NOUN" else None
    issue = _pobj(_child(tok, {"prep"}, {"of"})) if polarity_word else None
    if issue is None:
        return
    if tok.dep_ == "appos":
        actor = actor_of(nd, tok.head)
    elif tok.dep_ == "attr":
        actor = actor_of(nd, subject_of(tok.head))
    else:
        return
    if actor:
        yield from _topic(tok, 1 if polarity_word == "support" else -1, [Holder(actor, 1, 0.8, "subject")], issue, 0.65)


def denial(nd: NewsDoc, tok: Token) -> Iterator[Claim]:
    """'Trump has denied his campaign colluded with Moscow': against the denied proposition."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in lex().deny_verbs:
        return
    clause = _child(tok, {"ccomp"})
    if clause is not None:
        yield from _topic(tok, 1 if _negated(tok) else -1, _subject_holder(nd, tok), clause, 0.6)


def evaluation(nd: NewsDoc, tok: Token) -> Iterator[Claim]:
    """In someone's words: 'X is an essential part of ...', 'it was counterproductive to X', 'X is wrong'."""
    L = lex()
    if tok.lemma_.lower() != "be":
        return
    pred = _child(tok, {"acomp", "attr"}) or _pobj(_child(tok, {"prep"}, {"in"}))  # 'in the public interest'
    if pred is None:
        return
    words = {pred.lemma_.lower(), *(c.lemma_.lower() for c in pred.children if c.dep_ in {"amod", "compound"})}
    if words & L.positive_eval:
        polarity = 1
    elif words & L.negative_eval:
        polarity = -1
    else:
        return
    if _negated(tok):
        polarity = -polarity
    subj = _child(tok, {"nsubj", "csubj"})
    issue = subj
    if subj is None or subj.lower_ in _PRONOUNS:
        issue = _child(tok, {"xcomp", "ccomp"}) or (_child(pred, {"xcomp"}) if pred is not None else None)
    yield from _topic(tok, polarity, chain_holders(nd, tok), issue, 0.6)


def outcome(nd: NewsDoc, tok: Token) -> Iterator[Claim]:
    """In someone's words: 'sanctions don't always work', 'ousting leaders did not lead to peace'."""
    L = lex()
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB":
        return
    if lemma in L.lead_verbs:
        goal = _pobj(_child(tok, {"prep"}, {"to"}))
        if goal is None or goal.lemma_.lower() not in L.outcome_goals:
            return
    elif lemma not in L.outcome_verbs or (lemma not in {"work", "help", "succeed"} and _child(tok, {"dobj"}) is None):
        return
    subj = _child(tok, {"nsubj"})
    if subj is None or subj.lower_ in _PRONOUNS or subj.pos_ not in {"NOUN", "PROPN"}:
        return
    if _child(tok, {"advmod", "mark"}, {"how", "whether", "if", "when"}) is not None:
        return  # 'how export controls worked' describes, it does not judge
    holders = [h for h in chain_holders(nd, tok) if h.via != "subject"]
    yield from _topic(tok, -1 if _negated(tok) else 1, holders, subj, 0.55)


def necessity(nd: NewsDoc, tok: Token) -> Iterator[Claim]:
    """In someone's words: 'no solution is possible without X' -> X is wanted."""
    if tok.lower_ != "without" or tok.dep_ != "prep":
        return
    head = tok.head
    subj = _child(head, {"nsubj", "nsubjpass"})
    pred = _child(head, {"acomp"})
    negative = (any(c.dep_ == "neg" for c in head.children)
                or (subj is not None and _child(subj, {"det"}, {"no"}) is not None)
                or (pred is not None and pred.lemma_.lower() == "impossible"))
    if negative:
        yield from _topic(tok, 1, chain_holders(nd, tok), _pobj(tok), 0.6)


def responsibility(nd: NewsDoc, tok: Token) -> Iterator[Claim]:
    """Who did it: 'E was the work of A', 'blamed E on A', 'accused A of E', 'A played a part in E'."""
    R = lex().responsibility
    lemma = tok.lemma_.lower()
    agent = event = None
    holders: list[Holder] = []
    if tok.pos_ == "NOUN" and lemma in R["work_nouns"] and tok.dep_ == "attr":
        agent, event = _pobj(_child(tok, {"prep"}, {"of"})), _antecedent(subject_of(tok.head))
        holders = chain_holders(nd, tok)
    elif tok.pos_ == "ADJ" and lemma in R["agent_adjectives"]:
        agent, event = subject_of(tok.head if tok.dep_ == "acomp" else tok), _pobj(_child(tok, {"prep"}, {"for", "of"}))
        holders = chain_holders(nd, tok)
    elif tok.pos_ == "VERB" and lemma in R["blame_verbs"]:
        obj = _child(tok, {"dobj"})
        on = _pobj(_child(tok, {"prep"}, {"on"}) or (_child(obj, {"prep"}, {"on"}) if obj is not None else None))
        for_ = _pobj(_child(tok, {"prep"}, {"for"}))
        agent, event = (on, obj) if on is not None else (obj, for_)
        holders = _subject_holder(nd, tok)
    elif tok.pos_ == "VERB" and lemma in R["accuse_verbs"]:
        agent, event = _child(tok, {"dobj"}), _pobj(_child(tok, {"prep"}, {"of"}))
        holders = _subject_holder(nd, tok)
    elif tok.pos_ == "NOUN" and lemma in R["role_nouns"] and tok.dep_ == "dobj":
        agent = subject_of(tok.head)
        event = _pobj(_child(tok, {"prep"}, {"in"}) or _child(tok.head, {"prep"}, {"in"}))
        holders = chain_holders(nd, tok)
    if agent is None or event is None or not _is_event(event):
        return
    if _negated(tok) or (tok.dep_ == "attr" and _negated(tok.head)):
        holders = [Holder(h.actor, -h.sign, h.weight, h.via) for h in holders]
    yield Claim(tok, 1, holders, 0.65, agent=[agent, *(c for c in agent.children if c.dep_ == "conj")], event=event)


def _antecedent(tok: Token | None) -> Token | None:
    """A relative pronoun's antecedent ('the massacre ... in Houla, which ...'), else the token."""
    if tok is None or tok.lower_ not in {"which", "that", "who"}:
        return tok
    node = tok
    while node.dep_ != "relcl" and node.head.i != node.i:
        node = node.head
    return node.head if node.dep_ == "relcl" else None


def _is_event(tok: Token) -> bool:
    """The event itself, or the event noun the phrase hangs from ('civilians' in 'massacre of civilians')."""
    return event_head(tok) is not None


def event_head(tok: Token) -> Token | None:
    events = lex().event_class
    for _ in range(4):
        if tok.lemma_.lower() in events:
            return tok
        if tok.dep_ not in {"pobj", "prep"} or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


_FRAMES = (stance_word, request, stance_noun, role_noun, denial, evaluation, outcome, necessity, responsibility)
