"""Shared fixtures: one loaded pipeline for the whole session, paths to shared data."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED_TEXT = SHARED / "corpus" / "seed" / "hollande-putin-2012-06-01.txt"
SEED_GOLD = SHARED / "corpus" / "seed" / "hollande-putin-2012-06-01.gold.json"
EXAMPLE = ROOT / "examples" / "hollande-putin-2012-06-01.txt"

#: For tests that read ../shared (the corpora and the seed's gold): skipped, not failed, in a checkout without it.
needs_shared = pytest.mark.skipif(not SHARED.exists(), reason="../shared is not there")


@pytest.fixture(scope="session")
def pipeline():
    from newsgraph.pipeline import get_pipeline

    return get_pipeline()


@pytest.fixture(scope="session")
def nlp(pipeline):
    return pipeline.nlp


@pytest.fixture(scope="session")
def seed_record(pipeline):
    return pipeline.extract(EXAMPLE.read_text(encoding="utf-8"), pub_date="2012-06-01", id="seed")


@pytest.fixture()
def newsdoc(pipeline):
    """Build a NewsDoc for a small text and run the stages up to (and including) ``until``."""
    from newsgraph.document import NewsDoc
    from newsgraph.pipeline import ArticleInput, _prepare, run_stages

    def make(text: str, pub_date: str | None = None, until: str | None = None) -> NewsDoc:
        prepared = _prepare(ArticleInput(text=text, pub_date=pub_date))
        assert not hasattr(prepared, "error"), prepared
        clean, info = prepared
        return run_stages(NewsDoc(text=clean, doc=pipeline.nlp(clean), info=info), until=until)

    return make
