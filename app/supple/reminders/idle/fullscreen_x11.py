"""Whether the window in front is full screen, on X11 (and Xwayland), through libxcb.

The window manager names the window in front in the root window's
``_NET_ACTIVE_WINDOW`` and keeps each window's ``_NET_WM_STATE``; a full-screen
window (a presentation, a video, a game) has ``_NET_WM_STATE_FULLSCREEN`` there
(the EWMH specification). Every window manager of note keeps both; one that
does not (or no window in front) answers "not full screen".

libxcb rather than libX11: an X error (the window in front closed between the
two questions) comes back with its request instead of going to Xlib's one
handler for the whole process, which would end it. libxcb is what Qt's own
xcb platform plugin is built on, so it is there wherever a Supple window is.

Under GNOME or KDE on Wayland only Xwayland's windows are seen this way (the
compositor names no Wayland window to X clients); there GNOME Shell holds back
notification banners over a full-screen window itself, and presentations and
video players inhibit idling, which ``bus.BusBusy`` asks about.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import os
from typing import Any

from supple.reminders.idle.polled import Polled

log = logging.getLogger(__name__)

ATOM_TYPE = 4  # XCB_ATOM_ATOM
WINDOW_TYPE = 33  # XCB_ATOM_WINDOW
MAX_STATES = 64  # 32-bit items of _NET_WM_STATE read (a window has a handful)


class _Cookie(ctypes.Structure):
    _fields_ = [("sequence", ctypes.c_uint)]


class _AtomReply(ctypes.Structure):
    _fields_ = [
        ("response_type", ctypes.c_uint8),
        ("pad0", ctypes.c_uint8),
        ("sequence", ctypes.c_uint16),
        ("length", ctypes.c_uint32),
        ("atom", ctypes.c_uint32),
    ]


class _PropertyReply(ctypes.Structure):
    _fields_ = [
        ("response_type", ctypes.c_uint8),
        ("format", ctypes.c_uint8),
        ("sequence", ctypes.c_uint16),
        ("length", ctypes.c_uint32),
        ("type", ctypes.c_uint32),
        ("bytes_after", ctypes.c_uint32),
        ("value_len", ctypes.c_uint32),
        ("pad0", ctypes.c_uint8 * 12),
    ]


class _ScreenIterator(ctypes.Structure):
    _fields_ = [("data", ctypes.c_void_p), ("rem", ctypes.c_int), ("index", ctypes.c_int)]


def load_xcb() -> ctypes.CDLL | None:
    """libxcb with the few functions used declared, or None when it is not installed."""
    name = ctypes.util.find_library("xcb")
    if name is None:
        return None
    try:
        xcb = ctypes.CDLL(name)
    except OSError:
        return None
    p = ctypes.c_void_p
    xcb.xcb_connect.restype = p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.POINTER(ctypes.c_int)]
    xcb.xcb_connection_has_error.argtypes = [p]
    xcb.xcb_disconnect.argtypes = [p]
    xcb.xcb_get_setup.restype = p
    xcb.xcb_get_setup.argtypes = [p]
    xcb.xcb_setup_roots_iterator.restype = _ScreenIterator
    xcb.xcb_setup_roots_iterator.argtypes = [p]
    xcb.xcb_screen_next.argtypes = [ctypes.POINTER(_ScreenIterator)]
    xcb.xcb_intern_atom.restype = _Cookie
    xcb.xcb_intern_atom.argtypes = [p, ctypes.c_uint8, ctypes.c_uint16, ctypes.c_char_p]
    xcb.xcb_intern_atom_reply.restype = ctypes.POINTER(_AtomReply)
    xcb.xcb_intern_atom_reply.argtypes = [p, _Cookie, ctypes.POINTER(p)]
    xcb.xcb_get_property.restype = _Cookie
    xcb.xcb_get_property.argtypes = [p, ctypes.c_uint8] + [ctypes.c_uint32] * 5
    xcb.xcb_get_property_reply.restype = ctypes.POINTER(_PropertyReply)
    xcb.xcb_get_property_reply.argtypes = [p, _Cookie, ctypes.POINTER(p)]
    xcb.xcb_get_property_value.restype = p
    xcb.xcb_get_property_value.argtypes = [ctypes.POINTER(_PropertyReply)]
    xcb.xcb_get_property_value_length.argtypes = [ctypes.POINTER(_PropertyReply)]
    return xcb


_libc: ctypes.CDLL | None = None


def _free(pointer: Any) -> None:
    """free() what libxcb handed over (its replies and errors are malloc'd)."""
    global _libc
    if _libc is None:
        _libc = ctypes.CDLL(None)  # the C library, already loaded by Python
        _libc.free.argtypes = [ctypes.c_void_p]
    _libc.free(ctypes.cast(pointer, ctypes.c_void_p))


class _Connection:
    """One connection to the X server: its root window and the three atoms."""

    def __init__(self, xcb: ctypes.CDLL, display: str) -> None:
        self.xcb = xcb
        screen = ctypes.c_int(0)
        self.conn = xcb.xcb_connect(display.encode(), ctypes.byref(screen))
        if not self.conn or xcb.xcb_connection_has_error(self.conn):
            self.close()
            raise OSError(f"cannot connect to the X display {display!r}")
        roots = xcb.xcb_setup_roots_iterator(xcb.xcb_get_setup(self.conn))
        for _ in range(screen.value):
            xcb.xcb_screen_next(ctypes.byref(roots))
        if not roots.data:
            self.close()
            raise OSError(f"the X display {display!r} has no screen {screen.value}")
        self.root = ctypes.c_uint32.from_address(roots.data).value  # xcb_screen_t.root
        self.active = self.atom(b"_NET_ACTIVE_WINDOW")
        self.state = self.atom(b"_NET_WM_STATE")
        self.fullscreen = self.atom(b"_NET_WM_STATE_FULLSCREEN")

    def atom(self, name: bytes) -> int:
        cookie = self.xcb.xcb_intern_atom(self.conn, 0, len(name), name)
        reply = self.xcb.xcb_intern_atom_reply(self.conn, cookie, None)
        if not reply:
            raise OSError(f"the X server did not answer for {name.decode()}")
        try:
            return int(reply.contents.atom)
        finally:
            _free(reply)

    def values(self, window: int, name: int, kind: int) -> list[int]:
        """The 32-bit values of property ``name`` of ``window`` ([] when it has none,
        or the window is gone)."""
        xcb = self.xcb
        cookie = xcb.xcb_get_property(self.conn, 0, window, name, kind, 0, MAX_STATES)
        error = ctypes.c_void_p()
        reply = xcb.xcb_get_property_reply(self.conn, cookie, ctypes.byref(error))
        if error.value:
            _free(error)  # BadWindow: it closed meanwhile
        if not reply:
            if xcb.xcb_connection_has_error(self.conn):
                raise OSError("the connection to the X server was lost")
            return []
        try:
            if reply.contents.format != 32 or reply.contents.type != kind:
                return []
            count = xcb.xcb_get_property_value_length(reply) // 4
            data = ctypes.cast(xcb.xcb_get_property_value(reply), ctypes.POINTER(ctypes.c_uint32))
            return [int(data[i]) for i in range(count)]
        finally:
            _free(reply)

    def front_is_fullscreen(self) -> bool:
        front = self.values(self.root, self.active, WINDOW_TYPE)
        if not front or front[0] == 0:
            return False  # no window in front, or no EWMH window manager
        return self.fullscreen in self.values(front[0], self.state, ATOM_TYPE)

    def close(self) -> None:
        if self.conn:
            self.xcb.xcb_disconnect(self.conn)
            self.conn = None


class X11Fullscreen:
    """True while the window in front is full screen. The question is asked on a
    worker thread (``Polled``); the connection is opened on the first one, and again
    after the X server went away."""

    def __init__(self, xcb: ctypes.CDLL, display: str) -> None:
        self._xcb = xcb
        self._display = display
        self._conn: _Connection | None = None
        self._polled: Polled[bool] = Polled(self.read, "supple-fullscreen")

    def read(self) -> bool | None:
        """Ask now, on this thread; None when the display cannot be asked."""
        try:
            if self._conn is None:
                self._conn = _Connection(self._xcb, self._display)
            return self._conn.front_is_fullscreen()
        except OSError as exc:
            log.debug("full-screen check on X11: %s", exc)
            self.close()
            return None

    def busy(self) -> bool:
        return bool(self._polled.value())

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


def x11_fullscreen(display: str | None = None) -> X11Fullscreen | None:
    """The X11 full-screen source for ``display`` (default: $DISPLAY), or None
    (no display named, no libxcb). Nothing is opened until the first question."""
    name = display if display is not None else os.environ.get("DISPLAY", "")
    if not name:
        return None
    xcb = load_xcb()
    return None if xcb is None else X11Fullscreen(xcb, name)
