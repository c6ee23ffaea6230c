"""The routine file format: model, schema, loading, validation and the library."""

from supple.routine.format_error import FormatProblem, RoutineError
from supple.routine.library import Entry, Library, Origin, resolve_routine
from supple.routine.loader import load_routine
from supple.routine.model import (
    FORMAT_NAME,
    FORMAT_VERSION,
    BreathPattern,
    Defaults,
    Hold,
    HoldKind,
    Illustration,
    Motion,
    Picture,
    Repetitions,
    Routine,
    Sides,
    Step,
    TimedCue,
)
from supple.routine.parse import routine_from_document
from supple.routine.serialize import routine_to_document

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "BreathPattern",
    "Defaults",
    "Entry",
    "FormatProblem",
    "Hold",
    "HoldKind",
    "Illustration",
    "Library",
    "Motion",
    "Origin",
    "Picture",
    "Repetitions",
    "Routine",
    "RoutineError",
    "Sides",
    "Step",
    "TimedCue",
    "load_routine",
    "resolve_routine",
    "routine_from_document",
    "routine_to_document",
]
