"""Small file helpers shared by every layer (no Qt, no layer imports)."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path


def unique_sibling(path: Path, tag: str) -> Path:
    """A free name next to ``path``: ``NAME.TAG-YYYYmmdd-HHMMSS`` (``-2``, ``-3``... if taken).

    Used for files moved aside (a damaged history or settings file) and for
    backups before a migration, so nothing is ever overwritten.
    """
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{tag}-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.{tag}-{stamp}-{n}")
    return target


def write_temp_beside(path: Path, text: str) -> Path:
    """Write ``text`` (UTF-8) to a new temporary file next to ``path``, flushed to disk.

    The caller moves it into place (replace or link) and removes it on failure;
    writing beside the target keeps that move atomic (same file system).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp
