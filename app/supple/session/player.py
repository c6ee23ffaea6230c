"""The player: one state machine that walks a timeline against a monotonic clock.

States: idle → running ⇄ paused → finished or stopped.

Time is never counted in ticks. The player remembers *when* the current
segment started (in clock time, shifted by pauses) and computes everything
else from the clock on demand, so however irregularly it is polled it cannot
drift. ``poll()`` returns the events since the last poll, in order.

A gap between polls much longer than expected means the computer slept: the
session is paused at the moment the gap began, so slept time never counts.
"""

from __future__ import annotations

from dataclasses import dataclass

from supple.session.clock import Clock, monotonic
from supple.session.cues import Cue, Priority
from supple.session.states import Outcome, State
from supple.session.timeline import Segment, SegmentKind, Timeline

BACK_GRACE_SECONDS = 3.0


# The kinds of segment one part (a rep's hold, a side) is made of: breaths are one part.
_HOLDING = frozenset(
    {SegmentKind.HOLD, SegmentKind.WORK, SegmentKind.INHALE, SegmentKind.PAUSE, SegmentKind.EXHALE}
)


def part_of(segment: Segment) -> tuple[object, ...]:
    """What ``skip`` moves past in one go: segments with the same key are one part (the
    lead-in, one repetition's hold with all its breaths, a release, a side switch, a rest)."""
    kind = "hold" if segment.kind in _HOLDING else segment.kind.value
    return (segment.step, kind, segment.side, segment.rep)


# -- events -----------------------------------------------------------------
@dataclass(frozen=True)
class SegmentEntered:
    """The player moved into a new segment."""

    segment: Segment


@dataclass(frozen=True)
class CueDue:
    """A cue's moment came; ``late`` is how far past it the poll was."""

    cue: Cue
    segment: Segment
    late: float  # seconds after its planned moment


@dataclass(frozen=True)
class CueDropped:
    """A cue whose moment passed too long ago to be worth saying."""

    cue: Cue
    segment: Segment
    late: float


@dataclass(frozen=True)
class StepFinished:
    """A step ended: done in full, or skipped."""

    step: int
    completed: bool  # False: skipped


@dataclass(frozen=True)
class PartSkipped:
    """The person skipped ahead: what was being said about the part left is stale."""

    step: int
    whole_step: bool  # True: the rest of the step (Shift+Right), not just one part


@dataclass(frozen=True)
class StateChanged:
    """The session started, paused, resumed, finished or stopped (and why)."""

    state: State
    reason: str = ""  # "sleep" when a long gap paused the session


@dataclass(frozen=True)
class Progress:
    """Where the session is: the routine's fraction done."""

    position: float  # planned seconds of the routine behind us
    total: float  # planned (estimated) seconds in all
    active_seconds: float


Event = SegmentEntered | CueDue | CueDropped | StepFinished | PartSkipped | StateChanged | Progress


@dataclass(frozen=True)
class Status:
    """What the screen shows, computed from the clock at one moment."""

    state: State
    segment: Segment
    elapsed: float  # seconds into the current segment
    remaining: float | None  # None in an open-ended hold
    position: float
    total: float
    step: int
    step_count: int
    active_seconds: float
    next_cue: float | None = None  # offset in the segment of the next cue not yet said

    @property
    def fraction(self) -> float:
        return 0.0 if self.total <= 0 else min(1.0, max(0.0, self.position / self.total))

    @property
    def segment_fraction(self) -> float:
        if self.segment.duration is None or self.segment.duration <= 0:
            return 0.0
        return min(1.0, self.elapsed / self.segment.duration)

    @property
    def routine_remaining(self) -> float:
        return max(0.0, self.total - self.position)


@dataclass(frozen=True)
class SessionReport:
    """What history keeps of a session."""

    routine_id: str
    active_seconds: float
    planned_seconds: float
    steps_completed: tuple[int, ...]
    steps_skipped: tuple[int, ...]
    steps_total: int
    outcome: Outcome | None  # None while the session goes on


class Player:
    def __init__(
        self,
        timeline: Timeline,
        clock: Clock = monotonic,
        *,
        max_gap: float = 5.0,
        late_limit: float = 1.0,
    ) -> None:
        self.timeline = timeline
        self._clock = clock
        self.max_gap = max_gap
        self.late_limit = late_limit
        self.state = State.IDLE
        self.outcome: Outcome | None = None
        self._index = 0
        self._base = 0.0  # elapsed in the current segment before _since
        self._since: float | None = None  # clock time the current running stretch began
        self._fired = 0  # cues of the current segment already handled
        self._last_sync = 0.0
        self._active = 0.0
        self._active_since: float | None = None
        self._completed: set[int] = set()
        self._skipped: set[int] = set()
        self._events: list[Event] = []
        # Worked out once: a status is asked for on every tick, and must not walk the
        # whole timeline (a long routine has thousands of segments).
        self._planned_before = self._starts()
        self._planned_total = timeline.estimated_seconds

    # -- public: intents ---------------------------------------------------
    def start(self) -> None:
        if self.state is not State.IDLE:
            return
        now = self._clock()
        self._last_sync = now
        self._set_state(State.RUNNING)
        self._active_since = now
        self._enter(0, now, 0.0)
        self._advance(now)

    def pause(self) -> None:
        now = self._sync()
        if self.state is State.RUNNING:
            self._freeze(now)
            self._set_state(State.PAUSED)

    def resume(self) -> None:
        now = self._sync()
        if self.state is State.PAUSED:
            self._since = now
            self._active_since = now
            self._set_state(State.RUNNING)

    def toggle(self) -> None:
        if self.state is State.RUNNING:
            self.pause()
        elif self.state is State.PAUSED:
            self.resume()
        elif self.state is State.IDLE:
            self.start()

    def skip(self) -> None:
        """To the next part: the next repetition, side or step, whichever comes first.

        A part is a lead-in, one repetition's hold (all its breaths), a release, a side
        switch or a rest. Leaving a step's last part before it ran out skips the step."""
        now = self._sync()
        if not self._live:
            return
        segments = self.timeline.segments
        key = part_of(self.segment)
        index = self._index + 1
        while index < len(segments) - 1 and part_of(segments[index]) == key:
            index += 1
        self._skip_to(index, now, whole_step=False)

    def skip_step(self) -> None:
        """To the next step; the current one counts as skipped unless already done."""
        now = self._sync()
        if not self._live:
            return
        target = self.segment.step + 1
        if target >= self.timeline.step_count:
            index = len(self.timeline.segments) - 1
        else:
            index = self.timeline.step_first[target]
        self._skip_to(index, now, whole_step=True)

    def back(self) -> None:
        """To the start of this step, or the previous step within its first seconds."""
        now = self._sync()
        if not self._live:
            return
        segment = self.segment
        step = segment.step
        into_step = self._seconds_into_step(now)
        if segment.kind is not SegmentKind.REST and into_step < BACK_GRACE_SECONDS and step > 0:
            step -= 1
        self._jump(self.timeline.step_first[step], now)

    def done(self) -> bool:
        """End an open-ended hold now. Returns False when not in one."""
        now = self._sync()
        if not self._live or not self.segment.open_ended:
            return False
        self._flush_cues(self._elapsed(now))
        self._next(now, 0.0)
        self._advance(now)
        return True

    def stop(self) -> None:
        now = self._sync()
        if not self._live and self.state is not State.IDLE:
            return
        if self.state is State.RUNNING:
            self._freeze(now)
        self.outcome = Outcome.STOPPED
        self._set_state(State.STOPPED)

    # -- public: reading ---------------------------------------------------
    def poll(self) -> list[Event]:
        """Bring the player up to the clock; return the events since the last poll."""
        self._sync()
        if self.state is not State.IDLE:
            status = self.status()
            self._events.append(Progress(status.position, status.total, status.active_seconds))
        events, self._events = self._events, []
        return events

    @property
    def segment(self) -> Segment:
        return self.timeline.segments[self._index]

    def status(self) -> Status:
        now = self._clock() if self.state is State.RUNNING else self._last_sync
        if self.state is State.RUNNING:
            now = max(now, self._last_sync)
        segment = self.segment
        elapsed = self._elapsed(now)
        if segment.duration is not None:
            elapsed = min(elapsed, segment.duration)
            remaining: float | None = max(0.0, segment.duration - elapsed)
            position = self._planned_before[self._index] + elapsed
        else:
            remaining = None
            estimate = float(self.timeline.routine.steps[segment.step].hold.estimate or 0)
            position = self._planned_before[self._index] + min(elapsed, estimate)
        return Status(
            state=self.state,
            segment=segment,
            elapsed=elapsed,
            remaining=remaining,
            position=position,
            total=self._planned_total,
            step=segment.step,
            step_count=self.timeline.step_count,
            active_seconds=self._active_at(now),
            next_cue=self._next_cue(),
        )

    def report(self) -> SessionReport:
        now = self._clock() if self.state is State.RUNNING else self._last_sync
        return SessionReport(
            routine_id=self.timeline.routine.id,
            active_seconds=self._active_at(max(now, self._last_sync)),
            planned_seconds=self._planned_total,
            steps_completed=tuple(sorted(self._completed)),
            steps_skipped=tuple(sorted(self._skipped - self._completed)),
            steps_total=self.timeline.step_count,
            outcome=self.outcome,
        )

    # -- internals ---------------------------------------------------------
    @property
    def _live(self) -> bool:
        return self.state in (State.RUNNING, State.PAUSED)

    def _starts(self) -> list[float]:
        """Planned seconds before each segment, open holds at their estimate."""
        starts: list[float] = []
        total = 0.0
        for seg in self.timeline.segments:
            starts.append(total)
            if seg.duration is not None:
                total += seg.duration
            else:
                total += float(self.timeline.routine.steps[seg.step].hold.estimate or 0)
        return starts

    def _next_cue(self) -> float | None:
        # Cues are handled in order (_flush_cues), so the next one is the first unhandled.
        cues = self.segment.cues
        return cues[self._fired].offset if self._fired < len(cues) else None

    def _elapsed(self, now: float) -> float:
        if self._since is None:
            return self._base
        return self._base + max(0.0, now - self._since)

    def _active_at(self, now: float) -> float:
        if self._active_since is None:
            return self._active
        return self._active + max(0.0, now - self._active_since)

    def _set_state(self, state: State, reason: str = "") -> None:
        self.state = state
        self._events.append(StateChanged(state, reason))

    def _freeze(self, at: float) -> None:
        self._base = self._elapsed(at)
        self._since = None
        self._active = self._active_at(at)
        self._active_since = None

    def _sync(self) -> float:
        """Advance to the clock; a long gap since the last sync pauses at its start."""
        now = self._clock()
        if self.state is State.RUNNING:
            if now - self._last_sync > self.max_gap:
                began = self._last_sync
                self._advance(began)
                if self.state is State.RUNNING:
                    self._freeze(began)
                    self._set_state(State.PAUSED, "sleep")
            else:
                self._advance(now)
        self._last_sync = max(now, self._last_sync)
        return now

    def _enter(self, index: int, now: float, carried: float) -> None:
        """Make ``index`` current with ``carried`` seconds already elapsed at ``now``."""
        self._index = index
        self._fired = 0
        self._base = 0.0
        if self.state is State.RUNNING:
            self._since = now - carried
        else:
            self._base = carried
            self._since = None
        self._events.append(SegmentEntered(self.segment))

    def _flush_cues(self, elapsed: float) -> None:
        cues = self.segment.cues
        while self._fired < len(cues) and cues[self._fired].offset <= elapsed + 1e-9:
            cue = cues[self._fired]
            self._fired += 1
            late = max(0.0, elapsed - cue.offset)
            if late > self.late_limit and cue.priority < Priority.CRITICAL:
                self._events.append(CueDropped(cue, self.segment, late))
            else:
                self._events.append(CueDue(cue, self.segment, late))

    def _next(self, now: float, carried: float) -> None:
        """Leave the current segment for the following one."""
        segment = self.segment
        following = self.timeline.segments[segment.index + 1]
        if (
            segment.kind not in (SegmentKind.REST, SegmentKind.DONE)
            and (
                following.kind in (SegmentKind.REST, SegmentKind.DONE)
                or following.step != segment.step
            )
            and segment.step not in self._completed
        ):
            self._completed.add(segment.step)
            self._events.append(StepFinished(segment.step, completed=True))
        self._enter(following.index, now, carried)

    def _advance(self, now: float) -> None:
        while self.state is State.RUNNING:
            segment = self.segment
            elapsed = self._elapsed(now)
            if segment.kind is SegmentKind.DONE:
                self._flush_cues(elapsed)
                finished_at = now - elapsed
                self._freeze(finished_at)
                self.outcome = Outcome.FINISHED
                self._set_state(State.FINISHED)
                return
            # Lateness is measured against the real elapsed time, so a cue
            # caught up after a stall reports how late it really is.
            self._flush_cues(elapsed)
            if segment.duration is None or elapsed < segment.duration:
                return
            self._next(now, elapsed - segment.duration)

    def _jump(self, index: int, now: float) -> None:
        self._enter(index, now, 0.0)
        if self.state is State.RUNNING:
            self._advance(now)
        elif self.segment.kind is SegmentKind.DONE:
            # Skipping past the last step while paused still ends the routine.
            self._flush_cues(0.0)
            self.outcome = Outcome.FINISHED
            self._set_state(State.FINISHED)

    def _skip_to(self, index: int, now: float, *, whole_step: bool) -> None:
        segment = self.segment
        target = self.timeline.segments[index]
        leaves = target.step != segment.step or target.kind in (SegmentKind.REST, SegmentKind.DONE)
        if leaves and segment.kind is not SegmentKind.REST and segment.step not in self._completed:
            self._skipped.add(segment.step)
            self._events.append(StepFinished(segment.step, completed=False))
        self._events.append(PartSkipped(segment.step, whole_step))
        self._jump(index, now)

    def _seconds_into_step(self, now: float) -> float:
        first = self.timeline.step_first[self.segment.step]
        before = sum((self.timeline.segments[i].duration or 0.0) for i in range(first, self._index))
        return before + self._elapsed(now)
