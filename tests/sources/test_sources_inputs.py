"""read_inputs: paths, folders, standard input, and bad input that never stops the rest."""
import io
import json
import os

import pytest

import muster.sources as sources
from muster.article import Article, Rejected
from muster.sources import read_inputs
from sources_helpers import STORY, page, read_all, write_story, warc_bytes


class Pipe(io.RawIOBase):
    """A non-seekable stream that hands out a few bytes per read, as a pipe does."""

    def __init__(self, data: bytes, chunk: int = 7) -> None:
        self._data, self._chunk = io.BytesIO(data), chunk

    def readable(self):
        return True

    def readinto(self, buffer):
        data = self._data.read(min(len(buffer), self._chunk))
        buffer[: len(data)] = data
        return len(data)


def test_folders_are_walked_recursively_in_sorted_order_skipping_hidden(tmp_path):
    (tmp_path / "b" / "inner").mkdir(parents=True)
    (tmp_path / ".cache").mkdir()
    write_story(tmp_path / "c.txt")
    write_story(tmp_path / "a.txt")
    (tmp_path / "b" / "page.html").write_text(page())
    (tmp_path / "b" / "inner" / "z.jsonl").write_text(json.dumps({"id": "z1", "text": STORY}) + "\n")
    write_story(tmp_path / ".hidden.txt")
    write_story(tmp_path / ".cache" / "skipped.txt")
    sources_seen = [item.source for item in read_all(tmp_path)]
    assert sources_seen == [
        str(tmp_path / "a.txt"),
        str(tmp_path / "b" / "inner" / "z.jsonl") + ":1",
        str(tmp_path / "b" / "page.html"),
        str(tmp_path / "c.txt"),
    ]


def test_paths_are_read_in_the_order_given(tmp_path):
    write_story(tmp_path / "a.txt")
    write_story(tmp_path / "b.txt")
    assert [i.source for i in read_all(tmp_path / "b.txt", tmp_path / "a.txt")] == [
        str(tmp_path / "b.txt"), str(tmp_path / "a.txt")
    ]


def test_an_empty_folder_is_reported(tmp_path):
    (tmp_path / "nothing").mkdir()
    assert read_all(tmp_path / "nothing") == [Rejected(str(tmp_path / "nothing"), "folder holds no files to read")]


@pytest.mark.parametrize(
    "kind, data",
    [
        ("text", b"Guard arrives\n" + STORY.encode()),
        ("jsonl", (json.dumps({"id": "s1", "text": STORY}) + "\n" + json.dumps({"id": "s2", "text": STORY}) + "\n").encode()),
        ("html", page().encode()),
        ("warc", warc_bytes([("https://x.example/a", "text/html", page().encode())], gzip=True)),
    ],
)
def test_stdin_dash_is_sniffed_even_through_a_pipe(kind, data):
    for stream in (io.BytesIO(data), io.BufferedReader(Pipe(data))):
        items = list(read_inputs(["-"], stdin=stream))
        assert items and all(isinstance(item, Article) for item in items), items
        assert items[0].source.startswith("<stdin>")
    if kind == "jsonl":
        assert [i.source for i in items] == ["<stdin>:1", "<stdin>:2"]
    if kind == "warc":
        assert items[0].source == "<stdin>@https://x.example/a"


def test_stdin_defaults_to_the_process_stdin(monkeypatch):
    class FakeStdin:
        buffer = io.BytesIO(b"Headline\nBody of the report.")

    monkeypatch.setattr("sys.stdin", FakeStdin())
    [article] = read_inputs(["-"])
    assert article.title == "Headline" and article.source == "<stdin>"


def test_each_bad_input_gives_one_rejection_and_the_rest_are_read(tmp_path):
    write_story(tmp_path / "first.txt")
    (tmp_path / "binary.dat").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text("  \n\t\n")
    (tmp_path / "menu.html").write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    (tmp_path / "broken.json").write_text('{"id": "x", "text": ')
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    (tmp_path / "notes.txt.gz").write_bytes(b"\x1f\x8b\x08\x00" + b"\x00" * 20)
    write_story(tmp_path / "last.txt")
    paths = [tmp_path / name for name in (
        "first.txt", "binary.dat", "empty.txt", "blank.txt", "missing.txt", "menu.html",
        "broken.json", "report.pdf", "notes.txt.gz", "last.txt",
    )]
    items = read_all(*paths)
    assert [item.source for item in items] == [str(p) for p in paths]
    assert isinstance(items[0], Article) and isinstance(items[-1], Article)
    reasons = {os.path.basename(item.source): item.reason for item in items[1:-1]}
    assert reasons == {
        "binary.dat": "binary file (contains NUL bytes), not text",
        "empty.txt": "empty file",
        "blank.txt": "empty file",
        "missing.txt": "no such file or folder",
        "menu.html": "no article text found in the page",
        "broken.json": "malformed JSON: Expecting value (line 1, column 21)",
        "report.pdf": "binary file: a PDF document; extract its text first",
        "notes.txt.gz": "binary file: gzip-compressed and not a WARC archive; decompress it first",
    }
    assert all("\n" not in reason for reason in reasons.values())


def test_control_bytes_without_nul_are_binary(tmp_path):
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15]) * 50)
    assert read_all(path) == [Rejected(str(path), "binary file (mostly control bytes), not text")]


def test_permission_denied_on_open(tmp_path, monkeypatch):
    write_story(tmp_path / "secret.txt")
    write_story(tmp_path / "open.txt")

    def deny(path, *args, **kwargs):
        if str(path).endswith("secret.txt"):
            raise PermissionError(13, "Permission denied", str(path))
        return open(path, *args, **kwargs)

    monkeypatch.setattr(sources, "open", deny, raising=False)
    items = read_all(tmp_path / "secret.txt", tmp_path / "open.txt")
    assert items[0] == Rejected(str(tmp_path / "secret.txt"), "permission denied")
    assert isinstance(items[1], Article)


def test_permission_denied_on_a_folder(tmp_path, monkeypatch):
    locked = tmp_path / "locked"
    locked.mkdir()
    write_story(locked / "a.txt")
    write_story(tmp_path / "b.txt")
    real_scandir = os.scandir

    def deny(path):
        if str(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr("muster.sources.paths.os.scandir", deny)
    items = read_all(tmp_path)
    assert items[0].source == str(tmp_path / "b.txt")
    assert items[1:] == [Rejected(str(locked), "permission denied")]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_unreadable_file_for_real(tmp_path):
    path = tmp_path / "locked.txt"
    write_story(path)
    path.chmod(0)
    assert read_all(path) == [Rejected(str(path), "permission denied")]


def test_a_reader_bug_becomes_a_rejection(tmp_path, monkeypatch):
    write_story(tmp_path / "a.txt")
    write_story(tmp_path / "b.txt")

    def explode(stream, source, size):
        if source.endswith("a.txt"):
            raise RuntimeError("boom\nwith a second line")
        yield Article(id="ok", title="t", text="x", source=source)

    monkeypatch.setitem(sources._READERS, "text", explode)
    items = read_all(tmp_path / "a.txt", tmp_path / "b.txt")
    assert items[0] == Rejected(str(tmp_path / "a.txt"), "could not be read: RuntimeError: boom with a second line")
    assert items[1].id == "ok"


def test_broken_symlink_in_a_folder(tmp_path):
    write_story(tmp_path / "a.txt")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    items = read_all(tmp_path)
    assert isinstance(items[0], Article)
    assert items[1] == Rejected(str(tmp_path / "gone.txt"), "broken symbolic link")


def test_reading_is_lazy(tmp_path):
    write_story(tmp_path / "a.txt")
    iterator = read_inputs([str(tmp_path / "a.txt"), str(tmp_path / "missing")])
    write_story(tmp_path / "missing")  # created after the call, before iteration reaches it
    assert [type(item) for item in iterator] == [Article, Article]
