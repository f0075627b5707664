"""From mentions to actors: clustering, canonical names, types, Phoenix codes and places.

Clustering is by keys (dictionaries, never pairwise), so it is linear in the mentions:
a person's bare surname joins the one full name with that surname (none or two: it
stays apart — two Millibands are two actors); an acronym joins the name it abbreviates; a
capital used as an agent ('Damascus blamed') is that country's government, distinct from
the place; role descriptions join the person they are in apposition to, or the one person
holding that role ('the Russian president' -> the actor coded RUSGOV).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ..document import NewsDoc
from ..model import Actor
from .lexicon import (agents, capitals, countries, country_names, country_words, iso3_of_iso2, lookup, roles,
                      split_code)
from .mentions import Mention, first_name_only, in_apposition, namesake, title_country
from .names import fold, full_name, fuller_names, surname
from .places import geocode

GOVERNMENT_HEADS = {"government", "administration", "regime", "authority", "cabinet"}
COLLECTIVE_HEADS = {"force", "troop", "soldier", "army", "military", "rebel", "insurgent", "militant", "fighter",
                    "militia", "militiaman", "police", "opposition", "jihadist", "separatist", "guard"}
GROUP_SECTORS = {"REB", "OPP", "UAF", "INS", "RAD", "IMG"}


@dataclass
class Cluster:
    kind: str  # PERSON | ORG | COUNTRY | GOVT | BODY | PLACE
    mentions: list[Mention] = field(default_factory=list)
    country: str | None = None
    sector: str | None = None
    roles: list[Mention] = field(default_factory=list)
    metonym_of: "Cluster | None" = None
    code: str | None = None
    name: str | None = None


#: Words an acronym skips ('CFR' for the Council on Foreign Relations).
_NOT_IN_ACRONYMS = frozenset({"of", "and", "for", "the", "de", "on", "to", "in", "at"})


def initials(key: str) -> str:
    return "".join(w[0] for w in key.split() if w not in _NOT_IN_ACRONYMS)


def _by_given_name(m: Mention, full: list[Mention], longer: dict[str, str]) -> str | None:
    """The one full name a royal or Arab title with a given name stands for ('Sheikh Hamad', 'Prince Bandar',
    'King Abdullah'): such titles go with the given name, not the surname (``given_name_titles``)."""
    doc = m.head.doc
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    title = doc[span.start - 1] if span is not None and span.start else None
    if title is None or fold(title.text).rstrip(".") not in roles()["given_name_titles"] or " " in m.key:
        return None
    fits = {longer.get(f.key, f.key) for f in full if f.key.split()[0] == m.key}
    return fits.pop() if len(fits) == 1 else None


class Clusterer:
    """Assigns mentions to clusters through key tables; one instance per article."""

    def __init__(self) -> None:
        self.clusters: list[Cluster] = []
        self.by_key: dict[tuple, Cluster] = {}
        self.org_heads: dict[str, list[Cluster]] = defaultdict(list)

    def get(self, key: tuple, kind: str, **attrs) -> Cluster:
        cluster = self.by_key.get(key)
        if cluster is None:
            cluster = Cluster(kind, **attrs)
            self.by_key[key] = cluster
            self.clusters.append(cluster)
        return cluster

    def people(self, mentions: list[Mention]) -> None:
        """Full names first, then surnames (and surname-only entities NER mislabelled ORG, GPE or LOC)."""
        full = [m for m in mentions if m.label == "PERSON" and full_name(m.key)]
        longer = fuller_names({m.key for m in full})
        for m in full:
            self.get(("P", longer.get(m.key, m.key)), "PERSON").mentions.append(m)
        by_surname: dict[str, set[str]] = defaultdict(set)
        for m in full:
            by_surname[surname(m.key)].add(longer.get(m.key, m.key))
        for m in mentions:
            if full_name(m.key) or m.label not in ("PERSON", "ORG", "GPE", "LOC"):
                continue
            owners = by_surname.get(surname(m.key), set())  # 'al obeidy': the surname with its particle
            if m.label != "PERSON" and m.placed:
                continue  # 'in Nasr', 'Nasr village': a surname in a place's context is that place
            if m.label == "PERSON" and (first_name_only(m.head) or ("P", "given " + m.key) in self.by_key):
                # 'Ahmed, who would not give his last name': no namesake's surname, now or later
                self.get(("P", "given " + m.key), "PERSON").mentions.append(m)
                continue
            if len(owners) == 1:
                self.by_key[("P", next(iter(owners)))].mentions.append(m)
                m.label = "PERSON"
            elif not owners and m.label == "PERSON" and (owner := _by_given_name(m, full, longer)) is not None:
                self.by_key[("P", owner)].mentions.append(m)  # 'Sheikh Hamad' after 'Sheikh Hamad bin Jassim al-Thani'
            elif not owners and m.label == "PERSON":  # 'Ms Le Pen' and 'Pen' with no full name: one person
                self.get(("P", surname(m.key)), "PERSON").mentions.append(m)
            elif owners and (owner := namesake(owners, full, longer, m.start, m.head)) is not None:
                self.by_key[("P", owner)].mentions.append(m)
                m.label = "PERSON"
            elif owners:
                m.label = "SKIP"  # ambiguous surname: abstain

    def others(self, mentions: list[Mention]) -> None:
        """Countries by ISO code, capitals as places or governments, organisations by name."""
        full_orgs = {m.key for m in mentions if m.label == "ORG" and " " in m.key}
        org_keys = {self.org_key(m.key, full_orgs) for m in mentions if m.label == "ORG"}
        for m in mentions:
            if m.label in ("PERSON", "SKIP"):
                continue
            if ("P", m.key) in self.by_key:  # a full name NER mislabelled ORG or GPE
                self.by_key[("P", m.key)].mentions.append(m)
            elif m.label == "GPE" and m.key in countries():
                iso = countries()[m.key]
                self.get(("C", iso), "COUNTRY", country=iso).mentions.append(m)
            elif m.label == "GPE" and m.key in capitals() and m.agentive:
                iso = capitals()[m.key]
                gov = self.get(("G", iso), "GOVT", country=iso, sector="GOV")
                gov.mentions.append(m)
                gov.metonym_of = self.get(("L", m.key), "PLACE", name=m.text)
            elif m.label in ("GPE", "LOC") and self.org_key(m.key, full_orgs) not in org_keys:
                self.get(("L", m.key), "PLACE").mentions.append(m)
            else:
                org = self.get(("O", self.org_key(m.key, full_orgs)), "ORG")
                org.mentions.append(m)
                if org not in self.org_heads[m.key.split()[-1]]:
                    self.org_heads[m.key.split()[-1]].append(org)

    @staticmethod
    def org_key(key: str, full: set[str]) -> str:
        """An acronym or a shortened name joins the one full name it stands for ('UN', 'Security Council')."""
        if " " not in key:
            hits = [f for f in full if initials(f) == key.replace(".", "")]
        else:
            hits = [f for f in full if f != key and f.endswith(" " + key)]
        return hits[0] if len(hits) == 1 else key

    def bodies(self, mentions: list[Mention]) -> None:
        """'the Syrian army' and 'government forces' are one body when only one army is around; 'the ministry'
        is the one ministry of a country before it ('Russia's foreign ministry said ... the ministry said')."""
        known: dict[str, set[str]] = defaultdict(set)
        placed: dict[str, list[Cluster]] = defaultdict(list)  # head word -> bodies of a country so far
        for m in mentions:
            if m.country and (m.sector != "GOV" or m.key in GOVERNMENT_HEADS):
                known[m.sector].add(m.country)
        for m in mentions:
            if m.key in GOVERNMENT_HEADS and (m.country or len(known["GOV"]) == 1):
                iso = m.country or next(iter(known["GOV"]))
                self.get(("G", iso), "GOVT", country=iso, sector="GOV").mentions.append(m)
                continue
            named = self.org_heads.get(m.key.split()[-1], []) if not m.country else []
            if len(named) == 1:  # 'the ministry' after 'the Russian Foreign Ministry'
                named[0].mentions.append(m)
                continue
            head = m.key.split()[-1]
            if not m.country and len(earlier := placed[head]) == 1:
                earlier[0].mentions.append(m)
                continue
            iso = m.country or (next(iter(known[m.sector])) if len(known[m.sector]) == 1 else None)
            kind = m.sector if head in COLLECTIVE_HEADS else m.key
            body = self.get(("B", iso, m.sector, kind), "BODY", country=iso, sector=m.sector)
            body.mentions.append(m)
            if m.country and body not in placed[head]:
                placed[head].append(body)


def _apposed(role: Mention) -> int | None:
    """The token index of a name in apposition to a role description, either way round."""
    head = role.head
    for child in head.children:
        if in_apposition(child):
            return child.i
    if in_apposition(head):
        return head.head.i
    return None


def attach_roles(roles: list[Mention], clusters: list[Cluster]) -> None:
    """A role joins its apposed person, or the one person whose code has its country and sector - unless
    it is a role that brings in someone unnamed ('the ambassador', ``unnamed_roles``) or is held under
    another ('Libya's deputy ambassador', ``not_the_holder``)."""
    people = [c for c in clusters if c.kind == "PERSON"]
    by_token = {m.head.i: c for c in people for m in c.mentions}
    holders: dict[tuple, list[Cluster]] = defaultdict(list)
    for c in people:
        holders[(c.country, c.sector)].append(c)
    for role in roles:
        target = by_token.get(_apposed(role))
        fits = holders.get((role.country, role.sector), []) if role.country and role.sector else []
        if target is None and len(fits) == 1 and fits[0].mentions[0].start < role.start and _held_by_code(role):
            target = fits[0]
        if target is not None:
            target.roles.append(role)


def _held_by_code(role: Mention) -> bool:
    """A role that may go to the one person coded with its country and sector (see ``attach_roles``)."""
    words = roles()
    return role.head.lemma_.lower() not in words["unnamed_roles"] and not any(
        c.dep_ in ("amod", "compound") and c.lower_ in words["not_the_holder"] for c in role.head.children)


def name_of(cluster: Cluster, text: str) -> str:
    """The fullest proper name: the longest name mention (descriptions only when there is none)."""
    named = [m for m in cluster.mentions if m.label not in ("ROLE", "BODY")]
    pool = named or cluster.mentions
    if not pool:
        return cluster.name or country_names().get(cluster.country or "", cluster.country or "")
    if cluster.kind in ("BODY", "GOVT"):
        bodies = [m for m in cluster.mentions if m.label == "BODY"]
        if bodies or cluster.kind == "BODY":
            return _body_name(bodies or pool, text)
        return f"government of {country_names().get(cluster.country, cluster.country)}"
    cased = [m for m in pool if not text[m.start:m.end].isupper()] or pool  # "PARIS -" datelines, caps headlines
    keys = {m.key for m in cased}
    cased = [m for m in cased if _unstuttered(m.key) not in keys - {m.key}] or cased
    cased = [m for m in cased if " The " not in text[m.start:m.end]] or cased  # 'Gadhafi The Al-Jazeera': a run-in
    best = max(cased, key=lambda m: (len(m.key.split()), m.end - m.start))
    return text[best.start:best.end]


def _unstuttered(key: str) -> str:
    """The key with a word repeated back to back said once: 'according to his sister LaToya' run into
    'LaToya Jackson has claimed' reads 'LaToya LaToya Jackson', a name the article also gives right."""
    words = key.split()
    return " ".join(w for i, w in enumerate(words) if not i or w != words[i - 1])


def _body_name(pool: list[Mention], text: str) -> str:
    """A body is named by its first mention that says whose it is ('Syrian army'), else its first."""
    best = next((m for m in pool if m.country), pool[0])
    return text[best.start:best.end]


def code(cluster: Cluster, name: str, date: str | None) -> float:
    """Fill country/sector from Phoenix (dated) or from the name's words and roles; returns the confidence.

    Run for people before roles are attached (a role finds its holder by code) and again after."""
    if cluster.kind in ("PERSON", "ORG"):
        keys = [fold(name)] + [m.key for m in cluster.mentions if " " in m.key]
        entry = next((e for e in (lookup(k) for k in keys) if e), None)
        if entry is not None:
            found, sure = entry.code_on(date)
            if found:
                cluster.country, cluster.sector = split_code(found)
                cluster.code = found
                return sure
    if cluster.kind == "ORG":
        words = fold(name).split()
        cluster.country = next((country_words()[w] for w in words[:2] if w in country_words()), None)
        cluster.sector = next((agents()[" ".join(words[i:])] for i in range(len(words)) if " ".join(words[i:]) in agents()), None)
    for role in cluster.roles:
        cluster.country = cluster.country or role.country
        cluster.sector = cluster.sector or role.sector
    if cluster.kind == "PERSON" and not cluster.country:
        titled = next((t for t in map(title_country, cluster.mentions) if t[0]), None)
        if titled is not None:  # 'Russian President Boris Yeltsin'
            cluster.country, cluster.sector = titled[0], cluster.sector or titled[1]
    cluster.code = (cluster.country or "") + (cluster.sector or "") or None
    return 0.6


TYPE = {"PERSON": "PERSON", "ORG": "ORGANIZATION", "COUNTRY": "COUNTRY", "GOVT": "COUNTRY", "PLACE": "PLACE"}


def to_actors(nd: NewsDoc, clusters: list[Cluster]) -> list[Actor]:
    date = nd.info.pub_date
    present = Counter(c.country for c in clusters if c.kind in ("COUNTRY", "GOVT") for _ in c.mentions)
    named_after = {id(o.metonym_of) for o in clusters if o.metonym_of}
    clusters = [c for c in clusters if c.mentions or id(c) in named_after]
    clusters.sort(key=lambda c: c.mentions[0].start if c.mentions else len(nd.text))
    ids = {id(c): f"a{i}" for i, c in enumerate(clusters, 1)}
    actors = []
    for c in clusters:
        name = name_of(c, nd.text)
        sure = code(c, name, date) if c.kind in ("PERSON", "ORG") else 0.8
        kind = TYPE.get(c.kind) or ("GROUP" if c.sector in GROUP_SECTORS else "ORGANIZATION")
        if kind == "ORGANIZATION" and c.sector in GROUP_SECTORS:
            kind = "GROUP"
        place = None
        if c.kind == "PLACE" and (not c.mentions or any(m.label == "GPE" for m in c.mentions)):
            known = country_words().get(fold(name))
            place, sure = geocode(fold(name), present, iso3_of_iso2(), known)
            c.country = place.country if place else known
            if place is None and c.country:  # a region or a variant spelling: 'Bosnia', 'Sindh', 'Afganistan'
                sure = 0.6
        elif c.kind in ("COUNTRY", "GOVT", "BODY"):
            c.code = (c.country or "") + (c.sector or "") or None
        mentions = sorted({(m.start, m.end) for m in c.mentions + c.roles})
        actors.append(Actor(
            id=ids[id(c)], name=name, type=kind, country=c.country, sector=c.sector, code=c.code,
            mentions=[nd.span(s, e) for s, e in mentions],
            roles=list(dict.fromkeys(nd.text[r.start:r.end] for r in c.roles)),
            metonym_of=ids.get(id(c.metonym_of)) if c.metonym_of else None,
            place=place, confidence=round(sure if c.mentions else 0.5, 2),
        ))
    return actors
