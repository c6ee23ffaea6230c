"""The form for the routine as a whole: title, description, tags, safety note and
the defaults every step uses (breath pace, rest between steps, get-ready time)."""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from supple.routine.model import Defaults
from supple.routine.names import normal_tag
from supple.ui.editor.fields import (
    Field,
    as_int,
    heading,
    number_box,
    set_plain,
    set_text,
    set_value,
)

DEFAULTS = Defaults()  # a routine's defaults when it sets none (routine.model)


def tags_of(text: str) -> list[str]:
    """The tags typed, each in the format's form where it can be ("Back Pain" ->
    "back-pain"), once each; one that cannot be is kept as typed, for the check to name."""
    tags: list[str] = []
    for part in text.split(","):
        tag = normal_tag(part)
        if tag and tag not in tags:
            tags.append(tag)
    return tags


class RoutineForm(QWidget):
    edited = Signal(str, object)  # top-level key, new value

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("routineForm")
        self.heading = QLabel(self.tr("Routine"))
        self.heading.setObjectName("formTitle")
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. Morning back care"))
        self.description = QPlainTextEdit()
        self.description.setPlaceholderText(
            self.tr("What the routine is for, in a sentence or two.")
        )
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(84)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("back, stretch, morning"))
        self.safety = QPlainTextEdit()
        self.safety.setPlaceholderText(
            self.tr("A caution shown before the routine starts (optional).")
        )
        self.safety.setTabChangesFocus(True)
        self.safety.setFixedHeight(64)
        self.inhale = number_box(99, self.tr(" s in"))
        self.pause = number_box(99, self.tr(" s pause"))
        self.exhale = number_box(99, self.tr(" s out"))
        breath_row = QHBoxLayout()
        for box, name in ((self.inhale, "in"), (self.pause, "pause"), (self.exhale, "out")):
            box.setAccessibleName(self.tr("Default breath {part} seconds").format(part=name))
            breath_row.addWidget(box)
        breath_row.addStretch(1)
        self.rest = number_box(9999, self.tr(" s"))
        self.lead_in = number_box(999, self.tr(" s"))
        self.fields: dict[str, Field] = {
            "title": Field(self.tr("Title"), self.title),
            "description": Field(self.tr("Description"), self.description),
            "tags": Field(
                self.tr("Tags"),
                self.tags,
                self.tr("Separated by commas. “Back Pain” is kept as back-pain."),
            ),
            "safety": Field(self.tr("Safety note"), self.safety),
            "defaults.breath": Field(self.tr("Breath pace"), breath_row),
            "defaults.rest": Field(self.tr("Rest between steps"), self.rest),
            "defaults.lead_in": Field(
                self.tr("Get ready before each step"),
                self.lead_in,
                self.tr("Your own setting in Settings, if you set one, takes its place."),
            ),
        }
        self.fields["defaults.breath"].label.setBuddy(self.inhale)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        for key in ("title", "description", "tags", "safety"):
            layout.addWidget(self.fields[key])
        layout.addSpacing(6)
        layout.addWidget(heading(self.tr("Every step, unless it says otherwise")))
        for key in ("defaults.breath", "defaults.rest", "defaults.lead_in"):
            layout.addWidget(self.fields[key])
        layout.addStretch(1)

        self._doc: dict[str, Any] = {}
        self.title.textEdited.connect(lambda text: self.edited.emit("title", text))
        self.description.textChanged.connect(self._description)
        self.safety.textChanged.connect(self._safety)
        self.tags.textEdited.connect(self._tags)
        self.tags.editingFinished.connect(self._show_tags_as_kept)
        for box in (self.inhale, self.pause, self.exhale, self.rest, self.lead_in):
            box.valueChanged.connect(self._defaults)

    def load(self, doc: dict[str, Any]) -> None:
        self._doc = doc
        set_text(self.title, str(doc.get("title", "")))
        set_plain(self.description, str(doc.get("description", "")))
        set_plain(self.safety, str(doc.get("safety", "")))
        tags = doc.get("tags") if isinstance(doc.get("tags"), list) else []
        if tags_of(self.tags.text()) != tags:
            set_text(self.tags, ", ".join(str(t) for t in tags))
        defaults = doc.get("defaults") or {}
        breath = defaults.get("breath") or {}
        set_value(self.inhale, as_int(breath.get("inhale"), DEFAULTS.breath.inhale))
        set_value(self.pause, as_int(breath.get("pause"), DEFAULTS.breath.pause))
        set_value(self.exhale, as_int(breath.get("exhale"), DEFAULTS.breath.exhale))
        set_value(self.rest, as_int(defaults.get("rest"), DEFAULTS.rest))
        set_value(self.lead_in, as_int(defaults.get("lead_in"), DEFAULTS.lead_in))

    def show_problems(self, problems: dict[str, str]) -> None:
        for key, field in self.fields.items():
            field.set_error(problems.get(key))
        if problems.get("defaults") and not any(k.startswith("defaults.") for k in problems):
            self.fields["defaults.rest"].set_error(problems["defaults"])

    def _description(self) -> None:
        text = self.description.toPlainText()
        if text != self._doc.get("description", ""):
            self.edited.emit("description", text)

    def _safety(self) -> None:
        text = self.safety.toPlainText()
        if text != self._doc.get("safety", ""):
            self.edited.emit("safety", text)

    def _tags(self, text: str) -> None:
        self.edited.emit("tags", tags_of(text))

    def _show_tags_as_kept(self) -> None:
        """Once typing is done, the field shows the tags as they are kept."""
        kept = ", ".join(tags_of(self.tags.text()))
        if kept != self.tags.text():
            set_text(self.tags, kept)

    def _defaults(self) -> None:
        defaults = copy.deepcopy(self._doc.get("defaults") or {})
        defaults["breath"] = {
            "inhale": self.inhale.value(),
            "pause": self.pause.value(),
            "exhale": self.exhale.value(),
        }
        defaults["rest"] = self.rest.value()
        defaults["lead_in"] = self.lead_in.value()
        self.edited.emit("defaults", defaults)
