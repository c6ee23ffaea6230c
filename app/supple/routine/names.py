"""What a routine's ids, language tags, picture names and text may contain.

Checked with sets of characters rather than regular expressions: compiling the
half-dozen patterns these replace cost about 10 million instructions of every
start (benchmarks/README.md), and the rules are simple. Each check matches the
whole text, ``re.fullmatch``-style; tests/test_routine_names.py holds every one
equal to its regular expression for any text.
"""

from __future__ import annotations

import string

_LOWER = frozenset(string.ascii_lowercase)
_LOWER_DIGITS = _LOWER | frozenset(string.digits)
_SLUG = _LOWER_DIGITS | {"-"}
_LETTERS = frozenset(string.ascii_letters)
_ALNUM = _LETTERS | frozenset(string.digits)
_PICTURE_FIRST = _ALNUM | {"_"}
_PICTURE_REST = _PICTURE_FIRST | {".", " ", "-"}

POSE_PREFIX = "pose:"
SLUG_LIMIT = 64

# Control characters (Unicode category Cc), lone surrogates and the line and
# paragraph separators. Multi-line text may hold tabs and newlines.
_CONTROL_TEXT = frozenset(
    chr(code)
    for code in (*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0), 0x2028, 0x2029)
) | frozenset(chr(code) for code in range(0xD800, 0xE000))
_CONTROL_LINE = _CONTROL_TEXT | {"\t", "\n"}


def is_slug(text: str) -> bool:
    """1-64 lowercase ASCII letters, digits and dashes, not starting with a dash."""
    return 0 < len(text) <= SLUG_LIMIT and text[0] in _LOWER_DIGITS and _SLUG.issuperset(text)


def pose_name(ref: str) -> str | None:
    """The bundled pose ``ref`` names ("pose:cat-cow" -> "cat-cow"), or None."""
    if not ref.startswith(POSE_PREFIX):
        return None
    name = ref[len(POSE_PREFIX) :]
    return name if is_slug(name) else None


def is_picture_part(text: str) -> bool:
    """One folder or file name of a picture path: ASCII letters, digits, '_', '.', ' '
    and '-', starting with a letter, digit or '_'."""
    return bool(text) and text[0] in _PICTURE_FIRST and _PICTURE_REST.issuperset(text)


def is_language_tag(text: str) -> bool:
    """A language tag such as "en" or "pt-BR": 2-3 lowercase letters, then any
    number of dash-separated parts of 2-8 ASCII letters or digits."""
    first, *rest = text.split("-")
    return (
        2 <= len(first) <= 3
        and _LOWER.issuperset(first)
        and all(2 <= len(part) <= 8 and _ALNUM.issuperset(part) for part in rest)
    )


def is_drive_path(text: str) -> bool:
    """Starts like a Windows drive path ("C:...")."""
    return len(text) >= 2 and text[1] == ":" and text[0] in _LETTERS


def control_character(text: str, *, single_line: bool) -> str | None:
    """The first character ``text`` may not hold, or None: control characters, lone
    surrogates, line separators, and in ``single_line`` text tabs and newlines too."""
    banned = _CONTROL_LINE if single_line else _CONTROL_TEXT
    if banned.isdisjoint(text):
        return None
    return next(character for character in text if character in banned)


TAG_LIMIT = 32  # the schema's maxLength for a tag


def normal_tag(text: str) -> str:
    """A tag as the person typed it, in the form the format asks for where that needs
    no guessing: "Back Pain " -> "back-pain" (lowercase; spaces and underscores become
    one dash). What is left may still not be a tag (see ``tag_problem``)."""
    words = text.replace("_", " ").split()
    return "-".join(words).lower()


def tag_problem(tag: str) -> str | None:
    """Why ``tag`` cannot be a tag, in words that name it; None when it can."""
    if is_slug(tag) and len(tag) <= TAG_LIMIT:
        return None
    if not tag:
        return "an empty tag"
    if len(tag) > TAG_LIMIT:
        return f"“{tag}” is longer than {TAG_LIMIT} characters"
    bad = "".join(dict.fromkeys(c for c in tag if c not in _SLUG))
    if bad:
        shown = " ".join(f"“{c}”" for c in bad)
        return f"“{tag}” has {shown}: a tag may hold only letters a–z, digits and dashes"
    return f"“{tag}” starts with a dash"
