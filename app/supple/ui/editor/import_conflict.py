"""The question asked when an imported routine has the id of one already in the library:
replace it, keep both, or cancel, in plain words."""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

Choice = Literal["replace", "keep", "cancel"]

# Read and clicked from the mat, a couple of metres away: larger than Qt's default.
MAT_STYLE = (
    "QLabel { font-size: 18px; }"
    " QPushButton { font-size: 17px; min-height: 38px; padding: 2px 18px; }"
    " QLineEdit { font-size: 18px; min-height: 34px; }"
)


def conflict_box(parent: QWidget | None, title: str, *, own: bool) -> QMessageBox:
    """The question, not yet shown. ``own``: the routine there is the person's own (it can
    be replaced); otherwise it is one of Supple's and only keeping both is offered."""
    box = QMessageBox(parent)
    box.setObjectName("importConflict")
    box.setStyleSheet(MAT_STYLE)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(
        QCoreApplication.translate("ImportConflict", "Routine already in your library")
    )
    box.setText(
        QCoreApplication.translate("ImportConflict", "You already have “{title}”.").format(
            title=title
        )
    )
    if own:
        box.setInformativeText(
            QCoreApplication.translate(
                "ImportConflict",
                "Replace it with the one you are importing, or keep both? "
                "Replacing keeps its history.",
            )
        )
        replace = box.addButton(
            QCoreApplication.translate("ImportConflict", "Replace"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        replace.setObjectName("replace")
    else:
        box.setInformativeText(
            QCoreApplication.translate(
                "ImportConflict", "It comes with Supple and stays. Add the imported one beside it?"
            )
        )
    keep = box.addButton(
        QCoreApplication.translate("ImportConflict", "Keep both"), QMessageBox.ButtonRole.AcceptRole
    )
    keep.setObjectName("keep")
    cancel = box.addButton(
        QCoreApplication.translate("ImportConflict", "Cancel"), QMessageBox.ButtonRole.RejectRole
    )
    cancel.setObjectName("cancel")
    box.setDefaultButton(keep)
    box.setEscapeButton(cancel)
    return box


def ask_conflict(parent: QWidget | None, title: str, *, own: bool) -> Choice:
    box = conflict_box(parent, title, own=own)
    box.exec()
    clicked = box.clickedButton()
    name = clicked.objectName() if clicked is not None else "cancel"
    box.deleteLater()
    if name == "replace":
        return "replace"
    return "keep" if name == "keep" else "cancel"
