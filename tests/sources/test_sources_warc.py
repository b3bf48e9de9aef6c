"""WARC archives: HTML responses become articles named path@URI; other records are skipped."""
import io

from warcio.warcwriter import WARCWriter

from muster.article import Article, Rejected
from sources_helpers import OTHER_STORY, page, read_all, warc_bytes

URI1 = "https://ledger.example/2025/09/28/guard-portland?utm_source=feed"
URI2 = "https://dispatch.example/marines"


def archive(gzip=False):
    return warc_bytes(
        [
            (URI1, "text/html; charset=utf-8", page().encode()),
            ("https://ledger.example/logo.png", "image/png", b"\x89PNG\r\n\x1a\n\x00\x00"),
            (URI2, "text/html", page(OTHER_STORY, title="Marines to help", site="Border Dispatch", url=URI2).encode()),
            ("https://ledger.example/menu", "text/html", b"<html><body><nav>Home</nav></body></html>"),
        ],
        gzip=gzip,
    )


def test_warc_responses_become_articles(tmp_path):
    path = tmp_path / "crawl.warc"
    path.write_bytes(archive())
    first, second, menu = read_all(path)
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.source == f"{path}@{URI1}"
    assert first.url == URI1  # the URI the crawler fetched, not the page's canonical link
    assert first.publisher == "Cascade Ledger"
    assert first.published == "2025-09-28T14:30:00-07:00"
    assert "Oregon National Guard" in first.text
    assert second.source == f"{path}@{URI2}" and "700 Marines" in second.text
    assert menu == Rejected(f"{path}@https://ledger.example/menu", "no article text found in the page")


def test_gzipped_warc(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(archive(gzip=True))
    assert [type(item) for item in read_all(path)] == [Article, Article, Rejected]


def test_warc_without_pages_and_error_responses(tmp_path):
    images = tmp_path / "images.warc"
    images.write_bytes(warc_bytes([("https://x.example/a.png", "image/png", b"\x89PNG")]))
    missing = tmp_path / "404.warc"
    missing.write_bytes(warc_bytes([(URI2, "text/html", page().encode())], status="404 Not Found"))
    assert read_all(images, missing) == [
        Rejected(str(images), "WARC archive holds no HTML responses"),
        Rejected(str(missing), "WARC archive holds no HTML responses"),
    ]


def test_damaged_warc_keeps_what_was_read(tmp_path):
    path = tmp_path / "cut.warc"
    path.write_bytes(archive() + b"<html>not a WARC record</html>\r\n\r\n")
    items = read_all(path)
    assert [type(item) for item in items[:2]] == [Article, Article]
    assert items[-1].source == str(path)
    assert items[-1].reason.startswith("WARC archive damaged after 3 pages: Invalid WARC record")


def test_resource_record_and_charset_from_the_http_header(tmp_path):
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=False)
    html = page(title="Caf\xe9 owners watch troops arrive", charset="windows-1252").encode("cp1252")
    writer.write_record(writer.create_warc_record(URI2, "resource", payload=io.BytesIO(html), warc_content_type="text/html"))
    path = tmp_path / "resource.warc"
    path.write_bytes(out.getvalue())
    [article] = read_all(path)
    assert article.title == "Caf\xe9 owners watch troops arrive"
    assert article.source == f"{path}@{URI2}"
    latin = warc_bytes([(URI1, "text/html; charset=ISO-8859-1", page(title="Caf\xe9 talk", charset="x").encode("latin-1"))])
    path.write_bytes(latin)
    [article] = read_all(path)
    assert article.title == "Caf\xe9 talk" and article.warnings == []
