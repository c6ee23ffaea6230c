"""Keeping the screen awake while a session plays.

:class:`ScreenAwake` listens to the session controller: it asks the platform
to keep the display on while a session is *running* and lets it sleep again
when the session pauses (Space, or the computer slept), stops, ends (the
summary is on screen), the window closes or the app quits. A crash needs
nothing: every platform drops what a process held when it dies (D-Bus inhibits
die with the connection; see the modules).

One module per platform, each loaded only when a session first plays (after
the first paint; nothing here is imported by the library window):

- ``bus``: Linux and other desktops with a D-Bus session bus;
- ``windows``: SetThreadExecutionState;
- ``macos``: an IOKit power assertion.

Nothing is shown when a platform has no way to do it; it is logged at debug
level (a desktop without a screen saver service is normal).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from supple.session import SessionReport, State
    from supple.ui.player.session_controller import SessionController

log = logging.getLogger(__name__)

APP_NAME = "Supple"
APP_ID = "io.github.supple_app.Supple"  # the desktop entry's id


class Inhibitor(Protocol):
    """Holds the platform's "keep the screen on" while acquired. Calls never block."""

    def acquire(self) -> None: ...

    def release(self) -> None: ...

    def close(self, wait: float = 1.0) -> None: ...


MakeInhibitor = Callable[[str], "Inhibitor | None"]  # the reason, translated -> one, or None


def platform_inhibitor(reason: str) -> Inhibitor | None:
    """This platform's inhibitor, or None when it has none."""
    if sys.platform == "win32":
        from supple.ui.player.awake.windows_inhibitor import (
            ExecutionStateInhibitor,
            set_thread_execution_state,
        )

        call = set_thread_execution_state()
        return ExecutionStateInhibitor(call) if call is not None else None
    if sys.platform == "darwin":
        from supple.ui.player.awake.macos_inhibitor import AssertionInhibitor, iokit_calls

        calls = iokit_calls()
        return AssertionInhibitor(calls, reason) if calls is not None else None
    try:
        from supple.ui.player.awake.bus_inhibitor import BusInhibitor, Request
    except ImportError as exc:  # jeepney missing from an odd install
        log.debug("no D-Bus support to keep the screen awake: %s", exc)
        return None
    return BusInhibitor(Request(APP_NAME, APP_ID, reason))


class ScreenAwake(QObject):
    """Keeps the screen awake while ``controller``'s session is running.

    ``enabled`` is the person's setting ("Keep the screen on during a
    session"); ``make_inhibitor`` builds the platform's inhibitor the first
    time one is needed (tests pass their own).
    """

    def __init__(
        self,
        controller: SessionController,
        *,
        enabled: bool = True,
        make_inhibitor: MakeInhibitor = platform_inhibitor,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._make = make_inhibitor
        self._inhibitor: Inhibitor | None = None
        self._tried = False  # the inhibitor was made (or found missing)
        self._enabled = enabled
        self._running = False
        self._closed = False
        self._holding = False
        controller.state_changed.connect(self._state_changed)
        controller.session_ended.connect(self._session_ended)

    @property
    def holding(self) -> bool:
        """True while the screen is asked to stay on."""
        return self._holding

    @property
    def inhibitor(self) -> Inhibitor | None:
        return self._inhibitor

    def set_enabled(self, enabled: bool) -> None:
        """The setting changed: applies at once, also mid-session."""
        self._enabled = enabled
        self._update()

    def shutdown(self, wait: float = 1.0) -> None:
        """Let the screen sleep and end the inhibitor's worker (the app is quitting)."""
        if self._closed:
            return
        self._closed = True
        self._update()
        if self._inhibitor is not None:
            self._inhibitor.close(wait)

    # -- the controller's signals ---------------------------------------------------
    def _state_changed(self, state: State, reason: str) -> None:
        self._running = state.value == "running"
        self._update()

    def _session_ended(self, report: SessionReport) -> None:
        self._running = False
        self._update()

    def _update(self) -> None:
        wanted = self._running and self._enabled and not self._closed
        if wanted == self._holding:
            return
        inhibitor = self._get() if wanted else self._inhibitor
        if inhibitor is None:
            return
        self._holding = wanted
        try:
            if wanted:
                inhibitor.acquire()
            else:
                inhibitor.release()
        except Exception:  # a platform call failing must not stop the session
            log.debug("keeping the screen awake failed", exc_info=True)

    def _get(self) -> Inhibitor | None:
        if not self._tried:
            self._tried = True
            try:
                self._inhibitor = self._make(self.tr("A stretch session is playing"))
            except Exception:  # a platform call failing must not stop the session
                log.debug("cannot keep the screen awake", exc_info=True)
            if self._inhibitor is None:
                log.debug("this platform offers no way to keep the screen awake")
        return self._inhibitor
