"""Frozen records: the repr, equality and hash of Supple's frozen dataclasses, written once.

``@dataclass(frozen=True)`` compiles six methods for each class as its module is
imported (Python 3.11; 3.13 compiles them in one go). The thirteen frozen classes
loaded before the window's first frame (the routine model, its problems and
library entries, cues) spent about 3 ms of start-up on the three that are the
same for every class. They are declared ``@dataclass(frozen=True, repr=False,
eq=False)`` on this base instead, which gives them the repr, ``==`` and hash that
``dataclass`` would have written (tests/test_record.py holds them equal to a real
dataclass's), so ``dataclass`` writes only ``__init__`` and the frozen guards.
"""

from __future__ import annotations

import dataclasses
from typing import Any


class Record:
    """Base of a frozen dataclass declared with ``repr=False, eq=False``."""

    __slots__ = ()

    def __repr__(self) -> str:
        shown = ", ".join(
            f"{field.name}={getattr(self, field.name)!r}"
            for field in dataclasses.fields(self)  # type: ignore[arg-type]
            if field.repr
        )
        return f"{type(self).__qualname__}({shown})"

    def _compared(self) -> tuple[Any, ...]:
        return tuple(
            getattr(self, field.name)
            for field in dataclasses.fields(self)  # type: ignore[arg-type]
            if field.compare
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._compared() == other._compared()  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash(
            tuple(
                getattr(self, field.name)
                for field in dataclasses.fields(self)  # type: ignore[arg-type]
                if (field.compare if field.hash is None else field.hash)
            )
        )
