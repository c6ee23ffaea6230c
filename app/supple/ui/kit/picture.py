"""Illustrations: read at the size they are shown, and drawn on a soft card.

A picture is drawn at the exact pixel size it is shown at (SVG stays crisp at any
window size; a large photo is scaled while it is decoded). What Qt is given is only
ever the checked bytes of the file (``picture_render``), and a routine's own pictures
are drawn by worker threads (``picture_cache``), so a hostile picture can neither
reach outside its folder nor stop the window from answering. A picture that cannot
be shown is replaced by a placeholder that says why.

First frame: the library shows a picture in its first frame, so this module paints
through ``kit.paint``, without Qt's enums (ARCHITECTURE.md, start-up rules).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize, QSizeF
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from supple.routine.picture_refused import PictureRefused
from supple.ui.kit import paint, theme
from supple.ui.kit.accessible import GRAPHIC, give_role
from supple.ui.kit.drawn_poses import DrawnPoses
from supple.ui.kit.picture_cache import PictureCache
from supple.ui.kit.picture_render import (
    MAX_DIMENSION,
    fit,
    paint_placeholder,
    problem_label,
    problem_text,
    render_picture,
)
from supple.ui.kit.text import escape_html

__all__ = ["CACHE", "MAX_DIMENSION", "PictureView", "fit", "load_image", "tooltip_html"]

TOOLTIP_LINE = 48  # characters: a description reads as a short paragraph, not a long line


def tooltip_html(text: str) -> str:
    """``text`` (plain, a routine's words) as a tooltip of short lines, escaped.

    Qt shows a plain tooltip on one line (up to the screen's width) and wraps rich
    text into a narrow column; so the lines are broken here, at word boundaries."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > TOOLTIP_LINE:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        lines.append(line)
    if not lines:
        return ""
    escaped = (escape_html(part) for part in lines)
    return "<p style='white-space:pre'>" + "<br>".join(escaped) + "</p>"


def load_image(path: Path, box: QSize) -> QImage | None:
    """The picture at ``path`` fitted into ``box`` pixels, drawn now on this thread, or
    None if it cannot be shown."""
    return render_picture(path, box).image


CACHE = PictureCache(kept=DrawnPoses())


class PictureView(QWidget):
    """One illustration on a softly tinted rounded card, re-rendered only on change.

    ``set_mirrored(True)`` shows the picture flipped left to right (a step's other side):
    the painter flips the cached image as it draws it, so nothing is read or rendered again.
    While an own picture is drawn at a new size, the last size drawn is shown scaled;
    a picture that cannot be shown is a placeholder saying why (the whole reason in
    the tooltip and the accessible description).
    """

    def __init__(self, parent: QWidget | None = None, *, radius: float = 18.0) -> None:
        super().__init__(parent)
        self._path: Path | None = None
        self._mirrored = False
        self._radius = radius
        self.padding = 0.06  # of the shorter side
        self._description = ""
        self._problem: PictureRefused | None = None
        give_role(self, GRAPHIC)  # an image to screen readers; its alt text: the description
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(120, 90)
        CACHE.signals.ready.connect(self._picture_ready)

    def _picture_ready(self, path: str) -> None:
        if self._path is not None and str(self._path) == path:
            self.update()

    @property
    def path(self) -> Path | None:
        return self._path

    def set_path(self, path: Path | None) -> None:
        if path == self._path:
            return
        self._path = path
        self.update()

    def set_description(self, text: str) -> None:
        """What the picture shows, in words: its tooltip and its accessible description."""
        if text != self._description:
            self._description = text
            self._describe()

    def _describe(self) -> None:
        text = self._description
        if self._problem is not None:
            text = f"{problem_text(self._problem)} {text}".strip()
        if text != self.accessibleDescription():
            self.setAccessibleDescription(text)
            self.setToolTip(tooltip_html(text))

    @property
    def mirrored(self) -> bool:
        return self._mirrored

    def set_mirrored(self, mirrored: bool) -> None:
        """Draw the picture flipped left to right (True) or as drawn (False)."""
        if mirrored == self._mirrored:
            return
        self._mirrored = mirrored
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(480, 360)

    def picture_rect(self) -> QRectF:
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        pad = min(rect.width(), rect.height()) * self.padding
        return rect.adjusted(pad, pad, -pad, -pad)

    def _rendered(self) -> tuple[QImage | None, PictureRefused | None, bool]:
        """The image to show, or why there is none; False when the image is of another
        size (shown scaled while the size asked for is drawn)."""
        if self._path is None:
            return None, None, True
        dpr = self.devicePixelRatioF()
        box = self.picture_rect().size() * dpr
        found = CACHE.lookup(self._path, box.toSize())
        if found is None:
            return CACHE.latest(self._path), None, False
        return found.image, found.problem, True

    def current_image(self) -> QImage | None:
        return self._rendered()[0]

    @property
    def problem(self) -> PictureRefused | None:
        """Why the picture cannot be shown (as last painted), or None."""
        return self._problem

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        shape = QPainterPath()
        shape.addRoundedRect(rect, self._radius, self._radius)
        paint.fill(painter, shape, theme.card(palette))
        paint.outline(painter, shape, theme.card_border(palette))
        image, problem, exact = self._rendered()
        if problem is not self._problem:
            self._problem = problem
            self._describe()
        area = self.picture_rect()
        if problem is not None:
            paint_placeholder(painter, area, palette, self.font(), problem_label(problem))
            return
        if image is None:
            return
        dpr = self.devicePixelRatioF()
        shown = QSizeF(image.width() / dpr, image.height() / dpr)
        if not exact:
            shown = fit(shown, area.size())
        target = QRectF(
            area.x() + (area.width() - shown.width()) / 2,
            area.y() + (area.height() - shown.height()) / 2,
            shown.width(),
            shown.height(),
        )
        if self._mirrored:
            # Flip about the picture's own centre line: x -> left + right - x.
            painter.translate(target.left() + target.right(), 0.0)
            painter.scale(-1.0, 1.0)
        painter.drawImage(target, image)


def placeholder_color(widget: QWidget) -> QColor:
    return theme.muted_text(widget.palette())
