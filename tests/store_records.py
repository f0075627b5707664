"""Hand-built records for the store tests: short made-up texts, offsets found with str.index."""

from __future__ import annotations

import hashlib

from newsgraph.model import Actor, ArticleInfo, Event, PipelineInfo, Quote, Record, Span, Stance


def span(text: str, part: str) -> Span:
    start = text.index(part)
    return Span(start=start, end=start + len(part), text=part)


def record(text: str, pub_date: str, *, actors=(), events=(), quotes=(), stances=(), id=None) -> Record:
    """A Record over ``text``; items are given as tuples (see the builders below)."""
    info = ArticleInfo(id=id, pub_date=pub_date, chars=len(text), text=text,
                       sha256=hashlib.sha256(text.encode()).hexdigest())
    acts = [Actor(id=f"a{i}", name=name, type=kind, country=country, mentions=[span(text, mention)])
            for i, (name, kind, country, mention) in enumerate(actors)]
    by_name = {a.name: a.id for a in acts}
    evs = [Event(id=f"e{i}", category=cat, goldstein=gold, trigger=span(text, trig), evidence=[span(text, sentence)],
                 source=[by_name[s] for s in src], target=[by_name[t] for t in tgt], date=date, confidence=0.8,
                 place=by_name.get(where[0]) if where else None)
           for i, (cat, gold, trig, sentence, src, tgt, date, *where) in enumerate(events)]
    qs = [Quote(id=f"q{i}", type="direct", text=(s := span(text, said)).text, start=s.start, end=s.end,
                speaker=by_name[who], date=date, confidence=0.9) for i, (who, said, date) in enumerate(quotes)]
    sts = [Stance(id=f"s{i}", holder=by_name[who], issue=issue, issue_id=f"i{i}", polarity=pol,
                  evidence=span(text, ev), confidence=0.7)
           for i, (who, issue, pol, ev) in enumerate(stances)]
    return Record(article=info, pipeline=PipelineInfo(version="test", model="none"), actors=acts, events=evs,
                  quotes=qs, stances=sts)


PARIS = ("Vladimir Putin met Francois Hollande in Paris on Friday. Hollande said sanctions were needed. "
         "Putin rejected sanctions. \"Sanctions do not work,\" Putin said.")
HOULA = "Syrian forces killed civilians in Houla last week. France accused Syria of the massacre."
HOULA_WIRE = "Syrian forces killed civilians in Houla, activists said. France accused Syria of the massacre on Monday."
PUTIN_ONLY = "Putin met Hollande again in Paris. Putin said sanctions were wrong."


def paris() -> Record:
    return record(PARIS, "2012-06-01", id="paris", actors=[
        ("Vladimir Putin", "PERSON", "RUS", "Vladimir Putin"), ("Francois Hollande", "PERSON", "FRA", "Francois Hollande")],
        events=[("CONSULT", 1.0, "met", "Vladimir Putin met Francois Hollande in Paris on Friday.",
                 ["Vladimir Putin"], ["Francois Hollande"], "2012-06-01")],
        quotes=[("Vladimir Putin", "Sanctions do not work,", "2012-06-01")],
        stances=[("Francois Hollande", "sanctions", "support", "Hollande said sanctions were needed."),
                 ("Vladimir Putin", "sanctions", "oppose", "Putin rejected sanctions.")])


def houla(text: str = HOULA, pub_date: str = "2012-05-28", id: str = "houla") -> Record:
    return record(text, pub_date, id=id, actors=[
        ("Syria", "COUNTRY", "SYR", "Syrian"), ("France", "COUNTRY", "FRA", "France"), ("Houla", "PLACE", "SYR", "Houla")],
        events=[("ASSAULT", -10.0, "killed", text.split(".")[0] + ".", [], [], "2012-W21", "Houla"),
                ("ACCUSE", -2.0, "accused", "France accused Syria of the massacre", ["France"], ["Syria"], pub_date)])


def putin_again() -> Record:
    return record(PUTIN_ONLY, "2012-06-02", id="again", actors=[
        ("Putin", "PERSON", "RUS", "Putin"), ("Hollande", "PERSON", "FRA", "Hollande")],
        events=[("CONSULT", 1.0, "met", "Putin met Hollande again in Paris.", ["Putin"], ["Hollande"], "2012-06-01")],
        stances=[("Putin", "sanctions", "oppose", "Putin said sanctions were wrong.")])
