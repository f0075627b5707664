"""Stances: who stands where on which issue, and where actors disagree.

First level: a SUPPORT or REQUEST event is support for its object, REJECT/ACCUSE opposition;
the issue is the event's object phrase, in the article's own words.
"""

from __future__ import annotations

from collections import defaultdict

from .document import NewsDoc
from .model import Disagreement, Stance

_POLARITY = {"SUPPORT": "support", "REQUEST": "support", "AGREE": "support", "REJECT": "oppose", "ACCUSE": "oppose"}


def find_stances(nd: NewsDoc) -> list[Stance]:
    found = []
    for event in nd.events:
        polarity = _POLARITY.get(event.category)
        if polarity is None or not event.source:
            continue
        tok = nd.doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")[0]
        obj = next((c for c in tok.children if c.dep_ in {"dobj", "ccomp", "xcomp"}), None)
        if obj is None:
            continue
        issue = nd.doc[obj.left_edge.i: obj.right_edge.i + 1].text
        if event.negated:
            polarity = "oppose" if polarity == "support" else "support"
        found.append(Stance(
            id=f"s{len(found) + 1}", holder=event.source[0], issue=issue, polarity=polarity,
            evidence=event.evidence[0], confidence=0.4,
        ))
    return found


def find_disagreements(nd: NewsDoc) -> list[Disagreement]:
    sides: dict[str, dict[str, set]] = defaultdict(lambda: {"support": set(), "oppose": set()})
    evidence = defaultdict(list)
    for s in nd.stances:
        key = s.issue.lower()
        sides[key][s.polarity].add(s.holder)
        evidence[key].append(s.evidence)
    return [
        Disagreement(issue=issue, supporters=sorted(v["support"]), opponents=sorted(v["oppose"]), evidence=evidence[issue])
        for issue, v in sides.items() if v["support"] and v["oppose"]
    ]
