"""Clocks the player can be driven by: the real monotonic one, and a fake for tests."""

from __future__ import annotations

import time
from typing import Protocol


class Clock(Protocol):
    def __call__(self) -> float: ...


def monotonic() -> float:
    return time.monotonic()


class FakeClock:
    """A clock that only moves when told to. Call it to read the time."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = float(start)

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> float:
        if seconds < 0:
            raise ValueError("a monotonic clock never goes back")
        self.now += seconds
        return self.now
