"""The one error type of the history package, with a message meant for the person."""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path


class HistoryError(Exception):
    """Something went wrong reading or writing the history file.

    ``str(error)`` is a complete sentence for the person; ``path`` is the file.
    """

    def __init__(self, message: str, path: Path | None = None) -> None:
        super().__init__(message)
        self.path = path


class HistoryCorrupt(HistoryError):
    """The file is not a readable SQLite database (or fails its integrity check)."""


class HistoryTooNew(HistoryError):
    """The file was written by a newer Supple with a schema this one does not know."""


def read_only_disk(folder: Path) -> bool:
    """True when ``folder`` is on a file system mounted read-only (a locked USB stick)."""
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # no statvfs on Windows
        return False


def _disk_full(folder: Path) -> bool:
    try:
        return os.statvfs(folder).f_bavail == 0
    except (OSError, AttributeError):
        return False


def _cause(exc: BaseException, path: Path) -> str:
    """The real reason, in words: checked on the disk, not guessed from the text alone."""
    text = str(exc).lower()
    code = getattr(exc, "errno", None)
    folder = path.parent
    exists = path.exists()
    if exists and not path.is_file():
        return "it is not a file (a folder or a device is in its place)"
    denied = isinstance(exc, PermissionError) or code == errno.EACCES
    cannot_open = "unable to open" in text or "cannot open" in text
    read_only = "readonly" in text or "read-only" in text or code == errno.EROFS
    if (denied or cannot_open) and exists and not os.access(path, os.R_OK):
        return "you have no permission to read the file"
    if read_only or denied or cannot_open:
        if read_only_disk(folder):
            return f"the folder {folder} is on a disk that is read-only"
        if folder.is_dir() and not os.access(folder, os.W_OK):
            return f"the folder {folder} is read-only or not writable"
        if exists and not os.access(path, os.W_OK):
            return "the file is read-only"
    io_error = "disk i/o" in text or code == errno.EIO
    if "disk is full" in text or code == errno.ENOSPC or (io_error and _disk_full(folder)):
        return "the disk is full"
    if "locked" in text or "busy" in text:
        return "another program kept the file locked for more than 5 seconds"
    if cannot_open:
        if not folder.is_dir():
            return f"the folder {folder} does not exist and could not be made"
        return "the file could not be opened"
    if io_error:
        return "the disk could not be read or written (disk I/O error)"
    return str(exc) or type(exc).__name__


def describe(exc: BaseException, path: Path, doing: str) -> HistoryError:
    """Turn an sqlite3 or OS error into a HistoryError that says what happened."""
    if isinstance(exc, HistoryError):
        return exc
    text = str(exc).lower()
    if isinstance(exc, sqlite3.DatabaseError) and ("malformed" in text or "not a database" in text):
        return HistoryCorrupt(f"The history file {path} is damaged ({exc}).", path)
    return HistoryError(f"Could not {doing} the history file {path}: {_cause(exc, path)}.", path)
