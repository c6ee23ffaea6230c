"""Windows: idle time from GetLastInputInfo, "busy" from SHQueryUserNotificationState.

The DLLs can be passed in: the tests here (not on Windows) pass stand-ins that fill
in the structures as the real calls do, so the arithmetic (the 32-bit tick count
wrapping after 49.7 days) and the states are tested; the calls themselves are not.
"""

from __future__ import annotations

import ctypes
from ctypes import wintypes
from typing import Any

# SHQueryUserNotificationState: QUNS_BUSY (a full-screen app), QUNS_RUNNING_D3D_FULL_SCREEN,
# QUNS_PRESENTATION_MODE; the others (QUNS_ACCEPTS_NOTIFICATIONS, QUNS_QUIET_TIME, ...)
# let a reminder through.
BUSY_STATES = frozenset({2, 3, 4})


class _LastInputInfo(ctypes.Structure):
    _fields_ = [("cbSize", wintypes.UINT), ("dwTime", wintypes.DWORD)]


class LastInputIdle:
    """Seconds since the last input of this session."""

    def __init__(self, user32: Any = None, kernel32: Any = None) -> None:
        self._user32 = user32 or ctypes.WinDLL("user32")  # type: ignore[attr-defined]
        self._kernel32 = kernel32 or ctypes.WinDLL("kernel32")  # type: ignore[attr-defined]
        self._kernel32.GetTickCount64.restype = ctypes.c_ulonglong

    def idle_seconds(self) -> float | None:
        info = _LastInputInfo(ctypes.sizeof(_LastInputInfo), 0)
        if not self._user32.GetLastInputInfo(ctypes.byref(info)):
            return None
        now = self._kernel32.GetTickCount64() & 0xFFFFFFFF  # dwTime wraps with 32 bits
        return ((now - info.dwTime) & 0xFFFFFFFF) / 1000.0


class NotificationState:
    """True while Windows says notifications should wait (full screen, presenting)."""

    def __init__(self, shell32: Any = None) -> None:
        self._shell32 = shell32 or ctypes.WinDLL("shell32")  # type: ignore[attr-defined]

    def busy(self) -> bool:
        state = ctypes.c_int(0)
        if self._shell32.SHQueryUserNotificationState(ctypes.byref(state)) != 0:
            return False
        return state.value in BUSY_STATES
