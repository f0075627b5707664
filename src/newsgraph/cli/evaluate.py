"""``newsgraph eval``: score the pipeline against gold annotations."""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path
from typing import Optional

import typer


class GoldKind(str, Enum):
    auto = "auto"
    seed = "seed"
    polnear = "polnear"
    plover = "plover"


def eval_command(
    gold: Path = typer.Argument(..., exists=True, dir_okay=False, help="Gold file: a *.gold.json (seed format), PolNeAR JSONL or PLOVER GSR JSONL."),
    kind: GoldKind = typer.Option(GoldKind.auto, "--kind", help="Gold format; 'auto' tells by the file's content."),
    limit: Optional[int] = typer.Option(None, "--limit", help="Score only the first N articles/sentences."),
) -> None:
    """Score newsgraph against gold annotations and print the metrics as JSON.

    The pipeline sees only each article's text and publication date, never the gold.

    Example: newsgraph eval ../shared/corpus/seed/hollande-putin-2012-06-01.gold.json
    """
    from ..evaluation import evaluate_file

    metrics = evaluate_file(gold, kind=None if kind is GoldKind.auto else kind.value, limit=limit)
    typer.echo(json.dumps(metrics, indent=2, ensure_ascii=False))
