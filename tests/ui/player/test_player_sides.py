"""Two-sided steps: the player shows the picture as drawn on the first (left) side and mirrored
left to right on the second (right) side; one-sided steps are never mirrored.

Driven for real: the main window, its SessionController and Player on a FakeClock, offscreen,
and the pixels of the picture widget compared."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from gui_support import play_until
from helpers import minimal_doc, write_json
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage

import supple.ui.kit.picture_cache as picture_cache
from supple.paths import poses_dir
from supple.routine import Library
from supple.session import FakeClock, Segment, SegmentKind, Side
from supple.ui.kit.picture import PictureView
from supple.ui.player.player_view import mirrored_for
from supple.ui.shell.main_window import MainWindow

TICK = 0.25


def sides_doc() -> dict:
    """A one-sided step first (so a rest shows the two-sided one next), then a two-sided one."""
    return minimal_doc(
        id="sides",
        title="Sides",
        defaults={"lead_in": 3, "rest": 4},
        steps=[
            {
                "title": "Plank",
                "illustration": "pose:plank",
                "hold": {"seconds": 4},
            },
            {
                "title": "Knee drop",
                "illustration": {
                    "default": "pose:side-knee-drop",
                    "lead_in": "pose:knees-to-chest",
                },
                "hold": {"seconds": 6},
                "sides": "both",
            },
        ],
    )


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def window(main_window, user_routines: Path, clock: FakeClock) -> MainWindow:
    write_json(user_routines / "sides.json", sides_doc())
    library = Library.scan()
    win = main_window(library=library, clock=clock)
    routine = library.by_id("sides")
    assert routine is not None
    assert win.start_routine(routine)
    return win


def until(window: MainWindow, clock: FakeClock, test: Callable[[], bool]) -> None:
    play_until(window, clock, test, TICK)


def segment(window: MainWindow) -> Segment:
    player = window.controller.player
    assert player is not None
    return player.segment


def shot(view: PictureView) -> QImage:
    """The picture area of the widget as painted (the card's rounded corners, whose edge
    smoothing is not exactly symmetric, left out). The area is symmetric about the widget's
    centre line, so a mirrored picture shows as this image flipped left to right."""
    image = view.grab().toImage().convertToFormat(QImage.Format.Format_ARGB32)
    area = view.picture_rect().toAlignedRect()
    assert area.left() + area.right() == view.width() - 1  # symmetric: the flip lines up
    return image.copy(area)


def flip(image: QImage) -> QImage:
    """``image`` mirrored left to right."""
    if hasattr(image, "flipped"):  # Qt 6.9+
        return image.flipped(Qt.Orientation.Horizontal)
    return image.mirrored(True, False)


def as_drawn(view: PictureView) -> QImage:
    """The same file in a fresh, never mirrored PictureView of the same size and palette."""
    assert view.path is not None
    reference = PictureView(radius=view._radius)
    reference.setPalette(view.palette())
    reference.resize(view.size())
    reference.set_path(view.path)
    image = shot(reference)
    reference.deleteLater()
    return image


def test_only_the_second_side_is_mirrored() -> None:
    assert mirrored_for(Side.RIGHT)
    assert not mirrored_for(Side.LEFT)
    assert not mirrored_for(None)


def test_the_right_side_shows_the_left_sides_picture_mirrored(
    qtbot, window: MainWindow, clock: FakeClock
) -> None:
    view = window.player_view.picture
    # The one-sided plank: as drawn, and the picture is not symmetric (so a flip would show).
    until(window, clock, lambda: segment(window).kind is SegmentKind.HOLD)
    assert segment(window).side is None and view.path is not None
    assert view.path.name == "plank.svg" and not view.mirrored
    plank = shot(view)
    assert plank == as_drawn(view)
    assert plank != flip(plank)

    # The rest before the knee drop shows its lead-in picture as drawn (the left side is next).
    until(window, clock, lambda: segment(window).kind is SegmentKind.REST)
    assert view.path.name == "knees-to-chest.svg" and not view.mirrored

    until(
        window,
        clock,
        lambda: segment(window).kind is SegmentKind.HOLD and segment(window).side is Side.LEFT,
    )
    assert view.path.name == "side-knee-drop.svg" and not view.mirrored
    left = shot(view)
    assert left == as_drawn(view)
    assert left != flip(left)

    # Switching sides: the lead-in picture already turns round for the right side.
    until(window, clock, lambda: segment(window).kind is SegmentKind.SWITCH)
    assert segment(window).side is Side.RIGHT
    assert view.path.name == "knees-to-chest.svg" and view.mirrored

    until(
        window,
        clock,
        lambda: segment(window).kind is SegmentKind.HOLD and segment(window).side is Side.RIGHT,
    )
    assert view.path.name == "side-knee-drop.svg" and view.mirrored
    right = shot(view)
    assert right.size() == left.size()
    assert right == flip(left)
    assert right != left


def test_mirroring_reuses_the_rendered_picture(qtbot, monkeypatch) -> None:
    """Turning the picture round repaints from the cached image: the file is not read again."""
    loads: list[Path] = []
    real = picture_cache.render_bundled

    def counting(path: Path, box: QSize) -> picture_cache.Rendered:
        loads.append(path)
        return real(path, box)

    monkeypatch.setattr(picture_cache, "render_bundled", counting)
    view = PictureView()
    qtbot.addWidget(view)
    view.resize(431, 317)  # a size no other test renders, so the shared cache is cold
    view.set_path(poses_dir() / "supine-twist.svg")
    drawn = shot(view)
    assert len(loads) == 1
    for _ in range(3):
        view.set_mirrored(True)
        flipped = shot(view)
        view.set_mirrored(False)
        assert shot(view) == drawn
    assert flipped == flip(drawn)
    assert len(loads) == 1
