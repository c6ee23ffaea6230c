"""Turning one played session into writes, independent of Qt.

``SessionRecorder`` is told what happens (started, a step ended, time passed,
ended) together with the player's SessionReport, and queues the writes on a
HistoryWorker. It never raises into the player: failures go to ``on_error``,
once until a write succeeds again, so a read-only disk gives one clear
message and the session goes on.

Writes: the row when the session starts; an update when each step ends, when
the session pauses, and every ``checkpoint_seconds`` of activity (so a kill
loses at most that much, whatever the step's length); a final update with the
outcome. Time is the player's (``SessionReport.active_seconds``, from its
injected clock), so the checkpoints follow the session, not the wall clock.

Every write carries the whole row as it is now, so a write that failed (a lock
held by another program for more than 5 s, a full disk) loses nothing: the row
is kept in memory, and the next write, or ``retry()`` at least every
``retry_seconds``, writes it all, inserting it first if its insert failed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from supple import session
from supple.history.history_error import HistoryError
from supple.history.history_thread import HistoryWorker
from supple.history.session_rows import STOP_REASONS, routine_hash, utc_now
from supple.history.store import HistoryStore
from supple.routine import Routine
from supple.session import Outcome, State

if TYPE_CHECKING:
    from supple.session import Event, SessionReport

# Under 10 s: with the check at every status update of the player, a kill loses less.
CHECKPOINT_SECONDS = 8.0
RETRY_SECONDS = 5.0


@dataclass(frozen=True)
class _Snapshot:
    """One session's row as it should be on disk, taken on the recorder's thread."""

    version: int
    active: float
    steps: tuple[int, int]
    outcome: Outcome | None
    at: datetime | None  # the time of the last change; None before any progress
    feel_after: int | None
    note: str | None  # None: leave the note as inserted
    stop_reason: str | None = None  # None: not said


@dataclass
class _Row:
    """The session's row while it is being recorded, and until it is all on disk."""

    fields: dict[str, Any]  # what begin_session() takes
    id: int | None = None  # set on the worker thread when the row is inserted
    note: str = ""  # the before-session note, kept when an after note is added
    active: float = 0.0
    steps: tuple[int, int] = (0, 0)
    outcome: Outcome | None = None
    at: datetime | None = None
    feel_after: int | None = None
    note_changed: bool = False
    stop_reason: str | None = None
    version: int = 0  # counts the changes
    saved: int = -1  # the version known to be on disk
    writing: int = 0  # writes of this row queued or running
    failed_at: datetime | None = None

    @property
    def on_disk(self) -> bool:
        return self.saved >= self.version

    def snapshot(self) -> _Snapshot:
        return _Snapshot(
            self.version,
            self.active,
            self.steps,
            self.outcome,
            self.at,
            self.feel_after,
            self.note if self.note_changed else None,
            self.stop_reason,
        )


def _write_row(store: HistoryStore, row: _Row, snap: _Snapshot) -> int:
    """Bring the row on disk to ``snap`` (inserting it first if needed); return its version."""
    if row.id is None:
        row.id = store.begin_session(**row.fields)
    if snap.at is not None:
        store.update_session(
            row.id,
            active_seconds=snap.active,
            steps_completed=snap.steps[0],
            steps_skipped=snap.steps[1],
            outcome=snap.outcome,
            at=snap.at,
        )
    if snap.feel_after is not None or snap.note is not None or snap.stop_reason is not None:
        store.set_checkin(
            row.id, after=snap.feel_after, note=snap.note, stop_reason=snap.stop_reason
        )
    return snap.version


@dataclass
class CheckIn:
    """How the person felt (0-10) before or after a session, and a note."""

    feel: int | None  # 0-10, None when not answered
    note: str = ""
    stop_reason: str = ""  # after a stop: one of STOP_REASONS ("hurt"...), "" when not said


class SessionRecorder:
    def __init__(
        self,
        worker: HistoryWorker,
        *,
        on_error: Callable[[str], None] | None = None,
        now: Callable[[], datetime] = utc_now,
        checkpoint_seconds: float = CHECKPOINT_SECONDS,
        retry_seconds: float = RETRY_SECONDS,
    ) -> None:
        self.worker = worker
        self.on_error = on_error
        self.now = now
        self.checkpoint_seconds = checkpoint_seconds
        self.retry_seconds = retry_seconds
        self._row: _Row | None = None  # the session being recorded
        self._last_row: _Row | None = None  # the one before, for the "after" check-in
        self._unsaved: list[_Row] = []  # rows not all on disk yet, oldest first
        self._failing = False
        self._pending_before: CheckIn | None = None
        self.last_session_id: int | None = None  # known once the worker has inserted it

    # -- the session ------------------------------------------------------------
    @property
    def recording(self) -> bool:
        return self._row is not None

    @property
    def unsaved(self) -> int:
        """Sessions whose latest state is not on disk yet (kept in memory until it is)."""
        return sum(1 for row in self._unsaved if not row.on_disk)

    def checkin_before(self, feel: int | None, note: str = "") -> None:
        """Keep a before-session check-in for the next session started."""
        self._pending_before = CheckIn(feel, note)

    def started(self, routine: Routine, planned_seconds: float, steps_total: int) -> None:
        if self._row is not None:
            self.ended(None, Outcome.INTERRUPTED)
        before, self._pending_before = self._pending_before, None
        fields = {
            "routine_id": routine.id,
            "title": routine.title,
            "routine_hash": routine_hash(routine),
            "planned_seconds": planned_seconds,
            "steps_total": steps_total,
            "started_at": self.now(),
            "feel_before": before.feel if before else None,
            "note": before.note if before else "",
        }
        row = _Row(fields, note=before.note if before else "")
        self._row = row
        self._unsaved.append(row)
        self._sync(row)

    def step_finished(self, report: SessionReport) -> None:
        self._update(report)

    def paused(self, report: SessionReport) -> None:
        self._update(report)

    def due(self, active_seconds: float) -> bool:
        """True when ``active_seconds`` of the session call for a checkpoint (cheap)."""
        row = self._row
        return row is not None and active_seconds - row.active >= self.checkpoint_seconds

    def tick(self, report: SessionReport) -> bool:
        """Call often (any rate); writes once ``checkpoint_seconds`` of activity passed.

        Also retries rows that could not be written (see ``retry``).
        """
        self.retry()
        if self.due(report.active_seconds):
            self._update(report)
            return True
        return False

    def retry(self) -> None:
        """Write again the rows whose last write failed, ``retry_seconds`` after it."""
        now = self.now()
        for row in list(self._unsaved):
            if row.writing or row.on_disk:
                continue
            if row.failed_at is None or (now - row.failed_at).total_seconds() >= self.retry_seconds:
                self._sync(row)

    def ended(self, report: SessionReport | None, outcome: Outcome | None = None) -> None:
        """The session is over; ``outcome`` overrides the report's (e.g. INTERRUPTED on quit)."""
        if self._row is None:
            return
        final = outcome or (report.outcome if report else None) or Outcome.STOPPED
        self._update(report, final)
        self._last_row, self._row = self._row, None

    def checkin_after(
        self, feel: int | None, note: str | None = None, stop_reason: str = ""
    ) -> None:
        """Attach an after-session check-in (and why it was stopped) to the session that
        just ended."""
        row = self._last_row or self._row
        if row is None:
            return
        if stop_reason and stop_reason not in STOP_REASONS:
            raise ValueError(f"a stop reason is one of {STOP_REASONS}, not {stop_reason!r}")
        if note:
            row.note = f"{row.note} / {note}" if row.note else note
            row.note_changed = True
        if feel is not None:
            row.feel_after = feel
        if stop_reason:
            row.stop_reason = stop_reason
        if feel is None and not note and not stop_reason:
            return
        if row not in self._unsaved:
            self._unsaved.append(row)
        self._changed(row)

    def apply(self, events: list[Event], report: SessionReport) -> None:
        """Follow a Player directly (no Qt): feed it what ``poll()`` returned."""
        for event in events:  # the player's events, loaded with the player that made them
            if isinstance(event, session.StepFinished):
                self.step_finished(report)
            elif isinstance(event, session.StateChanged):
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
            active, steps = row.active, row.steps
        if outcome is None and active == row.active and steps == row.steps:
            return
        row.active, row.steps, row.at = active, steps, self.now()
        if outcome is not None:
            row.outcome = outcome
        self._changed(row)

    def _changed(self, row: _Row) -> None:
        # Queued at once even while a write is under way: the worker runs them in
        # order, each with the whole row, and one queued at quit is still written.
        row.version += 1
        self._sync(row)

    def _sync(self, row: _Row) -> None:
        snap = row.snapshot()
        row.writing += 1

        def write(store: HistoryStore) -> int:
            return _write_row(store, row, snap)

        def ok(version: int) -> None:
            row.writing -= 1
            row.saved = max(row.saved, version)
            row.failed_at = None
            if self._failing:
                self._failing = False
            if row.id is not None and row is self._newest():
                self.last_session_id = row.id
            if row.on_disk and row is not self._row and row in self._unsaved:
                self._unsaved.remove(row)

        def failed(error: HistoryError) -> None:
            row.writing -= 1
            row.failed_at = self.now()
            self._failed(error)

        self.worker.submit(write, ok, failed)

    def _newest(self) -> _Row | None:
        return self._row or self._last_row

    def _failed(self, error: HistoryError) -> None:
        if self._failing:
            return
        self._failing = True
        if self.on_error is not None:
            self.on_error(
                f"{error} The session goes on; it is not saved yet, and is kept to be saved "
                "as soon as the file can be written (while Supple stays open)."
            )
