"""Sniffing: content decides first, the file name settles what content leaves open."""
import gzip
import json

import pytest

from muster.sources import detect
from sources_helpers import STORY, page

LINE = json.dumps({"id": "a", "text": STORY}).encode()


@pytest.mark.parametrize(
    "head, name, kind",
    [
        (b"Troops arrive\nThe Guard came.", "x.txt", detect.TEXT),
        (b"Troops arrive\nThe Guard came.", "no-extension", detect.TEXT),
        (page().encode(), "saved", detect.HTML),
        (b"\xef\xbb\xbf  <html><body><p>x</p></body></html>", "", detect.HTML),
        (b"<p>Only a fragment.</p>", "", detect.HTML),
        (b'<?xml version="1.0"?>\n<!-- c -->\n<rss version="2.0"><channel/></rss>', "page.html", detect.FEED),
        (b'<feed xmlns="http://www.w3.org/2005/Atom"></feed>', "", detect.FEED),
        (b'<?xml version="1.0"?><rdf:RDF xmlns:rdf="x"></rdf:RDF>', "", detect.FEED),
        (b'<?xml version="1.0"?><urlset/>', "sitemap.xml", detect.FEED),
        (b'<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"/>', "a.xml", detect.HTML),
        (b'{\n  "id": "a",\n  "text": "x"\n}', "", detect.JSON),
        (b"[" + LINE + b"]", "a.jsonl", detect.JSON),
        (LINE, "a.json", detect.JSON),
        (LINE + b"\n" + LINE + b"\n", "a.json", detect.JSONL),
        (LINE, "a.jsonl", detect.JSONL),
        (b'{"broken\n' + LINE + b"\n", "", detect.JSONL),
        (b"WARC/1.1\r\nWARC-Type: warcinfo\r\n", "crawl", detect.WARC),
        (gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\n"), "crawl.bin", detect.WARC),
        (gzip.compress(b"just text"), "notes.gz", detect.BINARY),
        (b"\x00\x01\x02binary", "a.txt", detect.BINARY),
        (b"%PDF-1.4\n", "report", detect.BINARY),
        (b"\xff\xfeT\x00r\x00", "utf16.txt", detect.BINARY),
        (b"", "a.txt", detect.EMPTY),
        (b" \n\t\r\n", "a.json", detect.EMPTY),
        (b"not markup at all", "page.html", detect.HTML),
        (b"caf\xe9 latin-1 text\n", "", detect.TEXT),
    ],
)
def test_sniff(head, name, kind):
    assert detect.sniff(head, name) == kind


def test_extension_kind_prefers_the_longest_suffix():
    assert detect.extension_kind("crawl.WARC.GZ") == detect.WARC
    assert detect.extension_kind("notes.gz") is None
    assert detect.extension_kind("a.NDJSON") == detect.JSONL
