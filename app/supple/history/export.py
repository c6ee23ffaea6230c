"""All sessions as CSV, written atomically, and read back (for checks and imports).

Times are written in UTC (ISO 8601 with Z) and, for people reading the file in
a spreadsheet, also in local time with its offset.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from datetime import datetime, tzinfo
from pathlib import Path

from supple.history.session_rows import SessionRecord, from_db_time, to_db_time
from supple.session import Outcome
from supple.settings import atomic_write_text

FIELDS = (
    "id",
    "routine_id",
    "title",
    "routine_hash",
    "started_utc",
    "ended_utc",
    "started_local",
    "active_seconds",
    "planned_seconds",
    "steps_completed",
    "steps_skipped",
    "steps_total",
    "outcome",
    "feel_before",
    "feel_after",
    "note",
)


def _local(moment: datetime, tz: tzinfo | None) -> str:
    return moment.astimezone(tz).isoformat(timespec="seconds")


def to_csv(sessions: Iterable[SessionRecord], tz: tzinfo | None = None) -> str:
    buffer = io.StringIO()
    import csv  # only when exporting: keeps it out of the idle app's memory

    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(FIELDS)
    for s in sessions:
        writer.writerow(
            [
                s.id,
                s.routine_id,
                s.title,
                s.routine_hash,
                to_db_time(s.started_at),
                to_db_time(s.ended_at) if s.ended_at else "",
                _local(s.started_at, tz),
                f"{s.active_seconds:.3f}",
                f"{s.planned_seconds:.3f}",
                s.steps_completed,
                s.steps_skipped,
                s.steps_total,
                s.outcome.value if s.outcome else "",
                "" if s.feel_before is None else s.feel_before,
                "" if s.feel_after is None else s.feel_after,
                s.note,
            ]
        )
    return buffer.getvalue()


def export_csv(sessions: Iterable[SessionRecord], path: Path, tz: tzinfo | None = None) -> int:
    """Write ``path`` atomically (a temporary file, then a replace). Returns the row count.

    Raises OSError (read-only folder, full disk) for the caller to report; the
    old file at ``path``, if any, is untouched then.
    """
    rows = list(sessions)
    # utf-8-sig: spreadsheet programs then read accented titles correctly.
    atomic_write_text(path, "\ufeff" + to_csv(rows, tz))
    return len(rows)


def _int_or_none(text: str) -> int | None:
    return int(text) if text != "" else None


def read_csv(text: str) -> list[SessionRecord]:
    """Parse what to_csv wrote. Raises ValueError naming the row on bad content."""
    import csv

    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    if tuple(reader.fieldnames or ()) != FIELDS:
        raise ValueError(f"not a Supple history export (columns: {reader.fieldnames})")
    out: list[SessionRecord] = []
    for number, row in enumerate(reader, start=2):
        try:
            started = from_db_time(row["started_utc"])
            ended = from_db_time(row["ended_utc"]) if row["ended_utc"] else None
            out.append(
                SessionRecord(
                    id=int(row["id"]),
                    routine_id=row["routine_id"],
                    title=row["title"],
                    routine_hash=row["routine_hash"],
                    started_at=started,
                    ended_at=ended,
                    updated_at=ended or started,
                    active_seconds=float(row["active_seconds"]),
                    planned_seconds=float(row["planned_seconds"]),
                    steps_completed=int(row["steps_completed"]),
                    steps_skipped=int(row["steps_skipped"]),
                    steps_total=int(row["steps_total"]),
                    outcome=Outcome(row["outcome"]) if row["outcome"] else None,
                    feel_before=_int_or_none(row["feel_before"]),
                    feel_after=_int_or_none(row["feel_after"]),
                    note=row["note"],
                )
            )
        except (KeyError, ValueError, TypeError) as exc:
            raise ValueError(f"row {number}: {exc}") from exc
    return out
