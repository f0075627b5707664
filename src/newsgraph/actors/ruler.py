"""Entity rulers fed by the gazetteers, so names are found where the small model stumbles.

Two rulers run before spaCy's NER (which keeps what they set): one matches lower-cased
phrases (countries, capitals, multi-word organisations and people from Phoenix), so wire
headlines in capitals match too; one matches acronyms exactly as written ('UN', 'NATO', 'US').

Both are the small ``newsgraph_phrases`` component rather than spaCy's EntityRuler, which
tokenised and indexed all 27k phrases in every process (~2.5 s of start-up): here a phrase is
a dict key, the ids of its tokens, and a run of the article's token ids is looked up while it
still begins some phrase. It sets what the EntityRuler set: longest match first, then leftmost;
no overlaps; entities already there kept.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache

from spacy.attrs import LOWER, ORTH
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span

from ..resources import word_list
from .lexicon import capitals, countries, person_nouns, person_shaped, phoenix, roles
from .names import titles

RULER = "newsgraph_ruler"
ACRONYMS = "newsgraph_acronyms"

_LABELS = {"person": "PERSON", "org": "ORG"}  # Phoenix kind -> entity label
Table = dict[tuple[int, ...], str]  # a phrase's token ids (spaCy's string hashes) -> its label
_INITIALISM = re.compile(r"(?:[a-z]\.){2,}")  # 'u.s.', 'u.n.'


def _plain(name: str, label: str) -> bool:
    """A Phoenix name worth a pattern: words only, no role words that start a description. A title
    word that names a field or a country ('state', 'un') belongs to an organisation's name ('u.s.
    state department', 'un security council') when it does not end in a person's noun ('state
    department official')."""
    words = name.split()
    if not all(w.replace(".", "").replace("'", "").isalnum() for w in words):
        return False
    roles_in = set(words) & titles()
    if label == "ORG":
        roles_in -= word_list("title_fields.txt")
        return not roles_in and words[-1] not in person_nouns() and words[-1].removesuffix("s") not in person_nouns()
    return not roles_in


@lru_cache(maxsize=1)
def phrase_patterns() -> tuple[tuple[str, str], ...]:
    """(label, lower-case phrase) for the lower-case ruler."""
    out: dict[str, str] = {}
    for name in capitals():
        out[name] = "GPE"
    for name in countries():
        if len(name) > 3:
            out[name] = "GPE"
    for name, entries in phoenix().items():
        label = _LABELS.get(entries[0].kind) if len(entries) == 1 else None
        if label == "ORG" and person_shaped(name):  # left to the model's NER
            continue
        if label and name not in out and len(name.split()) >= 2 and _plain(name, label):
            out[name] = label
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


#: pattern set -> (its patterns, whether it matches lower-cased tokens)
PATTERNS: dict[str, tuple[Callable[[], tuple[tuple[str, str], ...]], bool]] = {
    "phrases": (phrase_patterns, True),
    "acronyms": (acronym_patterns, False),
}


def phrase_tokens(text: str, tokenizer: Tokenizer, specials: frozenset[str], lower: bool) -> tuple[str, ...]:
    """The texts of the tokens spaCy's tokenizer makes of a phrase, lower-cased if ``lower``.

    The tokenizer splits at spaces and keeps a word of letters whole unless it is a special case
    ('Im' -> 'I', 'm'), so only the few hundred phrases with other characters ('jr.', 'at&t',
    '1st') are tokenised: all 27k take seconds. A test checks every phrase against the tokenizer.
    An initialism in a lower-case phrase is tokenised as it is written, in capitals: 'U.S.' is one
    token in the text, where 'u.s.' would be split from its stop and never match.
    """
    shown = written(text) if lower else text
    words = shown.split(" ")
    if all(words) and text.replace(" ", "").isalpha() and specials.isdisjoint(words):
        return tuple((text.lower() if lower else text).split(" "))
    return tuple(t.lower_ if lower else t.text for t in tokenizer(shown))


def written(phrase: str) -> str:
    """A lower-case phrase with its initialisms in capitals ('u.s. state department' -> 'U.S. state department')."""
    return " ".join(word.upper() if _INITIALISM.fullmatch(word) else word for word in phrase.split(" "))


def phrase_table(patterns: Iterable[tuple[str, str]], tokenizer: Tokenizer, lower: bool) -> Table:
    """The patterns keyed by their token ids, spaCy's string hashes: what ``Doc.to_array`` gives for
    a whole doc in one call, and what the EntityRuler's PhraseMatcher compared."""
    specials = frozenset(tokenizer.rules)
    return {tuple(map(get_string_id, phrase_tokens(text, tokenizer, specials, lower))): label
            for label, text in patterns}


def beginnings(table: Table) -> frozenset[tuple[int, ...]]:
    """Every beginning of a phrase's tokens: a run of tokens that is none grows into no phrase."""
    return frozenset(key[:n] for key in table for n in range(1, len(key) + 1))


def find_phrases(ids: Sequence[int], table: Table, starts: frozenset[tuple[int, ...]]) -> list[tuple[int, int, str]]:
    """Every (start, end, label) where a phrase occurs in the token ids ``ids``, longest first,
    then leftmost: the order in which the EntityRuler takes its matches."""
    found = []
    for i, first in enumerate(ids):
        if (first,) not in starts:
            continue
        j = i + 1
        while j <= len(ids) and (key := tuple(ids[i:j])) in starts:
            if key in table:
                found.append((i, j, table[key]))
            j += 1
    return sorted(found, key=lambda m: (m[0] - m[1], m[0]))


def with_matches(doc: Doc, matches: Iterable[tuple[int, int, str]]) -> list[Span]:
    """The doc's entities plus each match in turn that overlaps none of them nor an earlier match."""
    taken = {i for ent in doc.ents for i in range(ent.start, ent.end)}
    new = []
    for start, end, label in matches:
        if taken.isdisjoint(range(start, end)):
            new.append(Span(doc, start, end, label=label))
            taken.update(range(start, end))
    return [*doc.ents, *new]


class PhraseRuler:
    """Sets the phrases of a table as entities (see the module docstring)."""

    def __init__(self, table: Table, lower: bool) -> None:
        self.table = table
        self.lower = lower
        self.starts = beginnings(table)

    def __call__(self, doc: Doc) -> Doc:
        ids = doc.to_array(LOWER if self.lower else ORTH).tolist()
        # set even when nothing matched, as the EntityRuler does: it marks the other tokens O for NER
        doc.ents = with_matches(doc, find_phrases(ids, self.table, self.starts))
        return doc


@Language.factory("newsgraph_phrases", default_config={"patterns": "phrases"})
def make_phrase_ruler(nlp: Language, name: str, patterns: str) -> PhraseRuler:
    """A ruler for one of ``PATTERNS``, its phrases tokenised as ``nlp`` tokenises."""
    source, lower = PATTERNS[patterns]
    return PhraseRuler(phrase_table(source(), nlp.tokenizer, lower), lower)


def add_entity_ruler(nlp: Language) -> None:
    """Add the two rulers first in the pipeline (once): they need only tokens, and NER keeps their spans."""
    if RULER in nlp.pipe_names:
        return
    nlp.add_pipe("newsgraph_phrases", name=RULER, config={"patterns": "phrases"}, first=True)
    nlp.add_pipe("newsgraph_phrases", name=ACRONYMS, config={"patterns": "acronyms"}, after=RULER)
