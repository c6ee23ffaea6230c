"""supple.ui.kit.paint: colour, outlines and text drawn without Qt's enums, checked on pixels."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPainterPath

from supple.ui.kit import paint

RED = QColor(200, 30, 30)


def canvas(width: int = 240, height: int = 80) -> QImage:
    return paint.clear(QImage(QSize(width, height), QImage.Format.Format_ARGB32_Premultiplied))


def inked(image: QImage) -> QRectF:
    """The bounding box of every pixel that is not transparent."""
    xs, ys = [], []
    for y in range(image.height()):
        for x in range(image.width()):
            if image.pixelColor(x, y).alpha() > 0:
                xs.append(x)
                ys.append(y)
    if not xs:
        return QRectF()
    return QRectF(min(xs), min(ys), max(xs) - min(xs) + 1, max(ys) - min(ys) + 1)


def opaque_colours(image: QImage) -> set[str]:
    """The colours of the fully opaque pixels (glyphs' cores, not their soft edges)."""
    return {
        image.pixelColor(x, y).name()
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() == 255
    }


def font(pixels: int = 16) -> QFont:
    result = QFont()
    result.setPixelSize(pixels)
    return result


def test_clear_makes_every_pixel_transparent(qapp) -> None:
    image = QImage(QSize(16, 8), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(1, 2, 3))
    assert paint.clear(image) is image
    assert inked(image).isNull()


def test_brush_and_pen_carry_the_colour(qapp) -> None:
    assert paint.brush(RED).color() == RED
    first, second = paint.brush(RED), paint.brush(QColor(0, 0, 255))
    assert first.color() == RED  # each brush is its own, not a view of shared state
    assert second.color() == QColor(0, 0, 255)
    pen = paint.pen(RED, 3.0)
    assert pen.color() == RED
    assert pen.widthF() == 3.0


def test_fill_and_outline_paint_the_path_in_the_colour(qapp) -> None:
    image = canvas(40, 40)
    path = QPainterPath()
    path.addRect(QRectF(10, 10, 20, 20))
    painter = QPainter(image)
    paint.fill(painter, path, RED)
    painter.end()
    assert image.pixelColor(20, 20) == RED
    assert image.pixelColor(5, 5).alpha() == 0

    image = canvas(40, 40)
    painter = QPainter(image)
    paint.outline(painter, path, RED, 2.0)
    painter.end()
    assert image.pixelColor(20, 20).alpha() == 0  # the inside is left alone
    assert image.pixelColor(10, 20) == RED


def test_text_is_drawn_in_its_colour_inside_its_rectangle(qapp) -> None:
    image = canvas()
    painter = QPainter(image)
    box = QRectF(20, 10, 200, 30)
    paint.text(painter, box, "Cat-cow", font(), RED)
    painter.end()
    ink = inked(image)
    assert box.contains(ink)
    assert ink.left() < 25  # START: at the left edge
    assert opaque_colours(image) == {RED.name()}


def test_centred_text_sits_in_the_middle(qapp) -> None:
    image = canvas()
    painter = QPainter(image)
    box = QRectF(0, 0, 240, 80)
    paint.text(painter, box, "back", font(), RED, across=paint.CENTRE, down=paint.CENTRE)
    painter.end()
    ink = inked(image)
    assert abs(ink.center().x() - 120) < 3
    assert abs(ink.center().y() - 40) < 6  # glyphs sit on a baseline, not on the centre


def test_a_long_title_is_elided_to_its_width(qapp) -> None:
    metrics = QFontMetricsF(font())
    title = "A very long routine title that cannot possibly fit on one card"
    short = paint.elided(title, metrics, 150)
    assert short.endswith(paint.ELLIPSIS)
    assert title.startswith(short[:-1])
    assert metrics.horizontalAdvance(short) <= 150
    longer = paint.elided(title, metrics, 200)
    assert len(longer) > len(short)
    assert paint.elided("Fits", metrics, 150) == "Fits"
    assert paint.elided(title, metrics, 1) == paint.ELLIPSIS

    image = canvas()
    painter = QPainter(image)
    paint.text(painter, QRectF(10, 10, 150, 30), title, font(), RED, elide=True)
    painter.end()
    assert inked(image).right() <= 161


def test_elision_never_splits_a_character_from_its_accent(qapp) -> None:
    metrics = QFontMetricsF(font())
    title = "Cafe\u0301 " * 20  # "e" + a combining acute accent, many times
    for width in range(20, 200, 7):
        short = paint.elided(title, metrics, width)
        body = short[:-1]
        assert not body.endswith("e") or title[len(body)] != "\u0301", (width, short)


def test_wrapped_text_keeps_only_the_lines_that_fit(qapp) -> None:
    metrics = QFontMetricsF(font())
    words = "the reason this routine cannot be used is written here at some length " * 3
    image = canvas(160, 200)
    painter = QPainter(image)
    box = QRectF(0, 0, 160, metrics.height() * 2.5)  # room for two lines
    paint.text(painter, box, words, font(), RED, wrap=True)
    painter.end()
    ink = inked(image)
    assert ink.bottom() <= box.bottom()
    assert ink.height() > metrics.height() * 1.2  # two lines, not one


def test_text_cut_short_ends_in_an_ellipsis_on_its_last_line(qapp, monkeypatch) -> None:
    metrics = QFontMetricsF(font())
    words = "one two three four five six seven eight nine ten eleven twelve thirteen"
    laid_out: list[str] = []
    original = paint._laid_out

    def spy(content: str, *args, **kwargs):  # type: ignore[no-untyped-def]
        laid_out.append(content)
        return original(content, *args, **kwargs)

    monkeypatch.setattr(paint, "_laid_out", spy)
    image = canvas(120, 100)
    painter = QPainter(image)
    paint.text(painter, QRectF(0, 0, 120, metrics.height() * 2), words, font(), RED, wrap=True)
    painter.end()
    assert laid_out[-1].endswith(paint.ELLIPSIS)  # what was drawn
    assert words.startswith(laid_out[-1][:-1].rstrip())
    assert len(laid_out[-1]) < len(words)


def test_newlines_break_wrapped_text_and_join_a_single_line(qapp) -> None:
    image = canvas(240, 120)
    painter = QPainter(image)
    paint.text(painter, QRectF(0, 0, 240, 120), "one\ntwo", font(), RED, wrap=True)
    painter.end()
    assert inked(image).height() > QFontMetricsF(font()).height()  # two lines

    image = canvas(240, 120)
    painter = QPainter(image)
    paint.text(painter, QRectF(0, 0, 240, 120), "one\ntwo", font(), RED)
    painter.end()
    assert inked(image).height() < QFontMetricsF(font()).height()  # one line


def test_a_word_longer_than_the_line_is_broken_rather_than_spilling_over(qapp) -> None:
    image = canvas(240, 120)
    painter = QPainter(image)
    box = QRectF(10, 0, 100, 120)
    paint.text(painter, box, "/a/very/long/path/without/any/spaces/at/all", font(), RED, wrap=True)
    painter.end()
    ink = inked(image)
    assert ink.right() <= box.right() + 1
    assert ink.height() > QFontMetricsF(font()).height()  # it went on to a second line


def test_text_in_pen_takes_the_painters_pen_placement_and_opacity(qapp) -> None:
    image = canvas()
    painter = QPainter(image)
    painter.setPen(RED)
    box = QRectF(0, 0, 240, 80)
    paint.text_in_pen(painter, box, "back", font(), across=paint.CENTRE, down=paint.CENTRE)
    painter.end()
    ink = inked(image)
    assert abs(ink.center().x() - 120) < 3
    assert abs(ink.center().y() - 40) < 6
    assert opaque_colours(image) == {RED.name()}

    image = canvas()
    painter = QPainter(image)
    painter.setPen(RED)
    paint.text_in_pen(painter, box, "back", font(), opacity=0.6)
    assert painter.opacity() == 1.0  # left as it was
    painter.end()
    strongest = max(
        image.pixelColor(x, y).alpha() for x in range(image.width()) for y in range(image.height())
    )
    assert 140 <= strongest <= 160  # 60 % of full


def test_text_in_pen_elides_to_its_rectangle(qapp) -> None:
    image = canvas()
    painter = QPainter(image)
    painter.setPen(RED)
    title = "A very long routine title that cannot possibly fit on one card"
    paint.text_in_pen(painter, QRectF(10, 10, 150, 30), title, font(), elide=True)
    painter.end()
    assert inked(image).right() <= 161


def test_placements_map_to_qts_alignments() -> None:
    from PySide6.QtCore import Qt

    align = Qt.AlignmentFlag
    assert {
        paint.START: align.AlignLeft.value,
        paint.CENTRE: align.AlignHCenter.value,
        paint.END: align.AlignRight.value,
    } == paint._ACROSS
    assert {
        paint.START: align.AlignTop.value,
        paint.CENTRE: align.AlignVCenter.value,
        paint.END: align.AlignBottom.value,
    } == paint._DOWN
