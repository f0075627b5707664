"""Input hygiene: bytes or str in, clean article text out, or a named error.

Offsets in the record point into the text this module returns. Decoding drops a byte-order
mark and nothing else: CRLF, curly quotes and odd spacing stay, so offsets stay honest.
HTML is reduced to its main text (trafilatura) and that text becomes the article text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .errors import BinaryInput, EmptyInput, NotEnglish, TooLarge, UndecodableInput, UnreadableHTML

MAX_CHARS = 1_000_000

_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_HTML_HINT = re.compile(r"<(?:!doctype\s+html|html|head|body|p|div|article|br|span|a\s|meta|title)\b", re.I)
_WORD = re.compile(r"[^\W\d_]+", re.U)


def decode(data: bytes) -> str:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, else the best-fitting codec."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:4096]:
        raise BinaryInput(" (it contains NUL bytes)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise UndecodableInput()
    return str(best)


def looks_like_html(text: str) -> bool:
    head = text[:5000]
    return len(_HTML_HINT.findall(head)) >= 2 or head.lstrip().lower().startswith(("<!doctype html", "<html"))


def html_to_text(html: str) -> tuple[str, dict]:
    """Main text and metadata (title, url, date) of an HTML page, via trafilatura."""
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    if not text or not text.strip():
        raise UnreadableHTML()
    meta = trafilatura.extract_metadata(html)
    info = {}
    if meta is not None:
        info = {k: getattr(meta, k, None) for k in ("title", "url", "date")}
    return text, {k: v for k, v in info.items() if v}


def check_text(text: str) -> None:
    """Refuse text that is empty, binary-looking or too large to parse in one go."""
    if not text.strip():
        raise EmptyInput()
    if len(text) > MAX_CHARS:
        raise TooLarge(len(text), MAX_CHARS)
    sample = text[:20000]
    if len(_CONTROL.findall(sample)) > max(8, len(sample) // 100):
        raise BinaryInput(" (too many control characters)")


@lru_cache(maxsize=1)
def _english_stopwords() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language; English is recognised cheaply by its stop words."""
    words = [w.lower() for w in _WORD.findall(text[:5000])]
    if not words:
        return "und"
    stop = _english_stopwords()
    if len(words) < 8 or sum(w in stop for w in words) / len(words) >= 0.2:
        return "en"
    from langdetect import DetectorFactory, LangDetectException, detect

    DetectorFactory.seed = 0
    try:
        return detect(text[:5000])
    except LangDetectException:
        return "und"


def clean_article(raw: str | bytes) -> tuple[str, str, dict]:
    """(text, language, page metadata) for raw input, or a named :class:`InputError`.

    Non-English text raises :class:`NotEnglish`, which carries the detected language.
    """
    text = decode(raw) if isinstance(raw, bytes) else raw.lstrip("\ufeff")
    meta: dict = {}
    check_text(text)
    if looks_like_html(text):
        text, meta = html_to_text(text)
        check_text(text)
    language = detect_language(text)
    if language != "en":
        raise NotEnglish(language)
    return text, language, meta
