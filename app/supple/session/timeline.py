"""A routine expanded into a flat, ordered list of timed segments with their cues.

The timeline is the single source of truth for the screen and the voice: the
player walks it, the view shows the current segment, speech says its cues.

Layout of one step (``|`` separates segments)::

    lead-in | hold ... [| release | hold ...] [| switch sides | hold ...] | rest

A step done side to side (``sides: alternate``) has no switch: its repetitions
take turns, rep 1 left, rep 2 right... (``alternating_side``), each announced
with its side.

A hold counted in breaths becomes inhale | pause | exhale segments. An
open-ended hold has no duration: offsets after it are computed as if it took
no time, and ``estimated_seconds`` adds its estimate instead.

With a ``SpeechFit`` (the person's voice, rate, verbosity and measured lengths)
every transition leaves room for its words and each segment's cues are placed
so that no count, hold start or breath cue is late (session/fit.py holds those
rules, shared with the closed form in estimate.py).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import Enum

from supple.routine.model import BreathPattern, HoldKind, Motion, Routine, Sides, Step
from supple.routine.size import MAX_REPEATED_CUES  # "every N s" cues in one hold, at most
from supple.session.cues import Category, Cue, Priority, Sound
from supple.session.fit import (
    COUNTDOWN_FROM,
    SpeechFit,
    count_cues,
    first_breath_cue,
    fitted_lead_in,
    hold_start_cue,
    lead_in_cues,
    place,
    release_cues,
    release_seconds,
    rep_cue,
    rep_said_before,
    rest_cue,
    rest_seconds,
    switch_cues,
    switch_seconds,
)
from supple.session.phrases import Phrases, phrases_for

HALFWAY_MIN_SECONDS = 20


class SegmentKind(str, Enum):
    LEAD_IN = "lead-in"
    WORK = "work"  # moving for a time (a walk, a march)
    HOLD = "hold"
    INHALE = "inhale"
    PAUSE = "pause"
    EXHALE = "exhale"
    RELEASE = "release"
    SWITCH = "switch-sides"
    REST = "rest"
    DONE = "done"


class Side(str, Enum):
    LEFT = "left"
    RIGHT = "right"


# The illustration frame each kind of segment asks for (falls back to default).
_FRAME_FOR: dict[SegmentKind, str | None] = {
    SegmentKind.LEAD_IN: "lead_in",
    SegmentKind.WORK: "hold",
    SegmentKind.HOLD: "hold",
    SegmentKind.INHALE: "inhale",
    SegmentKind.PAUSE: "pause",
    SegmentKind.EXHALE: "exhale",
    SegmentKind.RELEASE: "release",
    SegmentKind.SWITCH: "lead_in",
    SegmentKind.REST: None,
    SegmentKind.DONE: None,
}


@dataclass(frozen=True)
class Segment:
    """One stretch of the timeline: a lead-in, a hold, a breath phase, a rest..."""

    index: int
    start: float  # seconds from the routine start (open-ended holds count as 0)
    duration: float | None  # None: open-ended, ended by the person
    kind: SegmentKind
    step: int
    title: str
    side: Side | None = None
    rep: int | None = None
    reps: int | None = None
    breath: int | None = None
    breaths: int | None = None
    frame: str | None = None  # key into the step's illustration frames
    cues: tuple[Cue, ...] = ()

    @property
    def open_ended(self) -> bool:
        return self.duration is None

    @property
    def end(self) -> float:
        return self.start + (self.duration or 0.0)


@dataclass(frozen=True)
class Timeline:
    """A routine expanded into its segments, in order."""

    routine: Routine
    segments: tuple[Segment, ...]
    step_first: tuple[int, ...] = field(default=())  # index of each step's first segment

    @property
    def total_seconds(self) -> float:
        """Sum of the timed segments (open-ended holds count as zero)."""
        return sum(s.duration or 0.0 for s in self.segments)

    @property
    def estimated_seconds(self) -> float:
        """Total with each open-ended hold counted at its estimate."""
        extra = 0.0
        for seg in self.segments:
            if seg.duration is None:
                hold = self.routine.steps[seg.step].hold
                extra += float(hold.estimate or 0)
        return self.total_seconds + extra

    @property
    def step_count(self) -> int:
        return len(self.routine.steps)

    def step_segments(self, step: int) -> range:
        start = self.step_first[step]
        end = self.step_first[step + 1] if step + 1 < len(self.step_first) else len(self.segments)
        return range(start, end)

    def next_step_title(self, step: int) -> str | None:
        if step + 1 < len(self.routine.steps):
            return self.routine.steps[step + 1].title
        return None


def alternating_side(rep: int) -> Side:
    """The side of repetition ``rep`` (counted from 1) of a step done side to side."""
    return Side.LEFT if rep % 2 == 1 else Side.RIGHT


class _TimelineBuilder:
    def __init__(
        self, routine: Routine, with_cues: bool = True, speech: SpeechFit | None = None
    ) -> None:
        self.routine = routine
        self.with_cues = with_cues
        self.speech = speech
        self.words: Phrases = phrases_for(routine.language)
        self.segments: list[Segment] = []
        self.step_first: list[int] = []
        self.clock = 0.0

    def add(self, duration: float | None, kind: SegmentKind, step: int, **fields: object) -> None:
        routine_step = self.routine.steps[step] if step < len(self.routine.steps) else None
        frame = fields.pop("frame", None)
        if frame is None and routine_step is not None and routine_step.illustration is not None:
            wanted = _FRAME_FOR[kind]
            frame = routine_step.illustration.frame_key(wanted) if wanted else None
        raw_cues = fields.pop("cues", ())
        cues: tuple[Cue, ...] = ()
        if self.with_cues:
            # In the order said; words moved where they would make a moment late.
            cues = tuple(place(raw_cues, duration, self.speech))  # type: ignore[arg-type]
        title = routine_step.title if routine_step is not None else self.routine.title
        segment = Segment(
            index=len(self.segments),
            start=self.clock,
            duration=duration,
            kind=kind,
            step=step,
            title=title,
            frame=frame,  # type: ignore[arg-type]
            cues=cues,
            **fields,  # type: ignore[arg-type]
        )
        self.segments.append(segment)
        self.clock += duration or 0.0

    # -- one step ------------------------------------------------------------
    def step(self, index: int, step: Step) -> None:
        self.step_first.append(len(self.segments))
        sides: list[Side | None] = [None]
        if step.sides is Sides.BOTH:
            sides = [Side.LEFT, Side.RIGHT]
        elif step.sides is Sides.ALTERNATE:
            sides = [alternating_side(1)]  # the lead-in's; each repetition has its own
        pattern = self.routine.breath_for(step)
        side = sides[0].value if sides[0] is not None else None
        words = self.words
        cues = lead_in_cues(step, side, pattern, self.speech, words)
        lead_in = fitted_lead_in(self.routine.defaults.lead_in, cues, self.speech)
        opening = [c for c in cues if c.category in (Category.TITLE, Category.INSTRUCTION)]
        if lead_in > 0:
            cues += count_cues(lead_in)
            self.add(lead_in, SegmentKind.LEAD_IN, index, side=sides[0], cues=cues)
            opening = []
        for n, side_now in enumerate(sides):
            if n > 0 and side_now is not None:
                cues = switch_cues(step, side_now.value, pattern, self.speech, words)
                switch = switch_seconds(cues, self.speech)
                cues += count_cues(switch)
                self.add(switch, SegmentKind.SWITCH, index, side=side_now, cues=cues)
            self._repetitions(index, step, side_now, opening)
            opening = []
        rest = self.routine.rest_after(index)
        if rest > 0:
            upcoming = self.routine.steps[index + 1].title
            rest = rest_seconds(rest, upcoming, self.speech, words)
            self.add(rest, SegmentKind.REST, index, cues=[rest_cue(upcoming, words)])

    def _repetitions(self, index: int, step: Step, side: Side | None, opening: list[Cue]) -> None:
        count = step.reps.count
        pattern = self.routine.breath_for(step)
        release = step.reps.release
        alternate = step.sides is Sides.ALTERNATE
        words = self.words
        for rep in range(1, count + 1):
            if alternate:
                side = alternating_side(rep)
            rep_fields: dict[str, object] = {"side": side}
            first: list[Cue] = list(opening) if rep == 1 else []
            if count > 1:
                rep_fields.update(rep=rep, reps=count)
                # Said in the transition before when the hold has no room for it.
                before = rep_said_before(step, pattern, rep, self.speech, words)
                if not before or (rep > 1 and release <= 0):
                    first.append(rep_cue(step, rep, words))
            self._hold(index, step, rep_fields, first, repeat=rep > 1)
            if rep < count and release > 0:
                cues = release_cues(step, rep + 1, pattern, self.speech, words)
                seconds = release_seconds(release, cues, self.speech)
                cues += count_cues(seconds)
                self.add(seconds, SegmentKind.RELEASE, index, cues=cues, **rep_fields)

    def _hold(
        self,
        index: int,
        step: Step,
        fields: dict[str, object],
        first: list[Cue],
        *,
        repeat: bool = False,
    ) -> None:
        """One hold. ``repeat``: a later repetition, announced briefly."""
        hold = step.hold
        kind = SegmentKind.WORK if step.motion is Motion.MOVE else SegmentKind.HOLD
        if hold.kind is HoldKind.BREATHS:
            self._breaths(index, step, fields, first)
            return
        start = hold_start_cue(step, repeat, self.speech, self.words)
        if hold.kind is HoldKind.OPEN:
            cues = [*first, start, *self._custom_cues(step, None)]
            self.add(None, kind, index, cues=cues, **fields)
            return
        seconds = int(hold.seconds or 0)
        cues = [*first, start]
        custom = self._custom_cues(step, seconds)
        cues += custom
        taken = {round(c.offset) for c in custom}
        if seconds >= HALFWAY_MIN_SECONDS and round(seconds / 2) not in taken:
            halfway = self.words.halfway
            cues.append(Cue(seconds / 2, halfway, Category.HALFWAY, Priority.NORMAL))
        cues += count_cues(seconds)
        self.add(seconds, kind, index, cues=cues, **fields)

    def _custom_cues(self, step: Step, seconds: int | None) -> list[Cue]:
        limit = float(seconds) if seconds is not None else None
        cues: list[Cue] = []
        for cue in step.cues:
            if cue.at is not None:
                if limit is None or cue.at < limit:
                    cues.append(Cue(float(cue.at), cue.text, Category.CUSTOM, Priority.NORMAL))
                continue
            every = float(cue.every or 0)
            at = every
            for _ in range(MAX_REPEATED_CUES):
                # Leave the final seconds to the 3-2-1 count.
                if limit is not None and at > limit - COUNTDOWN_FROM - 1:
                    break
                cues.append(Cue(at, cue.text, Category.CUSTOM, Priority.NORMAL))
                at += every
        return cues

    def _breaths(self, index: int, step: Step, fields: dict[str, object], first: list[Cue]) -> None:
        pattern = self.routine.breath_for(step)
        total = int(step.hold.breaths or 0)
        words = self.words
        for n in range(1, total + 1):
            breath_fields = dict(fields, breath=n, breaths=total)
            inhale_cues = list(first) if n == 1 else []
            inhale_cues.append(
                first_breath_cue(words)
                if n == 1
                else Cue(0.0, words.breathe_in, Category.BREATH, Priority.COUNT)
            )
            self.add(pattern.inhale, SegmentKind.INHALE, index, cues=inhale_cues, **breath_fields)
            if pattern.pause > 0:
                self.add(
                    pattern.pause,
                    SegmentKind.PAUSE,
                    index,
                    cues=[Cue(0.0, words.hold_breath, Category.BREATH, Priority.COUNT)],
                    **breath_fields,
                )
            text = words.breathe_out if n < total else words.last_breath_out
            self.add(
                pattern.exhale,
                SegmentKind.EXHALE,
                index,
                cues=[Cue(0.0, text, Category.BREATH, Priority.COUNT)],
                **breath_fields,
            )

    def finish(self) -> None:
        last = len(self.routine.steps) - 1
        self.add(
            0.0,
            SegmentKind.DONE,
            last,
            frame=None,
            cues=[
                Cue(
                    0.0,
                    self.words.complete,
                    Category.COMPLETE,
                    Priority.CRITICAL,
                    Sound.END,
                )
            ],
        )


def build_timeline(
    routine: Routine,
    *,
    lead_in: int | None = None,
    breath: BreathPattern | None = None,
    with_cues: bool = True,
    speech: SpeechFit | None = None,
) -> Timeline:
    """Expand ``routine``. ``lead_in`` and ``breath`` replace the routine's defaults
    (the person's preferences); a step's own breath pattern still wins.
    ``with_cues=False`` leaves the cues out (same segments), for quick estimates.
    ``speech`` lengthens each lead-in so what is spoken at its start fits before
    the 3-2-1 count (the routine's lead-in is the minimum)."""
    if lead_in is not None or breath is not None:
        defaults = dataclasses.replace(
            routine.defaults,
            lead_in=routine.defaults.lead_in if lead_in is None else lead_in,
            breath=routine.defaults.breath if breath is None else breath,
        )
        routine = dataclasses.replace(routine, defaults=defaults)
    builder = _TimelineBuilder(routine, with_cues, speech)
    for index, step in enumerate(routine.steps):
        builder.step(index, step)
    builder.finish()
    return Timeline(routine, tuple(builder.segments), tuple(builder.step_first))


def iter_absolute_cues(timeline: Timeline) -> Iterator[tuple[float, Segment, Cue]]:
    """Every cue with its offset from the routine start (as planned)."""
    for segment in timeline.segments:
        for cue in segment.cues:
            yield segment.start + cue.offset, segment, cue
