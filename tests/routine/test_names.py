"""supple.routine.names: what an id, a language tag, a picture name and a text may hold."""

from __future__ import annotations

import pytest

from supple.routine import names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("cat-cow", True),
        ("a", True),
        ("0-9", True),
        ("a" * 64, True),
        ("a" * 65, False),
        ("", False),
        ("-abc", False),
        ("Cat", False),
        ("cat_cow", False),
        ("abc\n", False),  # "$" in a pattern would let a trailing newline through
        ("é", False),
    ],
)
def test_slug(text: str, expected: bool) -> None:
    assert names.is_slug(text) is expected


@pytest.mark.parametrize(
    ("ref", "expected"),
    [
        ("pose:cat-cow", "cat-cow"),
        ("pose:", None),
        ("pose:-x", None),
        ("pose:Cat", None),
        ("cat-cow", None),
        ("Pose:cat", None),
        ("pictures/cat.svg", None),
    ],
)
def test_pose_name(ref: str, expected: str | None) -> None:
    assert names.pose_name(ref) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("_a b.c-d", True),
        ("Cat 2.svg", True),
        ("..", False),
        (".hidden", False),
        ("-x", False),
        ("", False),
        ("a/b", False),
        ("a\\b", False),
        ("café.svg", False),
        ("a\n", False),
    ],
)
def test_picture_part(text: str, expected: bool) -> None:
    assert names.is_picture_part(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("en", True),
        ("pt-BR", True),
        ("zh-Hant-TW", True),
        ("e", False),
        ("engl", False),
        ("EN", False),
        ("en-", False),
        ("en-x", False),
        ("en-123456789", False),
        ("en_GB", False),
        ("en\n", False),
    ],
)
def test_language_tag(text: str, expected: bool) -> None:
    assert names.is_language_tag(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("C:\\x", True), ("c:", True), ("1:", False), ("C", False), ("/C:", False)],
)
def test_drive_path(text: str, expected: bool) -> None:
    assert names.is_drive_path(text) is expected


@pytest.mark.parametrize(
    ("text", "single_line", "expected"),
    [
        ("plain words, é and ü", True, None),
        ("two\nlines\tand a tab", False, None),
        ("two\nlines", True, "\n"),
        ("a\ttab", True, "\t"),
        ("bell\x07 then \x00", False, "\x07"),
        ("delete\x7f", False, "\x7f"),
        ("c1 \x9f", False, "\x9f"),
        ("no-break\u00a0space", True, None),
        ("line\u2028separator", False, "\u2028"),
        ("paragraph\u2029separator", False, "\u2029"),
        ("lone \ud800 surrogate", False, "\ud800"),
        ("carriage\r", False, "\r"),
    ],
)
def test_control_character(text: str, single_line: bool, expected: str | None) -> None:
    assert names.control_character(text, single_line=single_line) == expected
