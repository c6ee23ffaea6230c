"""How big a routine is once played, in closed form: its length, segments and cues.

Each field of a routine has its own limit (parse.py), but the limits multiply:
100 steps of 50 repetitions on both sides, each 100 breaths, is a valid set of
fields and three million segments. A routine that no person would follow is
refused here, at the lowest floor, so that `supple check`, import, the library
and the player all give the same message before anything is expanded.

The counts are computed from the steps without building the timeline (which
lives above this floor, in session/). They are upper bounds of what
``session.build_timeline`` makes for any pacing and voice (a step's breath
pause, a lead-in lengthened for words), and a property test keeps them so.
The length is the routine's own plan without a voice: the person's pacing
changes it a little, but never the number of segments.
"""

from __future__ import annotations

from supple.i18n import _, number
from supple.routine.format_error import FormatProblem
from supple.routine.model import HoldKind, Routine, Sides, Step
from supple.value_class import value_class

# What a real routine needs, with room to spare: a long class is 90 minutes.
MAX_SECONDS = 4 * 3600
MAX_SEGMENTS = 20_000
MAX_CUES = 40_000
# "every N s" cues in one hold, at most (the timeline stops repeating there).
MAX_REPEATED_CUES = 360
SWITCH_SECONDS = 6  # as session/fit.py plans a switch without a voice

# Cues a transition or a hold carries besides the step's own: the opening words, a
# repetition's number, "Get ready."/"Switch sides."/"Release.", the start, halfway, 3-2-1.
_FIXED_CUES = 10


@value_class
class RoutineSize:
    """A routine's planned length (open holds at their estimate) and, at most, the
    segments and cues its timeline holds."""

    seconds: int
    segments: int
    cues: int


def repeated_cues(every: int, hold_seconds: int | None) -> int:
    """How many times an "every N s" cue can be said in one hold (None: open-ended)."""
    if hold_seconds is None:
        return MAX_REPEATED_CUES
    return min(MAX_REPEATED_CUES, hold_seconds // max(1, every))


def _hold_seconds(routine: Routine, step: Step) -> int:
    hold = step.hold
    if hold.kind is HoldKind.SECONDS:
        return hold.seconds or 0
    if hold.kind is HoldKind.BREATHS:
        return (hold.breaths or 0) * routine.breath_for(step).seconds
    return hold.estimate or 0


def _step_size(routine: Routine, index: int, step: Step) -> tuple[int, int, int]:
    sides = 2 if step.sides is Sides.BOTH else 1
    reps = step.reps.count
    holds = sides * reps
    releases = sides * (reps - 1) if step.reps.release > 0 else 0
    rest = routine.rest_after(index)
    transitions = 1 + (sides - 1) + releases + (1 if rest > 0 else 0)  # lead-in, switch...
    opening = 1 + len(step.instructions)
    if step.hold.kind is HoldKind.BREATHS:
        per_hold_segments = 3 * (step.hold.breaths or 0)  # inhale, pause, exhale
        per_hold_cues = per_hold_segments + _FIXED_CUES
    else:
        per_hold_segments = 1
        timed = step.hold.seconds if step.hold.kind is HoldKind.SECONDS else None
        custom = sum(
            1 if cue.every is None else repeated_cues(cue.every, timed) for cue in step.cues
        )
        per_hold_cues = custom + _FIXED_CUES
    segments = transitions + holds * per_hold_segments
    cues = transitions * _FIXED_CUES + 2 * opening + holds * per_hold_cues
    seconds = routine.defaults.lead_in + holds * _hold_seconds(routine, step)
    seconds += releases * step.reps.release + (sides - 1) * SWITCH_SECONDS + rest
    return seconds, segments, cues


def routine_size(routine: Routine) -> RoutineSize:
    """The routine's size, from its steps alone (nothing is expanded)."""
    seconds = segments = cues = 0
    for index, step in enumerate(routine.steps):
        step_seconds, step_segments, step_cues = _step_size(routine, index, step)
        seconds += step_seconds
        segments += step_segments
        cues += step_cues
    return RoutineSize(seconds, segments + 1, cues + 1)  # and the "done" at the end


def _hours(seconds: int) -> str:
    hours, rest = divmod(seconds, 3600)
    minutes = rest // 60
    if hours and minutes:
        return _("{hours} h {minutes} min").format(hours=hours, minutes=minutes)
    if hours:
        return _("{hours} h").format(hours=hours)
    return _("{minutes} min").format(minutes=minutes)


def size_problems(routine: Routine) -> list[FormatProblem]:
    """What is too big about ``routine`` for a person to play, in plain words (or none).

    One problem at most: the first bound passed, length before parts before cues."""
    size = routine_size(routine)
    problems: list[FormatProblem] = []
    if size.seconds > MAX_SECONDS:
        problems.append(
            FormatProblem(
                "steps",
                _(
                    "the routine would take about {length}; "
                    "the limit is {limit} (fewer steps, repetitions or breaths)"
                ).format(length=_hours(size.seconds), limit=_hours(MAX_SECONDS)),
            )
        )
    if size.segments > MAX_SEGMENTS:
        problems.append(
            FormatProblem(
                "steps",
                _(
                    "the routine has up to {parts} parts (holds, breaths, releases); "
                    "the limit is {limit} (fewer repetitions or breaths)"
                ).format(parts=number(size.segments), limit=number(MAX_SEGMENTS)),
            )
        )
    if size.cues > MAX_CUES:
        problems.append(
            FormatProblem(
                "steps",
                _(
                    "the routine would speak up to {cues} cues; the limit is "
                    "{limit} (fewer or less frequent repeated cues)"
                ).format(cues=number(size.cues), limit=number(MAX_CUES)),
            )
        )
    return problems[:1]
