"""Turning one played session into writes, independent of Qt.

``SessionRecorder`` is told what happens (started, a step ended, time passed,
ended) together with the player's SessionReport, and queues the writes on a
HistoryWorker. It never raises into the player: failures go to ``on_error``,
once until a write succeeds again, so a read-only disk gives one clear
message and the session goes on.

Writes: one row when the session starts; an update when each step ends, when
the session pauses, and every ``checkpoint_seconds`` of activity (so a kill
loses at most that much); a final update with the outcome.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from supple.history.history_error import HistoryError
from supple.history.history_thread import HistoryWorker
from supple.history.session_rows import routine_hash, utc_now
from supple.history.store import HistoryStore
from supple.routine import Routine
from supple.session import Event, Outcome, SessionReport, State, StateChanged, StepFinished

CHECKPOINT_SECONDS = 20.0


@dataclass
class _Row:
    """The session's row while it is being recorded."""

    id: int | None = None  # set on the worker thread when the row is inserted
    note: str = ""  # the before-session note, kept when an after note is added


@dataclass
class CheckIn:
    """How the person felt (0-10) before or after a session, and a note."""

    feel: int | None  # 0-10, None when not answered
    note: str = ""


class SessionRecorder:
    def __init__(
        self,
        worker: HistoryWorker,
        *,
        on_error: Callable[[str], None] | None = None,
        now: Callable[[], datetime] = utc_now,
        checkpoint_seconds: float = CHECKPOINT_SECONDS,
    ) -> None:
        self.worker = worker
        self.on_error = on_error
        self.now = now
        self.checkpoint_seconds = checkpoint_seconds
        self._row: _Row | None = None  # the session being recorded
        self._last_row: _Row | None = None  # the one before, for the "after" check-in
        self._written_active = 0.0
        self._written_steps = (0, 0)
        self._failing = False
        self._pending_before: CheckIn | None = None
        self.last_session_id: int | None = None  # known once the worker has inserted it

    # -- the session ------------------------------------------------------------
    @property
    def recording(self) -> bool:
        return self._row is not None

    def checkin_before(self, feel: int | None, note: str = "") -> None:
        """Keep a before-session check-in for the next session started."""
        self._pending_before = CheckIn(feel, note)

    def started(self, routine: Routine, planned_seconds: float, steps_total: int) -> None:
        if self._row is not None:
            self.ended(None, Outcome.INTERRUPTED)
        before, self._pending_before = self._pending_before, None
        row = _Row(note=before.note if before else "")
        self._row = row
        self._written_active = 0.0
        self._written_steps = (0, 0)
        when = self.now()
        fields = {
            "routine_id": routine.id,
            "title": routine.title,
            "routine_hash": routine_hash(routine),
            "planned_seconds": planned_seconds,
            "steps_total": steps_total,
            "started_at": when,
            "feel_before": before.feel if before else None,
            "note": before.note if before else "",
        }

        def insert(store: HistoryStore) -> int:
            row.id = store.begin_session(**fields)  # type: ignore[arg-type]
            return row.id

        self._submit(insert, self._inserted)

    def step_finished(self, report: SessionReport) -> None:
        self._update(report)

    def paused(self, report: SessionReport) -> None:
        self._update(report)

    def tick(self, report: SessionReport) -> bool:
        """Call often (any rate); writes once ``checkpoint_seconds`` of activity passed."""
        if self._row is None:
            return False
        if report.active_seconds - self._written_active >= self.checkpoint_seconds:
            self._update(report)
            return True
        return False

    def ended(self, report: SessionReport | None, outcome: Outcome | None = None) -> None:
        """The session is over; ``outcome`` overrides the report's (e.g. INTERRUPTED on quit)."""
        if self._row is None:
            return
        final = outcome or (report.outcome if report else None) or Outcome.STOPPED
        self._update(report, final)
        self._last_row, self._row = self._row, None

    def checkin_after(self, feel: int | None, note: str | None = None) -> None:
        """Attach an after-session check-in to the session that just ended."""
        row = self._last_row or self._row
        if row is None:
            return

        if note:
            row.note = f"{row.note} / {note}" if row.note else note
        text = row.note or None

        def write(store: HistoryStore) -> None:
            if row.id is not None:
                store.set_checkin(row.id, after=feel, note=text)

        self._submit(write)

    def apply(self, events: list[Event], report: SessionReport) -> None:
        """Follow a Player directly (no Qt): feed it what ``poll()`` returned."""
        for event in events:
            if isinstance(event, StepFinished):
                self.step_finished(report)
            elif isinstance(event, StateChanged):
                if event.state is State.PAUSED:
                    self.paused(report)
                elif event.state in (State.FINISHED, State.STOPPED):
                    self.ended(report)
        self.tick(report)

    # -- internals ----------------------------------------------------------------
    def _update(self, report: SessionReport | None, outcome: Outcome | None = None) -> None:
        row = self._row
        if row is None:
            return
        if report is not None:
            active = report.active_seconds
            steps = (len(report.steps_completed), len(report.steps_skipped))
        else:
            active, steps = self._written_active, self._written_steps
        if outcome is None and active == self._written_active and steps == self._written_steps:
            return
        self._written_active, self._written_steps = active, steps
        when = self.now()

        def write(store: HistoryStore) -> None:
            if row.id is None:
                return  # the insert failed; that was reported
            store.update_session(
                row.id,
                active_seconds=active,
                steps_completed=steps[0],
                steps_skipped=steps[1],
                outcome=outcome,
                at=when,
            )

        self._submit(write)

    def _inserted(self, session_id: int) -> None:
        self.last_session_id = session_id

    def _submit(
        self, run: Callable[[HistoryStore], object], on_result: Callable[..., None] | None = None
    ) -> None:
        def ok(value: object) -> None:
            self._failing = False
            if on_result is not None:
                on_result(value)

        self.worker.submit(run, ok, self._failed)

    def _failed(self, error: HistoryError) -> None:
        if self._failing:
            return
        self._failing = True
        if self.on_error is not None:
            self.on_error(f"{error} The session goes on, but it is not being saved.")
