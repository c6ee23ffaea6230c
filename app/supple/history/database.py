"""Opening the history file: corruption check, WAL, migrations, crash recovery.

``open_store`` is the only way in. It never overwrites a file it cannot read:
a damaged file is renamed aside with a timestamp (together with its -wal and
-shm companions) and a fresh one is created, and the caller is told where the
old one went so it can tell the person.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from supple import paths
from supple.fileutil import unique_sibling
from supple.history import migrations
from supple.history.history_error import HistoryCorrupt, HistoryError, HistoryTooNew, describe
from supple.history.store import HistoryStore

_COMPANIONS = ("-wal", "-shm", "-journal")


@dataclass
class Opened:
    """The history file as the app opened it, and what opening it had to do."""

    store: HistoryStore
    path: Path
    moved_to: Path | None = None  # where a damaged file was put
    backup: Path | None = None  # the copy made before a migration
    migrated_from: int | None = None
    interrupted: list[int] = field(default_factory=list)  # sessions found open, now closed

    def notices(self) -> list[str]:
        """Sentences for the person about what happened while opening."""
        out: list[str] = []
        if self.moved_to is not None:
            out.append(
                f"The history file was damaged and could not be read. It was moved to "
                f"{self.moved_to} and a new, empty history was started."
            )
        return out


def _connect(path: Path) -> sqlite3.Connection:
    # isolation_level=None: autocommit; HistoryStore opens every write transaction itself.
    conn = sqlite3.connect(path, timeout=5.0, isolation_level=None, check_same_thread=True)
    return conn


def _check(conn: sqlite3.Connection, path: Path) -> None:
    """Raise HistoryCorrupt unless the file reads as a healthy SQLite database."""
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        if isinstance(exc, sqlite3.OperationalError) and "malformed" not in str(exc):
            raise
        raise HistoryCorrupt(f"The history file {path} is damaged ({exc}).", path) from exc
    if [tuple(r) for r in rows] != [("ok",)]:
        detail = "; ".join(str(r[0]) for r in rows[:3])
        raise HistoryCorrupt(f"The history file {path} is damaged ({detail}).", path)


def move_aside(path: Path) -> Path:
    """Rename a damaged file (and its companions) to NAME.corrupt-YYYYmmdd-HHMMSS."""
    target = unique_sibling(path, "corrupt")
    path.rename(target)
    for suffix in _COMPANIONS:
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            companion.rename(target.with_name(target.name + suffix))
    return target


def _prepare(conn: sqlite3.Connection, path: Path) -> tuple[Path | None, int | None]:
    """WAL mode, then create or migrate. Returns (backup, version migrated from)."""
    _check(conn, path)
    conn.execute("PRAGMA journal_mode = WAL")
    # NORMAL in WAL mode: an application crash or kill loses nothing committed;
    # only a power cut may lose the last few transactions.
    conn.execute("PRAGMA synchronous = NORMAL")
    version = migrations.user_version(conn)
    if version == 0:
        if migrations.has_sessions_table(conn):
            raise HistoryCorrupt(
                f"The history file {path} has a sessions table but no schema version.", path
            )
        migrations.create(conn)
        return None, None
    if version > migrations.CURRENT_VERSION:
        raise HistoryTooNew(
            f"The history file {path} was written by a newer version of Supple "
            f"(schema {version}; this version knows up to {migrations.CURRENT_VERSION}). "
            "It was left untouched.",
            path,
        )
    if version < migrations.CURRENT_VERSION:
        return migrations.migrate(conn, path), version
    return None, None


def open_store(
    path: Path | None = None,
    *,
    move_corrupt: bool = True,
    close_open_sessions: bool = True,
) -> Opened:
    """Open (creating if needed) the history file and return a ready store.

    ``move_corrupt``: a damaged file is moved aside and a fresh one made;
    when False, HistoryCorrupt is raised instead (the command line only reads).
    ``close_open_sessions``: sessions left open by a crash or kill are marked
    interrupted, keeping the active time last written. Only the app does this
    at its start; a command run beside a live session must not.
    Raises HistoryError (with a sentence for the person) when it cannot.
    """
    path = paths.history_db_path() if path is None else Path(path)
    try:
        paths.ensure_dir(path.parent)
    except OSError as exc:
        raise describe(exc, path, "create") from exc
    moved_to: Path | None = None
    for attempt in (1, 2):
        conn: sqlite3.Connection | None = None
        try:
            conn = _connect(path)
            backup, migrated_from = _prepare(conn, path)
            break
        except HistoryCorrupt:
            if conn is not None:
                conn.close()
            if not move_corrupt or attempt == 2:
                raise
            try:
                moved_to = move_aside(path)
            except OSError as exc:
                raise describe(exc, path, "move aside") from exc
        except HistoryError:
            if conn is not None:
                conn.close()
            raise
        except (sqlite3.Error, OSError) as exc:
            if conn is not None:
                conn.close()
            error = describe(exc, path, "open")
            if isinstance(error, HistoryCorrupt) and move_corrupt and attempt == 1:
                try:
                    moved_to = move_aside(path)
                except OSError as exc2:
                    raise describe(exc2, path, "move aside") from exc2
                continue
            raise error from exc
    store = HistoryStore(conn, path)
    interrupted: list[int] = []
    try:
        if close_open_sessions:
            interrupted = store.close_open_sessions()
            store.purge_deleted()
    except HistoryError:
        store.close()
        raise
    return Opened(store, path, moved_to, backup, migrated_from, interrupted)


def open_existing_readonly(path: Path | None = None) -> HistoryStore | None:
    """For reading only (the command line): None when there is no file yet.

    Migrates an old file (with a backup) like the app would, but never moves a
    damaged file and never closes a session another process may be recording.
    """
    path = paths.history_db_path() if path is None else Path(path)
    if not path.exists():
        return None
    return open_store(path, move_corrupt=False, close_open_sessions=False).store
