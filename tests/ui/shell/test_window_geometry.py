"""The window does not jump: a status message leaves every page where it was, and the
first window fits the screen it opens on."""

from __future__ import annotations

from helpers import minimal_doc, write_json
from PySide6.QtWidgets import QApplication

from supple.ui.shell.compose import attach_editor


def test_the_first_status_message_moves_nothing(
    qtbot, main_window, user_routines, tmp_path
) -> None:
    source = write_json(tmp_path / "mine.json", minimal_doc(id="mine", title="Mine"))
    attached = []
    window = main_window(attach=lambda w: attached.append(attach_editor(w)))
    actions = attached[0]
    page = window.library_view
    QApplication.processEvents()
    before = (page.geometry(), page.mapTo(window, page.rect().topLeft()))

    def where() -> tuple:
        return page.geometry(), page.mapTo(window, page.rect().topLeft())

    during = []
    with qtbot.waitSignal(actions.import_finished, timeout=30_000):
        actions.import_files([source])  # a busy bar and words at the bottom of the window
        QApplication.processEvents()
        during.append(where())
    QApplication.processEvents()
    assert during == [before]
    assert window.statusBar().currentMessage()
    assert window.statusBar().isVisible()
    assert (page.geometry(), page.mapTo(window, page.rect().topLeft())) == before


def test_the_first_window_fits_the_screen(qtbot, main_window) -> None:
    from supple.ui.shell.main_window import FRAME_ALLOWANCE

    window = main_window(size=None)  # no saved geometry: the first run
    room = window.screen().availableGeometry()
    assert window.height() + FRAME_ALLOWANCE <= room.height()
    assert window.width() <= room.width()
    assert window.height() >= window.minimumHeight()
