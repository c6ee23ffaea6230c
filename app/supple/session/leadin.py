"""How long a step's lead-in lasts: long enough to say what opens the step.

A lead-in is the routine's lead-in seconds at least, and grows, when the voice is
on, until the step's title, its instructions and "Get ready." fit before the
3-2-1. The timeline (timeline.py) and the closed-form duration (estimate.py)
both take the length from here, so a routine's duration in the library is the
session's, for the person's own voice settings too.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from supple.record import Record
from supple.routine.model import Sides, Step
from supple.session.cues import Category, Cue, Priority, Sound, Verbosity

COUNTDOWN_FROM = 3
SWITCH_SECONDS = 6  # "Switch sides. Now the right side." and then 3, 2, 1
FIRST_SIDE = "left"


@dataclass(frozen=True, repr=False, eq=False)
class SpeechFit(Record):
    """How fast cues are spoken, so the timeline can leave room for them.

    The estimate is deliberately generous: espeak-ng at 160 words per minute
    measured ~12.8 s for a 42-word lead-in; this says ~14.6 s.
    """

    verbosity: Verbosity = Verbosity.FULL
    words_per_minute: int = 160
    pause_seconds: float = 0.25  # between utterances

    def seconds_for(self, cues: Iterable[Cue]) -> float:
        total = 0.0
        for cue in cues:
            if cue.spoken_at(self.verbosity):
                words = max(1, len(cue.text.split()))
                total += words * 60.0 / max(60, self.words_per_minute) * 0.85
                total += self.pause_seconds
        return total


def opening_cues(step: Step, side: str | None) -> list[Cue]:
    """What is said as ``step`` begins: its title (with the first side) and instructions."""
    title = step.title if side is None else f"{step.title}, {side} side first."
    cues = [Cue(0.0, title, Category.TITLE, Priority.CRITICAL, Sound.PHASE)]
    cues += [Cue(0.0, line, Category.INSTRUCTION, Priority.NORMAL) for line in step.instructions]
    return cues


def get_ready_cue() -> Cue:
    return Cue(0.0, "Get ready.", Category.GET_READY, Priority.NORMAL)


def lead_in_seconds(step: Step, lead_in: int, speech: SpeechFit | None) -> int:
    """The lead-in before ``step`` (0: none), given the routine's ``lead_in``."""
    if lead_in <= 0 or speech is None:
        return max(0, lead_in)
    side = FIRST_SIDE if step.sides is not Sides.NONE else None
    return fitted_lead_in(lead_in, [*opening_cues(step, side), get_ready_cue()], speech)


def fitted_lead_in(lead_in: int, cues: list[Cue], speech: SpeechFit | None) -> int:
    spoken = speech.seconds_for(cues) if speech is not None else 0.0
    if spoken > 0:
        # Long enough to say the title and instructions before the 3-2-1.
        return max(lead_in, math.ceil(spoken + COUNTDOWN_FROM + 1))
    return lead_in
