"""Responsibility claims: who did it, by whose account.

"E was the work of A", "blamed E on A", "accused A of E", "A responsible for / guilty of E",
"A played a part in E". The event must be one of the lexicon's event nouns (or hang from one:
"civilians" in "the massacre of civilians"); :mod:`.issues` groups claims by event class and
sets claims naming another side's agent against the first.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from ..document import NewsDoc
from .frames import Claim, subject_holders
from .holders import Holder, chain_holders, subject_of
from .lexicon import lex
from .syntax import child, negated, pobj


def responsibility(nd: NewsDoc, tok: Token) -> Iterator[Claim]:
    """Who did it: 'E was the work of A', 'blamed E on A', 'accused A of E', 'A played a part in E'."""
    R = lex().responsibility
    lemma = tok.lemma_.lower()
    agent = event = None
    holders: list[Holder] = []
    if tok.pos_ == "NOUN" and lemma in R["work_nouns"] and tok.dep_ == "attr":
        agent, event = pobj(child(tok, {"prep"}, {"of"})), _antecedent(subject_of(tok.head))
        holders = chain_holders(nd, tok)
    elif tok.pos_ == "ADJ" and lemma in R["agent_adjectives"]:
        agent, event = subject_of(tok.head if tok.dep_ == "acomp" else tok), pobj(child(tok, {"prep"}, {"for", "of"}))
        holders = chain_holders(nd, tok)
    elif tok.pos_ == "VERB" and lemma in R["blame_verbs"]:
        obj = child(tok, {"dobj"})
        on = pobj(child(tok, {"prep"}, {"on"}) or (child(obj, {"prep"}, {"on"}) if obj is not None else None))
        for_ = pobj(child(tok, {"prep"}, {"for"}))
        agent, event = (on, obj) if on is not None else (obj, for_)
        holders = subject_holders(nd, tok)
    elif tok.pos_ == "VERB" and lemma in R["accuse_verbs"]:
        agent, event = child(tok, {"dobj"}), pobj(child(tok, {"prep"}, {"of"}))
        holders = subject_holders(nd, tok)
    elif tok.pos_ == "NOUN" and lemma in R["role_nouns"] and tok.dep_ == "dobj":
        agent = subject_of(tok.head)
        event = pobj(child(tok, {"prep"}, {"in"}) or child(tok.head, {"prep"}, {"in"}))
        holders = chain_holders(nd, tok)
    if agent is None or event is None or not _is_event(event):
        return
    if negated(tok) or (tok.dep_ == "attr" and negated(tok.head)):
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
