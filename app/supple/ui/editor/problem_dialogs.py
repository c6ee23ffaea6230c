"""The lines a routine problem is shown as, and the box that lists them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from supple.routine import RoutineError


def problem_lines(exc: Exception) -> list[str]:
    if isinstance(exc, RoutineError):
        return [f"{p.path or '(file)'}: {p.message}" for p in exc.problems]
    if isinstance(exc, OSError):
        return [str(exc.strerror or exc)]
    return [str(exc)]


def problems_box(parent: QWidget, title: str, lines: list[str]) -> QMessageBox:
    """A warning titled ``title`` listing ``lines`` (the first 12; all under Details), opened
    without blocking."""
    box = QMessageBox(parent)
    box.setObjectName("routineProblems")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(title)
    box.setInformativeText("\n".join(lines[:12]) + ("\n…" if len(lines) > 12 else ""))
    box.setDetailedText("\n".join(lines))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.open()
    return box
