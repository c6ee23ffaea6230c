"""The optional check-in: how the back feels (0-10) before or after a session, and a note.

Off by default (settings.checkin_enabled). Nothing is chosen when it opens: one stray
click must not record "feels fine", so Save waits for a number (or, after a stop, a
reason) and Skip records nothing. After a session that was stopped the question is
worded for a stop, and the person can say why ("it hurt" is kept in the history).
Big targets, for a person on the mat. Use::

    checkin = ask_checkin(window, "before")      # None when skipped
    if checkin is not None:
        recorder.checkin_before(checkin.feel, checkin.note)
    controller.start(routine)
    ...
    # after session_ended (phase "stopped" when the person pressed Stop):
    checkin = ask_checkin(window, "after")
    if checkin is not None:
        recorder.checkin_after(checkin.feel, checkin.note, checkin.stop_reason)
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from supple.history import STOP_REASONS, CheckIn
from supple.ui.kit import theme

NOTE_MAX = 200
PHASES = ("before", "after", "stopped")
SCORES = range(0, 11)


class CheckinDialog(QDialog):
    def __init__(self, phase: str = "before", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if phase not in PHASES:
            raise ValueError("phase is 'before', 'after' or 'stopped'")
        self.phase = phase
        self.setObjectName("checkin")
        self.setWindowTitle(self.tr("Check-in"))
        self.feel: int | None = None
        self.stop_reason = ""
        if phase == "before":
            question = self.tr("Before you start: how does your back feel?")
        elif phase == "after":
            question = self.tr("Well done. How does your back feel now?")
        else:
            question = self.tr("You stopped the session. How does your back feel now?")
        self.question = QLabel(question)
        self.question.setWordWrap(True)
        self.question.setFont(self._font(1.5, QFont.Weight.Bold))

        # Why the session was stopped (only after a stop).
        self.reason_label = QLabel(self.tr("Why did you stop?"))
        self.reason_label.setFont(self._font(1.15, QFont.Weight.DemiBold))
        texts = {
            "hurt": self.tr("It hurt"),
            "tired": self.tr("Too tired"),
            "time": self.tr("Out of time"),
            "other": self.tr("Something else"),
        }
        self.reason_buttons: dict[str, QPushButton] = {}
        self._reasons = QButtonGroup(self)
        reasons = QHBoxLayout()
        reasons.setSpacing(10)
        for key in STOP_REASONS:
            button = self._choice(texts[key])
            button.clicked.connect(lambda _on=False, k=key: self._reason_chosen(k))
            self._reasons.addButton(button)
            self.reason_buttons[key] = button
            reasons.addWidget(button)
        self.hurt_advice = QLabel(
            self.tr(
                "Take it easy. If the pain is sharp, lasts or gets worse, see a doctor "
                "or physiotherapist."
            )
        )
        self.hurt_advice.setWordWrap(True)
        self.hurt_advice.setFont(self._font(1.1))
        self.hurt_advice.hide()
        stopped = phase == "stopped"
        self.reason_label.setVisible(stopped)
        for button in self.reason_buttons.values():
            button.setVisible(stopped)

        # The score: eleven big buttons, none chosen.
        self.score_label = QLabel(self.tr("How it feels, from 0 to 10:"))
        self.score_label.setFont(self._font(1.15, QFont.Weight.DemiBold))
        self.score_buttons: list[QPushButton] = []
        self._scores = QButtonGroup(self)
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        for score in SCORES:
            button = self._choice(str(score))
            button.setAccessibleName(self.tr("{n} of 10").format(n=score))
            button.setMinimumWidth(48)
            button.clicked.connect(lambda _on=False, n=score: self.choose(n))
            self._scores.addButton(button, score)
            self.score_buttons.append(button)
            grid.addWidget(button, 0, score)
        fine = QLabel(self.tr("0 = feels fine"))
        worst = QLabel(self.tr("10 = worst pain"))
        worst.setAlignment(Qt.AlignmentFlag.AlignRight)
        for label in (fine, worst):
            label.setFont(self._font(1.05))
        grid.addWidget(fine, 1, 0, 1, 5)
        grid.addWidget(worst, 1, 6, 1, 5)

        self.note = QLineEdit()
        self.note.setMaxLength(NOTE_MAX)
        self.note.setPlaceholderText(self.tr("A short note (optional)"))
        self.note.setFont(self._font(1.15))
        self.note.setMinimumHeight(44)

        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.skip_button = buttons.addButton(
            self.tr("Skip"), QDialogButtonBox.ButtonRole.RejectRole
        )
        for button in (self.save_button, self.skip_button):
            button.setFont(self._font(1.2, QFont.Weight.DemiBold))
            button.setMinimumSize(140, 52)
        self.save_button.setEnabled(False)  # a choice first, or Skip
        self.save_button.setToolTip(self.tr("Choose a number first, or Skip"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 24)
        layout.setSpacing(14)
        layout.addWidget(self.question)
        if stopped:
            layout.addWidget(self.reason_label)
            layout.addLayout(reasons)
            layout.addWidget(self.hurt_advice)
        layout.addWidget(self.score_label)
        layout.addLayout(grid)
        layout.addWidget(self.note)
        layout.addSpacing(6)
        layout.addWidget(buttons)
        self._restyle()
        self._fit(parent)

    # -- building --------------------------------------------------------------------
    def _font(self, scale: float, weight: QFont.Weight | None = None) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 10.0) * scale)
        if weight is not None:
            font.setWeight(weight)
        return font

    def _choice(self, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setCheckable(True)
        button.setAutoDefault(False)
        button.setObjectName("choice")
        button.setFont(self._font(1.3, QFont.Weight.DemiBold))
        button.setMinimumHeight(56)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        return button

    def _restyle(self) -> None:
        palette = self.palette()
        accent = theme.css(theme.accent_fill(palette))  # 4.5:1 under HighlightedText
        card = theme.css(theme.card(palette))
        border = theme.css(theme.card_border(palette))
        self.setStyleSheet(
            f"""
            QPushButton#choice {{ background: {card}; border: 1px solid {border};
                border-radius: 10px; padding: 6px 10px; }}
            QPushButton#choice:checked {{ background: {accent}; border-color: {accent};
                color: palette(highlighted-text); }}
            """
        )

    def _fit(self, parent: QWidget | None) -> None:
        """Big enough to use from the mat: most of the window's width, within the screen."""
        width = 640
        if parent is not None:
            width = max(width, round(parent.width() * 0.6))
            screen = parent.screen()
            if screen is not None:
                width = min(width, screen.availableGeometry().width() - 40)
        self.setMinimumWidth(width)
        # A window does not grow for a question that wraps to a second line (a longer
        # translation): without this the rows below were squeezed over each other.
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            self.setMinimumHeight(layout.totalHeightForWidth(width))

    # -- choosing --------------------------------------------------------------------
    def choose(self, score: int) -> None:
        """The person's score, as a click on its button gives it."""
        if score not in SCORES:
            raise ValueError("a score is 0 to 10")
        self.feel = score
        self.score_buttons[score].setChecked(True)
        self._update_save()

    def _reason_chosen(self, key: str) -> None:
        self.stop_reason = key
        self.reason_buttons[key].setChecked(True)
        self.hurt_advice.setVisible(key == "hurt")
        self._update_save()

    def choose_reason(self, key: str) -> None:
        """Why the session was stopped (a key of ``STOP_REASONS``)."""
        if key not in STOP_REASONS:
            raise ValueError(f"a stop reason is one of {STOP_REASONS}")
        self._reason_chosen(key)

    def _update_save(self) -> None:
        self.save_button.setEnabled(self.feel is not None or bool(self.stop_reason))
        self.save_button.setToolTip("")

    def result_checkin(self) -> CheckIn:
        return CheckIn(self.feel, self.note.text().strip(), self.stop_reason)


def ask_checkin(parent: QWidget | None, phase: str = "before") -> CheckIn | None:
    """Show the check-in modally; the answer, or None when skipped."""
    dialog = CheckinDialog(phase, parent)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.result_checkin()
        return None
    finally:
        dialog.deleteLater()
