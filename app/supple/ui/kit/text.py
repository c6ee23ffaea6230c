"""Text every wing shows the same way: durations, holds, the warning colour, and the one
HTML escape for text put into rich-text labels and tooltips.

The words are translated in the "LibraryView" context, where they were first shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette

from supple.routine import HoldKind, Sides, Step
from supple.ui.kit import theme


def escape_html(text: str) -> str:
    """``text`` safe inside rich text: &, < and > as entities (quotes are left alone)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def breakable_path(path: str) -> str:
    """``path`` for a word-wrapped label: a zero-width space after each folder separator,
    so a long path breaks between folders instead of widening the label (Qt breaks lines
    only at spaces and hyphens). For shown text only, never for text to copy."""
    return path.replace("/", "/\u200b").replace("\\", "\\\u200b")


def duration_text(seconds: float) -> str:
    minutes = max(1, round(seconds / 60))
    return QCoreApplication.translate("LibraryView", "about {n} min").format(n=minutes)


def steps_text(n: int) -> str:
    """ "1 step", "5 steps"."""
    return (
        QCoreApplication.translate("LibraryView", "1 step")
        if n == 1
        else QCoreApplication.translate("LibraryView", "{n} steps").format(n=n)
    )


def size_text(seconds: float, steps: int) -> str:
    """A routine's length and steps: "about 4 min · 5 steps"; "no steps yet" when empty
    (not "about 1 min · 0 steps")."""
    if steps == 0:
        return QCoreApplication.translate("LibraryView", "no steps yet")
    return QCoreApplication.translate("LibraryView", "{duration} · {steps}").format(
        duration=duration_text(seconds), steps=steps_text(steps)
    )


def seconds_text(seconds: int) -> str:
    """A hold's length as people say it: "45 s", "3 min"."""
    if seconds >= 60 and seconds % 60 == 0:
        return QCoreApplication.translate("LibraryView", "{n} min").format(n=seconds // 60)
    return QCoreApplication.translate("LibraryView", "{n} s").format(n=seconds)


def hold_text(step: Step) -> str:
    hold = step.hold
    if hold.kind is HoldKind.BREATHS:
        text = QCoreApplication.translate("LibraryView", "{n} breaths").format(n=hold.breaths)
    elif hold.kind is HoldKind.OPEN:
        text = QCoreApplication.translate("LibraryView", "as long as you can")
    else:
        text = seconds_text(int(hold.seconds or 0))
    parts = [text]
    if step.reps.count > 1:
        parts.append(
            QCoreApplication.translate("LibraryView", "{n} times").format(n=step.reps.count)
        )
    if step.sides is Sides.BOTH:
        parts.append(QCoreApplication.translate("LibraryView", "each side"))
    elif step.sides is Sides.ALTERNATE:
        parts.append(QCoreApplication.translate("LibraryView", "side to side"))
    return " · ".join(parts)


def warning_colour(palette: QPalette) -> QColor:
    return QColor("#ff8a80") if theme.is_dark(palette) else QColor("#b3261e")
