"""The session engine: a routine expanded into a timeline, and the player over it.

The names below are loaded from their modules on first use (PEP 562), so that
importing one of them (the library's durations need only ``build_timeline``)
does not also load the player: the app paints its first window sooner
(benchmarks/bench_startup.py).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from supple.session.clock import Clock, FakeClock, monotonic
    from supple.session.cues import Category, Cue, Priority, Sound, Verbosity
    from supple.session.estimate import estimated_seconds
    from supple.session.fit import SpeechFit
    from supple.session.player import (
        CueDropped,
        CueDue,
        Event,
        Outcome,
        PartSkipped,
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
        Timeline,
        build_timeline,
    )

_MODULE_OF = {
    "Clock": "clock",
    "FakeClock": "clock",
    "monotonic": "clock",
    "Category": "cues",
    "Cue": "cues",
    "Priority": "cues",
    "Sound": "cues",
    "Verbosity": "cues",
    "estimated_seconds": "estimate",
    "CueDropped": "player",
    "CueDue": "player",
    "Event": "player",
    "Outcome": "player",
    "Player": "player",
    "PartSkipped": "player",
    "Progress": "player",
    "SegmentEntered": "player",
    "SessionReport": "player",
    "State": "player",
    "StateChanged": "player",
    "Status": "player",
    "StepFinished": "player",
    "Segment": "timeline",
    "SegmentKind": "timeline",
    "Side": "timeline",
    "SpeechFit": "fit",
    "Timeline": "timeline",
    "build_timeline": "timeline",
}

__all__ = [
    "Category",
    "Clock",
    "Cue",
    "CueDropped",
    "CueDue",
    "Event",
    "FakeClock",
    "Outcome",
    "PartSkipped",
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


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
