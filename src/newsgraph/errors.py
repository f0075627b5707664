"""Named errors: each says what went wrong with the input and how to fix it."""


class NewsgraphError(Exception):
    """Base class for every error newsgraph raises on purpose."""


class InputError(NewsgraphError):
    """The article cannot be read as text; nothing was extracted from it."""


class EmptyInput(InputError):
    def __init__(self) -> None:
        super().__init__("empty input: the article has no text (only whitespace or nothing)")


class BinaryInput(InputError):
    def __init__(self, detail: str = "") -> None:
        super().__init__(f"binary input: this does not look like text{detail}; pass a UTF-8 (or other encoded) text or HTML file")


class UndecodableInput(InputError):
    def __init__(self) -> None:
        super().__init__("cannot decode input: no text encoding fits these bytes; convert the file to UTF-8")


class TooLarge(InputError):
    def __init__(self, chars: int, limit: int) -> None:
        super().__init__(f"article too large: {chars:,} characters (limit {limit:,}); split it into articles")


class UnreadableHTML(InputError):
    def __init__(self) -> None:
        super().__init__("HTML input without extractable main text: pass the article text, or a page with an article body")


class NotEnglish(InputError):
    def __init__(self, language: str) -> None:
        self.language = language
        super().__init__(f"article language is '{language}', not English: newsgraph reads English news only")


class BadPubDate(NewsgraphError):
    def __init__(self, value: str) -> None:
        super().__init__(f"bad publication date {value!r}: give it as YYYY-MM-DD, e.g. 2012-06-01")
