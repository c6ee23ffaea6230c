"""Simple geometric control icons, drawn in the palette's text colour.

Drawn rather than taken from an icon theme so they look the same on every
platform, stay sharp at any size and follow light and dark palettes.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

SIZE = 96


def _triangle(p: QPainter, left: float, top: float, width: float, height: float) -> None:
    p.drawPolygon(
        QPolygonF(
            [
                QPointF(left, top),
                QPointF(left + width, top + height / 2),
                QPointF(left, top + height),
            ]
        )
    )


def _draw(kind: str, p: QPainter, color: QColor) -> None:
    s = float(SIZE)
    p.setBrush(color)
    p.setPen(Qt.PenStyle.NoPen)
    if kind == "play":
        _triangle(p, s * 0.3, s * 0.2, s * 0.5, s * 0.6)
    elif kind == "pause":
        p.drawRoundedRect(QRectF(s * 0.26, s * 0.2, s * 0.16, s * 0.6), 4, 4)
        p.drawRoundedRect(QRectF(s * 0.58, s * 0.2, s * 0.16, s * 0.6), 4, 4)
    elif kind == "back":
        p.drawRoundedRect(QRectF(s * 0.2, s * 0.24, s * 0.1, s * 0.52), 3, 3)
        p.save()
        p.translate(s, 0)
        p.scale(-1, 1)
        _triangle(p, s * 0.3, s * 0.24, s * 0.42, s * 0.52)
        p.restore()
    elif kind == "skip":
        _triangle(p, s * 0.28, s * 0.24, s * 0.42, s * 0.52)
        p.drawRoundedRect(QRectF(s * 0.7, s * 0.24, s * 0.1, s * 0.52), 3, 3)
    elif kind == "stop":
        p.drawRoundedRect(QRectF(s * 0.25, s * 0.25, s * 0.5, s * 0.5), 6, 6)
    elif kind == "done":
        pen = QPen(color, s * 0.11, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        path = QPainterPath(QPointF(s * 0.2, s * 0.52))
        path.lineTo(s * 0.42, s * 0.74)
        path.lineTo(s * 0.8, s * 0.28)
        p.drawPath(path)
    elif kind in ("sound", "muted"):
        speaker = QPolygonF(
            [
                QPointF(s * 0.14, s * 0.38),
                QPointF(s * 0.3, s * 0.38),
                QPointF(s * 0.5, s * 0.2),
                QPointF(s * 0.5, s * 0.8),
                QPointF(s * 0.3, s * 0.62),
                QPointF(s * 0.14, s * 0.62),
            ]
        )
        p.drawPolygon(speaker)
        pen = QPen(color, s * 0.07, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        if kind == "sound":
            p.drawArc(QRectF(s * 0.42, s * 0.32, s * 0.24, s * 0.36), -50 * 16, 100 * 16)
            p.drawArc(QRectF(s * 0.4, s * 0.2, s * 0.42, s * 0.6), -50 * 16, 100 * 16)
        else:
            p.drawLine(QPointF(s * 0.62, s * 0.36), QPointF(s * 0.86, s * 0.64))
            p.drawLine(QPointF(s * 0.86, s * 0.36), QPointF(s * 0.62, s * 0.64))
    elif kind == "fullscreen":
        pen = QPen(color, s * 0.08, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        a, b, c = s * 0.2, s * 0.8, s * 0.2
        for x, y, dx, dy in ((a, a, 1, 1), (b, a, -1, 1), (a, b, 1, -1), (b, b, -1, -1)):
            path = QPainterPath(QPointF(x, y + dy * c))
            path.lineTo(x, y)
            path.lineTo(x + dx * c, y)
            p.drawPath(path)
    elif kind == "info":
        p.drawEllipse(QRectF(s * 0.1, s * 0.1, s * 0.8, s * 0.8))


def make_icon(kind: str, color: QColor) -> QIcon:
    pixmap = QPixmap(SIZE, SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    _draw(kind, painter, color)
    painter.end()
    return QIcon(pixmap)
