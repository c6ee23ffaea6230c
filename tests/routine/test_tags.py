"""Tags: what can be put in the format's form is (case, spaces), and the one that cannot
be is named, with why, once."""

from __future__ import annotations

import pytest
from helpers import minimal_doc

from supple.routine import RoutineError
from supple.routine.names import normal_tag, tag_problem
from supple.routine.parse import routine_from_document


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("Evening", "evening"),
        (" Back Pain ", "back-pain"),
        ("lower   back", "lower-back"),
        ("desk_break", "desk-break"),
        ("already-fine", "already-fine"),
    ],
)
def test_case_and_spaces_are_normalised(typed: str, kept: str) -> None:
    assert normal_tag(typed) == kept
    assert tag_problem(kept) is None


def test_what_cannot_be_normalised_is_named_with_why() -> None:
    assert tag_problem("back/pain") == (
        "“back/pain” has “/”: a tag may hold only letters a–z, digits and dashes"
    )
    assert tag_problem("rücken") == (
        "“rücken” has “ü”: a tag may hold only letters a–z, digits and dashes"
    )
    assert tag_problem("-back") == "“-back” starts with a dash"
    assert tag_problem("a" * 33) == f"“{'a' * 33}” is longer than 32 characters"


def test_the_loader_names_each_bad_tag_once() -> None:
    doc = minimal_doc(tags=["evening", "back/pain", "evening", "x&y"])
    with pytest.raises(RoutineError) as err:
        routine_from_document(doc)
    tag_problems = [(p.path, p.message) for p in err.value.problems if p.path.startswith("tags")]
    assert tag_problems == [
        ("tags[1]", "“back/pain” has “/”: a tag may hold only letters a–z, digits and dashes"),
        ("tags[3]", "“x&y” has “&”: a tag may hold only letters a–z, digits and dashes"),
    ]
    fine = routine_from_document(minimal_doc(tags=["evening", "back-pain", "evening"]))
    assert fine.tags == ("evening", "back-pain")
