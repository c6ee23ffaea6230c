"""How long a routine takes: always computed from its steps, never stored.

This is the timeline's total in closed form, so a library of a thousand
routines can show durations without expanding a thousand timelines. A
property test keeps it equal to ``build_timeline(r).estimated_seconds``.
"""

from __future__ import annotations

from supple.routine.model import BreathPattern, HoldKind, Routine, Sides, Step
from supple.session.timeline import SWITCH_SECONDS


def _hold_seconds(routine: Routine, step: Step, breath: BreathPattern) -> float:
    hold = step.hold
    if hold.kind is HoldKind.SECONDS:
        return float(hold.seconds or 0)
    if hold.kind is HoldKind.BREATHS:
        return float((hold.breaths or 0) * breath.seconds)
    return float(hold.estimate or 0)


def estimated_seconds_exact(routine: Routine) -> float:
    total = 0.0
    lead_in = routine.defaults.lead_in
    for index, step in enumerate(routine.steps):
        sides = 2 if step.sides is Sides.BOTH else 1
        reps = step.reps.count
        per_side = reps * _hold_seconds(routine, step, routine.breath_for(step))
        per_side += (reps - 1) * step.reps.release
        total += lead_in + sides * per_side + (sides - 1) * SWITCH_SECONDS
        total += routine.rest_after(index)
    return total


def estimated_seconds(routine: Routine) -> int:
    """Whole seconds, counting each open-ended hold at its estimate."""
    return round(estimated_seconds_exact(routine))
