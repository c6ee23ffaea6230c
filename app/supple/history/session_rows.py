"""What history keeps of one session, and how times are written to the file.

Times are stored in UTC as fixed-width ISO 8601 text ("2024-03-31T07:05:00.000000Z"),
so they sort as text and stay readable in any SQLite browser. They are shown in
local time by the layers above.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone

from supple.routine import Routine, routine_to_document
from supple.session import Outcome

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


def routine_hash(routine: Routine) -> str:
    """sha256 of the routine's canonical JSON: tells edited routines apart later."""
    canonical = json.dumps(
        routine_to_document(routine), sort_keys=True, separators=(",", ":"), ensure_ascii=False
    )
    import hashlib  # here, not at the top: OpenSSL costs ~3.5 MB before any session

    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class SessionRecord:
    """One session as stored in the history file."""

    id: int
    routine_id: str
    title: str
    routine_hash: str
    started_at: datetime  # aware, UTC
    ended_at: datetime | None  # None while the session goes on
    updated_at: datetime  # the last time the row was written
    active_seconds: float  # pauses excluded
    planned_seconds: float
    steps_completed: int
    steps_skipped: int
    steps_total: int
    outcome: Outcome | None  # None while the session goes on
    feel_before: int | None = None  # 0-10, optional check-in
    feel_after: int | None = None
    note: str = ""

    @property
    def minutes(self) -> float:
        return self.active_seconds / 60.0
