"""An HTTP service over the Python API, for newsrooms that call newsgraph from other tools.

One model load per process; extraction is serialised by a lock (spaCy pipelines are not meant to
be shared across threads), so scale with processes (``--workers``). A bad article is answered with
its error (422) and never takes the service down; neither does a bug in a stage (500, logged).

    newsgraph serve --port 8000
    curl -s localhost:8000/extract -H 'content-type: application/json' \\
         -d '{"text": "...", "pub_date": "2012-06-01"}'
"""

from __future__ import annotations

import logging
import threading
from typing import Optional

from fastapi import FastAPI
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from . import __version__
from .errors import NewsgraphError
from .model import SCHEMA_VERSION, ErrorRecord
from .pipeline import ArticleInput, Pipeline, get_pipeline

log = logging.getLogger(__name__)

#: the most articles one /extract/batch call may carry; larger jobs belong to `newsgraph extract --jsonl`
MAX_BATCH = 100


class Article(BaseModel):
    text: str
    id: Optional[str] = None
    pub_date: Optional[str] = None
    title: Optional[str] = None
    url: Optional[str] = None

    def to_input(self) -> ArticleInput:
        return ArticleInput(text=self.text, id=self.id, pub_date=self.pub_date, title=self.title, url=self.url,
                            pub_date_source="caller")


class Batch(BaseModel):
    articles: list[Article] = Field(max_length=MAX_BATCH)


def create_app(pipeline: Pipeline | None = None) -> FastAPI:
    """The service; the model loads on the first request unless a loaded pipeline is given."""
    app = FastAPI(title="newsgraph", version=__version__,
                  description="Who said what, who did what to whom, where and when — with evidence.")
    lock = threading.Lock()

    def run(articles: list[ArticleInput]) -> list:
        with lock:
            return list((pipeline or get_pipeline()).extract_many(articles))

    @app.get("/health")
    def health() -> dict:
        return {"status": "ok", "schema": SCHEMA_VERSION, "version": __version__}

    @app.post("/extract")
    def extract(article: Article):
        """One article in, its record out (422 with the reason for unusable input)."""
        try:
            [result] = run([article.to_input()])
        except Exception as exc:  # a bug must answer 500, never end the service
            log.exception("extract failed")
            return JSONResponse({"article": {"id": article.id}, "error": f"internal error: {exc}"}, status_code=500)
        if isinstance(result, ErrorRecord):
            status = 422 if isinstance(result._exception, NewsgraphError) else 500
            return JSONResponse(result.model_dump(), status_code=status)
        return JSONResponse(result.to_dict())

    @app.post("/extract/batch")
    def extract_batch(batch: Batch):
        """Up to MAX_BATCH articles; records in input order, a failed article as its error line."""
        try:
            results = run([a.to_input() for a in batch.articles])
        except Exception as exc:
            log.exception("batch failed")
            return JSONResponse({"error": f"internal error: {exc}"}, status_code=500)
        return {"records": [r.model_dump() if isinstance(r, ErrorRecord) else r.to_dict() for r in results]}

    return app
