"""supple.record: frozen records repr, compare and hash exactly as a frozen dataclass would."""

from __future__ import annotations

import dataclasses
import importlib
import pkgutil
from dataclasses import dataclass, field

import pytest
from hypothesis import given
from hypothesis import strategies as st

import supple
from supple import paths
from supple.record import Record
from supple.routine import load_routine


@dataclass(frozen=True)
class Generated:
    """What ``dataclass`` writes itself."""

    a: int
    b: str = ""
    c: tuple[int, ...] = ()
    not_compared: int = field(default=0, compare=False)
    not_shown: int = field(default=0, repr=False)
    hashed_only_by_choice: int = field(default=0, hash=False)


@dataclass(frozen=True, repr=False, eq=False)
class Written(Record):
    """The same fields on the shared implementation."""

    a: int
    b: str = ""
    c: tuple[int, ...] = ()
    not_compared: int = field(default=0, compare=False)
    not_shown: int = field(default=0, repr=False)
    hashed_only_by_choice: int = field(default=0, hash=False)


values = st.fixed_dictionaries(
    {
        "a": st.integers(-3, 3),
        "b": st.sampled_from(["", "x", "é'\""]),
        "c": st.tuples(st.integers(0, 2)) | st.just(()),
        "not_compared": st.integers(0, 2),
        "not_shown": st.integers(0, 2),
        "hashed_only_by_choice": st.integers(0, 2),
    }
)


@given(values, values)
def test_a_record_behaves_as_the_generated_dataclass(one: dict, other: dict) -> None:
    generated, written = Generated(**one), Written(**one)
    assert repr(written) == repr(generated).replace("Generated(", "Written(", 1)
    assert hash(written) == hash(generated)
    assert (Written(**one) == Written(**other)) == (Generated(**one) == Generated(**other))
    if Written(**one) == Written(**other):
        assert hash(Written(**one)) == hash(Written(**other))
    assert written != generated  # another class is never equal, as with dataclass
    with pytest.raises(dataclasses.FrozenInstanceError):
        written.a = 1  # type: ignore[misc]


def test_every_record_is_a_frozen_dataclass_without_its_own_repr_or_eq() -> None:
    for info in pkgutil.walk_packages(supple.__path__, "supple."):
        if info.name.startswith("supple.ui"):
            continue  # needs Qt, holds no records
        importlib.import_module(info.name)
    records = Record.__subclasses__()
    assert len(records) >= 13
    for cls in records:
        params = cls.__dataclass_params__  # type: ignore[attr-defined]
        assert (params.frozen, params.repr, params.eq) == (True, False, False), cls


def test_routines_loaded_twice_are_equal_and_show_their_fields() -> None:
    path = sorted(paths.bundled_routines_dir().glob("*.json"))[0]
    first, second = load_routine(path), load_routine(path)
    assert first == second
    assert first.steps[0] == second.steps[0]
    assert hash(first.steps[0].hold) == hash(second.steps[0].hold)
    assert repr(first.steps[0].hold).startswith("Hold(kind=<HoldKind.")
