"""The bundled routines carry the seeds' advice whole: when each routine is for, what to do
in a spasm, padding for kneeling, when to see a doctor, walking's shoes, ground, posture
and water, which side is which, and a description of every picture.

The checks look for the facts (a few words each), not for the exact sentences."""

from __future__ import annotations

import re

import pytest
from helpers import BUNDLED

from supple.routine import Routine, Sides, Step, load_routine

RELIEF = ("lower-back-spasm-relief", "quick-spasm-relief")
KNEELING = {"cat-cow", "childs-pose", "shoelace-stretch", "prayer-pose"}


def bundled(name: str) -> Routine:
    return load_routine(BUNDLED / f"{name}.json")


def every_routine() -> list[Routine]:
    return [load_routine(path) for path in sorted(BUNDLED.glob("*.json"))]


def words(*texts: str) -> str:
    return " ".join(texts).lower()


def step_text(step: Step) -> str:
    return words(step.title, *step.instructions, *(c.text for c in step.cues))


def test_daily_back_care_says_first_that_it_is_for_when_the_pain_has_settled() -> None:
    routine = bundled("daily-back-care")
    first = re.split(r"(?<=[.:])\s", routine.description, maxsplit=1)[0].lower()
    assert "settled" in first and "pain" in first
    assert {"bridge", "plank"} <= {s.exercise for s in routine.steps}


@pytest.mark.parametrize("name", RELIEF)
def test_the_relief_routines_say_what_to_do_in_a_spasm(name: str) -> None:
    text = words(bundled(name).description)
    assert "in a spasm" in text
    assert "bed" in text and ("two or three days" in text or "2-3 days" in text)
    assert "moving" in text or "movement" in text


def test_every_kneeling_step_suggests_padding_the_knees() -> None:
    seen = set()
    for routine in every_routine():
        for step in routine.steps:
            if step.exercise in KNEELING:
                seen.add(step.exercise)
                text = step_text(step)
                assert "knee" in text and ("towel" in text or "blanket" in text), step.title
    assert seen == KNEELING


def test_every_routine_says_to_see_a_doctor_for_severe_or_lasting_pain() -> None:
    for routine in every_routine():
        safety = routine.safety.lower()
        assert "doctor" in safety, routine.id
        assert "severe" in safety and "lasts" in safety, routine.id
        assert "numbness" in safety and "weakness" in safety, routine.id


def test_the_walk_covers_shoes_ground_posture_water_and_injury() -> None:
    routine = bundled("back-walk")
    text = words(routine.description, *(step_text(s) for s in routine.steps))
    for fact in ("supportive shoes", "even ground", "slouch", "water", "hot", "injury"):
        assert fact in text, fact


def test_every_step_with_sides_says_which_side_is_which() -> None:
    """The player does the left side first: each sided step names the left and the right."""
    sided = [s for r in every_routine() for s in r.steps if s.sides is not Sides.NONE]
    assert {s.exercise for s in sided} >= {
        "supine-twist",
        "shoelace-stretch",
        "side-knee-drop",
        "hamstring-stretch",
    }
    for step in sided:
        text = words(*step.instructions)
        assert "left" in text and "right" in text, step.title
        assert text.index("left") < text.index("right"), step.title  # left comes first


def test_every_picture_of_a_bundled_step_is_described() -> None:
    for routine in every_routine():
        for step in routine.steps:
            illustration = step.illustration
            assert illustration is not None, step.title
            for key in illustration.frames:
                text = illustration.alt_text(key)
                assert 20 <= len(text) <= 250, (routine.id, step.title, key)


def test_the_bundled_files_are_what_make_routines_writes() -> None:
    """routines/*.json are generated: edit tools/make_routines.py and run it, not the JSON."""
    import importlib.util
    import json

    tools = BUNDLED.parent / "tools" / "make_routines.py"
    spec = importlib.util.spec_from_file_location("make_routines", tools)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert sorted(p.stem for p in BUNDLED.glob("*.json")) == sorted(module.ROUTINES)
    for rid, doc in module.ROUTINES.items():
        written = (BUNDLED / f"{rid}.json").read_text(encoding="utf-8")
        assert written == json.dumps(doc, indent=2, ensure_ascii=False) + "\n", rid


def test_every_bundled_routine_has_its_own_library_picture() -> None:
    """Cards are told apart at a glance: no two routines show the same picture."""
    pictures = {r.id: r.cover_picture()[0].ref for r in every_routine()}  # type: ignore[index]
    assert len(set(pictures.values())) == len(pictures), pictures
