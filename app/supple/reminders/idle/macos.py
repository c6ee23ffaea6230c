"""macOS: the HID system's idle time, read from ``ioreg``, and "busy" while a
program keeps the display awake, read from ``pmset`` (both untested on a Mac).

``ioreg -c IOHIDSystem -d 4 -k HIDIdleTime`` prints ``"HIDIdleTime" = 1234567890``
in nanoseconds. ``pmset -g assertions`` lists the power assertions held; a
presentation (Keynote, PowerPoint), a video playing or a video call holds
``PreventUserIdleDisplaySleep``, whose system-wide count is then 1. The tests pass
their own ``run`` (there is no ``ioreg`` or ``pmset`` here).
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Callable
from typing import Any

from supple.reminders.idle.polled import Polled

IOREG = ["ioreg", "-c", "IOHIDSystem", "-d", "4", "-k", "HIDIdleTime"]
PMSET = ["pmset", "-g", "assertions"]
_DISPLAY_KEPT_ON = re.compile(r"^\s*PreventUserIdleDisplaySleep\s+(\d+)\s*$", re.MULTILINE)

_IDLE = re.compile(r'"HIDIdleTime"\s*=\s*(\d+)')


def parse_ioreg(text: str) -> float | None:
    """Seconds from ``ioreg``'s output, or None when it has no HIDIdleTime."""
    match = _IDLE.search(text)
    return None if match is None else int(match.group(1)) / 1e9


class HidIdle:
    """Seconds without input; ``ioreg`` runs on a worker thread (``Polled``)."""

    def __init__(self, run: Callable[..., Any] = subprocess.run) -> None:
        self._run = run
        self._polled: Polled[float] = Polled(self.read, "supple-idle")

    def idle_seconds(self) -> float | None:
        return self._polled.value()

    def read(self) -> float | None:
        """Run ``ioreg`` now, on this thread."""
        try:
            result = self._run(
                IOREG,
                capture_output=True,
                text=True,
                timeout=2,
                check=False,
            )
        except (OSError, subprocess.SubprocessError):
            return None
        return parse_ioreg(result.stdout)


def parse_pmset(text: str) -> bool | None:
    """Whether ``pmset -g assertions`` says the display is kept awake (None: not said)."""
    match = _DISPLAY_KEPT_ON.search(text)  # the system-wide summary comes first
    return None if match is None else int(match.group(1)) > 0


class DisplayKeptOn:
    """True while a program keeps the display from sleeping; ``pmset`` runs on a worker
    thread (``Polled``)."""

    def __init__(self, run: Callable[..., Any] = subprocess.run) -> None:
        self._run = run
        self._polled: Polled[bool] = Polled(self.read, "supple-busy")

    def busy(self) -> bool:
        return bool(self._polled.value())

    def read(self) -> bool | None:
        """Run ``pmset`` now, on this thread."""
        try:
            result = self._run(PMSET, capture_output=True, text=True, timeout=2, check=False)
        except (OSError, subprocess.SubprocessError):
            return None
        return parse_pmset(result.stdout)
