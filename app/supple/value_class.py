"""Dataclasses for the start-up path: nothing compiled for them but their ``__init__``.

``@value_class`` is ``@dataclass(frozen=True)`` and ``@value_class(frozen=False)`` is
``@dataclass``: the same fields, defaults, ``__init__`` signature, ``dataclasses.replace``,
``fields`` and ``asdict``, and ``==``, ``hash()``, ``repr()`` and (frozen) the refusal to
assign that give the same answers. Those are defined once, here, instead of being
compiled from source for every class; only the ``__init__`` is made for each class.

A start-up rule (ARCHITECTURE.md, "Start-up rules"): on Python 3.11 ``@dataclass``
compiles six methods per frozen class at import, ~0.7 ms a class, and the window's first
frame defines 21 classes (the routine model, the library, the settings, the cues' and
the pictures' results), the voice and history services attached after it 15 more
(their messages and records). Only modules imported before the window is usable use
this (tests/test_startup_imports.py holds them to it); every other module writes the
ordinary ``@dataclass``. Measured in benchmarks/README.md.

``==`` compares the fields that ``compare`` (all, unless a field says otherwise) of two
objects of the same class, as a tuple, like the dataclass method; ``hash()`` hashes
those its ``hash`` flag picks; ``repr()`` shows the fields whose ``repr`` flag is set.
A frozen class refuses ``obj.x = ...`` and ``del obj.x`` with ``FrozenInstanceError``.
What it does not take (``__post_init__``, ``InitVar``, ``ClassVar``, a method of its
own among those it defines) is refused when the class is made: write ``@dataclass``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from operator import attrgetter
from reprlib import recursive_repr
from typing import Any, TypeVar, overload

T = TypeVar("T", bound=type)

_MADE = ("__init__", "__eq__", "__hash__", "__repr__")  # what value_class gives a class
_FROZEN = ("__setattr__", "__delattr__")  # and a frozen one


class _Factory:
    """The default of an ``__init__`` parameter whose field has a ``default_factory``."""

    def __repr__(self) -> str:
        return "<factory>"  # what inspect.signature shows for the dataclass's own


_HAS_FACTORY = _Factory()


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


def _frozen_setattr(self: Any, name: str, value: Any) -> None:
    # As the dataclass's: the class itself refuses every name, a subclass its fields.
    owner = self.__value_frozen__
    if type(self) is owner or name in owner.__value_fields__:
        raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")
    super(owner, self).__setattr__(name, value)


def _frozen_delattr(self: Any, name: str) -> None:
    owner = self.__value_frozen__
    if type(self) is owner or name in owner.__value_fields__:
        raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")
    super(owner, self).__delattr__(name)


def _make_init(cls: type, every: tuple[dataclasses.Field[Any], ...], frozen: bool) -> Any:
    """The ``__init__`` the dataclass would write for these fields, compiled once: its
    parameters in field order (keyword-only ones after ``*``), a default or a factory's
    value for each, a field without ``init`` given its factory's value."""
    scope: dict[str, Any] = {"__name__": cls.__module__, "__factory__": _HAS_FACTORY}
    if frozen:
        scope["__set__"] = object.__setattr__
    params: list[str] = []
    keyword_only: list[str] = []
    body: list[str] = []
    for index, field in enumerate(every):
        name = field.name
        value = name
        if field.default_factory is not dataclasses.MISSING:
            scope[f"__make{index}__"] = field.default_factory
            if not field.init:
                value = f"__make{index}__()"
            else:
                value = f"__make{index}__() if {name} is __factory__ else {name}"
        elif not field.init:
            continue  # a default stays on the class, as the dataclass leaves it
        if field.init:
            param = name
            if field.default_factory is not dataclasses.MISSING:
                param = f"{name}=__factory__"
            elif field.default is not dataclasses.MISSING:
                scope[f"__default{index}__"] = field.default
                param = f"{name}=__default{index}__"
            (keyword_only if field.kw_only else params).append(param)
        body.append(f"__set__(self, {name!r}, {value})" if frozen else f"self.{name} = {value}")
    signature = ", ".join(["self", *params, *(["*", *keyword_only] if keyword_only else [])])
    lines = "\n".join(f"    {line}" for line in body or ["pass"])
    exec(f"def __init__({signature}):\n{lines}\n", scope)  # the text made above, no input
    init = scope["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__annotations__ = {f.name: f.type for f in every if f.init} | {"return": None}
    return init


@overload
def value_class(cls: T, /) -> T: ...
@overload
def value_class(*, frozen: bool = True) -> Callable[[T], T]: ...
def value_class(cls: T | None = None, /, *, frozen: bool = True) -> T | Callable[[T], T]:
    """Make ``cls`` a dataclass (frozen unless ``frozen=False``) with the shared
    ``==``, ``hash()`` (frozen classes only, as a dataclass's), ``repr()`` and (frozen)
    refusal to assign, and an ``__init__`` of its own."""

    def wrap(cls: T) -> T:
        for own in _MADE + _FROZEN if frozen else _MADE:
            if own in cls.__dict__:
                raise TypeError(f"{cls.__qualname__} defines {own}: use @dataclass")
        if hasattr(cls, "__post_init__"):
            raise TypeError(f"{cls.__qualname__} has __post_init__: use @dataclass")
        documented = bool(cls.__dict__.get("__doc__"))
        made = dataclasses.dataclass(init=False, eq=False, repr=False)(cls)
        every = dataclasses.fields(made)
        if len(every) != len(made.__dataclass_fields__):
            raise TypeError(f"{cls.__qualname__} has an InitVar or ClassVar: use @dataclass")
        made.__init__ = _make_init(made, every, frozen)
        made.__value_compared__ = _getter([f.name for f in every if f.compare])
        made.__value_shown__ = tuple(f.name for f in every if f.repr)
        made.__eq__ = _eq
        made.__repr__ = _repr
        if frozen:  # a dataclass with eq and frozen is hashable by its fields
            hashed = [f.name for f in every if (f.compare if f.hash is None else f.hash)]
            made.__value_hashed__ = _getter(hashed)
            made.__hash__ = _hash
            made.__value_frozen__ = made
            made.__value_fields__ = frozenset(f.name for f in every)
            made.__setattr__ = _frozen_setattr
            made.__delattr__ = _frozen_delattr
        else:  # with eq and not frozen, a dataclass is unhashable
            made.__hash__ = None  # type: ignore[assignment]
        if not documented:  # the dataclass's own text, made from the real signature
            import inspect

            made.__doc__ = made.__name__ + str(inspect.signature(made)).replace(" -> None", "")
        return made

    return wrap if cls is None else wrap(cls)
