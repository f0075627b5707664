"""Matching rules shared by the evaluators: names, content overlap, issue words."""

from __future__ import annotations

import re
import unicodedata

from spacy.lang.en.stop_words import STOP_WORDS

_QUOTE_CHARS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb`"
_WORD = re.compile(r"[a-z0-9]+")


def fold(text: str) -> str:
    """Lower-case, accents and leading 'the' dropped: 'The Russian Foreign Ministry' ~ 'russian foreign ministry'."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower().strip()
    text = re.sub(r"['\u2019]s\b", "", text)
    return re.sub(r"^the\s+", "", " ".join(text.split()))


def gold_names(gold_actor: dict) -> set[str]:
    return {fold(n) for n in [gold_actor["name"], *gold_actor.get("aliases", [])]}


def same_actor(pred_names: list[str], gold_actor: dict, is_person: bool) -> bool:
    """A prediction names the gold actor: any alias, or the same surname for a person."""
    golds = gold_names(gold_actor)
    folded = {fold(n) for n in pred_names if n}
    if folded & golds:
        return True
    if is_person and gold_actor.get("type") == "PERSON":
        surname = fold(gold_actor["name"]).split()[-1]
        return any(n.split() and n.split()[-1] == surname for n in folded)
    return False


def content_chars(text: str) -> str:
    return "".join(ch for ch in text if not ch.isspace() and ch not in _QUOTE_CHARS)


def spans_overlap_enough(a: tuple[int, int], b: tuple[int, int], text: str) -> bool:
    """PolNeAR rule: at least half of the shorter span's content characters are shared."""
    lo, hi = max(a[0], b[0]), min(a[1], b[1])
    if hi <= lo:
        return False
    shared = len(content_chars(text[lo:hi]))
    shorter = min(len(content_chars(text[a[0]:a[1]])), len(content_chars(text[b[0]:b[1]])))
    return shorter > 0 and shared * 2 >= shorter


def stem(word: str) -> str:
    for suffix in ("ations", "ation", "ings", "ing", "ies", "es", "ed", "s", "er"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def issue_words(text: str) -> set[str]:
    return {stem(w) for w in _WORD.findall(fold(text)) if w not in STOP_WORDS and len(w) > 1}
