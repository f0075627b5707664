"""The document model's lookups: which quote holds a word, which dates lie in a sentence."""

from dataclasses import dataclass

from newsgraph.document import SpanIndex


@dataclass
class Item:
    name: str
    start: int
    end: int


def names(items):
    return [i.name for i in items]


def test_containing_finds_every_overlapping_item_in_list_order():
    # a long mixed quote around a direct one, listed after it; a later quote far away
    items = [Item("direct", 40, 60), Item("mixed", 10, 80), Item("later", 200, 220)]
    index = SpanIndex(items)
    assert names(index.containing(50)) == ["direct", "mixed"]
    assert names(index.containing(20)) == ["mixed"]
    assert names(index.containing(80)) == []  # end is exclusive
    assert names(index.containing(210)) == ["later"]
    assert names(index.containing(5)) == []


def test_containing_looks_past_short_items_to_a_long_one_that_started_earlier():
    items = [Item("whole", 0, 1000)] + [Item(f"q{i}", 10 * i, 10 * i + 5) for i in range(1, 50)]
    index = SpanIndex(items)
    assert names(index.containing(497)) == ["whole"]
    assert names(index.containing(492)) == ["whole", "q49"]


def test_within_keeps_list_order_and_takes_starts_only():
    items = [Item("b", 30, 35), Item("a", 10, 15), Item("straddles", 18, 40), Item("out", 50, 55)]
    index = SpanIndex(items)
    assert names(index.within(10, 31)) == ["b", "a", "straddles"]
    assert names(index.within(19, 50)) == ["b"]
    assert names(SpanIndex([]).within(0, 100)) == []


def test_the_index_follows_a_stage_list_that_is_replaced_or_grows(nlp):
    from newsgraph.document import NewsDoc
    from newsgraph.model import ArticleInfo, TimeExpression

    text = "It rained on Monday and on Tuesday."
    nd = NewsDoc(text=text, doc=nlp(text), info=ArticleInfo(chars=len(text), sha256="-"))

    def time(phrase):
        start = text.index(phrase)
        return TimeExpression(id=phrase, start=start, end=start + len(phrase), text=phrase, value=None)

    nd.times = [time("Monday")]
    assert [t.text for t in nd.times_within(0, len(text))] == ["Monday"]
    nd.times.append(time("Tuesday"))
    assert [t.text for t in nd.times_within(0, len(text))] == ["Monday", "Tuesday"]
    nd.times = []
    assert nd.times_within(0, len(text)) == []
