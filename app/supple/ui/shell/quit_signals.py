"""SIGTERM, SIGINT (Ctrl+C) and SIGHUP quit the app the way File > Quit does.

Python runs its signal handlers only between bytecodes, and while Qt's event loop
waits in C++ none run, so the signal would wait for the next mouse move (or, with
the default handlers, kill the app with its session record left open and the
voice's temporary folder left in /tmp). Here the C-level handler writes the
signal's number to a pipe (``signal.set_wakeup_fd``; a socket pair on Windows,
where it must be a socket) that a QSocketNotifier watches, so Qt's loop wakes at
once and the window is closed on the GUI thread: the session playing is stopped
and recorded, the voice and the history shut down as at any quit. A second signal
while the first close waits (a page asking about unsaved work) quits without asking.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Callable
from types import FrameType
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSocketNotifier, Signal
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    import socket

SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGINT", "SIGHUP") if hasattr(signal, name)
)


def _ignore(_signum: int, _frame: FrameType | None) -> None:
    """The Python-level handler: nothing (the wakeup socket carries the signal)."""


class WakeupChannel:
    """The two ends the signal's number travels through, both non-blocking: a pipe, or
    on Windows a socket pair (a pipe there leaves ``socket`` unimported, ~3 ms of the
    window becoming usable)."""

    def __init__(self) -> None:
        self._sockets: tuple[socket.socket, socket.socket] | None = None
        if sys.platform == "win32":
            import socket

            reader, writer = socket.socketpair()
            reader.setblocking(False)
            writer.setblocking(False)
            self._sockets = (reader, writer)
            self.read_fd, self.write_fd = reader.fileno(), writer.fileno()
        else:
            self.read_fd, self.write_fd = os.pipe()
            os.set_blocking(self.read_fd, False)
            os.set_blocking(self.write_fd, False)

    def read(self) -> bytes:
        """What was written since; raises BlockingIOError when nothing was."""
        if self._sockets is not None:
            return self._sockets[0].recv(64)
        return os.read(self.read_fd, 64)

    def close(self) -> None:
        if self._sockets is not None:
            for end in self._sockets:
                end.close()
        else:
            for fd in (self.read_fd, self.write_fd):
                with contextlib.suppress(OSError):
                    os.close(fd)


class QuitOnSignal(QObject):
    """While installed, a quit signal closes ``window`` (a second one quits outright)."""

    received = Signal(int)  # the signal's number, once the GUI thread has it

    def __init__(self, window: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._window = window
        self._count = 0
        self._channel = WakeupChannel()
        self._previous_fd = signal.set_wakeup_fd(self._channel.write_fd, warn_on_full_buffer=False)
        self._previous: dict[int, Callable[..., object] | int | None] = {}
        for number in SIGNALS:
            self._previous[number] = signal.signal(number, _ignore)
        self._notifier = QSocketNotifier(self._channel.read_fd, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._woken)

    def _woken(self) -> None:
        try:
            data = self._channel.read()
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            data = b""
        for number in data:
            if number in SIGNALS:
                self._quit(number)

    def _quit(self, number: int) -> None:
        self._count += 1
        import logging

        logging.getLogger("supple").info("quitting on %s", signal.Signals(number).name)
        self.received.emit(number)
        if self._count == 1 and self._window.isVisible():
            # As File > Quit: the session is stopped and recorded. A page with unsaved
            # work may ask first; if the person keeps the window, so be it (a second
            # signal quits regardless).
            self._window.close()
            if self._window.isVisible():
                return
        # Quit even if a dialog (the safety notice, a question) is still up: its loop
        # ends with the app's.
        app = QApplication.instance()
        if app is not None:
            app.quit()

    def uninstall(self) -> None:
        """Give the signals back their previous handlers (at quit)."""
        self._notifier.setEnabled(False)
        with contextlib.suppress(ValueError):
            signal.set_wakeup_fd(self._previous_fd)
        for number, handler in self._previous.items():
            with contextlib.suppress(ValueError, TypeError):
                signal.signal(number, handler if handler is not None else signal.SIG_DFL)
        self._channel.close()
