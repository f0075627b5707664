"""The record newsgraph writes for one article (schema ``newsgraph/1``).

Every stage fills one list of this record; every item that claims something about the
text carries character offsets into the exact input text, so ``text[start:end] == item.text``.
The JSON Schema in ``schema/newsgraph-1.schema.json`` is generated from these models.
"""

from __future__ import annotations

import json
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

SCHEMA_VERSION = "newsgraph/1"

ActorType = Literal["PERSON", "COUNTRY", "ORGANIZATION", "GROUP", "PLACE"]
QuoteType = Literal["direct", "indirect", "mixed"]
Polarity = Literal["support", "oppose"]
PloverCategory = Literal[
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=False)

    def to_dict(self) -> dict:
        return self.model_dump(mode="json")

    def to_json(self, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)


class Span(_Model):
    """A piece of the input text: ``text == article_text[start:end]``."""

    start: int
    end: int
    text: str


class Dateline(Span):
    place: str = Field(description="The place named in the dateline, as written (e.g. 'PARIS').")


class Place(_Model):
    """Where a PLACE actor is on the map (from the GeoNames-based gazetteer)."""

    lat: float
    lon: float
    country: str | None = Field(None, description="ISO 3166 alpha-3")
    admin1: str | None = None
    geonameid: int | None = None
    feature: str | None = Field(None, description="city | country | admin1 | region")


class Actor(_Model):
    id: str
    name: str = Field(description="Canonical name: the fullest proper name the article uses.")
    type: ActorType
    country: str | None = Field(None, description="ISO 3166 alpha-3, or an IGO code as in Phoenix (e.g. UNO, NATO).")
    sector: str | None = Field(None, description="Phoenix/CAMEO sector code: GOV, MIL, REB, OPP, JUD, LEG, ...")
    code: str | None = Field(None, description="Full CAMEO actor code, e.g. RUSGOV.")
    mentions: list[Span] = Field(default_factory=list)
    roles: list[str] = Field(default_factory=list, description="Role descriptions the article gives, e.g. 'France's new president'.")
    metonym_of: str | None = Field(None, description="For a government named by its seat ('Damascus'), the PLACE actor id it is named after.")
    members: list[str] = Field(default_factory=list, description="For a GROUP named by its members ('Obama, Sarkozy and Cameron wrote'), their actor ids.")
    place: Place | None = None
    confidence: float = 1.0


class Quote(_Model):
    id: str
    type: QuoteType
    start: int
    end: int
    text: str = Field(description="The quoted content without surrounding quotation marks; for a split quote, the hull.")
    fragments: list[Span] = Field(default_factory=list, description="The pieces of a quote interrupted by its attribution.")
    speaker: str | None = Field(None, description="Actor id of the canonical speaker, or null when unknown.")
    speaker_mention: Span | None = None
    cue: Span | None = None
    date: str | None = None
    date_inferred: bool = Field(False, description="The date is the publication date, not one the text gives.")
    confidence: float


class TimeExpression(_Model):
    id: str
    start: int
    end: int
    text: str
    value: str | None = Field(description="Calendar value: 2012-06-01, 2012-W21, 2012-05, 2012, a/b interval, or null.")
    kind: Literal["date", "week", "month", "year", "decade", "interval", "datetime", "vague", "duration", "set"] | None = None
    anchor: Literal["absolute", "pub_date", "unanchored"] | None = Field(None, description="What the value was resolved against.")
    weekday: str | None = Field(None, description="The weekday named, kept when no pub_date lets it resolve.")
    confidence: float = 1.0


class Event(_Model):
    id: str
    category: PloverCategory
    mode: str | None = None
    cameo: str | None = None
    quad_class: int | None = Field(None, description="1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict")
    goldstein: float | None = None
    trigger: Span
    evidence: list[Span] = Field(default_factory=list, description="Every sentence that reports this happening.")
    source: list[str] = Field(default_factory=list)
    target: list[str] = Field(default_factory=list)
    place: str | None = None
    date: str | None = None
    date_inferred: bool = False
    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    reported_by: str | None = Field(None, description="Actor id of who reports the event, when it is reported speech.")
    quote: str | None = None
    confidence: float


class Stance(_Model):
    id: str
    holder: str
    issue: str
    issue_id: str | None = None
    polarity: Polarity
    evidence: Span
    quote: str | None = None
    confidence: float


class Disagreement(_Model):
    issue: str
    issue_id: str | None = None
    supporters: list[str]
    opponents: list[str]
    evidence: list[Span] = Field(default_factory=list)


class ArticleInfo(_Model):
    id: str | None = None
    title: str | None = None
    url: str | None = None
    pub_date: str | None = None
    pub_date_source: Literal["caller", "metadata", "dateline", "text"] | None = None
    dateline: Dateline | None = None
    language: str | None = None
    chars: int
    sha256: str
    text: str | None = Field(None, description="The exact text all offsets point into.")


class PipelineInfo(_Model):
    version: str
    model: str


class Record(_Model):
    schema_: str = Field(SCHEMA_VERSION, alias="schema", serialization_alias="schema")
    article: ArticleInfo
    pipeline: PipelineInfo
    actors: list[Actor] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    times: list[TimeExpression] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    stances: list[Stance] = Field(default_factory=list)
    disagreements: list[Disagreement] = Field(default_factory=list)

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    def to_dict(self) -> dict:
        return self.model_dump(mode="json", by_alias=True)

    def actor(self, actor_id: str | None) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)


class ErrorRecord(_Model):
    """What a batch writes for an article that failed: its id and why."""

    article: dict
    error: str
    _exception: Exception | None = PrivateAttr(None)
