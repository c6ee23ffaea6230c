"""What the person sees from the mat, measured on the real widgets: PAUSED said large, the
breath disc never smaller than its digits, Mute saying what it silences."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_support import play_until
from helpers import minimal_doc, write_json
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF, QImage
from PySide6.QtWidgets import QApplication

from supple.routine import Library
from supple.session import FakeClock, SegmentKind
from supple.ui.player.countdown import CountdownDial
from supple.ui.shell.main_window import MainWindow

TICK = 0.1


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def window(main_window, user_routines: Path, clock: FakeClock) -> MainWindow:
    doc = minimal_doc(
        id="breaths",
        defaults={"lead_in": 2, "rest": 0, "breath": {"inhale": 3, "pause": 0, "exhale": 4}},
        steps=[{"title": "Breathe", "hold": {"breaths": 3}}],
    )
    write_json(user_routines / "breaths.json", doc)
    library = Library.scan()
    win = main_window(library=library, clock=clock, active=True)
    assert win.start_routine(library.by_id("breaths"))
    return win


def until(window: MainWindow, clock: FakeClock, test) -> None:
    play_until(window, clock, test, TICK)


def test_paused_is_said_large_across_the_count(qtbot, window: MainWindow, clock) -> None:
    view = window.player_view
    dial = view.dial
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Space)
    assert dial.dimmed and view.phase_label.text() == "Paused"
    assert "paused" in dial.accessibleDescription()
    # Large: the word's letters at least a tenth of the window high (about 8 cm at 1280x800).
    word = QFontMetricsF(dial.paused_font()).tightBoundingRect(dial.paused_text())
    assert word.height() >= 0.08 * window.height()
    assert word.height() > 1.5 * QFontMetricsF(view.phase_label.font()).capHeight()
    # And drawn: the middle of the dial takes the accent colour of the band.
    before = dial.grab().toImage()
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Space)
    assert not dial.dimmed
    after = dial.grab().toImage()
    assert changed_in_the_middle(before, after)


def changed_in_the_middle(a: QImage, b: QImage) -> bool:
    w, h = a.width(), a.height()
    points = [(w // 2 + dx, h // 2 + dy) for dx in (-60, -30, 0, 30, 60) for dy in (-10, 0, 10)]
    return sum(a.pixelColor(x, y) != b.pixelColor(x, y) for x, y in points) >= 8


@pytest.mark.parametrize("size", [(1280, 800), (1024, 600)])
def test_the_breath_disc_is_never_smaller_than_its_digits(
    window: MainWindow, clock, size: tuple[int, int]
) -> None:
    window.resize(*size)
    QApplication.processEvents()
    dial: CountdownDial = window.player_view.dial
    player = window.controller.player
    until(window, clock, lambda: player.segment.kind is SegmentKind.EXHALE)
    until(window, clock, lambda: (window.controller.status().remaining or 0) <= 0.15)
    assert dial.phase == "exhale" and dial.scale < 0.55  # the bottom of the breath out
    assert dial.pacer_radius() * 2 >= dial.digit_height() * 1.1
    until(window, clock, lambda: player.segment.kind is SegmentKind.INHALE)
    smallest = dial.pacer_radius()
    until(window, clock, lambda: (window.controller.status().remaining or 9) <= 0.15)
    assert dial.pacer_radius() > smallest  # it still grows with the breath in


def test_mute_says_it_silences_the_voice_not_the_sounds(qtbot, window: MainWindow) -> None:
    view = window.player_view
    assert view.mute_button.text() == "Mute voice"
    assert "sounds still play" in view.mute_button.toolTip() and "(M)" in view.mute_button.toolTip()
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_M)
    assert view.mute_button.text() == "Unmute voice"
    assert "voice is off" in view.mute_button.toolTip()
