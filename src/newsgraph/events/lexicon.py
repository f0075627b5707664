"""The event lexicon: which token, in which frame, triggers which CAMEO code.

Rows of ``data/event_verbs.jsonl`` name a lemma, the parts of speech it triggers as, and
optional frame conditions (an object lemma, a particle or preposition, a compound, the
trigger's own dependency); rows are tried most specific first. The CAMEO code gives the
PLOVER category, mode, quad class and Goldstein score through ``data/cameo.jsonl``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from ..resources import json_data, jsonl

_OBJECT_DEPS = {"dobj", "attr", "nsubjpass", "oprd", "dative"}
_NOUN_FRAME_DEPS = {"compound", "amod", "nmod"}


@dataclass(frozen=True)
class Code:
    """One CAMEO code with its PLOVER reading."""

    cameo: str
    plover: str
    mode: str | None
    quad_class: int
    goldstein: float


@lru_cache(maxsize=1)
def cameo_table() -> dict[str, Code]:
    return {
        r["code"]: Code(r["code"], r["plover"], r.get("mode"), r["quad_class"], r["goldstein"])
        for r in jsonl("cameo.jsonl") if r.get("plover")
    }


@lru_cache(maxsize=1)
def governors() -> dict[str, frozenset[str]]:
    """Word classes that change the event a governed verb reports (fail to X, agree to X...)."""
    return {k: frozenset(v) for k, v in json_data("event_governors.json").items() if not k.startswith("_")}


@lru_cache(maxsize=1)
def _rows() -> dict[str, tuple[dict, ...]]:
    """Lexicon rows by lemma, frame-conditioned rows first (they are the more specific)."""
    by_lemma: dict[str, list[dict]] = {}
    for row in jsonl("event_verbs.jsonl"):
        by_lemma.setdefault(row["lemma"], []).append(row)
    specific = ("obj", "prep", "compound", "dep")
    return {k: tuple(sorted(v, key=lambda r: -sum(c in r for c in specific))) for k, v in by_lemma.items()}


def _heads(tok: Token):
    """An object and the words that say what it is: "mediation efforts", "a state of emergency"."""
    yield tok
    for c in tok.children:
        if c.dep_ in _NOUN_FRAME_DEPS:
            yield c
        elif c.dep_ == "prep" and c.lower_ == "of":
            yield from (g for g in c.children if g.dep_ == "pobj")


def objects(tok: Token):
    """The token's objects, direct and prepositional (``open fire on``), with the words naming them."""
    for child in tok.children:
        if child.dep_ in _OBJECT_DEPS:
            yield from _heads(child)
        elif child.dep_ in {"prep", "prt"}:
            for g in child.children:
                if g.dep_ == "pobj":
                    yield from _heads(g)


def _frame_ok(tok: Token, row: dict) -> bool:
    if "dep" in row and tok.dep_ not in row["dep"]:
        return False
    if "prep" in row and not any(c.dep_ in {"prep", "prt"} and c.lower_ in row["prep"] for c in tok.children):
        return False
    if "compound" in row and not any(c.dep_ in _NOUN_FRAME_DEPS and c.lemma_.lower() in row["compound"] for c in tok.children):
        return False
    if "obj" in row:
        objs = [o for o in objects(tok) if o.lemma_.lower() in row["obj"]]
        if not objs:
            return False
        if "obj_compound" in row:
            return any(c.lemma_.lower() in row["obj_compound"] for o in objs for c in o.children)
    return True


def match(tok: Token) -> tuple[dict, Code] | None:
    """The lexicon row and CAMEO code the token triggers in its frame, or None."""
    rows = _rows().get(tok.lemma_.lower())
    if not rows:
        return None
    pos = tok.pos_
    for row in rows:
        if pos in row.get("pos", ("VERB",)) and _frame_ok(tok, row):
            code = cameo_table().get(row["cameo"])
            return (row, code) if code else None
    return None


def code(cameo: str) -> Code:
    return cameo_table()[cameo]
