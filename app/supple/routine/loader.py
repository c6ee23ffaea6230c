"""Loading routine files from disk."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from supple.routine.jsonfile import MAX_FILE_BYTES, read_json_file
from supple.routine.model import Routine
from supple.routine.parse import routine_from_document


def load_routine(path: Path, max_bytes: int = MAX_FILE_BYTES) -> Routine:
    """Load and validate one routine file, or raise RoutineError naming the file.

    Own pictures are resolved in the file's folder and may not leave it.
    """
    path = Path(path)
    doc = read_json_file(path, max_bytes=max_bytes)
    routine = routine_from_document(doc, file=str(path), base_dir=path.parent)
    return dataclasses.replace(routine, source=path)
