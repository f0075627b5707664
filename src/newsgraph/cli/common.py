"""Helpers shared by the CLI commands: stderr console, output files, progress bars."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

from rich.console import Console

err_console = Console(stderr=True)

#: Fewer articles than this run without a progress bar.
PROGRESS_MIN = 4


@contextlib.contextmanager
def open_output(path: Path | None):
    if path is None:
        yield sys.stdout
        sys.stdout.flush()
    else:
        with path.open("w", encoding="utf-8") as handle:
            yield handle


@contextlib.contextmanager
def progress(total: int | None, label: str = "articles"):
    """A progress bar on stderr for more than a few items; yields a function to call per item."""
    if total is not None and total < PROGRESS_MIN:
        yield lambda: None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=err_console, transient=True) as bar:
        task = bar.add_task(label, total=total)
        yield lambda: bar.advance(task)
