"""Reported (indirect) speech: the content a cue governs, outside quotation marks.

Each cue lemma lists the dependency relations that carry its content (``data/cue_verbs.txt``):
the complement clause of "said (that) X", the object of "denounced X", the infinitive of
"vowed to X", or, for ``inv``, the clause that governs the cue ("X, he said" / "X, according
to Y"). Content spans follow PolNeAR: no complementiser "that", no edge punctuation.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..actors.lexicon import cue_lemma, speech_relations
from .speakers import is_cue

_EDGE = {"that", ",", ":", ";", "-", "\u2014", "\u2013", "."}
_BREAK = "\n"  # a line break ends a paragraph in news text (as in ``marks.paragraphs``)
_INVERTIBLE = {"parataxis", "ccomp", "advcl", "conj", "prep", "dep"}


@dataclass
class Reported:
    cue: Token
    start: int  # token indices [start, end) of the content
    end: int


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop a leading complementiser and punctuation at either edge."""
    while start < end and (doc[start].lower_ in _EDGE or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct and not doc[end - 1].is_quote or doc[end - 1].is_space):
        end -= 1
    return start, end


def _content(cue: Token, relation: str) -> tuple[int, int] | None:
    if relation == "inv":
        return _inverted(cue)
    if relation.startswith("prep"):  # "prep>pobj" any preposition, "prep:for>pobj" only "for"
        prep, want = relation.split(">", 1)
        word = prep.partition(":")[2]
        heads = [g for c in cue.children if c.dep_ == "prep" and (not word or c.lower_ == word)
                 for g in c.children if g.dep_ in (want, "pcomp")]
    else:  # not a participle before the cue, an aside the parser took for content ('Durbin, noting ..., said')
        heads = [c for c in cue.children if c.dep_ == relation and not (
            c.i < cue.i and c.tag_ == "VBG" and not any(g.dep_ == "aux" for g in c.children))]
    if not heads:
        return None
    head = heads[0]
    return head.left_edge.i, head.right_edge.i + 1


def _inverted(cue: Token) -> tuple[int, int] | None:
    """'X, he said' / 'X, according to Y': the governing clause, minus the cue's own phrase. A participle
    with no subject in front of the clause ('Writing on Twitter, Trump said ...') tags nothing: it says
    how the clause's own subject spoke; nor does a cue that is what a speech verb reports ('the company
    said it would respond': 'respond' is said, it tags nothing), nor one with an infinitive of its own
    ('as Bush continued to interject', 'went on to win'), nor one in a clause of time or cause ('after de
    Blasio stated an interest'; 'as he put it' does tag)."""
    if cue.dep_ not in _INVERTIBLE or cue.head == cue or cue.head.pos_ not in ("VERB", "AUX") \
            or cue.dep_ == "ccomp" and is_cue(cue.head) \
            or any(c.dep_ == "xcomp" or c.dep_ == "mark" and c.lower_ != "as" for c in cue.children) \
            or cue.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return None  # 'X was joined by Y and joked': a verb sharing its subject is no tag of what went before
    if cue.i < cue.head.i and cue.tag_ in ("VBG", "VBN") and cue.lower_ != "according" \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return None
    head, own = cue.head, (cue.left_edge.i, cue.right_edge.i + 1)
    if cue.lower_ == "according":
        own = (cue.i, cue.right_edge.i + 1)
    lo, hi = head.left_edge.i, head.right_edge.i + 1
    if own[0] > head.i:
        return lo, own[0]
    if own[1] <= head.i:
        return own[1], hi
    return None


def _same_line(breaks: list[int], cue: Token, start: int, end: int) -> tuple[int, int]:
    """Content stays in the cue's paragraph (``breaks``: tokens that end a paragraph): a parse that
    runs a sentence over a line break would otherwise take the quote of the paragraph before or after
    as content ('"Territorial integrity is sacrosanct." / Ban Ki-moon ... the United Nations said')."""
    at = bisect.bisect_left(breaks, cue.i)
    if at > 0 and breaks[at - 1] >= start:
        start = breaks[at - 1] + 1
    if at < len(breaks) and breaks[at] < end:
        end = breaks[at] + 1
    return start, max(end, start)


def reported_speech(doc: Doc, quoted: bytearray) -> list[Reported]:
    """Every cue outside quotation marks with the content it governs (``quoted[i]``: token i is quoted)."""
    found = []
    table = speech_relations()
    breaks = [t.i for t in doc if _BREAK in t.text_with_ws]
    for tok in doc:
        if quoted[tok.i] or not is_cue(tok):
            continue
        relations = ("inv",) if tok.lower_ == "according" else table.get(cue_lemma(tok), ())
        for relation in relations:
            span = _content(tok, relation)
            if span is None:
                continue
            start, end = _trim(doc, *_same_line(breaks, tok, *span))
            if end - start >= 2 or (end > start and relation != "inv"):
                found.append(Reported(tok, start, end))
                break
    return found
