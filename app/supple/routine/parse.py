"""Turning a parsed JSON document into a :class:`Routine`, or every problem with it.

The rules here are the routine format, version 2 (version 1 without translations;
translations.py reads those). ``routine.schema.json``
states the same structure for other tools; a test keeps the two in step. Each
problem names its JSON path (``steps[2].hold.breaths``) and says in plain words
what is wrong, and one pass reports all problems rather than the first.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any

from supple import paths
from supple.i18n import N_, _, ngettext, number
from supple.routine.format_error import FormatProblem, RoutineError
from supple.routine.jsonfile import not_a_file
from supple.routine.model import (
    FORMAT_NAME,
    FORMAT_VERSION,
    FRAME_KEYS,
    BreathPattern,
    Defaults,
    Hold,
    HoldKind,
    Illustration,
    Motion,
    Picture,
    Repetitions,
    Routine,
    Sides,
    Step,
    TimedCue,
)
from supple.routine.names import (
    control_character,
    is_drive_path,
    is_language_tag,
    is_picture_part,
    is_slug,
    pose_name,
    tag_problem,
)
from supple.routine.size import size_problems

# Limits. Generous for real routines, small enough that nothing absurd gets in.
LIMITS = {
    "title": 120,
    "description": 4000,
    "safety": 2000,
    "credit": 500,
    "tag": 32,
    "tags": 20,
    "instruction": 300,
    "instructions": 12,
    "cue_text": 200,
    "cues": 20,
    "steps": 100,
    "picture_ref": 200,
    "alt": 250,
}
HOLD_SECONDS = (1, 3600)
HOLD_BREATHS = (1, 100)
REPS = (1, 50)
RELEASE = (0, 600)
REST = (0, 600)
LEAD_IN = (0, 60)
BREATH_PART = {"inhale": (1, 20), "pause": (0, 20), "exhale": (1, 20)}
CUE_SECONDS = (1, 3600)
CUE_EVERY = (10, 3600)

PICTURE_EXTENSIONS = (".svg", ".png", ".jpg", ".jpeg")
MAX_PICTURE_BYTES = 20 * 1024 * 1024


@functools.lru_cache(maxsize=8)
def _bundled_poses(folder: Path) -> dict[str, Path]:
    """The bundled pose pictures by name (read-only data, so read once)."""
    try:
        return {p.stem: p for p in folder.glob("*.svg") if p.is_file()}
    except OSError:
        return {}


# An id that is not one, in words naming which (slug's ``what``).
_EXERCISE_ID = N_(
    "an exercise id must be 1–64 lowercase letters, digits and dashes, "
    "starting with a letter or digit"
)
_ROUTINE_ID = N_(
    "the routine id must be 1–64 lowercase letters, digits and dashes, "
    "starting with a letter or digit"
)

TOP_KEYS = {
    "format", "version", "id", "title", "description", "tags", "language",
    "safety", "credit", "defaults", "cover", "steps", "translations",
}  # fmt: skip
STEP_KEYS = {
    "title", "exercise", "instructions", "illustration", "hold", "reps",
    "sides", "motion", "breath", "rest", "cues",
}  # fmt: skip


def _type_name(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return _("true/false")
    if isinstance(value, (int, float)):
        return _("a number")
    if isinstance(value, str):
        return _("text")
    if isinstance(value, list):
        return _("a list")
    if isinstance(value, dict):
        return _("an object")
    return type(value).__name__


# The units a whole number is counted in ("seconds", "breaths", "repetitions"): what is
# said when a value is no whole number of them, and when a count of them is out of range.
_NOT_WHOLE = {
    "seconds": N_("should be a whole number of seconds, not {found}"),
    "breaths": N_("should be a whole number of breaths, not {found}"),
    "repetitions": N_("should be a whole number of repetitions, not {found}"),
}


def _out_of_range(value: int, low: int, high: int, unit: str) -> str:
    if unit == "breaths":
        text = ngettext(
            "{value} breath is out of range ({low}–{high} breaths)",
            "{value} breaths is out of range ({low}–{high} breaths)",
            value,
        )
    elif unit == "repetitions":
        text = ngettext(
            "{value} repetition is out of range ({low}–{high} repetitions)",
            "{value} repetitions is out of range ({low}–{high} repetitions)",
            value,
        )
    else:
        text = ngettext(
            "{value} second is out of range ({low}–{high} seconds)",
            "{value} seconds is out of range ({low}–{high} seconds)",
            value,
        )
    return text.format(value=number(value), low=number(low), high=number(high))


# What a list holds (cues, lines, instructions, steps, tags): when a value is no list of them,
# and when it holds more than the limit.
_NOT_A_LIST = {
    "cues": N_("should be a list of cues, not {type}"),
    "lines": N_("should be a list of lines, not {type}"),
    "instructions": N_("should be a list of instructions, not {type}"),
    "steps": N_("should be a list of steps, not {type}"),
    "tags": N_("should be a list of tags, not {type}"),
}


def too_many(what: str, n: int, limit: int) -> str:
    """ "has 21 cues; the limit is 20" for a list of ``what``."""
    if what == "cues":
        text = ngettext(
            "has {n} cue; the limit is {limit}", "has {n} cues; the limit is {limit}", n
        )
    elif what == "lines":
        text = ngettext(
            "has {n} line; the limit is {limit}", "has {n} lines; the limit is {limit}", n
        )
    elif what == "instructions":
        text = ngettext(
            "has {n} instruction; the limit is {limit}",
            "has {n} instructions; the limit is {limit}",
            n,
        )
    elif what == "tags":
        text = ngettext(
            "has {n} tag; the limit is {limit}", "has {n} tags; the limit is {limit}", n
        )
    else:
        text = ngettext(
            "has {n} step; the limit is {limit}", "has {n} steps; the limit is {limit}", n
        )
    return text.format(n=number(n), limit=number(limit))


class _Checker:
    """Collects problems while reading one document."""

    def __init__(self, base_dir: Path | None) -> None:
        self.problems: list[FormatProblem] = []
        self.base_dir = base_dir
        self._poses: dict[str, Path] | None = None

    def bundled_pose(self, name: str) -> Path | None:
        if self._poses is None:
            self._poses = _bundled_poses(paths.poses_dir())
        return self._poses.get(name)

    def add(self, path: str, message: str) -> None:
        self.problems.append(FormatProblem(path, message))

    # -- primitives --------------------------------------------------------
    def obj(self, value: Any, path: str, allowed: set[str]) -> dict[str, Any] | None:
        if not isinstance(value, dict):
            self.add(path, _("should be an object, not {type}").format(type=_type_name(value)))
            return None
        for key in value:
            if key not in allowed:
                shown = key if len(key) <= 40 else key[:40] + "…"
                shown = shown or '""'  # an empty key must not read as "the whole document"
                where = f"{path}.{shown}" if path else shown
                known = ", ".join(sorted(allowed))
                self.add(where, _("unknown field (allowed: {fields})").format(fields=known))
        return value

    def text(
        self, value: Any, path: str, limit: int, *, required: bool = True, single_line: bool = True
    ) -> str | None:
        if not isinstance(value, str):
            self.add(path, _("should be text, not {type}").format(type=_type_name(value)))
            return None
        cleaned = value.strip()
        if required and not cleaned:
            self.add(path, _("must not be empty"))
            return None
        if len(cleaned) > limit:
            long = ngettext(
                "is {length} character long; the limit is {limit}",
                "is {length} characters long; the limit is {limit}",
                len(cleaned),
            )
            self.add(path, long.format(length=number(len(cleaned)), limit=number(limit)))
            return None
        bad = control_character(cleaned, single_line=single_line)
        if bad is not None:
            control = _("contains a control character ({code}); use plain text")
            self.add(path, control.format(code=f"U+{ord(bad):04X}"))
            return None
        return cleaned

    def integer(self, value: Any, path: str, bounds: tuple[int, int], unit: str) -> int | None:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            self.add(path, _(_NOT_WHOLE[unit]).format(found=_type_name(value)))
            return None
        if isinstance(value, float):
            if not value.is_integer():
                self.add(path, _(_NOT_WHOLE[unit]).format(found=f"{value:g}"))
                return None
            value = int(value)
        low, high = bounds
        if value < low or value > high:
            self.add(path, _out_of_range(value, low, high, unit))
            return None
        return value

    def slug(self, value: Any, path: str, what: str) -> str | None:
        """An id; ``what`` says which, in a sentence of its own (``N_``-marked)."""
        if not isinstance(value, str):
            self.add(path, _("should be text, not {type}").format(type=_type_name(value)))
            return None
        if not is_slug(value):
            self.add(path, _(what))
            return None
        return value

    def items(self, value: Any, path: str, limit: int, what: str) -> list[Any] | None:
        if not isinstance(value, list):
            self.add(path, _(_NOT_A_LIST[what]).format(type=_type_name(value)))
            return None
        if len(value) > limit:
            self.add(path, too_many(what, len(value), limit))
            return None
        return value

    # -- pieces of the format ----------------------------------------------
    def breath(self, value: Any, path: str) -> BreathPattern | None:
        data = self.obj(value, path, set(BREATH_PART))
        if data is None:
            return None
        parts: dict[str, int] = {}
        for key, bounds in BREATH_PART.items():
            if key not in data:
                if key == "pause":
                    parts[key] = 0
                    continue
                self.add(f"{path}.{key}", _("is required (seconds)"))
                continue
            number = self.integer(data[key], f"{path}.{key}", bounds, "seconds")
            if number is not None:
                parts[key] = number
        if len(parts) != 3:
            return None
        return BreathPattern(**parts)

    def picture(self, value: Any, path: str) -> Picture | None:
        if not isinstance(value, str):
            reference = _("should be a picture reference (text), not {type}")
            self.add(path, reference.format(type=_type_name(value)))
            return None
        if len(value) > LIMITS["picture_ref"]:
            limit = LIMITS["picture_ref"]
            longer = ngettext(
                "the picture reference is longer than {limit} character",
                "the picture reference is longer than {limit} characters",
                limit,
            )
            self.add(path, longer.format(limit=number(limit)))
            return None
        pose = pose_name(value)
        if pose is not None:
            file = self.bundled_pose(pose)
            if file is None:
                none = _("there is no bundled picture called {name}")
                self.add(path, none.format(name=repr(pose)))
                return None
            return Picture(value, file)
        return self._own_picture(value, path)

    def _own_picture(self, value: str, path: str) -> Picture | None:
        lowered = value.lower()
        if "://" in value or lowered.startswith(("http:", "https:", "file:", "data:")):
            self.add(path, _("pictures must be files next to the routine, not web addresses"))
            return None
        if value.startswith(("/", "\\")) or is_drive_path(value):
            absolute = _("picture paths must be relative to the routine's folder, not absolute")
            self.add(path, absolute)
            return None
        if "\\" in value:
            self.add(path, _("use / to separate folders in picture paths"))
            return None
        parts = value.split("/")
        if any(part in ("", ".", "..") for part in parts):
            inside = _(
                "picture paths must stay inside the routine's folder (no '..' or empty parts)"
            )
            self.add(path, inside)
            return None
        if not all(is_picture_part(part) for part in parts):
            names = _("picture file names may use letters, digits, spaces, '.', '_' and '-'")
            self.add(path, names)
            return None
        if not lowered.endswith(PICTURE_EXTENSIONS):
            kinds = _("pictures must be SVG, PNG or JPEG files (.svg, .png, .jpg, .jpeg)")
            self.add(path, kinds)
            return None
        if self.base_dir is None:
            self.add(path, _("only bundled pictures (pose:NAME) can be used here"))
            return None
        base = self.base_dir.resolve()
        try:
            file = (base / value).resolve()
        except (OSError, RuntimeError):
            self.add(path, _("the picture path cannot be resolved"))
            return None
        if not file.is_relative_to(base):
            self.add(path, _("the picture path leads outside the routine's folder"))
            return None
        try:
            if not file.is_file():
                if file.exists() or file.is_symlink():
                    what = _("the picture {name} {problem}")
                    self.add(path, what.format(name=repr(value), problem=not_a_file(file)))
                else:
                    missing = _("the picture {name} was not found next to the routine")
                    self.add(path, missing.format(name=repr(value)))
                return None
            if file.stat().st_size > MAX_PICTURE_BYTES:
                large = _("the picture file is larger than {size} MB")
                self.add(path, large.format(size=MAX_PICTURE_BYTES // 2**20))
                return None
            with file.open("rb"):  # it exists, but can it be read? (permissions)
                pass
        except OSError as exc:
            unread = _("the picture cannot be read: {reason}")
            self.add(path, unread.format(reason=exc.strerror or exc))
            return None
        return Picture(value, file)

    def cover(self, value: Any, path: str) -> Picture | None:
        """The library's picture for the routine: a bundled pose (no file to carry)."""
        if isinstance(value, str) and not value.startswith("pose:"):
            self.add(
                path,
                _(
                    "the cover must be a bundled picture (pose:NAME); "
                    "a routine's own pictures are shown on its steps"
                ),
            )
            return None
        return self.picture(value, path)

    def illustration(self, value: Any, path: str) -> Illustration | None:
        if isinstance(value, str):
            picture = self.picture(value, path)
            return Illustration({"default": picture}) if picture else None
        data = self.obj(value, path, {*FRAME_KEYS, "alt"})
        if data is None:
            return None
        if "default" not in data:
            needed = _("is required: the picture shown when no phase has its own")
            self.add(f"{path}.default", needed)
        frames: dict[str, Picture] = {}
        for key in FRAME_KEYS:
            if key in data:
                picture = self.picture(data[key], f"{path}.{key}")
                if picture is not None:
                    frames[key] = picture
        alt: dict[str, str] | None = {}
        if "alt" in data:
            alt = self.alt(data["alt"], f"{path}.alt", [k for k in FRAME_KEYS if k in data])
        wanted = len(data) - ("alt" in data)
        if "default" not in frames or len(frames) != wanted or alt is None:
            return None
        return Illustration(frames, alt)

    def alt(self, value: Any, path: str, frames: list[str]) -> dict[str, str] | None:
        """The pictures' description: text for the whole step, or texts keyed by frame."""
        limit = LIMITS["alt"]
        if isinstance(value, str):
            text = self.text(value, path, limit)
            return {"default": text} if text is not None else None
        if not isinstance(value, dict):
            described = _(
                "should be a description (text), or descriptions keyed by frame, not {type}"
            )
            self.add(path, described.format(type=_type_name(value)))
            return None
        if not value:
            self.add(path, _("needs at least one description (or leave alt out)"))
            return None
        found: dict[str, str] = {}
        ok = True
        for key, item in value.items():
            if key not in FRAME_KEYS:
                shown = (key if len(key) <= 40 else key[:40] + "…") or '""'
                frames_known = ", ".join(FRAME_KEYS)
                unknown = _("unknown frame (allowed: {frames})").format(frames=frames_known)
                self.add(f"{path}.{shown}", unknown)
                ok = False
                continue
            if key not in frames:
                nothing = _("there is no {frame} picture to describe").format(frame=key)
                self.add(f"{path}.{key}", nothing)
                ok = False
                continue
            text = self.text(item, f"{path}.{key}", limit)
            if text is None:
                ok = False
                continue
            found[key] = text
        return found if ok else None

    def hold(self, value: Any, path: str) -> Hold | None:
        data = self.obj(value, path, {"seconds", "breaths", "open", "estimate"})
        if data is None:
            return None
        chosen = [k for k in ("seconds", "breaths", "open") if k in data]
        if len(chosen) != 1:
            self.add(
                path,
                _(
                    "give exactly one of: seconds (a timed hold), breaths (counted breaths) "
                    "or open: true (until you press Done)"
                ),
            )
            return None
        kind = chosen[0]
        if "estimate" in data and kind != "open":
            self.add(f"{path}.estimate", _("only an open-ended hold has an estimate"))
            return None
        if kind == "seconds":
            seconds = self.integer(data["seconds"], f"{path}.seconds", HOLD_SECONDS, "seconds")
            return Hold.timed(seconds) if seconds is not None else None
        if kind == "breaths":
            breaths = self.integer(data["breaths"], f"{path}.breaths", HOLD_BREATHS, "breaths")
            return Hold.in_breaths(breaths) if breaths is not None else None
        if data["open"] is not True:
            self.add(f"{path}.open", _("should be true (or use seconds or breaths instead)"))
            return None
        estimate = 30
        if "estimate" in data:
            checked = self.integer(data["estimate"], f"{path}.estimate", HOLD_SECONDS, "seconds")
            if checked is None:
                return None
            estimate = checked
        return Hold.open_ended(estimate)

    def reps(self, value: Any, path: str) -> Repetitions | None:
        data = self.obj(value, path, {"count", "release"})
        if data is None:
            return None
        if "count" not in data:
            self.add(f"{path}.count", _("is required (how many repetitions)"))
            return None
        count = self.integer(data["count"], f"{path}.count", REPS, "repetitions")
        release = 0
        if "release" in data:
            checked = self.integer(data["release"], f"{path}.release", RELEASE, "seconds")
            release = checked if checked is not None else -1
        if count is None or release < 0:
            return None
        return Repetitions(count, release)

    def cues(self, value: Any, path: str) -> tuple[TimedCue, ...] | None:
        items = self.items(value, path, LIMITS["cues"], "cues")
        if items is None:
            return None
        result: list[TimedCue] = []
        ok = True
        for i, item in enumerate(items):
            where = f"{path}[{i}]"
            data = self.obj(item, where, {"text", "at", "every"})
            if data is None:
                ok = False
                continue
            text = self.text(data.get("text"), f"{where}.text", LIMITS["cue_text"])
            has_at, has_every = "at" in data, "every" in data
            if has_at == has_every:
                one = _("give exactly one of: at (seconds into the hold) or every (seconds)")
                self.add(where, one)
                ok = False
                continue
            if has_at:
                at = self.integer(data["at"], f"{where}.at", CUE_SECONDS, "seconds")
                if text is None or at is None:
                    ok = False
                    continue
                result.append(TimedCue(text, at=at))
            else:
                every = self.integer(data["every"], f"{where}.every", CUE_EVERY, "seconds")
                if text is None or every is None:
                    ok = False
                    continue
                result.append(TimedCue(text, every=every))
        return tuple(result) if ok else None

    def step(self, value: Any, path: str) -> Step | None:
        data = self.obj(value, path, STEP_KEYS)
        if data is None:
            return None
        before = len(self.problems)
        title = self.text(data.get("title"), f"{path}.title", LIMITS["title"])
        if "hold" not in data:
            self.add(f"{path}.hold", _("is required: seconds, breaths, or open: true"))
            hold = None
        else:
            hold = self.hold(data["hold"], f"{path}.hold")
        exercise = None
        if "exercise" in data:
            exercise = self.slug(data["exercise"], f"{path}.exercise", _EXERCISE_ID)
        instructions: list[str] = []
        if "instructions" in data:
            lines = self.items(
                data["instructions"], f"{path}.instructions", LIMITS["instructions"], "lines"
            )
            for i, line in enumerate(lines or []):
                checked = self.text(line, f"{path}.instructions[{i}]", LIMITS["instruction"])
                if checked is not None:
                    instructions.append(checked)
        illustration = None
        if "illustration" in data:
            illustration = self.illustration(data["illustration"], f"{path}.illustration")
        reps = Repetitions()
        if "reps" in data:
            reps = self.reps(data["reps"], f"{path}.reps") or reps
        sides = Sides.NONE
        if "sides" in data:
            raw = data["sides"]
            if raw in ("none", "both", "alternate"):
                sides = Sides(raw)
            else:
                self.add(
                    f"{path}.sides",
                    _(
                        'should be "none", "both" (every repetition on the left, then on the '
                        'right) or "alternate" (side to side: left, right, left...)'
                    ),
                )
        motion = Motion.HOLD
        if "motion" in data:
            if data["motion"] in ("hold", "move"):
                motion = Motion(data["motion"])
            else:
                moving = _('should be "hold" (keep still) or "move" (keep moving)')
                self.add(f"{path}.motion", moving)
        breath = self.breath(data["breath"], f"{path}.breath") if "breath" in data else None
        rest = None
        if "rest" in data:
            rest = self.integer(data["rest"], f"{path}.rest", REST, "seconds")
        cues: tuple[TimedCue, ...] = ()
        if "cues" in data:
            cues = self.cues(data["cues"], f"{path}.cues") or ()
        if hold is not None and hold.kind is HoldKind.SECONDS:
            for i, cue in enumerate(cues):
                if cue.at is not None and hold.seconds is not None and cue.at >= hold.seconds:
                    after = _("is after the hold ends ({seconds} s)")
                    self.add(f"{path}.cues[{i}].at", after.format(seconds=number(hold.seconds)))
        if len(self.problems) != before or title is None or hold is None:
            return None
        return Step(
            title=title,
            hold=hold,
            instructions=tuple(instructions),
            illustration=illustration,
            exercise=exercise,
            reps=reps,
            sides=sides,
            motion=motion,
            breath=breath,
            rest=rest,
            cues=cues,
        )

    def defaults(self, value: Any, path: str) -> Defaults | None:
        data = self.obj(value, path, {"breath", "rest", "lead_in"})
        if data is None:
            return None
        base = Defaults()
        breath = self.breath(data["breath"], f"{path}.breath") if "breath" in data else base.breath
        rest: int | None = base.rest
        if "rest" in data:
            rest = self.integer(data["rest"], f"{path}.rest", REST, "seconds")
        lead_in: int | None = base.lead_in
        if "lead_in" in data:
            lead_in = self.integer(data["lead_in"], f"{path}.lead_in", LEAD_IN, "seconds")
        if breath is None or rest is None or lead_in is None:
            return None
        return Defaults(breath=breath, rest=rest, lead_in=lead_in)


def _optional(data: dict[str, Any], key: str, read: Callable[[Any, str], Any], default: Any) -> Any:
    if key not in data:
        return default
    value = read(data[key], key)
    return default if value is None else value


def routine_from_document(doc: Any, file: str = "", base_dir: Path | None = None) -> Routine:
    """Validate ``doc`` (parsed JSON) and build the routine, or raise RoutineError.

    ``base_dir`` is the folder own pictures are resolved in (the routine file's
    folder); without one, only bundled ``pose:NAME`` pictures are allowed.
    """
    check = _Checker(base_dir)
    data = check.obj(doc, "", TOP_KEYS)
    if data is None:
        raise RoutineError(file, check.problems)

    fmt = data.get("format")
    if fmt != FORMAT_NAME:
        supple = _('should be "{format}" (is this a Supple routine?)')
        check.add("format", supple.format(format=FORMAT_NAME))
    version = data.get("version")
    wanted = _("should be the format version number {version}").format(version=FORMAT_VERSION)
    if isinstance(version, bool) or not isinstance(version, int):
        check.add("version", wanted)
    elif version > FORMAT_VERSION:
        newer = _(
            "format version {version} is newer than this Supple understands "
            "({known}); update Supple to use this routine"
        )
        check.add("version", newer.format(version=version, known=FORMAT_VERSION))
    elif version < 1:
        check.add("version", wanted)

    routine_id = check.slug(data.get("id"), "id", _ROUTINE_ID)
    title = check.text(data.get("title"), "title", LIMITS["title"])

    def long_text(key: str) -> Callable[[Any, str], str | None]:
        return lambda v, p: check.text(v, p, LIMITS[key], required=False, single_line=False)

    description = _optional(data, "description", long_text("description"), "")
    safety = _optional(data, "safety", long_text("safety"), "")
    credit = _optional(data, "credit", long_text("credit"), "")
    language = "en"
    if "language" in data:
        raw = data["language"]
        if isinstance(raw, str) and is_language_tag(raw):
            language = raw
        else:
            check.add("language", _('should be a language tag such as "en" or "pt-BR"'))
    tags: list[str] = []
    if "tags" in data:
        raw_tags = check.items(data["tags"], "tags", LIMITS["tags"], "tags")
        for i, tag in enumerate(raw_tags or []):
            if not isinstance(tag, str):
                not_text = _("should be text, not {type}").format(type=_type_name(tag))
                check.add(f"tags[{i}]", not_text)
                continue
            problem = tag_problem(tag)
            if problem is not None:
                check.add(f"tags[{i}]", problem)
            elif tag not in tags:
                tags.append(tag)
    defaults = _optional(data, "defaults", check.defaults, Defaults())
    cover = _optional(data, "cover", check.cover, None)

    steps: list[Step] = []
    raw_steps: list[Any] | None = None
    if "steps" not in data:
        check.add("steps", _("is required: a list of at least one step"))
    else:
        raw_steps = check.items(data["steps"], "steps", LIMITS["steps"], "steps")
        if raw_steps is not None and not raw_steps:
            check.add("steps", _("needs at least one step"))
        for i, raw_step in enumerate(raw_steps or []):
            step = check.step(raw_step, f"steps[{i}]")
            if step is not None:
                steps.append(step)

    translations = {}
    if "translations" in data:
        from supple.routine.translations import read_translations

        counted = steps if raw_steps and len(steps) == len(raw_steps) else None
        translations = read_translations(
            check, data["translations"], counted, language, version, LIMITS
        )

    if check.problems or routine_id is None or title is None:
        raise RoutineError(file, check.problems)
    routine = Routine(
        id=routine_id,
        title=title,
        steps=tuple(steps),
        description=description,
        tags=tuple(tags),
        language=language,
        safety=safety,
        credit=credit,
        defaults=defaults,
        cover=cover,
        source=None,
        translations=translations,
    )
    # Each field is in range; together they must still make a routine a person can play.
    too_big = size_problems(routine)
    if too_big:
        raise RoutineError(file, too_big)
    return routine
