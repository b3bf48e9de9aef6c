"""HTML pages: boilerplate removed, metadata read, pages without an article rejected."""
from muster.article import Article, Rejected
from muster.sources.html import fragment_text, from_html
from sources_helpers import STORY, page, read_all


def test_article_and_metadata_from_a_page(tmp_path):
    path = tmp_path / "guard.html"
    path.write_text(page())
    [article] = read_all(path)
    assert isinstance(article, Article)
    assert article.title == "Guard troops report for duty in Portland"
    assert article.published == "2025-09-28T14:30:00-07:00"
    assert article.url == "https://ledger.example/2025/09/28/guard-portland"
    assert article.publisher == "Cascade Ledger"
    assert article.source == str(path)
    assert article.text.startswith("About 200 members of the Oregon National Guard")  # headline not repeated
    assert "Northern Command" in article.text
    assert "All rights reserved" not in article.text
    assert "Sports" not in article.text
    assert article.id.startswith("a-")


def test_date_only_metadata_gives_a_date(tmp_path):
    html = page(published=None).replace("</head>", '<meta name="date" content="2025-09-28"></head>')
    article = from_html(html.encode(), "p.html")
    assert article.published == "2025-09-28"


def test_page_is_sniffed_without_an_html_extension(tmp_path):
    path = tmp_path / "download"
    path.write_text(page())
    [article] = read_all(path)
    assert article.publisher == "Cascade Ledger"


def test_page_without_an_article_is_rejected(tmp_path):
    path = tmp_path / "menu.html"
    path.write_text('<html><head><title>Menu</title></head><body><nav><a href="/">Home</a></nav></body></html>')
    [item] = read_all(path)
    assert item == Rejected(str(path), "no article text found in the page")


def test_declared_charset_is_honoured(tmp_path):
    path = tmp_path / "cp1252.html"
    path.write_bytes(page(title="Caf\xe9 owners watch troops arrive", charset="windows-1252").encode("cp1252"))
    [article] = read_all(path)
    assert article.title == "Caf\xe9 owners watch troops arrive"
    assert article.warnings == []


def test_invalid_utf8_page_warns(tmp_path):
    path = tmp_path / "bad.html"
    path.write_bytes(page().encode().replace(b"Sunday", b"Sun\xffday"))
    [article] = read_all(path)
    assert "Sun\ufffdday" in article.text
    assert any("invalid UTF-8" in warning for warning in article.warnings)


def test_xhtml_with_xml_declaration_and_a_bare_fragment():
    xhtml = '<?xml version="1.0" encoding="utf-8"?>\n' + page()
    assert isinstance(from_html(xhtml.encode(), "x.xhtml"), Article)
    fragment = "".join(f"<p>{p}</p>" for p in STORY.split("\n\n"))
    article = from_html(fragment.encode(), "fragment.html")
    assert isinstance(article, Article)
    assert article.text.startswith("About 200 members")


def test_fragment_text_keeps_blocks_as_lines():
    html = "<p>One <b>bold</b> word.</p><script>track()</script><p>Two<br>Three</p>"
    assert fragment_text(html) == "One bold word.\nTwo\nThree"
    assert fragment_text("plain words") == "plain words"
