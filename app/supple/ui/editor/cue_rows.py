"""Timed cues of a step: "at 30 s: ..." or "every 60 s: ...", one row each."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from supple.ui.editor.fields import as_int, number_box, set_text, set_value


class _CueRow(QWidget):
    changed = Signal()
    remove = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.when = QComboBox()
        self.when.addItem(self.tr("At"), "at")
        self.when.addItem(self.tr("Every"), "every")
        self.when.setAccessibleName(self.tr("When the cue is spoken"))
        self.seconds = number_box(99999, self.tr(" s"))
        self.seconds.setAccessibleName(self.tr("Cue seconds"))
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("What to say"))
        self.text.setAccessibleName(self.tr("Cue text"))
        self.delete = QPushButton(self.tr("Remove"))
        self.delete.setAccessibleName(self.tr("Remove cue"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.when)
        layout.addWidget(self.seconds)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.delete)
        self.when.currentIndexChanged.connect(self.changed)
        self.seconds.valueChanged.connect(self.changed)
        self.text.textEdited.connect(self.changed)
        self.delete.clicked.connect(lambda: self.remove.emit(self))

    def value(self) -> dict[str, Any]:
        key = self.when.currentData()
        return {"text": self.text.text(), key: self.seconds.value()}

    def load(self, cue: dict[str, Any]) -> None:
        key = "every" if "every" in cue else "at"
        with QSignalBlocker(self.when):
            self.when.setCurrentIndex(0 if key == "at" else 1)
        set_value(self.seconds, as_int(cue.get(key), 0))
        set_text(self.text, str(cue.get("text", "")))


class CueRows(QWidget):
    """Emits ``edited(list)`` with the cues as document objects."""

    edited = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[_CueRow] = []
        self.column = QVBoxLayout()
        self.column.setSpacing(6)
        self.add_button = QPushButton(self.tr("Add a spoken cue"))
        self.add_button.clicked.connect(self._add)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.column)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        layout.addLayout(row)

    def value(self) -> list[dict[str, Any]]:
        return [row.value() for row in self.rows]

    def load(self, cues: list[dict[str, Any]]) -> None:
        while len(self.rows) > len(cues):
            row = self.rows.pop()
            row.setParent(None)
            row.deleteLater()
        while len(self.rows) < len(cues):
            row = _CueRow()
            row.changed.connect(self._changed)
            row.remove.connect(self._remove)
            self.rows.append(row)
            self.column.addWidget(row)
        for row, cue in zip(self.rows, cues, strict=True):
            if row.value() != cue:
                row.load(cue)

    def _changed(self) -> None:
        self.edited.emit(self.value())

    def _add(self) -> None:
        self.edited.emit([*self.value(), {"text": "", "every": 30}])

    def _remove(self, row: _CueRow) -> None:
        values = [r.value() for r in self.rows if r is not row]
        self.edited.emit(values)
