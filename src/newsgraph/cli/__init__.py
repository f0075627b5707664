"""The ``newsgraph`` command: a thin layer over the Python API."""

from __future__ import annotations

import typer

from . import corpus
from .evaluate import eval_command
from .extract import extract_command
from .serve import serve_command

app = typer.Typer(
    name="newsgraph",
    help="Who said what, who did what to whom, where and when — with evidence, from news articles.",
    no_args_is_help=True,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
app.command("extract")(extract_command)
app.command("eval")(eval_command)
corpus.register(app)
app.command("serve")(serve_command)


def main() -> None:
    app()
