"""Loading and validating routine files: good ones load, bad ones explain themselves."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from helpers import BUNDLED, bundled_doc, minimal_doc, write_json

from supple.routine import (
    HoldKind,
    Motion,
    RoutineError,
    Sides,
    load_routine,
    routine_from_document,
    routine_to_document,
)
from supple.routine.jsonfile import MAX_FILE_BYTES


def problems_of(path: Path) -> list[str]:
    with pytest.raises(RoutineError) as info:
        load_routine(path)
    assert info.value.file == str(path)
    return [p.describe() for p in info.value.problems]


def doc_problems(doc: Any, tmp_path: Path) -> list[str]:
    return problems_of(write_json(tmp_path / "r.json", doc))


@pytest.mark.parametrize("name", sorted(p.stem for p in BUNDLED.glob("*.json")))
def test_bundled_routines_load(name: str) -> None:
    routine = load_routine(BUNDLED / f"{name}.json")
    assert routine.id == name
    assert routine.steps
    assert "numbness" in routine.safety and "sharper" in routine.safety
    for step in routine.steps:
        assert step.instructions, step.title
        assert step.illustration is not None, step.title
        for picture in step.illustration.frames.values():
            assert picture.path.is_file()


def test_all_five_bundled_routines_exist() -> None:
    assert sorted(p.stem for p in BUNDLED.glob("*.json")) == [
        "back-walk",
        "daily-back-care",
        "desk-break",
        "lower-back-spasm-relief",
        "quick-spasm-relief",
    ]


def test_model_reads_every_feature(tmp_path: Path) -> None:
    (tmp_path / "pics").mkdir()
    (tmp_path / "pics" / "me.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    doc = minimal_doc(
        description="Line one\nLine two",
        tags=["back", "back", "core"],
        language="pt-BR",
        defaults={"breath": {"inhale": 3, "exhale": 5}, "rest": 20, "lead_in": 4},
        steps=[
            {
                "title": "  Twist ",
                "exercise": "twist",
                "instructions": ["Lie down.", "Roll."],
                "illustration": {"default": "pose:cat", "inhale": "pics/me.png"},
                "hold": {"breaths": 6},
                "sides": "both",
                "breath": {"inhale": 2, "pause": 1, "exhale": 3},
                "rest": 0,
            },
            {
                "title": "Lift",
                "hold": {"open": True, "estimate": 12},
                "reps": {"count": 3, "release": 4},
                "motion": "hold",
            },
            {
                "title": "Walk",
                "hold": {"seconds": 300},
                "motion": "move",
                "cues": [{"every": 60, "text": "Posture."}, {"at": 30, "text": "Smile."}],
            },
        ],
    )
    routine = load_routine(write_json(tmp_path / "r.json", doc))
    twist, lift, walk = routine.steps
    assert routine.tags == ("back", "core")
    assert routine.defaults.breath.pause == 0 and routine.defaults.rest == 20
    assert twist.title == "Twist" and twist.sides is Sides.BOTH
    assert twist.hold.kind is HoldKind.BREATHS and twist.hold.breaths == 6
    assert twist.illustration is not None
    assert twist.illustration.picture("inhale").path == (tmp_path / "pics" / "me.png").resolve()
    assert twist.illustration.picture("exhale").ref == "pose:cat"
    assert routine.breath_for(twist).pause == 1
    assert routine.rest_after(0) == 0 and routine.rest_after(1) == 20 and routine.rest_after(2) == 0
    assert lift.hold.kind is HoldKind.OPEN and lift.hold.estimate == 12 and lift.reps.count == 3
    assert walk.motion is Motion.MOVE and len(walk.cues) == 2
    assert routine.source == tmp_path / "r.json"


def test_round_trip_of_bundled_routines() -> None:
    for file in BUNDLED.glob("*.json"):
        first = load_routine(file)
        again = routine_from_document(routine_to_document(first), str(file), file.parent)
        assert again == routine_from_document(
            json.loads(file.read_text(encoding="utf-8")), str(file), file.parent
        )


# -- bad files ----------------------------------------------------------------
def test_not_json(tmp_path: Path) -> None:
    path = tmp_path / "r.json"
    path.write_text("{ this is not json", encoding="utf-8")
    [message] = problems_of(path)
    assert "not valid JSON" in message and "line 1" in message


@pytest.mark.parametrize("content", [b"", b"   \n\t"])
def test_empty(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "r.json"
    path.write_bytes(content)
    assert problems_of(path) == ["(document): the file is empty"]


def test_binary(tmp_path: Path) -> None:
    path = tmp_path / "r.json"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    assert "binary" in problems_of(path)[0]


def test_wrong_encoding(tmp_path: Path) -> None:
    path = tmp_path / "r.json"
    path.write_bytes(
        json.dumps(minimal_doc(title="Caf\u00e9"), ensure_ascii=False).encode("latin-1")
    )
    assert "not UTF-8" in problems_of(path)[0]


def test_utf8_bom_is_fine(tmp_path: Path) -> None:
    path = tmp_path / "r.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(minimal_doc()).encode())
    assert load_routine(path).id == "test-routine"


@pytest.mark.parametrize("doc", [[], "text", 3, None, True])
def test_wrong_top_level_type(tmp_path: Path, doc: Any) -> None:
    [message] = doc_problems(doc, tmp_path)
    assert message.startswith("(document): should be an object")


def test_deep_nesting(tmp_path: Path) -> None:
    path = tmp_path / "r.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    assert "nested too deeply" in problems_of(path)[0]


@pytest.mark.parametrize("token", ["NaN", "Infinity", "-Infinity", "1e999"])
def test_non_finite_numbers(tmp_path: Path, token: str) -> None:
    path = tmp_path / "r.json"
    text = json.dumps(minimal_doc()).replace('"seconds": 10', f'"seconds": {token}')
    path.write_text(text, encoding="utf-8")
    message = problems_of(path)[0]
    assert "not valid JSON" in message


def test_huge_integer_literal(tmp_path: Path) -> None:
    path = tmp_path / "r.json"
    text = json.dumps(minimal_doc()).replace('"seconds": 10', '"seconds": ' + "9" * 5000)
    path.write_text(text, encoding="utf-8")
    assert "too large" in problems_of(path)[0]


def test_duplicate_keys(tmp_path: Path) -> None:
    path = tmp_path / "r.json"
    path.write_text('{"id": "a", "id": "b"}', encoding="utf-8")
    assert "appears twice" in problems_of(path)[0]


def test_huge_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    with path.open("wb") as handle:  # sparse: large on paper, nothing to read
        handle.truncate(50 * 1024 * 1024)
    [message] = problems_of(path)
    assert f"{MAX_FILE_BYTES:,}" in message and "52,428,800 bytes" in message


def test_missing_file_and_folder(tmp_path: Path) -> None:
    assert "does not exist" in problems_of(tmp_path / "nope.json")[0]
    assert "folder" in problems_of(tmp_path)[0]


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="root reads anything")
def test_unreadable_file(tmp_path: Path) -> None:
    path = write_json(tmp_path / "r.json", minimal_doc())
    path.chmod(0)
    try:
        assert "cannot read" in problems_of(path)[0]
    finally:
        path.chmod(0o644)


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            {"steps": [{"title": "A", "hold": {"seconds": -5}}]},
            "steps[0].hold.seconds: -5 seconds is out of range",
        ),
        (
            {"steps": [{"title": "A", "hold": {"seconds": 36000}}]},
            "steps[0].hold.seconds: 36,000 seconds is out of range",
        ),
        (
            {"steps": [{"title": "A", "hold": {"seconds": 2.5}}]},
            "steps[0].hold.seconds: should be a whole number of seconds, not 2.5",
        ),
        (
            {"steps": [{"title": "A", "hold": {"seconds": "10"}}]},
            "steps[0].hold.seconds: should be a whole number of seconds, not text",
        ),
        (
            {"steps": [{"title": "A", "hold": {"seconds": True}}]},
            "steps[0].hold.seconds: should be a whole number of seconds, not true/false",
        ),
        (
            {"steps": [{"title": "A", "hold": {"breaths": 0}}]},
            "steps[0].hold.breaths: 0 breaths is out of range",
        ),
        (
            {"steps": [{"title": "A", "hold": {"seconds": 5, "breaths": 3}}]},
            "steps[0].hold: give exactly one of",
        ),
        (
            {"steps": [{"title": "A", "hold": {"open": False}}]},
            "steps[0].hold.open: should be true",
        ),
        (
            {"steps": [{"title": "A", "hold": {"seconds": 5}, "reps": {"count": 5000}}]},
            "steps[0].reps.count: 5,000 repetitions is out of range",
        ),
        (
            {"steps": [{"title": "A", "hold": {"seconds": 5}, "sides": "left"}]},
            'steps[0].sides: should be "none", "both" (every repetition on the left, then on '
            'the right) or "alternate"',
        ),
        (
            {"steps": [{"title": "A", "hold": {"seconds": 5}, "colour": "red"}]},
            "steps[0].colour: unknown field",
        ),
        *[
            ({"steps": [{"title": "A", "hold": {"seconds": 5}, "illustration": ill}]}, message)
            for ill, message in [
                (
                    {"default": "pose:cat", "alt": ""},
                    "steps[0].illustration.alt: must not be empty",
                ),
                (
                    {"default": "pose:cat", "alt": "x" * 251},
                    "steps[0].illustration.alt: is 251 characters long; the limit is 250",
                ),
                (
                    {"default": "pose:cat", "alt": "Back\nrounded"},
                    "steps[0].illustration.alt: contains a control character (U+000A)",
                ),
                (
                    {"default": "pose:cat", "alt": {"exhale": "Back rounded"}},
                    "steps[0].illustration.alt.exhale: there is no exhale picture to describe",
                ),
                (
                    {"default": "pose:cat", "alt": {"sideways": "?"}},
                    "steps[0].illustration.alt.sideways: unknown frame",
                ),
                (
                    {"default": "pose:cat", "inhale": "pose:cow", "alt": {"inhale": "\u0007"}},
                    "steps[0].illustration.alt.inhale: contains a control character (U+0007)",
                ),
                ({"default": "pose:cat", "alt": {}}, "steps[0].illustration.alt: needs at least"),
                (
                    {"default": "pose:cat", "alt": ["a"]},
                    "steps[0].illustration.alt: should be a description (text)",
                ),
            ]
        ],
        ({"steps": [{"title": "", "hold": {"seconds": 5}}]}, "steps[0].title: must not be empty"),
        ({"steps": [{"hold": {"seconds": 5}}]}, "steps[0].title: should be text, not null"),
        ({"steps": [{"title": "A"}]}, "steps[0].hold: is required"),
        ({"steps": []}, "steps: needs at least one step"),
        ({"steps": [{"title": "A", "hold": {"seconds": 5}}] * 101}, "steps: has 101 steps"),
        ({"title": "x" * 500}, "title: is 500 characters long"),
        ({"title": "Bad\u0007bell"}, "title: contains a control character (U+0007)"),
        ({"id": "Not A Slug"}, "id: the routine id must be"),
        ({"version": 3}, "version: format version 3 is newer"),
        ({"format": "other"}, 'format: should be "supple-routine"'),
        ({"language": "english!"}, "language: should be a language tag"),
        ({"extra": 1}, "extra: unknown field"),
        ({"cover": "me.png"}, "cover: the cover must be a bundled picture (pose:NAME)"),
        ({"cover": "pose:no-such-pose"}, "cover: there is no bundled picture called"),
        ({"cover": 3}, "cover: should be a picture reference (text)"),
        (
            {"defaults": {"breath": {"inhale": 0, "exhale": 4}}},
            "defaults.breath.inhale: 0 seconds is out of range",
        ),
        ({"defaults": {"lead_in": 3600}}, "defaults.lead_in: 3,600 seconds is out of range"),
        (
            {
                "steps": [
                    {"title": "A", "hold": {"seconds": 30}, "cues": [{"at": 40, "text": "late"}]}
                ]
            },
            "steps[0].cues[0].at: is after the hold ends",
        ),
        (
            {
                "steps": [
                    {"title": "A", "hold": {"seconds": 30}, "cues": [{"every": 1, "text": "spam"}]}
                ]
            },
            "steps[0].cues[0].every: 1 second is out of range",
        ),
    ],
)
def test_bad_values_name_their_path(tmp_path: Path, change: dict[str, Any], expected: str) -> None:
    messages = doc_problems(minimal_doc(**change), tmp_path)
    assert any(m.startswith(expected) for m in messages), messages


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    doc = minimal_doc(
        id="BAD ID",
        steps=[
            {"title": "A", "hold": {"seconds": -1}},
            {"title": "B", "hold": {"breaths": 1000}},
            {"title": "", "hold": {"seconds": 10}},
        ],
    )
    messages = doc_problems(doc, tmp_path)
    paths = [m.split(":")[0] for m in messages]
    assert paths == ["id", "steps[0].hold.seconds", "steps[1].hold.breaths", "steps[2].title"]


@pytest.mark.parametrize(
    ("ref", "expected"),
    [
        ("/etc/passwd.png", "not absolute"),
        ("C:/Windows/x.png", "not absolute"),
        ("..\\x.png", "use / to separate"),
        ("../outside.png", "stay inside the routine's folder"),
        ("pics/../../outside.png", "stay inside the routine's folder"),
        ("https://example.com/x.png", "not web addresses"),
        ("file:///etc/passwd", "not web addresses"),
        ("data:image/png;base64,AAAA", "not web addresses"),
        ("notes.txt", "must be SVG, PNG or JPEG"),
        ("missing.png", "was not found"),
        ("pose:no-such-pose", "no bundled picture"),
        ("<b>x</b>.png", "file names may use"),
    ],
)
def test_hostile_picture_paths(tmp_path: Path, ref: str, expected: str) -> None:
    doc = minimal_doc(steps=[{"title": "A", "hold": {"seconds": 5}, "illustration": ref}])
    messages = doc_problems(doc, tmp_path)
    assert any("steps[0].illustration" in m and expected in m for m in messages), messages


@pytest.mark.skipif(os.name == "nt", reason="symlinks need privileges on Windows")
def test_symlink_out_of_the_folder_is_refused(tmp_path: Path) -> None:
    outside = tmp_path / "outside.png"
    outside.write_bytes(b"x")
    folder = tmp_path / "routine"
    folder.mkdir()
    (folder / "link.png").symlink_to(outside)
    doc = minimal_doc(steps=[{"title": "A", "hold": {"seconds": 5}, "illustration": "link.png"}])
    messages = problems_of(write_json(folder / "r.json", doc))
    assert any("leads outside" in m for m in messages)


def test_frames_need_a_default(tmp_path: Path) -> None:
    doc = minimal_doc(
        steps=[
            {
                "title": "A",
                "hold": {"seconds": 5},
                "illustration": {"inhale": "pose:cow", "wiggle": "pose:cat"},
            }
        ]
    )
    messages = doc_problems(doc, tmp_path)
    assert any(m.startswith("steps[0].illustration.default: is required") for m in messages)
    assert any(m.startswith("steps[0].illustration.wiggle: unknown field") for m in messages)


def test_html_text_is_kept_as_plain_text(tmp_path: Path) -> None:
    doc = minimal_doc(title="<script>alert(1)</script>")
    routine = load_routine(write_json(tmp_path / "r.json", doc))
    assert routine.title == "<script>alert(1)</script>"


def test_document_without_a_folder_may_only_use_bundled_pictures() -> None:
    doc = minimal_doc(steps=[{"title": "A", "hold": {"seconds": 5}, "illustration": "me.png"}])
    with pytest.raises(RoutineError) as info:
        routine_from_document(doc)
    assert "only bundled pictures" in info.value.summary()
    ok = minimal_doc(steps=[{"title": "A", "hold": {"seconds": 5}, "illustration": "pose:cat"}])
    assert routine_from_document(ok).steps[0].illustration is not None


def test_error_text_names_file_path_and_problem(tmp_path: Path) -> None:
    path = write_json(tmp_path / "r.json", minimal_doc(id="?"))
    with pytest.raises(RoutineError) as info:
        load_routine(path)
    assert info.value.lines() == [
        f"{path}: id: the routine id must be 1–64 lowercase letters, "
        "digits and dashes, starting with a letter or digit"
    ]


def test_bundled_doc_helper_matches_file() -> None:
    assert bundled_doc()["id"] == "lower-back-spasm-relief"


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
def test_a_bad_byte_is_named_at_its_offset_in_the_file(tmp_path: Path, bom: bytes) -> None:
    path = tmp_path / "r.json"
    text = json.dumps(minimal_doc(title="Cafe")).encode()
    at = text.index(b"Cafe") + 3
    path.write_bytes(bom + text[:at] + b"\xe9" + text[at + 1 :])
    assert f"byte 0xe9 at offset {len(bom) + at}" in problems_of(path)[0]


def test_a_pictures_description_for_the_step_and_per_frame(tmp_path: Path) -> None:
    """``alt``: one text for the whole step, or texts keyed by frame over the step's."""
    one = {"default": "pose:cat", "inhale": "pose:cow", "alt": "  On hands and knees  "}
    per_frame = {
        "default": "pose:all-fours",
        "inhale": "pose:cow",
        "exhale": "pose:cat",
        "alt": {"default": "On hands and knees", "exhale": "Back rounded up"},
    }
    doc = minimal_doc(
        steps=[
            {"title": "A", "hold": {"seconds": 5}, "illustration": one},
            {"title": "B", "hold": {"seconds": 5}, "illustration": per_frame},
            {"title": "C", "hold": {"seconds": 5}, "illustration": "pose:cat"},
        ]
    )
    routine = routine_from_document(doc, base_dir=tmp_path)
    a, b, c = (step.illustration for step in routine.steps)
    assert a is not None and b is not None and c is not None
    assert a.alt == {"default": "On hands and knees"}  # trimmed like every text
    assert [a.alt_text(k) for k in ("default", "inhale", None)] == ["On hands and knees"] * 3
    assert b.alt_text("exhale") == "Back rounded up"
    assert b.alt_text("inhale") == "On hands and knees"  # falls back to the step's
    assert c.alt == {} and c.alt_text("default") == ""
    # Written back the way it was given: one text stays one text, frames stay frames,
    # and a picture without a description stays a plain reference.
    written = routine_to_document(routine)["steps"]
    assert written[0]["illustration"]["alt"] == "On hands and knees"
    assert written[1]["illustration"]["alt"] == per_frame["alt"]
    assert written[2]["illustration"] == "pose:cat"
    assert routine_from_document(routine_to_document(routine), base_dir=tmp_path) == routine


def test_a_step_can_go_side_to_side(tmp_path: Path) -> None:
    doc = minimal_doc(steps=[{"title": "A", "hold": {"seconds": 5}, "sides": "alternate"}])
    routine = routine_from_document(doc, base_dir=tmp_path)
    assert routine.steps[0].sides is Sides.ALTERNATE
    assert routine_to_document(routine)["steps"][0]["sides"] == "alternate"


def test_a_cover_is_the_librarys_picture_and_survives_a_round_trip(tmp_path: Path) -> None:
    steps = [
        {"title": "March", "illustration": "pose:march", "hold": {"seconds": 30}},
        {
            "title": "Bridge",
            "illustration": {"default": "pose:bridge-up", "alt": "Hips lifted off the mat"},
            "hold": {"seconds": 10},
        },
    ]
    routine = load_routine(write_json(tmp_path / "r.json", minimal_doc(steps=steps)))
    first = routine.cover_picture()
    assert first is not None and first[0].ref == "pose:march" and first[1] == ""
    covered = load_routine(
        write_json(tmp_path / "c.json", minimal_doc(steps=steps, cover="pose:bridge-up"))
    )
    picture, alt = covered.cover_picture()  # type: ignore[misc]
    assert picture.ref == "pose:bridge-up" and picture.path.name == "bridge-up.svg"
    assert alt == "Hips lifted off the mat"  # described as its step describes it
    doc = routine_to_document(covered)
    assert doc["cover"] == "pose:bridge-up"
    assert routine_from_document(doc).cover_picture()[0].ref == "pose:bridge-up"  # type: ignore[index]
    assert "cover" not in routine_to_document(routine)


@pytest.mark.parametrize("mark", [b"", b"\xef\xbb\xbf"])
def test_a_byte_that_is_not_utf8_is_named_at_its_offset_in_the_file(
    tmp_path: Path, mark: bytes
) -> None:
    path = tmp_path / "r.json"
    text = json.dumps(minimal_doc(title="Cafe")).encode()
    at = text.index(b"Cafe") + 3
    path.write_bytes(mark + text[:at] + b"\xe9" + text[at + 1 :])
    assert f"(byte 0xe9 at offset {len(mark) + at})" in problems_of(path)[0]
