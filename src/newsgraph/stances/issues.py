"""Issues: which claims in one article are about the same thing.

Topic claims are keyed by their content words: an actor mention counts as the actor's id,
a word in a concept class of the lexicon as its concept ("departure", "step down" and
"ousting" are one ``leave_power``), any other content word as its lemma. Two claims share
an issue when the head of one issue phrase appears among the keys of the other
("tougher UN sanctions" ~ "a resolution including sanctions on Damascus"), unless each is
about a different person ("the departure of Assad" vs "the departure of Mubarak"). A head
that is the lexicon's antonym of another issue's head, with another key in common, is that
issue with the sign reversed ("keeping the embargo" = against "lifting the ban").

Responsibility claims ("E was the work of A") share an issue when their events are of one
class; the first claim's agent defines the issue, and a claim naming an agent on the other
side (state forces vs rebels, or another actor) opposes it.

The issue text is the first claim's phrase with two or more keys, in the article's own words.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from ..document import NewsDoc
from .frames import Claim, issue_tokens
from .holders import covering_actor
from .responsibility import event_head
from .lexicon import lex


@dataclass
class Issue:
    id: str
    text: str
    kind: str                         # "topic" | "responsibility"
    head: str | None = None
    keys: set[str] = field(default_factory=set)
    side: str | None = None           # responsibility: the side of the first agent
    renamed: bool = False             # the text was taken over by a more informative phrase


def token_key(nd: NewsDoc, tok: Token) -> str | None:
    """What a word contributes to an issue's identity: an actor id, a concept, or its lemma."""
    actor = covering_actor(nd, tok)
    if actor:
        return "@" + actor
    L = lex()
    lemma = tok.lemma_.lower()
    particle = next((c.lower_ for c in tok.children if c.dep_ == "prt"), None)
    for word in (f"{lemma} {particle}" if particle else None, lemma, tok.lower_):
        if word and word in L.concept_of:
            return "#" + L.concept_of[word]
    if tok.pos_ in {"NOUN", "PROPN", "VERB", "ADJ"} and not tok.is_stop and len(lemma) > 2 and lemma not in L.generic_heads:
        return lemma
    return None


_QUOTE_MARKS = set("'\"\u2018\u2019\u201c\u201d\u00ab\u00bb`")


def phrase_text(tokens: list[Token]) -> str:
    """The words of a phrase; quotation marks go (a phrase cut from a quote would keep half a pair)."""
    out: list[str] = []
    for t in tokens:
        out.append(t.whitespace_ if set(t.text) <= _QUOTE_MARKS else t.text_with_ws)
    return " ".join("".join(out).split())


def _persons(nd: NewsDoc, keys: set[str]) -> set[str]:
    return {k for k in keys if k.startswith("@") and (a := nd.actor(k[1:])) is not None and a.type == "PERSON"}


def _same_topic(nd: NewsDoc, a: Issue, head: str | None, keys: set[str]) -> int:
    """+1 same issue, -1 its opposite ('keeping the embargo' vs 'lifting the ban'), 0 another issue."""
    pa, pb = _persons(nd, a.keys), _persons(nd, keys)
    if pa and pb and not pa & pb:
        return 0
    if (a.head is not None and not a.head.startswith("@") and a.head in keys) or (
            head is not None and not head.startswith("@") and head in a.keys):
        return 1
    antonym = lex().antonyms.get((head or "").lstrip("#"))
    others = {k for k in keys & a.keys if not k.startswith("@")} - {head, a.head}
    return -1 if antonym and a.head == "#" + antonym and others else 0


def agent_side(nd: NewsDoc, agent: list[Token]) -> str:
    """Which side an agent is on: 'state' forces, 'insurgent' groups, else its actor or words."""
    sides = lex().agent_sides
    words = {t.lower_ for a in agent for t in a.subtree} | {t.lemma_.lower() for a in agent for t in a.subtree}
    words |= {w for t in agent for w in t.lower_.split("-")}
    for side in ("insurgent", "state"):
        if words & sides[side]:
            return side
    actor = next((found for a in agent for t in a.subtree if (found := covering_actor(nd, t))), None)
    return "@" + actor if actor else " ".join(sorted(t.lemma_.lower() for t in agent))


def _event_phrase(event: Token) -> str:
    left = [c for c in event.lefts if c.dep_ in {"det", "amod", "compound", "nmod"}]
    return phrase_text([*left, event]) if left else event.text


def assign(nd: NewsDoc, claims: list[Claim]) -> list[tuple[Claim, Issue, int]]:
    """Each claim with its issue and a sign: -1 when it names the issue's opposite (another agent, an antonym)."""
    issues: list[Issue] = []
    by_event: dict[str, Issue] = {}
    out = []
    for claim in claims:
        if claim.issue is not None:
            tokens = issue_tokens(claim.issue)
            keys = {k for t in tokens if (k := token_key(nd, t))}
            head = token_key(nd, claim.issue) or claim.issue.lemma_.lower()
            if not keys:
                continue
            issue, sign = next(((i, sign) for i in issues if i.kind == "topic"
                                and (sign := _same_topic(nd, i, head, keys))), (None, 1))
            if issue is None:
                issue = Issue(f"i{len(issues) + 1}", phrase_text(tokens), "topic", head, set())
                issues.append(issue)
            elif len(issue.keys) < 2 <= len(keys) and not issue.renamed:  # 'the war' -> 'the invasion of Iraq'
                issue.text, issue.renamed = phrase_text(tokens), True
            if sign > 0:
                issue.keys |= keys
            out.append((claim, issue, sign))
            continue
        event = event_head(claim.event)
        cls = lex().event_class[event.lemma_.lower()]
        side = agent_side(nd, claim.agent)
        issue = by_event.get(cls)
        if issue is None:
            agent_text = phrase_text(list(claim.agent[0].subtree))
            issue = Issue(f"i{len(issues) + 1}", f"{agent_text} responsible for {_event_phrase(event)}",
                          "responsibility", side=side)
            issues.append(issue)
            by_event[cls] = issue
        out.append((claim, issue, 1 if side == issue.side else -1))
    return out
