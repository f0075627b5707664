"""Events: who did what to whom, coded to PLOVER (and CAMEO where the verb says).

First level: a verb lexicon (``data/event_verbs.jsonl``) over the dependency parse; the
subject is the source, the object the target, both mapped to actors; negation marks
``negated``; the sentence's resolved time expression gives the date.
"""

from __future__ import annotations

from functools import lru_cache

from .actors import resolve_reference
from .document import NewsDoc
from .model import Event
from .resources import jsonl


@lru_cache(maxsize=1)
def _verbs() -> dict[str, dict]:
    return {row["lemma"]: row for row in jsonl("event_verbs.jsonl")}


def _arg(nd: NewsDoc, verb, deps) -> list[str]:
    ids = []
    for child in verb.children:
        heads = [child] + ([g for g in child.children if g.dep_ == "pobj"] if child.dep_ == "prep" else [])
        for tok in heads:
            if tok.dep_ in deps:
                actor = resolve_reference(nd, tok) or nd.actor_at(tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge))
                if actor and actor not in ids:
                    ids.append(actor)
    return ids


def find_events(nd: NewsDoc) -> list[Event]:
    found = []
    for tok in nd.doc:
        row = _verbs().get(tok.lemma_.lower()) if tok.pos_ == "VERB" else None
        if row is None:
            continue
        sent = tok.sent
        found.append(Event(
            id=f"e{len(found) + 1}", category=row["plover"], mode=row.get("mode"), cameo=row.get("cameo"),
            trigger=nd.span_of(tok), evidence=[nd.span_of(sent)],
            source=_arg(nd, tok, {"nsubj"}), target=_arg(nd, tok, {"dobj", "pobj", "nsubjpass"}),
            negated=any(c.dep_ == "neg" for c in tok.children), confidence=0.5,
        ))
    return found
