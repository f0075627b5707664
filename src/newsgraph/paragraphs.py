"""Sentence boundaries the parser misses: line breaks, and pieces of a page run together.

A news text's lines are paragraphs, headlines and highlights, and the parser, left alone, runs a
line on into the next ('... as best they can. / 61-year-old Fendi Faraj came out of retirement ...'
parsed as one sentence). Extracted pages also glue a caption or a highlight to the text after it
with no stop ('... outside the courthouse He told the court ...', '... says one Washington (CNN)
-- For hours ...', 'By the CNN Wire Staff Freed Google executive tells crowd ...'), or a link's
headline to the quote that opens the paragraph after it ('John McCain pushes Libya no-fly zone "They
have to dominate the skies," he said'); a sentence parsed across the seam takes the wrong subject for its
verbs, and a pronoun after it the wrong antecedent.
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
        elif _glued(doc, tok) or run_in_headline(tok) or _number_after_stop(doc, tok):
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


def _number_after_stop(doc: Doc, tok: Token) -> bool:
    """A sentence opening with a number or an age after a full stop ('... as best they can. 61-year-old
    Fendi Faraj came out of retirement ...'), which the parser runs on into the sentence before: the stop
    stands alone (an abbreviation keeps its own: 'No. 10', 'p.m. 5') after a lower-case word."""
    return tok.i >= 2 and tok.text[0].isdigit() and doc[tok.i - 1].text == "." and doc[tok.i - 1].whitespace_ \
        and doc[tok.i - 2].is_alpha and doc[tok.i - 2].is_lower


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


_OPENING_MARKS = ('"', "\u201c")
_CLOSING_MARKS = ('"', "\u201d")
_STOPS = (".", "?", "!")
#: tags a headline does not end on: a verb that would take the quote ('chanted "..."', 'a report titled "..."'),
#: a word that leads into it, an adjective of a name ('the unique "Green Book"')
_LEADS_IN = {"VB", "VBD", "VBZ", "VBP", "VBG", "VBN", "MD", "IN", "TO", "DT", "CC", "WDT", "WP", "PRP$", "POS", "RP", "PDT",
             "JJ", "JJR", "JJS"}
HEADLINE_WORDS = (2, 14)
QUOTE_WORDS = 4
QUOTE_REACH = 200


def run_in_headline(mark: Token) -> bool:
    """``mark`` opens a tagged quote that a link's or photo's headline runs into, with no stop between
    ('Should US arm Libyan rebels? / John McCain pushes Libya no-fly zone "They have to dominate the
    skies," he said.'): a short capitalised stretch with no punctuation from the line's start or the
    last stop, not opening on a preposition nor ending on a verb or word that leads into a quote, then
    a quote of a few words that opens with a capital and ends with a comma, '?' or '!' before its tag
    (within ``QUOTE_REACH`` tokens, on the same line). The quote opens a sentence; the headline
    is a sentence of its own, and its names are no one the story goes on about (:func:`headline_of`)."""
    doc = mark.doc
    if mark.text not in _OPENING_MARKS or not mark.i or not doc[mark.i - 1].whitespace_ \
            or mark.whitespace_ or mark.i + 1 >= len(doc) or not doc[mark.i + 1].text[0].isupper():
        return False
    words = []
    for tok in reversed(doc[max(mark.i - HEADLINE_WORDS[1] - 1, 0):mark.i]):
        if "\n" in tok.text or tok.text in _STOPS or tok.text in _CLOSING_MARKS and doc[tok.i - 1].text in _STOPS:
            break
        if tok.is_punct and tok.text not in ("-", "'"):
            return False
        words.append(tok)
    else:
        if mark.i - len(words) > 0:
            return False  # longer than a headline
    words.reverse()
    if not HEADLINE_WORDS[0] <= len(words) <= HEADLINE_WORDS[1] or not words[0].text[0].isupper() \
            or words[0].tag_ == "IN":  # 'In an interview on the program "Face the Nation," Gates said'
        return False
    last = words[-1]
    if last.tag_ in _LEADS_IN:
        return False
    close = next((t for t in doc[mark.i + 1:mark.i + QUOTE_REACH] if t.text in _CLOSING_MARKS or "\n" in t.text), None)
    return close is not None and close.text in _CLOSING_MARKS and doc[close.i - 1].text in (",", "?", "!") \
        and close.i + 1 < len(doc) and doc[close.i + 1].is_alpha \
        and _said_words(doc[mark.i + 1:close.i])


def _said_words(quoted) -> bool:
    """A few words, most in lower case: something said, not a title ('"Face the Nation,"', '"We are All
    Khaled Said,"')."""
    words = [t for t in quoted if t.is_alpha]
    return len(words) >= QUOTE_WORDS and sum(t.is_lower for t in words) > len(words) / 2


def headline_of(token: Token) -> bool:
    """The token is in a headline run into a quote's line (:func:`run_in_headline`)."""
    return token.i in _headline_tokens(token.doc)


@lru_cache(maxsize=4)
def _headline_tokens(doc: Doc) -> frozenset[int]:
    """The tokens of the sentences that end at a run-in headline's quote, found once per document."""
    return frozenset(i for mark in doc if run_in_headline(mark) for i in range(doc[mark.i - 1].sent.start, mark.i))


@lru_cache(maxsize=1)
def _openers() -> dict[str, str]:
    return dict(table_rows("glued_openers.txt"))


def add_line_breaks(nlp: Language) -> None:
    """Add the component before the parser (once)."""
    if NAME not in nlp.pipe_names:
        nlp.add_pipe(NAME, before="parser")
