"""No reminder over a full-screen window, on X11: a real X server (Xvfb), a real
window manager (matchbox) and a real Qt window made full screen, asked through the
platform's busy source as the app asks it."""

from __future__ import annotations

import signal
from collections.abc import Iterator

import pytest
from x_display import QtWindow, manager_ready, private_display, wait_until, window_manager

from supple.reminders.idle import platform_busy
from supple.reminders.idle.fullscreen_x11 import WINDOW_TYPE, X11Fullscreen, x11_fullscreen


@pytest.fixture
def display(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    with private_display() as name:
        monkeypatch.setenv("DISPLAY", name)
        yield name


def source(display: str) -> X11Fullscreen:
    found = x11_fullscreen(display)
    assert found is not None, "libxcb is not loadable"
    return found


def in_front(fullscreen: X11Fullscreen) -> int:
    """The window the window manager names as the one in front (0: none)."""
    fullscreen.read()  # connects
    conn = fullscreen._conn
    assert conn is not None
    front = conn.values(conn.root, conn.active, WINDOW_TYPE)
    return front[0] if front else 0


def test_a_full_screen_window_in_front_is_busy_and_not_once_it_is_back(display) -> None:
    fullscreen = source(display)
    busy = platform_busy()  # what the app asks: the bus (none here) and this display
    with window_manager(display, manager_ready(fullscreen)):
        window = QtWindow(display)
        try:
            wait_until(lambda: in_front(fullscreen) == window.id, "the window came to the front")
            assert fullscreen.read() is False
            window.tell("full")
            wait_until(lambda: fullscreen.read() is True, "the full-screen window was seen")
            wait_until(busy.busy, "the platform's busy source said so")
            window.tell("normal")
            wait_until(lambda: fullscreen.read() is False, "the window was seen back to normal")
            assert in_front(fullscreen) == window.id
        finally:
            window.close()
    fullscreen.close()


def test_without_a_window_manager_nothing_is_in_front(display) -> None:
    fullscreen = source(display)
    window = QtWindow(display)
    try:
        window.tell("full")
        assert in_front(fullscreen) == 0
        assert fullscreen.read() is False
    finally:
        window.close()
        fullscreen.close()


def test_a_window_gone_is_not_full_screen_and_a_display_gone_is_not_busy(monkeypatch) -> None:
    with private_display() as name:
        fullscreen = source(name)
        with window_manager(name, manager_ready(fullscreen)) as manager:
            window = QtWindow(name)
            window.tell("full")
            wait_until(lambda: fullscreen.read() is True, "the full-screen window was seen")
            manager.send_signal(signal.SIGKILL)  # it cannot clear _NET_ACTIVE_WINDOW now
            manager.wait(10)
            window.close()
            # The root still names the window; asking about it is an X error, not a crash.
            wait_until(lambda: fullscreen.read() is False, "the closed window was let go")
            assert in_front(fullscreen) == window.id
            assert fullscreen.read() is False  # the connection outlived the error
    # The X server has gone: no answer, and "not busy" so reminders go on.
    assert fullscreen.read() is None
    assert fullscreen.busy() is False
    fullscreen.close()


def test_no_display_no_source(monkeypatch) -> None:
    monkeypatch.delenv("DISPLAY", raising=False)
    assert x11_fullscreen() is None
    assert x11_fullscreen("") is None
