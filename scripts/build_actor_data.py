"""Derive newsgraph's actor tables from the Phoenix (TABARI-format) dictionaries.

Reads ``../shared/data/phoenix/`` and writes, reproducibly (sorted, no timestamps):

- ``src/newsgraph/data/phoenix_actors.jsonl``: one entry a line, ``names`` (folded phrases),
  ``codes`` (``[code, from, to]``, ISO dates or null), ``kind`` (country | person | org), ``src``;
- ``src/newsgraph/data/phoenix_agents.jsonl``: role phrase -> sector code (``army`` -> MIL);
- ``src/newsgraph/data/LICENSE.phoenix``: the dictionaries' MIT licence.

Run: ``.venv/bin/python scripts/build_actor_data.py``.
"""

from __future__ import annotations

import json
import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PHOENIX = ROOT.parent / "shared" / "data" / "phoenix"
OUT = ROOT / "src" / "newsgraph" / "data"
sys.path.insert(0, str(ROOT / "src"))

from newsgraph.actors.names import fold  # noqa: E402

SOURCES = {"countries": "Phoenix.Countries.actors.txt", "international": "Phoenix.International.actors.txt",
           "mnsa": "Phoenix.MilNonState.actors.txt"}
_CODE = re.compile(r"\[([^\]]*)\]")
_DATE = re.compile(r"^(\d{6}|\d{8})$")


def phrase(raw: str) -> str:
    """TABARI phrase ('ARAB_LEAGUE_', 'ADEN_ARMY_(AAIA)_') -> folded words ('arab league')."""
    raw = re.sub(r"\([^)]*\)", " ", raw).replace("_", " ")
    return fold(raw)


def iso_date(token: str) -> str | None:
    """'991231' -> 1999-12-31, '080507' -> 2008-05-07, '20120515' as is; None when malformed."""
    if not _DATE.match(token):
        return None
    if len(token) == 6:
        yy = int(token[:2])
        token = ("20" if yy <= 30 else "19") + token
    return f"{token[:4]}-{token[4:6]}-{token[6:]}"


def parse_code(body: str) -> list | None:
    """'RUSGOV 991231-080507' | 'RUSGOV >080508' | 'RUSELI' -> [code, from, to]; None if unreadable."""
    parts = body.replace("> ", ">").replace("< ", "<").split()
    if not parts or not re.fullmatch(r"[A-Z]{3,}", parts[0]):
        return None
    code, lo, hi = parts[0], None, None
    if len(parts) > 1:
        span = parts[1]
        if span.startswith(">"):
            lo = iso_date(span[1:])
            if lo is None:
                return None
        elif span.startswith("<"):
            hi = iso_date(span[1:])
            if hi is None:
                return None
        elif "-" in span:
            lo, hi = (iso_date(p) for p in span.split("-", 1))
            if lo is None or hi is None:
                return None
        else:
            return None
    return [code, lo, hi]


def entries(path: Path):
    """Yield (names, codes) for each entry of a TABARI .actors file."""
    names: list[str] = []
    codes: list[list] = []
    for line in path.read_text(encoding="latin-1").splitlines():
        body = line.split("#", 1)[0]
        if not body.strip():
            continue
        found = [c for c in (parse_code(m) for m in _CODE.findall(body)) if c]
        words = _CODE.sub(" ", body).strip()
        if words and not line[0].isspace() and not words.startswith("+"):
            if names:
                yield names, codes
            names, codes = [], []
        for alias in words.split("+"):
            if alias.strip() and phrase(alias):
                names.append(phrase(alias))
        codes.extend(found)
    if names:
        yield names, codes


def kind_of(src: str, codes: list[list]) -> str:
    """Country-level entries carry one bare ISO code; dated or ELI codes mark a person."""
    if src == "countries" and len(codes) == 1 and len(codes[0][0]) == 3 and codes[0][1:] == [None, None]:
        return "country"
    if any(c[1] or c[2] for c in codes) or any(c[0].endswith("ELI") for c in codes):
        return "person"
    return "org"


def build_actors() -> list[dict]:
    rows = []
    for src, name in SOURCES.items():
        for names, codes in entries(PHOENIX / name):
            if not codes:
                continue
            rows.append({"names": list(dict.fromkeys(names)), "codes": codes, "kind": kind_of(src, codes), "src": src})
    return rows


def build_agents() -> list[dict]:
    """Role phrases with their sector (the leading '~' of a Phoenix agent code dropped)."""
    text = (PHOENIX / "Phoenix.agents.txt").read_text(encoding="latin-1")
    subs = {m.group(1): [w.strip() for w in m.group(2).split(",")]
            for m in re.finditer(r"^(!\w+!)\s*=\s*(.+)$", text, re.M)}
    out: dict[str, str] = {}
    for line in text.splitlines():
        body = line.split("#", 1)[0]
        m = re.match(r"^([^\s\[{]+)\s*(?:\{([^}]*)\})?\s*\[~?([A-Z]+)~?\]", body)
        if not m:
            continue
        raw, plural, code = m.groups()
        forms = [raw]
        for key, values in subs.items():
            if key in raw:
                forms = [raw.replace(key, v) for v in values]
        forms += [p for p in (plural or "").split() if p]
        for form in forms:
            words = phrase(form)
            if words:
                out.setdefault(words, code)
    return [{"phrase": p, "sector": c} for p, c in sorted(out.items())]


def write_jsonl(path: Path, rows: list[dict]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in rows), encoding="utf-8")


def main() -> None:
    actors, agents = build_actors(), build_agents()
    write_jsonl(OUT / "phoenix_actors.jsonl", actors)
    write_jsonl(OUT / "phoenix_agents.jsonl", agents)
    shutil.copyfile(PHOENIX / "LICENSE", OUT / "LICENSE.phoenix")
    print(f"{len(actors)} actor entries, {len(agents)} agent phrases")


if __name__ == "__main__":
    main()
