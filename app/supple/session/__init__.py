"""The session engine: a routine expanded into a timeline, and the player over it."""

from supple.session.clock import Clock, FakeClock, monotonic
from supple.session.cues import Category, Cue, Priority, Sound, Verbosity
from supple.session.estimate import estimated_seconds
from supple.session.player import (
    CueDropped,
    CueDue,
    Event,
    Outcome,
    Player,
    Progress,
    SegmentEntered,
    SessionReport,
    State,
    StateChanged,
    Status,
    StepFinished,
)
from supple.session.timeline import (
    Segment,
    SegmentKind,
    Side,
    SpeechFit,
    Timeline,
    build_timeline,
)

__all__ = [
    "Category",
    "Clock",
    "Cue",
    "CueDropped",
    "CueDue",
    "Event",
    "FakeClock",
    "Outcome",
    "Player",
    "Priority",
    "Progress",
    "Segment",
    "SegmentEntered",
    "SegmentKind",
    "SessionReport",
    "Side",
    "Sound",
    "SpeechFit",
    "State",
    "StateChanged",
    "Status",
    "StepFinished",
    "Timeline",
    "Verbosity",
    "build_timeline",
    "estimated_seconds",
    "monotonic",
]
