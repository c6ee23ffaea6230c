"""Pages built on first use (the player, the summary, History, the editor) once the
window is up: building one must not open any window of its own, even for a moment.

A widget shown before it has a parent is a top-level window: on a desktop it
flashes up on its own and takes the keyboard focus from the main window, and
shortcuts stop working until the person clicks back. Built up front, before the
main window was shown, such a slip went unnoticed; built lazily it would not.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from speech_support import recording_player

from supple.ui.shell.compose import Services
from supple.ui.shell.main_window import MainWindow


@pytest.fixture
def window(main_window, tmp_path: Path):
    made: list[Services] = []

    def attach(main: MainWindow) -> None:
        player = recording_player(tmp_path / "p")
        made.append(Services(main, speech_engine="fake", speech_player=player))

    main = main_window(attach=attach, size=(1024, 700), active=True)
    services = made[0]
    yield main, services
    services.shutdown()


def _build_player(main: MainWindow, services: Services) -> QWidget:
    return main.player_view


def _build_summary(main: MainWindow, services: Services) -> QWidget:
    return main.summary_view


def _build_history(main: MainWindow, services: Services) -> QWidget:
    page = services.history_page
    assert page is not None
    return page


def _build_editor(main: MainWindow, services: Services) -> QWidget:
    assert not services.routines.built  # still to be built
    return services.routines.page


@pytest.mark.parametrize(
    "build",
    [_build_player, _build_summary, _build_history, _build_editor],
    ids=lambda f: f.__name__,
)
def test_building_a_page_later_opens_no_window_of_its_own(
    qtbot, window: tuple[MainWindow, Services], build: Callable[[MainWindow, Services], QWidget]
) -> None:
    main, services = window
    before = {id(w) for w in QApplication.topLevelWidgets()}
    page = build(main, services)
    QApplication.processEvents()
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible() and id(w) not in before]
    assert page.window() is main
    assert shown == []
    assert QApplication.activeWindow() is main
