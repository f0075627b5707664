import pytest

from newsgraph.dateline import find_dateline


@pytest.mark.parametrize("text, place, dateline", [
    ("PARIS - France's new president", "PARIS", "PARIS -"),
    ("WASHINGTON (Reuters) - The Senate voted", "WASHINGTON", "WASHINGTON (Reuters) -"),
    ("Lausanne, Switzerland (CNN)Negotiations continued", "Lausanne, Switzerland", "Lausanne, Switzerland (CNN)"),
    ("LONDON, June 1 (Reuters) - Shares fell", "LONDON", "LONDON, June 1 (Reuters) -"),
    ("  NEW YORK -- Stocks rose", "NEW YORK", "NEW YORK --"),
])
def test_datelines_are_found_as_exact_spans(text, place, dateline):
    found = find_dateline(text)
    assert found is not None and found.place == place and found.text == dateline
    assert text[found.start:found.end] == dateline


@pytest.mark.parametrize("text", ["Barack Obama - ordered sanctions", "The president said on Friday", "- a list"])
def test_ordinary_openings_are_not_datelines(text):
    assert find_dateline(text) is None
