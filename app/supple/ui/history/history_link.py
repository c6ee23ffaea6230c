"""Recording sessions from a SessionController into the history file.

The disk work happens on the HistoryWorker's own thread; this module only
connects Qt signals to the Qt-free SessionRecorder and brings the worker's
answers back to the GUI thread.

Wiring (in the composition root, ui/shell/compose.py)::

    history = start_history(on_notice=player_view.show_notice)
    recorder = HistoryLink(controller, history, on_error=player_view.show_notice)
    page = HistoryPage(history, settings)
    ...
    # on quit:
    recorder.shutdown()      # a session still on is kept as interrupted
    history.close()          # finishes queued writes, closes the file
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from supple.history import CHECKPOINT_SECONDS, HistoryWorker, SessionRecorder
from supple.routine import Routine
from supple.session import Outcome, State

if TYPE_CHECKING:
    from supple.session import SessionReport, Timeline

# The recorder checks at every status update of the player whether CHECKPOINT_SECONDS
# of activity passed (one comparison), and writes then, at every step end and pause.
# This timer is the fallback, and retries writes that failed (a lock, a full disk)
# for as long as a session is not all on disk, also after it ended.
LOOK_INTERVAL_MS = 5000


class _GuiInvoker(QObject):
    """Runs callables on the thread this object lives in (the GUI thread)."""

    call = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.call.connect(self._run)

    @Slot(object)
    def _run(self, function: Callable[[], None]) -> None:
        function()


def gui_deliver(parent: QObject | None = None) -> Callable[[Callable[[], None]], None]:
    """A ``deliver`` for HistoryWorker: call it on the GUI thread. Create it on that thread."""
    invoker = _GuiInvoker(parent)

    def deliver(function: Callable[[], None]) -> None:
        invoker.call.emit(function)  # queued to the invoker's thread when called elsewhere

    return deliver


def start_history(
    on_notice: Callable[[str], None] | None = None,
    path: Path | None = None,
    parent: QObject | None = None,
) -> HistoryWorker:
    """Open the history file on its own thread; notices come back on the GUI thread.

    ``on_notice`` hears, once, about a damaged file moved aside or a file that
    cannot be written (read-only folder, full disk). Sessions run either way.
    """
    return HistoryWorker(path, deliver=gui_deliver(parent), on_notice=on_notice).start()


class HistoryLink(QObject):
    """Follows a SessionController and records each session it plays.

    ``controller`` needs the signals session_started(Routine, Timeline),
    step_finished(int, bool), state_changed(State, str), session_ended(SessionReport)
    and a ``player`` property. Errors never reach the player: they are emitted
    as ``error`` and passed to ``on_error``.
    """

    error = Signal(str)

    def __init__(
        self,
        controller: QObject,
        history: HistoryWorker,
        on_error: Callable[[str], None] | None = None,
        *,
        checkpoint_seconds: float = CHECKPOINT_SECONDS,
        look_interval_ms: int = LOOK_INTERVAL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent if parent is not None else controller)
        self.controller = controller
        self.history = history
        self.recorder = SessionRecorder(
            history, on_error=self.error.emit, checkpoint_seconds=checkpoint_seconds
        )
        if on_error is not None:
            self.error.connect(on_error)
        self._timer = QTimer(self)
        self._timer.setInterval(look_interval_ms)
        self._timer.timeout.connect(self.look)
        controller.session_started.connect(self._started)  # type: ignore[attr-defined]
        controller.step_finished.connect(self._step_finished)  # type: ignore[attr-defined]
        controller.state_changed.connect(self._state_changed)  # type: ignore[attr-defined]
        controller.session_ended.connect(self._ended)  # type: ignore[attr-defined]
        status_changed = getattr(controller, "status_changed", None)
        if status_changed is not None:
            status_changed.connect(self._status)

    # -- check-in (see checkin_dialog.ask_checkin) ------------------------------
    def checkin_before(self, feel: int | None, note: str = "") -> None:
        """Call just before controller.start(): kept with the session that starts."""
        self.recorder.checkin_before(feel, note)

    def checkin_after(self, feel: int | None, note: str = "", stop_reason: str = "") -> None:
        """Call after session_ended: added to the session that just ended (with why it
        was stopped, when it was)."""
        self.recorder.checkin_after(feel, note, stop_reason)

    @property
    def recording(self) -> bool:
        return self.recorder.recording

    # -- following the controller ----------------------------------------------
    def _report(self) -> SessionReport | None:
        player = getattr(self.controller, "player", None)
        return player.report() if player is not None else None

    @Slot(object, object)
    def _started(self, routine: Routine, timeline: Timeline) -> None:
        self.recorder.started(routine, timeline.estimated_seconds, timeline.step_count)
        self._timer.start()

    @Slot(int, bool)
    def _step_finished(self, step: int, completed: bool) -> None:
        report = self._report()
        if report is not None:
            self.recorder.step_finished(report)

    @Slot(object, str)
    def _state_changed(self, state: object, reason: str) -> None:
        report = self._report()
        if report is not None and state is State.PAUSED:
            self.recorder.paused(report)

    @Slot(object)
    def _ended(self, report: SessionReport) -> None:
        self.recorder.ended(report)
        self._keep_looking()

    @Slot(object)
    def _status(self, status: object) -> None:
        """After every poll of the player: a checkpoint once enough activity passed."""
        active = getattr(status, "active_seconds", None)
        if isinstance(active, float | int) and self.recorder.due(float(active)):
            self.look()

    @Slot()
    def look(self) -> None:
        """Write a checkpoint when enough activity has passed; retry failed writes."""
        report = self._report() if self.recorder.recording else None
        if report is not None:
            self.recorder.tick(report)
        else:
            self.recorder.retry()
        self._keep_looking()

    def _keep_looking(self) -> None:
        if not self.recorder.recording and not self.recorder.unsaved:
            self._timer.stop()

    def shutdown(self) -> None:
        """The app is quitting: a session still on is kept, marked interrupted."""
        self._timer.stop()
        if self.recorder.recording:
            self.recorder.ended(self._report(), Outcome.INTERRUPTED)
