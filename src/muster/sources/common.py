"""What every reader shares: size limits, decoding bytes, and ids for articles that bring none."""
from __future__ import annotations

from muster.article import content_hash

MB = 1024 * 1024

# Formats read whole are capped so one stray file cannot exhaust memory.
# JSON Lines and WARC archives are streamed and have no cap of their own,
# only a cap per line or per record.
TEXT_LIMIT = 20 * MB
HTML_LIMIT = 20 * MB
JSON_LIMIT = 50 * MB
FEED_LIMIT = 50 * MB
LINE_LIMIT = 20 * MB
RECORD_LIMIT = 20 * MB

# Fewer characters than this after boilerplate removal is a menu or a stub, not an article.
MIN_ARTICLE_CHARS = 80


def article_id(text: str) -> str:
    """A stable id from the content, so two copies of one report get the same id."""
    return "a-" + content_hash(text)[:16]


def decode(data: bytes) -> tuple[str, list[str]]:
    """UTF-8 text and any warnings; bad bytes become U+FFFD rather than losing the article."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as error:
        text = data.decode("utf-8", errors="replace")
        return text, [f"invalid UTF-8 at byte {error.start}; undecodable bytes replaced with U+FFFD"]


def size_text(size: int) -> str:
    """A size as people read it: '200.0 MB'."""
    return f"{size / MB:.1f} MB" if size >= MB / 10 else f"{size} bytes"


def too_large(what: str, size: int, limit: int) -> str:
    """The one-line reason for a file over its format's cap."""
    return f"{what} is {size_text(size)}, over the {size_text(limit)} limit"


def one_line(message: object) -> str:
    """An error message fit for a one-line reason."""
    return " ".join(str(message).split())
