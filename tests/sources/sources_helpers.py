"""Helpers for the source reader tests: short news texts written for them, and file builders."""
from __future__ import annotations

import io

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from muster.article import Article, Rejected
from muster.sources import read_inputs

STORY = (
    "About 200 members of the Oregon National Guard reported for duty on Sunday after "
    "a federal judge declined to block the deployment, state officials said.\n\n"
    "The troops were federalized under a section of Title 10 and will protect federal "
    "buildings in Portland, a spokesman for Northern Command said."
)
OTHER_STORY = (
    "The Pentagon said Tuesday that 700 Marines would help immigration officers with "
    "logistics and paperwork in Florida, Louisiana and Texas.\n\n"
    "Officials said the Marines would not make arrests and would remain under the "
    "command of their own officers."
)


def page(
    body: str = STORY,
    *,
    title: str = "Guard troops report for duty in Portland",
    site: str = "Cascade Ledger",
    published: str | None = "2025-09-28T14:30:00-07:00",
    url: str = "https://ledger.example/2025/09/28/guard-portland",
    charset: str = "utf-8",
) -> str:
    """A news page with metadata in its head and boilerplate around the article."""
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
    date_meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    return (
        f'<!DOCTYPE html><html><head><meta charset="{charset}"><title>{title} | {site}</title>'
        f'<meta property="og:title" content="{title}"><meta property="og:site_name" content="{site}">'
        f'{date_meta}<link rel="canonical" href="{url}"></head><body>'
        '<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sports">Sports</a></nav>'
        f"<article><h1>{title}</h1>{paragraphs}</article>"
        f"<footer>Copyright 2025 {site}. All rights reserved.</footer></body></html>"
    )


def warc_bytes(records: list[tuple[str, str, bytes]], *, gzip: bool = False, status: str = "200 OK") -> bytes:
    """A WARC archive of (uri, content type, payload) responses, each after its request."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzip)
    for uri, content_type, payload in records:
        request = writer.create_warc_record(uri, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
        writer.write_record(request)
        headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(payload), http_headers=headers))
    return out.getvalue()


def read_all(*paths, stdin=None) -> list[Article | Rejected]:
    return list(read_inputs([str(p) for p in paths], stdin=stdin))


def articles(items) -> list[Article]:
    return [item for item in items if isinstance(item, Article)]


def rejected(items) -> list[Rejected]:
    return [item for item in items if isinstance(item, Rejected)]


def write_story(path) -> str:
    """A plain-text article file; returns the path as a string."""
    path.write_text("Guard troops report for duty in Portland\n\n" + STORY + "\n", encoding="utf-8")
    return str(path)
