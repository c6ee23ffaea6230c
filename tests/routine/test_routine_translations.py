"""A routine's words in other languages: the translations block (format version 2),
what the loader accepts and refuses, and Routine.localized."""

from __future__ import annotations

import copy
import re
from typing import Any

import pytest
from helpers import bundled_doc, minimal_doc

from supple.routine import Routine, RoutineError, resolve_routine, routine_from_document
from supple.routine.serialize import routine_to_document

BUNDLED = (
    "back-walk",
    "daily-back-care",
    "desk-break",
    "lower-back-spasm-relief",
    "quick-spasm-relief",
)


def translated(**german: Any) -> dict[str, Any]:
    doc = minimal_doc(version=2)
    doc["steps"] = [
        {
            "title": "Stand",
            "instructions": ["Stand tall."],
            "illustration": "pose:standing",
            "hold": {"seconds": 30},
            "cues": [{"at": 10, "text": "Breathe."}],
        }
    ]
    entry: dict[str, Any] = {
        "title": "Stehen",
        "instructions": ["Steh aufrecht."],
        "cues": ["Atmen."],
        "alt": "Aufrecht stehend",
    }
    doc["translations"] = {"de": {"title": "Testroutine", "steps": [entry]}}
    doc["translations"]["de"].update(german)
    return doc


def problems(doc: dict[str, Any]) -> list[str]:
    with pytest.raises(RoutineError) as caught:
        routine_from_document(doc)
    return [p.describe() for p in caught.value.problems]


def test_every_bundled_routine_is_in_german_and_spanish_step_for_step() -> None:
    for name in BUNDLED:
        routine = resolve_routine(name)
        assert routine.languages == ("en", "de", "es"), name
        for language in ("de", "es"):
            local = routine.localized(language)
            assert local.language == language
            assert local.title != routine.title and local.safety != routine.safety
            for own, step in zip(routine.steps, local.steps, strict=True):
                # the words change, the facts do not
                assert step.title != own.title
                assert len(step.instructions) == len(own.instructions)
                assert step.hold == own.hold and step.reps == own.reps
                assert step.sides == own.sides and step.breath == own.breath
                assert [c.at for c in step.cues] == [c.at for c in own.cues]
                assert [c.text for c in step.cues] != [c.text for c in own.cues] or not own.cues
                assert own.illustration is not None and step.illustration is not None
                assert step.illustration.frames == own.illustration.frames
                assert step.illustration.alt_text("default") != own.illustration.alt_text("default")


# The GUI says "Sie" in German and "tú" in Spanish (supple_de.ts, supple_es.ts): the
# routines' words address the person the same way (German instructions may be plain
# infinitives, as a coach says them: "Auf den Rücken legen.").
DU = re.compile(r"\b(du|dich|dir|dein|deine|deinem|deinen|deiner|deines)\b", re.IGNORECASE)
USTED = re.compile(r"\b(usted|ustedes)\b", re.IGNORECASE)


def routine_words(routine: Routine) -> list[str]:
    words = [routine.title, routine.description, routine.safety]
    for step in routine.steps:
        words += [step.title, *step.instructions, *(cue.text for cue in step.cues)]
    return words


def test_every_bundled_routine_addresses_the_person_as_the_gui_does() -> None:
    for name in BUNDLED:
        routine = resolve_routine(name)
        german = [t for t in routine_words(routine.localized("de")) if DU.search(t)]
        spanish = [t for t in routine_words(routine.localized("es")) if USTED.search(t)]
        assert german == [] and spanish == [], name


def test_localized_matches_a_region_and_falls_back_to_the_routines_own() -> None:
    routine = resolve_routine("desk-break")
    assert routine.localized("de-AT").title == routine.localized("de").title
    assert routine.localized("es_MX").language == "es"
    assert routine.localized("fr") is routine
    assert routine.localized("en-GB") is routine
    assert routine.localized(None) is routine


def test_a_translated_routine_round_trips_through_the_file_format() -> None:
    routine = routine_from_document(translated())
    assert routine.localized("de").steps[0].cues[0].text == "Atmen."
    document = routine_to_document(routine)
    assert document["version"] == 2
    assert routine_from_document(document) == routine
    plain = routine_to_document(routine_from_document(minimal_doc()))
    assert plain["version"] == 1 and "translations" not in plain  # older Supples read it


def test_the_loader_names_every_problem_of_a_translation() -> None:
    doc = translated()
    doc["translations"]["xx-"] = {"title": "?", "steps": []}
    doc["translations"]["en"] = copy.deepcopy(doc["translations"]["de"])
    doc["translations"]["es"] = {"steps": [{"title": "De pie"}]}
    doc["translations"]["fr"] = {"title": "Routine", "steps": [], "extra": 1}
    found = problems(doc)
    text = "\n".join(found)
    assert "translations.xx-: unknown language" in text
    assert "translations.en: is the routine's own language" in text
    assert "translations.es.title: is required" in text
    assert "translations.es.steps[0].instructions: is required" in text
    assert "translations.es.steps[0].cues: needs one text per timed cue" in text
    assert "translations.fr.extra: unknown field" in text
    assert "translations.fr.steps: has 0 steps; the routine has 1" in text


def test_translations_need_format_version_2() -> None:
    doc = translated()
    doc["version"] = 1
    assert any("needs format version 2" in p for p in problems(doc))


def test_a_description_for_a_frame_the_step_lacks_is_refused() -> None:
    doc = translated()
    doc["translations"]["de"]["steps"][0]["alt"] = {"hold": "Haltend"}
    assert any("translations.de.steps[0].alt" in p for p in problems(doc))


def test_a_bundled_file_with_a_step_too_few_in_a_translation_fails_the_check() -> None:
    doc = bundled_doc("desk-break")
    del doc["translations"]["es"]["steps"][-1]
    found = problems(doc)
    assert any("translations.es.steps: has 2 steps; the routine has 3" in p for p in found)


def test_the_editor_drops_a_translation_its_steps_no_longer_match(tmp_path) -> None:
    """A duplicate of a bundled routine with a step added: the translations would say
    other steps, so the editor's verdict and save leave them out (no problem the person
    cannot mend); one that still matches is kept."""
    from supple.routine.document import aligned_translations, judge

    doc = bundled_doc("desk-break")
    doc["steps"].append({"title": "Sit down", "hold": {"seconds": 10}})
    doc["translations"]["es"]["steps"].append({"title": "Siéntate"})
    verdict = judge(doc, tmp_path, lambda routine: 0)
    assert verdict.ok, verdict.problems
    assert verdict.routine is not None and verdict.routine.languages == ("en", "es")
    aligned = aligned_translations(doc)
    assert list(aligned["translations"]) == ["es"] and "de" in doc["translations"]
    del doc["translations"]["es"]
    assert "translations" not in aligned_translations(doc)
