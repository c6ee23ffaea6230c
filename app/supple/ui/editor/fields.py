"""Form pieces shared by the step and routine forms: a labelled field that can show
the loader's message right under itself, and number boxes that accept out-of-range
values so the message (not a silent clamp) tells the person what is allowed."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

REMOVE = object()  # an edit that removes the key from the document


class Field(QWidget):
    """A label, a framed control (outlined when invalid) and the problem beneath it."""

    def __init__(self, label: str, control: QWidget | QLayout, hint: str = "") -> None:
        super().__init__()
        self.label = QLabel(label)
        self.label.setObjectName("fieldLabel")
        self.box = QFrame()
        self.box.setObjectName("fieldBox")
        inner = QHBoxLayout(self.box)
        inner.setContentsMargins(2, 2, 2, 2)
        inner.setSpacing(8)
        if isinstance(control, QLayout):
            inner.addLayout(control)
        else:
            inner.addWidget(control)
            self.label.setBuddy(control)
            if not control.accessibleName():
                control.setAccessibleName(label.replace("&", ""))
        self.hint = QLabel(hint)
        self.hint.setObjectName("muted")
        self.hint.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.label)
        layout.addWidget(self.box)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        # Only once it has a parent: showing a parentless label opens it as a window
        # of its own for a moment, which takes the focus from the main window.
        self.hint.setVisible(bool(hint))

    def set_error(self, message: str | None) -> None:
        invalid = bool(message)
        if self.box.property("invalid") != invalid:
            self.box.setProperty("invalid", invalid)
            self.box.style().unpolish(self.box)
            self.box.style().polish(self.box)
        self.error.setText(message or "")
        self.error.setVisible(invalid)

    @property
    def message(self) -> str:
        return self.error.text() if self.error.isVisible() or self.error.text() else ""


WIDE = 999_999  # what a box takes: far past every limit, so nothing typed is cut short


def number_box(maximum: int, suffix: str = "", minimum: int = 0) -> QSpinBox:
    """A spin box with a wide range: the loader, not the box, says what is allowed. Up to
    ``maximum`` but never less than ``WIDE`` (a box of 999 turned a typed 99999 into 999
    and the message then spoke of 999). Thousands are grouped as the messages write them
    ("9,999 s" beside "9,999 seconds")."""
    box = QSpinBox()
    box.setRange(minimum, max(maximum, WIDE))
    box.setGroupSeparatorShown(True)
    box.setSuffix(suffix)
    box.setKeyboardTracking(True)
    box.setAccelerated(True)
    box.setMinimumWidth(96)
    return box


def set_value(box: QSpinBox, value: int) -> None:
    if box.value() != value:
        with QSignalBlocker(box):
            box.setValue(value)


def set_text(edit: QLineEdit, text: str) -> None:
    if edit.text() != text:
        with QSignalBlocker(edit):
            edit.setText(text)


def lines_of(edit: QPlainTextEdit) -> list[str]:
    return [line.strip() for line in edit.toPlainText().splitlines() if line.strip()]


def set_lines(edit: QPlainTextEdit, lines: Iterable[str]) -> None:
    wanted = list(lines)
    if lines_of(edit) != [line.strip() for line in wanted if line.strip()]:
        with QSignalBlocker(edit):
            edit.setPlainText("\n".join(wanted))


def set_plain(edit: QPlainTextEdit, text: str) -> None:
    if edit.toPlainText() != text:
        with QSignalBlocker(edit):
            edit.setPlainText(text)


def as_int(value: Any, fallback: int) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else fallback


def heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("sectionHeading")
    return label
