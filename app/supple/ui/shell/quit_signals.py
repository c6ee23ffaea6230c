"""SIGTERM, SIGINT (Ctrl+C) and SIGHUP quit the app the way File > Quit does.

Python runs its signal handlers only between bytecodes, and while Qt's event loop
waits in C++ none run, so the signal would wait for the next mouse move (or, with
the default handlers, kill the app with its session record left open and the
voice's temporary folder left in /tmp). Here the C-level handler writes the
signal's number to a socket (``signal.set_wakeup_fd``) that a QSocketNotifier
watches, so Qt's loop wakes at once and the window is closed on the GUI thread:
the session playing is stopped and recorded, the voice and the history shut down
as at any quit. A second signal while the first close waits (a page asking about
unsaved work) quits without asking.
"""

from __future__ import annotations

import contextlib
import signal
import socket
from collections.abc import Callable
from types import FrameType

from PySide6.QtCore import QObject, QSocketNotifier, Signal
from PySide6.QtWidgets import QApplication, QWidget

SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGINT", "SIGHUP") if hasattr(signal, name)
)


def _ignore(_signum: int, _frame: FrameType | None) -> None:
    """The Python-level handler: nothing (the wakeup socket carries the signal)."""


class QuitOnSignal(QObject):
    """While installed, a quit signal closes ``window`` (a second one quits outright)."""

    received = Signal(int)  # the signal's number, once the GUI thread has it

    def __init__(self, window: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._window = window
        self._count = 0
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        self._previous: dict[int, Callable[..., object] | int | None] = {}
        for number in SIGNALS:
            self._previous[number] = signal.signal(number, _ignore)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._woken)

    def _woken(self) -> None:
        try:
            data = self._reader.recv(64)
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
        self._reader.close()
        self._writer.close()
