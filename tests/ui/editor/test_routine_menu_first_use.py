"""The Routine menu is there, with its keys, as soon as the services are attached, while
what it does (the routine store, the jobs, the editor) is built at its first use: each
way in must work that first time (ui/editor/routine_menu.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_support import drag_over
from helpers import minimal_doc, write_json
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication

from supple.ui.shell.compose import Services, SuppleWindow


@pytest.fixture
def app(main_window):
    made: list[Services] = []
    window = main_window(
        attach=lambda w: made.append(Services(w, speech=False, history=False)), active=True
    )
    services = made[0]
    yield window, services
    services.shutdown()


def test_the_menu_and_its_keys_are_there_before_anything_is_built(app) -> None:
    window, services = app
    menu = services.routine_menu
    assert not menu.built
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles.index("&Routine") == titles.index("&Help") - 1  # before Help
    assert menu.new_action.shortcut() == QKeySequence("Ctrl+N")
    assert menu.import_action.shortcut() == QKeySequence("Ctrl+I")
    window.library_view.select("quick-spasm-relief")  # bundled: edited as a copy
    assert menu.edit_action.isEnabled() and menu.edit_action.text() == "&Edit a copy"
    assert not menu.rename_action.isEnabled() and not menu.delete_action.isEnabled()
    assert not menu.undo_delete_action.isEnabled()
    assert not menu.built  # deciding all that built nothing


def test_new_routine_the_first_time_opens_the_editor(qtbot, app) -> None:
    window, services = app
    menu = services.routine_menu
    menu.new_action.trigger()
    assert menu.built
    assert window.current_page() is services.routines.page
    assert services.routines.editor.is_open
    assert not menu.new_action.isEnabled()  # one routine edited at a time


def test_the_new_routine_key_the_first_time_opens_the_editor(qtbot, app) -> None:
    window, services = app
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: services.routine_menu.built, timeout=5000)
    assert window.current_page() is services.routines.page


def test_edit_in_the_library_the_first_time_opens_the_routine(
    qtbot, app, user_routines: Path
) -> None:
    window, services = app
    write_json(user_routines / "mine.json", minimal_doc(id="mine", title="Mine"))
    window.reload_library()
    assert window.library_view.select("mine")
    menu = services.routine_menu
    assert menu.rename_action.isEnabled() and menu.edit_action.text() == "&Edit"  # its own
    entry = window.library_view.current_entry()
    assert entry is not None
    window.library_view.edit_requested.emit(entry)  # the library's Edit button
    assert menu.built and window.current_page() is services.routines.page
    assert services.routines.editor.is_open


def _drop(window: SuppleWindow, files: list[Path]) -> None:
    enter, mime = drag_over(window, files)
    assert enter.isAccepted()
    event = QDropEvent(
        QPointF(200, 200),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, event)


def test_a_file_dropped_the_first_time_is_imported(
    qtbot, app, user_routines: Path, tmp_path: Path
) -> None:
    window, services = app
    routine = write_json(tmp_path / "shared.json", minimal_doc(id="shared", title="Shared"))
    assert not services.routine_menu.built
    _drop(window, [routine])
    actions = services.routines  # built by the drop
    qtbot.waitUntil(lambda: not actions.busy, timeout=30_000)
    assert window.library.by_id("shared") is not None
    assert (user_routines / "shared.json").is_file()


def test_a_file_of_another_kind_is_refused_without_building_anything(app, tmp_path) -> None:
    window, services = app
    other = tmp_path / "notes.txt"
    other.write_text("not a routine", "utf-8")
    enter, _mime = drag_over(window, [other])
    assert not enter.isAccepted()
    assert not services.routine_menu.built
