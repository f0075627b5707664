"""Read-only queries over a Store; each returns a list of flat dicts (one per output row).

Dates compare as ISO text. Items from near-duplicate articles (``dup_of`` set) are left out
of lists and counts, so a syndicated story counts once.
"""

from __future__ import annotations

from .backend import Backend
from .resolve import normalise

ORIGINAL = "a.dup_of IS NULL"


def _where(clauses: list[tuple[str, object]]) -> tuple[str, list]:
    """' AND '-joined SQL for the clauses whose value is given, and their parameters."""
    used = [(sql, value) for sql, value in clauses if value not in (None, "")]
    params = [v for sql, value in used for v in ([value] * sql.count("?"))]
    return " AND ".join([ORIGINAL] + [sql for sql, _ in used]), params


def _limit(limit: int | None) -> str:
    return f" LIMIT {int(limit)}" if limit else ""


def _like(text: str | None) -> str | None:
    return f"%{text}%" if text else None


def actors(db: Backend, *, name: str | None = None, limit: int | None = None) -> list[dict]:
    """Corpus actors with how many articles name them and the names they go by."""
    rows = db.rows(
        "SELECT c.id, c.name, c.type, c.country, c.code, count(DISTINCT aa.article) AS articles, "
        "sum(aa.mentions) AS mentions, string_agg(DISTINCT aa.name, '; ' ORDER BY aa.name) AS names "
        "FROM actors c JOIN article_actors aa ON aa.actor_id = c.id "
        "WHERE (CAST(? AS TEXT) IS NULL OR c.name ILIKE ? OR aa.name ILIKE ?) "
        "GROUP BY c.id, c.name, c.type, c.country, c.code ORDER BY articles DESC, mentions DESC, c.id" + _limit(limit),
        [name, _like(name), _like(name)])
    return rows


def quotes(db: Backend, *, speaker=None, about=None, date_from=None, date_to=None, limit=None) -> list[dict]:
    where, params = _where([("(c.name ILIKE ? OR aa.name ILIKE ?)", _like(speaker)), ("q.text ILIKE ?", _like(about)),
                            ("coalesce(q.date, a.pub_date) >= ?", date_from), ("coalesce(q.date, a.pub_date) <= ?", date_to)])
    return db.rows(
        "SELECT coalesce(q.date, a.pub_date) AS date, c.name AS speaker, q.type, q.text, a.ext_id AS article, "
        "a.title, a.outlet, q.start_char, q.end_char, q.confidence FROM quotes q JOIN articles a ON a.id = q.article "
        "LEFT JOIN article_actors aa ON aa.article = q.article AND aa.local_id = q.speaker "
        "LEFT JOIN actors c ON c.id = aa.actor_id WHERE " + where + " ORDER BY date, article, q.start_char" + _limit(limit),
        params)


_EVENT_ACTORS = (
    "(SELECT string_agg(DISTINCT c.name, '; ' ORDER BY c.name) FROM event_actors ea "
    "JOIN article_actors aa ON aa.article = ea.article AND aa.local_id = ea.actor JOIN actors c ON c.id = aa.actor_id "
    "WHERE ea.article = e.article AND ea.local_id = e.local_id AND ea.role = '{role}')")


def events(db: Backend, *, actor=None, category=None, about=None, date_from=None, date_to=None, limit=None) -> list[dict]:
    """Corpus events: one row per happening, with its first report and how many articles report it.

    ``actor`` matches an event's source, target or place, and places inside a country named ``actor``.
    """
    where, params = _where([
        ("e.corpus_event IN (SELECT e2.corpus_event FROM events e2 JOIN event_actors ea ON ea.article = e2.article "
         "AND ea.local_id = e2.local_id JOIN article_actors aa ON aa.article = ea.article AND aa.local_id = ea.actor "
         "JOIN actors c ON c.id = aa.actor_id WHERE c.name ILIKE ? OR c.id ILIKE ? OR (c.type = 'PLACE' AND c.country IN "
         "(SELECT country FROM actors WHERE type = 'COUNTRY' AND (name ILIKE ? OR id ILIKE ?))))", _like(actor)),
        ("upper(e.category) = upper(?)", category), ("e.evidence ILIKE ?", _like(about)),
        ("ce.date_to >= ?", date_from), ("ce.date_from <= ?", date_to)])
    rows = db.rows(
        "SELECT ce.id AS event, ce.date_from, ce.date_to, e.date, e.category, e.cameo, e.goldstein, "
        + _EVENT_ACTORS.format(role="source") + " AS source, " + _EVENT_ACTORS.format(role="target") + " AS target, "
        "e.trigger, e.evidence, a.ext_id AS article, a.title, a.outlet, a.pub_date, e.ev_start, e.ev_end "
        "FROM events e JOIN corpus_events ce ON ce.id = e.corpus_event JOIN articles a ON a.id = e.article WHERE "
        + where + " ORDER BY ce.date_from, ce.id, a.pub_date, a.ext_id, e.start_char", params)
    return _one_per_event(rows)[:limit or None]


def _one_per_event(rows: list[dict]) -> list[dict]:
    """The first report of each corpus event, with the count of reports and of distinct articles."""
    first: dict[str, dict] = {}
    for row in rows:
        head = first.setdefault(row["event"], {**row, "mentions": 0, "_articles": set()})
        head["mentions"] += 1
        head["_articles"].add(row["article"])
    return [{**{k: v for k, v in r.items() if k != "_articles"}, "articles": len(r["_articles"])} for r in first.values()]


def timeline(db: Backend, *, actor=None, about=None, date_from=None, date_to=None, limit=None) -> list[dict]:
    """Dated events and quotes in date order, each with its evidence sentence and source article."""
    items = [{"date": e["date"] or e["date_from"], "sort": e["date_from"], "kind": "event", "what": e["category"],
              "who": " → ".join(x for x in (e["source"], e["target"]) if x), "evidence": e["evidence"].strip(),
              "article": e["article"], "outlet": e["outlet"], "reports": e["mentions"]}
             for e in events(db, actor=actor, about=about, date_from=date_from, date_to=date_to) if e["date_from"]]
    items += [{"date": q["date"], "sort": q["date"], "kind": "quote", "what": q["type"], "who": q["speaker"] or "",
               "evidence": q["text"], "article": q["article"], "outlet": q["outlet"], "reports": 1}
              for q in quotes(db, speaker=actor, about=about, date_from=date_from, date_to=date_to) if q["date"]]
    items.sort(key=lambda r: (r["sort"][:10], r["kind"], r["article"] or ""))
    return [{k: v for k, v in r.items() if k != "sort"} for r in items][:limit or None]


def search(db: Backend, text: str, *, limit: int | None = None) -> list[dict]:
    """Articles and quotes containing every word of ``text`` (case-insensitive)."""
    words = text.split()
    art = " AND ".join(["a.text ILIKE ?"] * len(words)) or "false"
    quo = " AND ".join(["q.text ILIKE ?"] * len(words)) or "false"
    likes = [_like(w) for w in words]
    return db.rows(
        "SELECT 'article' AS kind, a.ext_id AS article, a.pub_date AS date, coalesce(a.title, substr(a.text, 1, 100)) AS text "
        "FROM articles a WHERE "
        f"{ORIGINAL} AND {art} UNION ALL SELECT 'quote', a.ext_id, coalesce(q.date, a.pub_date), q.text FROM quotes q "
        f"JOIN articles a ON a.id = q.article WHERE {ORIGINAL} AND {quo} ORDER BY kind, date, article" + _limit(limit),
        likes + likes)


def stances(db: Backend) -> list[dict]:
    """Every stance from an original article with its holder's corpus actor.

    ``issue_key`` comes from the issue text (:func:`issue_key`): stage issue ids are per article,
    so they cannot join issues across articles.
    """
    rows = db.rows(
        "SELECT c.id AS actor_id, c.name AS actor, s.issue, s.polarity, s.evidence, a.ext_id AS article, a.id AS sha256 "
        "FROM stances s JOIN articles a ON a.id = s.article JOIN article_actors aa ON aa.article = s.article "
        f"AND aa.local_id = s.holder JOIN actors c ON c.id = aa.actor_id WHERE {ORIGINAL} ORDER BY c.name, s.issue")
    return [{**r, "issue_key": issue_key(r["issue"], r["sha256"])} for r in rows]


_POINTING = frozenset("a an the this that these those it its their his her".split())


def issue_key(issue: str, article: str) -> str:
    """The cross-article key of an issue: its normalised text, kept to its article when the text only
    points at something the article names ("the bill", "this plan"), which differs from article to article."""
    words = normalise(issue).split()
    if words and words[0] in _POINTING and len(words) <= 2:
        return f"{article}: {' '.join(words)}"
    return " ".join(words)


def disagreements(db: Backend, *, limit: int | None = None) -> list[dict]:
    """Issues on which some corpus actors support and others oppose, across all articles."""
    by_issue: dict[str, dict] = {}
    for s in stances(db):
        row = by_issue.setdefault(s["issue_key"], {"issue": s["issue"], "support": set(), "oppose": set()})
        row[s["polarity"]].add(s["actor"])
    rows = [{"issue": r["issue"], "supporters": "; ".join(sorted(r["support"])), "opponents": "; ".join(sorted(r["oppose"]))}
            for r in by_issue.values() if r["support"] and r["oppose"]]
    return rows[:limit or None]
