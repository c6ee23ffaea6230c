"""Drawing one picture into an image of a given size, on any thread.

Nothing here opens a picture the way Qt would (by its name, sniffing its content):
the bytes come from ``supple.routine.picture_file.read_picture``, which decides the
format from them, refuses what is damaged, too big or links outside, and rebuilds an
SVG from an allow-list. Qt is then given only those bytes, in a buffer, with the
format named, so it has nothing else to read.

Both kinds are decoded by ``QImageReader.read``, which PySide6 runs without the
Python lock, so a picture drawn on a worker thread leaves the window free (the SVG
through Qt's SVG image plugin, which draws with the same renderer). A raster picture's
size is read from its header first and it is scaled while it is decoded, with an
allocation limit, so a small file claiming a gigantic picture is never decoded whole.

The bundled poses are Supple's own files (tests/test_posegen.py holds them to plain
SVG Tiny): they are drawn directly, as before, because they are on the first frame.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QRectF, QSize, QSizeF
from PySide6.QtGui import QColor, QFont, QImage, QImageReader, QPainter, QPainterPath, QPalette
from PySide6.QtSvg import QSvgRenderer

from supple import paths
from supple.routine.picture_file import PictureData, PictureRefused, read_picture
from supple.ui.kit import paint, theme

MAX_DIMENSION = 4096  # never draw more than this many pixels along a side
RASTER_ALLOCATION_MB = 80  # a 4096 x 4096 picture of 4 bytes a pixel, and some room
_FORMATS = {"svg": b"svg", "png": b"png", "jpeg": b"jpeg"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Picture", text)


@dataclass(frozen=True)
class Rendered:
    """A picture drawn to size, or why it cannot be shown."""

    image: QImage | None
    problem: PictureRefused | None = None


def fit(source: QSizeF, box: QSizeF) -> QSizeF:
    """``source`` scaled to fit inside ``box``, keeping its aspect ratio."""
    if source.width() <= 0 or source.height() <= 0:
        return QSizeF(box)
    scale = min(box.width() / source.width(), box.height() / source.height())
    return QSizeF(source.width() * scale, source.height() * scale)


def _limited(box: QSize) -> QSize:
    return QSize(min(box.width(), MAX_DIMENSION), min(box.height(), MAX_DIMENSION))


def _decode(picture: PictureData, box: QSize) -> QImage | None:
    buffer = QBuffer()
    buffer.setData(QByteArray(picture.data))
    buffer.open(QBuffer.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, _FORMATS[picture.kind])
    reader.setDecideFormatFromContent(False)
    reader.setAllocationLimit(RASTER_ALLOCATION_MB)
    if picture.kind != "svg":
        reader.setAutoTransform(True)
    natural = reader.size()  # the header (raster) or the drawing's own size (SVG)
    if not natural.isValid() or natural.isEmpty():
        return None  # a picture we cannot size is not decoded blind
    target = fit(QSizeF(natural), QSizeF(_limited(box))).toSize()
    if target.isEmpty():
        return None
    if picture.kind == "svg" or target.width() < natural.width():
        reader.setScaledSize(target)  # an SVG is drawn at the size shown, a photo shrunk
    image = reader.read()
    return None if image.isNull() else image


def render_picture(path: Path, box: QSize) -> Rendered:
    """The picture at ``path`` fitted into ``box`` pixels (any thread)."""
    if box.isEmpty():
        return Rendered(None)
    try:
        picture = read_picture(path)
    except PictureRefused as refused:
        return Rendered(None, refused)
    image = _decode(picture, box)
    if image is None:
        return Rendered(None, PictureRefused("cannot be decoded", kind="damaged"))
    return Rendered(image)


def is_bundled(path: Path) -> bool:
    """Whether ``path`` is one of Supple's own pose pictures."""
    return path.parent == paths.poses_dir() and path.suffix == ".svg"


def render_bundled(path: Path, box: QSize) -> Rendered:
    """One of Supple's own SVG poses, drawn on the calling thread at the size asked."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        return Rendered(None, PictureRefused(f"cannot be read: {exc.strerror}", kind="damaged"))
    renderer = QSvgRenderer(QByteArray(data))
    if not renderer.isValid():
        return Rendered(None, PictureRefused("cannot be decoded", kind="damaged"))
    view = renderer.viewBoxF()
    natural = (
        view.size() if view.isValid() and not view.isEmpty() else QSizeF(renderer.defaultSize())
    )
    size = fit(natural, QSizeF(_limited(box))).toSize()
    if size.isEmpty():
        return Rendered(None)
    image = paint.clear(QImage(size, QImage.Format.Format_ARGB32_Premultiplied))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size.width(), size.height()))
    painter.end()
    return Rendered(image)


# -- what is shown instead ------------------------------------------------------------------
def problem_label(problem: PictureRefused) -> str:
    """A few words for a placeholder: what kind of problem the picture has."""
    labels = {
        "outside": _tr("Picture reaches outside its folder"),
        "complex": _tr("Picture too complex"),
        "slow": _tr("Picture too slow to draw"),
        "large": _tr("Picture too large"),
        "type": _tr("Picture in the wrong format"),
        "missing": _tr("Picture missing"),
    }
    return labels.get(problem.kind, _tr("Picture can't be read"))


def problem_text(problem: PictureRefused) -> str:
    """The whole reason, for a tooltip or a screen reader."""
    return _tr("This picture can't be shown: it {reason}.").format(reason=problem.message)


def paint_placeholder(
    painter: QPainter, rect: QRectF, palette: QPalette, font: QFont, label: str
) -> None:
    """A picture that cannot be shown: a muted frame with a struck-out landscape, and why.

    Drawn in the palette's muted text colour so it reads as a deliberate notice, not
    as a broken drawing; the glyph shrinks away when there is only room for the words."""
    muted = theme.muted_text(palette)
    small = QFont(font)
    small.setPixelSize(max(10, min(15, round(rect.height() / 7))))
    words = QRectF(rect)
    side = min(rect.width() * 0.3, rect.height() * 0.38, 72.0)
    if side >= 22:
        glyph = QRectF(rect.center().x() - side / 2, 0, side, side * 0.78)
        words_height = min(rect.height() * 0.45, small.pixelSize() * 3.2)
        top = rect.center().y() - (glyph.height() + 6 + words_height) / 2
        glyph.moveTop(top)
        frame = QPainterPath()
        frame.addRoundedRect(glyph, side * 0.12, side * 0.12)
        width = max(1.5, side / 24)
        paint.outline(painter, frame, muted, width)
        hills = QPainterPath()
        hills.moveTo(glyph.left() + side * 0.12, glyph.bottom() - side * 0.14)
        hills.lineTo(glyph.left() + side * 0.38, glyph.top() + side * 0.38)
        hills.lineTo(glyph.left() + side * 0.56, glyph.top() + side * 0.55)
        hills.lineTo(glyph.left() + side * 0.7, glyph.top() + side * 0.44)
        hills.lineTo(glyph.right() - side * 0.12, glyph.bottom() - side * 0.14)
        paint.outline(painter, hills, muted, width)
        strike = QPainterPath()
        strike.moveTo(glyph.left() - side * 0.08, glyph.bottom() + side * 0.06)
        strike.lineTo(glyph.right() + side * 0.08, glyph.top() - side * 0.06)
        paint.outline(painter, strike, QColor(muted), width * 1.3)
        words = QRectF(rect.left() + 6, glyph.bottom() + 6, rect.width() - 12, words_height)
    else:
        words = rect.adjusted(6, 4, -6, -4)
    paint.text(painter, words, label, small, muted, across=paint.CENTRE, down=paint.CENTRE,
               wrap=True)  # fmt: skip
