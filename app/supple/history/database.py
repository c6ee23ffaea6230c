"""Opening the history file: corruption check, WAL, migrations, crash recovery.

``open_store`` is the only way in. It never overwrites a file it cannot read:
a damaged file is renamed aside with a timestamp (together with its -wal and
-shm companions) and a fresh one is created, and the caller is told where the
old one went so it can tell the person.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import field
from pathlib import Path

from supple import paths
from supple.fileutil import unique_sibling
from supple.history import migrations
from supple.history.history_error import (
    HistoryCorrupt,
    HistoryError,
    HistoryTooNew,
    damaged,
    describe,
    no_schema_version,
    read_only_disk,
    too_new,
)
from supple.history.store import HistoryStore
from supple.i18n import _
from supple.value_class import value_class

_COMPANIONS = ("-wal", "-shm", "-journal")


@value_class(frozen=False)
class Opened:
    """The history file as the app opened it, and what opening it had to do."""

    store: HistoryStore
    path: Path
    moved_to: Path | None = None  # where a damaged file was put
    backup: Path | None = None  # the copy made before a migration
    migrated_from: int | None = None
    interrupted: list[int] = field(default_factory=list)  # sessions found open, now closed
    cannot_write: HistoryError | None = None  # opened for reading only, and why

    def notices(self) -> list[str]:
        """Sentences for the person about what happened while opening."""
        out: list[str] = []
        if self.moved_to is not None:
            out.append(
                f"The history file was damaged and could not be read. It was moved to "
                f"{self.moved_to} and a new, empty history was started."
            )
        if self.cannot_write is not None:
            out.append(f"{self.cannot_write} The history is shown, but sessions will not be saved.")
        return out


def _connect(path: Path) -> sqlite3.Connection:
    # isolation_level=None: autocommit; HistoryStore opens every write transaction itself.
    conn = sqlite3.connect(path, timeout=5.0, isolation_level=None, check_same_thread=True)
    return conn


# quick_check also reports rows that break a CHECK or NOT NULL rule (a row written by
# another program, or by hand): the file itself is whole and every row is read, with
# the odd values as unknown, so those are not damage and never a reason to move it aside.
_NOT_DAMAGE = ("CHECK constraint failed in ", "NULL value in ")


def _check(conn: sqlite3.Connection, path: Path) -> None:
    """Raise HistoryCorrupt unless the file reads as a healthy SQLite database."""
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        if isinstance(exc, sqlite3.OperationalError) and "malformed" not in str(exc):
            raise
        raise HistoryCorrupt(damaged(path, exc), path) from exc
    problems = [str(r[0]) for r in rows if r[0] != "ok" and not str(r[0]).startswith(_NOT_DAMAGE)]
    if problems:
        detail = "; ".join(problems[:3])
        raise HistoryCorrupt(damaged(path, detail), path)


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
            raise HistoryCorrupt(no_schema_version(path), path)
        migrations.create(conn)
        return None, None
    if version > migrations.CURRENT_VERSION:
        untouched = _("It was left untouched.")
        raise HistoryTooNew(
            f"{too_new(path, version, migrations.CURRENT_VERSION)} {untouched}", path
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


def _companion(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _has_wal_content(path: Path) -> bool:
    try:
        return _companion(path, "-wal").stat().st_size > 0
    except OSError:
        return False


def _connect_reading(path: Path, *, immutable: bool = False) -> sqlite3.Connection:
    """A connection that never writes; raises until the file is really readable."""
    query = "mode=ro&immutable=1" if immutable else "mode=ro"
    conn = sqlite3.connect(
        f"{path.absolute().as_uri()}?{query}", uri=True, timeout=5.0, isolation_level=None
    )
    try:
        conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()  # opens for real
    except BaseException:
        conn.close()
        raise
    return conn


def _in_memory(source: sqlite3.Connection) -> sqlite3.Connection:
    memory = sqlite3.connect(":memory:", isolation_level=None)
    source.backup(memory)
    return memory


def _copied(path: Path) -> sqlite3.Connection:
    """Read a file whose recent sessions are still in its -wal, from a copy of both.

    Only when the folder allows neither writing the -shm index SQLite reads a WAL
    through nor opening without one: the copy, in the temporary folder, is read into
    memory and deleted at once.
    """
    import shutil
    import tempfile

    with tempfile.TemporaryDirectory(prefix="supple-history-") as folder:
        copy = Path(folder) / path.name
        shutil.copyfile(path, copy)
        shutil.copyfile(_companion(path, "-wal"), _companion(copy, "-wal"))
        source = sqlite3.connect(copy, isolation_level=None)
        try:
            return _in_memory(source)
        finally:
            source.close()


def _reading_connection(path: Path) -> sqlite3.Connection:
    """Open ``path`` without writing a byte, whatever its folder allows.

    In order: an ordinary read-only connection (it needs the -shm index, made if
    missing: not possible in a read-only folder nor, for its first bytes, on a full
    disk); then ``immutable`` when the file holds everything (no -wal content: the
    app closed it cleanly); then a copy of the file and its -wal.
    """
    folder_writable = os.access(path.parent, os.W_OK) and not read_only_disk(path.parent)
    wal = _has_wal_content(path)
    tries = []
    if folder_writable or _companion(path, "-shm").exists():
        tries.append(lambda: _connect_reading(path))
    if not wal:
        tries.append(lambda: _connect_reading(path, immutable=True))
    else:
        tries.append(lambda: _copied(path))
    failure: BaseException | None = None
    for attempt in tries:
        try:
            return attempt()
        except (sqlite3.Error, OSError) as exc:
            failure = failure or exc
    assert failure is not None
    raise describe(failure, path, "read") from failure


def open_for_reading(path: Path | None = None) -> HistoryStore | None:
    """The history as it is on disk, for reading only; None when nothing was recorded yet.

    Never writes: not in a read-only folder (a USB stick), not on a full disk, not
    beside the app recording a session. An older schema is brought up to date in a
    copy in memory, leaving the file for the app to migrate (with its backup).
    Raises HistoryError (HistoryCorrupt, HistoryTooNew) with a sentence for the person.
    """
    path = paths.history_db_path() if path is None else Path(path)
    if not path.exists():
        return None
    if not path.is_file():
        not_a_file = _(
            "Could not read the history file {path}: it is not a file (a folder or a "
            "device is in its place)."
        )
        raise HistoryError(not_a_file.format(path=path), path)
    conn = _reading_connection(path)
    try:
        _check(conn, path)
        version = migrations.user_version(conn)
        if version > migrations.CURRENT_VERSION:
            raise HistoryTooNew(too_new(path, version, migrations.CURRENT_VERSION), path)
        if version == 0:
            if migrations.has_sessions_table(conn):
                raise HistoryCorrupt(no_schema_version(path), path)
            conn.close()
            return None  # made, but never finished: no session can be in it
        if version < migrations.CURRENT_VERSION:
            memory = _in_memory(conn)
            conn.close()
            conn = memory
            migrations.migrate(conn, None)
    except (sqlite3.Error, OSError) as exc:
        conn.close()
        raise describe(exc, path, "read") from exc
    except BaseException:
        conn.close()
        raise
    return HistoryStore(conn, path)


def open_existing_readonly(path: Path | None = None) -> HistoryStore | None:
    """For reading only (the command line): None when there is no file yet.

    Never writes to the folder: see open_for_reading.
    """
    return open_for_reading(path)
