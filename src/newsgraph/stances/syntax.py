"""Small dependency-tree helpers shared by the stance frames."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import lex


def negated(tok: Token) -> bool:
    """'not backed', 'refused/failed to back', 'remains not opposed'."""
    if any(c.dep_ == "neg" for c in tok.children):
        return True
    head = tok.head
    if tok.dep_ in {"xcomp", "acomp"} and head.i != tok.i:
        return head.lemma_.lower() in lex().failure_verbs | {"refuse", "decline"} or any(
            c.dep_ == "neg" for c in head.children)
    return False


def child(tok: Token, deps: set[str], words: set[str] | None = None) -> Token | None:
    return next((c for c in tok.children if c.dep_ in deps and (words is None or c.lower_ in words)), None)


def pobj(prep: Token | None) -> Token | None:
    return None if prep is None else child(prep, {"pobj", "pcomp"})
