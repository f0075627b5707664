"""Ingest: items in, records through one loaded pipeline (``nlp.pipe``), one transaction per article.

Articles whose cleaned text is already stored are skipped before parsing, so a re-ingest is
cheap and adds nothing; an article that fails is recorded in ``failures`` and the rest go on.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace

from ..errors import NewsgraphError
from ..inputs import clean_article
from ..model import ErrorRecord
from .backend import StoreError
from .sources import Item
from .store import Store

BATCH = 16


def ingest(store: Store, items: Iterable[Item], *, pipeline=None, tick: Callable[[], None] = lambda: None,
           on_error: Callable[[str, str], None] = lambda source, error: None,
           on_added: Callable[[str, str], None] = lambda source, article_id: None) -> Counter:
    """Store every readable new article; counts of 'added', 'skipped' (already stored) and 'failed'.

    ``on_added`` is called after an article's transaction has committed, so a caller can log
    exactly what is durable.
    """
    if pipeline is None:
        from ..pipeline import get_pipeline

        pipeline = get_pipeline()
    counts: Counter = Counter(added=0, skipped=0, failed=0)
    batch: list[Item] = []
    for item in _new_items(store, items, counts, tick, on_error):
        batch.append(item)
        if len(batch) >= BATCH:
            _run_batch(store, pipeline, batch, counts, tick, on_error, on_added)
    _run_batch(store, pipeline, batch, counts, tick, on_error, on_added)
    return counts


def _new_items(store, items, counts, tick, on_error) -> Iterator[Item]:
    """Items not yet stored, with their text cleaned once (HTML metadata kept); the rest counted."""
    for item in items:
        if item.error is None:
            try:
                text, _, page = clean_article(item.article.text)
            except NewsgraphError as exc:
                item = replace(item, error=str(exc))
            else:
                if store.has(hashlib.sha256(text.encode("utf-8")).hexdigest()):
                    counts["skipped"] += 1
                    tick()
                    continue
                a = item.article
                item = replace(item, article=replace(a, text=text, title=a.title or page.get("title"),
                                                     url=a.url or page.get("url"), pub_date=a.pub_date or page.get("date")))
        if item.error is not None:
            _fail(store, item.source, item.article.id if item.article else None, item.error, counts, on_error)
            tick()
            continue
        yield item


def _run_batch(store, pipeline, batch: list[Item], counts, tick, on_error, on_added) -> None:
    for item, result in zip(batch, pipeline.extract_many([i.article for i in batch], batch_size=len(batch) or 1)):
        if isinstance(result, ErrorRecord):
            _fail(store, item.source, item.article.id, result.error, counts, on_error)
        else:
            try:
                added = store.add(result, source=item.source, outlet=item.outlet)
            except StoreError as exc:
                _fail(store, item.source, item.article.id, f"cannot store it: {exc}", counts, on_error)
            else:
                counts["added" if added else "skipped"] += 1
                if added:
                    on_added(item.source, result.article.id)
        tick()
    batch.clear()


def _fail(store, source, article_id, error, counts, on_error) -> None:
    store.add_failure(source, article_id, error)
    counts["failed"] += 1
    on_error(source, error)
