"""A knowledge base over many articles: ingest records, resolve actors and events across
articles, query quotes, events, timelines and discourse networks, export flat tables."""

from .backend import StoreError
from .schema import SCHEMA_VERSION
from .store import NoSuchActor, Store

__all__ = ["SCHEMA_VERSION", "NoSuchActor", "Store", "StoreError"]
