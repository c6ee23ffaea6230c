"""Reading and writing session rows on one open connection.

Every write runs in its own transaction (BEGIN IMMEDIATE ... COMMIT), so a
kill at any moment leaves either the old row or the new one. A store belongs
to the thread that opened it; the app's HistoryWorker owns one on its thread.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from supple.history.history_error import HistoryError, describe
from supple.history.session_rows import (
    STOP_REASONS,
    SessionRecord,
    parse_count,
    parse_db_time,
    parse_number,
    parse_text,
    to_db_time,
    utc_now,
)
from supple.session import Outcome
from supple.value_class import value_class

_COLUMNS = (
    "id, routine_id, title, routine_hash, started_at, ended_at, updated_at, active_seconds,"
    " planned_seconds, steps_completed, steps_skipped, steps_total, outcome,"
    " feel_before, feel_after, note, stop_reason"
)


def _outcome(value: object) -> Outcome | None:
    try:
        return Outcome(value) if value else None
    except ValueError:
        return None  # not one Supple writes: shown like a session left open


def _feel_read(value: object) -> int | None:
    score = parse_count(value)
    return score if score is not None and 0 <= score <= 10 else None


@value_class
class ReminderCounts:
    """Reminders offered in a span of time, and how many were answered by a session."""

    offered: int = 0
    answered: int = 0  # started from the reminder
    postponed: int = 0  # put off at least once
    skipped: int = 0


def _record(row: tuple[Any, ...]) -> SessionRecord:
    """A row as read, never raising: a cell that is not what Supple writes is unknown."""
    started = parse_db_time(row[4])
    return SessionRecord(
        id=int(row[0]),
        routine_id=parse_text(row[1]),
        title=parse_text(row[2]),
        routine_hash=parse_text(row[3]),
        started_at=started,
        ended_at=parse_db_time(row[5]),
        updated_at=parse_db_time(row[6]) or started,
        active_seconds=parse_number(row[7]),
        planned_seconds=parse_number(row[8]),
        steps_completed=parse_count(row[9]),
        steps_skipped=parse_count(row[10]),
        steps_total=parse_count(row[11]),
        outcome=_outcome(row[12]),
        feel_before=_feel_read(row[13]),
        feel_after=_feel_read(row[14]),
        note=parse_text(row[15]),
        stop_reason=_stop_reason(row[16]),
    )


def _stop_reason(value: object) -> str:
    text = parse_text(value)
    return text if text in STOP_REASONS else ""


def _feel(value: int | None) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 10:
        raise ValueError(f"a check-in score is a whole number from 0 to 10, not {value!r}")
    return value


class HistoryStore:
    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path,
        now: Callable[[], datetime] = utc_now,
        *,
        read_only: HistoryError | None = None,
    ) -> None:
        self.conn = conn
        self.path = path
        self.now = now
        # Set when the file could only be opened for reading: every write raises it,
        # so the person hears the real cause (a read-only folder, a full disk).
        self.read_only = read_only

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.conn.close()

    # -- plumbing --------------------------------------------------------------
    @contextlib.contextmanager
    def _write(self, doing: str) -> Iterator[sqlite3.Connection]:
        if self.read_only is not None:
            raise self.read_only
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except (sqlite3.Error, OSError) as exc:
            raise describe(exc, self.path, doing) from exc
        try:
            yield self.conn
            self.conn.execute("COMMIT")
        except BaseException as exc:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")
            if isinstance(exc, (sqlite3.Error, OSError)):
                raise describe(exc, self.path, doing) from exc
            raise

    def _read(self, sql: str, args: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        try:
            return self.conn.execute(sql, args).fetchall()
        except (sqlite3.Error, OSError) as exc:
            raise describe(exc, self.path, "read") from exc

    # -- writing -----------------------------------------------------------------
    def begin_session(
        self,
        *,
        routine_id: str,
        title: str,
        routine_hash: str,
        planned_seconds: float,
        steps_total: int,
        started_at: datetime | None = None,
        feel_before: int | None = None,
        note: str = "",
    ) -> int:
        """Write the row of a session that is starting; return its id."""
        started = to_db_time(started_at or self.now())
        with self._write("write to") as conn:
            cursor = conn.execute(
                "INSERT INTO sessions (routine_id, title, routine_hash, started_at, updated_at,"
                " planned_seconds, steps_total, feel_before, note)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    routine_id,
                    title,
                    routine_hash,
                    started,
                    started,
                    float(planned_seconds),
                    int(steps_total),
                    _feel(feel_before),
                    note,
                ),
            )
            return int(cursor.lastrowid or 0)

    def update_session(
        self,
        session_id: int,
        *,
        active_seconds: float,
        steps_completed: int,
        steps_skipped: int,
        outcome: Outcome | None = None,
        at: datetime | None = None,
    ) -> None:
        """Record progress; with an ``outcome`` the session is closed at ``at``."""
        when = to_db_time(at or self.now())
        with self._write("write to") as conn:
            conn.execute(
                "UPDATE sessions SET active_seconds = ?, steps_completed = ?, steps_skipped = ?,"
                " updated_at = ?, outcome = COALESCE(?, outcome),"
                " ended_at = CASE WHEN ? IS NULL THEN ended_at ELSE ? END"
                " WHERE id = ?",
                (
                    float(active_seconds),
                    int(steps_completed),
                    int(steps_skipped),
                    when,
                    outcome.value if outcome else None,
                    outcome.value if outcome else None,
                    when,
                    session_id,
                ),
            )

    def set_checkin(
        self,
        session_id: int,
        *,
        before: int | None = None,
        after: int | None = None,
        note: str | None = None,
        stop_reason: str | None = None,
    ) -> None:
        """Set the given check-in fields; the ones left None are kept."""
        if stop_reason is not None and stop_reason not in STOP_REASONS:
            raise ValueError(f"a stop reason is one of {STOP_REASONS}, not {stop_reason!r}")
        with self._write("write to") as conn:
            conn.execute(
                "UPDATE sessions SET feel_before = COALESCE(?, feel_before),"
                " feel_after = COALESCE(?, feel_after), note = COALESCE(?, note),"
                " stop_reason = COALESCE(?, stop_reason) WHERE id = ?",
                (_feel(before), _feel(after), note, stop_reason, session_id),
            )

    def close_open_sessions(self) -> list[int]:
        """Mark sessions left open (crash, kill, power cut) as interrupted.

        Their active time is what was last written; they end at their last write.
        """
        with self._write("write to") as conn:
            ids = [int(r[0]) for r in conn.execute("SELECT id FROM sessions WHERE outcome IS NULL")]
            conn.execute(
                "UPDATE sessions SET outcome = 'interrupted', ended_at = updated_at"
                " WHERE outcome IS NULL"
            )
        return ids

    def delete_session(self, session_id: int) -> None:
        """Hide a session; restore_session() undoes it until the next start of the app."""
        with self._write("write to") as conn:
            conn.execute(
                "UPDATE sessions SET deleted_at = ? WHERE id = ?",
                (to_db_time(self.now()), session_id),
            )

    def restore_session(self, session_id: int) -> None:
        with self._write("write to") as conn:
            conn.execute("UPDATE sessions SET deleted_at = NULL WHERE id = ?", (session_id,))

    def purge_deleted(self) -> int:
        """Remove for good the sessions deleted in an earlier run."""
        with self._write("write to") as conn:
            return conn.execute("DELETE FROM sessions WHERE deleted_at IS NOT NULL").rowcount

    # -- reminders -----------------------------------------------------------------
    def reminder_offered(
        self, key: str, kind: str, routine_id: str, at: datetime | None = None
    ) -> int:
        """Write one offer of reminder ``key`` (a plan reminder or a break); its row id."""
        with self._write("write to") as conn:
            cursor = conn.execute(
                "INSERT INTO reminders (reminder_key, kind, routine_id, offered_at)"
                " VALUES (?, ?, ?, ?)",
                (key, kind, routine_id, to_db_time(at or self.now())),
            )
            return int(cursor.lastrowid or 0)

    def reminder_answered(self, key: str, outcome: str, at: datetime | None = None) -> None:
        """The answer to the latest unanswered offer of ``key``: started, postponed,
        skipped or missed."""
        with self._write("write to") as conn:
            conn.execute(
                "UPDATE reminders SET outcome = ?, answered_at = ? WHERE id = ("
                " SELECT id FROM reminders WHERE reminder_key = ? AND outcome IS NULL"
                " ORDER BY id DESC LIMIT 1)",
                (outcome, to_db_time(at or self.now()), key),
            )

    def reminder_counts(self, start: datetime, end: datetime) -> ReminderCounts:
        """Reminders offered in [start, end): how many, and how they were answered.
        A reminder offered again after a postponement counts once."""
        sql = "SELECT reminder_key, outcome FROM reminders WHERE offered_at >= ? AND offered_at < ?"
        try:
            rows = self.conn.execute(sql, (to_db_time(start), to_db_time(end))).fetchall()
        except sqlite3.OperationalError as exc:
            if "no such table" in str(exc):
                return ReminderCounts()  # an older file opened read-only (not migrated)
            raise describe(exc, self.path, "read") from exc
        except (sqlite3.Error, OSError) as exc:
            raise describe(exc, self.path, "read") from exc
        outcomes: dict[str, set[str]] = {}
        for key, outcome in rows:
            outcomes.setdefault(key, set()).add(outcome or "")
        return ReminderCounts(
            offered=len(outcomes),
            answered=sum(1 for seen in outcomes.values() if "started" in seen),
            postponed=sum(1 for seen in outcomes.values() if "postponed" in seen),
            skipped=sum(1 for seen in outcomes.values() if "skipped" in seen),
        )

    # -- reading -----------------------------------------------------------------
    def get(self, session_id: int) -> SessionRecord | None:
        rows = self._read(f"SELECT {_COLUMNS} FROM sessions WHERE id = ?", (session_id,))
        return _record(rows[0]) if rows else None

    def sessions_between(self, start: datetime, end: datetime) -> list[SessionRecord]:
        """Sessions that started in [start, end), oldest first, deleted ones left out."""
        rows = self._read(
            f"SELECT {_COLUMNS} FROM sessions WHERE started_at >= ? AND started_at < ?"
            " AND deleted_at IS NULL ORDER BY started_at, id",
            (to_db_time(start), to_db_time(end)),
        )
        return [_record(r) for r in rows]

    def all_sessions(self) -> list[SessionRecord]:
        rows = self._read(
            f"SELECT {_COLUMNS} FROM sessions WHERE deleted_at IS NULL ORDER BY started_at, id"
        )
        return [_record(r) for r in rows]

    def practice_starts(self, before: datetime, min_seconds: float) -> Iterator[datetime]:
        """Start times of sessions with at least ``min_seconds`` of practice, newest first.

        A start that is not a time (a hand-edited row) is passed over.
        """
        try:
            cursor = self.conn.execute(
                "SELECT started_at FROM sessions WHERE started_at < ? AND deleted_at IS NULL"
                " AND active_seconds >= ? ORDER BY started_at DESC",
                (to_db_time(before), float(min_seconds)),
            )
            for (text,) in cursor:
                moment = parse_db_time(text)
                if moment is not None:
                    yield moment
        except (sqlite3.Error, OSError) as exc:
            raise describe(exc, self.path, "read") from exc

    def latest_practice_before(self, before: datetime, min_seconds: float) -> datetime | None:
        """The newest start before ``before`` of a session with ``min_seconds`` of practice."""
        for moment in self.practice_starts(before, min_seconds):
            if moment < before:
                return moment
        return None

    def count(self) -> int:
        return int(self._read("SELECT COUNT(*) FROM sessions WHERE deleted_at IS NULL")[0][0])

    def integrity(self) -> str:
        rows = self._read("PRAGMA integrity_check")
        return "; ".join(str(r[0]) for r in rows)


__all__ = ["HistoryError", "HistoryStore", "ReminderCounts"]
