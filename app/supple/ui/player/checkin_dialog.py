"""The optional check-in: how the back feels (0-10) before or after a session, and a note.

Off by default (settings.checkin_enabled). Use::

    checkin = ask_checkin(window, "before")      # None when skipped
    if checkin is not None:
        recorder.checkin_before(checkin.feel, checkin.note)
    controller.start(routine)
    ...
    # after session_ended:
    checkin = ask_checkin(window, "after")
    if checkin is not None:
        recorder.checkin_after(checkin.feel, checkin.note)
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from supple.history import CheckIn

NOTE_MAX = 200


class CheckinDialog(QDialog):
    def __init__(self, phase: str = "before", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if phase not in ("before", "after"):
            raise ValueError("phase is 'before' or 'after'")
        self.phase = phase
        self.setWindowTitle(self.tr("Check-in"))
        if phase == "before":
            question = self.tr("Before you start: how does your back feel?")
        else:
            question = self.tr("Well done. How does your back feel now?")
        title = QLabel(question)
        font = title.font()
        font.setPointSizeF(max(font.pointSizeF(), 10.0) * 1.25)
        font.setBold(True)
        title.setFont(font)
        title.setWordWrap(True)

        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 10)
        self.slider.setValue(0)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setTickInterval(1)
        self.slider.setPageStep(1)
        self.slider.setAccessibleName(self.tr("How the back feels, 0 to 10"))
        self.value_label = QLabel()
        value_font = self.value_label.font()
        value_font.setPointSizeF(max(value_font.pointSizeF(), 10.0) * 1.6)
        value_font.setBold(True)
        self.value_label.setFont(value_font)
        self.value_label.setMinimumWidth(40)
        self.value_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.slider.valueChanged.connect(self._show_value)
        ends = QHBoxLayout()
        ends.addWidget(QLabel(self.tr("0 = feels fine")))
        ends.addStretch(1)
        ends.addWidget(QLabel(self.tr("10 = worst pain")))

        self.note = QLineEdit()
        self.note.setMaxLength(NOTE_MAX)
        self.note.setPlaceholderText(self.tr("A short note (optional)"))

        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.skip_button = buttons.addButton(
            self.tr("Skip"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        row = QHBoxLayout()
        row.addWidget(self.slider, 1)
        row.addWidget(self.value_label)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(row)
        layout.addLayout(ends)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self._show_value(self.slider.value())

    def _show_value(self, value: int) -> None:
        self.value_label.setText(str(value))

    def result_checkin(self) -> CheckIn:
        return CheckIn(self.slider.value(), self.note.text().strip())


def ask_checkin(parent: QWidget | None, phase: str = "before") -> CheckIn | None:
    """Show the check-in modally; the answer, or None when skipped."""
    dialog = CheckinDialog(phase, parent)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.result_checkin()
        return None
    finally:
        dialog.deleteLater()
