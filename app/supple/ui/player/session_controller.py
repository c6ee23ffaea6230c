"""Drives the session engine from a Qt timer and re-emits what happens as signals.

The controller owns one :class:`~supple.session.Player` at a time. A QTimer polls
it; every event becomes a Qt signal (the contract speech and history listen to),
and after each poll ``status_changed`` carries a fresh :class:`Status` for the
view. Views never poll the player themselves.

The timer runs fast only when something on screen moves smoothly (the breath
pacer), at a calm rate otherwise, and slowly while paused. A second, single-shot
timer wakes the controller at the exact moment of the next cue or segment end
when that comes before the next calm tick, so cues are emitted on time (within
a millisecond or two) rather than up to one calm interval late.

First frame: the controller is built with the window, so it sets its timers' type by
name (``kit.qt_values.set_property``) instead of touching the ``Qt`` namespace
(ARCHITECTURE.md, start-up rules).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

import supple.ui.kit.pyside_fix  # noqa: F401  (first: guards a PySide6 6.12.0 bug)
from supple import session
from supple.routine import Routine
from supple.session.clock import Clock, monotonic
from supple.settings import Settings
from supple.speech.spoken_pacing import session_timeline
from supple.ui.kit.qt_values import PRECISE_TIMER, set_property

# The timeline, the player and its events are reached through ``session.NAME``
# when a session starts: the library's window paints without loading them
# (its durations come from the closed form in session/estimate.py).
if TYPE_CHECKING:
    from supple.session import Player, SessionReport, Status, Timeline

# Segment kinds (SegmentKind values) in which the breath pacer moves smoothly.
BREATH_KINDS = frozenset({"inhale", "pause", "exhale"})

# Milliseconds between polls.
SMOOTH_INTERVAL = 40  # breath segments: the pacer moves (25 frames a second)
RUNNING_INTERVAL = 100  # digits and cues: a tenth of a second is plenty
PAUSED_INTERVAL = 500  # nothing moves; only notice a resume from elsewhere


class SessionSignals(QObject):
    """What a session tells the rest of the app: the controller's signals. Stand-ins in
    tests derive from this class, so they carry the same signals as the controller."""

    session_started = Signal(object, object)  # Routine, Timeline
    segment_entered = Signal(object)  # Segment
    cue_due = Signal(object, object, float)  # Cue, Segment, seconds late
    state_changed = Signal(object, str)  # State, reason ("sleep", "")
    step_finished = Signal(int, bool)  # step index, completed (False = skipped)
    part_skipped = Signal(int, bool)  # step index, whole step (False: one rep or side)
    session_ended = Signal(object)  # SessionReport (finished or stopped)
    status_changed = Signal(object)  # Status, after every poll while a session is on


class SessionController(SessionSignals):
    """A session played on the GUI thread: a session.Player on Qt timers."""

    def __init__(
        self,
        clock: Clock = monotonic,
        settings: Settings | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self.settings = settings
        self._player: Player | None = None
        self._ended = False
        self._timer = QTimer(self)
        set_property(self._timer, "timerType", PRECISE_TIMER)
        self._timer.timeout.connect(self.tick)
        self._due_timer = QTimer(self)  # the next cue or segment end, if sooner
        self._due_timer.setSingleShot(True)
        set_property(self._due_timer, "timerType", PRECISE_TIMER)
        self._due_timer.timeout.connect(self.tick)

    # -- reading -------------------------------------------------------------
    @property
    def player(self) -> Player | None:
        return self._player

    @property
    def active(self) -> bool:
        """True while a session is running or paused."""
        return self._player is not None and self._player.state in (
            session.State.RUNNING,
            session.State.PAUSED,
        )

    @property
    def timer_interval(self) -> int:
        """Milliseconds between polls now; 0 when the timer is stopped."""
        return self._timer.interval() if self._timer.isActive() else 0

    def status(self) -> Status | None:
        return self._player.status() if self._player is not None else None

    # -- intents -------------------------------------------------------------
    def start(self, routine: Routine) -> Timeline:
        """Start ``routine`` now (stopping any session still on)."""
        if self.active:
            self.stop()
        timeline = session_timeline(routine, self.settings)
        self._player = session.Player(timeline, self._clock)
        self._ended = False
        self.session_started.emit(routine, timeline)
        self._player.start()
        self.tick()
        return timeline

    def pause(self) -> None:
        self._act(lambda p: p.pause())

    def resume(self) -> None:
        self._act(lambda p: p.resume())

    def toggle(self) -> None:
        self._act(lambda p: p.toggle())

    def skip(self) -> None:
        """To the next part: repetition, side, then step."""
        self._act(lambda p: p.skip())

    def skip_step(self) -> None:
        """Past the rest of this step."""
        self._act(lambda p: p.skip_step())

    def back(self) -> None:
        self._act(lambda p: p.back())

    def done(self) -> bool:
        """End an open-ended hold; False when not in one."""
        player = self._player
        if player is None:
            return False
        result = player.done()
        self.tick()
        return result

    def stop(self) -> None:
        self._act(lambda p: p.stop())

    def _act(self, action: Callable[[Player], object]) -> None:
        if self._player is None:
            return
        action(self._player)
        self.tick()

    # -- the tick ------------------------------------------------------------
    def tick(self) -> None:
        """Poll the player once and emit what happened. The timer calls this."""
        player = self._player
        if player is None:
            self._timer.stop()
            self._due_timer.stop()
            return
        for event in player.poll():
            if isinstance(event, session.SegmentEntered):
                self.segment_entered.emit(event.segment)
            elif isinstance(event, session.CueDue):
                self.cue_due.emit(event.cue, event.segment, float(event.late))
            elif isinstance(event, session.StateChanged):
                self.state_changed.emit(event.state, event.reason)
            elif isinstance(event, session.StepFinished):
                self.step_finished.emit(event.step, event.completed)
            elif isinstance(event, session.PartSkipped):
                self.part_skipped.emit(event.step, event.whole_step)
        status = player.status()
        self.status_changed.emit(status)
        self._schedule(status)
        if player.state in (session.State.FINISHED, session.State.STOPPED) and not self._ended:
            self._ended = True
            self._timer.stop()
            self._due_timer.stop()
            self.session_ended.emit(self.report())

    def report(self) -> SessionReport | None:
        return self._player.report() if self._player is not None else None

    def _schedule(self, status: Status) -> None:
        if status.state is session.State.RUNNING:
            smooth = status.segment.kind.value in BREATH_KINDS
            interval = SMOOTH_INTERVAL if smooth else RUNNING_INTERVAL
        elif status.state is session.State.PAUSED:
            interval = PAUSED_INTERVAL
        else:
            self._timer.stop()
            self._due_timer.stop()
            return
        if self._timer.interval() != interval or not self._timer.isActive():
            self._timer.start(interval)
        due = next_due(status) if status.state is session.State.RUNNING else None
        if due is not None and due * 1000.0 < interval:
            self._due_timer.start(max(1, math.ceil(due * 1000.0)))
        else:
            self._due_timer.stop()


def next_due(status: Status) -> float | None:
    """Seconds from ``status`` to the next cue or the end of its segment; None if neither.

    Constant time: the player knows which cue comes next, so no tick walks the cues."""
    waits: list[float] = []
    if status.next_cue is not None:
        waits.append(max(0.0, status.next_cue - status.elapsed))
    if status.remaining is not None:
        waits.append(status.remaining)
    return min(waits) if waits else None
