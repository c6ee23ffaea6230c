"""Painting in colour without making PySide6 build its ``Qt`` namespace.

PySide6 creates a class's Python enums the first time one of them is needed. For
the ``Qt`` namespace that is 93 enums with 1,205 members: about 115 million
instructions, some 12 ms, a sixth of the time Supple takes to show its window
(benchmarks/README.md). Resolving an overloaded call needs them whenever one of
its overloads takes a ``Qt`` enum, even when the argument given is something else:
``QPainter.setPen`` and ``setBrush``, ``QBrush(QColor)``, ``fillPath(path, QColor)``,
``QPen.setColor``, ``QFontMetrics.elidedText``, ``QImage.fill``.

The cards and pictures of the first frame are painted through these helpers,
which only use calls with a single signature for their arguments: ``fillPath``
and ``strokePath`` with a QBrush or QPen, ``QPen(QBrush, width)``, and text:

* ``text_in_pen``: ``drawText`` in the pen the painter has. A painter begun on a
  widget (an item view's viewport, say) starts with that widget's text colour,
  so a card's ordinary text needs no ``setPen``; softer text is the same pen at a
  lower opacity.
* ``text``: any colour, laid out by ``QTextLayout`` with a foreground brush. That
  brings in QTextFormat's ~150 enums (~17M instructions), so it is imported where
  used and kept for text in another colour (a warning, the editor's cards).

A brush comes from a palette, whose ``setColor`` takes the colour without asking
about enums. tests/test_startup_imports.py checks that the first frame leaves
``Qt`` unbuilt.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
)

from supple.ui.kit.qt_values import (
    ALIGN_BOTTOM,
    ALIGN_H_CENTER,
    ALIGN_LEFT,
    ALIGN_RIGHT,
    ALIGN_TOP,
    ALIGN_V_CENTER,
)

if TYPE_CHECKING:
    from PySide6.QtGui import QTextCharFormat, QTextLayout

ELLIPSIS = "\u2026"

# Where text sits in its rectangle, as a fraction of the room left over.
START = 0.0
CENTRE = 0.5
END = 1.0
_ACROSS = {START: ALIGN_LEFT, CENTRE: ALIGN_H_CENTER, END: ALIGN_RIGHT}
_DOWN = {START: ALIGN_TOP, CENTRE: ALIGN_V_CENTER, END: ALIGN_BOTTOM}


def brush(color: QColor) -> QBrush:
    """A solid brush of ``color``."""
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Base, color)
    return palette.brush(QPalette.ColorRole.Base)


def pen(color: QColor, width: float = 1.0) -> QPen:
    """A solid pen of ``color``, ``width`` pixels wide (square caps, bevel joins)."""
    return QPen(brush(color), width)


def fill(painter: QPainter, path: QPainterPath, color: QColor) -> None:
    painter.fillPath(path, brush(color))


def outline(painter: QPainter, path: QPainterPath, color: QColor, width: float = 1.0) -> None:
    painter.strokePath(path, pen(color, width))


def clear(image: QImage) -> QImage:
    """``image`` with every pixel transparent (a new QImage's pixels are undefined)."""
    pixels = image.bits()
    pixels[:] = bytes(len(pixels))
    return image


def elided(text: str, metrics: QFontMetricsF, width: float) -> str:
    """``text`` cut at a character boundary and ended with an ellipsis to fit ``width``."""
    if metrics.horizontalAdvance(text) <= width:
        return text
    from PySide6.QtGui import QTextLayout

    # Cut only where a cursor may stand, so no accent or emoji is split in two.
    layout = QTextLayout(text)
    stops = [0]
    while stops[-1] < len(text):
        stops.append(layout.nextCursorPosition(stops[-1]))
    low, high = 0, len(stops) - 1
    while low < high:  # the longest prefix that fits with its ellipsis
        middle = (low + high + 1) // 2
        if metrics.horizontalAdvance(text[: stops[middle]].rstrip() + ELLIPSIS) <= width:
            low = middle
        else:
            high = middle - 1
    return text[: stops[low]].rstrip() + ELLIPSIS if low else ELLIPSIS


def text_in_pen(
    painter: QPainter,
    rect: QRectF,
    content: str,
    font: QFont,
    *,
    across: float = START,
    down: float = START,
    elide: bool = False,
    opacity: float = 1.0,
) -> None:
    """``content`` on one line in ``font`` and the painter's own pen (see above), placed
    in ``rect`` by ``across`` and ``down`` (START, CENTRE or END), ended with an
    ellipsis with ``elide`` if it is too long, at ``opacity`` (1: as the pen is)."""
    if elide:
        content = elided(content, QFontMetricsF(font), rect.width())
    painter.save()
    painter.setFont(font)
    painter.setOpacity(painter.opacity() * opacity)
    painter.drawText(rect, _ACROSS[across] | _DOWN[down], content.replace("\n", " "))
    painter.restore()


def text(
    painter: QPainter,
    rect: QRectF,
    content: str,
    font: QFont,
    color: QColor,
    *,
    across: float = START,
    down: float = START,
    wrap: bool = False,
    elide: bool = False,
) -> None:
    """``content`` in ``font`` and ``color`` inside ``rect`` (QTextLayout: see above).

    ``across`` and ``down`` place it (START, CENTRE or END, each line on its own
    across). With ``wrap`` it breaks at word boundaries and lines that do not fit
    the height are left out; with ``elide`` one line too long ends in an ellipsis.
    """
    from PySide6.QtGui import QTextCharFormat

    metrics = QFontMetricsF(font)
    # A layout breaks lines only at U+2028; a newline would show as a stray glyph.
    breaks = "\u2028" if wrap else " "
    content = content.replace("\r\n", "\n").replace("\n", breaks).replace("\r", breaks)
    if elide and not wrap:
        content = elided(content, metrics, rect.width())
    style = QTextCharFormat()
    style.setForeground(brush(color))
    layout, height = _laid_out(content, font, style, rect, across, wrap, metrics)
    end = layout.lineAt(layout.lineCount() - 1) if layout.lineCount() else None
    if end is not None and end.textStart() + end.textLength() < len(content):
        # More than fits: the last line shown ends in an ellipsis.
        tail = elided(content[end.textStart() :], metrics, rect.width())
        content = content[: end.textStart()] + tail
        layout, height = _laid_out(content, font, style, rect, across, wrap, metrics)
    layout.draw(painter, QPointF(rect.left(), rect.top() + (rect.height() - height) * down))


def _laid_out(
    content: str,
    font: QFont,
    style: QTextCharFormat,
    rect: QRectF,
    across: float,
    wrap: bool,
    metrics: QFontMetricsF,
) -> tuple[QTextLayout, float]:
    """``content`` in as many lines as fit ``rect`` (one without ``wrap``), and their height."""
    from PySide6.QtGui import QTextLayout

    layout = QTextLayout(content, font)
    if wrap:  # words longer than a line break too (QTextOption only when needed: ~2M instr.)
        from PySide6.QtGui import QTextOption

        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
    span = QTextLayout.FormatRange()
    span.start, span.length, span.format = 0, len(content), style
    layout.setFormats([span])
    room = max(1, int((rect.height() + 0.01) // metrics.height())) if wrap else 1
    # One line that does not wrap: as wide as the text, placed against ``rect``.
    width = rect.width() if wrap else max(rect.width(), metrics.horizontalAdvance(content) + 1)
    y = 0.0
    layout.beginLayout()
    for _ in range(room):
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF((rect.width() - line.naturalTextWidth()) * across, y))
        y += line.height()
    layout.endLayout()
    return layout, y
