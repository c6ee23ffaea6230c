"""The session engine: a routine expanded into a timeline, and the player over it.

The names below are loaded from their modules on first use (PEP 562), so that
importing one of them (the library's durations need only ``estimated_seconds``)
does not also load the player: the app paints its first window sooner
(benchmarks/bench_startup.py). ``_NAMES`` is the one list of them: it drives
``__getattr__``, ``__all__`` and ``dir()``.
"""

from __future__ import annotations

from supple.lazynames import lazy_names

_NAMES = {  # name -> the module of supple.session that defines it
    "Clock": "clock",
    "FakeClock": "clock",
    "monotonic": "clock",
    "Category": "cues",
    "Cue": "cues",
    "Priority": "cues",
    "Sound": "cues",
    "Verbosity": "cues",
    "estimated_seconds": "estimate",
    "SpeechFit": "fit",
    "CueDropped": "player",
    "CueDue": "player",
    "Event": "player",
    "Outcome": "states",
    "PartSkipped": "player",
    "Player": "player",
    "Progress": "player",
    "SegmentEntered": "player",
    "SessionReport": "player",
    "State": "states",
    "StateChanged": "player",
    "Status": "player",
    "StepFinished": "player",
    "Segment": "timeline",
    "SegmentKind": "timeline",
    "Side": "timeline",
    "Timeline": "timeline",
    "build_timeline": "timeline",
}

__all__ = sorted(_NAMES)


__getattr__, __dir__ = lazy_names(__name__, _NAMES)
