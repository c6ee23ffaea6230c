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

First frame: the library's pictures are drawn before the window first shows, so this
module paints through ``kit.paint``, without Qt's enums (ARCHITECTURE.md, start-up
rules).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QRectF, QSize, QSizeF
from PySide6.QtGui import QColor, QFont, QImage, QImageReader, QPainter, QPainterPath, QPalette

from supple import paths
from supple.i18n import ngettext
from supple.routine.picture_refused import PictureRefused
from supple.ui.kit import paint, theme
from supple.value_class import value_class

if TYPE_CHECKING:
    from supple.routine.picture_file import PictureData

MAX_DIMENSION = 4096  # never draw more than this many pixels along a side
RASTER_ALLOCATION_MB = 80  # a 4096 x 4096 picture of 4 bytes a pixel, and some room
STEPPED_COST = 1_000  # SVG elements as drawn above which a picture is drawn small first
PROBE_AREA = 160 * 120  # pixels of the first, timed drawing of such a picture
_FORMATS = {"svg": b"svg", "png": b"png", "jpeg": b"jpeg"}


@value_class
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


def _too_slow(budget: float) -> PictureRefused:
    # The same words as the picture reader's own refusals (supple.routine.picture_file).
    seconds = max(1, round(budget))
    text = ngettext(
        "would take longer than {n} second to draw",
        "would take longer than {n} seconds to draw",
        seconds,
    )
    return PictureRefused(text.format(n=seconds), kind="slow")


def _scaled(box: QSize, area_share: float) -> QSize:
    side = min(1.0, area_share) ** 0.5
    return QSize(max(1, round(box.width() * side)), max(1, round(box.height() * side)))


def _decode_within(
    picture: PictureData, box: QSize, budget: float, clock: Callable[[], float]
) -> QImage | PictureRefused | None:
    """Draw a complex SVG small first, so the time it takes at full size can be foreseen.

    How long a drawing takes grows with its elements (a fixed part) and with the area
    they cover, which no count of elements foresees: ten thousand circles take 0.6 s
    at thumbnail size and 25 s at 1600 px. So the drawing is timed at a small size and
    at four times that area (twice, when four times the first's time would not fit); a
    straight line through the two gives the time at the size asked for. If that fits
    in what is left of ``budget`` (with room for error), the picture is drawn; if not
    even twice the last area would fit, it is refused before any more work; in between
    the area is doubled and timed again. A box no bigger than four probes is drawn at
    once: there the count of elements bounds the time."""
    area = box.width() * box.height()
    if area <= 4 * PROBE_AREA:
        return _decode(picture, box)
    start = clock()
    samples: list[tuple[int, float]] = []
    probe = float(PROBE_AREA)
    while True:
        size = _scaled(box, probe / area)
        began = clock()
        if _decode(picture, size) is None:
            return None
        samples.append((size.width() * size.height(), clock() - began))
        left = budget - (clock() - start)
        if len(samples) == 1:
            # The next drawing takes at most four times as long at four times the area.
            took = samples[0][1]
            if took * 4 * 1.2 <= left:
                probe *= 4
            elif took * 2 * 1.2 <= left:
                probe *= 2
            else:
                return _too_slow(budget)
            continue
        (area1, took1), (area2, took2) = samples[-2:]
        slope = max(0.0, (took2 - took1) / (area2 - area1)) if area2 > area1 else 0.0
        if (took2 + slope * (area - area2)) * 1.5 <= left:
            return _decode(picture, box)
        if (took2 + slope * area2) * 1.5 > left or area2 >= area:
            return _too_slow(budget)
        probe = 2.0 * area2


def render_picture(
    path: Path,
    box: QSize,
    *,
    budget: float | None = None,
    clock: Callable[[], float] = time.monotonic,
) -> Rendered:
    """The picture at ``path`` fitted into ``box`` pixels (any thread).

    With a ``budget`` (seconds), a complex SVG that would take longer to draw is
    refused as too slow, found out by drawing it small first (``_decode_within``)."""
    # The reader and the SVG cleaner behind it, only for a routine's own pictures: the
    # first frame shows bundled poses (render_bundled), which need neither.
    from supple.routine.picture_file import read_picture

    if box.isEmpty():
        return Rendered(None)
    try:
        picture = read_picture(path)
    except PictureRefused as refused:
        return Rendered(None, refused)
    if budget is not None and picture.kind == "svg" and picture.cost > STEPPED_COST:
        result = _decode_within(picture, box, budget, clock)
        if isinstance(result, PictureRefused):
            return Rendered(None, result)
        image = result
    else:
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
    from PySide6.QtSvg import QSvgRenderer  # only to draw: a start reads kept drawings

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
        "outside": QCoreApplication.translate("Picture", "Picture links to other files"),
        "complex": QCoreApplication.translate("Picture", "Picture too complex"),
        "slow": QCoreApplication.translate("Picture", "Picture too slow to draw"),
        "large": QCoreApplication.translate("Picture", "Picture too large"),
        "type": QCoreApplication.translate("Picture", "Picture in the wrong format"),
        "missing": QCoreApplication.translate("Picture", "Picture missing"),
    }
    return labels.get(problem.kind, QCoreApplication.translate("Picture", "Picture can't be read"))


def problem_text(problem: PictureRefused) -> str:
    """The whole reason, for a tooltip or a screen reader."""
    return QCoreApplication.translate(
        "Picture", "This picture can't be shown: it {reason}."
    ).format(reason=problem.message)


def paint_placeholder(
    painter: QPainter, rect: QRectF, palette: QPalette, font: QFont, label: str
) -> None:
    """A picture that cannot be shown: a muted frame with a struck-out landscape, and why.

    Drawn in the palette's muted text colour so it reads as a deliberate notice, not
    as a broken drawing; the glyph shrinks away when there is only room for the words."""
    muted = theme.muted_text(palette)
    small = QFont(font)
    small.setPixelSize(max(10, min(17, round(rect.height() / 7))))
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
