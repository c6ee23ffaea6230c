"""The one error type of the history package, with a message meant for the person."""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

from supple.i18n import N_, _


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
        return _("it is not a file (a folder or a device is in its place)")
    denied = isinstance(exc, PermissionError) or code == errno.EACCES
    cannot_open = "unable to open" in text or "cannot open" in text
    read_only = "readonly" in text or "read-only" in text or code == errno.EROFS
    if (denied or cannot_open) and exists and not os.access(path, os.R_OK):
        return _("you have no permission to read the file")
    if read_only or denied or cannot_open:
        if read_only_disk(folder):
            return _("the folder {folder} is on a disk that is read-only").format(folder=folder)
        if folder.is_dir() and not os.access(folder, os.W_OK):
            return _("the folder {folder} is read-only or not writable").format(folder=folder)
        if exists and not os.access(path, os.W_OK):
            return _("the file is read-only")
    io_error = "disk i/o" in text or code == errno.EIO
    if "disk is full" in text or code == errno.ENOSPC or (io_error and _disk_full(folder)):
        return _("the disk is full")
    if "locked" in text or "busy" in text:
        return _("another program kept the file locked for more than 5 seconds")
    if cannot_open:
        if not folder.is_dir():
            missing = _("the folder {folder} does not exist and could not be made")
            return missing.format(folder=folder)
        return _("the file could not be opened")
    if io_error:
        return _("the disk could not be read or written (disk I/O error)")
    return str(exc) or type(exc).__name__


# What could not be done to the history file (``describe``'s ``doing``), in a sentence each.
_COULD_NOT = {
    "open": N_("Could not open the history file {path}: {cause}."),
    "use": N_("Could not use the history file {path}: {cause}."),
    "create": N_("Could not create the history file {path}: {cause}."),
    "move aside": N_("Could not move aside the history file {path}: {cause}."),
    "read": N_("Could not read the history file {path}: {cause}."),
    "write to": N_("Could not write to the history file {path}: {cause}."),
}


def damaged(path: Path, detail: object) -> str:
    """ "The history file PATH is damaged (DETAIL)." """
    return _("The history file {path} is damaged ({detail}).").format(path=path, detail=detail)


def too_new(path: Path, version: int, known: int) -> str:
    """The history file is of a newer schema than this Supple knows."""
    return _(
        "The history file {path} was written by a newer version of Supple "
        "(schema {version}; this version knows up to {known})."
    ).format(path=path, version=version, known=known)


def no_schema_version(path: Path) -> str:
    return _("The history file {path} has a sessions table but no schema version.").format(
        path=path
    )


def describe(exc: BaseException, path: Path, doing: str) -> HistoryError:
    """Turn an sqlite3 or OS error into a HistoryError that says what happened."""
    if isinstance(exc, HistoryError):
        return exc
    text = str(exc).lower()
    if isinstance(exc, sqlite3.DatabaseError) and ("malformed" in text or "not a database" in text):
        return HistoryCorrupt(damaged(path, exc), path)
    sentence = _(_COULD_NOT.get(doing, _COULD_NOT["use"]))
    return HistoryError(sentence.format(path=path, cause=_cause(exc, path)), path)
