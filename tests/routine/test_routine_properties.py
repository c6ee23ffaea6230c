"""Property-based tests: the loader only ever returns a routine or raises RoutineError."""

from __future__ import annotations

import contextlib
import copy
import json
from pathlib import Path
from typing import Any

import jsonschema
from helpers import BUNDLED
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import json_values, routine_docs

from supple.routine import RoutineError, routine_from_document, routine_to_document
from supple.routine.json_schema import schema
from supple.routine.jsonfile import parse_json_text

VALIDATOR = jsonschema.Draft202012Validator(schema())
BUNDLED_DOCS = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(BUNDLED.glob("*.json"))]


def load_or_error(doc: Any) -> None:
    try:
        routine_from_document(doc, "fuzz.json")
    except RoutineError as exc:
        assert exc.problems
        for problem in exc.problems:
            assert problem.message
            assert exc.file == "fuzz.json"


def test_schema_is_a_valid_json_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(schema())


def test_bundled_routines_match_the_schema() -> None:
    for doc in BUNDLED_DOCS:
        VALIDATOR.validate(doc)


@given(json_values)
@settings(max_examples=300)
def test_any_json_value_loads_or_raises_routine_error(value: Any) -> None:
    load_or_error(value)


@given(st.text(max_size=200))
@settings(max_examples=300)
def test_any_text_parses_or_raises_routine_error(text: str) -> None:
    with contextlib.suppress(RoutineError):
        parse_json_text(text, "fuzz.json")


@given(routine_docs())
@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
def test_generated_valid_documents_load_and_match_the_schema(doc: dict[str, Any]) -> None:
    VALIDATOR.validate(doc)
    routine = routine_from_document(doc)
    again = routine_from_document(routine_to_document(routine))
    assert again == routine
    VALIDATOR.validate(routine_to_document(routine))


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found += _paths(value, (*prefix, i))
    return found


@st.composite
def mutated_bundled(draw: st.DrawFn) -> Any:
    doc = copy.deepcopy(draw(st.sampled_from(BUNDLED_DOCS)))
    for _ in range(draw(st.integers(1, 3))):
        spots = _paths(doc)
        spot = draw(st.sampled_from(spots))
        replacement = draw(json_values)
        if not spot:
            doc = replacement
            continue
        parent = doc
        try:
            for key in spot[:-1]:
                parent = parent[key]
            action = draw(st.sampled_from(["replace", "delete", "add"]))
            if action == "replace":
                parent[spot[-1]] = replacement
            elif action == "delete":
                del parent[spot[-1]]
            elif isinstance(parent, dict):
                parent[draw(st.text(max_size=8))] = replacement
            elif isinstance(parent, list):
                parent.append(replacement)
        except (KeyError, IndexError, TypeError):
            continue
    return doc


@given(mutated_bundled())
@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
def test_mutations_of_bundled_routines_load_or_raise(doc: Any) -> None:
    try:
        routine = routine_from_document(doc, "fuzz.json", BUNDLED)
    except RoutineError as exc:
        assert all(p.message for p in exc.problems)
        # Whatever the loader refuses, it explains with a JSON path or the document.
        return
    # Whatever the loader accepts, the published schema accepts too.
    VALIDATOR.validate(routine_to_document(routine))


def test_loader_refusal_paths_are_json_paths(tmp_path: Path) -> None:
    doc = copy.deepcopy(next(d for d in BUNDLED_DOCS if d["id"] == "lower-back-spasm-relief"))
    doc["steps"][1]["hold"] = {"breaths": -3}
    doc["steps"][3]["reps"]["count"] = 0
    try:
        routine_from_document(doc, "x.json", BUNDLED)
    except RoutineError as exc:
        assert [p.path for p in exc.problems] == ["steps[1].hold.breaths", "steps[3].reps.count"]
    else:
        raise AssertionError("should have failed")
