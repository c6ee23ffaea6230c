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


def describe(exc: BaseException, path: Path, doing: str) -> HistoryError:
    """Turn an sqlite3 or OS error into a HistoryError that says what happened."""
    text = str(exc).lower()
    code = getattr(exc, "errno", None)
    if isinstance(exc, HistoryError):
        return exc
    folder_locked = path.parent.is_dir() and not os.access(path.parent, os.W_OK)
    if (
        "readonly" in text
        or "read-only" in text
        or code in (errno.EROFS, errno.EACCES)
        or ("unable to open" in text and folder_locked)
    ):
        why = f"the folder {path.parent} is read-only or not writable"
    elif "disk is full" in text or code == errno.ENOSPC:
        why = "the disk is full"
    elif "unable to open" in text or isinstance(exc, PermissionError):
        why = f"the file cannot be opened (is {path.parent} writable?)"
    elif "locked" in text or "busy" in text:
        why = "another program is holding the file"
    elif isinstance(exc, sqlite3.DatabaseError) and (
        "malformed" in text or "not a database" in text
    ):
        return HistoryCorrupt(f"The history file {path} is damaged ({exc}).", path)
    else:
        why = str(exc) or type(exc).__name__
    return HistoryError(f"Could not {doing} the history file {path}: {why}.", path)
