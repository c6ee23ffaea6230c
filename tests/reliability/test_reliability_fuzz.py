"""Fuzzing the routine loader: whatever comes in, only RoutineError comes out.

Three sources of documents: routines generated from the format's strategies
and then damaged, mutations of the bundled routines (values replaced, keys
deleted or added), and byte-level damage to the bundled files read through the
file loader (parse-level errors). For every refusal each problem names a JSON
path that exists in the document (or the missing field of an object that
exists), or the document as a whole ("") when the document is not an object
or cannot be parsed at all.

The quick variant runs about 1,000 documents; the long one (marker ``long``)
runs 12,000.
"""

from __future__ import annotations

import copy
import json
import random
import re
from pathlib import Path
from typing import Any

import pytest
from helpers import BUNDLED
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import json_values, routine_docs

from supple.routine import RoutineError, load_routine, routine_from_document
from supple.routine.jsonfile import decode_bytes, parse_json_text

BUNDLED_DOCS = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(BUNDLED.glob("*.json"))]
BUNDLED_BYTES = [p.read_bytes() for p in sorted(BUNDLED.glob("*.json"))]
FIELD = re.compile(r"^[a-z_]+$")


def _shown(key: str) -> str:
    return (key if len(key) <= 40 else key[:40] + "…") or '""'


def node_paths(doc: Any) -> tuple[set[str], set[str]]:
    """Every path in the loader's notation, and the subset that are objects."""
    paths: set[str] = set()
    objects: set[str] = set()

    def walk(node: Any, path: str) -> None:
        paths.add(path)
        if isinstance(node, dict):
            objects.add(path)
            for key, value in node.items():
                walk(value, f"{path}.{_shown(key)}" if path else _shown(key))
        elif isinstance(node, list):
            for i, value in enumerate(node):
                walk(value, f"{path}[{i}]")

    walk(doc, "")
    return paths, objects


def check_refusal(doc: Any, exc: RoutineError) -> None:
    assert exc.problems
    paths, objects = node_paths(doc)
    for problem in exc.problems:
        assert problem.message.strip(), problem
        where = problem.path
        if where == "":
            # The whole document: only when it is not an object at all.
            assert not isinstance(doc, dict), exc.lines()
            continue
        if where in paths:
            continue
        # A required field that is missing: its object exists.
        parent, _, name = where.rpartition(".")
        assert FIELD.match(name) and parent in objects, (where, exc.lines())


def load_or_refuse(doc: Any) -> None:
    try:
        routine_from_document(doc, "fuzz.json", BUNDLED)
    except RoutineError as exc:
        check_refusal(doc, exc)


def mutate(doc: Any, rng: random.Random, values: list[Any]) -> Any:
    """1-3 random edits: replace a value, delete a key or item, add a key or item."""
    doc = copy.deepcopy(doc)
    for _ in range(rng.randint(1, 3)):
        spots: list[tuple[Any, ...]] = []

        def collect(node: Any, spot: tuple[Any, ...], spots: list[tuple[Any, ...]] = spots) -> None:
            spots.append(spot)
            if isinstance(node, dict):
                for key, value in node.items():
                    collect(value, (*spot, key))
            elif isinstance(node, list):
                for i, value in enumerate(node):
                    collect(value, (*spot, i))

        collect(doc, ())
        spot = rng.choice(spots)
        replacement = copy.deepcopy(rng.choice(values))
        if not spot:
            doc = replacement
            continue
        parent = doc
        for key in spot[:-1]:
            parent = parent[key]
        action = rng.choice(["replace", "delete", "add"])
        if action == "replace":
            parent[spot[-1]] = replacement
        elif action == "delete":
            del parent[spot[-1]]
        elif isinstance(parent, dict):
            parent[rng.choice(["x", "Title", "hold", "", "é" * 50, "steps"])] = replacement
        else:
            parent.append(replacement)
    return doc


NASTY_VALUES: list[Any] = [
    None,
    True,
    0,
    -1,
    2**63,
    10**30,
    1.5,
    -0.0,
    1e308,
    "",
    " ",
    "x" * 5000,
    "\x00\x07",
    "pose:../../etc/passwd",
    "../outside.png",
    "/abs.png",
    "http://attacker.test/a.png",
    "<b>html</b>",
    [],
    {},
    [1, "two", None],
    {"seconds": 5},
    {"breaths": 0},
    {"open": True, "estimate": -1},
    {"inhale": 4, "exhale": 4},
    [[[[[]]]]],
]


def damage_bytes(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        if not out:
            break
        at = rng.randrange(len(out))
        action = rng.choice(["flip", "delete", "insert", "truncate", "dup"])
        if action == "flip":
            out[at] ^= 1 << rng.randrange(8)
        elif action == "delete":
            del out[at : at + rng.randint(1, 20)]
        elif action == "insert":
            out[at:at] = bytes(rng.choice(b'{}[]",:\\0123456789e-.\xff\xfe\x00 ntfu'))
            out[at:at] = rng.choice([b"{", b"[", b'"', b"\\u", b"1e999", b"\xc3", b"NaN"])
        elif action == "truncate":
            del out[at:]
        else:
            out[at:at] = out[max(0, at - 30) : at]
    return bytes(out)


def fuzz_files(tmp: Path, count: int, seed: int) -> None:
    rng = random.Random(seed)
    for i in range(count):
        data = damage_bytes(rng.choice(BUNDLED_BYTES), rng)
        path = tmp / f"f{i % 50}.json"
        path.write_bytes(data)
        try:
            load_routine(path)
        except RoutineError as exc:
            assert exc.file == str(path)
            try:
                doc = parse_json_text(decode_bytes(data, "x"), "x")  # the loader's strict parse
            except RoutineError:
                # Not parseable: the problem is the document as a whole.
                assert all(p.path == "" for p in exc.problems), exc.lines()
                assert all(p.message for p in exc.problems)
            else:
                check_refusal(doc, exc)


def fuzz_documents(count: int, seed: int) -> None:
    rng = random.Random(seed)
    values = [*NASTY_VALUES, *BUNDLED_DOCS[0]["steps"][:3]]
    for _ in range(count):
        load_or_refuse(mutate(rng.choice(BUNDLED_DOCS), rng, values))


# -- hypothesis: generated documents, then damaged ---------------------------------------
@st.composite
def damaged_generated(draw: st.DrawFn) -> Any:
    doc = draw(routine_docs())
    seed = draw(st.integers(0, 2**32 - 1))
    if draw(st.booleans()):
        return doc
    extra = draw(st.lists(json_values, min_size=1, max_size=3))
    return mutate(doc, random.Random(seed), [*NASTY_VALUES, *extra])


@given(damaged_generated())
@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
def test_generated_and_damaged_documents_quick(doc: Any) -> None:
    load_or_refuse(doc)


def test_mutated_bundled_documents_quick() -> None:
    fuzz_documents(500, seed=7)


def test_damaged_bundled_files_quick(tmp_path: Path) -> None:
    fuzz_files(tmp_path, 300, seed=11)


@pytest.mark.long
@given(damaged_generated())
@settings(max_examples=3000, suppress_health_check=[HealthCheck.too_slow], deadline=None)
def test_generated_and_damaged_documents_long(doc: Any) -> None:
    load_or_refuse(doc)


@pytest.mark.long
def test_ten_thousand_more_documents_and_files(tmp_path: Path) -> None:
    fuzz_documents(6000, seed=2024)
    fuzz_files(tmp_path, 3000, seed=2025)
