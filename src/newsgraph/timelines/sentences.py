"""Sentence spans of an article without a parse: line breaks, then sentence-final punctuation.

Linear in the text; keeps character offsets so every timeline sentence points back into its
article. Agency datelines ("RABAT (Reuters) - ") are cut from a sentence's start, so the
evidence span is the sentence proper.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_BREAK = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[\"“'(\[]?[A-Z0-9])")
_ABBREV = re.compile(r"(?:\b(?:[A-Z]\.)+|\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Capt|Gov|Sen|Rep|St|Jr|Sr|No|Prof|Rev|Maj|Adm|Cmdr|Brig|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|Ave|Inc|Co|Corp|Ltd|vs?)\.)$")
_DATELINE = re.compile(r"^.{0,250}?\((?:Reuters|AP|AFP|CNN|BBC)\)\s*[-—–]+\s*")
_SPACE = re.compile(r"\S")


def _pieces(line: str) -> Iterator[tuple[int, int]]:
    start = 0
    for match in _BREAK.finditer(line):
        if _ABBREV.search(line[max(start, match.start() - 12): match.start() + 1]):
            continue
        yield start, match.start() + 1
        start = match.end()
    yield start, len(line)


def split_sentences(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each sentence, trimmed of surrounding space and any leading dateline."""
    offset = 0
    for line in text.splitlines(keepends=True):
        for start, end in _pieces(line):
            piece = line[start:end]
            if dateline := _DATELINE.match(piece):
                start += dateline.end()
            lead = _SPACE.search(line, start, end)
            stripped = line[start:end].rstrip()
            if lead and stripped:
                yield offset + lead.start(), offset + start + len(stripped)
        offset += len(line)
