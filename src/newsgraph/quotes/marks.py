"""Quoted spans from quotation marks alone: one linear pass, no parse needed.

Double marks (" “ ” « » „ `` '') pair up within a paragraph; an opening mark left open at the
end of a paragraph continues into the next paragraph when that one opens with a mark (the
newswire convention for multi-paragraph quotes), otherwise it runs to the paragraph's end
and is flagged ``closed=False``; so does one that a new opening mark follows right after a full
stop ('"A. "B."') or after narration ('"A. Smith said ... "B."'): a paragraph break lost in the
copy. In text split one sentence a line, a quote left open runs on through up to three lines with
no marks (but a quote within the quote: 'saying, 'Where ...?'') to a line whose first mark can
only close it ('"A.\nB.\nC," he said': no paragraph starts with a closing mark) or, with no blank
line on the way (sentences, not paragraphs), that opens with a mark ('"A.\nB.\n"C."'). A quote left
open that holds a plain tag ending its clause ('"A, Hague said Monday, prior to ...') lost its closing
mark before the tag's comma and ends there; a mark after the full stop that ends a line and closes
nothing ('..." said X."') is the opening mark of the next line, set a line early, when that line has
a closing mark and no opening one. Single marks
(‘ ’ ') count only outside double-quoted spans and only where they cannot be apostrophes (word-initial opener,
word-final closer), as in headline quotes ('will not tolerate') and British quotes; in a paragraph
with no double marks, one left open at the start of a paragraph or after a colon or comma carries
on like a double one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..document import PULL_QUOTE_SIGNATURE

_DOUBLE = re.compile(r"``|''|[\"\u201c\u201d\u00ab\u00bb\u201e]")
_OPENERS = {"``", "\u201c", "\u00ab", "\u201e"}
_CLOSERS = {"\u201d", "\u00bb"}  # a straight " or '' (NYT style both ways) is told by context
_SINGLE_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(\[\u2014:-]))['\u2018](?=\w)")
_SINGLE_CLOSE = re.compile(r"(?<=[\w.,!?])['\u2019](?=$|[\s.,;:!?)\]\u2014-])")
_MAX_SINGLE = 300  # characters: a single-quoted span longer than this is not a headline quote
_SENTENCE_END = (".", "!", "?", "\u2026")
# the speech verbs of a plain tag
_TAG_VERB = (r"(?:said|says|told|tells|added|adds|asked|asks|wrote|writes|explained|explains|insisted|insists|"
             r"repeated|continued)\b")
# a tag right after a quote's closing mark: 'said Smith', 'he said', 'Smith told', 'the woman added'
_TAG_AFTER = re.compile(rf" +(?:{_TAG_VERB}|(?:[Tt]he |[Aa]n? )?(?:[A-Za-z][\w'.-]*\s){{1,3}}{_TAG_VERB})")
# a tag inside a quote left open, with the closing mark lost before its comma: '... fear of Gadhafi,
# Hague said Monday, prior to ...', '... many years ago, said Robert Baer, a former CIA operative.'
# The tag ends the clause: ', Obama said we should wait' inside a quote is the speaker's own words.
_INLINE_TAG = re.compile(rf", +(?:{_TAG_VERB}(?: [A-Z][\w'.-]*){{1,4}}|(?:[A-Z][\w'.-]* ){{1,3}}{_TAG_VERB}"
                         rf"(?: [A-Z][a-z]+)?)(?=[,.])")
_MAX_TAG = 80  # characters: a tag sentence after a quote ('..., said Luis Moreno-Ocampo, the prosecutor.')
_FRAME_VERB = re.compile(rf"\b{_TAG_VERB}")
_SENTENCE_START = re.compile(r"[.!?\u2026] +(?=[A-Z])")
_RUN_ON = 3  # lines with no marks a quote left open may run on through to its closing mark
# a full stop, then a name or a pronoun and a speech verb: narration after a quote left open
_NARRATION = re.compile(rf"[.!?\u2026] +(?:(?:[A-Z][\w'.-]*\s){{1,3}}|[Hh]e |[Ss]he |[Tt]hey ){_TAG_VERB}")


@dataclass
class Quoted:
    """Content between marks: the hull, its pieces (one per paragraph) and how it ended."""

    start: int
    end: int
    pieces: list[tuple[int, int]] = field(default_factory=list)
    closed: bool = True
    single: bool = False


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line: a line break ends a paragraph in news text."""
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _role(text: str, start: int, mark: str, is_open: bool) -> str:
    """'open' or 'close' for a mark; a straight " is told by its neighbours, then by state."""
    if mark in _OPENERS:
        return "open"
    if mark in _CLOSERS:
        return "close"
    before = text[start - 1] if start > 0 else " "
    after = text[start + len(mark)] if start + len(mark) < len(text) else " "
    if is_open and before == " " and text[start - 2:start - 1] in (",", "?", "!") \
            and _TAG_AFTER.match(" " + text[start + 1:start + 1 + _MAX_TAG]):
        return "close"  # '"... has changed, "he said.': the closing mark slipped before the space
    if (before.isspace() or before in "([\u2014:-") and not after.isspace():
        return "open"
    if not before.isspace() and (after.isspace() or after in ".,;:!?)]\u2014-"):
        return "close"
    if before.isspace() and after.isspace() and not is_open:
        return "stray"  # '" This Story: Read + | Watch +': a mark standing alone opens nothing
    return "close" if is_open else "open"


def _double(text: str, lo: int, hi: int) -> tuple[list[Quoted], int | None]:
    """Paired double marks in text[lo:hi], and the content start of a quote left open."""
    found, opened, floor = [], None, lo  # floor: the end of the last mark, where a lost opener may be
    for m in _DOUBLE.finditer(text, lo, hi):
        role = _role(text, m.start(), m.group(), opened is not None)
        if role == "stray":
            continue
        if role == "open":
            tag = _INLINE_TAG.search(text, opened, m.start()) if opened is not None else None
            end = _left_open_end(text, opened, m.start()) if opened is not None and tag is None else None
            if tag is not None:  # the closing mark lost before a tag, in a copy that lost its paragraphs
                found.append(Quoted(opened, tag.start(), [(opened, tag.start())]))
            elif end is not None:
                found.append(Quoted(opened, end, [(opened, end)], closed=False))
            opened = m.end()  # otherwise a second opener drops an earlier unclosed one (a stray mark)
        elif opened is not None:
            if m.start() > opened:
                found.append(Quoted(opened, m.start(), [(opened, m.start())]))
            opened = None
        elif found and found[-1].end + 1 == floor and _moved_up(text, floor, m.start()):
            opened = m.end() + 1  # '...," said Moreno-Ocampo." But what ...': the next quote's opening mark
        elif (start := _lost_opener(text, floor, floor == lo or floor - 2 >= lo and text[floor - 2] in _SENTENCE_END,
                                    m.start())) is not None:
            found.append(Quoted(start, m.start(), [(start, m.start())]))
        floor = m.end()
    return found, opened


def _moved_up(text: str, floor: int, mark: int) -> bool:
    """The mark closes the tag sentence right after a quote ('...," said Moreno-Ocampo."') and a new
    sentence follows it on the same line: the opening mark of the next quote, set before the paragraph
    break the copy lost (at a line's end, ``quoted_spans`` reads it as the next line's)."""
    return text[mark - 1] == "." and _TAG_AFTER.match(text, floor + (text[floor:floor + 1] == ",")) is not None \
        and text[mark + 1:mark + 2] == " " and text[mark + 2:mark + 4].lstrip("(")[:1].isupper() \
        and len(text[floor:mark]) < _MAX_TAG


def _lost_opener(text: str, floor: int, sentence_start: bool, closer: int) -> int | None:
    """Where a quote whose opening mark the copy lost starts: a closing mark after a comma with a tag
    after it ('... on their back. Gadhafi's militia took my money," said Mohammad Ataye') closes a
    quote that opened with its sentence after the last mark (or at ``floor`` itself, the end of that
    mark or the paragraph's start, when a sentence starts there). So does a pull quote's closing
    mark before its signature ('..." End Quote Jane Doe UN envoy'). None for any other stray mark."""
    pulled = PULL_QUOTE_SIGNATURE.match(text, closer + 1 + text.startswith(" ", closer + 1)) is not None
    if not pulled and (text[closer - 1] != "," or not _TAG_AFTER.match(text, closer + 1)):
        return None
    start = max((m.end() for m in _SENTENCE_START.finditer(text, floor, closer)), default=None)
    if start is None and sentence_start:
        start = floor + len(text[floor:closer]) - len(text[floor:closer].lstrip())
    return start if start is not None and closer - start > 1 else None


def _left_open_end(text: str, opened: int, opener: int) -> int | None:
    """Where a quote left open ends when a new opening mark comes: at the first full stop that narration
    follows ('... prosecuted? Moreno-Ocampo said ...': a paragraph break lost in the copy), else right
    before the new mark if a full stop ends the text there ('"A. "B."'), else at the last full stop
    before a sentence that frames the new quote ('... Speaking in New York, he added: "B'); else None
    (a stray mark)."""
    if (narration := _NARRATION.search(text, opened, opener)) is not None:
        return narration.start() + 1
    before = _rstrip(text, opened, opener)
    if before > opened and text[before - 1] in _SENTENCE_END:
        return before
    last = max((m.start() + 1 for m in _SENTENCE_START.finditer(text, opened, opener)), default=None)
    if last is not None and text[before - 1:before] in (":", ",") and _FRAME_VERB.search(text, last, before):
        return last  # '... it was not an accident. Speaking in New York, he added: "...': narration frames the next
    return None


def _single(text: str, lo: int, hi: int) -> tuple[list[Quoted], int | None]:
    """Paired single marks in text[lo:hi], and the content start of a quote left open where a
    British quote opens (the paragraph's start, after a colon or comma), not an apostrophe."""
    found, pos = [], lo
    while (op := _SINGLE_OPEN.search(text, pos, hi)) is not None:
        close = _SINGLE_CLOSE.search(text, op.end(), min(hi, op.end() + _MAX_SINGLE))
        if close is None:
            lead = text[lo:op.start()].rstrip()
            if not lead or lead.endswith((":", ",")):
                return found, op.end()
            pos = op.end()
            continue
        found.append(Quoted(op.end(), close.start(), [(op.end(), close.start())], single=True))
        pos = close.end()
    return found, None


def _single_outside(text: str, lo: int, hi: int, double: list[Quoted], opened: int | None) -> list[Quoted]:
    """Paired single marks outside the double-quoted spans of a paragraph: a headline quote run into
    a paragraph with double marks ('Gadhafi: 'My people will die for me' What are ...', a copy that
    lost its line breaks). Inside a double-quoted span single marks are that quote's own."""
    gaps, pos = [], lo
    for q in double:
        gaps.append((pos, max(pos, q.start - 1)))
        pos = q.end + 1
    gaps.append((pos, max(pos, opened - 1) if opened is not None else hi))
    return [q for a, b in gaps if b - a > 2 for q in _single(text, a, b)[0]]


def quoted_spans(text: str) -> list[Quoted]:
    """Every quoted span in reading order; linear in the length of the text."""
    out: list[Quoted] = []
    carry: Quoted | None = None  # a quote left open at the end of the previous paragraph
    between: list[tuple[int, int]] = []  # lines with no marks since it was left open
    dangling = False  # the paragraph before ended on a mark that closed nothing, after a full stop
    for lo, hi in paragraphs(text):
        first = _DOUBLE.search(text, lo, hi)
        if dangling and carry is None and first is not None and first.start() > lo \
                and _closes(text, first.start(), first.group()) and not text[lo:first.start()].strip().endswith(","):
            out.append(Quoted(lo, first.start(), [(lo, first.start())]))  # '... said X."' / 'Y."': the mark moved up
            lo = first.end()
        if carry is not None and not carry.single:
            if first is not None and first.start() > lo and _closes(text, first.start(), first.group()):
                carry.pieces += between + [(lo, first.start())]
                carry.end, carry.closed = first.start(), True
                out.append(carry)
                carry, between, lo = None, [], first.end()
            elif first is None and (tag := _INLINE_TAG.search(text, lo, hi)) is not None:
                carry.pieces += between + [(lo, tag.start())]  # the closing mark lost before a tag
                carry.end, carry.closed = tag.start(), True
                out.append(carry)
                carry, between = None, []
                continue
            elif first is None and len(between) < _RUN_ON and not _headline_quote(text, lo, hi):
                between.append((lo, hi))
                continue
            elif between and _opens(text, lo, hi) and "\n\n" not in text[carry.end:lo]:  # '"A.\nB.\n"C."'
                carry.pieces += between
                between = []
            elif between:
                out.append(carry)
                carry, between = None, []
        double = _DOUBLE.search(text, lo, hi) is not None
        found, opened = _double(text, lo, hi) if double else _single(text, lo, hi)
        if double:
            found = sorted(found + _single_outside(text, lo, hi, found, opened), key=lambda q: q.start)
        if carry is not None:
            at = hi - len(text[lo:hi].lstrip())
            lead = _SINGLE_OPEN.match(text, at) if carry.single else _DOUBLE.match(text, at)
            if lead and (carry.single or _role(text, lead.start(), lead.group(), False) == "open"):
                if found and found[0].start == lead.end():
                    first = found.pop(0)
                    carry.pieces.append((first.start, first.end))
                    carry.end, carry.closed = first.end, True
                elif opened == lead.end():
                    carry.pieces.append((opened, _rstrip(text, opened, hi)))
                    carry.end = carry.pieces[-1][1]
                    continue
            out.append(carry)
            carry = None
        out.extend(found)
        if opened is not None and (tag := _INLINE_TAG.search(text, opened, hi)) is not None and double:
            out.append(Quoted(opened, tag.start(), [(opened, tag.start())]))  # the closing mark lost before a tag
        elif opened is not None and _rstrip(text, opened, hi) > opened:
            end = _rstrip(text, opened, hi)
            carry = Quoted(opened, end, [(opened, end)], closed=False, single=not double)
        last = _rstrip(text, lo, hi)
        dangling = carry is None and opened is None and last - 1 > lo and text[last - 1] == '"' \
            and text[last - 2] in _SENTENCE_END and not (out and out[-1].end == last - 1)
    if carry is not None:
        out.append(carry)
    out.sort(key=lambda q: q.start)
    return out


def _headline_quote(text: str, lo: int, hi: int) -> bool:
    """The line holds a single-quoted span that is not a quote within the quote ('saying, 'Where are
    you going?''): a headline run into the page ("'Mayhem has broken out' Libya rejects ..."), which
    a quote left open does not run through."""
    return any(text[m.start() - 2:m.start()] not in (", ", ": ") for m in _SINGLE_OPEN.finditer(text, lo, hi))


def _opens(text: str, lo: int, hi: int) -> bool:
    """The line starts with an opening double mark."""
    at = hi - len(text[lo:hi].lstrip())
    lead = _DOUBLE.match(text, at)
    return lead is not None and _role(text, lead.start(), lead.group(), False) == "open"


def _closes(text: str, start: int, mark: str) -> bool:
    """The mark can only close a quote: a closing curly mark, or a straight one glued to the word
    before it and followed by a space or punctuation."""
    if mark in _CLOSERS:
        return True
    after = text[start + len(mark)] if start + len(mark) < len(text) else " "
    return mark not in _OPENERS and not text[start - 1].isspace() and (after.isspace() or after in ".,;:!?)]\u2014-")


def _rstrip(text: str, lo: int, hi: int) -> int:
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return hi
