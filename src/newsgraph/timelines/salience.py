"""How strongly a sentence reports an event: the largest |Goldstein| weight of its event words.

The light path has no parse, so it reads the events stage's own tables (``event_verbs.jsonl``:
lemma -> CAMEO code; ``cameo.jsonl``: code -> Goldstein weight) and undoes regular English
inflection by suffix rules. A sentence saying troops *attacked* (-9) or a council *imposed*
sanctions (-8) outranks one saying someone *discussed* something (1).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import resources

_WORD = re.compile(r"[a-z]+")


@lru_cache(maxsize=1)
def _weights() -> dict[str, float]:
    """Event lemma -> |Goldstein| / 10 (0..1)."""
    goldstein = {c["code"]: c.get("goldstein") for c in resources.jsonl("cameo.jsonl")}
    found: dict[str, float] = {}
    for entry in resources.jsonl("event_verbs.jsonl"):
        g = goldstein.get(entry.get("cameo"))
        if g is not None:
            found[entry["lemma"]] = max(found.get(entry["lemma"], 0.0), abs(g) / 10)
    return found


def _lemmas(word: str):
    yield word
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"),
                         ("d", ""), ("ing", ""), ("ing", "e")):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)] + repl
            yield stem
            if repl == "" and len(stem) > 3 and stem[-1] == stem[-2]:  # stopped -> stop
                yield stem[:-1]


@lru_cache(maxsize=65536)
def _word_weight(word: str) -> float:
    weights = _weights()
    return max((weights.get(lemma, 0.0) for lemma in _lemmas(word)), default=0.0)


def event_salience(sentence: str) -> float:
    """0 (no event word) to 1 (an event of the strongest Goldstein weight)."""
    return max((_word_weight(w) for w in _WORD.findall(sentence.lower())), default=0.0)
