"""Large inputs: JSON Lines streamed without limit, whole-file formats refused above their cap."""
import io
import json
import resource
import time

import pytest

from muster.article import Article, Rejected
from muster.sources import read_inputs
from muster.sources.common import LINE_LIMIT, MB
from sources_helpers import STORY, page, read_all

SIZE = 200 * MB


def sparse(path, head: bytes, size: int = SIZE) -> str:
    """A file of `size` bytes that costs only its head on disk: the rest is a hole."""
    with open(path, "wb") as file:
        file.write(head)
        file.truncate(size)
    return str(path)


def max_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


@pytest.fixture(scope="module")
def big_jsonl(tmp_path_factory):
    """A real 200 MB JSON Lines file of about 8,000 articles, written once for the module."""
    text = (STORY + "\n\n") * 60  # about 25 KB a line
    block = "".join(json.dumps({"id": f"r{n}", "title": "t", "text": text}) + "\n" for n in range(40)).encode()
    path = tmp_path_factory.mktemp("large") / "archive.jsonl"
    with open(path, "wb") as file:
        for _ in range(SIZE // len(block) + 1):
            file.write(block)
    yield str(path), (SIZE // len(block) + 1) * 40
    path.unlink()


def test_first_article_of_a_200_mb_jsonl_comes_at_once(big_jsonl):
    path, _ = big_jsonl
    start = time.perf_counter()
    iterator = read_inputs([path])
    first = next(iterator)
    assert time.perf_counter() - start < 0.5
    assert isinstance(first, Article) and first.id == "r0" and first.source == f"{path}:1"
    iterator.close()


def test_a_200_mb_jsonl_is_streamed_whole_in_little_memory(big_jsonl):
    path, lines = big_jsonl
    before = max_rss_mb()
    count = 0
    for item in read_inputs([path]):
        assert isinstance(item, Article)
        count += 1
    assert count == lines
    assert max_rss_mb() - before < 60  # reading the file whole would add over 200 MB


def test_a_jsonl_line_over_the_line_limit_is_skipped(tmp_path):
    path = tmp_path / "long-line.jsonl"
    with open(path, "wb") as file:
        file.write(json.dumps({"id": "before", "text": STORY}).encode() + b"\n")
        file.write(b'{"id": "huge", "text": "' + b"x" * (LINE_LIMIT + MB) + b'"}\n')
        file.write(json.dumps({"id": "after", "text": STORY}).encode() + b"\n")
    before, huge, after = read_all(path)
    assert before.id == "before" and after.id == "after" and after.source == f"{path}:3"
    assert huge == Rejected(f"{path}:2", "line is over the 20.0 MB limit")


def test_whole_file_formats_over_their_cap_are_refused_unread(tmp_path):
    filler = b"Troops remained at the base on Tuesday, officials said. " * 2000
    text = sparse(tmp_path / "huge.txt", b"A very long headline\n" + filler)
    html = sparse(tmp_path / "huge.html", page().encode() + b"<!-- " + filler)
    one_json = sparse(tmp_path / "huge.json", b'[{"id": "a", "text": "' + filler)
    start = time.perf_counter()
    items = read_all(text, html, one_json)
    assert time.perf_counter() - start < 1.0
    assert items == [
        Rejected(text, "plain text file is 200.0 MB, over the 20.0 MB limit; split it into one file per article"),
        Rejected(html, "HTML page is 200.0 MB, over the 20.0 MB limit"),
        Rejected(one_json, "JSON file is 200.0 MB, over the 50.0 MB limit; write one article a line as JSON Lines (.jsonl) instead"),
    ]


def test_oversized_text_on_stdin_is_refused_after_the_cap(tmp_path):
    class Endless(io.RawIOBase):
        """Standard input that would go on for ever: the reader must stop at its cap."""

        served = 0

        def readable(self):
            return True

        def readinto(self, buffer):
            buffer[:] = b"a" * len(buffer)
            Endless.served += len(buffer)
            return len(buffer)

    [item] = read_inputs(["-"], stdin=io.BufferedReader(Endless()))
    assert item.source == "<stdin>" and "over the 20 MB limit" in item.reason
    assert Endless.served < 22 * MB
