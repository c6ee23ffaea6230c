"""supple.routine.names checks by hand what regular expressions used to: each is held
equal to its pattern (matched against the whole text) for any text."""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from supple.routine import names

SLUG = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")
POSE = re.compile(r"pose:([a-z0-9][a-z0-9-]{0,63})")
PICTURE_PART = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_. -]*")
LANGUAGE = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")
DRIVE = re.compile(r"[A-Za-z]:")
CONTROL_LINE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
CONTROL_TEXT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")

# Text that is often near the rules: their own characters, the edges, and the rest.
near = st.text(
    alphabet=st.sampled_from("az09AZ_-. :\n\t/é\u00a0\u2028\x00\x7f\x9f\ud800" + "pose:"),
    max_size=70,
)
anything = st.text(max_size=70)
texts = near | anything


@given(texts)
@example("a" * 64)
@example("a" * 65)
@example("-abc")
@example("abc\n")  # the old pattern's "$" let a trailing newline through
def test_slug(text: str) -> None:
    assert names.is_slug(text) == bool(SLUG.fullmatch(text))


@given(texts)
@example("pose:cat-cow")
@example("pose:")
@example("pose:-x")
def test_pose_name(text: str) -> None:
    match = POSE.fullmatch(text)
    assert names.pose_name(text) == (match.group(1) if match else None)


@given(texts)
@example("_a b.c-d")
@example(".hidden")
@example("")
def test_picture_part(text: str) -> None:
    assert names.is_picture_part(text) == bool(PICTURE_PART.fullmatch(text))


@given(texts)
@example("en")
@example("pt-BR")
@example("zh-Hant-TW")
@example("e")
@example("engl")
@example("en-")
@example("en-x")
@example("en-123456789")
def test_language_tag(text: str) -> None:
    assert names.is_language_tag(text) == bool(LANGUAGE.fullmatch(text))


@given(texts)
@example("C:\\x")
@example("1:")
def test_drive_path(text: str) -> None:
    assert names.is_drive_path(text) == bool(DRIVE.match(text))


@given(texts)
def test_control_character(text: str) -> None:
    for single_line, pattern in ((True, CONTROL_LINE), (False, CONTROL_TEXT)):
        match = pattern.search(text)
        expected = match.group() if match else None
        assert names.control_character(text, single_line=single_line) == expected
