"""What history keeps of one session, and how times are written to the file.

Times are stored in UTC as fixed-width ISO 8601 text ("2024-03-31T07:05:00.000000Z"),
so they sort as text and stay readable in any SQLite browser. They are shown in
local time by the layers above.
"""

from __future__ import annotations

import json
import math
from datetime import datetime, timezone

from supple.routine import Routine, routine_to_document
from supple.session import Outcome
from supple.value_class import value_class

UTC = timezone.utc
_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


def utc_now() -> datetime:
    return datetime.now(UTC)


def to_db_time(moment: datetime) -> str:
    if moment.tzinfo is None:
        raise ValueError("history times must be timezone-aware")
    return moment.astimezone(UTC).strftime(_FORMAT)


def from_db_time(text: str) -> datetime:
    if not text.endswith("Z"):
        raise ValueError(f"not a UTC time: {text!r}")
    # fromisoformat is ~10x faster than strptime; "Z" is only understood from 3.11 on.
    return datetime.fromisoformat(text[:-1]).replace(tzinfo=UTC)


def parse_db_time(value: object) -> datetime | None:
    """A stored time, or None when the cell holds something that is not one.

    Lenient where ``from_db_time`` is strict: a history row changed by hand or by
    another program ("garbage", 31 February, a number) reads as an unknown time.
    Years at the very ends of the calendar are refused too: converting them to
    local time would overflow.
    """
    if not isinstance(value, str):
        return None
    try:
        moment = from_db_time(value)
    except ValueError:
        return None
    return moment if 1 < moment.year < 9999 else None


def parse_number(value: object) -> float | None:
    """A stored number of seconds, or None when the cell is not a finite number."""
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        return None
    try:
        number = float(value)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def parse_count(value: object) -> int | None:
    """A stored whole number (steps, a check-in score), or None when it is not one."""
    number = parse_number(value)
    if number is None or number != int(number):
        return None
    return int(number)


def parse_text(value: object) -> str:
    """A stored text; bytes and numbers someone put there are shown as text."""
    if value is None:
        return ""
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)


def routine_hash(routine: Routine) -> str:
    """sha256 of the routine's canonical JSON: tells edited routines apart later."""
    canonical = json.dumps(
        routine_to_document(routine), sort_keys=True, separators=(",", ":"), ensure_ascii=False
    )
    import hashlib  # here, not at the top: OpenSSL costs ~3.5 MB before any session

    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


# Why a session was stopped, as the check-in after a stop offers it ("hurt": it hurt).
STOP_REASONS = ("hurt", "tired", "time", "other")


@value_class
class SessionRecord:
    """One session as stored in the history file."""

    id: int
    routine_id: str
    title: str
    routine_hash: str
    # Unknown (None) where the file holds something unreadable (a hand-edited row):
    started_at: datetime | None  # aware, UTC
    ended_at: datetime | None  # None while the session goes on
    updated_at: datetime | None  # the last time the row was written
    active_seconds: float | None  # pauses excluded
    planned_seconds: float | None
    steps_completed: int | None
    steps_skipped: int | None
    steps_total: int | None
    outcome: Outcome | None  # None while the session goes on (or a crash left it open)
    feel_before: int | None = None  # 0-10, optional check-in
    feel_after: int | None = None
    note: str = ""
    stop_reason: str = ""  # one of STOP_REASONS, or "" (not stopped, or not said)

    @property
    def seconds(self) -> float:
        """The active time for totals: an unknown time counts as none."""
        return self.active_seconds or 0.0

    @property
    def minutes(self) -> float:
        return self.seconds / 60.0
