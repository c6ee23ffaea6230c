"""Writing a routine back to its JSON document (the inverse of parse)."""

from __future__ import annotations

from typing import Any

from supple.routine.model import (
    FORMAT_NAME,
    TRANSLATIONS_SINCE,
    BreathPattern,
    Defaults,
    Hold,
    HoldKind,
    Illustration,
    Motion,
    Routine,
    RoutineText,
    Sides,
    Step,
)


def _breath(pattern: BreathPattern) -> dict[str, int]:
    return {"inhale": pattern.inhale, "pause": pattern.pause, "exhale": pattern.exhale}


def _hold(hold: Hold) -> dict[str, Any]:
    if hold.kind is HoldKind.SECONDS:
        return {"seconds": hold.seconds}
    if hold.kind is HoldKind.BREATHS:
        return {"breaths": hold.breaths}
    return {"open": True, "estimate": hold.estimate}


def _illustration(illustration: Illustration) -> str | dict[str, Any]:
    frames, alt = illustration.frames, illustration.alt
    if list(frames) == ["default"] and not alt:
        return frames["default"].ref
    doc: dict[str, Any] = {key: picture.ref for key, picture in frames.items()}
    if alt:
        doc["alt"] = alt["default"] if list(alt) == ["default"] else dict(alt)
    return doc


def step_to_document(step: Step) -> dict[str, Any]:
    doc: dict[str, Any] = {"title": step.title}
    if step.exercise:
        doc["exercise"] = step.exercise
    if step.instructions:
        doc["instructions"] = list(step.instructions)
    if step.illustration is not None:
        doc["illustration"] = _illustration(step.illustration)
    doc["hold"] = _hold(step.hold)
    if step.reps.count != 1 or step.reps.release:
        doc["reps"] = {"count": step.reps.count, "release": step.reps.release}
    if step.sides is not Sides.NONE:
        doc["sides"] = step.sides.value
    if step.motion is not Motion.HOLD:
        doc["motion"] = step.motion.value
    if step.breath is not None:
        doc["breath"] = _breath(step.breath)
    if step.rest is not None:
        doc["rest"] = step.rest
    if step.cues:
        doc["cues"] = [
            {"text": c.text, "at": c.at} if c.at is not None else {"text": c.text, "every": c.every}
            for c in step.cues
        ]
    return doc


def routine_to_document(routine: Routine) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "format": FORMAT_NAME,
        # Version 1 when nothing needs 2: older Supples still read the file.
        "version": TRANSLATIONS_SINCE if routine.translations else 1,
        "id": routine.id,
        "title": routine.title,
    }
    if routine.description:
        doc["description"] = routine.description
    if routine.tags:
        doc["tags"] = list(routine.tags)
    doc["language"] = routine.language
    if routine.safety:
        doc["safety"] = routine.safety
    if routine.credit:
        doc["credit"] = routine.credit
    if routine.defaults != Defaults():
        d = routine.defaults
        doc["defaults"] = {"breath": _breath(d.breath), "rest": d.rest, "lead_in": d.lead_in}
    if routine.cover is not None:
        doc["cover"] = routine.cover.ref
    doc["steps"] = [step_to_document(step) for step in routine.steps]
    if routine.translations:
        doc["translations"] = {tag: _text(text) for tag, text in routine.translations.items()}
    return doc


def _text(text: RoutineText) -> dict[str, Any]:
    doc: dict[str, Any] = {"title": text.title}
    if text.description:
        doc["description"] = text.description
    if text.safety:
        doc["safety"] = text.safety
    steps = []
    for step in text.steps:
        item: dict[str, Any] = {"title": step.title}
        if step.instructions:
            item["instructions"] = list(step.instructions)
        if step.cues:
            item["cues"] = list(step.cues)
        if step.alt:
            item["alt"] = step.alt["default"] if list(step.alt) == ["default"] else dict(step.alt)
        steps.append(item)
    doc["steps"] = steps
    return doc
