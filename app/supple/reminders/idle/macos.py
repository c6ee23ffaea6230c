"""macOS: the HID system's idle time, read from ``ioreg`` (untested on a Mac).

``ioreg -c IOHIDSystem -d 4 -k HIDIdleTime`` prints ``"HIDIdleTime" = 1234567890``
in nanoseconds.
"""

from __future__ import annotations

import re
import subprocess

_IDLE = re.compile(r'"HIDIdleTime"\s*=\s*(\d+)')


def parse_ioreg(text: str) -> float | None:
    """Seconds from ``ioreg``'s output, or None when it has no HIDIdleTime."""
    match = _IDLE.search(text)
    return None if match is None else int(match.group(1)) / 1e9


class HidIdle:
    def idle_seconds(self) -> float | None:
        try:
            result = subprocess.run(
                ["ioreg", "-c", "IOHIDSystem", "-d", "4", "-k", "HIDIdleTime"],
                capture_output=True,
                text=True,
                timeout=2,
                check=False,
            )
        except (OSError, subprocess.SubprocessError):
            return None
        return parse_ioreg(result.stdout)
