"""Idle time on X11 from the MIT-SCREEN-SAVER extension (libXss), through ctypes."""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import os

log = logging.getLogger(__name__)


class _Info(ctypes.Structure):
    _fields_ = [
        ("window", ctypes.c_ulong),
        ("state", ctypes.c_int),
        ("kind", ctypes.c_int),
        ("til_or_since", ctypes.c_ulong),
        ("idle", ctypes.c_ulong),  # milliseconds
        ("event_mask", ctypes.c_ulong),
    ]


class XssIdle:
    """Seconds without input on the X display; None when it cannot be asked."""

    def __init__(self, x11: ctypes.CDLL, xss: ctypes.CDLL, display: int) -> None:
        self._x11 = x11
        self._xss = xss
        self._display = display
        self._root = x11.XDefaultRootWindow(display)
        self._info = xss.XScreenSaverAllocInfo()

    def idle_seconds(self) -> float | None:
        if not self._xss.XScreenSaverQueryInfo(self._display, self._root, self._info):
            return None
        return ctypes.cast(self._info, ctypes.POINTER(_Info)).contents.idle / 1000.0


def x11_idle() -> XssIdle | None:
    """The X11 idle source, or None (no DISPLAY, no libX11 or libXss, no extension)."""
    if not os.environ.get("DISPLAY"):
        return None
    names = (ctypes.util.find_library("X11"), ctypes.util.find_library("Xss"))
    if None in names:
        return None
    try:
        x11 = ctypes.CDLL(names[0])
        xss = ctypes.CDLL(names[1])
        x11.XOpenDisplay.restype = ctypes.c_void_p
        x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x11.XDefaultRootWindow.restype = ctypes.c_ulong
        x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        xss.XScreenSaverAllocInfo.restype = ctypes.c_void_p
        xss.XScreenSaverQueryInfo.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_void_p]
        xss.XScreenSaverQueryExtension.argtypes = [
            ctypes.c_void_p,
            ctypes.POINTER(ctypes.c_int),
            ctypes.POINTER(ctypes.c_int),
        ]
        display = x11.XOpenDisplay(None)
        if not display:
            return None
        event, error = ctypes.c_int(), ctypes.c_int()
        if not xss.XScreenSaverQueryExtension(display, ctypes.byref(event), ctypes.byref(error)):
            return None
        return XssIdle(x11, xss, display)
    except (OSError, AttributeError) as exc:
        log.debug("no X11 idle time: %s", exc)
        return None
