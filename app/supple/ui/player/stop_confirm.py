"""The question before a session stops: large enough to read and answer from the mat.

A plain QMessageBox is small (the desktop's dialog font, buttons a finger wide): this one
takes the window's size into account, with big words and big buttons. "Keep going" is the
default and what Esc answers, so a second press of Esc never stops by accident.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget


def _scaled(font: QFont, scale: float, bold: bool = False) -> QFont:
    big = QFont(font)
    big.setPointSizeF(max(font.pointSizeF(), 10.0) * scale)
    big.setBold(bold)
    return big


def stop_box(parent: QWidget | None) -> tuple[QMessageBox, QPushButton, QPushButton]:
    """The box, its Stop button and its Keep going button (not shown yet)."""
    box = QMessageBox(parent)
    box.setObjectName("confirmStop")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("StopConfirm", "Stop the session?"))
    box.setText(QCoreApplication.translate("StopConfirm", "Stop this session?"))
    box.setInformativeText(
        QCoreApplication.translate("StopConfirm", "What you have done so far is kept.")
    )
    stop = box.addButton(
        QCoreApplication.translate("StopConfirm", "Stop session"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    keep = box.addButton(
        QCoreApplication.translate("StopConfirm", "Keep going"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.setFont(_scaled(box.font(), 1.6))
    width = 600 if parent is None else max(600, round(parent.width() * 0.55))
    text_font = _scaled(box.font(), 1.35, bold=True)
    box.setStyleSheet(
        f"QLabel#qt_msgbox_label {{ font-size: {round(text_font.pointSizeF())}pt;"
        f" font-weight: 700; min-width: {width - 120}px; }}"
        " QLabel#qt_msgbox_informativelabel { padding-top: 6px; }"
        " QPushButton { min-height: 64px; min-width: 220px; padding: 4px 24px; }"
    )
    return box, stop, keep
