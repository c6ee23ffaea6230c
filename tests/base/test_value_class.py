"""supple.value_class: a dataclass whose ==, hash(), repr() and refusal to assign are
shared and whose __init__ is its own, answering as the compiled dataclass methods do."""

from __future__ import annotations

import copy
import dataclasses
import inspect
import pickle
from dataclasses import field
from typing import ClassVar

import pytest

from supple.routine.model import Hold, HoldKind, Routine, Step
from supple.settings import Settings
from supple.value_class import value_class


def twins(frozen: bool = True) -> tuple[type, type]:
    """The same class made by @value_class and by @dataclass."""

    def body() -> dict[str, object]:
        return {
            "__annotations__": {
                "name": "str",
                "count": "int",
                "notes": "tuple[str, ...]",
                "scratch": "list[int]",
                "secret": "str",
                "shown_only": "str",
            },
            "count": 0,
            "notes": (),
            "scratch": field(default_factory=list, compare=False),
            "secret": field(default="", repr=False),
            "shown_only": field(default="", hash=False),
        }

    ours = value_class(frozen=frozen)(type("Thing", (), body()))
    theirs = dataclasses.dataclass(frozen=frozen)(type("Thing", (), body()))
    return ours, theirs


SAMPLES = [
    {"name": "a"},
    {"name": "a", "count": 2},
    {"name": "a", "count": 2, "scratch": [1]},  # scratch does not compare
    {"name": "a", "secret": "s"},
    {"name": "a", "shown_only": "x"},  # compared, not hashed
    {"name": "b", "notes": ("n",)},
]


@pytest.mark.parametrize("frozen", [True, False])
def test_equality_and_repr_match_the_dataclass(frozen: bool) -> None:
    ours, theirs = twins(frozen)
    for left in SAMPLES:
        for right in SAMPLES:
            assert (ours(**left) == ours(**right)) == (theirs(**left) == theirs(**right))
            assert (ours(**left) != ours(**right)) == (theirs(**left) != theirs(**right))
        assert repr(ours(**left)) == repr(theirs(**left))


def test_hash_follows_the_same_fields_as_the_dataclass() -> None:
    ours, theirs = twins(frozen=True)
    for left in SAMPLES:
        for right in SAMPLES:
            same_for_them = hash(theirs(**left)) == hash(theirs(**right))
            assert (hash(ours(**left)) == hash(ours(**right))) == same_for_them
    assert len({ours(name="a"), ours(name="a", scratch=[9]), ours(name="b")}) == 2


def test_not_frozen_is_unhashable_and_assignable_like_a_dataclass() -> None:
    ours, theirs = twins(frozen=False)
    for cls in (ours, theirs):
        thing = cls(name="a")
        with pytest.raises(TypeError):
            hash(thing)
        thing.count = 5
        assert thing.count == 5


def test_frozen_refuses_assignment_and_keeps_the_dataclass_tools() -> None:
    ours, _ = twins(frozen=True)
    thing = ours(name="a", count=1)
    with pytest.raises(dataclasses.FrozenInstanceError):
        thing.count = 2  # type: ignore[misc]
    assert dataclasses.is_dataclass(thing)
    assert [f.name for f in dataclasses.fields(thing)][:2] == ["name", "count"]
    assert dataclasses.replace(thing, count=3) == ours(name="a", count=3)
    assert dataclasses.asdict(thing)["count"] == 1
    assert copy.deepcopy(thing) == thing


def test_another_class_is_never_equal() -> None:
    ours, _ = twins()
    other, _ = twins()
    assert ours(name="a") != other(name="a")
    assert ours(name="a") != ("a", 0, (), [], "", "")
    assert (ours(name="a") == object()) is False


def test_one_and_no_compared_fields() -> None:
    one = value_class(type("One", (), {"__annotations__": {"x": "int"}}))
    none = value_class(
        type("Zero", (), {"__annotations__": {"x": "int"}, "x": field(default=0, compare=False)})
    )
    assert one(1) == one(1) and one(1) != one(2) and hash(one(1)) == hash(one(1))
    assert none(1) == none(2) and hash(none(1)) == hash(none(2))
    assert repr(one(1)) == "One(x=1)"


def test_a_class_that_writes_its_own_method_is_refused() -> None:
    with pytest.raises(TypeError, match="__eq__"):
        value_class(type("Own", (), {"__annotations__": {"x": "int"}, "__eq__": lambda s, o: 1}))


def test_a_repr_that_reaches_itself_does_not_recurse() -> None:
    box = value_class(frozen=False)(type("Box", (), {"__annotations__": {"inner": "object"}}))
    outer = box(None)
    outer.inner = outer
    assert repr(outer) == "Box(inner=...)"


def test_the_model_behaves_as_its_values() -> None:
    hold = Hold(HoldKind.SECONDS, seconds=20)
    step = Step(title="Cat-cow", hold=hold, instructions=("Round and arch the back.",))
    routine = Routine(id="r", title="R", steps=(step,))
    same = Routine(id="r", title="R", steps=(dataclasses.replace(step),))
    assert routine == same and hash(routine.steps) == hash(same.steps)
    assert routine != dataclasses.replace(routine, title="S")
    kind = "<HoldKind.SECONDS: 'seconds'>"
    assert repr(hold) == f"Hold(kind={kind}, seconds=20, breaths=None, estimate=None)"
    assert pickle.loads(pickle.dumps(routine)) == routine
    settings = Settings()
    assert settings == Settings() and settings != Settings(rate=200)
    with pytest.raises(TypeError):
        hash(settings)


def test_the_init_takes_what_the_dataclass_init_takes() -> None:
    for frozen in (True, False):
        ours, theirs = twins(frozen)
        assert str(inspect.signature(ours)) == str(inspect.signature(theirs))
        assert ours.__init__.__qualname__ == "Thing.__init__"
        assert ours.__init__.__module__ == theirs.__init__.__module__
        for args, kwargs in [
            ((), {}),
            (("a", 1, (), [], "", "", "extra"), {}),
            (("a",), {"name": "b"}),
            (("a",), {"nope": 1}),
        ]:
            with pytest.raises(TypeError) as mine:
                ours(*args, **kwargs)
            with pytest.raises(TypeError) as dataclass_said:
                theirs(*args, **kwargs)
            assert str(mine.value).replace("Thing.", "") == str(dataclass_said.value).replace(
                "Thing.", ""
            )
        first, second = ours(name="a"), ours("a")
        assert first.scratch == [] and first.scratch is not second.scratch  # a fresh list each
        given = [1]
        assert ours("a", 2, ("n",), given).scratch is given


def test_keyword_only_and_uninitialised_fields_are_made_as_the_dataclass_makes_them() -> None:
    def body() -> dict[str, object]:
        return {
            "__annotations__": {"a": "int", "b": "int", "c": "list[int]", "d": "int", "e": "int"},
            "b": field(default=2, kw_only=True),
            "c": field(default_factory=list, init=False),
            "d": field(default=4, init=False),
            "e": field(default=5),
        }

    ours = value_class(type("Kw", (), body()))
    theirs = dataclasses.dataclass(frozen=True)(type("Kw", (), body()))
    assert (
        str(inspect.signature(ours))
        == str(inspect.signature(theirs))
        == "(a: 'int', e: 'int' = 5, *, b: 'int' = 2) -> None"
    )
    for cls in (ours, theirs):
        made = cls(1, b=3)
        assert (made.a, made.b, made.c, made.d, made.e) == (1, 3, [], 4, 5)
        assert "d" not in made.__dict__  # the default stays on the class
        with pytest.raises(TypeError):
            cls(1, 2, 3)
    assert repr(ours(1)) == repr(theirs(1))


def test_frozen_refuses_deleting_and_a_subclass_keeps_its_own_attributes() -> None:
    ours, theirs = twins(frozen=True)
    for cls in (ours, theirs):
        thing = cls(name="a")
        with pytest.raises(dataclasses.FrozenInstanceError, match="cannot delete field 'name'"):
            del thing.name
        with pytest.raises(dataclasses.FrozenInstanceError, match="cannot assign to field 'other'"):
            thing.other = 1  # type: ignore[attr-defined]
        sub = type("Sub", (cls,), {})(name="a")
        sub.other = 1  # a plain subclass may add what is not a field
        assert sub.other == 1
        with pytest.raises(dataclasses.FrozenInstanceError):
            sub.name = "b"


def test_a_class_without_a_docstring_gets_the_dataclass_text() -> None:
    ours, theirs = twins()
    assert ours.__doc__ == theirs.__doc__
    assert ours.__doc__.startswith("Thing(name: 'str', count: 'int' = 0, notes:")
    assert "scratch: 'list[int]' = <factory>," in ours.__doc__


@pytest.mark.parametrize(
    "extra",
    [
        {"__post_init__": lambda self: None},
        {"__setattr__": object.__setattr__},
        {"__init__": lambda self: None},
        {"__annotations__": {"x": int, "y": dataclasses.InitVar[int]}},
        {"__annotations__": {"x": int, "y": ClassVar[int]}},
    ],
)
def test_what_it_does_not_take_is_refused_when_the_class_is_made(extra: dict[str, object]) -> None:
    body: dict[str, object] = {"__annotations__": {"x": "int"}, **extra}
    with pytest.raises(TypeError, match="use @dataclass"):
        value_class(type("Odd", (), body))
