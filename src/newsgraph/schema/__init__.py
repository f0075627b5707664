"""The JSON Schema of the record, generated from :mod:`newsgraph.model`.

Regenerate the shipped file after changing the model: ``python -m newsgraph.schema``.
"""

from __future__ import annotations

import json
from pathlib import Path

from ..model import SCHEMA_VERSION, Record

SCHEMA_FILE = Path(__file__).with_name("newsgraph-1.schema.json")


def json_schema() -> dict:
    schema = Record.model_json_schema(by_alias=True, mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://newsgraph.invalid/schema/newsgraph-1.schema.json"
    schema["properties"]["schema"] = {"const": SCHEMA_VERSION, "title": "Schema"}
    return schema


def write_schema() -> None:
    SCHEMA_FILE.write_text(json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n")

