"""Cross-article identity: article actors to corpus actors, event reports to corpus events.

An actor's key is its type plus its country code (countries) or its normalised name. A person
named only by a surname ("Putin") joins the one stored person whose name ends with it
("Vladimir Putin"); with two candidates it stays apart. ``actor_keys`` remembers every
decision, so ``newsgraph actors merge/split`` corrections hold for later ingests.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from ..model import Actor, Event
from .dates import day_range, overlaps

_NON_WORD = re.compile(r"[^a-z0-9]+")


def normalise(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return _NON_WORD.sub(" ", plain.lower()).strip()


def actor_key(actor: Actor) -> str:
    if actor.type == "COUNTRY" and actor.country:
        return f"COUNTRY:{actor.country}"
    return f"{actor.type}:{normalise(actor.name)}"


def _slug(name: str) -> str:
    return normalise(name).replace(" ", "-") or "actor"


def _same_person(short: str, full: str) -> bool:
    """'putin' names 'vladimir putin': the shorter's words are in the longer and the surnames agree."""
    a, b = short.split(), full.split()
    return bool(a) and a[-1] == b[-1] and set(a) <= set(b)


def resolve_actor(db, actor: Actor) -> str:
    """The corpus actor id for an article actor, creating the corpus actor when it is new."""
    key = actor_key(actor)
    if found := db.scalar("SELECT actor_id FROM actor_keys WHERE key = ?", [key]):
        return found
    actor_id = _person_by_surname(db, actor) if actor.type == "PERSON" else None
    if actor_id is None:
        actor_id = new_actor(db, actor)
    db.execute("INSERT INTO actor_keys VALUES (?, ?)", [key, actor_id])
    return actor_id


def _person_by_surname(db, actor: Actor) -> str | None:
    name = normalise(actor.name)
    if not name:
        return None
    rows = db.rows("SELECT id, name FROM actors WHERE type = 'PERSON' AND lower(name) LIKE ?", ["%" + name.split()[-1] + "%"])
    matches = {r["id"] for r in rows if _same_person(name, normalise(r["name"])) or _same_person(normalise(r["name"]), name)}
    return matches.pop() if len(matches) == 1 else None


def new_actor(db, actor: Actor) -> str:
    base = actor_id = _slug(actor.name)
    n = 1
    while db.scalar("SELECT 1 FROM actors WHERE id = ?", [actor_id]):
        n += 1
        actor_id = f"{base}-{n}"
    db.execute("INSERT INTO actors VALUES (?, ?, ?, ?, ?, ?)",
               [actor_id, actor.name, actor.type, actor.country or (actor.place and actor.place.country), actor.code,
                actor.sector])
    return actor_id


def event_interval(event: Event, pub_date: str | None) -> tuple[str, str] | None:
    return day_range(event.date) or day_range(pub_date)


def corpus_event_for(db, article: str, event: Event, sources: list[str], targets: list[str],
                     pub_date: str | None) -> str | None:
    """The corpus event this report belongs to: same category, same actors, overlapping dates.

    Negated, hypothetical and future events did not happen and join none; an event with no
    actors or no date is a corpus event of its own.
    """
    if event.negated or event.hypothetical or event.future:
        return None
    span = event_interval(event, pub_date)
    key = " ".join(sorted(set(sources))) + " > " + " ".join(sorted(set(targets)))
    if span and (sources or targets):
        for row in db.rows("SELECT id, date_from, date_to FROM corpus_events WHERE category = ? AND actor_key = ?",
                           [event.category, key]):
            if overlaps(span, (row["date_from"], row["date_to"])):
                db.execute("UPDATE corpus_events SET date_from = ?, date_to = ? WHERE id = ?",
                           [min(span[0], row["date_from"]), max(span[1], row["date_to"]), row["id"]])
                return row["id"]
    event_id = "E" + hashlib.sha1(f"{article}/{event.id}".encode()).hexdigest()[:12]
    db.execute("INSERT INTO corpus_events VALUES (?, ?, ?, ?, ?)",
               [event_id, event.category, key, span[0] if span else None, span[1] if span else None])
    return event_id
