"""Dataclasses for the start-up path, sharing one equality, hash and repr.

``@value_class`` is ``@dataclass(frozen=True)`` and ``@value_class(frozen=False)`` is
``@dataclass``: the same fields, defaults, ``__init__``, ``dataclasses.replace``,
``fields`` and ``asdict``, and ``==``, ``hash()`` and ``repr()`` that give the same
answers. Only those three are defined once, here, instead of being compiled from
source for every class.

A start-up rule (ARCHITECTURE.md, "Start-up rules"): on Python 3.11 ``@dataclass``
compiles up to six methods per class at import, ~0.7 ms a class, and the window's first
frame defines 21 classes (the routine model, the library, the settings, the cues' and
the pictures' results), the voice and history services attached after it 15 more
(their messages and records). Only modules imported before the window is usable use
this (tests/test_startup_imports.py holds them to it); every other module writes the
ordinary ``@dataclass``. Measured in benchmarks/README.md.

``==`` compares the fields that ``compare`` (all, unless a field says otherwise) of two
objects of the same class, as a tuple, like the dataclass method; ``hash()`` hashes
those its ``hash`` flag picks; ``repr()`` shows the fields whose ``repr`` flag is set.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from operator import attrgetter
from reprlib import recursive_repr
from typing import Any, TypeVar, overload

T = TypeVar("T", bound=type)


def _getter(names: list[str]) -> Callable[[Any], Any]:
    """A function giving the named attributes of an object (one name: its value; more:
    a tuple), stored on the class as it is: an attrgetter is not bound as a method."""
    if not names:
        return staticmethod(lambda _obj: ())  # type: ignore[return-value]
    return attrgetter(*names)


def _eq(self: Any, other: object) -> bool:
    if other.__class__ is self.__class__:
        key = self.__value_compared__
        return key(self) == key(other)  # type: ignore[no-any-return]
    return NotImplemented


def _hash(self: Any) -> int:
    return hash(self.__value_hashed__(self))


@recursive_repr()
def _repr(self: Any) -> str:
    shown = ", ".join([f"{name}={getattr(self, name)!r}" for name in self.__value_shown__])
    return f"{self.__class__.__qualname__}({shown})"


@overload
def value_class(cls: T, /) -> T: ...
@overload
def value_class(*, frozen: bool = True) -> Callable[[T], T]: ...
def value_class(cls: T | None = None, /, *, frozen: bool = True) -> T | Callable[[T], T]:
    """Make ``cls`` a dataclass (frozen unless ``frozen=False``) with the shared
    ``==``, ``hash()`` (frozen classes only, as a dataclass's) and ``repr()``."""

    def wrap(cls: T) -> T:
        for own in ("__eq__", "__hash__", "__repr__"):
            if own in cls.__dict__:
                raise TypeError(f"{cls.__qualname__} defines {own}: use @dataclass")
        made = dataclasses.dataclass(frozen=frozen, eq=False, repr=False)(cls)
        every = dataclasses.fields(made)
        made.__value_compared__ = _getter([f.name for f in every if f.compare])
        made.__value_shown__ = tuple(f.name for f in every if f.repr)
        made.__eq__ = _eq
        made.__repr__ = _repr
        if frozen:  # a dataclass with eq and frozen is hashable by its fields
            hashed = [f.name for f in every if (f.compare if f.hash is None else f.hash)]
            made.__value_hashed__ = _getter(hashed)
            made.__hash__ = _hash
        else:  # with eq and not frozen, a dataclass is unhashable
            made.__hash__ = None  # type: ignore[assignment]
        return made

    return wrap if cls is None else wrap(cls)
