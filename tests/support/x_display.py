"""A private X display (Xvfb) with a real window manager on it, and real Qt windows
in processes of their own, for the X11 idle and full-screen tests.

``private_display(folder)`` starts ``Xvfb`` on a free display number (it tells the
number when it is ready, through ``-displayfd``) and gives its name;
``window_manager(display)`` runs ``matchbox-window-manager`` (small, and it keeps
``_NET_ACTIVE_WINDOW`` and ``_NET_WM_STATE_FULLSCREEN`` as EWMH says) and returns
once it has taken the screen. Missing programs skip the test, or fail it under
SUPPLE_REQUIRE_TOOLS (CI installs them: .ci/run).
"""

from __future__ import annotations

import ctypes
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

SUPPORT = Path(__file__).resolve().parent
WINDOW = SUPPORT / "x_window.py"


def required(program: str, package: str) -> str:
    found = shutil.which(program)
    if found is None:
        if os.environ.get("SUPPLE_REQUIRE_TOOLS"):
            pytest.fail(f"{program} is required (SUPPLE_REQUIRE_TOOLS is set) but not installed")
        pytest.skip(f"{program} is not installed ({package})")
    return found


def wait_until(test: Callable[[], object], what: str, timeout: float = 20.0) -> None:
    """Poll ``test`` until it is true; fail saying ``what`` never happened."""
    deadline = time.monotonic() + timeout
    while not test():
        assert time.monotonic() < deadline, f"never: {what}"
        time.sleep(0.02)


@contextmanager
def private_display() -> Iterator[str]:
    """An Xvfb display of its own; its name (":N")."""
    xvfb = required("Xvfb", "xvfb")
    read, write = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write), "-screen", "0", "1024x768x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        with os.fdopen(read) as numbers:
            number = numbers.readline().strip()  # written once the server takes clients
        assert number.isdigit(), f"Xvfb did not start (it said {number!r})"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)


@contextmanager
def window_manager(display: str, is_ready: Callable[[], bool]) -> Iterator[subprocess.Popen[bytes]]:
    """matchbox-window-manager on ``display``, once ``is_ready()`` says it has the screen."""
    program = required("matchbox-window-manager", "matchbox-window-manager")
    argv = [program, "-display", display, "-use_titlebar", "no"]
    with _running(argv, dict(os.environ), is_ready, "the window manager") as manager:
        yield manager


@contextmanager
def _running(
    argv: list[str], env: dict[str, str], is_ready: Callable[[], bool], what: str
) -> Iterator[subprocess.Popen[bytes]]:
    """``argv`` running until the block ends, once ``is_ready()`` (it must not end first)."""
    process = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_until(lambda: process.poll() is not None or is_ready(), f"{what} ran")
        assert process.poll() is None, f"{what} ended"
        yield process
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
        process.wait(10)


def manager_ready(source: Any) -> Callable[[], bool]:
    """For ``window_manager``: true once an EWMH window manager has taken the screen
    (the root's ``_NET_SUPPORTED``), asked over ``source``'s own connection (an
    ``X11Fullscreen``)."""

    def ready() -> bool:
        source.read()  # connects
        conn = source._conn
        return conn is not None and bool(conn.values(conn.root, conn.atom(b"_NET_SUPPORTED"), 4))

    return ready


class _OwnerReply(ctypes.Structure):
    _fields_ = [
        ("response_type", ctypes.c_uint8),
        ("pad0", ctypes.c_uint8),
        ("sequence", ctypes.c_uint16),
        ("length", ctypes.c_uint32),
        ("owner", ctypes.c_uint32),
    ]


def tray_ready(source: Any) -> Callable[[], bool]:
    """True once a system tray host owns ``_NET_SYSTEM_TRAY_S0`` (the freedesktop
    system tray specification), asked over ``source``'s connection (an ``X11Fullscreen``)."""

    def ready() -> bool:
        source.read()  # connects
        conn = source._conn
        if conn is None:
            return False
        xcb = conn.xcb
        xcb.xcb_get_selection_owner.restype = ctypes.c_uint
        xcb.xcb_get_selection_owner.argtypes = [ctypes.c_void_p, ctypes.c_uint32]
        xcb.xcb_get_selection_owner_reply.restype = ctypes.POINTER(_OwnerReply)
        xcb.xcb_get_selection_owner_reply.argtypes = [
            ctypes.c_void_p,
            ctypes.c_uint,
            ctypes.c_void_p,
        ]
        cookie = xcb.xcb_get_selection_owner(conn.conn, conn.atom(b"_NET_SYSTEM_TRAY_S0"))
        reply = xcb.xcb_get_selection_owner_reply(conn.conn, cookie, None)
        return bool(reply) and reply.contents.owner != 0  # (a few bytes not freed: a test)

    return ready


@contextmanager
def tray_host(display: str, is_ready: Callable[[], bool]) -> Iterator[subprocess.Popen[bytes]]:
    """trayer (a small system tray) on ``display``, once ``is_ready()`` says it owns the tray."""
    program = required("trayer", "trayer")
    argv = [program, "--edge", "bottom", "--align", "right", "--widthtype", "request"]
    with _running(argv, {**os.environ, "DISPLAY": display}, is_ready, "the tray host") as host:
        yield host


class QtWindow:
    """A real Qt window (the xcb platform) in a process of its own, told over stdin to
    go full screen ("full") or back ("normal"); it answers with its X window id."""

    def __init__(self, display: str) -> None:
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        env.pop("WAYLAND_DISPLAY", None)
        self.process = subprocess.Popen(
            [sys.executable, str(WINDOW)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        self.id = int(self._line("shown"), 16)

    def _line(self, expected: str) -> str:
        assert self.process.stdout is not None
        line = self.process.stdout.readline().split()
        assert line and line[0] == expected, f"the window said {line!r}"
        return line[1]

    def tell(self, command: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        self._line("done")

    def close(self) -> None:
        if self.process.poll() is None:
            assert self.process.stdin is not None
            self.process.stdin.close()
        self.process.wait(10)
