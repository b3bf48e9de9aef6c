"""The files behind the paths given: folders walked in sorted order, hidden entries skipped."""
from __future__ import annotations

import os
import stat
from typing import Iterable, Iterator

from muster.article import Rejected
from muster.sources.common import one_line

STDIN = "-"


def expand(paths: Iterable[str]) -> Iterator[str | Rejected]:
    """Each file to read, in order, or a Rejected for a path that cannot be walked.

    `-` passes through for standard input. Symbolic links to files are followed,
    links to folders are not (a link cannot then lead the walk in a circle).
    """
    for path in paths:
        path = os.fspath(path)
        if path == STDIN:
            yield path
            continue
        try:
            is_folder = stat.S_ISDIR(os.stat(path).st_mode)
        except OSError as error:
            yield Rejected(path, _reason(error))
            continue
        if not is_folder:
            yield path
            continue
        walked = False
        for item in _walk(path):
            walked = True
            yield item
        if not walked:
            yield Rejected(path, "folder holds no files to read")


def _walk(folder: str) -> Iterator[str | Rejected]:
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as error:
        yield Rejected(folder, _reason(error))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(entry.path)
        elif entry.is_file():
            yield entry.path
        elif entry.is_symlink() and not os.path.exists(entry.path):
            yield Rejected(entry.path, "broken symbolic link")


def _reason(error: OSError) -> str:
    """A short reason for a failed open or walk, without the path the Rejected already names."""
    if isinstance(error, FileNotFoundError):
        return "no such file or folder"
    if isinstance(error, PermissionError):
        return "permission denied"
    return one_line(error.strerror or error)
