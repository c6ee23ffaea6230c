"""The catalogue holds every exercise of the bundled routines, once each."""

from __future__ import annotations

from helpers import minimal_doc

from supple.routine import Library, routine_from_document
from supple.routine.catalogue import build_catalogue, bundled_catalogue


def test_every_bundled_exercise_is_in_the_catalogue_once() -> None:
    catalogue = bundled_catalogue()
    ids = [e.id for e in catalogue]
    assert len(ids) == len(set(ids))
    bundled = [r for r in Library.scan().routines if r.source and "routines" in str(r.source)]
    expected = {s.exercise for r in bundled for s in r.steps if s.exercise}
    assert set(ids) == expected
    cat_cow = next(e for e in catalogue if e.id == "cat-cow")
    assert cat_cow.step.illustration is not None
    assert cat_cow.step.illustration.frames["inhale"].ref == "pose:cow"
    assert cat_cow.step.instructions
    assert len(cat_cow.routines) >= 2
    assert [e.title.casefold() for e in catalogue] == sorted(e.title.casefold() for e in catalogue)


def test_an_exercise_document_is_a_valid_step_without_its_routines_rest() -> None:
    for exercise in bundled_catalogue():
        step = exercise.document()
        assert "rest" not in step
        routine = routine_from_document(minimal_doc(steps=[step]))
        assert routine.steps[0].exercise == exercise.id


def test_steps_without_an_exercise_id_are_left_out() -> None:
    routine = routine_from_document(
        minimal_doc(
            steps=[
                {"title": "A", "hold": {"seconds": 3}},
                {"title": "B", "exercise": "b", "hold": {"seconds": 3}},
            ]
        )
    )
    assert [e.id for e in build_catalogue([routine])] == ["b"]
