"""Events: who did what to whom, where, coded to PLOVER and CAMEO, with evidence.

A trigger lexicon over the dependency parse (:mod:`.lexicon`) proposes CAMEO codes; the
governing verbs reframe them (:mod:`.modality`: "agreed to visit" is an AGREE, "failed to
win the backing" no cooperation at all); arguments resolve to actors (:mod:`.arguments`).
Mentions of one happening are merged into one event with several evidence spans.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan, Token

from ..document import NewsDoc
from ..model import Event
from ..times import date_for
from .arguments import actors_of, agent_of, mention_index, noun_agent, patients, place_of, sentence_place
from .lexicon import code, governors, match, objects
from .modality import Reading, obligations, read, statement_only

__all__ = ["find_events"]


def _fail_to_win(tok: Token) -> Token | None:
    """'X failed to win the backing of Y': the support noun, when the sentence says so."""
    g = governors()
    if tok.lemma_.lower() not in g["fail"]:
        return None
    for verb in (c for c in tok.children if c.dep_ == "xcomp" and c.lemma_.lower() in g["win"]):
        noun = next((o for o in objects(verb) if o.lemma_.lower() in g["support_nouns"]), None)
        if noun is not None:
            return noun
    return None


def _governed_noun(tok: Token) -> bool:
    """An event noun that is the object of a refusal, threat, request or promise is that act's content."""
    if tok.pos_ != "NOUN" or tok.dep_ not in {"dobj", "pobj"}:
        return False
    head = tok.head.head if tok.dep_ == "pobj" else tok.head
    g = governors()
    return any(head.lemma_.lower() in g[k] for k in ("refuse", "threat", "request", "intent", "fail"))


def _candidates(sent: SpacySpan) -> list[tuple[Token, Reading, dict]]:
    """Triggers with their readings, less those another trigger stands for ("agreed to meet": one event)."""
    found, absorbed = [], set()
    for tok in sent:
        hit = match(tok)
        if hit is None or statement_only(tok) or _governed_noun(tok):
            continue
        row, cameo = hit
        if "obj" in row:
            absorbed.update(o.i for o in objects(tok) if o.lemma_.lower() in row["obj"])
        reading = read(tok, cameo)
        if reading is not None:
            found.append((tok, reading, row))
            absorbed |= reading.absorbed
    return [c for c in found if c[0].i not in absorbed]


def _subordinate(tok: Token, triggers: set[int]) -> bool:
    """An act in the purpose or participle clause of another act ("staged protests to demand ...")."""
    head = tok.head.head if tok.head.dep_ == "prep" else tok.head
    return tok.dep_ in {"advcl", "xcomp", "acl", "relcl", "pcomp"} and head.i in triggers


def _confidence(tok: Token, reading: Reading, has_args: bool, subordinate: bool) -> float:
    """Frame-specific, main-clause, argument-bearing triggers are the surer ones."""
    score = 0.5 + 0.1 * (tok.dep_ in {"ROOT", "ccomp", "conj"}) + 0.15 * has_args + 0.1 * (tok.pos_ == "VERB")
    if reading.hypothetical or reading.negated or subordinate:
        score -= 0.15
    return round(min(score, 0.95), 2)


def _reporter(nd: NewsDoc, index: dict, quote, reading: Reading) -> str | None:
    """Who reports the event: the speaker of the quote it is in, else the subject of the report verb above it."""
    if quote is not None and quote.speaker:
        return quote.speaker
    sayer = agent_of(reading.reporter) if reading.reporter is not None else None
    return next(iter(actors_of(nd, index, sayer)), None) if sayer is not None else None


def _sayer_above(tok: Token) -> Token | None:
    """The subject of the report verb a clause is the content of ('Iraq announced that it is ...')."""
    for _ in range(4):
        if tok.dep_ not in {"ccomp", "xcomp", "acomp", "conj"} or tok.head is tok:
            return None
        tok = tok.head
        if tok.lemma_.lower() in governors()["report"]:
            return agent_of(tok)
    return None


def _countryless(nd: NewsDoc, ids: list[str]) -> bool:
    return all(not getattr(nd.actor(a), "country", None) for a in ids)


def _event(nd: NewsDoc, index: dict, tok: Token, reading: Reading, role: str | None, subordinate: bool) -> Event:
    c = reading.code
    if tok.pos_ == "NOUN":
        agent = noun_agent(tok)
    else:
        agent = agent_of(reading.agent_node)
    if role == "subject_target":  # "the rebels were guilty": the copula's subject is accused
        targets = [s for s in (tok.head if tok.dep_ == "acomp" else tok).children if s.dep_ == "nsubj"]
        agent = agent_of(reading.reporter) if reading.reporter is not None else None
    else:  # a threat, refusal or request is aimed at whom its content is aimed at ("threatened to cut ties with X")
        targets = patients(tok) or [t for c in tok.children if c.dep_ == "xcomp" for t in patients(c)]
    quote = nd.quote_at(tok.idx)
    source = actors_of(nd, index, agent, agent=True) if agent is not None else []
    if not source and agent is not None and agent.pos_ == "PRON":
        # "Iraq said it would ...": the reported clause's pronoun is the sayer
        sayer = agent_of(reading.reporter) if reading.reporter is not None else _sayer_above(agent.head)
        source = actors_of(nd, index, sayer, agent=True) if sayer is not None else []
    if not source and quote is not None and agent is not None and agent.lower_ in governors()["first_person"]:
        source = [quote.speaker] if quote.speaker else []
    place = place_of(nd, index, tok)
    target = [a for t in targets for a in actors_of(nd, index, t) if a not in source and a != place]
    # Unnamed or uncoded parties take the country of where it happened, as PLOVER coders do
    # ('police in Kabul' -> AFG; 'imposed a curfew in Algiers' -> target DZA), at lower confidence.
    inherited = False
    where = place or sentence_place(nd, index, tok.sent)
    if where is not None:
        if agent is not None and agent.pos_ == "NOUN" and _countryless(nd, source) and where not in target:
            source, inherited = source + [where], True
        if _countryless(nd, target) and c.plover in governors()["place_as_target"] and where not in target:
            target, inherited = target + [where], True
    return Event(
        id="", category=c.plover, mode=c.mode, cameo=c.cameo, quad_class=c.quad_class, goldstein=c.goldstein,
        trigger=nd.span_of(tok), evidence=[nd.span_of(tok.sent)], source=source, target=list(dict.fromkeys(target)),
        place=place, negated=reading.negated, hypothetical=reading.hypothetical, future=reading.future,
        reported_by=_reporter(nd, index, quote, reading), quote=quote.id if quote is not None else None,
        confidence=round(_confidence(tok, reading, bool(source or target), subordinate) - 0.1 * inherited, 2),
    )


def _fail_event(nd: NewsDoc, index: dict, fail: Token, noun: Token) -> Event:
    """'X failed to win the backing of Y' reports Y's refusal of X (CAMEO 120), not support."""
    giver = [g for c in noun.children if c.dep_ == "prep" and c.lower_ in {"of", "from"} for g in c.children if g.dep_ == "pobj"]
    source = [a for g in giver for a in actors_of(nd, index, g)]
    subject = agent_of(fail)
    target = [a for a in (actors_of(nd, index, subject) if subject is not None else []) if a not in source]
    c = code("120")
    return Event(
        id="", category=c.plover, cameo=c.cameo, quad_class=c.quad_class, goldstein=c.goldstein,
        trigger=nd.span_of(fail), evidence=[nd.span_of(fail.sent)], source=source, target=target,
        place=place_of(nd, index, fail.head if fail.dep_ != "ROOT" else fail),
        quote=getattr(nd.quote_at(fail.idx), "id", None), confidence=0.6,
    )


def _args_agree(x: list[str], y: list[str]) -> bool:
    return not x or not y or bool(set(x) & set(y))


def _request_event(nd: NewsDoc, index: dict, clause: Token, reporter: Token) -> Event:
    """'A said B must do C' is A's request to B (CAMEO 020)."""
    asker = agent_of(reporter)
    asked = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    source = actors_of(nd, index, asker, agent=True) if asker is not None else []
    target = [a for a in (actors_of(nd, index, asked) if asked is not None else []) if a not in source]
    quote = nd.quote_at(clause.idx)
    c = code("020")
    return Event(
        id="", category=c.plover, cameo=c.cameo, quad_class=c.quad_class, goldstein=c.goldstein,
        trigger=nd.span_of(clause), evidence=[nd.span_of(clause.sent)], source=source, target=target,
        quote=quote.id if quote is not None else None, confidence=0.7 if source or target else 0.55,
    )


def _same_happening(a: Event, b: Event, dates: dict[str, str | None]) -> bool:
    """One happening: same category and CAMEO code, compatible place and date, and either the
    same trigger word with no arguments on either side, or a shared actor and no contradicting one."""
    if a.category != b.category or a.negated != b.negated or a.cameo != b.cameo:
        return False
    if (a.place and b.place and a.place != b.place) or None not in (dates.get(a.id), dates.get(b.id)) and dates[a.id] != dates[b.id]:
        return False
    bare = not (a.source or a.target) and not (b.source or b.target)
    if bare:
        return a.trigger.text.lower() == b.trigger.text.lower()
    shared = set(a.source) & set(b.source) or set(a.target) & set(b.target)
    return bool(shared) and _args_agree(a.source, b.source) and _args_agree(a.target, b.target)


def _merge(nd: NewsDoc, events: list[Event]) -> list[Event]:
    """Fold repeated mentions of one happening into the first, keeping every evidence sentence."""
    for i, e in enumerate(events):
        e.id = f"e{i + 1}"
    dates = {e.id: date_for(nd, e.trigger.start, e.trigger.end) for e in events}
    kept: list[Event] = []
    #: only events of one category, polarity and code can be one happening
    kept_by_kind: dict[tuple, list[Event]] = {}
    #: kept event id -> the (start, end) of its evidence sentences
    sentences: dict[str, set[tuple[int, int]]] = {}
    for e in events:
        peers = kept_by_kind.setdefault((e.category, e.negated, e.cameo), [])
        where = (e.evidence[0].start, e.evidence[0].end)
        same = next((k for k in peers if _same_happening(k, e, dates) and where not in sentences[k.id]), None)
        if same is None:
            kept.append(e)
            peers.append(e)
            sentences[e.id] = {where}
            continue
        sentences[same.id].add(where)
        same.evidence.append(e.evidence[0])
        same.source = same.source or e.source
        same.target = same.target or e.target
        same.place = same.place or e.place
        same.confidence = max(same.confidence, e.confidence)
    for i, e in enumerate(kept):
        e.id = f"e{i + 1}"
    return kept


def find_events(nd: NewsDoc) -> list[Event]:
    """Every event the article reports, one per happening, each with trigger and evidence spans."""
    index = mention_index(nd)
    found: list[Event] = []
    for sent in nd.doc.sents:
        cands = _candidates(sent)
        triggers = {t.i for t, _, _ in cands}
        for tok, reading, row in cands:
            found.append(_event(nd, index, tok, reading, row.get("role"), _subordinate(tok, triggers)))
        for clause, reporter in obligations(sent):
            found.append(_request_event(nd, index, clause, reporter))
        for tok in sent:
            noun = _fail_to_win(tok)
            if noun is not None:
                found.append(_fail_event(nd, index, tok, noun))
    return _merge(nd, found)
