"""Human-readable views of a record: a plain-text report and a standalone HTML page."""

from __future__ import annotations

import html
from collections import defaultdict

from .model import Record


def _name(record: Record, actor_id: str | None) -> str:
    actor = record.actor(actor_id)
    return actor.name if actor else "(unknown)"


def _names(record: Record, ids: list[str]) -> str:
    return ", ".join(_name(record, i) for i in ids) or "-"


def render_text(record: Record) -> str:
    """The report `make run` prints: actors, quotes by speaker, dated events, stances."""
    a = record.article
    lines = [f"Article {a.id or ''}  pub_date={a.pub_date or '?'}  dateline={a.dateline.place if a.dateline else '-'}  "
             f"{a.chars} chars", ""]
    lines.append(f"ACTORS ({len(record.actors)})")
    for actor in record.actors:
        code = "/".join(x for x in (actor.country, actor.sector) if x) or "-"
        lines.append(f"  {actor.name:<32} {actor.type:<12} {code:<10} {len(actor.mentions)} mention(s)")
    lines += ["", f"QUOTES ({len(record.quotes)})"]
    by_speaker = defaultdict(list)
    for q in record.quotes:
        by_speaker[q.speaker].append(q)
    for speaker, quotes in sorted(by_speaker.items(), key=lambda kv: (kv[0] is None, -len(kv[1]))):
        lines.append(f"  {_name(record, speaker) if speaker else '(speaker unknown)'}:")
        for q in quotes:
            cue = f" [{q.cue.text}]" if q.cue else ""
            lines.append(f"    - ({q.type}{cue}, {q.confidence:.2f}) \u201c{_clip(q.text)}\u201d")
    lines += ["", f"EVENTS ({len(record.events)})"]
    for e in sorted(record.events, key=lambda e: (e.date or "9999", e.trigger.start)):
        flags = "".join([" NOT" if e.negated else "", " IF" if e.hypothetical else ""])
        lines.append(f"  {e.date or '(undated)':<23} {e.category:<10}{flags} {_names(record, e.source)} -> "
                     f"{_names(record, e.target)}  [{e.trigger.text}]")
    lines += ["", f"STANCES ({len(record.stances)}, by issue)"]
    by_issue = defaultdict(list)
    for s in record.stances:
        by_issue[s.issue_id or s.issue].append(s)
    for stances in by_issue.values():
        lines.append(f"  {_clip(stances[0].issue, 90)}")
        for s in stances:
            quote = f" [{s.quote}]" if s.quote else ""
            lines.append(f"    {s.polarity:<8} {_name(record, s.holder):<28} {s.confidence:.2f}{quote}")
    if record.disagreements:
        lines += ["", f"DISAGREEMENTS ({len(record.disagreements)})"]
        for d in record.disagreements:
            lines.append(f"  {_clip(d.issue, 60)}: {_names(record, d.supporters)}  vs  {_names(record, d.opponents)}")
    lines += ["", f"TIMES ({len(record.times)})"]
    for t in record.times:
        lines.append(f"  {t.text:<28} {t.value or '-'}")
    return "\n".join(lines) + "\n"


def _clip(text: str, width: int = 100) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "\u2026"


def render_html(record: Record) -> str:
    """A standalone page: the article with quotes, actors and times highlighted, plus the report."""
    text = record.article.text or ""
    marks: list[tuple[int, int, str, str]] = []
    for q in record.quotes:
        marks.append((q.start, q.end, "quote", f"{q.type} quote by {_name(record, q.speaker)}"))
    for t in record.times:
        marks.append((t.start, t.end, "time", t.value or "unresolved"))
    body, pos = [], 0
    for start, end, cls, title in sorted(marks):
        if start < pos:
            continue
        body.append(html.escape(text[pos:start]))
        body.append(f'<mark class="{cls}" title="{html.escape(title)}">{html.escape(text[start:end])}</mark>')
        pos = end
    body.append(html.escape(text[pos:]))
    title = html.escape(record.article.title or record.article.id or "newsgraph record")
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title><style>"
        "body{font-family:sans-serif;max-width:60em;margin:auto}mark.quote{background:#fde68a}"
        "mark.time{background:#bfdbfe}.article{white-space:pre-wrap;line-height:1.5}</style></head><body>"
        f"<h1>{title}</h1><div class='article'>{''.join(body)}</div>"
        f"<h2>Report</h2><pre>{html.escape(render_text(record))}</pre></body></html>\n"
    )
