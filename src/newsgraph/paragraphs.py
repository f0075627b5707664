"""Sentence boundaries the parser misses: line breaks, and pieces of a page run together.

A news text's lines are paragraphs, headlines and highlights, and the parser, left alone, runs a
line on into the next ('... as best they can. / 61-year-old Fendi Faraj came out of retirement ...'
parsed as one sentence). Extracted pages also glue a caption or a highlight to the text after it
with no stop ('... outside the courthouse He told the court ...', '... says one Washington (CNN)
-- For hours ...', 'By the CNN Wire Staff Freed Google executive tells crowd ...'); a sentence parsed
across the seam takes the wrong subject for its verbs.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Token

from .resources import table_rows

NAME = "newsgraph_line_breaks"


@Language.component(NAME)
def mark_line_starts(doc: Doc) -> Doc:
    """Open a sentence at each line's first word, unless the line goes on in lower case (a text
    wrapped at a fixed width, not broken into paragraphs)."""
    for tok in doc[1:]:
        before = doc[tok.i - 1]
        if before.is_space and "\n" in before.text and not tok.is_space and not tok.text[0].islower():
            tok.is_sent_start = True
        elif _glued(doc, tok):
            tok.is_sent_start = True
    if (byline := _BYLINE.match(doc.text)) is not None:
        after = doc.char_span(byline.end(), byline.end() + 1, alignment_mode="expand")
        if after is not None and not after[0].is_space:
            after[0].is_sent_start = True  # 'By the CNN Wire Staff Freed Google executive tells crowd ...'
    for match in _AGENCY_DATELINE.finditer(doc.text):
        place = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if place is not None:
            place[0].is_sent_start = True
            for tok in place[1:]:
                tok.is_sent_start = False
            if place.end < len(doc) and not doc[place.end].is_space:
                doc[place.end].is_sent_start = True  # the story's first sentence, not the place's
    return doc


# 'Tripoli, Libya (CNN) --' opening a line or glued inside one to the highlights before it. The
# place is one to three capitalised words, maybe with a region.
_PLACE = r"[A-Z][\w.'\-]*(?: [A-Z][\w.'\-]*){0,2}"
_AGENCY_DATELINE = re.compile(
    rf"(?:(?<=[^\s,] )|^){_PLACE}(?:, {_PLACE})? \((?:CNN|Reuters|AP|AFP)\) ?[-\u2013\u2014]+", re.MULTILINE)


# A byline opening the text with no line break after it, in the two forms whose end is certain.
_BYLINE = re.compile(rf"By (?:the CNN Wire Staff|{_PLACE}(?: [A-Z][\w.'\-]*)?, Special to CNN) (?=\S)")


def _glued(doc: Doc, tok: Token) -> bool:
    """``tok`` opens a sentence run on from the piece before: a capitalised opener (a pronoun,
    'But', a determiner before a lower-case word) straight after a lower-case word."""
    kind = _openers().get(tok.lower_)
    if kind is None or tok.i == 0 or not tok.is_title:
        return False
    before = doc[tok.i - 1]
    if not (before.is_alpha and before.is_lower and before.whitespace_):
        return False
    if kind == "determiner":
        return tok.i + 1 < len(doc) and doc[tok.i + 1].is_lower
    return True


@lru_cache(maxsize=1)
def _openers() -> dict[str, str]:
    return dict(table_rows("glued_openers.txt"))


def add_line_breaks(nlp: Language) -> None:
    """Add the component before the parser (once)."""
    if NAME not in nlp.pipe_names:
        nlp.add_pipe(NAME, before="parser")
