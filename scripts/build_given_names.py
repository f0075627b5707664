"""Rebuild ``src/newsgraph/data/given_names.json`` from Faker's first-name lists and our own.

Faker (MIT licence, https://github.com/joke2k/faker) ships first names by sex for many locales; we
take the Latin-script ones of the locales below and fold accents. Our hand-typed list
(``scripts/given_names_ours.json``, written for English news) gives a gender first; a Faker name gets
one only where at least two locales list it and none lists it for the other sex ('Christiane',
'Lesley'): single locales disagree with English usage ('Eman' is listed male in one, 'Hillary' in
another). The rest go to ``either`` (a name, marking no gender). Faker names that are also months,
weekdays, countries, capitals or cities over 100,000 people ('May', 'Jordan', 'Paris') are left
out: in news text they are far more often the other thing. Deterministic; needs ``pip install faker``
(a tool for this script only, not a dependency of newsgraph).

    .venv/bin/python scripts/build_given_names.py
"""

from __future__ import annotations

import calendar
import importlib
import json
import unicodedata
from collections import Counter
from pathlib import Path

from newsgraph.actors.lexicon import capitals, countries
from newsgraph.actors.places import is_city
from newsgraph.resources import data_path

AGREE = 2  # locales that must list a name for one sex (and none for the other) for it to give a gender
HAND = Path(__file__).with_name("given_names_ours.json")  # the hand-typed list, kept apart so reruns are stable
LOCALES = ("en_US", "en_GB", "en_IE", "en_IN", "en_NG", "en_KE", "en_NZ", "es_ES", "es_MX", "fr_FR", "fr_DZ",
           "de_DE", "it_IT", "pt_BR", "nl_NL", "sv_SE", "pl_PL", "tr_TR", "id_ID", "sw", "ha_NG", "ig_NG", "tw_GH")


def folded(name: str) -> str | None:
    name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return name if name.isalpha() and len(name) > 1 else None


def not_a_name(word: str) -> bool:
    calendar_words = {w.lower() for w in (*calendar.month_name, *calendar.day_name) if w}
    return word in calendar_words or word in countries() or word in capitals() or is_city(word)


def main() -> None:
    path = data_path("given_names.json")
    table = json.loads(path.read_text(encoding="utf-8"))
    ours = json.loads(HAND.read_text(encoding="utf-8"))  # hand-typed for English news: its genders win
    female, male = Counter(), Counter()  # name -> how many locales list it for that sex
    for locale in LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        female.update({n for n in map(folded, getattr(provider, "first_names_female", ())) if n})
        male.update({n for n in map(folded, getattr(provider, "first_names_male", ())) if n})
    hand_f, hand_m = set(ours["female"]), set(ours["male"])
    names = {w for w in (female.keys() | male.keys()) - hand_f - hand_m if not not_a_name(w)}
    agreed_f = {w for w in names if female[w] >= AGREE and not male[w]}
    agreed_m = {w for w in names if male[w] >= AGREE and not female[w]}
    out = {
        "_about": table["_about"],
        "female": sorted(hand_f | agreed_f),
        "male": sorted(hand_m | agreed_m),
        "either": sorted(names - agreed_f - agreed_m),
    }
    path.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print({k: len(v) for k, v in out.items() if k != "_about"})


if __name__ == "__main__":
    main()
