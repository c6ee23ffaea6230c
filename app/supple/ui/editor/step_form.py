"""The form for one step: its words, picture, timing, breath and spoken cues.

Every change is emitted as ``edited(key, value)`` (a key of the step's JSON
object and its new value, or REMOVE); the controller turns it into an undoable
command. ``load(step)`` shows a step without emitting anything.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from supple.routine.model import Defaults
from supple.ui.editor.cue_rows import CueRows
from supple.ui.editor.fields import (
    REMOVE,
    Field,
    as_int,
    heading,
    lines_of,
    number_box,
    set_lines,
    set_text,
    set_value,
)
from supple.ui.editor.picture_field import PictureField

DEFAULTS = Defaults()  # a routine's defaults when it sets none (routine.model)

HOLD_KINDS = ("seconds", "breaths", "open")
SIDES = ("none", "both", "alternate")


def frame_name(key: str) -> str:
    """A picture frame's phase as the form names it ("get ready" for ``lead_in``)."""
    names = {
        "lead_in": QCoreApplication.translate("StepForm", "get ready"),
        "hold": QCoreApplication.translate("StepForm", "hold"),
        "release": QCoreApplication.translate("StepForm", "release"),
        "inhale": QCoreApplication.translate("StepForm", "breathe in"),
        "pause": QCoreApplication.translate("StepForm", "pause"),
        "exhale": QCoreApplication.translate("StepForm", "breathe out"),
    }
    return names.get(key, key)


def with_alt(illustration: Any, text: str) -> Any:
    """``illustration`` (as in the document) with ``text`` as the step's picture
    description; empty text removes it. Descriptions of single frames are kept, and
    a lone picture without a description goes back to a plain reference."""
    if isinstance(illustration, str):
        illustration = {"default": illustration}
    if not isinstance(illustration, dict):
        return illustration
    out = dict(illustration)
    alt = out.pop("alt", None)
    frames = dict(alt) if isinstance(alt, dict) else {}
    frames.pop("default", None)
    if text:
        frames = {"default": text, **frames}
    if frames:
        out["alt"] = frames["default"] if list(frames) == ["default"] else frames
    if list(out) == ["default"] and isinstance(out["default"], str):
        return out["default"]
    return out


def alt_of(illustration: Any) -> tuple[str, list[str]]:
    """The step's picture description, and the frames that have their own."""
    alt = illustration.get("alt") if isinstance(illustration, dict) else None
    if isinstance(alt, str):
        return alt, []
    if isinstance(alt, dict):
        text = alt.get("default")
        return (text if isinstance(text, str) else ""), [k for k in alt if k != "default"]
    return "", []


def hold_kind(hold: Any) -> str:
    if isinstance(hold, dict):
        for kind in HOLD_KINDS:
            if kind in hold:
                return kind
    return "seconds"


class StepForm(QWidget):
    edited = Signal(str, object)
    picture_bundled = Signal(str)
    picture_file = Signal(object)  # Path
    picture_removed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepForm")
        self.heading = QLabel()
        self.heading.setObjectName("formTitle")
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("What the step is called, e.g. Cat-cow"))
        self.picture = PictureField()
        self.alt = QLineEdit()
        self.alt.setPlaceholderText(
            self.tr("What the picture shows, e.g. Lying on your back, knees falling to the left")
        )
        self.alt.setToolTip(
            self.tr("Read by screen readers and shown when the pointer rests on the picture")
        )
        self.instructions = QPlainTextEdit()
        self.instructions.setPlaceholderText(
            self.tr("One instruction per line. They are shown and read aloud at the start.")
        )
        self.instructions.setTabChangesFocus(True)
        self.instructions.setFixedHeight(96)

        self.hold_kind = QComboBox()
        self.hold_kind.addItem(self.tr("Seconds"), "seconds")
        self.hold_kind.addItem(self.tr("Breaths"), "breaths")
        self.hold_kind.addItem(self.tr("Until I press Done"), "open")
        self.hold_kind.setAccessibleName(self.tr("Hold for"))
        self.hold_value = number_box(99999)
        self.hold_value.setAccessibleName(self.tr("Hold length"))
        hold_row = QHBoxLayout()
        hold_row.addWidget(self.hold_kind)
        hold_row.addWidget(self.hold_value)
        hold_row.addStretch(1)

        self.reps = number_box(999, minimum=0)
        self.reps.setAccessibleName(self.tr("Repetitions"))
        self.release = number_box(9999, self.tr(" s"))
        self.release.setAccessibleName(self.tr("Release between repetitions"))
        reps_row = QHBoxLayout()
        reps_row.addWidget(self.reps)
        reps_row.addWidget(QLabel(self.tr("times, release")))
        reps_row.addWidget(self.release)
        reps_row.addWidget(QLabel(self.tr("between")))
        reps_row.addStretch(1)

        self.sides = QComboBox()
        self.sides.addItem(self.tr("One side only"), "none")
        self.sides.addItem(self.tr("Both sides: every repetition left, then right"), "both")
        self.sides.addItem(self.tr("Side to side: left, right, left…"), "alternate")
        self.motion = QComboBox()
        self.motion.addItem(self.tr("Hold still"), "hold")
        self.motion.addItem(self.tr("Keep moving (a walk, a march)"), "move")
        self.rest = number_box(9999, self.tr(" s"), minimum=-1)
        self.rest.setSpecialValueText(self.tr("Routine default"))

        self.own_breath = QCheckBox(self.tr("Own breath pace for this step"))
        self.inhale = number_box(99, self.tr(" s in"))
        self.pause = number_box(99, self.tr(" s pause"))
        self.exhale = number_box(99, self.tr(" s out"))
        for box, name in ((self.inhale, "in"), (self.pause, "pause"), (self.exhale, "out")):
            box.setAccessibleName(self.tr("Breath {part} seconds").format(part=name))
        spins = QHBoxLayout()
        spins.addWidget(self.inhale)
        spins.addWidget(self.pause)
        spins.addWidget(self.exhale)
        spins.addStretch(1)
        breath_row = QVBoxLayout()
        breath_row.addWidget(self.own_breath)
        breath_row.addLayout(spins)
        self.cues = CueRows()

        self.fields: dict[str, Field] = {
            "title": Field(self.tr("Title"), self.title),
            "illustration": Field(self.tr("Picture"), self.picture),
            "alt": Field(self.tr("Picture description"), self.alt),
            "instructions": Field(self.tr("Instructions"), self.instructions),
            "hold": Field(self.tr("Hold"), hold_row),
            "reps": Field(self.tr("Repetitions"), reps_row),
            "sides": Field(self.tr("Sides"), self.sides),
            "motion": Field(self.tr("Motion"), self.motion),
            "rest": Field(
                self.tr("Rest after this step"),
                self.rest,
                self.tr("No rest follows the last step."),
            ),
            "breath": Field(self.tr("Breath"), breath_row),
            "cues": Field(
                self.tr("Spoken cues during the hold"),
                self.cues,
            ),
        }
        self.fields["reps"].label.setBuddy(self.reps)
        self.fields["hold"].label.setBuddy(self.hold_kind)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        for key in ("title", "illustration", "alt", "instructions"):
            layout.addWidget(self.fields[key])
        layout.addSpacing(6)
        layout.addWidget(heading(self.tr("Timing")))
        for key in ("hold", "reps", "sides", "motion", "rest"):
            layout.addWidget(self.fields[key])
        layout.addSpacing(6)
        layout.addWidget(heading(self.tr("Breath and cues")))
        layout.addWidget(self.fields["breath"])
        layout.addWidget(self.fields["cues"])
        layout.addStretch(1)

        self._step: dict[str, Any] = {}
        self._last = {"seconds": 30, "breaths": 5, "open": 30}
        self.title.textEdited.connect(lambda text: self.edited.emit("title", text))
        self.instructions.textChanged.connect(self._instructions)
        self.hold_kind.currentIndexChanged.connect(self._hold)
        self.hold_value.valueChanged.connect(self._hold)
        self.reps.valueChanged.connect(self._reps)
        self.release.valueChanged.connect(self._reps)
        self.sides.currentIndexChanged.connect(self._sides)
        self.alt.textEdited.connect(self._alt)
        self.motion.currentIndexChanged.connect(self._motion)
        self.rest.valueChanged.connect(lambda v: self.edited.emit("rest", REMOVE if v < 0 else v))
        self.own_breath.toggled.connect(self._breath)
        for box in (self.inhale, self.pause, self.exhale):
            box.valueChanged.connect(self._breath)
        self.cues.edited.connect(lambda cues: self.edited.emit("cues", cues or REMOVE))
        self.picture.bundled_chosen.connect(self.picture_bundled)
        self.picture.file_chosen.connect(self.picture_file)
        self.picture.removed.connect(self.picture_removed)

    # -- showing ---------------------------------------------------------------------
    def load(
        self,
        index: int,
        step: dict[str, Any],
        picture_path: Path | None,
        default_rest: int,
        last: bool = False,
    ) -> None:
        self._step = step
        # The note on the last step only: on the others it is not true of them.
        self.fields["rest"].hint.setVisible(last)
        self.heading.setText(self.tr("Step {n}").format(n=index + 1))
        set_text(self.title, str(step.get("title", "")))
        instructions = step.get("instructions")
        set_lines(self.instructions, instructions if isinstance(instructions, list) else [])
        ill = step.get("illustration")
        ref = ill if isinstance(ill, str) else (ill or {}).get("default", "")
        extra = (
            [frame_name(k) for k in ill if k not in ("default", "alt")]
            if isinstance(ill, dict)
            else []
        )
        self.picture.show_picture(str(ref or ""), picture_path, extra)
        alt, own = alt_of(ill)
        set_text(self.alt, alt)
        self.picture.view.set_description(alt.strip())
        self.alt.setEnabled(bool(ref))
        hint = self.fields["alt"].hint
        hint.setText(
            self.tr("These pictures have their own description: {phases}").format(
                phases=", ".join(frame_name(k) for k in own)
            )
            if own
            else ""
        )
        hint.setVisible(bool(own))

        hold = step.get("hold") if isinstance(step.get("hold"), dict) else {}
        kind = hold_kind(hold)
        value = as_int(hold.get("estimate" if kind == "open" else kind), self._last[kind])
        self._last[kind] = value
        with QSignalBlocker(self.hold_kind):
            self.hold_kind.setCurrentIndex(HOLD_KINDS.index(kind))
        self._hold_suffix(kind)
        set_value(self.hold_value, value)

        reps = step.get("reps") if isinstance(step.get("reps"), dict) else {}
        set_value(self.reps, as_int(reps.get("count"), 1))
        set_value(self.release, as_int(reps.get("release"), 0))
        self.release.setEnabled(self.reps.value() > 1 or self.release.value() != 0)
        with QSignalBlocker(self.sides):
            sides = step.get("sides")
            self.sides.setCurrentIndex(SIDES.index(sides) if sides in SIDES else 0)
        with QSignalBlocker(self.motion):
            self.motion.setCurrentIndex(1 if step.get("motion") == "move" else 0)
        set_value(self.rest, as_int(step.get("rest"), -1))
        self.rest.setSpecialValueText(self.tr("Routine default ({n} s)").format(n=default_rest))
        breath = step.get("breath") if isinstance(step.get("breath"), dict) else None
        with QSignalBlocker(self.own_breath):
            self.own_breath.setChecked(breath is not None)
        for box, key, fallback in (
            (self.inhale, "inhale", DEFAULTS.breath.inhale),
            (self.pause, "pause", DEFAULTS.breath.pause),
            (self.exhale, "exhale", DEFAULTS.breath.exhale),
        ):
            set_value(box, as_int((breath or {}).get(key), fallback))
            box.setEnabled(breath is not None)
        cues = step.get("cues")
        self.cues.load(cues if isinstance(cues, list) else [])

    def show_problems(self, problems: dict[str, str]) -> None:
        known = set(self.fields)
        for key, field in self.fields.items():
            field.set_error(problems.get(key))
        stray = [msg for key, msg in problems.items() if key not in known]
        if stray and not problems.get("title"):
            self.fields["title"].set_error(stray[0])

    # -- edits ---------------------------------------------------------------------------
    def _hold_suffix(self, kind: str) -> None:
        suffix = {
            "seconds": self.tr(" s"),
            "breaths": self.tr(" breaths"),
            "open": self.tr(" s (a guess, for the estimate)"),
        }[kind]
        self.hold_value.setSuffix(suffix)

    def _hold(self) -> None:
        kind = self.hold_kind.currentData()
        if self.sender() is self.hold_kind:
            value = self._last[kind]
            set_value(self.hold_value, value)
            self._hold_suffix(kind)
        else:
            value = self.hold_value.value()
            self._last[kind] = value
        hold: dict[str, Any] = (
            {"open": True, "estimate": value} if kind == "open" else {kind: value}
        )
        self.edited.emit("hold", hold)

    def _instructions(self) -> None:
        lines = lines_of(self.instructions)
        current = self._step.get("instructions") or []
        if lines != current:
            self.edited.emit("instructions", lines or REMOVE)

    def _reps(self) -> None:
        count, release = self.reps.value(), self.release.value()
        self.release.setEnabled(count > 1 or release != 0)
        if count == 1 and release == 0:
            self.edited.emit("reps", REMOVE)
        else:
            self.edited.emit("reps", {"count": count, "release": release})

    def _sides(self) -> None:
        sides = self.sides.currentData()
        self.edited.emit("sides", REMOVE if sides == "none" else sides)

    def _alt(self, text: str) -> None:
        illustration = self._step.get("illustration")
        if illustration is not None:
            self.edited.emit("illustration", with_alt(illustration, text))

    def _motion(self) -> None:
        self.edited.emit("motion", "move" if self.motion.currentData() == "move" else REMOVE)

    def _breath(self) -> None:
        on = self.own_breath.isChecked()
        for box in (self.inhale, self.pause, self.exhale):
            box.setEnabled(on)
        if not on:
            self.edited.emit("breath", REMOVE)
            return
        self.edited.emit(
            "breath",
            {
                "inhale": self.inhale.value(),
                "pause": self.pause.value(),
                "exhale": self.exhale.value(),
            },
        )
