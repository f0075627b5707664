"""Timeline summarisation: the dates that mattered in a stream of articles, with 1–2 sentences each.

``collect`` streams articles into their sentences and date references; ``summarize`` picks the
dates and sentences; ``render`` writes text, JSON, tilse or HTML.
"""

from .collect import Collection, collect
from .render import render
from .summarize import TimelineEntry, TimelineSentence, Weights, summarize

__all__ = ["Collection", "TimelineEntry", "TimelineSentence", "Weights", "collect", "render", "summarize"]
