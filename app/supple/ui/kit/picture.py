"""Illustrations: read at the size they are shown, and drawn on a soft card.

SVG files render through QSvgRenderer at the exact pixel size, so they stay
crisp at any window size. An SVG is read here and handed to Qt as bytes with
every link to another file (``<image href="...">``) cut: QtSvg would otherwise
open any file such a link names, outside the routine's folder too.
PNG/JPEG go through QImageReader with a size guard: the header is read first
and a picture bigger than needed is scaled *while it is decoded*, so a small
file claiming enormous dimensions is never fully decoded into memory.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, QSize, QSizeF
from PySide6.QtGui import QColor, QImage, QImageReader, QPainter, QPainterPath, QPaintEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from supple.ui.kit import paint, theme
from supple.ui.kit.text import escape_html

MAX_DIMENSION = 4096  # never decode more than this many pixels along a side
RASTER_ALLOCATION_MB = 64
MAX_SVG_BYTES = 20 * 1024 * 1024  # as the routine loader allows for a picture file

# href="..." / xlink:href='...' (any prefix) whose value is not a fragment (#id) or inline data.
_EXTERNAL_HREF = re.compile(
    rb"""(href\s*=\s*)(?:"(?!\s*(?:\#|data:))[^"]*"|'(?!\s*(?:\#|data:))[^']*')""",
    re.IGNORECASE,
)
_CACHE_SIZE = 48


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


def fit(source: QSizeF, box: QSizeF) -> QSizeF:
    """``source`` scaled to fit inside ``box``, keeping its aspect ratio."""
    if source.width() <= 0 or source.height() <= 0:
        return QSizeF(box)
    scale = min(box.width() / source.width(), box.height() / source.height())
    return QSizeF(source.width() * scale, source.height() * scale)


def svg_contents(path: Path) -> bytes | None:
    """The SVG's bytes with links to other files cut; None when it cannot be used."""
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_SVG_BYTES + 1)
    except OSError:
        return None
    if len(data) > MAX_SVG_BYTES:
        return None
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head.startswith(b"<"):
        return None  # not ASCII-compatible XML (e.g. UTF-16): links could not be checked
    return _EXTERNAL_HREF.sub(rb'\1"#"', data)


def _render_svg(path: Path, box: QSize) -> QImage | None:
    contents = svg_contents(path)
    if contents is None:
        return None
    renderer = QSvgRenderer(QByteArray(contents))
    if not renderer.isValid():
        return None
    view = renderer.viewBoxF()
    natural = (
        view.size() if view.isValid() and not view.isEmpty() else QSizeF(renderer.defaultSize())
    )
    size = fit(natural, QSizeF(box)).toSize()
    if size.isEmpty():
        return None
    image = paint.clear(QImage(size, QImage.Format.Format_ARGB32_Premultiplied))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size.width(), size.height()))
    painter.end()
    return image


def _read_raster(path: Path, box: QSize) -> QImage | None:
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    reader.setAllocationLimit(RASTER_ALLOCATION_MB)
    natural = reader.size()
    if not natural.isValid() or natural.isEmpty():
        return None  # a header we cannot size is not decoded blind
    limit = QSize(min(box.width(), MAX_DIMENSION), min(box.height(), MAX_DIMENSION))
    target = fit(QSizeF(natural), QSizeF(limit)).toSize()
    if target.width() < natural.width() or target.height() < natural.height():
        reader.setScaledSize(target)
    image = reader.read()
    return None if image.isNull() else image


def load_image(path: Path, box: QSize) -> QImage | None:
    """The picture at ``path`` fitted into ``box`` pixels, or None if unreadable."""
    if box.isEmpty():
        return None
    try:
        if not path.is_file():
            return None
    except OSError:
        return None
    if path.suffix.lower() == ".svg":
        return _render_svg(path, box)
    return _read_raster(path, box)


class _ImageCache:
    """A few recently drawn pictures, keyed by file and size."""

    def __init__(self, size: int = _CACHE_SIZE) -> None:
        self._size = size
        self._items: OrderedDict[tuple[str, int, int], QImage | None] = OrderedDict()

    def get(self, path: Path, box: QSize) -> QImage | None:
        key = (str(path), box.width(), box.height())
        if key in self._items:
            self._items.move_to_end(key)
            return self._items[key]
        image = load_image(path, box)
        self._items[key] = image
        while len(self._items) > self._size:
            self._items.popitem(last=False)
        return image


CACHE = _ImageCache()


class PictureView(QWidget):
    """One illustration on a softly tinted rounded card, re-rendered only on change.

    ``set_mirrored(True)`` shows the picture flipped left to right (a step's other side):
    the painter flips the cached image as it draws it, so nothing is read or rendered again.
    """

    def __init__(self, parent: QWidget | None = None, *, radius: float = 18.0) -> None:
        super().__init__(parent)
        self._path: Path | None = None
        self._mirrored = False
        self._radius = radius
        self.padding = 0.06  # of the shorter side
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(120, 90)

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

    def current_image(self) -> QImage | None:
        if self._path is None:
            return None
        dpr = self.devicePixelRatioF()
        box = self.picture_rect().size() * dpr
        return CACHE.get(self._path, box.toSize())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        shape = QPainterPath()
        shape.addRoundedRect(rect, self._radius, self._radius)
        paint.fill(painter, shape, theme.card(palette))
        paint.outline(painter, shape, theme.card_border(palette))
        image = self.current_image()
        if image is None:
            return
        dpr = self.devicePixelRatioF()
        shown = QSizeF(image.width() / dpr, image.height() / dpr)
        area = self.picture_rect()
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
