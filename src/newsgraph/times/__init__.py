"""Time expressions, resolved to calendar values against the publication date; dates for quotes and events.

``find_times`` finds expressions with a rule grammar (``grammar``, ``detect``) and resolves them
(``resolve``) with the tense of the clause that governs them and the last date the article
named; ``attach_dates`` dates quotes and events by the expression that governs their clause,
else, for that day's news, by the publication date (marked inferred).
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from spacy.tokens import Span as SpacySpan, Token

from ..document import NewsDoc
from ..model import TimeExpression
from ..resources import word_list
from .detect import find_spans
from .grammar import lexicon, rules
from .resolve import Context, Value, clock_time, resolve

__all__ = ["find_times", "date_for", "attach_dates", "pub_date_from_dateline"]

_VERBS = ("VERB", "AUX")
_MODALS = frozenset("can could may might must should ought".split())
#: clauses with a time of their own: a date outside them does not date them
_EMBEDDED = frozenset({"ccomp", "relcl", "acl", "csubj", "csubjpass", "parataxis"})


@lru_cache(maxsize=1)
def _reporting_lemmas() -> frozenset[str]:
    """Reporting verbs ("say", "tell"): the first word of each line of the quotes stage's cue lexicon."""
    return frozenset(line.split()[0] for line in word_list("cue_verbs.txt"))


def find_times(nd: NewsDoc) -> list[TimeExpression]:
    """Every time expression in the article, in text order, with its calendar value or null."""
    pub = dt.date.fromisoformat(nd.info.pub_date) if nd.info.pub_date else None
    found: list[TimeExpression] = []
    last: tuple = ()  # (day, written in full, names a day) of the last date the article named
    for f in find_spans(nd.text, nd.doc):
        span = nd.doc.char_span(f.start, f.end, alignment_mode="expand")
        ctx = Context(pub, _tense(span) if span is not None else None, *last)
        v = resolve(nd.text[f.start:f.end] if f.clock is None else _day_part(nd.text, f), f.rule, ctx)
        if f.clock is not None:
            v = _with_clock(v, nd.text[f.clock[0]:f.clock[1]])
        if v.value and v.kind in ("date", "datetime", "month", "year"):
            last = (_first_day(v.value), v.anchor == "absolute", v.kind in ("date", "datetime"))
        s = nd.span(f.start, f.end)
        found.append(TimeExpression(
            id=f"t{len(found) + 1}", start=s.start, end=s.end, text=s.text, value=v.value, kind=v.kind,
            anchor=v.anchor if v.value else ("unanchored" if f.rule not in ("vague", "duration", "set") else None),
            weekday=v.weekday, confidence=v.confidence,
        ))
    return found


def _day_part(text: str, f) -> str:
    """The phrase with its merged clock time cut out, so the day rule reads it alone."""
    cs, ce = f.clock
    return (text[f.start:cs] + text[ce:f.end]).strip(" ,(")


def _with_clock(v: Value, clock: str) -> Value:
    hhmm = clock_time(clock)
    if v.value is None or hhmm is None or len(v.value) != 10:
        return v
    return Value(f"{v.value}T{hhmm}", "datetime", v.anchor, v.weekday, v.confidence)


def _first_day(value: str) -> dt.date | None:
    head = value.split("/")[0][:10]
    try:
        return dt.date.fromisoformat(head + "-01-01"[len(head) - 4:] if len(head) < 10 else head)
    except ValueError:
        return None


def _governing_verb(span: SpacySpan) -> Token | None:
    tok = span.root
    for _ in range(40):  # a parse tree is shallow; the bound keeps bad parses linear
        if tok.head is tok:
            return tok if tok.pos_ in _VERBS else None
        tok = tok.head
        if tok.pos_ in _VERBS and not (span.start <= tok.i < span.end):
            return tok
    return None


def _tense(span: SpacySpan) -> str | None:
    """"past" or "future" for the clause that governs a time expression, None when unclear."""
    head = span.root.head
    if head.lemma_.lower() in lexicon()["future_nouns"] or _ahead_of(span):
        return "future"  # "a Tuesday deadline", "ahead of Friday's talks"
    verb = _governing_verb(span)
    return _verb_tense(verb) if verb is not None else None


def _ahead_of(span: SpacySpan) -> bool:
    doc = span.doc
    return span.start >= 2 and doc[span.start - 2].lower_ == "ahead" and doc[span.start - 1].lower_ == "of"


def _verb_tense(verb: Token) -> str | None:
    """Tense by the finite word of the verb group; infinitives take their governor's."""
    lex = lexicon()
    auxes = {c.lower_: c for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if set(auxes) & set(lex["future_auxiliaries"]) or set(auxes) & _MODALS:
        return "future"
    if "would" in auxes:
        return None if "have" in auxes else "future"
    if "to" in auxes:
        governor = verb.head.lemma_.lower()
        return "future" if governor in lex["future_governors"] or governor == "be" else None
    finite = next((a for a in auxes.values() if a.tag_ in ("VBD", "VBZ", "VBP")), verb)
    if finite.tag_ in ("VBD",) or (finite is verb and verb.tag_ == "VBN"):
        return "past"
    if finite.tag_ in ("VBZ", "VBP"):
        perfect = finite.lemma_ == "have" and verb.tag_ == "VBN"
        reporting = verb.lemma_.lower() in _reporting_lemmas()
        return "past" if perfect or reporting else None
    return None


def pub_date_from_dateline(dateline_text: str) -> str | None:
    """The full date a dateline carries ("LONDON, June 1, 2012 (Reuters)"); None without a year."""
    for name, rx in rules():
        if name in ("date_md", "date_dm", "iso"):
            m = rx.search(dateline_text)
            if m:
                v = resolve(m.group(0), name, Context(None))
                if v.value and v.anchor == "absolute":
                    return v.value
    return None


_GOVERNOR_CANDIDATES = 20


def _governor(nd: NewsDoc, start: int, end: int, *, speech: bool = False) -> tuple[TimeExpression | None, bool]:
    """(the expression governing the item at [start, end), whether its sentence names a date).

    A speech act (``speech``) reported as what someone said ("saying the rebels were guilty")
    happens when it is said: it is anchored on the reporting verb.
    """
    item = nd.doc.char_span(start, end, alignment_mode="expand")
    if item is None:
        return None, False
    anchor = _reporting_verb(item.root) if speech else item.root
    sent = anchor.sent
    in_sent = nd.times_within(sent.start_char, sent.end_char)
    best, best_dist = None, None
    # the nearest few in the text: a run-on 'sentence' of a whole page may hold hundreds
    near = sorted(in_sent, key=lambda t: abs(t.start - anchor.idx))[:_GOVERNOR_CANDIDATES]
    for t in sorted(near, key=lambda t: t.start):
        span = nd.doc.char_span(t.start, t.end, alignment_mode="expand")
        dist = _distance(span, anchor) if span is not None else None
        if dist is not None and (best_dist is None or dist < best_dist):
            best, best_dist = t, dist
    return best, any(t.value for t in in_sent)


def _reporting_verb(tok: Token) -> Token:
    """The reporting verb whose clausal complement holds ``tok``, else ``tok``."""
    verb = _clause_verb(tok)
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _reporting_lemmas():
        return verb.head
    return tok


def _distance(span: SpacySpan, anchor: Token) -> int | None:
    """Tree steps from a time expression up to the item it dates; through no other verb.

    A date in the item's own subtree ("the massacre last week") is closest; one on the verb
    of the item's clause ("Annan on Friday voiced ...") next; none across a clause boundary.
    """
    tok, steps = span.root, 0
    for _ in range(40):
        if tok == anchor:
            return steps
        if steps and tok.pos_ in _VERBS and tok.dep_ != "xcomp":  # "failed to win ... on Friday"
            return 100 + steps if tok == _clause_verb(anchor) else None
        if tok.head is tok:
            return None
        tok, steps = tok.head, steps + 1
    return None


def _clause_verb(tok: Token) -> Token:
    for _ in range(40):
        if tok.pos_ in _VERBS or tok.head is tok:
            return tok
        tok = tok.head
    return tok


def _todays_news(anchor: Token) -> bool:
    """Whether the item is reported in the main clause, in the past or present, as plain news."""
    tok = anchor
    for _ in range(40):
        if tok.dep_ in _EMBEDDED:
            return False
        if tok.head is tok:
            break
        tok = tok.head
    auxes = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
    if "had" in auxes or tok.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
        return False
    return _verb_tense(tok) != "future"


def date_for(nd: NewsDoc, start: int, end: int) -> str | None:
    """The value of the time expression governing the clause around ``[start, end)``, or None."""
    governing, _ = _governor(nd, start, end)
    return governing.value if governing else None


def _date_item(nd: NewsDoc, start: int, end: int, *, can_infer: bool, speech: bool = False) -> tuple[str | None, bool]:
    governing, named = _governor(nd, start, end, speech=speech)
    if governing is not None:
        return governing.value, False
    if named or not can_infer or not nd.info.pub_date or _quoted(nd, start):
        return None, False
    item = nd.doc.char_span(start, end, alignment_mode="expand")
    anchor = None if item is None else _reporting_verb(item.root) if speech else item.root
    return (nd.info.pub_date, True) if anchor is not None and _todays_news(anchor) else (None, False)


def _quoted(nd: NewsDoc, at: int) -> bool:
    """Whether ``at`` lies inside a direct quotation: what a speaker says happened is not the day's news."""
    return any(q.type != "indirect" for q in nd.quotes_at(at))


def attach_dates(nd: NewsDoc) -> None:
    """Date quotes (by their cue) and events (by their trigger); pub_date for the day's news, inferred."""
    for q in nd.quotes:
        if q.date is None:
            at = q.cue or q
            q.date, q.date_inferred = _date_item(nd, at.start, at.end, can_infer=q.cue is not None)
    for e in nd.events:
        if e.date is None:
            can = not (e.future or e.hypothetical)
            speech = e.quad_class in (1, 3)  # verbal cooperation or conflict: a speech act
            e.date, e.date_inferred = _date_item(nd, e.trigger.start, e.trigger.end, can_infer=can, speech=speech)
