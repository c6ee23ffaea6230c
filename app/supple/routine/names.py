"""What a routine's ids, language tags, picture names and text may contain.

Each rule is one regular expression, matched against the whole text.
"""

from __future__ import annotations

import re

from supple.i18n import _

POSE_PREFIX = "pose:"
SLUG_LIMIT = 64

_SLUG = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")
_PICTURE_PART = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_. -]*")
_LANGUAGE_TAG = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")
_DRIVE = re.compile(r"[A-Za-z]:")
_NOT_IN_TAGS = re.compile(r"[^a-z0-9-]")
# Control characters (Unicode category Cc), lone surrogates and the line and
# paragraph separators. Multi-line text may hold tabs and newlines.
_CONTROL_TEXT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_CONTROL_LINE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def is_slug(text: str) -> bool:
    """1-64 lowercase ASCII letters, digits and dashes, not starting with a dash."""
    return _SLUG.fullmatch(text) is not None


def pose_name(ref: str) -> str | None:
    """The bundled pose ``ref`` names ("pose:cat-cow" -> "cat-cow"), or None."""
    if not ref.startswith(POSE_PREFIX):
        return None
    name = ref[len(POSE_PREFIX) :]
    return name if is_slug(name) else None


def is_picture_part(text: str) -> bool:
    """One folder or file name of a picture path: ASCII letters, digits, '_', '.', ' '
    and '-', starting with a letter, digit or '_'."""
    return _PICTURE_PART.fullmatch(text) is not None


def is_language_tag(text: str) -> bool:
    """A language tag such as "en" or "pt-BR": 2-3 lowercase letters, then any
    number of dash-separated parts of 2-8 ASCII letters or digits."""
    return _LANGUAGE_TAG.fullmatch(text) is not None


def is_drive_path(text: str) -> bool:
    """Starts like a Windows drive path ("C:...")."""
    return _DRIVE.match(text) is not None


def control_character(text: str, *, single_line: bool) -> str | None:
    """The first character ``text`` may not hold, or None: control characters, lone
    surrogates, line separators, and in ``single_line`` text tabs and newlines too."""
    found = (_CONTROL_LINE if single_line else _CONTROL_TEXT).search(text)
    return found.group() if found else None


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
        return _("an empty tag")
    if len(tag) > TAG_LIMIT:
        return _("“{tag}” is longer than {limit} characters").format(tag=tag, limit=TAG_LIMIT)
    bad = "".join(dict.fromkeys(_NOT_IN_TAGS.findall(tag)))
    if bad:
        shown = " ".join(f"“{c}”" for c in bad)
        only = _("“{tag}” has {characters}: a tag may hold only letters a–z, digits and dashes")
        return only.format(tag=tag, characters=shown)
    return _("“{tag}” starts with a dash").format(tag=tag)
