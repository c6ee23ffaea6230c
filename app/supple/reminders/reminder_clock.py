"""The two clocks the scheduler reads: a monotonic one and the wall clock.

The monotonic clock measures how long the computer has been used (it does not
jump when the wall clock is set); the wall clock says when "8:00 on weekdays" is.
A suspend shows as the wall clock moving on more than the monotonic one (on
Linux the monotonic clock stops while suspended; on Windows it does not, which
shows as a long gap the idle source cannot explain: both are taken as time away).
"""

from __future__ import annotations

import time
from datetime import datetime, timedelta
from typing import Protocol


class ReminderClock(Protocol):
    """Both clocks; the wall clock in local time, without a time zone."""

    def monotonic(self) -> float: ...

    def now(self) -> datetime: ...


class SystemClock:
    """The computer's clocks."""

    def monotonic(self) -> float:
        return time.monotonic()

    def now(self) -> datetime:
        return datetime.now()


class FakeReminderClock:
    """Clocks that move only when told to: ``advance`` moves both (the computer is
    on), ``suspend`` moves only the wall clock (the lid was closed)."""

    def __init__(self, start: datetime, mono: float = 1000.0) -> None:
        self.mono = float(mono)
        self.wall = start

    def monotonic(self) -> float:
        return self.mono

    def now(self) -> datetime:
        return self.wall

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("time only moves on")
        self.mono += seconds
        self.wall += timedelta(seconds=seconds)

    def suspend(self, seconds: float) -> None:
        self.wall += timedelta(seconds=seconds)
