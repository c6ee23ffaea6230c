"""How long a routine takes: always computed from its timeline, never stored."""

from __future__ import annotations

from supple.routine.model import Routine
from supple.session.timeline import build_timeline


def estimated_seconds(routine: Routine) -> int:
    """Whole seconds, counting each open-ended hold at its estimate."""
    return round(build_timeline(routine).estimated_seconds)
