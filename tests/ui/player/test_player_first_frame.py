"""The player's first frame is its final layout: the countdown and the title do not move
or change size between the first frame and the next (they used to start 44 px lower,
laid out under the hidden top bar, with fonts for that smaller page)."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import minimal_doc, write_json
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QWidget

from supple.routine import Library
from supple.session import FakeClock
from supple.ui.shell.main_window import MainWindow


def placed(window: MainWindow, widget: QWidget) -> tuple[QRect, int]:
    top_left = widget.mapTo(window, QPoint(0, 0))
    return QRect(top_left, widget.size()), widget.font().pixelSize()


def frame(window: MainWindow) -> dict[str, tuple[QRect, int]]:
    view = window.player_view
    return {
        "dial": placed(window, view.dial),
        "title": placed(window, view.title_label),
        "phase": placed(window, view.phase_label),
        "controls": placed(window, view.toggle_button),
    }


@pytest.mark.parametrize("size", [(1280, 800), (1024, 600)])
def test_first_and_second_frames_have_the_same_geometry(
    main_window, user_routines: Path, size: tuple[int, int]
) -> None:
    write_json(user_routines / "s.json", minimal_doc(id="s", title="Stand tall"))
    library = Library.scan()
    clock = FakeClock()
    window = main_window(library=library, clock=clock, size=size)
    QApplication.processEvents()
    assert window.start_routine(library.by_id("s"))
    first = frame(window)  # as painted now: the first frame is grabbed from this
    window.grab()
    QApplication.processEvents()
    assert frame(window) == first
    clock.advance(1.0)
    window.controller.tick()
    QApplication.processEvents()
    second = frame(window)
    assert second == first
    assert window.player_view.height() == window.centralWidget().height()  # no top bar
