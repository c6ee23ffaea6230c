"""What the scheduler asks of the desktop: how long the person has been away,
and whether something that must not be interrupted is in front.

The platforms' own sources are in ``supple.reminders.idle``; tests pass fakes.
"""

from __future__ import annotations

from typing import Protocol


class IdleSource(Protocol):
    """Seconds since the last key press or mouse move, or None when unknown."""

    def idle_seconds(self) -> float | None: ...


class BusySource(Protocol):
    """True while a full-screen app or a presentation is in front."""

    def busy(self) -> bool: ...


class NoIdle:
    """For a desktop that cannot tell: every minute the computer is on counts as use."""

    def idle_seconds(self) -> float | None:
        return None


class NeverBusy:
    def busy(self) -> bool:
        return False
