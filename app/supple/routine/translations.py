"""Reading a routine's ``translations`` block (format version 2), or every problem with it.

A routine file carries its words in other languages next to its own::

    "translations": {
      "de": {
        "title": "...", "description": "...", "safety": "...",
        "steps": [{"title": "...", "instructions": ["..."], "cues": ["..."], "alt": "..."}]
      }
    }

Only words are translated; the facts (holds, counts, sides, pictures) are the
routine's. So each translation has exactly one entry per step, in order; a step
with instructions needs translated instructions (any number of lines), and a
step with timed cues needs one text per cue, in order. ``alt`` (the pictures'
descriptions) is optional, as in the step's illustration. A translation's
language is a language tag other than the routine's own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from supple.i18n import _, ngettext
from supple.routine.model import TRANSLATIONS_SINCE, RoutineText, Step, StepText
from supple.routine.names import is_language_tag

if TYPE_CHECKING:
    from supple.routine.parse import _Checker

MAX_LANGUAGES = 20
TEXT_KEYS = {"title", "description", "safety", "steps"}
STEP_TEXT_KEYS = {"title", "instructions", "cues", "alt"}


def read_translations(
    check: _Checker,
    value: Any,
    steps: list[Step] | None,
    language: str,
    version: Any,
    limits: dict[str, int],
) -> dict[str, RoutineText]:
    """The translations in ``value`` (the document's ``translations``), problems added
    to ``check``. ``steps`` are the routine's own steps as read (None when some could
    not be read: the translations' steps are then not checked), ``language`` its own."""
    path = "translations"
    if isinstance(version, int) and not isinstance(version, bool) and version < TRANSLATIONS_SINCE:
        needs = _("needs format version {needed} (the file says {version})")
        check.add(path, needs.format(needed=TRANSLATIONS_SINCE, version=version))
    if not isinstance(value, dict):
        keyed = _("should be an object keyed by language tag, not {type}")
        check.add(path, keyed.format(type=type(value).__name__))
        return {}
    if len(value) > MAX_LANGUAGES:
        many = ngettext(
            "has {n} language; the limit is {limit}",
            "has {n} languages; the limit is {limit}",
            len(value),
        )
        check.add(path, many.format(n=len(value), limit=MAX_LANGUAGES))
        return {}
    found: dict[str, RoutineText] = {}
    for tag, raw in value.items():
        shown = (tag if len(tag) <= 40 else tag[:40] + "…") or '""'
        where = f"{path}.{shown}"
        if not is_language_tag(tag):
            check.add(where, _('unknown language: use a language tag such as "de" or "pt-BR"'))
            continue
        if tag.lower() == language.lower():
            own = _("is the routine's own language ({language}); translate into another")
            check.add(where, own.format(language=language))
            continue
        text = _routine_text(check, raw, where, steps, limits)
        if text is not None:
            found[tag] = text
    return found


def _routine_text(
    check: _Checker, raw: Any, path: str, steps: list[Step] | None, limits: dict[str, int]
) -> RoutineText | None:
    data = check.obj(raw, path, TEXT_KEYS)
    if data is None:
        return None
    before = len(check.problems)
    title = None
    if "title" not in data:
        check.add(f"{path}.title", _("is required: the routine's title in this language"))
    else:
        title = check.text(data["title"], f"{path}.title", limits["title"])
    long: dict[str, str] = {}
    for key in ("description", "safety"):
        if key in data:
            text = check.text(data[key], f"{path}.{key}", limits[key], single_line=False)
            long[key] = text or ""
    texts: list[StepText] = []
    if steps is None:
        return None  # the routine's own steps have problems, reported already
    if "steps" not in data:
        one = _("is required: one entry per step ({steps})").format(steps=len(steps))
        check.add(f"{path}.steps", one)
    else:
        raw_steps = check.items(data["steps"], f"{path}.steps", limits["steps"], "steps")
        if raw_steps is not None and len(raw_steps) != len(steps):
            entries = ngettext(
                "has {n} step; the routine has {steps} (one entry per step)",
                "has {n} steps; the routine has {steps} (one entry per step)",
                len(raw_steps),
            )
            check.add(f"{path}.steps", entries.format(n=len(raw_steps), steps=len(steps)))
        elif raw_steps is not None:
            for i, (item, step) in enumerate(zip(raw_steps, steps, strict=True)):
                text = _step_text(check, item, f"{path}.steps[{i}]", step, limits)
                if text is not None:
                    texts.append(text)
    if len(check.problems) != before or title is None:
        return None
    return RoutineText(title, tuple(texts), long.get("description", ""), long.get("safety", ""))


def _step_text(
    check: _Checker, raw: Any, path: str, step: Step, limits: dict[str, int]
) -> StepText | None:
    data = check.obj(raw, path, STEP_TEXT_KEYS)
    if data is None:
        return None
    before = len(check.problems)
    title = None
    if "title" not in data:
        check.add(f"{path}.title", _("is required: the step's title in this language"))
    else:
        title = check.text(data["title"], f"{path}.title", limits["title"])
    instructions = _lines(check, data, "instructions", path, limits["instructions"], limits)
    if step.instructions and not instructions and "instructions" not in data:
        needed = _("is required: the step has instructions to translate")
        check.add(f"{path}.instructions", needed)
    cues = _lines(check, data, "cues", path, limits["cues"], limits)
    if len(cues) != len(step.cues) and (step.cues or "cues" in data):
        per_cue = _("needs one text per timed cue of the step ({cues}), in order")
        check.add(f"{path}.cues", per_cue.format(cues=len(step.cues)))
    alt: dict[str, str] = {}
    if "alt" in data:
        if step.illustration is None:
            check.add(f"{path}.alt", _("the step has no picture to describe"))
        else:
            read = check.alt(data["alt"], f"{path}.alt", list(step.illustration.frames))
            alt = read or {}
    if len(check.problems) != before or title is None:
        return None
    return StepText(title, tuple(instructions), tuple(cues), alt)


def _lines(
    check: _Checker, data: dict[str, Any], key: str, path: str, count: int, limits: dict[str, int]
) -> list[str]:
    if key not in data:
        return []
    where = f"{path}.{key}"
    raw = check.items(data[key], where, count, key)
    limit = limits["instruction" if key == "instructions" else "cue_text"]
    lines = []
    for i, item in enumerate(raw or []):
        text = check.text(item, f"{where}[{i}]", limit)
        if text is not None:
            lines.append(text)
    return lines
