"""Shared by the benchmark scripts: write results JSON and a section of docs/benchmarks.md.

Each benchmark owns one section between ``<!-- bench:NAME -->`` markers, so benchmarks can be
re-run one at a time without clobbering each other's numbers.
"""

from __future__ import annotations

import datetime as dt
import json
import platform
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
RESULTS = ROOT / "bench" / "results"
DOC = ROOT / "docs" / "benchmarks.md"


def machine() -> str:
    import os

    return f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"


def write_results(name: str, results: dict, markdown: str) -> None:
    """Save ``bench/results/NAME.json`` and replace NAME's section in docs/benchmarks.md."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    stamped = {"benchmark": name, "date": dt.date.today().isoformat(), "machine": machine(), **results}
    (RESULTS / f"{name}.json").write_text(json.dumps(stamped, indent=2, ensure_ascii=False) + "\n")
    begin, end = f"<!-- bench:{name} -->", f"<!-- /bench:{name} -->"
    section = f"{begin}\n{markdown.strip()}\n\n_Run {stamped['date']} on {stamped['machine']}; raw numbers in `bench/results/{name}.json`._\n{end}"
    doc = DOC.read_text() if DOC.exists() else "# Benchmarks\n\nEvery number here is written by a script in `bench/`; re-run it to refresh its section.\n"
    pattern = re.compile(re.escape(begin) + ".*?" + re.escape(end), re.S)
    doc = pattern.sub(lambda _: section, doc) if pattern.search(doc) else doc.rstrip() + "\n\n" + section + "\n"
    DOC.write_text(doc)
