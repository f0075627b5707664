"""Name keys: how two spellings of one name are recognised as the same.

'François Hollande', 'Francois Hollande' and 'FRANCOIS HOLLANDE' share a key; titles
('President', 'Mr') and a leading 'the' or trailing possessive do not count.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..resources import word_list

_NON_WORD = re.compile(r"[^a-z0-9.&' ]+")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case ASCII words: accents, hyphens, leading 'the' and a trailing 's dropped."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    text = text.replace("\u2019", "'")
    text = re.sub(r"'s\b|'$", "", text)
    text = _NON_WORD.sub(" ", text.replace("-", " "))
    words = text.replace("'", "").split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def titles() -> frozenset[str]:
    """Honorifics and role words that may precede a person's name ('president', 'mr', 'gen')."""
    return word_list("person_titles.txt")


def person_key(text: str) -> str:
    """The name without leading titles: 'President Bashar al-Assad' -> 'bashar al assad'."""
    words = fold(text).replace(".", "").split()
    while len(words) > 1 and words[0].rstrip(".") in titles():
        words = words[1:]
    return " ".join(words)


def surname(key: str) -> str:
    """The last word of a person key, skipping suffixes ('jr', 'iii')."""
    words = [w for w in key.split() if w.rstrip(".") not in {"jr", "sr", "ii", "iii", "iv"}]
    return words[-1] if words else key
