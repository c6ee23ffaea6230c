"""A session on screen: the player page while it runs and the summary page after it,
wired to the session controller.

Both pages are built when a session starts, not with the window, so the first
frame paints sooner (see benchmarks/bench_startup.py), and just before the
session's first cue, so speaking it is not delayed by building them.

The window is reached only through ``SessionHost``; the composition root
(ui/shell/compose.py) says what happens before a session may start
(``may_start``: the safety notice, the check-in).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from supple import session
from supple.routine import Routine
from supple.ui.player.session_controller import SessionController

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from supple.session import SessionReport, Status, Timeline
    from supple.ui.player.player_view import PlayerView
    from supple.ui.player.summary_view import SummaryView


class SessionHost(Protocol):
    """What a session needs of the main window (ui/shell/main_window.py is one)."""

    def add_page(self, title: str | None, widget: QWidget, *, bare: bool = False) -> QAction | None:
        """Add ``widget`` to the window's pages (``bare``: shown without the top bar)."""
        ...

    def show_page(self, widget: QWidget) -> None: ...
    def current_page(self) -> QWidget: ...
    def hold(self, widget: QWidget | None) -> None:
        """Keep the window on ``widget`` until ``hold(None)`` (the player, during a session)."""
        ...

    def setWindowTitle(self, title: str) -> None: ...
    def toggle_full_screen(self) -> None: ...
    def isFullScreen(self) -> bool: ...


class SessionScreens(QObject):
    """The player and summary pages of the window, and the session they show."""

    mute_toggled = Signal(bool)  # from the player page (M, or its Mute button)
    library_requested = Signal()  # the summary's "Back to the library"

    def __init__(
        self,
        controller: SessionController,
        host: SessionHost,
        *,
        muted: Callable[[], bool],
        single_keys: Callable[[], bool] = lambda: True,
        may_start: Callable[[Routine], bool] = lambda _routine: True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.host = host
        self.routine: Routine | None = None
        self._muted = muted
        self._single_keys = single_keys
        self._may_start = may_start
        self._player_view: PlayerView | None = None
        self._summary_view: SummaryView | None = None
        controller.session_started.connect(self._session_started)
        controller.status_changed.connect(self._render)
        controller.state_changed.connect(self._state_changed)
        controller.session_ended.connect(self._session_ended)

    # -- the pages, built when first needed ---------------------------------------------
    @property
    def player_built(self) -> bool:
        return self._player_view is not None

    @property
    def player_view(self) -> PlayerView:
        if self._player_view is None:
            from supple.ui.player.player_view import PlayerView

            self._player_view = view = PlayerView()
            self.host.add_page(None, view, bare=True)
            c = self.controller
            view.toggle_requested.connect(c.toggle)
            view.back_requested.connect(c.back)
            view.skip_requested.connect(c.skip)
            view.skip_step_requested.connect(c.skip_step)
            view.done_requested.connect(c.done)
            view.stop_requested.connect(self.confirm_stop)
            view.fullscreen_requested.connect(self.host.toggle_full_screen)
            view.mute_toggled.connect(self.mute_toggled)
            view.set_muted(self._muted())
            view.set_single_keys(self._single_keys())
        return self._player_view

    @property
    def summary_view(self) -> SummaryView:
        if self._summary_view is None:
            from supple.ui.player.summary_view import SummaryView

            self._summary_view = view = SummaryView()
            self.host.add_page(None, view, bare=True)
            view.library_requested.connect(self.library_requested)
            view.again_requested.connect(self._again)
        return self._summary_view

    def set_muted(self, muted: bool) -> None:
        if self._player_view is not None:
            self._player_view.set_muted(muted)

    def set_single_keys(self, on: bool) -> None:
        if self._player_view is not None:
            self._player_view.set_single_keys(on)

    def show_notice(self, text: str) -> bool:
        """A banner on the player page if it is showing; False if it is not."""
        if self._player_view is not None and self.host.current_page() is self._player_view:
            self._player_view.show_notice(text)
            return True
        return False

    # -- sessions ----------------------------------------------------------------------
    def start_routine(self, routine: Routine) -> bool:
        """Start ``routine`` if ``may_start`` allows it. False if not started."""
        if self.controller.active or not self._may_start(routine):
            return False
        self.routine = routine
        # Build the session pages now, not while the first or last cue is being spoken.
        self.player_view  # noqa: B018
        self.summary_view  # noqa: B018
        self.controller.start(routine)
        return True

    def _render(self, status: Status) -> None:
        self.player_view.render(status)

    def _session_started(self, routine: Routine, timeline: Timeline) -> None:
        self.routine = routine
        self.player_view.set_session(routine, timeline)
        self.host.hold(self.player_view)
        self.host.show_page(self.player_view)
        self.host.setWindowTitle(self.tr("{title} · Supple").format(title=routine.title))
        self.player_view.setFocus()

    def _state_changed(self, state: session.State, reason: str) -> None:
        if state is session.State.PAUSED and reason == "sleep":
            view = self.player_view
            key = view.key_text(view.toggle_action)  # Ctrl+Space when one key is off
            view.show_notice(
                self.tr("Paused: the computer was asleep. Press {key} to go on.").format(key=key)
            )

    def _session_ended(self, report: SessionReport) -> None:
        self.host.hold(None)
        if self.host.isFullScreen():
            self.host.toggle_full_screen()  # full screen is for the mat, not the summary
        self.summary_view.show_report(report, self.routine)
        self.host.show_page(self.summary_view)
        self.summary_view.library_button.setFocus()

    def _again(self) -> None:
        if self.routine is not None:
            self.start_routine(self.routine)

    def confirm_stop(self) -> bool:
        """Ask before stopping; the session waits paused meanwhile. True if stopped."""
        if not self.controller.active:
            return False
        was_running = self.controller.player is not None and (
            self.controller.player.state is session.State.RUNNING
        )
        self.controller.pause()
        from supple.ui.player.stop_confirm import stop_box

        box, stop, _keep = stop_box(self.player_view.window())
        box.exec()
        if box.clickedButton() is stop:
            self.controller.stop()
            return True
        if was_running:
            self.controller.resume()
        return False
