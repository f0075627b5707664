"""Name keys: how two spellings of one name are recognised as the same.

'François Hollande', 'Francois Hollande' and 'FRANCOIS HOLLANDE' share a key; titles
('President', 'Mr') and a leading 'the' or trailing possessive do not count.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from spacy.language import Language
from spacy.symbols import ORTH

from ..resources import data_path, json_data, word_list

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


@lru_cache(maxsize=1)
def titles() -> frozenset[str]:
    """Honorifics and role words that may precede a person's name ('president', 'mr', 'gen')."""
    return honorifics() | word_list("person_titles.txt")


def honorifics() -> frozenset[str]:
    """Words that precede only a person's name ('mr', 'dr', 'lady'), from ``data/honorifics.txt``."""
    return word_list("honorifics.txt")


def add_title_abbreviations(nlp: Language) -> None:
    """Keep 'Cmdr.' or 'Lt.' one token: split from its stop, the parser ends the sentence there and
    'Cmdr. Kathleen Kessler said' loses its speaker (``data/title_abbreviations.txt``)."""
    for line in data_path("title_abbreviations.txt").read_text(encoding="utf-8").splitlines():
        abbr = line.split("#", 1)[0].strip()
        if abbr:
            nlp.tokenizer.add_special_case(abbr, [{ORTH: abbr}])


@lru_cache(maxsize=3)
def given_names(sex: str | None = None) -> frozenset[str]:
    """Given names marking 'female' or 'male', or (no sex given) all of them, lower case, from
    ``data/given_names.json`` (built by ``scripts/build_given_names.py``)."""
    table = json_data("given_names.json")
    return frozenset(table[sex]) if sex else frozenset(table["female"]) | frozenset(table["male"]) | frozenset(table["either"])


def person_key(text: str) -> str:
    """The name without leading titles: 'President Bashar al-Assad' -> 'bashar al assad'."""
    words = fold(text).replace(".", "").split()
    while len(words) > 1 and words[0].rstrip(".") in titles():
        words = words[1:]
    return " ".join(words)


#: words that go with a surname ('al-Obeidy', 'bin Laden', 'van Gogh'), not given names
_PARTICLES = frozenset({"al", "el", "bin", "ibn", "bint", "de", "da", "di", "du", "van", "von", "der", "den", "la", "le", "del"})
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def fuller_names(keys: set[str]) -> dict[str, str]:
    """Short full name -> the one longer name in ``keys`` it is part of, in order and with the same
    surname: 'ashraf ghani' -> 'mohammed ashraf ghani', 'george bush' -> 'george w bush'. Not across a
    generation ('donald trump' is not 'donald trump jr') and not when two longer names would fit."""
    def within(short: list[str], long: list[str]) -> bool:
        rest = iter(long)
        return all(word in rest for word in short)

    def generation(words: list[str]) -> bool:
        return any(w.rstrip(".") in _SUFFIXES for w in words)

    out = {}
    for key in keys:
        words = key.split()
        fits = [k for k in keys if k != key and surname(k) == surname(key) and not generation(k.split())
                and within(words, k.split())]
        if len(fits) == 1 and not generation(words):
            out[key] = fits[0]
    return out


def full_name(key: str) -> bool:
    """A person key with a given name as well as a surname: not 'al obeidy' or 'bin laden', which
    are a surname with its particle."""
    return len([w for w in key.split() if w not in _PARTICLES]) > 1


def surname(key: str) -> str:
    """The last word of a person key, skipping suffixes ('jr', 'iii')."""
    words = [w for w in key.split() if w.rstrip(".") not in _SUFFIXES]
    return words[-1] if words else key
