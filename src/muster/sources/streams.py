"""Byte streams as readers need them: a look at the head without losing it, and capped reads."""
from __future__ import annotations

import io
from typing import BinaryIO

HEAD_SIZE = 64 * 1024


class _Rejoined(io.RawIOBase):
    """A stream that replays the bytes already read from a pipe, then the rest of the pipe."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def peek(stream: BinaryIO, size: int = HEAD_SIZE) -> tuple[bytes, BinaryIO]:
    """The first bytes of a stream, and a stream that still starts at them (pipes included)."""
    if stream.seekable():
        start = stream.tell()
        head = _read_up_to(stream, size)
        stream.seek(start)
        return head, stream
    head = _read_up_to(stream, size)
    return head, io.BufferedReader(_Rejoined(head, stream))


def read_whole(stream: BinaryIO, source: str, size: int | None, what: str, limit: int, hint: str = ""):
    """The whole file as bytes, or a Rejected naming it when it is over `limit`: refused from its
    size without reading when the size is known (a file), after reading `limit` bytes when not (a pipe)."""
    from muster.article import Rejected
    from muster.sources.common import MB, too_large

    if size is not None and size > limit:
        return Rejected(source, too_large(what, size, limit) + hint)
    data = read_capped(stream, limit)
    if data is None:
        return Rejected(source, f"{what} is over the {limit // MB} MB limit" + hint)
    return data


def read_capped(stream: BinaryIO, limit: int) -> bytes | None:
    """The whole stream, or None when it holds more than `limit` bytes."""
    data = _read_up_to(stream, limit + 1)
    return None if len(data) > limit else data


def _read_up_to(stream: BinaryIO, size: int) -> bytes:
    """Up to `size` bytes; a pipe may hand them over in several reads."""
    chunks, wanted = [], size
    while wanted > 0:
        chunk = stream.read(wanted)
        if not chunk:
            break
        chunks.append(chunk)
        wanted -= len(chunk)
    return b"".join(chunks)
