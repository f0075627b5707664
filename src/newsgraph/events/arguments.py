"""Event arguments: who did it (source), to whom (target), where (place).

Arguments come from the dependency parse around the trigger and are kept only when they
resolve to an actor of the actors stage; an argument that names no actor is left out
rather than guessed. Coordinated phrases ("Hungary and Romania") give compound arguments.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors import resolve_reference
from ..document import NewsDoc
from .lexicon import governors

_SUBJ = {"nsubj", "csubj"}
_TARGET_PREPS = {"with", "to", "on", "upon", "against", "from", "for", "into", "toward", "towards", "between", "at", "of"}
_PLACE_PREPS = {"in", "at", "near", "outside", "inside", "across", "around"}
_CLIMB = {"xcomp", "conj", "advcl", "pcomp", "prep", "acomp", "ccomp", "relcl", "acl"}
_MAX_CLIMB = 8
_RELATIVE = {"which", "that", "who", "whom"}
_MAX_ACTORS = 200
_NP_MODIFIERS = {"compound", "amod", "poss", "nmod"}
_PART_PREPS = frozenset({"of", "from"})
_AGENT_PREPS = frozenset({"of", "from", "in"})
_COUNTERPART_PREPS = frozenset({"from", "by", "against", "with", "on", "to"})


def mention_index(nd: NewsDoc) -> dict[int, tuple[int, str]]:
    """Mention start -> (end, actor id), built once per article for linear-time lookups. Where two
    mentions start together ('NATO' in 'NATO peacekeeping troops'), the one with a country wins."""
    coded = sorted(nd.actors, key=lambda a: bool(a.country))
    return {m.start: (m.end, a.id) for a in coded for m in a.mentions}


def _conjuncts(tok: Token) -> list[Token]:
    """The token and every token coordinated with it, without recursion (lists can be long)."""
    out, todo = [], [tok]
    while todo and len(out) < _MAX_ACTORS:
        t = todo.pop()
        out.append(t)
        todo.extend(c for c in t.children if c.dep_ in {"conj", "appos"})
    return sorted(out, key=lambda t: t.i)


def _covering(index: dict, nd: NewsDoc, head: Token) -> str | None:
    """The actor whose mention covers the head word ("Vladimir Putin" for the token "Putin")."""
    end = head.idx + len(head)
    for t in reversed(nd.doc[head.left_edge.i: head.i + 1]):
        hit = index.get(t.idx)
        if hit and hit[0] >= end:
            return hit[1]
    return None


def _phrase_actors(index: dict, tokens) -> list[str]:
    ids = []
    for t in tokens:
        hit = index.get(t.idx)
        if hit and hit[1] not in ids:
            ids.append(hit[1])
    return ids


def _modifier_actors(index: dict, head: Token, preps=frozenset({"of", "from"})) -> list[str]:
    """Actors named in the phrase's modifiers ("U.S. and Russian negotiators"), else in what it is
    a part of or from ("a group of Moroccan diplomats", "doctors from American aid groups")."""
    ids = [a for c in head.children if c.dep_ in _NP_MODIFIERS and c.i < head.i for a in _phrase_actors(index, c.subtree)]
    if ids:
        return ids
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            for g in (g for g in c.children if g.dep_ == "pobj"):
                if c.lower_ != "of" or head.lemma_.lower() in governors()["partitive"]:
                    ids += [a for a in _phrase_actors(index, g.subtree) if a not in ids]
    return ids


def actors_of(nd: NewsDoc, index: dict, tok: Token, *, agent: bool = False) -> list[str]:
    """Actors a noun phrase names, per conjunct: the head's own mention, else those in its modifiers
    (for a doer also where it is: "security forces in Guinea")."""
    heads = _conjuncts(tok)
    direct = [resolve_reference(nd, h) or _covering(index, nd, h) for h in heads]
    if not any(direct):
        preps = _AGENT_PREPS if agent else _PART_PREPS
        direct = [a for h in heads for a in _modifier_actors(index, h, preps)]
    return list(dict.fromkeys(a for a in direct if a))[:_MAX_ACTORS]


def _subject_child(tok: Token) -> Token | None:
    return next((c for c in tok.children if c.dep_ in _SUBJ), None)


def agent_of(tok: Token) -> Token | None:
    """The doer of a verb: its subject, the passive agent, or the subject it inherits from above."""
    for _ in range(_MAX_CLIMB):
        subj = _subject_child(tok)
        relative = subj is not None and subj.lower_ in _RELATIVE
        if subj is not None and not relative:
            return subj
        agent = next((g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        if agent is not None:
            return agent
        if tok.dep_ in {"relcl", "acl"} and tok.head.pos_ in {"NOUN", "PROPN"} and (relative or tok.tag_ == "VBG"):
            return tok.head
        if tok.dep_ not in _CLIMB or tok.head is tok:
            return None
        if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in governors()["object_control"]:
            controller = next((c for c in tok.head.children if c.dep_ in {"dobj", "pobj"} or (c.dep_ == "prep" and c.lower_ in {"on", "upon"})), None)
            controller = next((g for g in controller.children if g.dep_ == "pobj"), None) if controller is not None and controller.dep_ == "prep" else controller
            if controller is not None:
                return controller
        tok = tok.head
    return None


def noun_agent(tok: Token) -> Token | None:
    """The doer of an event noun: its possessor, a ``by`` phrase, or the subject of the verb governing it."""
    head = tok.head
    if tok.dep_ in {"dobj", "attr"} and head.pos_ in {"VERB", "AUX"}:
        doer = agent_of(head)
        if doer is not None:
            return doer
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    if poss is not None and poss.ent_type_ not in {"DATE", "TIME"}:
        return poss
    return next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children if g.dep_ == "pobj"), None)


def patients(tok: Token) -> list[Token]:
    """Who the event is done to: objects, objects of target prepositions, possessors of objects."""
    out = []
    for child in tok.children:
        if child.dep_ in {"dobj", "dative", "nsubjpass", "attr"} and tok.pos_ != "NOUN":
            out.append(child)  # and whose the object is: "Serbia's suppression", "an offer from Kabul"
            out.extend(c for c in child.children if c.dep_ == "poss")
            out.extend(_object_counterparts(child))
        elif child.dep_ in {"prep", "prt"} and child.lower_ in _TARGET_PREPS:
            for g in (g for g in child.children if g.dep_ == "pobj"):
                out.append(g)
                out.extend(_object_counterparts(g))
    return out


def _object_counterparts(obj: Token) -> list[Token]:
    """Who an object noun is from or aimed at: "an offer from Kabul", "sanctions against Nigeria"."""
    return [g for c in obj.children if c.dep_ == "prep" and c.lower_ in _COUNTERPART_PREPS
            for g in c.children if g.dep_ == "pobj"]


def place_of(nd: NewsDoc, index: dict, tok: Token, kinds=("PLACE", "COUNTRY")) -> str | None:
    """A place actor named in a locative phrase of the trigger (``in Houla``), or of what it governs
    ('threatened to institute a curfew in Algiers'), never the dateline."""
    found = _locative(nd, index, tok, kinds)
    for child in (c for c in tok.children if c.dep_ in _CONTENT) if found is None else ():
        found = _locative(nd, index, child, kinds) or next(
            (p for g in child.children if g.dep_ in _CONTENT for p in [_locative(nd, index, g, kinds)] if p), None)
        if found is not None:
            break
    return found


_CONTENT = frozenset({"xcomp", "dobj", "ccomp"})


def sentence_place(nd: NewsDoc, index: dict, sent, kinds=("PLACE", "COUNTRY")) -> str | None:
    """The one place a sentence names in a locative phrase ('in Kabul'), when it names just one; found
    once per sentence, which may hold many events."""
    memo = nd.doc.user_data.setdefault("newsgraph.sentence_place", {})
    key = (id(index), sent.start, sent.end, kinds)
    if key not in memo:
        found = {p for t in sent if t.dep_ == "prep" and t.lower_ in _PLACE_PREPS
                 for p in [_locative(nd, index, t.head, kinds)] if p}
        memo[key] = (index, found.pop() if len(found) == 1 else None)  # the index held: its id stays its own
    return memo[key][1]


def _locative(nd: NewsDoc, index: dict, tok: Token, kinds) -> str | None:
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in _PLACE_PREPS:
            for pobj in (g for g in child.children if g.dep_ == "pobj"):
                for t in nd.doc[pobj.left_edge.i: pobj.right_edge.i + 1]:
                    hit = index.get(t.idx)
                    actor = nd.actor(hit[1]) if hit else None
                    if actor is not None and actor.type in kinds:
                        return actor.id
    return None
