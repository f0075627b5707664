"""Write a timeline as text, JSON, tilse's text format or a small HTML page."""

from __future__ import annotations

import html
import json

from .summarize import TimelineEntry

FORMATS = ("text", "json", "tilse", "html")


def _sources(s) -> str:
    return ", ".join(dict.fromkeys(a for a, _, _ in s.sources))


def _text(timeline: list[TimelineEntry]) -> str:
    lines = []
    for e in timeline:
        lines.append(e.date.isoformat())
        lines += [f"  - {s.text}  [{_sources(s)}]" for s in e.sentences]
    return "\n".join(lines) + "\n"


def _json(timeline: list[TimelineEntry]) -> str:
    return json.dumps([{
        "date": e.date.isoformat(), "score": round(e.score, 4),
        "sentences": [{"text": s.text, "score": round(s.score, 4),
                       "sources": [{"article": a, "start": st, "end": en} for a, st, en in s.sources]}
                      for s in e.sentences],
    } for e in timeline], ensure_ascii=False, indent=2) + "\n"


def _tilse(timeline: list[TimelineEntry]) -> str:
    """A ``YYYY-MM-DD`` line, one sentence a line, then a line of exactly 32 dashes."""
    return "".join(e.date.isoformat() + "\n" + "".join(" ".join(s.text.split()) + "\n" for s in e.sentences)
                   + "-" * 32 + "\n" for e in timeline)


def _html(timeline: list[TimelineEntry]) -> str:
    items = "".join(
        f"<li><time datetime=\"{e.date.isoformat()}\">{e.date.isoformat()}</time><ul>"
        + "".join(f"<li>{html.escape(s.text)} <small>{html.escape(_sources(s))}</small></li>" for s in e.sentences)
        + "</ul></li>\n" for e in timeline)
    return f"<!doctype html>\n<meta charset=\"utf-8\">\n<title>Timeline</title>\n<ol class=\"timeline\">\n{items}</ol>\n"


def render(timeline: list[TimelineEntry], fmt: str = "text") -> str:
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    return {"text": _text, "json": _json, "tilse": _tilse, "html": _html}[fmt](timeline)
