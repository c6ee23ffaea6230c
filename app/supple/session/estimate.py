"""How long a routine takes: always computed from its steps, never stored.

This is the timeline's total in closed form, so a library of a thousand
routines can show durations without expanding a thousand timelines (nor
loading the timeline module before the first window is painted). It takes the
same pacing as ``build_timeline`` (lead-in, breath, the voice and what it says:
every speech-dependent length comes from session/fit.py), and a
property test keeps it equal to ``build_timeline(r, ...).estimated_seconds``.
"""

from __future__ import annotations

from supple.routine.model import BreathPattern, HoldKind, Routine, Sides, Step
from supple.session.fit import (
    SWITCH_SECONDS,
    SpeechFit,
    lead_in_seconds,
    release_cue,
    release_cues,
    release_seconds,
    rep_said_before,
    rest_seconds,
    switch_cues,
    switch_seconds,
)
from supple.session.phrases import phrases_for


def _hold_seconds(step: Step, breath: BreathPattern) -> float:
    hold = step.hold
    if hold.kind is HoldKind.SECONDS:
        return float(hold.seconds or 0)
    if hold.kind is HoldKind.BREATHS:
        return float((hold.breaths or 0) * breath.seconds)
    return float(hold.estimate or 0)


def estimated_seconds_exact(
    routine: Routine,
    *,
    lead_in: int | None = None,
    breath: BreathPattern | None = None,
    speech: SpeechFit | None = None,
) -> float:
    """Seconds, as ``build_timeline`` with the same arguments would plan them."""
    total = 0.0
    lead = routine.defaults.lead_in if lead_in is None else lead_in
    default_breath = routine.defaults.breath if breath is None else breath
    words = phrases_for(routine.language)
    for index, step in enumerate(routine.steps):
        sides = 2 if step.sides is Sides.BOTH else 1
        reps = step.reps.count
        pattern = step.breath or default_breath
        per_side = reps * _hold_seconds(step, pattern)
        if step.reps.release > 0 and speech is None:
            per_side += (reps - 1) * step.reps.release
        elif step.reps.release > 0:
            plain = release_seconds(step.reps.release, [release_cue(words)], speech)
            for rep in range(2, reps + 1):
                if rep_said_before(step, pattern, rep, speech, words):
                    cues = release_cues(step, rep, pattern, speech, words)
                    per_side += release_seconds(step.reps.release, cues, speech)
                else:
                    per_side += plain
        total += lead_in_seconds(step, lead, speech, pattern, words)
        total += sides * per_side
        if sides == 2 and speech is None:
            total += SWITCH_SECONDS
        elif sides == 2:
            cues = switch_cues(step, "right", pattern, speech, words)
            total += switch_seconds(cues, speech)
        rest = routine.rest_after(index)
        if rest > 0:
            total += rest_seconds(rest, routine.steps[index + 1].title, speech, words)
    return total


def estimated_seconds(
    routine: Routine,
    *,
    lead_in: int | None = None,
    breath: BreathPattern | None = None,
    speech: SpeechFit | None = None,
) -> int:
    """Whole seconds, counting each open-ended hold at its estimate."""
    return round(estimated_seconds_exact(routine, lead_in=lead_in, breath=breath, speech=speech))
