"""The history file's schema, versioned with PRAGMA user_version.

A new file is created at version 1 and brought up through every migration (all
in one transaction), so the migration path is the only way a schema comes to
exist and it is exercised on every fresh install. An existing file older than
CURRENT_VERSION is copied aside first (SQLite's online backup, consistent even
with a WAL file), then migrated one step at a time; each step runs in its own
transaction together with the user_version bump, so a crash mid-migration leaves
the file at the last complete version.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from supple.fileutil import unique_sibling

# Version 1: the first release's table.
V1_SCHEMA = """
CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    routine_id TEXT NOT NULL,
    title TEXT NOT NULL,
    started_at TEXT NOT NULL,
    ended_at TEXT,
    active_seconds REAL NOT NULL DEFAULT 0,
    planned_seconds REAL NOT NULL DEFAULT 0,
    steps_completed INTEGER NOT NULL DEFAULT 0,
    steps_skipped INTEGER NOT NULL DEFAULT 0,
    steps_total INTEGER NOT NULL DEFAULT 0,
    outcome TEXT CHECK (outcome IN ('finished', 'stopped', 'interrupted'))
);
"""


def _v1_to_v2(conn: sqlite3.Connection) -> None:
    """Routine content hash, heartbeat time, check-in, undoable delete, index by start."""
    conn.execute("ALTER TABLE sessions ADD COLUMN routine_hash TEXT NOT NULL DEFAULT ''")
    conn.execute("ALTER TABLE sessions ADD COLUMN updated_at TEXT NOT NULL DEFAULT ''")
    conn.execute("UPDATE sessions SET updated_at = COALESCE(ended_at, started_at)")
    conn.execute(
        "ALTER TABLE sessions ADD COLUMN feel_before INTEGER CHECK (feel_before BETWEEN 0 AND 10)"
    )
    conn.execute(
        "ALTER TABLE sessions ADD COLUMN feel_after INTEGER CHECK (feel_after BETWEEN 0 AND 10)"
    )
    conn.execute("ALTER TABLE sessions ADD COLUMN note TEXT NOT NULL DEFAULT ''")
    conn.execute("ALTER TABLE sessions ADD COLUMN deleted_at TEXT")
    conn.execute("CREATE INDEX sessions_by_start ON sessions (started_at)")
    conn.execute("CREATE INDEX sessions_open ON sessions (id) WHERE outcome IS NULL")


def _v2_to_v3(conn: sqlite3.Connection) -> None:
    """Placeholder for the player branch's version 3 (it lands in parallel); the lead
    puts that step here at the merge. It changes nothing the reminders' step uses."""


def _v3_to_v4(conn: sqlite3.Connection) -> None:
    """Reminders: each offer of a plan reminder or a movement break, and its answer."""
    conn.execute(
        """
        CREATE TABLE reminders (
            id INTEGER PRIMARY KEY,
            reminder_key TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('plan', 'break')),
            routine_id TEXT NOT NULL,
            offered_at TEXT NOT NULL,
            outcome TEXT CHECK (outcome IN ('started', 'postponed', 'skipped', 'missed')),
            answered_at TEXT
        )
        """
    )
    conn.execute("CREATE INDEX reminders_by_offer ON reminders (offered_at)")


def _v4_to_v5(conn: sqlite3.Connection) -> None:
    """Why a session was stopped, as the person said at the check-in ('' when not said)."""
    conn.execute(
        "ALTER TABLE sessions ADD COLUMN stop_reason TEXT NOT NULL DEFAULT ''"
        " CHECK (stop_reason IN ('', 'hurt', 'tired', 'time', 'other'))"
    )


# MIGRATIONS[n] takes a file from version n+1 to version n+2.
MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    _v1_to_v2,
    _v2_to_v3,
    _v3_to_v4,
    _v4_to_v5,
]
CURRENT_VERSION = 1 + len(MIGRATIONS)


def user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def has_sessions_table(conn: sqlite3.Connection) -> bool:
    row = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sessions'"
    ).fetchone()
    return row is not None


def backup_file(conn: sqlite3.Connection, path: Path, version: int) -> Path:
    """Copy the open database next to itself, named for its version and the time."""
    target = unique_sibling(path, f"v{version}-backup")
    dest = sqlite3.connect(target)
    try:
        conn.backup(dest)
        # A copy of a WAL-mode file is in WAL mode too: make it one self-contained file.
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()
    return target


def _step(conn: sqlite3.Connection, apply: Callable[[sqlite3.Connection], None], to: int) -> None:
    conn.execute("BEGIN IMMEDIATE")
    try:
        apply(conn)
        conn.execute(f"PRAGMA user_version = {int(to)}")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def create(conn: sqlite3.Connection) -> None:
    """Make a brand-new file: version 1 and every migration, in one transaction.

    One transaction, so a process killed while making the file leaves either
    nothing (the next start makes it again) or the whole current schema; no
    reader ever sees a file with half a schema.
    """

    def everything(c: sqlite3.Connection) -> None:
        c.execute(V1_SCHEMA)
        for step in MIGRATIONS:
            step(c)

    _step(conn, everything, CURRENT_VERSION)


def migrate(conn: sqlite3.Connection, path: Path | None) -> Path | None:
    """Bring the file to CURRENT_VERSION; back it up first when ``path`` is given.

    Returns the backup's path, or None when nothing had to change (or no backup
    was asked for). The connection must be in autocommit mode.
    """
    version = user_version(conn)
    if version >= CURRENT_VERSION:
        return None
    backup = backup_file(conn, path, version) if path is not None else None
    while version < CURRENT_VERSION:
        _step(conn, MIGRATIONS[version - 1], version + 1)
        version += 1
    return backup
