"""The stance lexicon (``data/stance_lexicon.json``), loaded once, as sets and lookup maps."""

from __future__ import annotations

from functools import lru_cache
from types import SimpleNamespace

from ..resources import json_data


@lru_cache(maxsize=1)
def lex() -> SimpleNamespace:
    """Every list as a frozenset, every mapping as a dict, plus ``concept_of`` (word -> concept), ``event_class`` (event noun -> class) and
    ``triggers`` (every word a frame can fire on)."""
    raw = json_data("stance_lexicon.json")
    out = {k: frozenset(v) if isinstance(v, list) else v for k, v in raw.items() if not k.startswith("_")}
    out["responsibility"] = {k: frozenset(v) for k, v in raw["responsibility"].items()}
    out["agent_sides"] = {k: frozenset(v) for k, v in raw["agent_sides"].items()}
    concept_of: dict[str, str] = {}
    for concept, words in raw["concepts"].items():
        for word in words:
            concept_of.setdefault(word, concept)
    out["concept_of"] = concept_of
    out["event_class"] = {w: cls for cls, words in raw["event_classes"].items() for w in words}
    out["triggers"] = frozenset().union(
        *(raw[k] for k in ("support_verbs", "oppose_verbs", "passive_only_support", "request_verbs", "support_adjectives",
                           "oppose_adjectives", "stance_nouns", "role_nouns", "deny_verbs", "outcome_verbs", "lead_verbs")),
        *raw["responsibility"].values(), {"be", "without"})
    return SimpleNamespace(**out)
