"""The routine being edited, as its JSON document, and the loader's verdict on it.

The editor edits the document itself (what will be saved) and asks the
loader, ``routine_from_document``, after every change: the same rules as
loading a file, so nothing can be saved that would not load. A problem's JSON
path (``steps[2].hold.breaths``) is mapped to the form field that shows it.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from supple.routine.format_error import FormatProblem, RoutineError
from supple.routine.model import FORMAT_NAME, FORMAT_VERSION, Defaults, Routine
from supple.routine.parse import routine_from_document

Doc = dict[str, Any]


def _default_defaults() -> Doc:
    """The model's routine-wide defaults (routine.model.Defaults) as document values."""
    d = Defaults()
    breath = {"inhale": d.breath.inhale, "pause": d.breath.pause, "exhale": d.breath.exhale}
    return {"breath": breath, "rest": d.rest, "lead_in": d.lead_in}


DEFAULT_DEFAULTS: Doc = _default_defaults()
_STEP_PATH = re.compile(r"^steps\[(\d+)\](?:\.([a-z_]+))?")
_TOP_PATH = re.compile(r"^([a-z_]+)(?:\.([a-z_]+))?")


def new_document(routine_id: str, title: str) -> Doc:
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "id": routine_id,
        "title": title,
        "description": "",
        "tags": [],
        "language": "en",
        "defaults": copy.deepcopy(DEFAULT_DEFAULTS),
        "steps": [],
    }


def blank_step(title: str) -> Doc:
    return {"title": title, "hold": {"seconds": 30}}


def editable(doc: Doc) -> Doc:
    """``doc`` with the fields the forms show always present."""
    out = copy.deepcopy(doc)
    out.setdefault("description", "")
    out.setdefault("tags", [])
    out.setdefault("safety", "")
    defaults = copy.deepcopy(DEFAULT_DEFAULTS)
    defaults.update(out.get("defaults") or {})
    out["defaults"] = defaults
    out.setdefault("steps", [])
    return out


def aligned_translations(doc: Doc) -> Doc:
    """``doc`` without the translations whose steps no longer match its own (the editor
    added or removed a step: the translation would say other steps, and the person
    cannot mend it there). Translations that still match are kept."""
    translations = doc.get("translations")
    steps = doc.get("steps")
    if not isinstance(translations, dict) or not isinstance(steps, list):
        return doc
    kept = {
        tag: text
        for tag, text in translations.items()
        if not isinstance(text, dict)
        or not isinstance(text.get("steps"), list)
        or len(text["steps"]) == len(steps)
    }
    if len(kept) == len(translations):
        return doc
    out = dict(doc)
    if kept:
        out["translations"] = kept
    else:
        out.pop("translations")
    return out


def target_of(path: str) -> tuple[int | None, str]:
    """The field a problem belongs to: (step index or None for the routine, field key).

    ``steps[2].hold.breaths`` -> (2, "hold"); ``steps[0].illustration.alt.inhale`` ->
    (0, "alt"); ``defaults.breath.inhale`` ->
    (None, "defaults.breath"); ``tags[1]`` -> (None, "tags"); ``""`` -> (None, "").
    """
    step = _STEP_PATH.match(path)
    if step:
        key = step.group(2) or "title"
        if key == "illustration" and path[step.end() :].startswith(".alt"):
            key = "alt"  # the picture's description has a field of its own
        return int(step.group(1)), key
    top = _TOP_PATH.match(path)
    if not top:
        return None, ""
    key = top.group(1)
    if key == "defaults" and top.group(2):
        return None, f"defaults.{top.group(2)}"
    return None, key


@dataclass(frozen=True)
class Verdict:
    """The loader's answer on the document: the routine, or the problems."""

    routine: Routine | None
    problems: tuple[FormatProblem, ...]
    step_seconds: tuple[float | None, ...]  # per step, None when the step is invalid
    total_seconds: float

    @property
    def ok(self) -> bool:
        return self.routine is not None

    def for_step(self, index: int) -> dict[str, str]:
        found: dict[str, str] = {}
        for problem in self.problems:
            step, key = target_of(problem.path)
            if step == index:
                found.setdefault(key, problem.message)
        return found

    def for_routine(self) -> dict[str, str]:
        found: dict[str, str] = {}
        for problem in self.problems:
            step, key = target_of(problem.path)
            if step is None:
                found.setdefault(key, problem.message)
        return found

    def bad_steps(self) -> set[int]:
        return {s for s in (target_of(p.path)[0] for p in self.problems) if s is not None}


Estimate = Callable[[Routine], float]


def _one_step(doc: Doc, step: Any, base_dir: Path, estimate: Estimate) -> float | None:
    """One step's time on its own (with the routine's defaults), even if others are broken."""
    single: Doc = {"format": FORMAT_NAME, "version": FORMAT_VERSION, "id": "step", "title": "step"}
    if "defaults" in doc:
        single["defaults"] = doc["defaults"]
    single["steps"] = [step]
    try:
        return float(estimate(routine_from_document(single, base_dir=base_dir)))
    except RoutineError:
        return None
    except Exception:  # a half-typed document never breaks the editor
        return None


def judge(doc: Doc, base_dir: Path, estimate: Estimate) -> Verdict:
    """Run the loader over ``doc`` (own pictures resolved in ``base_dir``); times come
    from ``estimate`` (the app passes the library's, so both show the same minutes)."""
    doc = aligned_translations(doc)  # as saving writes it
    try:
        routine = routine_from_document(doc, base_dir=base_dir)
        problems: tuple[FormatProblem, ...] = ()
    except RoutineError as exc:
        routine, problems = None, exc.problems
    steps = doc.get("steps") if isinstance(doc.get("steps"), list) else []
    per_step = tuple(_one_step(doc, step, base_dir, estimate) for step in steps)
    if routine is not None:
        total = float(estimate(routine))
    else:
        rest = doc.get("defaults", {}).get("rest", Defaults().rest)
        rest = rest if isinstance(rest, int) else 0
        total = sum(s for s in per_step if s is not None) + rest * max(0, len(steps) - 1)
    return Verdict(routine, problems, per_step, total)
