"""RSS and Atom feeds: one article per entry, HTML stripped, dates and links kept."""
from muster.article import Article, Rejected
from sources_helpers import STORY, OTHER_STORY, read_all

RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Cascade Ledger: National</title>
  <link>https://ledger.example/</link>
  <description>National news</description>
  <item>
    <title>Guard troops report for duty in Portland</title>
    <link>https://ledger.example/2025/09/28/guard-portland</link>
    <pubDate>Sun, 28 Sep 2025 21:30:00 GMT</pubDate>
    <description>Short summary only.</description>
    <content:encoded><![CDATA[{"".join(f"<p>{p}</p>" for p in STORY.split(chr(10) * 2))}<script>ad()</script>]]></content:encoded>
  </item>
  <item>
    <title>Marines to help immigration officers</title>
    <link>https://ledger.example/2025/06/10/marines</link>
    <pubDate>Tue, 10 Jun 2025 16:00:00 GMT</pubDate>
    <description>&lt;p&gt;{OTHER_STORY.split(chr(10))[0]}&lt;/p&gt;</description>
  </item>
  <item>
    <title>Photo gallery</title>
    <link>https://ledger.example/gallery</link>
  </item>
</channel>
</rss>
"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Border Dispatch</title>
  <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
  <updated>2025-06-10T18:00:00Z</updated>
  <entry>
    <title>Marines to help immigration officers</title>
    <link href="https://dispatch.example/marines"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <published>2025-06-10T12:00:00-04:00</published>
    <updated>2025-06-11T09:00:00Z</updated>
    <content type="html">&lt;p&gt;{OTHER_STORY.split(chr(10))[0]}&lt;/p&gt;&lt;p&gt;More follows.&lt;/p&gt;</content>
  </entry>
</feed>
"""


def test_rss_entries_become_articles(tmp_path):
    path = tmp_path / "national.rss"
    path.write_text(RSS)
    first, second, third = read_all(path)
    assert isinstance(first, Article)
    assert first.source == f"{path}#1"
    assert first.title == "Guard troops report for duty in Portland"
    assert first.text == STORY.replace("\n\n", "\n")  # content, not the summary; tags and scripts gone
    assert first.published == "2025-09-28T21:30:00+00:00"
    assert first.url == "https://ledger.example/2025/09/28/guard-portland"
    assert first.publisher == "Cascade Ledger: National"
    assert second.text == OTHER_STORY.split("\n")[0]  # summary when there is no content, HTML stripped
    assert second.source == f"{path}#2"
    assert third == Rejected(f"{path}#3", "feed entry has no text")


def test_atom_entry(tmp_path):
    path = tmp_path / "dispatch.xml"
    path.write_text(ATOM)
    [article] = read_all(path)
    assert article.publisher == "Border Dispatch"
    assert article.url == "https://dispatch.example/marines"
    assert article.published == "2025-06-10T12:00:00-04:00"
    assert article.text == OTHER_STORY.split("\n")[0] + "\nMore follows."
    assert article.source == f"{path}#1"


def test_feed_is_sniffed_without_extension(tmp_path):
    path = tmp_path / "feed"
    path.write_text(ATOM)
    [article] = read_all(path)
    assert article.publisher == "Border Dispatch"


def test_feed_without_entries_and_xml_that_is_no_feed(tmp_path):
    empty = tmp_path / "empty.rss"
    empty.write_text('<rss version="2.0"><channel><title>Quiet</title></channel></rss>')
    other = tmp_path / "sitemap.xml"
    other.write_text('<?xml version="1.0"?><urlset><url><loc>https://x.example/</loc></url></urlset>')
    assert read_all(empty, other) == [
        Rejected(str(empty), "feed has no entries"),
        Rejected(str(other), "not an RSS or Atom feed"),
    ]


def test_malformed_feed_is_read_leniently_with_a_warning(tmp_path):
    path = tmp_path / "cut.rss"
    path.write_text(f"<?xml version='1.0'?><rss version='2.0'><channel><title>Ledger</title><item><description>{STORY}</description></item>")
    [article] = read_all(path)
    assert article.text == STORY
    assert article.publisher == "Ledger"
    assert len(article.warnings) == 1 and article.warnings[0].startswith("feed read leniently")


def test_invalid_utf8_in_a_feed_is_read_with_a_warning(tmp_path):
    path = tmp_path / "latin.rss"
    path.write_bytes(RSS.replace("Sunday", "Sund\xe4y").encode("latin-1"))
    first = read_all(path)[0]
    assert isinstance(first, Article)
    assert "Sund" in first.text
    assert first.warnings and first.warnings[0].startswith("feed read leniently")
