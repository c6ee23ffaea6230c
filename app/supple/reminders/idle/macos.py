"""macOS: the HID system's idle time, read from ``ioreg`` (untested on a Mac).

``ioreg -c IOHIDSystem -d 4 -k HIDIdleTime`` prints ``"HIDIdleTime" = 1234567890``
in nanoseconds. The tests pass their own ``run`` (there is no ``ioreg`` here).
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Callable
from typing import Any

from supple.reminders.idle.polled import Polled

IOREG = ["ioreg", "-c", "IOHIDSystem", "-d", "4", "-k", "HIDIdleTime"]

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
