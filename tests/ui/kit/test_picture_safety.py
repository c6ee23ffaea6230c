"""Hostile pictures drawn the way the app draws them: nothing outside the folder shows in
the pixels, own pictures are drawn off the GUI thread, a slow one is given up on at the
time cap, and what cannot be shown is a placeholder that says why."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from hostile_pictures import bypasses, fan_out, red_png, use_bomb
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QImage, QImageReader, QPainter
from PySide6.QtSvg import QSvgRenderer

import supple.routine.picture_file as picture_file
import supple.ui.kit.picture_cache as picture_cache
import supple.ui.kit.picture_render as picture_render
from supple.routine.picture_file import PictureData, read_picture
from supple.ui.kit.picture import CACHE, PictureView
from supple.ui.kit.picture_cache import PictureCache
from supple.ui.kit.picture_render import Rendered, render_picture


def red_pixels(image: QImage) -> int:
    count = 0
    for x in range(0, image.width(), 2):
        for y in range(0, image.height(), 2):
            colour = image.pixelColor(x, y)
            if colour.red() > 200 and colour.green() < 80 and colour.blue() < 80:
                count += 1
    return count


def drawn_by_qt_alone(path: Path) -> QImage:
    """What Qt draws when it is handed the file itself (the old way)."""
    if path.suffix == ".svg":
        image = QImage(100, 100, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0)
        painter = QPainter(image)
        QSvgRenderer(str(path)).render(painter, QRectF(0, 0, 100, 100))
        painter.end()
        return image
    return QImageReader(str(path)).read()


@pytest.fixture
def hostile(tmp_path: Path) -> dict[str, Path]:
    outside = tmp_path / "outside"
    outside.mkdir()
    folder = tmp_path / "routine"
    folder.mkdir()
    return bypasses(folder, red_png(outside / "red.png"))


def test_no_bypass_draws_the_picture_outside_the_folder(qapp, qtbot, hostile) -> None:
    for name, path in hostile.items():
        # The sentinel works: given the file, Qt itself reaches out and draws red.
        assert red_pixels(drawn_by_qt_alone(path)) > 100, f"{name}: the case is not hostile"
        rendered = render_picture(path, QSize(100, 100))
        assert rendered.image is None and rendered.problem is not None, name
        view = PictureView()
        qtbot.addWidget(view)
        view.resize(220, 180)
        with qtbot.waitSignal(CACHE.signals.ready, timeout=10_000):
            view.set_path(path)
            view.grab()  # the first paint asks for the picture
        shown = view.grab().toImage()
        assert red_pixels(shown) == 0, name
        assert view.problem is not None and view.problem.message in view.accessibleDescription()


def test_a_use_bomb_and_a_heavy_fan_out_show_a_placeholder_saying_why(
    qapp, qtbot, tmp_path: Path
) -> None:
    for path, label in (
        (use_bomb(tmp_path / "bomb.svg"), "Picture too complex"),
        (fan_out(tmp_path / "fan.svg", copies=600), "Picture too complex"),
        (red_png(tmp_path / "red.png").rename(tmp_path / "red.svg"), "Picture in the wrong format"),
    ):
        view = PictureView()
        qtbot.addWidget(view)
        view.resize(300, 220)
        view.set_path(path)
        qtbot.waitUntil(lambda view=view: view.grab() is not None and view.problem is not None)
        assert picture_render.problem_label(view.problem) == label
        assert "This picture can't be shown: it" in view.toolTip()
        shown = view.grab().toImage()
        colours = {shown.pixel(x, y) for x in range(0, 300, 3) for y in range(0, 220, 3)}
        assert len(colours) > 3  # a glyph and words, not an empty card


def test_own_pictures_are_read_and_drawn_off_the_gui_thread(
    qapp, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[int] = []
    real = picture_file.read_picture

    def recording(path: Path) -> PictureData:
        threads.append(threading.get_ident())
        return real(path)

    monkeypatch.setattr(picture_file, "read_picture", recording)  # render_picture's reader
    picture = fan_out(tmp_path / "mine.svg", copies=2)
    cache = PictureCache()
    assert cache.lookup(picture, QSize(64, 48)) is None  # asked for: not drawn here
    qtbot.waitUntil(lambda: cache.pending() == 0)
    qapp.processEvents()
    drawn = cache.lookup(picture, QSize(64, 48))
    assert drawn is not None and drawn.image is not None and drawn.problem is None
    assert threads and threading.get_ident() not in threads


class Blocked:
    """A render that waits until released: a picture that takes as long as a test wants."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.calls: list[QSize] = []

    def __call__(self, path: Path, box: QSize, budget: float) -> Rendered:
        self.calls.append(box)
        self.release.wait(30)
        return Rendered(QImage(box, QImage.Format.Format_ARGB32_Premultiplied))


def test_a_picture_over_the_time_cap_is_too_slow_at_every_size(qapp, qtbot, tmp_path) -> None:
    now = [100.0]
    render = Blocked()
    cache = PictureCache(time_cap=5.0, render=render, clock=lambda: now[0], watch_ms=10_000)
    path = tmp_path / "slow.svg"
    assert cache.lookup(path, QSize(80, 60)) is None
    qtbot.waitUntil(lambda: len(render.calls) == 1)
    now[0] += 4.0
    cache.check_overdue()
    assert cache.lookup(path, QSize(80, 60)) is None  # still within the cap
    now[0] += 2.0
    with qtbot.waitSignal(cache.signals.ready):
        cache.check_overdue()
    slow = cache.lookup(path, QSize(80, 60))
    assert slow is not None and slow.problem is not None and slow.problem.kind == "slow"
    other = cache.lookup(path, QSize(400, 300))  # another size: not tried again
    assert other is not None and other.problem is not None and other.problem.kind == "slow"
    assert cache.pending() == 0
    render.release.set()
    qtbot.wait(50)
    assert len(render.calls) == 1
    late = cache.lookup(path, QSize(80, 60))
    assert late is not None and late.problem is not None  # the late image is not shown


def test_other_pictures_are_drawn_while_a_slow_one_is_stuck(qapp, qtbot, tmp_path) -> None:
    now = [0.0]
    stuck = threading.Event()

    def render(path: Path, box: QSize, budget: float) -> Rendered:
        if path.name == "stuck.svg":
            stuck.wait(30)
        return Rendered(QImage(box, QImage.Format.Format_ARGB32_Premultiplied))

    cache = PictureCache(time_cap=1.0, render=render, clock=lambda: now[0], watch_ms=10_000)
    try:
        cache.lookup(tmp_path / "stuck.svg", QSize(10, 10))
        qtbot.waitUntil(lambda: cache.pending() == 1 and not cache._queued)
        cache.lookup(tmp_path / "next.svg", QSize(10, 10))
        now[0] += 2.0
        cache.check_overdue()  # the stuck one is given up: another worker takes the queue
        qtbot.waitUntil(lambda: cache.lookup(tmp_path / "next.svg", QSize(10, 10)) is not None)
    finally:
        stuck.set()


def test_a_drawing_that_would_overrun_is_refused_before_it_is_drawn_big(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The stepped draw on a fake clock: seconds = a fixed part + a part per pixel."""
    picture = fan_out(tmp_path / "fan.svg", copies=20)
    assert read_picture(picture).cost > picture_render.STEPPED_COST
    now = [0.0]
    sizes: list[tuple[int, int]] = []

    def timed(fixed: float, per_megapixel: float) -> Callable[[PictureData, QSize], QImage]:
        def decode(data: PictureData, box: QSize) -> QImage:
            sizes.append((box.width(), box.height()))
            now[0] += fixed + per_megapixel * box.width() * box.height() / 1e6
            return QImage(box, QImage.Format.Format_ARGB32_Premultiplied)

        return decode

    box = QSize(1600, 1200)
    monkeypatch.setattr(picture_render, "_decode", timed(0.05, 0.5))  # ~1 s at full size
    drawn = render_picture(picture, box, budget=5.0, clock=lambda: now[0])
    assert drawn.image is not None and sizes[-1] == (1600, 1200) and len(sizes) <= 4

    sizes.clear()
    monkeypatch.setattr(picture_render, "_decode", timed(0.05, 20.0))  # ~38 s at full size
    refused = render_picture(picture, box, budget=5.0, clock=lambda: now[0])
    assert refused.image is None and refused.problem is not None
    assert refused.problem.kind == "slow"
    assert (1600, 1200) not in sizes  # never started at the size that would overrun
    assert now[0] <= 5.0  # and given up within the budget


def test_the_shared_cache_draws_own_pictures_through_the_worker(
    qapp, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[int] = []
    real = picture_cache.render_picture

    def recording(path: Path, box: QSize, **kwargs: float) -> Rendered:
        threads.append(threading.get_ident())
        return real(path, box, **kwargs)

    monkeypatch.setattr(picture_cache, "render_picture", recording)
    picture = fan_out(tmp_path / "own.svg", copies=1)
    view = PictureView()
    qtbot.addWidget(view)
    view.resize(200, 150)
    with qtbot.waitSignal(CACHE.signals.ready, timeout=10_000):
        view.set_path(picture)
        view.grab()
    assert view.current_image() is not None
    assert threads and threading.get_ident() not in threads


def test_at_exit_a_drawing_under_way_is_waited_for_and_nothing_more_is_drawn(
    qapp, qtbot, tmp_path: Path
) -> None:
    """Qt torn down under a worker still inside it crashes: shutdown waits for it."""
    render = Blocked()
    cache = PictureCache(render=render)
    cache.lookup(tmp_path / "a.svg", QSize(10, 10))
    cache.lookup(tmp_path / "b.svg", QSize(10, 10))
    qtbot.waitUntil(lambda: len(render.calls) == 1)
    assert cache.shutdown(timeout=0.0) is False  # one is still drawing
    render.release.set()
    assert cache.shutdown(timeout=10.0) is True
    assert cache.lookup(tmp_path / "c.svg", QSize(10, 10)) is None
    assert len(render.calls) == 1  # the queued one and the new one were never drawn
