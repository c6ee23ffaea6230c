"""All sessions as CSV, written atomically, and read back (for checks and imports).

Times are written in UTC (ISO 8601 with Z) and, for people reading the file in
a spreadsheet, also in local time with its offset. A value the history file holds
but that is not what Supple writes (a hand-edited row) is an empty cell.

Text cells are neutralised for spreadsheets (OWASP's advice on CSV injection): a
title such as ``=HYPERLINK(...)`` would otherwise run as a formula. A cell that
starts with ``= + - @``, a tab or a carriage return gets a leading ``'``, which
spreadsheets hide and which makes them show the text as it is; so does a cell that
already starts with ``'``, so that ``read_csv`` can take exactly one off again.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from datetime import datetime, tzinfo
from pathlib import Path

from supple.history.session_rows import STOP_REASONS, SessionRecord, from_db_time, to_db_time
from supple.i18n import _
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
    "stop_reason",  # history schema v5; added last, so older exports are FIELDS[:-1]
)
OLD_FIELDS = FIELDS[:-1]  # what Supple wrote before: still read, stop_reason ""


_IN_PROGRESS = "in progress"
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "'")


def neutralise(text: str) -> str:
    """The cell as a spreadsheet will show it as text, never run it as a formula."""
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def _restore(text: str) -> str:
    return text[1:] if text.startswith("'") else text


def _time(moment: datetime | None) -> str:
    return to_db_time(moment) if moment is not None else ""


def _local(moment: datetime | None, tz: tzinfo | None) -> str:
    return moment.astimezone(tz).isoformat(timespec="seconds") if moment is not None else ""


def _seconds(value: float | None) -> str:
    return f"{value:.3f}" if value is not None else ""


def _count(value: int | None) -> str:
    return str(value) if value is not None else ""


def to_csv(
    sessions: Iterable[SessionRecord], tz: tzinfo | None = None, *, open_outcome: str = ""
) -> str:
    """Every session as CSV; ``open_outcome`` is written for a session without an outcome
    ("in progress" or "interrupted", as the caller knows; empty by default)."""
    buffer = io.StringIO()
    import csv  # only when exporting: keeps it out of the idle app's memory

    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(FIELDS)
    for s in sessions:
        writer.writerow(
            [
                s.id,
                neutralise(s.routine_id),
                neutralise(s.title),
                neutralise(s.routine_hash),
                _time(s.started_at),
                _time(s.ended_at),
                _local(s.started_at, tz),
                _seconds(s.active_seconds),
                _seconds(s.planned_seconds),
                _count(s.steps_completed),
                _count(s.steps_skipped),
                _count(s.steps_total),
                s.outcome.value if s.outcome else open_outcome,
                _count(s.feel_before),
                _count(s.feel_after),
                neutralise(s.note),
                s.stop_reason,
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


def _float_or_none(text: str) -> float | None:
    return float(text) if text != "" else None


def _time_or_none(text: str) -> datetime | None:
    return from_db_time(text) if text != "" else None


def _outcome(text: str) -> Outcome | None:
    return Outcome(text) if text not in ("", _IN_PROGRESS) else None


def _stop_reason(text: str) -> str:
    if text and text not in STOP_REASONS:
        reasons = ", ".join(STOP_REASONS)
        wrong = _("stop_reason {value} is not one of {reasons}")
        raise ValueError(wrong.format(value=repr(text), reasons=reasons))
    return text


def read_csv(text: str) -> list[SessionRecord]:
    """Parse what to_csv wrote, now or before stop_reason was a column (it is "" then).
    Raises ValueError naming the row on bad content."""
    import csv

    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    if tuple(reader.fieldnames or ()) not in (FIELDS, OLD_FIELDS):
        columns = reader.fieldnames
        raise ValueError(
            _("not a Supple history export (columns: {columns})").format(columns=columns)
        )
    out: list[SessionRecord] = []
    for number, row in enumerate(reader, start=2):
        try:
            started = _time_or_none(row["started_utc"])
            ended = _time_or_none(row["ended_utc"])
            out.append(
                SessionRecord(
                    id=int(row["id"]),
                    routine_id=_restore(row["routine_id"]),
                    title=_restore(row["title"]),
                    routine_hash=_restore(row["routine_hash"]),
                    started_at=started,
                    ended_at=ended,
                    updated_at=ended or started,
                    active_seconds=_float_or_none(row["active_seconds"]),
                    planned_seconds=_float_or_none(row["planned_seconds"]),
                    steps_completed=_int_or_none(row["steps_completed"]),
                    steps_skipped=_int_or_none(row["steps_skipped"]),
                    steps_total=_int_or_none(row["steps_total"]),
                    outcome=_outcome(row["outcome"]),
                    feel_before=_int_or_none(row["feel_before"]),
                    feel_after=_int_or_none(row["feel_after"]),
                    note=_restore(row["note"]),
                    stop_reason=_stop_reason(row.get("stop_reason") or ""),
                )
            )
        except (KeyError, ValueError, TypeError) as exc:
            raise ValueError(
                _("row {number}: {problem}").format(number=number, problem=exc)
            ) from exc
    return out
