"""The stance lexicon (``data/stance_lexicon.json``), loaded once, as sets and lookup maps."""

from __future__ import annotations

from functools import lru_cache
from types import SimpleNamespace

from ..resources import json_data


@lru_cache(maxsize=1)
def lex() -> SimpleNamespace:
    """Every list as a frozenset, every mapping as a dict, plus ``concept_of`` (word -> concept) and ``event_class`` (event noun -> class)."""
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
    return SimpleNamespace(**out)
