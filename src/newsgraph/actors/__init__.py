"""Actors: who and what the article talks about, one actor per referent, coded and placed.

Mentions are spaCy's entities (helped by gazetteer rulers) and role descriptions; they are
clustered by name keys into actors with a canonical name, a type, Phoenix/CAMEO codes read
against the publication date, and GeoNames coordinates for places. Pronouns and
descriptions elsewhere are resolved on demand by :func:`resolve_reference`.
"""

from __future__ import annotations

from ..document import NewsDoc, SpanIndex
from ..model import Actor
from .build import Clusterer, attach_roles, code, name_of, to_actors
from .coref import resolve_reference
from .groups import named_groups
from .mentions import (completed_names, descriptions, missed_given_names, missed_organisations, missed_partners,
                       missed_signers, missed_speakers, missed_surnames, names)
from .names import add_title_abbreviations
from .ruler import add_entity_ruler

__all__ = ["add_entity_ruler", "add_title_abbreviations", "find_actors", "resolve_reference"]


def find_actors(nd: NewsDoc) -> list[Actor]:
    """Cluster the article's name and description mentions into coded actors."""
    named = completed_names(nd.doc, nd.text, names(nd.doc, nd.text))
    taken = {t.idx for m in named for t in nd.doc.char_span(m.start, m.end, alignment_mode="expand") or ()}
    partners = missed_partners(nd.doc, nd.text, taken)
    named += partners
    taken |= {m.start for m in partners}
    named += missed_surnames(nd.doc, nd.text, named, taken)
    named += missed_speakers(nd.doc, nd.text, taken | {m.head.idx for m in named})
    named += missed_organisations(nd.doc, nd.text, taken | {m.head.idx for m in named})
    named += missed_signers(nd.doc, nd.text, taken | {t for m in named for t in range(m.start, m.end)})
    named += missed_given_names(nd.doc, nd.text, taken | {m.head.idx for m in named})
    described = descriptions(nd.doc, nd.text, taken)
    bodies = SpanIndex([m for m in described if m.label == "BODY"])
    named = [m for m in named if m.label != "GPE" or not any(m.end <= b.end for b in bodies.containing(m.start))]
    clusterer = Clusterer()
    clusterer.people(named)
    clusterer.others(named)
    clusterer.bodies([m for m in described if m.label == "BODY"])
    date = nd.info.pub_date
    for cluster in clusterer.clusters:
        if cluster.kind == "PERSON":
            code(cluster, name_of(cluster, nd.text), date)
    attach_roles([m for m in described if m.label == "ROLE"], clusterer.clusters)
    found = to_actors(nd, clusterer.clusters)
    return found + named_groups(nd.doc, nd.text, found)
