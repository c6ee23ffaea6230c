"""The daily plan: which routine, at what time, on which days.

An entry without a time is "when I ask": it is not reminded of, only offered in
the tray's menu. Entries come from the settings file as plain dicts
(``{"routine": "daily-back-care", "time": "08:00", "days": [0, 1, 2, 3, 4]}``,
days Monday = 0); a bad entry is left out with a note, never fatal.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from supple.i18n import _

EVERY_DAY = frozenset(range(7))
WEEKDAYS = frozenset(range(5))


@dataclass(frozen=True)
class PlanEntry:
    """One line of the plan: ``routine_id`` at ``at`` (None: when I ask) on ``days``."""

    routine_id: str
    at: time | None = None
    days: frozenset[int] = EVERY_DAY

    def due_on(self, day: date) -> datetime | None:
        """When this entry is due on ``day`` (local wall time), or None."""
        if self.at is None or day.weekday() not in self.days:
            return None
        return datetime.combine(day, self.at)

    def due_between(self, start: datetime, end: datetime) -> Iterator[datetime]:
        """Every due moment in ``(start, end]``, oldest first."""
        if self.at is None or end <= start:
            return
        day = start.date()
        while day <= end.date():
            due = self.due_on(day)
            if due is not None and start < due <= end:
                yield due
            day += timedelta(days=1)

    def key(self, due: datetime) -> str:
        """The same reminder's name every time it is looked at (no reminder twice)."""
        return f"plan:{self.routine_id}:{due.isoformat(timespec='minutes')}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "routine": self.routine_id,
            "time": None if self.at is None else self.at.strftime("%H:%M"),
            "days": sorted(self.days),
        }


def parse_time(text: str) -> time:
    """``"8:00"`` or ``"08:00"`` as a time; ValueError otherwise."""
    hours, sep, minutes = text.strip().partition(":")
    if not sep or not hours.isdigit() or not minutes.isdigit() or len(minutes) != 2:
        raise ValueError(_("{text} is not a time like 08:00").format(text=repr(text)))
    return time(int(hours), int(minutes))  # ValueError past 23:59


def entry_from_dict(data: Any) -> PlanEntry:
    """One plan entry from the settings file; ValueError saying what is wrong."""
    if not isinstance(data, dict):
        raise ValueError(_("a plan entry should be an object"))
    routine = data.get("routine")
    if not isinstance(routine, str) or not routine.strip():
        raise ValueError(_("a plan entry needs a routine"))
    raw_time = data.get("time")
    if raw_time is not None and not isinstance(raw_time, str):
        raise ValueError(_("a plan entry's time should be text like 08:00"))
    at = None if raw_time in (None, "") else parse_time(raw_time)
    raw_days = data.get("days", sorted(EVERY_DAY))
    if not isinstance(raw_days, list) or not all(
        isinstance(d, int) and not isinstance(d, bool) and 0 <= d <= 6 for d in raw_days
    ):
        raise ValueError(_("a plan entry's days should be numbers from 0 (Monday) to 6"))
    if at is not None and not raw_days:
        raise ValueError(_("a plan entry with a time needs at least one day"))
    return PlanEntry(routine.strip(), at, frozenset(raw_days))


def plan_from_settings(items: Iterable[Any]) -> tuple[list[PlanEntry], list[str]]:
    """The plan's entries, and a note for each one left out."""
    entries: list[PlanEntry] = []
    notes: list[str] = []
    for number, item in enumerate(items, start=1):
        try:
            entries.append(entry_from_dict(item))
        except ValueError as exc:
            left_out = _("plan entry {number} was left out: {problem}")
            notes.append(left_out.format(number=number, problem=exc))
    return entries, notes
