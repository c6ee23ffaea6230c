"""What the coach says (and rings) during a session, and which of it is spoken.

A cue sits at an offset inside one timeline segment. Its category decides the
verbosity levels that speak it; its priority tells the speech queue what may
be cut or dropped; its sound is the short effect played with it (also when the
voice is off).
"""

from __future__ import annotations

from enum import Enum, IntEnum

from supple.value_class import value_class


class Priority(IntEnum):
    """Higher wins. COUNT cues are dropped when late; CRITICAL ones never are."""

    COUNT = 1
    NORMAL = 2
    CRITICAL = 3


class Category(str, Enum):
    TITLE = "title"  # a step's name, at its start
    INSTRUCTION = "instruction"  # one instruction line
    GET_READY = "get-ready"
    START = "start"  # the hold (or the moving) begins
    COUNT = "count"  # 3, 2, 1
    HALFWAY = "halfway"
    BREATH = "breath"  # inhale / hold / exhale
    REP = "rep"  # repetition numbers, release
    SWITCH = "switch"  # switch sides
    REST = "rest"  # rest, next up
    CUSTOM = "custom"  # the routine's own timed cues
    COMPLETE = "complete"


class Sound(str, Enum):
    PHASE = "phase"  # a phase begins (hold, rest, switch)
    COUNT = "count"  # a tick for the last seconds
    END = "end"  # the routine is complete


class Verbosity(str, Enum):
    FULL = "full"
    BRIEF = "brief"
    COUNTS = "counts"
    SILENT = "silent"


SPOKEN: dict[Verbosity, frozenset[Category]] = {
    Verbosity.FULL: frozenset(Category),
    Verbosity.BRIEF: frozenset(
        {
            Category.TITLE,
            Category.GET_READY,
            Category.START,
            Category.COUNT,
            Category.BREATH,
            Category.REP,
            Category.SWITCH,
            Category.REST,
            Category.COMPLETE,
        }
    ),
    Verbosity.COUNTS: frozenset({Category.COUNT, Category.BREATH, Category.REP}),
    Verbosity.SILENT: frozenset(),
}


@value_class
class Cue:
    """Something said or sounded at an offset into a segment."""

    offset: float  # seconds after the start of its segment
    text: str
    category: Category
    priority: Priority
    sound: Sound | None = None

    def spoken_at(self, verbosity: Verbosity) -> bool:
        return self.category in SPOKEN[verbosity]
