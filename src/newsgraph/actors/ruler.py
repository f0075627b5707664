"""Entity rulers fed by the gazetteers, so names are found where the small model stumbles.

Two rulers run before spaCy's NER (which keeps what they set): one matches lower-cased
phrases (countries, capitals, multi-word organisations and people from Phoenix), so wire
headlines in capitals match too; one matches acronyms exactly as written ('UN', 'NATO', 'US').
"""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language

from .lexicon import capitals, countries, phoenix, roles
from .names import titles

RULER = "newsgraph_ruler"
ACRONYMS = "newsgraph_acronyms"


def _plain(name: str) -> bool:
    """A Phoenix name worth a pattern: words only, no role words that start a description."""
    words = name.split()
    return all(w.replace(".", "").replace("'", "").isalnum() for w in words) and not (set(words) & titles())


@lru_cache(maxsize=1)
def phrase_patterns() -> tuple[tuple[str, str], ...]:
    """(label, lower-case phrase) for the LOWER ruler."""
    out: dict[str, str] = {}
    for name in capitals():
        out[name] = "GPE"
    for name in countries():
        if len(name) > 3:
            out[name] = "GPE"
    for name, entries in phoenix().items():
        if len(name.split()) < 2 or name in out or not _plain(name) or len(entries) != 1:
            continue
        kind = entries[0].kind
        if kind == "person":
            out[name] = "PERSON"
        elif kind == "org":
            out[name] = "ORG"
    return tuple((label, name) for name, label in sorted(out.items()))


@lru_cache(maxsize=1)
def acronym_patterns() -> tuple[tuple[str, str], ...]:
    """(label, acronym) for the exact-case ruler: Phoenix organisation acronyms and country codes."""
    out = {alias.upper(): "GPE" for alias in roles()["country_aliases"] if alias.replace(".", "").isupper()}
    for name, entries in phoenix().items():
        word = name.replace(".", "")
        if " " in name or not (2 <= len(word) <= 5) or not word.isalpha() or len(entries) != 1:
            continue
        if entries[0].kind == "org" and name.upper() not in out:
            out[name.upper()] = "ORG"
    return tuple((label, text) for text, label in sorted(out.items()))


def add_entity_ruler(nlp: Language) -> None:
    """Add the two rulers first in the pipeline (once): they need only tokens, NER keeps their spans,
    and being first, adding 27k phrase patterns only tokenises them (seconds, not minutes)."""
    if RULER in nlp.pipe_names:
        return
    lower = nlp.add_pipe("entity_ruler", name=RULER, config={"phrase_matcher_attr": "LOWER"}, first=True)
    lower.add_patterns([{"label": label, "pattern": text} for label, text in phrase_patterns()])
    exact = nlp.add_pipe("entity_ruler", name=ACRONYMS, config={"phrase_matcher_attr": "ORTH"}, after=RULER)
    exact.add_patterns([{"label": label, "pattern": text} for label, text in acronym_patterns()])
