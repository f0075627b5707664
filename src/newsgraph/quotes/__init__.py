"""Quotes: who said what, direct (in quotation marks), mixed and indirect (reported speech).

``find_quotes(nd)`` first finds, then writes:

1. quoted spans from the marks alone (:mod:`.marks`), quotes interrupted by their attribution
   ("We are not," he said, "going anywhere") joined into one quote with fragments;
2. reported speech from cue words and the parse (:mod:`.reported`);
3. a cue and source for each direct quote: first the attribution frames next to its marks (the
   short clause right after it, '"...," Smith said' / '"...?" Trump shot back'; the clause that
   introduces it with a colon or comma, 'Smith gloated: "..."' / 'As Smith put it, "..."'; a bare
   name and colon, 'Jeffrey M. Jones: "..."'; a speech verb with no content in the sentence just
   before, 'Smith said in a statement. "..."'; a tag on the next line when that line opens in lower
   case, '"It's over!"' / 'shouted one man'), then the nearest cue with a source in the quote's own
   sentences, outside any quote, not in a new sentence after a closed quote (:mod:`.speakers`); last,
   a dash and a name signing it, on its line or the next ('-- Netgear co-founder Patrick Lo');
4. quotes with no cue continue the speaker before them in the paragraph, or, when they open
   a paragraph, the last speaker of the paragraph before;
5. reported speech that is mostly a quote gives way to the quote; a quote inside reported
   speech makes it mixed, unless the quote has its own frame there ('According to X, Y said:
   "..."'); a quoted phrase the writer's sentence runs through is mixed, and a short title or
   term is dropped, unless it was chanted, shouted or written on a sign ('chanted "Down with
   Mubarak"', ``data/chant_words.txt``).
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache

from spacy.tokens import Doc, Token

from ..actors.lexicon import cue_lemma, person_nouns, roles, someone_noun, speech_relations
from ..actors.mentions import LOCATIVE, PLACE_ENTITIES, in_apposition
from ..document import PULL_QUOTE_SIGNATURE, NewsDoc
from ..model import Quote, Span
from ..resources import table_rows, word_list
from .marks import Quoted, paragraphs, quoted_spans
from .reported import reported_speech
from .speakers import antecedent, is_cue, mention_span, source_token, speaker_of, subject_of

_MAX_GAP = 120  # characters of attribution between the two halves of an interrupted quote
_COVERED = 0.7  # share of reported content inside one quote that makes it that quote
_OPENING = "\"'\u201c\u2018`\u00ab"  # opening quotation marks
_LEAD_IN = " \u00a0" + _OPENING  # spaces and opening marks between a quote and the words before it
_TERM = 2  # words: a quoted span this short with no verb is a term when the sentence runs into it
_FRAGMENT = 4  # words: a lower-case quoted span this short, run into the sentence, is a phrase of it
_STATEMENT = 4  # words: a quote inside narration this long may carry on what the speaker before said
_MAX_TITLE = 8  # words: a short all-capitalised quoted span is a title ("Face the Nation")
_SHORT_TAG = 12  # tokens: a sentence this short right after a quote may be its attribution
_NARRATION = 3  # paragraphs of narration about the speaker after which a quote with no cue is still theirs
_REPEATED = 5  # words: a quote this long said again with a named speaker is that speaker's
_SHARED_RUN = 8  # words in a row two quotes share that make them one quote said twice
_ECHO_WORDS = 40  # words: a quote this short may be an abridged copy of a longer one (a highlight)
_ECHO_SHARE = 0.8  # of its words, in order, that an abridged copy keeps from the longer quote
_ECHO_CANDIDATES = 5  # named quotes sharing the most words that such a copy is compared with
_NEAR = 8  # tokens: how far from a subject-less cue its source's name may be
_ASIDE_DASH = re.compile(r" (?:--?|\u2013|\u2014) ")  # a dash that opens or closes an aside
_MARKS = " \t\n\"'\u201c\u2018\u00ab`"  # what may stand between a line's or a sentence's start and its quote
_REACH = 60  # tokens: how far from a quote its cue may be
_FRAME = 16  # tokens: the longest clause that introduces a quote with a colon
_MAX_LABEL_NAME = 6  # tokens: the longest name (with its title) that opens a 'Name, gloss:' label
_MODIFIER = {"amod", "compound", "nmod"}  # a verb form that modifies a noun ('the following statement')
_NOMINAL_SUBJECTS = {"nsubj", "nsubjpass"}  # a subject tagged as a verb ('Trump shot back') is no tag's verb
# 'told ABC's "This Week."', 'on "Face the Nation."', 'told "Fox News Sunday."'
_TITLE_LEAD = {"on", "of", "in", "at", "titled", "entitled", "dubbed", "told"}
_NAMING_LEAD = {"headlined", "titled", "entitled", "called", "named", "dubbed"}  # words that give a title
_ANSWER_TAG = 24  # characters from a one-word answer's closing mark to its tag's verb ('," the woman answers')
_MAX_NAME = 12  # words: the longest name of a page, group or campaign set in quotation marks
_DASHES = "\u2015\u2014\u2013"
_PULL_SIGNER_LEAD = 2  # tokens: a title before a pull quote's signer ('Bishop Louka al-Khoury')
_SIGNATURE_LEAD = 5  # tokens: a short description before the name that signs a quote ('Netgear co-founder')
# a quote in which the speaker gives a name: '"Call me, Ibn Talkalakh," the shop owner tells me'
_SELF_NAMED = re.compile(r"(?i:call me|my name is|my name's)[,:]?\s+")
# a quote that opens by passing on someone's words in single marks: '"He said, \'Get here right away\'," X told'
_OUTSIDE_MARKS = r"[^'\u2018\"\u201c\n]"
_RELAY = re.compile(rf"{_OUTSIDE_MARKS}{{0,60}}?\b(said|says|told|asked)\b{_OUTSIDE_MARKS}{{0,25}}?[:,]\s*['\u2018]")


@dataclass
class _Draft:
    type: str
    start: int
    end: int
    pieces: list[tuple[int, int]] = field(default_factory=list)
    cue: Token | None = None
    source: Token | None = None
    mention: Span | None = None
    speaker: str | None = None
    confidence: float = 0.5
    closed: bool = True
    pulled: bool = False  # a pull quote: page furniture set into the text; no quote after goes on with its speaker


def find_quotes(nd: NewsDoc) -> list[Quote]:
    paras = [lo for lo, _ in paragraphs(nd.text)]
    quoted = bytearray(len(nd.doc))
    spans = [q for q in quoted_spans(nd.text) if any(ch.isalnum() for ch in nd.text[q.start:q.end])]
    for q in spans:
        for lo, hi in q.pieces:
            toks = nd.doc.char_span(max(lo - 1, 0), min(hi + 1, len(nd.text)), alignment_mode="expand")
            if toks is not None:
                quoted[toks.start:toks.end] = b"\x01" * len(toks)
    direct = [_attribute(nd, q, quoted) for q in _join_interrupted(nd, spans, quoted)]
    reported = [_reported_draft(nd, r) for r in reported_speech(nd.doc, quoted)]
    drafts = _reconcile(nd.text, direct, reported)
    for d in drafts:
        if d.type == "direct" and (relay := _relayed(nd, d)) is not None:
            _relay(nd, d, *relay)
        elif d.type == "direct" and (named := _self_named(nd, d)) is not None:
            d.speaker = named
    chanted = {d.start for d in drafts if _chanted(nd, d, quoted)}
    _continue_speakers(nd, drafts, paras, quoted, chanted)
    _repeated_speakers(nd, drafts)
    drafts = [d for d in drafts if d.start in chanted or _keep(nd, d)]
    for d in drafts:
        if d.type == "direct" and d.start not in chanted and _embedded(nd, d):
            d.type = "mixed"
    return [_quote(nd, d, i) for i, d in enumerate(sorted(drafts, key=lambda d: d.start), 1)]


def _join_interrupted(nd: NewsDoc, spans: list[Quoted], quoted: bytearray) -> list[Quoted]:
    """'"A," he said, "B"' -> one quote A..B with two fragments, when the gap holds a cue."""
    out: list[Quoted] = []
    for q in spans:
        prev = out[-1] if out else None
        if prev is not None and not prev.single and not q.single and prev.closed and _interrupts(nd, prev, q, quoted):
            out[-1] = Quoted(prev.start, q.end, prev.pieces + q.pieces, q.closed)
        else:
            out.append(q)
    return out


def _interrupts(nd: NewsDoc, a: Quoted, b: Quoted, quoted: bytearray) -> bool:
    gap = nd.text[a.end:b.start]
    if len(gap) > _MAX_GAP or "\n" in gap:
        return False
    inner = gap.strip(" \"'\u201c\u201d\u00ab\u00bb`")
    ends_open = nd.text[a.start:a.end].rstrip().endswith(",") or inner.startswith(",")
    if not ends_open or not inner.rstrip().endswith((",", ":")):
        return False
    first = nd.doc.char_span(a.start, a.end, alignment_mode="expand")
    if first is not None and _title_in_clause(nd, first.end - 1, quoted) is not None:
        return False  # 'X, who appeared on "Fox News Sunday," said: "..."': a title, then the quote
    toks = nd.doc.char_span(a.end, b.start, alignment_mode="contract")
    if toks is None or any(t.text in (".", "!", "?", ";") for t in toks):
        return False  # '"A," Smith said. Then he added, "B"': two sentences, two attributions
    return any(is_cue(t) and not quoted[t.i] for t in toks)


def _attribute(nd: NewsDoc, q: Quoted, quoted: bytearray) -> _Draft:
    draft = _Draft("direct", q.start, q.end, q.pieces, closed=q.closed,
                   confidence=0.6 if q.closed else 0.4)
    window = nd.doc.char_span(q.start, q.end, alignment_mode="expand")
    if window is None or not len(window):
        return draft
    if (signer := _pull_signer(nd, q.end)) is not None:
        _set_source(nd, draft, None, signer)
        draft.confidence += 0.3
        draft.pulled = True
        return draft
    lo, hi = _sentence(nd.doc, window.start)[0], _sentence(nd.doc, window.end - 1)[1]
    if hi < len(nd.doc) and _tags_along(nd, q.end, nd.doc[hi]):  # '"...?" Smith asked.' as its own sentence
        hi = _sentence(nd.doc, hi)[1]
    if lo > 0 and nd.doc[lo - 1].text == ":":  # "Smith said:" as its own sentence before the quote
        lo = _sentence(nd.doc, lo - 1)[0]
    lo_char = nd.text.rfind("\n", 0, q.start) + 1
    hi_char = nd.text.find("\n", q.end) % (len(nd.text) + 1)
    # The attribution frames around the quote come first: '"...," X said' right after it, then
    # 'X verb: "..."' right before it; then any cue in the quote's sentences, nearest first.
    tag = _tag_after(nd, q, quoted)
    frame = _frame_before(nd, q, quoted)
    if frame is not None and frame[0] is not None and not _open_end(nd, q):
        tag = None  # 'X said, "...." The aide declined to ...': a closed quote belongs to the frame before it
    if tag is not None and (is_cue(tag[0]) or _open_end(nd, q)):
        _set_source(nd, draft, *tag)
        if draft.speaker is None and frame is not None and frame[0] is not None \
                and (is_cue(frame[0]) or is_cue(frame[0].head)):
            # 'Vinci agreed, saying: "...," added the Italian': the frame before names whom the tag describes
            # ('When the president says, as he did ..., "..."' too); a headline's 'Egypt tries to ...:' names no one
            draft.speaker = speaker_of(nd, frame[1], mention_span(nd, frame[1]))
        draft.confidence += 0.3
        return draft
    if frame is not None:
        _set_source(nd, draft, *frame)
        draft.confidence += 0.3 if frame[0] is not None else 0.2
        return draft
    lead = _lead_in(nd, q, quoted)
    if lead is not None:
        _set_source(nd, draft, *lead)
        draft.confidence += 0.2
        return draft
    lo, hi = max(lo, window.start - _REACH), min(hi, window.end + _REACH)  # bounded: one long "sentence" of quotes
    after_too = not _closes_statement(nd, q)  # a cue after the quote may be its tag
    cues = [t for t in nd.doc[lo:hi] if not quoted[t.i] and lo_char <= t.idx < hi_char and is_cue(t)
            and not _modifies(t) and not _conditional(t) and (t.idx < q.end or after_too)]
    cues.sort(key=lambda t: (t.idx > q.end and _subordinate(t),  # '..." when X said'
                             min(abs(t.idx - q.start), abs(t.idx - q.end))))
    for cue in cues:
        source = source_token(cue, quoted) or _adjacent_name(nd, cue, quoted)
        if source is not None and not quoted[source.i]:
            _set_source(nd, draft, cue, source)
            draft.confidence += 0.3
            return draft
    if cues:
        draft.cue = cues[0]
    run_on = None if cues else _run_on(nd, q, quoted)
    if run_on is not None:
        _set_source(nd, draft, *run_on)
        draft.confidence += 0.1
        return draft
    signed = _signature(nd, q.end)
    if signed is not None:
        _set_source(nd, draft, None, signed)
        draft.confidence += 0.2
    return draft


def _modifies(verb: Token) -> bool:
    """The cue's form modifies a noun ('in a written statement'); one right after a quote's marks is a tag
    the parser took for a modifier ('"Debate recap," tweeted Rubio spokesman Alex Conant')."""
    return verb.dep_ in _MODIFIER and verb.i > 0 and not verb.doc[verb.i - 1].is_punct


def _open_end(nd: NewsDoc, q: Quoted) -> bool:
    """The quote hands over to what follows ('"No," ...', '"Why?" ...'), rather than ending a sentence."""
    tail = nd.text[max(q.start, q.end - 2):q.end + 2].rstrip(" \n\"'\u201d\u2019")
    return tail.endswith((",", "?", "!", "\u2014", "\u2013", "-", "\u2026"))


def _content(nd: NewsDoc, q: Quoted) -> str:
    """The quoted words without the closing marks and spaces at their end."""
    return nd.text[q.start:q.end].rstrip(" \"'\u201d\u2019")


def _hands_over(nd: NewsDoc, q: Quoted, first: Token) -> bool:
    """The quote hands over to a tag ('"No," ...', '"Why?" asked Smith'); a question or cry followed
    by a capitalised word may end its sentence instead ('"...doing here?" Gadhafi's forces have ...')."""
    return _open_end(nd, q) and not (_content(nd, q).endswith(("?", "!")) and first.text[:1].isupper())


def _closes_statement(nd: NewsDoc, q: Quoted) -> bool:
    """The quote ends its sentence ('...Arab League."', '...doing here?"') and what follows is a new one, not a tag: a
    cue further on ('Russia and China have blocked resolutions condemning ...') is someone else's."""
    content = _content(nd, q)
    first = nd.doc.char_span(q.end, min(q.end + 40, len(nd.text)), alignment_mode="expand")
    after = next((t for t in first or () if not (t.is_punct or t.is_space)), None)
    if not content.endswith((".", "?", "!")) or after is None or after.text[:1].islower():
        return False
    lo, hi = _sentence(nd.doc, after.i)
    # '"..." Smith said.', not 'Smith told CNN that ...', 'The tributes will continue ...', 'the court sought
    # warrants' nor 'Meanwhile, violence continues in ...'
    return not (_tags_along(nd, q.end, after) and any(
        t.dep_ == "ROOT" and _tag_verb(t) and not any(c.dep_ == "ccomp" or c.tag_ == "MD" for c in t.children)
        and _may_speak(subject_of(t, None)) for t in nd.doc[lo:hi]))


def _may_speak(subject: Token | None) -> bool:
    """A tag's subject may be someone who speaks: a name, a pronoun, a word for a person, a body or a document
    (or none found); not a thing ('violence continues')."""
    if subject is None or subject.pos_ in ("PROPN", "PRON"):
        return True
    word = subject.lemma_.lower()
    table = roles()
    return someone_noun(word) or any(
        word in table[k] for k in ("body_heads", "org_heads", "channels", "documents"))


def _tag_verb(verb: Token) -> bool:
    """A cue that can tag a quote after it ('"...," he said'; its 'inv' relation in ``cue_verbs.txt``),
    not one whose content is its own object ('the court sought arrest warrants')."""
    return is_cue(verb) and "inv" in speech_relations().get(cue_lemma(verb), ())


def _tag_after(nd: NewsDoc, q: Quoted, quoted: bytearray) -> tuple[Token, Token] | None:
    """'"...," Smith said' / '"...?" asked Smith' / '"...," Trump shot back': the verb of the short
    clause right after the closing mark and its subject, both outside quotes, same line. A cue
    with content of its own ('"No." Smith said he would ...') starts new speech, not a tag; a relative
    clause ('"...," which was a period that ...') is narration (``_tag_sentence``)."""
    at = q.end
    while at < len(nd.text) and nd.text[at] in " \u00a0\"'\u201d\u2019,.!?\u2014\u2013-":
        at += 1
    if _continues_line(nd.text, at) or _tag_line(nd, q.end, at):
        at += 1
    if at >= len(nd.text) or "\n" in nd.text[q.end:at - 1]:
        return None
    span = nd.doc.char_span(at, min(len(nd.text), at + 1), alignment_mode="expand")
    if span is None:
        return None
    if (misread := _misread_tag(nd, span.start, quoted)) is not None:
        return misread
    i, stop = span.start, min(len(nd.doc), span.start + _NEAR)
    described = None
    while i < stop:
        tok = nd.doc[i]
        i += 1
        # '"...," Anas Abdah, the chairman of ..., told' / '"...," a diplomat who declined to be named said'
        relative = _relative_aside(tok, span.start, quoted) if tok.text == "," else None
        if relative is not None:  # '"...," one resident, who did not want to give his name, told': the resident
            described = nd.doc[tok.i + 1].head.head
        skip = (relative or _aside(tok)) if tok.text == "," \
            else _bracketed(tok) if tok.text == "(" else _relative_end(tok, span.start, quoted)
        if skip is not None:
            i, stop = skip + 1, min(len(nd.doc), skip + 1 + _NEAR)
            continue
        if tok.is_space and "\n" in tok.text and _continues_line(nd.text, tok.idx + tok.text.find("\n")):
            continue  # 'Sen. Max Baucus (D-Mont.)' / 'said at the hearing': a line break split the tag
        if tok.pos_ == "PROPN" and tok.dep_ == "compound":
            stop = min(len(nd.doc), stop + 1)  # 'Arab League Secretary General Nabil al-Arabi told': a long name
        if quoted[tok.i] or "\n" in tok.text or tok.text in (".", ";", ":", "(", "\u201c", '"') \
                or tok.pos_ in ("SCONJ", "CCONJ", "ADP") or tok.tag_ in ("WRB", "WDT", "WP") or tok.dep_ == "mark":
            return None
        named = tok.dep_ in _NOMINAL_SUBJECTS or tok.is_title and tok.ent_type_  # 'Trump shot back', 'Tulsa police
        if (tok.pos_ == "VERB" or tok.pos_ == "AUX" and is_cue(tok)) and not named \
                and (tok.dep_ not in _MODIFIER or tok.i == span.start and is_cue(tok)):  # not 'U.S.-based'
            if tok.tag_ == "VBG" and subject_of(tok, quoted) is None:
                return None  # '"...," referencing X' / '..., drawing jeers': the sentence goes on, no tag
            first = nd.doc[span.start]
            if (inner := _told_by(tok, quoted)) is not None:  # '"...," Sergewa said one woman told her'
                tok = inner
            if not _hands_over(nd, q, first) and (not _tag_verb(tok) or _says_more(tok, quoted)
                                                  or not _tag_sentence(nd, q, first)):
                return None  # '"...." Compaore denied discussing ...' is news, not a tag
            inverted = _inverted_object(tok) if tok.i == span.start else None  # '"...," Ramos, 58, told AFP': not AFP
            source = source_token(tok, quoted) or inverted or described or _adjacent_name(nd, tok, quoted)
            if source is None or quoted[source.i] or source.idx < at or "\n" in nd.text[at:source.idx]:
                return None
            return tok, source
        if tok.text == ",":
            return None
    return None


def _misread_tag(nd: NewsDoc, start: int, quoted: bytearray) -> tuple[Token, Token] | None:
    """'"...," Rich seethes.': a tag of one to three capitalised words and a speech verb that can tag a quote,
    which the tagger read as a noun (and the name as an adjective); the verb and the name's last word."""
    doc, k = nd.doc, start
    while k < len(doc) and k - start < 3 and doc[k].is_title and doc[k].is_alpha and not quoted[k]:
        k += 1
    if k == start or k + 1 >= len(doc) or doc[k].pos_ not in ("NOUN", "PROPN") or not doc[k].is_lower \
            or doc[k + 1].text not in (".", ",") or quoted[k]:
        return None
    relations = speech_relations().get(doc[k].lemma_.lower(), ())
    return (doc[k], doc[k - 1]) if "inv" in relations else None


def _told_by(verb: Token, quoted: bytearray) -> Token | None:
    """The speech verb a tag's verb reports, when that is all it says: '"...," Sergewa said one woman told
    her' tags the woman's words (the inner verb has a subject and no content of its own but the quote)."""
    inner = [c for c in verb.children if c.dep_ == "ccomp" and not quoted[c.i]]
    if len(inner) != 1 or not _tag_verb(verb) or not _tag_verb(inner[0]) or _says_more(inner[0], quoted) \
            or subject_of(inner[0], quoted) is None or _says_of(inner[0]):
        return None
    return inner[0]


def _says_of(verb: Token) -> bool:
    """The verb says something of a thing it names ('told a crowd that the campaign estimated at 3,000
    people'), so it is narration, not the speech of someone the tag reports; 'one woman told her' is."""
    return any(c.dep_ == "prep" or c.dep_ in ("dobj", "dative") and c.pos_ != "PRON" and c.ent_type_ != "PERSON"
               for c in verb.children)


def _aside(comma: Token) -> int | None:
    """The index of the comma that closes an apposition opened by ``comma`` after a name ('Anas
    Abdah, the British-based chairman of the Movement for Justice, told Reuters'), if any."""
    name = comma.doc[comma.i - 1] if comma.i else None
    if name is None or name.pos_ != "PROPN":
        return None
    head = name if name.dep_ != "compound" else name.head
    appos = next((c for c in head.children if c.dep_ == "appos" and c.i > comma.i), None)
    end = appos.right_edge.i + 1 if appos is not None else None
    return end if end is not None and end < len(comma.doc) and comma.doc[end].text == "," else None


def _relative_aside(comma: Token, start: int, quoted: bytearray) -> int | None:
    """The index of the comma that closes a relative clause set off by ``comma`` ('"...," one resident, who did
    not want to give his name, told Reuters'), if any."""
    if comma.i + 1 >= len(comma.doc) or (end := _relative_end(comma.doc[comma.i + 1], start, quoted)) is None:
        return None
    return end + 1 if end + 1 < len(comma.doc) and comma.doc[end + 1].text == "," else None


def _bracketed(opening: Token) -> int | None:
    """'"...," Rep. Deborah Pryce (R-Ohio) said': the index of the closing bracket of a short aside."""
    return next((t.i for t in opening.doc[opening.i + 1:opening.i + 8] if t.text == ")"), None)


def _relative_end(pronoun: Token, start: int, quoted: bytearray) -> int | None:
    """The last index of a relative clause that the pronoun opens as its subject on a noun of the tag
    (from ``start``), so that the tag's verb after it is found; None for any other token."""
    clause = pronoun.head if pronoun.tag_ in ("WP", "WDT") and pronoun.dep_ in _NOMINAL_SUBJECTS else None
    if clause is None or clause.dep_ != "relcl" or not start <= clause.head.i < pronoun.i \
            or quoted[clause.right_edge.i]:
        return None
    # 'a rebel spokesman who gave his name as Abdulrahman said in an email', parsed with the tag's verb inside
    # the clause: the clause ends before the name, which the tag's verb has for its subject
    swallowed = next((v for v in clause.subtree if v.i > pronoun.i and v.dep_ == "advcl" and _tag_verb(v)
                      and any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in v.children)), None)
    if swallowed is not None:
        return min(c.left_edge.i for c in swallowed.children if c.dep_ == "nsubj") - 1
    return clause.right_edge.i


def _says_more(verb: Token, quoted: bytearray) -> bool:
    """The verb has content of its own ('Smith said he would ...', 'will continue', a quote of its
    own), so it starts new speech rather than tagging the quote before it."""
    return any(c.dep_ == "ccomp" or c.tag_ == "MD" or quoted[c.i] and not c.is_punct and c.dep_ not in _NOMINAL_SUBJECTS
               for c in verb.children)  # the quote the parser made its subject is the quote it tags


def _inverted_object(verb: Token) -> Token | None:
    """'"...," added another Republican' / '..., writes Khadija Sharife on the Huffington Post:' / '"...,"
    read one' (a sign, unnamed): the
    parser takes the source after an inverted cue for its object; with no subject, that object is who
    speaks (the coreference side of this: ``actors.coref._said_by``)."""
    if not is_cue(verb) or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    return next((c for c in verb.rights if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN", "NUM", "PRON")), None)


def _lead_in(nd: NewsDoc, q: Quoted, quoted: bytearray) -> tuple[Token, Token] | None:
    """'Smith said in a statement. "..."' / 'Jones agreed. "..."': the sentence right before the
    opening mark, in its paragraph, is a speech verb with a source but no content of its own, so
    the quote is its content."""
    at = _skip_back(nd.text, q.start)
    if at == 0 or nd.text[at - 1] != ".":
        return None
    stop = nd.doc.char_span(at - 1, at, alignment_mode="expand")
    if stop is None or quoted[stop.start]:
        return None
    lo, hi = _sentence(nd.doc, stop.start)
    root = next((t for t in nd.doc[lo:hi] if t.dep_ == "ROOT"), None)
    if root is None or quoted[root.i] or not is_cue(root) or any(
            c.dep_ in ("ccomp", "xcomp", "dobj", "parataxis", "dep") or quoted[c.i] for c in root.children):
        return None
    source = source_token(root, quoted)
    return (root, source) if source is not None and not quoted[source.i] else None


def _skip_back(text: str, at: int, chars: str = _LEAD_IN) -> int:
    """The offset left of ``at`` once the ``chars`` right before it are passed (spaces and opening
    marks by default): a walk back, not a copy of the text before it, so long articles stay linear."""
    while at > 0 and text[at - 1] in chars:
        at -= 1
    return at


def _run_on(nd: NewsDoc, q: Quoted, quoted: bytearray) -> tuple[Token, Token] | None:
    """'It followed with "..."': with no speech verb near, the verb the opening mark runs on from
    (directly or through its preposition) gives its subject as the source, when what is quoted is a
    whole statement (capitalised, four words or more, a final stop), not a term or a title."""
    content = nd.text[q.start:q.end].rstrip(" \u00a0\"'\u201d\u2019")
    if not content[:1].isupper() or len(content.split()) < 4 or not content.endswith((".", "!", "?")):
        return None
    at = _skip_back(nd.text, q.start, _OPENING)
    span = nd.doc.char_span(max(at - 1, 0), at, alignment_mode="expand") if at and nd.text[at - 1] == " " else None
    if span is None or span.start == 0:
        return None
    word = nd.doc[span.start - 1]
    verb = word.head if word.pos_ == "ADP" else word
    if quoted[word.i] or verb.pos_ != "VERB" or "\n" in nd.text[verb.idx:q.start]:
        return None
    source = subject_of(verb, quoted)
    return (verb, source) if source is not None else None


def _frame_before(nd: NewsDoc, q: Quoted, quoted: bytearray) -> tuple[Token | None, Token] | None:
    """'Smith gloated: "..."' / 'Smith shot back, "..."' / 'As Smith put it, "..."': the clause that
    ends at the opening mark with a colon (any verb; also at the end of the paragraph before a quote
    that opens its own) or a comma (a verb right before it, or an 'as ... put it' clause). With no
    verb, a person the clause describes ('Jayda Bates was in tears: "..."') or a short name before a
    colon ('Jeffrey M. Jones: "..."') is the source, with no cue; so is the name a colon follows when the
    clause's verbs speak no words (``_label``: headlines run together)."""
    at = _skip_back(nd.text, q.start)
    if at > 0 and nd.text[at - 1] == "\n":  # a quote opening its paragraph: 'Smith said:' ends the one before
        while at > 0 and nd.text[at - 1].isspace():
            at -= 1
        if at == 0 or nd.text[at - 1] != ":":
            return None
    if at == 0 or nd.text[at - 1] not in ":,":
        return None
    colon = nd.doc.char_span(at - 1, at, alignment_mode="expand")
    if colon is None or quoted[colon.start]:
        return None
    line = nd.text.rfind("\n", 0, at) + 1
    clause, i = [], colon.start - 1
    while i >= max(colon.start - _FRAME, 0):
        tok = nd.doc[i]
        if quoted[tok.i] and (title := _title_in_clause(nd, i, quoted)) is not None:
            i = title - 1  # 'Fareed Zakaria, host of CNN's "Fareed Zakaria GPS":' names a show, not a quote
            continue
        if quoted[tok.i] or tok.idx < line or tok.text in (".", ";", "!", "?") or tok.text in _DASHES \
                or tok.text in ("-", "--") and tok.whitespace_ or tok.is_sent_end and tok.i < colon.start - 1:
            break
        clause.append(tok)
        i -= 1
    clause.reverse()
    if not clause:
        return None
    if nd.text[at - 1] == ":" and (heading := _topic_heading(nd, clause, line, quoted)) is not None:
        # 'On his plans for Libya: "..."': an interview's topic heading names what, not who; the person the
        # narration before it is about speaks ('Huckabee's comments included ... On Libya: "..."')
        before = nd.doc[heading.i - 1].sent if heading.i else None
        person = _lead_person(nd, before.start_char, before.end_char, quoted, speaking=False) \
            if before is not None and not quoted[before.end - 1] else None
        return (None, person) if person is not None else None
    if nd.text[at - 1] == ":" and (sender := _channel_sender(clause)) is not None:
        return None, sender  # '... and read a transcript from Zakaria:': the words are the sender's
    if (person := _misread_cue(clause)) is not None:
        return None, person  # 'before Jackson mumbles: "..."': the tagger made a plural noun of the verb
    if len(clause) == 2 and clause[0].lower_ in ("one", "another") and clause[1].lemma_ in speech_relations():
        return clause[1], clause[0]  # 'Several banners were held up. One read: "..."': one of them, unnamed
    verbs = [t for t in clause if (t.pos_ == "VERB" or t.pos_ == "AUX" and is_cue(t)) and t.dep_ not in _MODIFIER]
    if nd.text[at - 1] == ",":  # 'Smith said,' / 'saying that,'
        last = clause[-2] if clause[-1].lower_ == "that" and len(clause) > 1 else clause[-1]
        verbs = [v for v in verbs if _ends_clause(v, last, quoted) and not _conditional(v)]
        # 'Jalil told Reuters once Gadhafi resigns, "..."': a clause (of no speech) under a speech verb (that has
        # been spoken: not 'Congress can declare war when ...') ends there
        verbs = [v.head if _subordinate(v) and not is_cue(v) and v.head in clause and is_cue(v.head)
                 and not any(c.tag_ == "MD" for c in v.head.children) else v for v in verbs]
    governor = nd.doc[colon.start].head  # 'He told activists gathered at ... Park:': the colon hangs on 'told'
    if nd.text[at - 1] == ":" and governor.i < colon.start and is_cue(governor) and not quoted[governor.i] \
            and line <= governor.idx and _sentence(nd.doc, governor.i) == _sentence(nd.doc, colon.start):
        verbs = [governor]
    if verbs and nd.text[at - 1] == ":" and not any(is_cue(v) for v in verbs) \
            and (label := _label(nd, clause)) is not None and all(subject_of(v, quoted) != label for v in verbs) \
            and not _object_of(label, verbs):
        return None, label  # 'Rebels push toward Brega Masoud: "..."': run-together headlines, the name labels it
    if verbs:
        main = [v for v in verbs if not _subordinate(v)] or verbs  # 'who told Congress when asked:'
        # 'As he told X after Y was convicted:': told; 'Clinton apologized for what happened:': not 'happened'
        verb = ([v for v in main if is_cue(v)] or [v for v in main if v.dep_ not in ("pcomp", "pobj")] or main)[-1]
        inverted = _inverted_object(verb) if verb.i and nd.doc[verb.i - 1].text == "," and verb.tag_ != "VBG" else None
        source = inverted or source_token(verb, quoted)  # '..., writes Khadija Sharife on the Huffington Post:'
        if source is not None and not quoted[source.i] and source.i < colon.start and (
                clause[0].i <= source.i or len(clause) == _FRAME and line <= source.idx
                and _sentence(nd.doc, source.i) == _sentence(nd.doc, verb.i)):
            return verb, source  # the verb's own subject, in the clause or (a long one) its sentence
        if verb.tag_ == "VBG":  # '..., saying, "..."': the subject is the main clause's, or unknown
            return None
        source = _adjacent_name(nd, verb, quoted)
        if source is not None and clause[0].i <= source.i < colon.start:
            return verb, source
        return None
    if nd.text[at - 1] == ":" and (person := _described(clause, quoted) or _byline(clause)
                                   or _name_glossed(nd, clause)) is not None:
        return None, person
    if nd.text[at - 1] == ":" and len(clause) <= _FRAME // 2:
        closed = clause[-1].text == ")" or nd.doc[colon.start].text.startswith(")")  # ')' or '):' as one token
        if closed and "(" in [t.text for t in clause]:  # 'Rep. Trey Gowdy (R-S.C.):'
            clause = clause[:max(i for i, t in enumerate(clause) if t.text == "(")]
        if clause[-1].pos_ == "NOUN" and clause[-1].lemma_.lower() in person_nouns() \
                and not any(c.dep_ == "poss" for c in clause[-1].children):
            return None, clause[-1]  # 'NATO commander: "..."': a description of the person, not the alliance
        if clause[-1].ent_type_ == "PERSON":
            return None, clause[-1]  # 'Ban Ki-moon:', whose last word the tagger made a common noun
        names = [t for t in clause if t.pos_ == "PROPN"]
        if names and names[-1].i >= clause[-1].i - 1:
            return None, names[-1]
    return None


def _topic_heading(nd: NewsDoc, clause: list[Token], line: int, quoted: bytearray) -> Token | None:
    """The 'On' that opens an interview's topic heading before a colon ('On Libya:', 'On whether the
    president is too timid:'): the clause's first word, unbroken back to a boundary, or the first word
    of its line or of its sentence, with nothing quoted between it and the colon; not a date ('On July
    6, ...:') and no speech verb ('On the question of ..., Mates told the BBC:' is a frame)."""
    if clause[0].lower_ == "on" and (clause[0].idx == line or len(clause) < _FRAME):
        first = clause[0]
    else:
        span = nd.doc.char_span(line, line + 2) if line and nd.text.startswith("On ", line) else None
        first = span[0] if span is not None else next(
            (t for t in clause[0].sent if not (t.is_quote or t.is_space or t.is_punct)), clause[0])
        if first.lower_ != "on" or first.i >= clause[0].i or any(quoted[first.i:clause[-1].i + 1]):
            return None
    if first.i + 1 < len(nd.doc) and nd.doc[first.i + 1].ent_type_ in ("DATE", "TIME"):
        return None  # 'On July 6, Sanders made the following comment:': when, not what about
    return None if any(t.pos_ == "VERB" and is_cue(t) for t in nd.doc[first.i:clause[-1].i + 1]) else first


def _channel_sender(clause: list[Token]) -> Token | None:
    """The name a colon clause ends on when it is whom a statement, letter or transcript is from
    ('read the statement from the ministry:', 'a transcript from Zakaria:')."""
    name = clause[-1]
    while name.i > clause[0].i and name.dep_ in ("punct", "appos") and name.head.i < name.i:
        name = name.head
    frm = name.head
    return name if name.dep_ == "pobj" and frm.lower_ == "from" and frm.head.lemma_.lower() in roles()["channels"] \
        and name.pos_ in ("PROPN", "NOUN") and frm.head.i >= clause[0].i else None


def _misread_cue(clause: list[Token]) -> Token | None:
    """The first person named in a clause that ends in a speech verb the tagger read as a plural noun
    after a name ('as Professor Lena Marsh, director of ... at the Glasgow School of Economics notes,')."""
    last = clause[-1]
    if len(clause) < 2 or last.tag_ != "NNS" or clause[-2].pos_ != "PROPN" \
            or last.lemma_.lower() not in speech_relations():
        return None
    first = next((t for t in clause if t.ent_type_ == "PERSON"), None)
    while first is not None and first.i + 1 < len(first.doc) and first.doc[first.i + 1].ent_iob_ == "I":
        first = first.doc[first.i + 1]  # the name's last word, its head
    return first


def _title_in_clause(nd: NewsDoc, last: int, quoted: bytearray) -> int | None:
    """The first token of the quoted run ending at token ``last`` when that run is a title set into the
    clause ('host of CNN's "Fareed Zakaria GPS"', 'told "Fox News Sunday"'): a few capitalised words with
    no sentence stop, after a possessive or a word that leads to a title."""
    first = last
    while first > 0 and quoted[first - 1]:
        first -= 1
    words = [t for t in nd.doc[first:last + 1] if not (t.is_quote or t.is_space)]
    if first == 0 or not words or len(words) > _MAX_TITLE or any(t.text in (".", "!", "?") for t in words) \
            or not all(t.text[:1].isupper() for t in words if t.is_alpha):
        return None
    lead = nd.doc[first - 1]
    return first if lead.lower_ in _TITLE_LEAD or lead.tag_ == "POS" else None


def _object_of(name: Token, verbs: list[Token]) -> bool:
    """The name is what one of the clause's verbs acts on ('Gadhafi left this message to NATO:'), so
    it ends a sentence, not a headline that labels the quote."""
    head = name.head.head if name.dep_ == "pobj" else name.head if name.dep_ in ("dobj", "dative") else None
    return head is not None and any(head == v for v in verbs)


def _label(nd: NewsDoc, clause: list[Token]) -> Token | None:
    """The name of a person or organisation a clause ends on before its colon: 'Masoud:', 'Clinton on
    Libya:' (not a place: 'Protests in Egypt:' is a topic)."""
    on = next((t for t in reversed(clause[-4:-1]) if t.lower_ == "on"), None)
    # 'Dabbashi on Gadhafi:' is Dabbashi's: the name before 'on' first, the topic after it only failing that
    names = ([on.doc[on.i - 1]] if on is not None and on.i > clause[0].i else []) + [clause[-1]]
    for name in names:
        speaker = speaker_of(nd, name, mention_span(nd, name)) if name.pos_ == "PROPN" else None
        if speaker is not None and nd.actor(speaker).type in ("PERSON", "ORGANIZATION"):
            return name
    return None


def _described(clause: list[Token], quoted: bytearray) -> Token | None:
    """'Jayda Bates was in tears: "..."' / 'She was one of them: "..."': a clause that only says
    what a named person (or he, she) is introduces that person's words; 'The message was clear:'
    is about no speaker."""
    copula = next((t for t in clause if t.lemma_ == "be" and _main(t, clause)), None)
    subj = subject_of(copula, quoted) if copula is not None else None
    if subj is None or subj.i < clause[0].i or not (subj.pos_ == "PROPN" or subj.lower_ in ("he", "she")):
        return None
    return subj


def _byline(clause: list[Token]) -> Token | None:
    """A press review's byline, 'Badr Bin Sa'ud in Saudi Ukaz:' or 'Li Yida and Jiao Xiang in China's
    Renmin Ribao:', introduces the (first) writer's words, not the paper's ('Editorial in Al-Dustur:'
    is the paper's)."""
    at = next((k for k, t in enumerate(clause) if t.lower_ == "in" and t.pos_ == "ADP"), 0)
    writer = list(itertools.takewhile(lambda t: t.lower_ not in ("and", ",", "&"), clause[:at]))
    if not writer or not any(t.pos_ == "PROPN" for t in clause[at + 1:]) \
            or writer[-1].lemma_.lower() in roles()["documents"]:
        return None
    return writer[-1] if all(t.pos_ == "PROPN" or t.is_punct for t in writer) and writer[-1].pos_ == "PROPN" else None


def _name_glossed(nd: NewsDoc, clause: list[Token]) -> Token | None:
    """'U.S. Sen. John McCain, R-Arizona: "..."', 'Michael Steel, spokesman for House Speaker John Boehner,
    R-Ohio: "..."': a reactions list's label, a name opening the clause and then, after a comma, what the
    person is; the name speaks, not the state or the boss in the gloss."""
    comma = next((k for k, t in enumerate(clause) if t.text == ","), None)
    if not comma or comma > _MAX_LABEL_NAME or not all(t.pos_ == "PROPN" or t.is_punct for t in clause[:comma]):
        return None
    name = clause[comma - 1]
    actor = nd.actor(nd.token_actor(name, clause[0].idx))
    return name if actor is not None and actor.type in ("PERSON", "ORGANIZATION") else None


def _main(verb: Token, clause: list[Token]) -> bool:
    """The verb is the clause's own main verb (the parser may hang it on the quote after the colon)."""
    return verb.dep_ == "ROOT" or (verb.dep_ not in ("aux", "auxpass") and not clause[0].i <= verb.head.i <= clause[-1].i)


def _ends_clause(verb: Token, last: Token, quoted: bytearray) -> bool:
    """The verb's clause ends right before the comma: 'Smith said,' / 'Smith shot back,' /
    'As Smith put it,' / 'Smith issued a statement,'."""
    if verb == last or (last.head == verb and last.dep_ in ("prt", "advmod", "npadvmod")):
        return True
    if last.head == verb and last.dep_ == "dobj" and last.lemma_.lower() in roles()["channels"]:
        return True  # 'Trump issued a statement, "..."': what the statement says follows
    return any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children) and \
        all(quoted[t.i] or t.is_punct or t.is_space for t in verb.subtree if t.i > last.i)


def _conditional(verb: Token) -> bool:
    """'But if the unrest continues, "..."': a condition speaks no words, whatever its verb."""
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children)


def _subordinate(verb: Token) -> bool:
    """The verb heads a clause opened by 'when', 'after', 'because' ..."""
    return any(c.dep_ == "mark" or c.tag_ == "WRB" and c.i < verb.i for c in verb.children)


@lru_cache(maxsize=4)
def _sentence_starts(doc: Doc) -> list[int]:
    return [sent.start for sent in doc.sents] + [len(doc)]


def _sentence(doc: Doc, i: int) -> tuple[int, int]:
    """Token bounds of the sentence holding token i (``Token.sent`` walks the sentence: slow in a long one)."""
    starts = _sentence_starts(doc)
    k = bisect.bisect_right(starts, i) - 1
    return starts[k], starts[k + 1]


def _adjacent_name(nd: NewsDoc, cue: Token, quoted: bytearray) -> Token | None:
    """When the parse gives the cue no subject: the name between the quote and the cue
    ('..." Police Chief Jordan said'; 'Senator Lindsey Graham of South Carolina told': the one
    the place after 'of' belongs to) or right after it ('said Jordan')."""
    before = []
    for tok in reversed(nd.doc[max(cue.i - _NEAR, _sentence(nd.doc, cue.i)[0], 0):cue.i]):
        if quoted[tok.i] or tok.text in (".", "!", "?", ";") or "\n" in tok.text_with_ws:
            break
        before.append(tok)
    # 'Durbin, noting the size of the crowd, said': what an aside's participle acts on does not speak
    nouns = [t for t in before if t.pos_ in ("PROPN", "PRON", "NOUN") and t.tag_ not in ("WP", "WDT")
             and not any(a.tag_ == "VBG" and a.i < t.i and a in before for a in t.ancestors)]
    # 'Speaking to MailOnline, Sarah, 34, from Leeds, said:': where someone is from, or whom they spoke to,
    # is no speaker when a name stands before it
    # nor where someone lives; with only places near, the name stands further back ('Mr. Daniloff, now 81 and
    # retired in Cambridge, Mass., said'), and with none there, no one near is named
    named = [t for t in nouns if not _placed(t)]
    if nouns and not named:
        start = max(cue.i - 2 * _NEAR, _sentence(nd.doc, cue.i)[0], 0)
        named = [t for t in reversed(nd.doc[start:before[-1].i]) if t.ent_type_ == "PERSON" and not quoted[t.i]][:1]
    if named and named[0] != nouns[0] and named[0].ent_type_ == "PERSON" and cue.tag_ != "VBG" or not named:
        nouns = named
    if nouns and cue.tag_ == "VBG" and before[0].text == "," and nouns[0].dep_ in ("pobj", "dobj", "dative"):
        return None  # '... stood up to riot police, chanting': the participle's speaker is the lost subject
    if nouns:
        return _glossed(nouns[0], _sentence(nd.doc, cue.i)[0], quoted)
    run = []
    for tok in nd.doc[cue.i + 1:cue.i + _NEAR]:  # a name, even one the tagger missed ('said Skelly')
        if quoted[tok.i] or not (tok.pos_ == "PROPN" or tok.is_title and tok.is_alpha and tok.pos_ != "PRON"):
            break
        run.append(tok)
    after = nd.doc[cue.i + 1] if cue.i + 1 < len(nd.doc) else None
    while after is not None and after.dep_ in ("compound", "det", "amod") and after.head.i > after.i \
            and not quoted[after.head.i]:
        after = after.head  # 'tweeted Rubio spokesman Alex Conant', 'said the woman, who ...': the phrase's head
    inverted = is_cue(cue) and cue.i > 0 and nd.doc[cue.i - 1].is_punct  # '"...," said the woman', not 'Take the'
    if after is not None and after.i > cue.i + 1 and (after.pos_ == "PROPN" or after.pos_ == "NOUN" and inverted):
        return after
    return run[-1] if run else None


def _glossed(tok: Token, lo: int, quoted: bytearray) -> Token:
    """The word a gloss belongs to: 'Senator Lindsey Graham of South Carolina' -> Graham; 'Tomas Berglund, head
    of the Baltic Centre for Press Freedom,' -> Berglund ('Representative Steve Cohen, Democrat of Tennessee,
    told': the name, not its gloss), climbing through the noun phrase, within the sentence, outside quotes."""
    while True:
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("NOUN", "PROPN"):
            up = tok.head.head
        elif tok.dep_ == "appos" and tok.head.ent_type_ == "PERSON":
            up = tok.head
        else:
            return tok
        if up.i < lo or quoted[up.i]:
            return tok
        tok = up


def _placed(tok: Token) -> bool:
    """A place where someone is ('in Cambridge', and the 'Mass.' after it) rather than who they are."""
    while in_apposition(tok):
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE


def _signature(nd: NewsDoc, end: int) -> Token | None:
    """'"..." ― Jane Doe' / '"..." - Jane Doe' / '"...": Jane Doe' / '"..."' then a line '-- Netgear
    co-founder Jane Doe (again)' or '-President Obama, tweeting ...': a dash (or a spaced hyphen, or a
    colon) right after the closing mark, or a dash opening the next line (after a blank one too), and a
    name before any comma, bracket or preposition ('in Sydney') sign the quote; a verb there makes the
    line a sentence, which signs nothing."""
    at = _past_marks(nd.text, end)
    if at < len(nd.text) and nd.text[at] == "\n":
        at += 2 if nd.text[at + 1:at + 2] == "\n" else 1  # the next line, or the one after a blank line
        dash = re.match(f"[-{_DASHES}]{{1,2}} ?(?=[A-Z])", nd.text[at:at + 4])  # '-- Jane Doe', '-President Obama'
    else:  # also a colon: '"U.S. budget deficit has fallen": Cassidy', a tweet or a headline signed after it
        dash = re.match(f"[{_DASHES}]|--? |: (?=[A-Z])", nd.text[at:at + 4])
    if dash is None:
        return None
    span = nd.doc.char_span(at + dash.end(), min(nd.text.find("\n", at) % (len(nd.text) + 1), at + 80),
                            alignment_mode="expand")
    names = []
    for tok in span or ():
        if tok.pos_ in ("VERB", "AUX"):
            return None  # '-- Israeli Prime Minister Benjamin Netanyahu said Sunday ...': a sentence, not a signature
        if tok.text in (",", "(", ";") or tok.pos_ == "ADP":
            break
        if tok.pos_ == "PROPN" or tok.ent_type_ == "PERSON":
            names.append(tok)
    return names[-1] if names and names[0].i - span.start <= _SIGNATURE_LEAD else None


def _past_marks(text: str, at: int) -> int:
    """The offset after the spaces and closing marks that start at ``at``."""
    while at < len(text) and text[at] in " \u00a0\"'\u201d\u2019":
        at += 1
    return at


def _pull_signer(nd: NewsDoc, end: int) -> Token | None:
    """Who signs a BBC pull quote ('..." End Quote Ramin Mehmanparast Iran's Foreign Ministry
    spokesman'): a person or organisation whose name opens the signature ('Bishop Louka
    al-Khoury'); else the proper nouns it opens with, up to where another name starts ('Iran's').
    The signature outranks any verb after it, which begins the article's next sentence."""
    pull = PULL_QUOTE_SIGNATURE.match(nd.text, _past_marks(nd.text, end))
    span = nd.doc.char_span(pull.start(1), pull.end(1), alignment_mode="contract") if pull else None
    if not span:
        return None
    for tok in span[:_PULL_SIGNER_LEAD]:
        actor = nd.actor(nd.token_actor(tok, span.start_char))
        if actor is not None and actor.type in ("PERSON", "ORGANIZATION", "GROUP"):
            return tok
    run = list(itertools.takewhile(lambda t: t.pos_ == "PROPN" and (t.i == span.start or t.ent_iob_ != "B"), span))
    return run[-1] if run else None


def _tags_along(nd: NewsDoc, end: int, first: Token) -> bool:
    """The sentence after a quote is its attribution: it follows the closing mark directly and
    starts in lower case or is short ('he said.', 'Graham asked.')."""
    between = nd.text[end:first.idx]
    if between.strip(" \"'\u201d\u2019.,!?\n") or between.count("\n") > 1:
        return False
    if "\n" in between:
        at = end + between.index("\n")
        if _tag_line(nd, end, at):
            return True
        if not _continues_line(nd.text, at):
            return False
    lo, hi = _sentence(nd.doc, first.i)
    return first.text[:1].islower() or hi - lo <= _SHORT_TAG


def _tag_sentence(nd: NewsDoc, q: Quoted, first: Token) -> bool:
    """The sentence after the quote is its tag: short or in lower case (``_tags_along``), or, after a
    question or a cry, longer but only tagging ('"...?" Moussa Ibrahim, a Libyan government spokesman,
    told reporters.': ``_bare_tag``)."""
    return _tags_along(nd, q.end, first) or _content(nd, q).endswith(("?", "!")) \
        and _bare_tag(nd.doc[slice(*_sentence(nd.doc, first.i))], first)


def _bare_tag(sentence, first: Token) -> bool:
    """A longer sentence that only tags: its main verb tags quotes, has no content of its own, and its
    subject opens the sentence ('Moussa Ibrahim, a Libyan government spokesman, told reporters in Tripoli.')."""
    root = next((t for t in sentence if t.dep_ == "ROOT"), None)
    return root is not None and _tag_verb(root) and not any(c.dep_ in ("ccomp", "xcomp") or c.tag_ == "MD"
                                                             for c in root.children) \
        and any(c.dep_ == "nsubj" and c.left_edge.i == first.i for c in root.children)


def _tag_line(nd: NewsDoc, end: int, at: int) -> bool:
    """A line break at ``at`` after a quoted question or cry that split off its tag: the next line is
    one sentence whose main verb speaks with no content of its own, said by a name ('...cities?'" /
    'Moussa Ibrahim, a government spokesman, told reporters in Tripoli.', where text one sentence a
    line broke the sentence after the question mark), or a tag that goes on with a participle of speech
    ('Byman asked, later adding that "..."')."""
    if nd.text[at:at + 1] != "\n" or not nd.text[:end].rstrip(" \"'\u201d\u2019").endswith(("?", "!")):
        return False
    span = nd.doc.char_span(at + 1, min(len(nd.text), at + 2), alignment_mode="expand")
    if span is None:
        return False
    lo, hi = _sentence(nd.doc, span.start)
    root = next((t for t in nd.doc[lo:hi] if t.dep_ == "ROOT"), None)
    line_end = nd.text.find("\n", at + 1) % (len(nd.text) + 1)
    if root is None or not is_cue(root) or nd.doc[hi - 1].idx + len(nd.doc[hi - 1]) < line_end - 1:
        return False
    subject = next((c for c in root.lefts if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "PROPN" or any(c.dep_ == "ccomp" or c.tag_ == "MD" for c in root.children):
        return False  # 'X told reporters that ...' says something of its own
    aside = sum(len(list(c.subtree)) + 2 for c in subject.children if c.dep_ == "appos")  # ', a spokesman,'
    # '(R-Ohio)', 'before Bush delivered his remarks': a party label, or when it was said
    aside += sum(1 for t in nd.doc[lo:hi] if _in_brackets(nd.text, t.idx, line_end))
    aside += sum(len(list(c.subtree)) for c in root.children if c.dep_ == "advcl" and c.i > root.i
                 and any(m.dep_ == "mark" and m.lower_ in ("before", "after", "as", "when") for m in c.children))
    return hi - lo - aside <= _SHORT_TAG or root.i + 1 < hi and nd.doc[root.i + 1].text == "," and any(
        c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG" and is_cue(c) and c.i > root.i for c in root.children)


def _in_brackets(text: str, at: int, end: int) -> bool:
    """The character at ``at`` is inside round brackets that close before ``end``."""
    opened = text.rfind("(", 0, at + 1)
    return opened >= 0 and text.rfind(")", opened, at) < 0 and 0 <= text.find(")", at) < end


def _continues_line(text: str, at: int) -> bool:
    """A line break at ``at`` that only splits a sentence: the next line opens in lower case ('"It's
    over!"' / 'shouted one man ...', in text written one sentence a line)."""
    return text[at:at + 1] == "\n" and text[at + 1:at + 2].islower()


def _set_source(nd: NewsDoc, draft: _Draft, cue: Token | None, source: Token) -> None:
    if cue is not None and cue.lemma_.lower() in _chant_words() and source.ent_type_ in PLACE_ENTITIES:
        draft.cue = cue  # 'marched through the streets of Ramallah chanting': a place chants nothing; the crowd does
        return
    draft.cue, draft.source = cue, source
    draft.mention = mention_span(nd, source)
    draft.speaker = speaker_of(nd, source, draft.mention)


def _reported_draft(nd: NewsDoc, r) -> _Draft:
    doc = nd.doc
    start, end = doc[r.start].idx, doc[r.end - 1].idx + len(doc[r.end - 1])
    draft = _Draft("indirect", start, end, [(start, end)], cue=r.cue, confidence=0.4)
    source = source_token(r.cue)
    if source is not None and not r.start <= source.i < r.end:
        _set_source(nd, draft, r.cue, source)
        draft.confidence = 0.7
    return draft


def _reconcile(text: str, direct: list[_Draft], reported: list[_Draft]) -> list[_Draft]:
    """Reported speech mostly inside a quote yields to it (and lends it its source, unless its cue
    comes on a later line after other words: '"...?"\nsaid Smith' does, 'NATO, which ..., said' does
    not); a quote inside reported speech makes it mixed."""
    starts = [d.start for d in direct]
    kept, absorbed = [], set()
    for r in _outermost(reported):
        i = bisect.bisect_left(starts, r.start) - 1
        inside = [d for d in direct[max(i, 0):bisect.bisect_left(starts, r.end)] if d.end > r.start]
        best = max(inside, key=lambda d: min(d.end, r.end) - max(d.start, r.start), default=None)
        covered = _share(text, best, r) if best is not None else 0.0
        if len(inside) > 1 and covered < _COVERED and sum(_share(text, d, r) for d in inside) >= _COVERED:
            continue  # 'X: "..." "...," Y told AFP': two quotes side by side are no reported speech of Y's
        if covered >= _COVERED:
            gap = text[best.end:r.cue.idx]
            next_line = "\n" in gap and gap.strip(_LEAD_IN + "\u201d\u2019,.?!\n")  # words between: not its tag
            if best.source is None and r.source is not None and not next_line:
                best.cue, best.source, best.mention, best.speaker = r.cue, r.source, r.mention, r.speaker
                best.confidence += 0.2
            continue
        if r.source is None and any(d.cue == r.cue and d.source is not None for d in inside):
            continue  # the quote owns this cue: reported content here is a misparse of it
        nested = [d for d in inside if r.start <= d.start and d.end <= r.end and _nested(text, d, r)]
        if nested:  # the reported content stops where the nested quote's own frame hands over to it
            r.end = _skip_back(text, nested[0].start, _LEAD_IN + ":,")
            r.pieces = [(r.start, r.end)]
            inside = [d for d in inside if d.start < r.end]
        if inside:
            r.type = "mixed"
            absorbed.update(id(d) for d in inside
                            if r.start <= d.start and d.end <= r.end and not _tagged_within(text, d, r))
        kept.append(r)
    return [d for d in direct if id(d) not in absorbed] + kept


def _nested(text: str, quote: _Draft, r: _Draft) -> bool:
    """'According to X, Y recalled Z as saying: "..."' / 'Hillary Clinton: "..." Earlier, activists
    said ...' / 'X said that Y sent a letter saying that "..."': the quote is introduced ('...: "', '..., "',
    or after its own cue, 'that "') by a source of its own inside the reported content, so it stays a direct
    quote of its own speaker."""
    framed = quote.cue is None or quote.cue.i != r.cue.i and r.start <= quote.cue.idx < r.end  # 'X: "..."' has no cue
    return framed and quote.source is not None and r.start <= quote.source.idx < quote.start \
        and (at := _skip_back(text, quote.start)) > 0 and (text[at - 1] in ":," or quote.cue is not None
                                                           and text[:at].rstrip().endswith(" that"))


def _tagged_within(text: str, quote: _Draft, r: _Draft) -> bool:
    """'"...," Medvedev said, according to RIA Novosti' / 'Writing in Newsweek, X suggested ... "...,"
    he wrote': the quote's own tag, another cue than the reported speech's, follows it right after its
    closing mark inside the reported content; the quote stays a direct quote of its own speaker."""
    if quote.cue is None or quote.source is None or quote.cue.i == r.cue.i:
        return False
    tag = min(quote.cue.idx, quote.source.idx)
    return quote.end <= tag and max(quote.cue.idx, quote.source.idx) < r.end \
        and not text[quote.end:tag].strip(_LEAD_IN + "\u201d\u2019,.?!")


def _outermost(reported: list[_Draft]) -> list[_Draft]:
    """PolNeAR keeps the outermost attribution: drop reported speech whose cue is inside other content."""
    spans = sorted((r.start, r.end, id(r)) for r in reported)
    starts = [lo for lo, _, _ in spans]
    reach, owner = [], []  # running furthest end (and whose) over spans sorted by start
    for _, hi, key in spans:
        if not reach or hi > reach[-1]:
            reach.append(hi), owner.append(key)
        else:
            reach.append(reach[-1]), owner.append(owner[-1])
    out = []
    for r in reported:
        i = bisect.bisect_right(starts, r.cue.idx) - 1
        if i >= 0 and reach[i] > r.cue.idx and owner[i] != id(r):
            continue
        out.append(r)
    return out


def _share(text: str, quote: _Draft, r: _Draft) -> float:
    """Share of the reported content's characters (no spaces) that lie inside the quote."""
    lo, hi = max(quote.start, r.start), min(quote.end, r.end)
    inside = len("".join(text[lo:hi].split())) if hi > lo else 0
    return inside / max(len("".join(text[r.start:r.end].split())), 1)


def _relayed(nd: NewsDoc, d: _Draft) -> tuple[Token, Token] | None:
    """(cue, source) of the words a quote passes on: '"He said, 'Get here right away ...'," Mr Williams told
    the jury', '"During the call, the king said, 'Egypt is ...'"': a short frame with its own speech verb
    opens the quote, and the words in single marks after it run to the quote's end. They are that
    speaker's (as 'X quoted Y as saying' is Y's)."""
    frame = _RELAY.match(nd.text, d.start)
    if frame is None or frame.end() > d.end:
        return None
    close = max(nd.text.rfind("'", frame.end(), d.end + 1), nd.text.rfind("\u2019", frame.end(), d.end + 1))
    if close < 0 or any(ch.isalnum() for ch in nd.text[close:d.end]):
        return None
    verb = nd.doc.char_span(frame.start(1), frame.end(1))
    source = source_token(verb[0]) if verb is not None else None
    return (verb[0], source) if source is not None and d.start <= source.idx < verb[0].idx else None


def _self_named(nd: NewsDoc, d: _Draft) -> str | None:
    """'"Call me, Ibn Talkalakh," the young textile shop owner tells me', '"My name is Ahmed ..."': the
    person named is the speaker, whatever description tags the quote."""
    opening = _SELF_NAMED.match(nd.text, d.start)
    if opening is None or opening.end() >= d.end:
        return None
    name = nd.doc.char_span(opening.end(), opening.end() + 1, alignment_mode="expand")
    actor = nd.actor(nd.token_actor(name[0], name[0].idx)) if name is not None else None
    return actor.id if actor is not None and actor.type == "PERSON" else None


def _relay(nd: NewsDoc, d: _Draft, cue: Token, source: Token) -> None:
    """The relayed words are the inner speaker's (the canonical speaker); the mention next to the quote
    stays its teller's, who passed them on ('Mr Williams told the jury: "He said, '...'"': Williams tells,
    the 'He' speaks). With no teller, the inner source is the mention too."""
    if d.mention is None:
        _set_source(nd, d, cue, source)
    elif (inner := speaker_of(nd, source, mention_span(nd, source))) is not None:
        d.speaker = inner


def _continue_speakers(nd: NewsDoc, drafts: list[_Draft], paras: list[int], quoted: bytearray,
                       chanted: set[int]) -> None:
    """Sources for quotes that have none. Such a quote continues the speaker before it in its
    paragraph or, when it opens its paragraph or the one before ends quoting someone, the one before
    (and so does one 'added' by a description that names no one: 'added the Italian') - unless the
    sentence right before it brings someone else in (``_brought_in``). A quote that opens its paragraph
    after narration (up to ``_NARRATION`` paragraphs) goes on with a speaker that narration is about
    ('"...," Zvonareva said. / Zvonareva was never troubled by Vinci. / "Roberta is a tough opponent
    ..."'), else is from the person the narration ends on (``_lead_person``), else still that speaker's,
    with less confidence, unless the narration ends on someone else (``_someone_else_leads``). A
    slogan (``chanted``: 'amid cheers of "..."') is the crowd's, never the last speaker's."""
    drafts.sort(key=lambda d: d.start)
    starts, reach = [d.start for d in drafts], list(itertools.accumulate((d.end for d in drafts), max))
    last: dict[int, _Draft] = {}  # paragraph index -> last draft with a speaker mention
    quoting_last: dict[int, _Draft] = {}  # the same, of the drafts that quote words in marks
    quoting = {bisect.bisect_right(paras, d.start) - 1 for d in drafts if d.type != "indirect"}
    for d in drafts:
        para = bisect.bisect_right(paras, d.start) - 1
        if d.type == "direct" and d.mention is not None and d.speaker is None and d.cue is not None \
                and d.cue.lemma_ == "add" and (prev := last.get(para)) is not None and prev.speaker:
            d.speaker = prev.speaker  # '"...," added the Italian' goes on with whoever spoke just before
        if d.mention is None and d.type == "direct" and d.start not in chanted:
            opens = not nd.text[paras[para]:d.start].strip(_MARKS) if para >= 0 else False
            prev = last.get(para) or (last.get(para - 1) if opens else _quoting(nd, d, quoting_last.get(para - 1)))
            if prev is not None and not opens and (lead := _brought_in(nd, d, prev, (starts, reach), quoted)) is not None:
                _set_source(nd, d, None, lead)
                d.confidence = min(d.confidence + 0.1, 0.6)
            elif prev is not None:
                _go_on(d, prev, min(d.confidence + 0.1, 0.7))
            elif opens and para >= 1 and para - 1 not in quoting:
                back = next((j for j in range(para - 2, max(para - 1 - _NARRATION, -1), -1)
                             if j in last or j in quoting), None)
                before = last.get(back) if back is not None else None
                subject = _narrated(nd, paras[back + 1], paras[para], before.speaker, quoted) \
                    if before is not None and before.speaker else None
                if subject is None and para - 1 not in last:
                    subject = _lead_person(nd, paras[para - 1], paras[para], quoted, speaking=before is not None)
                if subject is not None:
                    _set_source(nd, d, None, subject)
                    d.confidence = min(d.confidence + 0.1, 0.6)
                elif before is not None and before.speaker \
                        and not _someone_else_leads(nd, paras[para - 1], paras[para], quoted, before.speaker):
                    _go_on(d, before, min(d.confidence, 0.4))
        if d.type == "indirect" and d.cue is not None and (_subordinate(d.cue) or d.cue.dep_ == "pcomp"):
            # '"...," Trump assured Jones, after Jones assured him that ...', '"...," Karimov said in what a channel
            # said was a live broadcast': background, no new speaker
            continue
        if d.mention is not None and not d.pulled:  # a quote over paragraphs goes on in the one it ends in,
            end = max(d.end - 1, d.mention.start)  # or in the line its tag was split off to ('"...?" / asks X.')
            for at in range(para, bisect.bisect_right(paras, end)):
                last[at] = d
                if d.type != "indirect":
                    quoting_last[at] = d


def _go_on(d: _Draft, before: _Draft, confidence: float) -> None:
    """``d`` goes on with the source, mention and speaker of the quote ``before`` it."""
    d.source, d.mention, d.speaker = before.source, before.mention, before.speaker
    d.confidence = confidence


def _repeated_speakers(nd: NewsDoc, drafts: list[_Draft]) -> None:
    """A quote with no named speaker that the article quotes again with one is that speaker's: a
    highlight's '"Of course this is about regime change," a congressman says' and, further down,
    '"Of course this is about regime change," said Rep. Mike Coffman'. The same words, at least
    ``_REPEATED`` of them: a run of ``_SHARED_RUN`` words both hold (a highlight cut short or run
    into the next words), a shorter named quote held whole, or most of this quote's words said in
    order in a named one (a highlight abridged or reworded: 'You feel the weight of... the entire
    military'); only when one named speaker said them. A quote whose speaker came from a description
    or a pronoun takes, the same way, the speaker of the same words given elsewhere to a name."""
    named = [(_words(nd.text[d.start:d.end]), d) for d in drafts if d.speaker is not None and d.type != "indirect"]
    by_gram: dict[tuple[str, ...], set[int]] = {}  # a run of words -> the named quotes holding it
    by_word: dict[str, set[int]] = {}
    for k, (w, _) in enumerate(named):
        for g in _grams(w):
            by_gram.setdefault(g, set()).add(k)
        for word in w:
            by_word.setdefault(word, set()).add(k)
    for d in drafts:
        unnamed = d.type == "direct" and d.speaker is None
        described = d.type != "indirect" and d.speaker is not None and not _by_name(d)
        if not (unnamed or described):
            continue
        words = _words(nd.text[d.start:d.end])
        if len(words) < _REPEATED:
            continue
        said = {k for g in _grams(words) for k in by_gram.get(g, ())}
        said |= {k for k in _closest_named(words, by_word) if _abridged(words, named[k][0])}
        said |= {k for k, (w, _) in enumerate(named) if _REPEATED <= len(w) < _SHARED_RUN and _holds(words, w)}
        if described:  # a description's or a pronoun's speaker gives way to a name said elsewhere
            said = {k for k in said if _by_name(named[k][1]) and _apart(named[k][1], d)}
        same = {named[k][1].speaker for k in said}
        if len(same) == 1:
            d.speaker = same.pop()
            d.confidence = min(d.confidence, 0.6)


def _by_name(d: _Draft) -> bool:
    """The draft's source is a name, not a description or a pronoun."""
    return d.source is not None and d.source.pos_ == "PROPN" and d.source.ent_type_ != ""


def _apart(a: _Draft, b: _Draft) -> bool:
    """Two drafts in different places (not a quote and the report that holds it)."""
    return a.end <= b.start or b.end <= a.start


def _grams(words: tuple[str, ...]) -> set[tuple[str, ...]]:
    return {words[i:i + _SHARED_RUN] for i in range(len(words) - _SHARED_RUN + 1)}


def _words(text: str) -> tuple[str, ...]:
    return tuple(re.findall(r"\w+", text.lower()))


def _holds(outer: tuple[str, ...], inner: tuple[str, ...]) -> bool:
    """``inner``'s words run, in order, inside ``outer``'s."""
    n = len(inner)
    return any(outer[i:i + n] == inner for i in range(len(outer) - n + 1))


def _closest_named(words: tuple[str, ...], by_word: dict[str, set[int]]) -> list[int]:
    """The few named quotes that share most of ``words``'s words, enough to keep ``_ECHO_SHARE`` of
    them: the only ones worth comparing word order with (a page of look-alike quotes is not
    compared pair by pair)."""
    if len(words) > _ECHO_WORDS:
        return []
    shared: dict[int, int] = {}
    for word in set(words):
        for k in by_word.get(word, ()):
            shared[k] = shared.get(k, 0) + 1
    enough = _ECHO_SHARE * len(set(words))
    return sorted((k for k, n in shared.items() if n >= enough), key=lambda k: (-shared[k], k))[:_ECHO_CANDIDATES]


def _abridged(short: tuple[str, ...], longer: tuple[str, ...]) -> bool:
    """``short`` keeps ``_ECHO_SHARE`` of its words in ``longer``'s order: the same quote cut,
    abridged or slightly reworded."""
    kept = sum(b.size for b in SequenceMatcher(None, short, longer, autojunk=False).get_matching_blocks())
    return kept >= _ECHO_SHARE * len(short)


def _brought_in(nd: NewsDoc, quote: _Draft, prev: _Draft, drafts: tuple[list[int], list[int]],
                quoted: bytearray) -> Token | None:
    """A person brought in by the sentence right before a quote that starts a sentence inside a
    paragraph, that sentence quoting and reporting nothing ('... ," Gaddafi said. His spokesman, Moussa
    Ibrahim, predicted a violent reckoning. "A massacre will be ..."' in a copy that lost its line
    breaks): whom the quote is from, rather than the speaker ``prev`` before; brought in with a speech
    verb when that speaker spoke in the sentence before it (as ``_lead_person`` across paragraphs).
    ``drafts``: the drafts' starts, in order, and the furthest end of each one and those before it."""
    span = nd.doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None:
        return None
    first = span[0]
    while first.i > 0 and not first.is_sent_start and not nd.doc[first.i - 1].text.strip(_MARKS):
        first = nd.doc[first.i - 1]  # back over the opening mark
    if not first.is_sent_start or first.i == 0:
        return None
    before = nd.doc[first.i - 1].sent
    starts, reach = drafts
    if (i := bisect.bisect_left(starts, before.end_char) - 1) >= 0 and reach[i] > before.start_char:
        return None  # the sentence quotes or reports something itself
    spoke = nd.doc.char_span(prev.start, prev.end, alignment_mode="expand")
    near = spoke is None or before.start == 0 or spoke[-1].i >= nd.doc[before.start - 1].sent.start
    return _lead_person(nd, before.start_char, before.end_char, quoted, speaking=near)


def _quoting(nd: NewsDoc, quote: _Draft, draft: _Draft | None) -> _Draft | None:
    """The draft if it quotes words in marks that stay a quote (not a term the writer set in marks) and
    the quote is a statement, not a term: a quote inside a paragraph with no source of its own ('...
    Pletka said. / But "on Syria, the Arab League is not going ...') goes on with a speaker quoted in
    the paragraph before, not with one only reported there."""
    statement = len(nd.text[quote.start:quote.end].split()) >= _STATEMENT
    return draft if statement and draft is not None and draft.type != "indirect" and _keep(nd, draft) else None


def _lead_person(nd: NewsDoc, start: int, end: int, quoted: bytearray, speaking: bool) -> Token | None:
    """The person the narration in ``[start, end)`` ends on, by name or pronoun, as the subject of its
    last sentence's main verb: journalists bring in whom they quote next ('His spokesman, Moussa
    Ibrahim, predicted a violent reckoning. / "A massacre will be committed ..."'). Not a description
    ('The man standing behind her ...'), who may be someone unnamed; and, when someone spoke just
    before (``speaking``), only one brought in with a speech verb or named there for the first time: the
    quote may be that speaker's."""
    sents = _sentences(nd, start, end)
    verb, subject = _closing_subject(sents, quoted)
    if subject is not None and subject.lemma_.lower() in roles()["speech_nouns"]:  # "Huckabee's comments included"
        subject = next((c for c in subject.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    named = subject is not None and (subject.pos_ == "PROPN" or subject.lower_ in ("he", "she") or any(
        c.dep_ == "appos" and c.pos_ == "PROPN" for c in subject.children))  # 'His spokesman, Moussa Ibrahim,'
    thing = subject is None or subject.pos_ == "NOUN" and not someone_noun(subject.lemma_.lower())
    if thing and verb is not None and (newcomer := _newcomer_as(nd, verb, quoted)) is not None:
        return newcomer
    if not named \
            or len(_ASIDE_DASH.findall(nd.text, sents[-1].start_char, subject.idx)) % 2:
        return None  # nor the subject of an aside ('a statement -- Mubarak had resigned -- sent ...')
    speaker = speaker_of(nd, subject, mention_span(nd, subject))
    if speaker is None or nd.actor(speaker).type != "PERSON":
        return None
    # after someone spoke, one brought in by a speech verb, or named here for the first time ('61-year-old
    # Fendi Faraj came out of retirement ...'): journalists introduce whom they quote next
    new = subject.pos_ == "PROPN" and min(m.start for m in nd.actor(speaker).mentions) >= sents[-1].start_char
    return subject if not speaking or is_cue(verb) or new else None


def _newcomer_as(nd: NewsDoc, verb: Token, quoted: bytearray) -> Token | None:
    """'The announcements came as Council President Mustafa Abdul Jalil was in Europe. / "..."': a person
    named for the first time as the subject of a clause of time on the main verb, whose own subject is
    no person; whom the writer brings in to quote next."""
    for clause in verb.children:
        if clause.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in ("as", "while", "when")
                                             for c in clause.children):
            continue
        subject = subject_of(clause, quoted)
        if subject is None or subject.pos_ != "PROPN":
            continue
        speaker = speaker_of(nd, subject, mention_span(nd, subject))
        actor = nd.actor(speaker) if speaker is not None else None
        first = min(m.start for m in actor.mentions) if actor is not None else -1
        if actor is not None and actor.type == "PERSON" and first >= verb.sent.start_char:
            return subject
    return None


def _someone_else_leads(nd: NewsDoc, start: int, end: int, quoted: bytearray, speaker: str) -> bool:
    """The narration in ``[start, end)`` ends on someone else, as the subject of its last sentence's main
    verb: people it does not name ('The man standing behind her ...', 'Disappointed protesters began
    banging ...'), another person named ('Her coach Peter Holm left the court'), or what carries words ('a
    one-sentence announcement ... sent the streets into joyous celebration'): the quote after it may be theirs."""
    subject = _closing_subject(_sentences(nd, start, end), quoted)[1]
    if subject is None:
        return False
    # the name set beside a noun is whom it is about: 'Her coach Peter Holm'
    subject = next((c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN"), subject)
    word = subject.lemma_.lower()
    if subject.pos_ == "NOUN":
        return subject.tag_ == "NNS" or word in person_nouns() or word in roles()["channels"]
    actor = nd.actor(speaker_of(nd, subject, mention_span(nd, subject))) if subject.pos_ == "PROPN" else None
    return actor is not None and actor.type == "PERSON" and actor.id != speaker


def _closing_subject(sents: list, quoted: bytearray) -> tuple[Token | None, Token | None]:
    """The main verb of the last of ``sents`` and its subject (None, None with no sentence)."""
    verb = _main_verb(sents[-1].root) if sents else None
    return verb, subject_of(verb, quoted) if verb is not None else None


def _main_verb(root: Token) -> Token:
    """The sentence's main verb: its root, or, where the parser rooted it on a verbless tail ('Najah
    had to leave her daughters behind; ages five, three and five months'), the clause before it."""
    if root.pos_ in ("VERB", "AUX"):
        return root
    return next((c for c in root.lefts if c.pos_ in ("VERB", "AUX") and c.dep_ in ("ccomp", "parataxis", "dep")), root)


def _sentences(nd: NewsDoc, start: int, end: int) -> list:
    """The sentences of the text in ``[start, end)`` (a paragraph of narration)."""
    span = nd.doc.char_span(start, end, alignment_mode="contract")
    return list(span.sents) if span is not None else []


def _narrated(nd: NewsDoc, start: int, end: int, speaker: str, quoted: bytearray) -> Token | None:
    """The subject of a sentence in ``[start, end)`` that refers to ``speaker``, if any."""
    for sent in _sentences(nd, start, end):
        subject = subject_of(sent.root, quoted)
        if subject is not None and speaker_of(nd, subject, mention_span(nd, subject)) == speaker:
            return subject
    return None


@lru_cache(maxsize=1)
def _chant_words() -> dict[str, frozenset[str]]:
    """lemma -> the tags it needs before a slogan (empty: any), from ``data/chant_words.txt``."""
    return {lemma.lower(): frozenset(tags) for lemma, *tags in table_rows("chant_words.txt")}


def _chanted(nd: NewsDoc, d: _Draft, quoted: bytearray) -> bool:
    """A slogan chanted, shouted or written: its tag is such a word ('"Gadhafi Go to Hell," read one')
    or one comes right before it, past other slogans joined by 'and', 'or', 'of' ('chanted "Down
    with Mubarak"', 'signs reading "No more mosques" and "Islam is the devil"'): said, however short,
    from two words up."""
    words = _chant_words()
    span = nd.doc.char_span(d.start, d.end, alignment_mode="expand")
    if d.type != "direct" or span is None or len(nd.text[d.start:d.end].split()) < 2:  # 'chants of "guilty"': a word
        return False
    if d.cue is not None and d.cue.idx >= d.end and d.cue.lemma_.lower() in words:
        gap = nd.text[d.end:d.cue.idx]
        if d.mention is not None and d.end <= d.mention.start and d.mention.end <= d.cue.idx:
            gap = gap.replace(d.mention.text, "")
        if not gap.strip(" \u00a0\"'\u201d\u2019,.!?"):  # the tag right after it: '"...," they chanted'
            return True
    for tok in reversed(nd.doc[max(span.start - _REACH, 0):span.start]):
        if quoted[tok.i] or tok.is_space or tok.is_quote or tok.lower_ in ("and", "or", "of", ",", ":"):
            continue
        tags = words.get(tok.lemma_.lower())
        return (tags is not None and tok.pos_ in ("VERB", "NOUN") and (not tags or tok.tag_ in tags)) or _on_a_sign(tok)
    return False


def _on_a_sign(verb: Token) -> bool:
    """'signs that read "..."', 'graffiti on a wall says "..."': what a sign reads or says (``data/sign_words.txt``)."""
    if verb.lemma_.lower() not in ("read", "say") or verb.pos_ != "VERB":
        return False
    subject = subject_of(verb, None)
    if subject is not None:
        subject = antecedent(subject)  # 'signs that read': the noun 'that' stands for
    elif verb.dep_ in ("acl", "relcl"):
        subject = verb.head  # 'signs reading': the noun the participle hangs on
    return subject is not None and subject.lemma_.lower() in word_list("sign_words.txt")


def _embedded(nd: NewsDoc, d: _Draft) -> bool:
    """A quoted phrase that the sentence around it runs through ('critics called it "a recipe for
    disaster" and left'): a word right before the opening mark, no stop or comma at its end, and no
    clause of its own ('said that "sanctions don't work".' is a statement). It is a fragment of the
    writer's sentence (mixed), not a statement of its own; so is a short term with a verb-less stop
    or comma inside its marks ('awards for "world changers," he', 'declares Libya's "liberation."')."""
    text = nd.text
    content = text[d.start:d.end].rstrip()
    if len(d.pieces) > 1 or not d.closed or not content \
            or content[-1] in ".!?,;:\u2026-\u2014" and not (_term(nd, d) or _lower_fragment(nd, d)):
        return False
    before = text[max(d.start - 4, 0):d.start].rstrip(_LEAD_IN)
    if not before or not before[-1].isalnum():
        return False
    span = nd.doc.char_span(d.start, d.end, alignment_mode="contract")
    return span is not None and not any(
        t.dep_ in ("nsubj", "nsubjpass", "expl") and span.start <= t.head.i < span.end for t in span)


def _lower_fragment(nd: NewsDoc, d: _Draft) -> bool:
    """A few words in lower case, stop and all ('did "too little."', 'and "peter out."'), or a longer
    lower-case phrase with no verb at all ('dubbed him the "mad dog of the Middle East."'): where the
    sentence runs into it and it has no clause of its own, a phrase of the writer's sentence."""
    content = nd.text[d.start:d.end]
    words = len(content.split())
    if not content[:1].islower() or words > _MAX_TITLE:
        return False
    span = nd.doc.char_span(d.start, d.end, alignment_mode="contract")
    return words <= _FRAGMENT or span is not None and not any(t.pos_ in ("VERB", "AUX") for t in span)


def _term(nd: NewsDoc, d: _Draft) -> bool:
    """At most _TERM words, no verb, and a preposition, determiner or possessive right before the
    mark: a name for something inside the writer's noun phrase, not a statement ('typed "homicidal
    ideation."' and '"What curfew?"' are said)."""
    span = nd.doc.char_span(d.start, d.end, alignment_mode="contract")
    if span is None or span.start == 0 or len(nd.text[d.start:d.end].split()) > _TERM \
            or nd.text[d.start:d.end].rstrip()[-1:] in "!?" or any(t.pos_ in ("VERB", "AUX") for t in span):
        return False
    before = next((t for t in reversed(nd.doc[:span.start]) if not t.is_quote), None)
    return before is not None and (before.pos_ in ("ADP", "DET") or before.tag_ in ("POS", "PRP$"))


def _keep(nd: NewsDoc, d: _Draft) -> bool:
    """Drop what is quoted but not said: unattributed titles and short scare quotes. An attributed
    short span is said when it ends a statement or is a clause ('people yelled, "he's guilty", as')."""
    if d.type != "direct":
        return True
    text = nd.text
    content = text[d.start:d.end].rstrip()
    words = content.split()
    said = d.mention is not None and (content.endswith((".", ",", "!", "?", "\u2026")) or _clause(nd, d))
    title = len(words) <= _MAX_TITLE and all(w[:1].isupper() for w in words if w[:1].isalpha())
    said = said and (d.cue is not None or not title)  # a title carried on from the speaker before is no statement
    before = text[max(d.start - 24, 0):d.start].rstrip(_LEAD_IN).split()
    run_in = bool(before) and (before[-1].lower() in _TITLE_LEAD or before[-1].endswith(("'s", "\u2019s")))
    if before and before[-1].lower().rstrip(",:") in _NAMING_LEAD and _headline(words, any_length=True):
        return False  # 'a story headlined "After Tunisia: Why Egypt Isn't Ready to Have Its Own Revolution."'
    if len(words) > _MAX_TITLE and _headline(words, any_length=True) and content[-1] not in ".!?":
        return False  # 'has written "The Wall Street Journal Guide to the End of Wall Street as We Know It"': a book
    if _names_a_thing(nd, d):
        return False
    # '"Absolutely," he says': a one-word answer with its tag right after it is said, not a title
    answer = said and len(words) == 1 and d.cue is not None and 0 < d.cue.idx - d.end <= _ANSWER_TAG \
        and not any(ch in _MARKS.strip() for ch in text[d.end + 1:d.cue.idx])
    return (len(words) > 3 or said) and not (title and not answer and not (said and content[-1] in ".!?")) \
        and not ((_headline(words) or title and run_in) and content[-1] not in "!?")


def _names_a_thing(nd: NewsDoc, d: _Draft) -> bool:
    """The quoted words are the name of a thing the writer's noun phrase is about, whatever their case
    and however the parser reads them: right after a word that names a thing ('a Facebook page called
    "We are all Khaled Said,"', 'a page entitled, "I delegate Wael"'), or set inside a noun phrase
    between its determiner or adjective and its noun ('the influential "We are all Khaled Said" Facebook
    page'). Not 'she called, "Come here!"' (a person calls out) nor 'called the plan "a disgrace"'."""
    span = nd.doc.char_span(d.start, d.end, alignment_mode="contract")
    if span is None or span.start == 0 or len(nd.text[d.start:d.end].split()) > _MAX_NAME:
        return False
    lead = next((t for t in reversed(nd.doc[:span.start]) if not (t.is_quote or t.is_punct)), None)
    if lead is not None and lead.lower_ in _NAMING_LEAD and (lead.dep_ == "acl" and lead.head.pos_ == "NOUN" or any(
            c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN" and c.lemma_.lower() not in person_nouns()
            for c in lead.children)):
        return True
    after = next((t for t in nd.doc[span.end:span.end + 2] if not t.is_quote), None)
    return lead is not None and after is not None and (lead.pos_ in ("DET", "ADJ") or lead.tag_ == "PRP$") \
        and lead.i == span.start - 2 and after.pos_ in ("NOUN", "PROPN") \
        and nd.text[d.start:d.end].rstrip()[-1:] not in ".,!?;:" and not nd.text[d.end:after.idx].strip(_MARKS)


def _clause(nd: NewsDoc, d: _Draft) -> bool:
    """The span holds a subject and its verb."""
    span = nd.doc.char_span(d.start, d.end, alignment_mode="contract")
    return span is not None and any(t.dep_ in ("nsubj", "nsubjpass") and span.start <= t.head.i < span.end
                                    and t.head.pos_ in ("VERB", "AUX") for t in span)


def _headline(words: list[str], any_length: bool = False) -> bool:
    """A short span (any length after a word that names it) in headline case with small words left
    lower case ('Legend in the Coal Fields.', 'Face the Nation,'; the small words are in
    ``data/title_words.txt``): a title, not speech."""
    if len(words) > _MAX_TITLE and not any_length:
        return False
    small = word_list("title_words.txt")
    alpha = [w for w in words if w[:1].isalpha()]
    lower = [w for w in alpha if not w[:1].isupper()]
    return len(alpha) - len(lower) >= 2 and bool(lower) and all(w.lower() in small for w in lower)


def _quote(nd: NewsDoc, d: _Draft, n: int) -> Quote:
    fragments = [nd.span(lo, hi) for lo, hi in d.pieces] if len(d.pieces) > 1 else []
    return Quote(
        id=f"q{n}", type=d.type, start=d.start, end=d.end, text=nd.text[d.start:d.end],
        fragments=fragments, speaker=d.speaker, speaker_mention=d.mention,
        cue=nd.span_of(d.cue) if d.cue is not None else None, confidence=round(min(d.confidence, 0.95), 2),
    )
