import pytest

from newsgraph.errors import BinaryInput, EmptyInput, NotEnglish, TooLarge, UnreadableHTML
from newsgraph.inputs import MAX_CHARS, clean_article, decode, detect_language

ENGLISH = "The minister said on Monday that the talks would resume next week in Geneva, officials said."


def test_utf8_bom_is_dropped_and_nothing_else_changes():
    text = decode("\ufeff\u201cWe will not,\u201d he said.\r\nNext line.".encode("utf-8"))
    assert text == "\u201cWe will not,\u201d he said.\r\nNext line."


def test_utf16_and_legacy_encodings_are_read():
    assert decode("Caf\u00e9 talks".encode("utf-16")) == "Caf\u00e9 talks"
    legacy = "Fran\u00e7ois Hollande met the Kremlin\u2019s envoy in Paris on Friday, officials said.".encode("cp1252")
    assert "Fran\u00e7ois" in decode(legacy)


@pytest.mark.parametrize("raw", ["", "   \n\t ", b"", b"   "])
def test_empty_input_is_refused(raw):
    with pytest.raises(EmptyInput):
        clean_article(raw)


def test_binary_input_is_refused():
    with pytest.raises(BinaryInput):
        clean_article(bytes(range(256)) * 20)


def test_huge_input_is_refused_with_the_limit():
    with pytest.raises(TooLarge, match="limit"):
        clean_article("word " * (MAX_CHARS // 4))


def test_non_english_reports_its_language():
    german = ("Die Bundesregierung hat am Freitag neue Sanktionen gegen Syrien beschlossen, "
              "wie ein Sprecher des Auswärtigen Amtes in Berlin mitteilte. Die Maßnahmen treten sofort in Kraft.")
    with pytest.raises(NotEnglish) as info:
        clean_article(german)
    assert info.value.language == "de"
    assert detect_language(ENGLISH) == "en"


def test_html_is_reduced_to_its_main_text():
    page = ("<html><head><title>Talks</title></head><body><nav>Home | World</nav><article><p>"
            + ENGLISH + " " + ENGLISH + "</p><p>" + ENGLISH + "</p></article></body></html>")
    text, _, _ = clean_article(page)
    assert "<" not in text and "minister said" in text


def test_html_without_text_is_refused():
    with pytest.raises(UnreadableHTML):
        clean_article("<html><body><div><script>var x = 1;</script></div></body></html>")
