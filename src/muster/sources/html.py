"""HTML pages: trafilatura drops the boilerplate; the page's metadata gives title, date, URL and site."""
from __future__ import annotations

import codecs
import re
from typing import BinaryIO, Iterator

import lxml.html
import trafilatura
from lxml import etree

from muster.article import Article, Rejected
from muster.sources.common import HTML_LIMIT, MIN_ARTICLE_CHARS, article_id, decode
from muster.sources.dates import iso_date
from muster.sources.streams import read_whole

NO_ARTICLE = "no article text found in the page"

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)""", re.I)
# Where pages state their publication time in full; trafilatura keeps only the day.
_PUBLISHED = (
    "//meta[@property='article:published_time']/@content",
    "//meta[@property='og:published_time']/@content",
    "//meta[@itemprop='datePublished']/@content",
    "//meta[@name='pubdate']/@content",
)
_BLOCKS = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
    "pre", "section", "article", "header", "footer", "table", "tr", "figure", "figcaption", "hr",
}


def read(stream: BinaryIO, source: str, size: int | None) -> Iterator[Article | Rejected]:
    """One article from an HTML file."""
    data = read_whole(stream, source, size, "HTML page", HTML_LIMIT)
    if isinstance(data, Rejected):
        yield data
        return
    yield from_html(data, source)


def from_html(data: bytes, source: str, *, url: str | None = None, charset: str | None = None) -> Article | Rejected:
    """The article in a page, or Rejected when the page holds none (a menu, an error page).

    `url` and `charset` come from outside the page when known (a WARC record's
    target URI and HTTP header) and win over what the page says of itself.
    """
    html, warnings = _decode(data, charset)
    try:
        tree = lxml.html.document_fromstring(_XML_DECLARATION.sub("", html, count=1))
    except (etree.ParserError, ValueError):
        return Rejected(source, NO_ARTICLE)
    published = _published(tree)
    doc = trafilatura.bare_extraction(tree, url=url, with_metadata=True, include_comments=False)
    title = (doc.title or "").strip() if doc else ""
    text = _without_headline((doc.text or "").strip() if doc else "", title)
    if len(text) < MIN_ARTICLE_CHARS:
        return Rejected(source, NO_ARTICLE)
    return Article(
        id=article_id(text),
        title=title,
        text=text,
        published=published or iso_date(doc.date),
        url=url or doc.url,
        publisher=doc.sitename or None,
        source=source,
        warnings=warnings,
    )


def fragment_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed entry's content): blocks become lines."""
    if "<" not in fragment:
        return fragment.strip()
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return fragment.strip()
    for element in list(root.iter("script", "style")):
        element.drop_tree()
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.lower() in _BLOCKS:
            element.tail = "\n" + (element.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().split("\n"))
    return "\n".join(line for line in lines if line)


def _without_headline(text: str, title: str) -> str:
    """The body without the page's own headline, so the text is the article as other formats give it."""
    first, _, rest = text.partition("\n")
    return rest.lstrip() if title and first.strip() == title else text


def _published(tree) -> str | None:
    for path in _PUBLISHED:
        for value in tree.xpath(path):
            found = iso_date(value)
            if found:
                return found
    return None


def _decode(data: bytes, charset: str | None) -> tuple[str, list[str]]:
    """Text of the page in the charset it declares; UTF-8 (with a warning if invalid) otherwise."""
    head = data[:4096]
    declared = charset or _first_group(_CHARSET, head) or _first_group(_XML_ENCODING, head)
    codec = _codec(declared)
    if codec and codec != "utf-8":
        text = data.decode(codec, errors="replace")
        return text, ([f"bytes invalid in declared charset {declared} replaced with U+FFFD"] if "\ufffd" in text else [])
    return decode(data)


def _first_group(pattern: re.Pattern, data: bytes) -> str | None:
    match = pattern.search(data)
    return match.group(1).decode("ascii", "replace") if match else None


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None
