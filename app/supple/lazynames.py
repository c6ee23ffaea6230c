"""A package's names loaded from their modules on first use (PEP 562).

``supple.session`` and ``supple.history`` list their public names once, each with the
module that defines it; importing one name then loads only its module (the app's first
frame needs the library's durations, not the player; its window needs the history's
writer, not its weeks). See benchmarks/bench_startup.py.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from typing import Any


def lazy_names(
    package: str, names: dict[str, str]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """``__getattr__`` and ``__dir__`` for ``package``, whose ``names`` map each public
    name to the submodule that defines it. A name once loaded is kept in the package,
    so later look-ups do not come here."""

    def __getattr__(name: str) -> Any:
        module = names.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{module}"), name)
        setattr(sys.modules[package], name, value)
        return value

    def __dir__() -> list[str]:
        return sorted({*vars(sys.modules[package]), *names})

    return __getattr__, __dir__
