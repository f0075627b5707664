"""Line breaks as sentence boundaries: a news text's lines are paragraphs, headlines and highlights,
and the parser, left alone, runs a line on into the next ('... as best they can. / 61-year-old
Fendi Faraj came out of retirement ...' parsed as one sentence)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

NAME = "newsgraph_line_breaks"


@Language.component(NAME)
def mark_line_starts(doc: Doc) -> Doc:
    """Open a sentence at each line's first word, unless the line goes on in lower case (a text
    wrapped at a fixed width, not broken into paragraphs)."""
    for tok in doc[1:]:
        before = doc[tok.i - 1]
        if before.is_space and "\n" in before.text and not tok.is_space and not tok.text[0].islower():
            tok.is_sent_start = True
    return doc


def add_line_breaks(nlp: Language) -> None:
    """Add the component before the parser (once)."""
    if NAME not in nlp.pipe_names:
        nlp.add_pipe(NAME, before="parser")
