"""The About box: version and credits."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from supple.version import __version__


def about_html() -> str:
    parts = [
        f"<h2>Supple {__version__}</h2>",
        "<p>"
        + QCoreApplication.translate(
            "About", "A hands-free coach for stretch and mobility routines."
        )
        + "</p>",
        "<p>"
        + QCoreApplication.translate(
            "About",
            "Routines are written for Supple from common advice for easing lower-back "
            "pain. They give guidance, not a diagnosis.",
        )
        + "</p>",
        "<p>"
        + QCoreApplication.translate(
            "About",
            "Built with Qt for Python (PySide6, LGPL). Offline voice by pyttsx3 and "
            "espeak-ng. Pose illustrations drawn for Supple.",
        )
        + "</p>",
    ]
    return "".join(parts)


def show_about(parent: QWidget | None) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName("aboutBox")
    box.setWindowTitle(QCoreApplication.translate("About", "About Supple"))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(about_html())
    if parent is not None and not parent.windowIcon().isNull():
        box.setIconPixmap(parent.windowIcon().pixmap(64, 64))
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.open()
    return box
