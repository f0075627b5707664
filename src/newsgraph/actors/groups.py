"""Groups named by their members: 'Obama, Sarkozy and Cameron wrote', then '"...," they wrote'.

A coordination of names that is the subject of a verb acts, and speaks, as one: a joint letter, a
communique of four countries. It becomes a GROUP actor whose ``members`` are the named actors, named
'A, B and C' by their canonical names in the article's order, with the coordination as its mention.
Its mentions stay out of the document's mention index (:meth:`NewsDoc.index_mentions`), which keeps
each name for its own actor; coreference and quote attribution ask :func:`group_at` and
:func:`group_mentions` instead.
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Doc, Token

from ..document import NewsDoc, SpanIndex
from ..model import Actor, Span

_SUBJECTS = ("nsubj", "nsubjpass")
_MEMBER_TYPES = ("PERSON", "ORGANIZATION", "COUNTRY", "GROUP")


class _Named(NamedTuple):
    start: int
    end: int
    actor: str


def _actor_of(token: Token, mentions: SpanIndex) -> _Named | None:
    """The innermost name mention whose span holds the token, within the token's own phrase."""
    end = token.idx + len(token)
    held = [m for m in mentions.containing(token.idx) if m.end >= end and m.start >= token.left_edge.idx]
    return max(held, key=lambda m: m.start, default=None)


def _listed_before(heads: list[Token], mentions: SpanIndex, kinds: dict[str, Actor]) -> list[Token]:
    """The coordination with the names listed before it that the parser hung elsewhere ('..., in three
    newspapers, U.S. President Barack Obama, French President Nicolas Sarkozy and ... wrote': Obama as an
    apposition to 'newspapers'): a name of the same kind right before a comma, in apposition or conjunction."""
    first = _actor_of(heads[0], mentions)
    doc = heads[0].doc
    while first is not None and (at := heads[0].left_edge.i) > 1 and doc[at - 1].text == ",":
        name = doc[at - 2]
        found = _actor_of(name, mentions)
        if found is None or name.dep_ not in ("appos", "conj") or kinds[found.actor].type != kinds[first.actor].type:
            break
        heads = [name, *heads]
    return heads


def _joined(names: list[str]) -> str:
    return ", ".join(names[:-1]) + " and " + names[-1]


def _coordinations(doc: Doc):
    """The coordinated subjects of verbs: a subject with conjuncts, or a list the parser hung on the
    phrase before its verb, leaving the verb with no subject (:func:`_fronted_list`)."""
    for tok in doc:
        if tok.dep_ in _SUBJECTS and any(c.dep_ == "conj" for c in tok.children):
            yield [tok, *tok.conjuncts]
        elif heads := _fronted_list(tok):
            yield heads


def _fronted_list(tok: Token) -> list[Token]:
    """'Ahead of the summit, Brazil, China, Russia and India issued ...': the parser made the list an
    apposition to the noun of the fronted phrase (or the noun its first conjunct: '... in three
    newspapers, U.S. President Barack Obama, French President ... and ... Cameron wrote'), and the verb
    right after it has no subject but, at most, a noun before the list that names no one. The list is
    its subject."""
    if tok.dep_ != "appos" or tok.head.dep_ != "pobj":
        return []
    root = tok
    while root.head.i != root.i:
        root = root.head
    heads = [tok, *tok.conjuncts, *(c for c in tok.head.conjuncts if c.i > tok.i)]
    if len(heads) < 2 or root.i != max(h.i for h in heads) + 1:
        return []
    # the parser may still give the verb the noun of the fronted phrase for subject ('a joint op-ed ... wrote')
    return heads if all(c.pos_ in ("NOUN", "PROPN") and not c.ent_type_ and c.i < tok.i for c in root.children
                        if c.dep_ in (*_SUBJECTS, "expl")) else []


def named_groups(doc: Doc, text: str, actors: list[Actor]) -> list[Actor]:
    """GROUP actors for coordinated names that are a verb's subject (:func:`_coordinations`), every
    conjunct a named actor ('Brazil, China, Russia and India issued a communique'); not when one
    conjunct names no one ('Obama and his aides'), nor 'A or B', nor a list with no 'and'. The same
    members make one group however often they act."""
    mentions = SpanIndex([_Named(m.start, m.end, a.id) for a in actors for m in a.mentions])
    kinds = {a.id: a for a in actors}
    groups: dict[tuple[str, ...], Actor] = {}
    for heads in _coordinations(doc):
        joins = {c.lower_ for h in heads for c in h.children if c.dep_ == "cc"}
        if joins != {"and"}:
            continue  # 'A or B'; 'Tripoli, Libya' is a place and its country, not a list
        heads = _listed_before(sorted(heads, key=lambda h: h.i), mentions, kinds)
        found = [_actor_of(h, mentions) for h in heads]
        if any(f is None for f in found) or len({kinds[f.actor].type for f in found}) > 1 \
                or kinds[found[0].actor].type not in _MEMBER_TYPES:
            continue  # every conjunct a name, all of one kind: 'Egypt and Wael Ghonim' is no group
        members = tuple(dict.fromkeys(f.actor for f in found))
        if len(members) < 2:
            continue
        start, end = found[0].start, found[-1].end
        group = groups.get(members)
        if group is None:
            countries = {kinds[m].country for m in members}
            group = groups[members] = Actor(
                id=f"a{len(actors) + len(groups) + 1}", name=_joined([kinds[m].name for m in members]), type="GROUP",
                country=countries.pop() if len(countries) == 1 else None, members=list(members),
                confidence=round(min(kinds[m].confidence for m in members), 2))
        group.mentions.append(Span(start=start, end=end, text=text[start:end]))
    return list(groups.values())


def group_mentions(nd: NewsDoc) -> list[tuple[int, int, str]]:
    """(start, end, group id) of every group's mention."""
    return [(m.start, m.end, a.id) for a in nd.actors if a.members for m in a.mentions]


def group_at(nd: NewsDoc, token: Token) -> str | None:
    """The group whose coordination the token heads or is a conjunct of ('Obama' in 'Obama and
    Sarkozy wrote')."""
    if not any(a.members for a in nd.actors):
        return None
    heads = {token, *token.conjuncts}
    if len(heads) < 2:
        return None
    for start, end, group in group_mentions(nd):
        if start <= token.idx < end and all(start <= h.idx < end for h in heads):
            return group
    return None
