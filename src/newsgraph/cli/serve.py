"""``newsgraph serve``: the HTTP service (``newsgraph.server``) under uvicorn."""

from __future__ import annotations

import typer


def serve_command(
    host: str = typer.Option("127.0.0.1", "--host", help="Interface to listen on (0.0.0.0 for all)."),
    port: int = typer.Option(8000, "--port", help="TCP port."),
    workers: int = typer.Option(1, "--workers", min=1, help="Processes, each with its own model (one extraction at a time each)."),
) -> None:
    """Serve POST /extract, POST /extract/batch and GET /health; API docs at /docs.

    Example: newsgraph serve --port 8000, then
    curl -s localhost:8000/extract -H 'content-type: application/json' -d '{"text": "...", "pub_date": "2012-06-01"}'
    """
    import uvicorn

    uvicorn.run("newsgraph.server:create_app", factory=True, host=host, port=port, workers=workers)
