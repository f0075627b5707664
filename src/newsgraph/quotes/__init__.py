"""Quotes: who said what, direct (in quotation marks) and indirect (reported speech).

First level: paired quotation marks give direct quotes; a cue verb from
``data/cue_verbs.txt`` in the same sentence gives the cue, its subject the speaker.
Indirect speech is the clausal complement of a cue verb outside quotation marks.
"""

from __future__ import annotations

import re

from .actors import resolve_reference
from .document import NewsDoc
from .model import Quote
from .resources import word_list

_QUOTED = re.compile(r"[\"\u201c]([^\"\u201c\u201d\n]{2,}?)[\"\u201d]")
_SUBJECTS = {"nsubj", "nsubjpass"}


def _cue_in(sent):
    cues = word_list("cue_verbs.txt")
    return next((t for t in sent if t.pos_ == "VERB" and t.lemma_.lower() in cues), None)


def _speaker(nd: NewsDoc, cue):
    subj = next((c for c in cue.children if c.dep_ in _SUBJECTS), None)
    if subj is None:
        return None, None
    head = subj
    span = nd.doc[subj.left_edge.i: subj.right_edge.i + 1]
    return resolve_reference(nd, head) or nd.actor_at(span.start_char, span.end_char), nd.span_of(span)


def find_quotes(nd: NewsDoc) -> list[Quote]:
    found: list[Quote] = []
    quoted_ranges = []
    for m in _QUOTED.finditer(nd.text):
        start, end = m.span(1)
        quoted_ranges.append((m.start(), m.end()))
        sent = nd.doc.char_span(start, end, alignment_mode="expand")
        cue = _cue_in(sent.sent) if sent is not None else None
        speaker, mention = _speaker(nd, cue) if cue is not None else (None, None)
        found.append(Quote(
            id=f"q{len(found) + 1}", type="direct", start=start, end=end, text=nd.text[start:end],
            speaker=speaker, speaker_mention=mention, cue=nd.span_of(cue) if cue is not None else None,
            confidence=0.8 if speaker else 0.4,
        ))
    for sent in nd.doc.sents:
        cue = _cue_in(sent)
        if cue is None:
            continue
        comp = next((c for c in cue.children if c.dep_ == "ccomp"), None)
        if comp is None:
            continue
        span = nd.doc[comp.left_edge.i: comp.right_edge.i + 1]
        if any(s <= span.start_char < e or s < span.end_char <= e for s, e in quoted_ranges):
            continue
        speaker, mention = _speaker(nd, cue)
        found.append(Quote(
            id=f"q{len(found) + 1}", type="indirect", start=span.start_char, end=span.end_char,
            text=span.text, speaker=speaker, speaker_mention=mention, cue=nd.span_of(cue),
            confidence=0.6 if speaker else 0.3,
        ))
    found.sort(key=lambda q: q.start)
    for i, q in enumerate(found, 1):
        q.id = f"q{i}"
    return found
