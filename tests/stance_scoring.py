"""Matching predicted stances to our hand annotation (tests/fixtures/stances_news.json).

A prediction matches a gold stance when its holder names the gold holder (canonical name or any
alias, folded), the polarity is the same and the two issues share a content stem (the rule of
``newsgraph eval``); each gold stance and each prediction is used once, best overlap first.
"""

from __future__ import annotations

from newsgraph.evaluation.matching import issue_words, same_actor


def holder_names(record, actor_id: str) -> list[str]:
    actor = record.actor(actor_id)
    return [actor.name, *(m.text for m in actor.mentions)] if actor else []


def match_article(record, gold_stances: list[dict]) -> list[tuple[dict, object]]:
    candidates = []
    for gi, g in enumerate(gold_stances):
        gold_actor = {"name": g["holder"], "aliases": g.get("aliases", [])}
        want = issue_words(g["issue"])
        for s in record.stances:
            if s.polarity != g["polarity"] or not same_actor(holder_names(record, s.holder), gold_actor, False):
                continue
            overlap = len(want & issue_words(s.issue))
            if overlap:
                candidates.append((-overlap, gi, s.id, g, s))
    pairs, used_gold, used_pred = [], set(), set()
    for _, gi, sid, g, s in sorted(candidates, key=lambda c: c[:3]):
        if gi in used_gold or sid in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(sid)
        pairs.append((g, s))
    return pairs
