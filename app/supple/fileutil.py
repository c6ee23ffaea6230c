"""Small file helpers shared by every layer (no Qt, no layer imports)."""

from __future__ import annotations

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
