"""The safety notice shown before the first session, and again from the Help menu."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget


def safety_text() -> str:
    return "\n\n".join(
        [
            QCoreApplication.translate(
                "Safety",
                "Supple guides you through stretches and gentle exercise. "
                "It gives guidance, not a diagnosis.",
            ),
            QCoreApplication.translate(
                "Safety",
                "Move slowly and stay within a range that feels comfortable. "
                "Stop at once if the pain gets sharper.",
            ),
            QCoreApplication.translate(
                "Safety",
                "See a doctor or physiotherapist if the pain is severe, if it lasts or "
                "keeps getting worse, or if it comes with numbness, tingling or weakness "
                "in your legs.",
            ),
        ]
    )


class SafetyNotice(QDialog):
    """``first_run``: "I understand" / "Not now"; otherwise a plain Close."""

    def __init__(self, parent: QWidget | None = None, *, first_run: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("safetyNotice")
        self.setWindowTitle(self.tr("Before you start"))
        self.setModal(True)
        heading = QLabel(self.tr("Before you start"))
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        self.body = QLabel(safety_text())
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.body.setWordWrap(True)
        body_font = QFont(self.body.font())
        body_font.setPointSizeF(body_font.pointSizeF() * 1.15)
        self.body.setFont(body_font)
        self.buttons = QDialogButtonBox()
        if first_run:
            self.accept_button = self.buttons.addButton(
                self.tr("I understand"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.later_button = self.buttons.addButton(
                self.tr("Not now"), QDialogButtonBox.ButtonRole.RejectRole
            )
        else:
            self.accept_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.accept_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(16)
        layout.addWidget(heading)
        layout.addWidget(self.body)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
