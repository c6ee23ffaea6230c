"""The catalogue: every exercise in the bundled routines, to build new routines from.

Exercises are keyed by ``step.exercise`` (the same id across routines); the
first routine that has one gives its illustration, instructions and hold.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from supple import paths
from supple.routine.format_error import RoutineError
from supple.routine.loader import load_routine
from supple.routine.model import Routine, Step
from supple.routine.serialize import step_to_document


@dataclass(frozen=True)
class Exercise:
    """An exercise from the bundled routines, to add as a step in the editor."""

    id: str
    step: Step
    routines: tuple[str, ...]  # titles of the routines that use it

    @property
    def title(self) -> str:
        return self.step.title

    def document(self) -> dict[str, Any]:
        """The step as a document to add to a routine (without its routine's rest)."""
        doc = copy.deepcopy(step_to_document(self.step))
        doc.pop("rest", None)
        return doc


def build_catalogue(routines: Iterable[Routine]) -> list[Exercise]:
    """One entry per exercise id, from the first routine that has it; sorted by title."""
    first: dict[str, Step] = {}
    used_in: dict[str, list[str]] = {}
    for routine in routines:
        for step in routine.steps:
            if not step.exercise:
                continue
            first.setdefault(step.exercise, step)
            titles = used_in.setdefault(step.exercise, [])
            if routine.title not in titles:
                titles.append(routine.title)
    entries = [Exercise(key, step, tuple(used_in[key])) for key, step in first.items()]
    return sorted(entries, key=lambda e: (e.title.casefold(), e.id))


def bundled_catalogue(folder: Path | None = None) -> list[Exercise]:
    """The catalogue of the bundled routines (a broken file is skipped)."""
    folder = paths.bundled_routines_dir() if folder is None else folder
    routines = []
    try:
        files = sorted(folder.glob("*.json"))
    except OSError:
        files = []
    for file in files:
        try:
            routines.append(load_routine(file))
        except RoutineError:
            continue
    return build_catalogue(routines)
