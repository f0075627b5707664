"""Who holds a stance: the subject of the stance word, or the speaker whose words contain it.

A stance found in a clause belongs to whoever the clause is attributed to. Walking up the
dependency tree from the stance word, the first speech verb (``said``), denial (``denied``),
concession (``conceded``) or endorsement of someone's claim (``backed X's assertion that``)
names the holders; a direct quote's speaker is the fallback.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ..actors import resolve_reference
from ..document import NewsDoc
from .lexicon import lex

_SUBJ = {"nsubj", "nsubjpass", "csubj"}
_FIRST_PERSON = {"i", "we", "me", "us", "our", "my"}
_THIRD_PERSON = {"he", "she", "they", "it", "him", "her", "them"}
#: dependency links through which a clause inherits the subject of its head (control, coordination)
_CONTROL = {"xcomp", "advcl", "conj", "pcomp", "acomp", "prep"}


@dataclass(frozen=True)
class Holder:
    actor: str
    sign: int          # +1 the holder asserts the clause, -1 denies it
    weight: float      # how sure the attribution is
    via: str           # "subject" | "speaker" | "claim" | "endorse" | "deny" | "concede" | "quote"


def subject_of(verb: Token, depth: int = 4) -> Token | None:
    """The subject of a verb or adjective, inherited through control and coordination
    (a passive subject is returned as such: 'X was tricked into supporting' is not X's stance)."""
    for _ in range(depth):
        subj = next((c for c in verb.children if c.dep_ in _SUBJ), None)
        if subj is not None:
            return subj
        if verb.dep_ not in _CONTROL or verb.head.i == verb.i:
            return None
        head = verb.head
        if verb.dep_ == "pcomp" and head.lower_ == "as" and head.head.i != head.i:
            head = head.head  # 'quoted X as saying'
        elif verb.dep_ != "xcomp":
            verb = head
            continue
        obj = next((c for c in head.children if c.dep_ == "dobj"), None)
        if obj is not None and head.lemma_.lower() in lex().control_verbs:
            return obj  # object control: 'prompted France to join', 'quoted X as saying'
        verb = head
    return None


def actor_of(nd: NewsDoc, tok: Token | None) -> str | None:
    """The actor a noun phrase names: its head, an apposition, its words, or a demonym modifier."""
    if tok is None:
        return None
    low = tok.lower_ if tok.pos_ == "PRON" else ""  # 'US' is not 'us'
    if low in _FIRST_PERSON:
        q = nd.quote_at(tok.idx)
        return q.speaker if q is not None else None
    if low in _THIRD_PERSON:
        return _pronoun_actor(nd, tok)
    direct = covering_actor(nd, tok)
    if direct:
        return direct
    for child in tok.children:
        if child.dep_ in {"appos", "compound"}:
            found = nd.actor_at(child.left_edge.idx, child.right_edge.idx + len(child.right_edge))
            if found:
                return found
    for child in tok.children:
        if child.dep_ in {"amod", "compound", "nmod"}:
            found = covering_actor(nd, child) or _demonym_actor(nd, child.lower_)
            if found:
                return found
    return None


def covering_actor(nd: NewsDoc, tok: Token) -> str | None:
    """The actor with a mention that covers this token ('Putin' inside 'Vladimir Putin')."""
    found = nd.actor_at(tok.idx, tok.idx + len(tok))
    if found:
        return found
    return next((a.id for a in nd.actors for m in a.mentions if m.start <= tok.idx < m.end), None)


def _pronoun_actor(nd: NewsDoc, tok: Token) -> str | None:
    """'Hollande said he would ...': a pronoun subject in a speech verb's complement is the speaker."""
    node = tok.head
    while node.head.i != node.i:
        if node.dep_ == "ccomp" and node.head.lemma_.lower() in lex().cue_verbs:
            subj = subject_of(node.head)
            if subj is not None and subj.lower_ not in _THIRD_PERSON | _FIRST_PERSON:
                return actor_of(nd, subj)
            break
        node = node.head
    return resolve_reference(nd, tok) if tok.lower_ in {"he", "she", "him", "her"} else None


def _demonym_actor(nd: NewsDoc, word: str) -> str | None:
    """'Syrian' -> the actor named 'Syria' (country names that prefix their adjective)."""
    if len(word) < 5:
        return None
    for actor in nd.actors:
        name = actor.name.lower()
        if actor.type in {"COUNTRY", "PLACE"} and len(name) >= 4 and word.startswith(name[:-1]) and len(word) - len(name) <= 3:
            return actor.id
    return None


def chain_holders(nd: NewsDoc, tok: Token) -> list[Holder]:
    """Holders of the clause containing ``tok``, read from the speech, denial and claim words above it."""
    L = lex()
    found: list[Holder] = []
    node = tok
    while node.head.i != node.i:
        child, node = node, node.head
        if child.dep_ in _SUBJ:
            continue
        lemma = node.lemma_.lower()
        negated = -1 if any(c.dep_ == "neg" for c in node.children) else 1
        if node.pos_ == "NOUN" and lemma in L.claim_nouns:
            owner = next((c for c in node.children if c.dep_ == "poss"), None)
            if owner is not None and (actor := actor_of(nd, owner)):
                found.append(Holder(actor, 1, 0.9, "claim"))
            continue
        if node.pos_ not in {"VERB", "AUX"}:
            continue
        kind = _verb_kind(lemma, child)
        if kind is None:
            continue
        actor = actor_of(nd, subject_of(node))
        if actor is not None:
            sign = {"deny": -1}.get(kind, 1) * negated
            found.append(Holder(actor, sign, 0.7 if kind == "concede" else 0.9, kind))
        if kind != "endorse":
            break
    if not found:
        q = nd.quote_at(tok.idx)
        if q is not None and q.speaker:
            found.append(Holder(q.speaker, 1, 0.8, "quote"))
    return found


def _verb_kind(lemma: str, child: Token) -> str | None:
    L = lex()
    if lemma in L.deny_verbs and child.dep_ in {"ccomp", "dobj"}:
        return "deny"
    if lemma in L.concede_verbs and child.dep_ in {"ccomp", "dobj"}:
        return "concede"
    if lemma in L.endorse_verbs and child.dep_ == "dobj" and child.lemma_.lower() in L.claim_nouns:
        return "endorse"
    if lemma in L.cue_verbs and child.dep_ in {"ccomp", "xcomp", "dobj", "advcl", "parataxis"}:
        return "speaker"
    return None
