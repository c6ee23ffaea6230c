"""The routine editor driven the way a person drives it: real widgets, keys and clicks,
offscreen; the routine is saved, read back from disk and played with a FakeClock."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from gui_support import (
    activate,
    drag_over,
    play_to_the_end,
    press,
    small_png,
    titles,
    type_into,
    when_modal,
)
from helpers import BUNDLED, minimal_doc, png_header_only, write_json
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from supple.routine import load_routine
from supple.session import Outcome
from supple.settings import Settings
from supple.ui.editor.catalogue_dialog import CatalogueDialog
from supple.ui.editor.library_actions import RoutineActions
from supple.ui.editor.picture_field import PosePicker, check_image_file
from supple.ui.shell.main_window import MainWindow


def test_build_a_routine_from_scratch_save_reload_and_play(
    qtbot, app, user_routines: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, actions, clock = app
    editor, page = actions.editor, actions.page

    # Routine > New (Ctrl+N): the routine details come up with the title selected.
    qtbot.keyClick(window.library_view.list, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is page
    form = page.routine_form
    type_into(qtbot, form.title, "Evening unwind")
    type_into(qtbot, form.tags, "calm, evening")
    type_into(qtbot, form.rest, "5")
    type_into(qtbot, form.lead_in, "3")
    assert editor.doc["title"] == "Evening unwind"
    assert editor.doc["tags"] == ["calm", "evening"]
    assert editor.doc["defaults"]["rest"] == 5

    # A catalogue step: the real dialog, chosen with the keyboard.
    def pick_cat_cow(dialog: QWidget) -> None:
        assert isinstance(dialog, CatalogueDialog)
        row = next(i for i, e in enumerate(dialog.exercises) if e.id == "cat-cow")
        dialog.list.setFocus()
        dialog.list.setCurrentRow(0)
        for _ in range(row):
            qtbot.keyClick(dialog.list, Qt.Key.Key_Down)
        assert dialog.title.text() == "Cat-cow"
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)

    when_modal(CatalogueDialog, pick_cat_cow)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert titles(actions) == ["Cat-cow"]
    assert editor.doc["steps"][0]["illustration"]["inhale"] == "pose:cow"

    # A blank step with a bundled picture picked from the thumbnails.
    qtbot.mouseClick(page.blank_button, Qt.MouseButton.LeftButton)
    steps = page.step_form
    qtbot.keyClicks(steps.title, "Reach up")  # the new title is selected: typing replaces it
    type_into(qtbot, steps.hold_value, "20")

    def pick_standing(dialog: QWidget) -> None:
        assert isinstance(dialog, PosePicker)
        items = dialog.list.findItems("Standing", Qt.MatchFlag.MatchExactly)
        dialog.list.setCurrentItem(items[0])
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)

    when_modal(PosePicker, pick_standing)
    qtbot.mouseClick(steps.picture.bundled_button, Qt.MouseButton.LeftButton)
    assert editor.doc["steps"][1] == {
        "title": "Reach up",
        "hold": {"seconds": 20},
        "illustration": "pose:standing",
    }

    # A step with one's own picture, copied next to the routine.
    png = small_png(tmp_path / "my lunge.png")
    monkeypatch.setattr(
        "supple.ui.editor.picture_field.QFileDialog.getOpenFileName",
        lambda *a, **k: (str(png), ""),
    )
    qtbot.mouseClick(page.blank_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(steps.title, "My lunge")
    steps.hold_kind.setFocus()
    qtbot.keyClick(steps.hold_kind, Qt.Key.Key_Down)  # Seconds -> Breaths
    type_into(qtbot, steps.hold_value, "4")
    steps.sides.setFocus()
    qtbot.keyClick(steps.sides, Qt.Key.Key_Down)  # One side only -> Both sides
    qtbot.mouseClick(steps.picture.own_button, Qt.MouseButton.LeftButton)
    third = editor.doc["steps"][2]
    assert third["hold"] == {"breaths": 4} and third["sides"] == "both"
    assert third["illustration"].endswith("/my lunge.png")
    assert steps.picture.view.path is not None and steps.picture.view.path.is_file()
    assert editor.verdict is not None and editor.verdict.ok

    # Reorder by keyboard (Alt+Up), by drag (the list's own move), undo and redo.
    activate(qtbot, window)  # back from the dialogs
    page.list.setFocus()
    qtbot.keyClick(page.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert titles(actions) == ["Cat-cow", "My lunge", "Reach up"]
    assert page.list.currentRow() == 1
    assert page.list.model().moveRow(page.list.rootIndex(), 0, page.list.rootIndex(), 3)
    assert titles(actions) == ["My lunge", "Reach up", "Cat-cow"]
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert titles(actions) == ["Cat-cow", "My lunge", "Reach up"]
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert titles(actions) == ["Cat-cow", "Reach up", "My lunge"]
    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    press(qtbot, Qt.Key.Key_Z, redo)
    press(qtbot, Qt.Key.Key_Z, redo)
    assert titles(actions) == ["My lunge", "Reach up", "Cat-cow"]
    # Undo inside a text box undoes the editor's last edit too (typing merges into one).
    page.list.setCurrentRow(0)
    type_into(qtbot, steps.title, "Low lunge")
    assert titles(actions)[0] == "Low lunge"
    qtbot.keyClick(steps.title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert titles(actions)[0] == "My lunge"
    assert steps.title.text() == "My lunge"

    # Live estimate and thumbnails in the list.
    assert "min" in page.duration.text() and "3 steps" in page.duration.text()
    rows = [page.list.item(i).data(Qt.ItemDataRole.UserRole + 11) for i in range(3)]
    assert all(row.picture is not None and row.seconds for row in rows)

    # Save: a new file in the user's routines, the library shows it.
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    path = user_routines / "evening-unwind.json"
    assert path.is_file()
    assert page.status.text() == "Saved in your routines"
    saved = load_routine(path)
    assert [s.title for s in saved.steps] == ["My lunge", "Reach up", "Cat-cow"]
    assert saved.tags == ("calm", "evening") and saved.defaults.rest == 5
    picture = saved.steps[0].illustration.default
    assert picture.path == user_routines / "pictures" / "evening-unwind" / "my lunge.png"
    assert picture.path.read_bytes() == png.read_bytes()
    assert window.library.by_id("evening-unwind") is not None
    assert json.loads(path.read_text(encoding="utf-8"))["format"] == "supple-routine"

    # Back to the library (no question: all saved), the routine is selected; play it.
    qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    assert window.current_page() is window.library_view
    assert window.library_view.current_entry().id == "evening-unwind"
    assert window.start_routine(load_routine(path))
    assert window.player_view.title_label.text() == "My lunge"
    report = play_to_the_end(window, clock)
    assert report.outcome is Outcome.FINISHED and report.steps_completed == (0, 1, 2)


def test_preview_plays_from_the_selected_step_and_returns_to_the_editor(qtbot, app) -> None:
    window, actions, clock = app
    editor, page = actions.editor, actions.page
    window.library_view.select("quick-spasm-relief")
    qtbot.mouseClick(window.library_view.edit_button, Qt.MouseButton.LeftButton)
    assert window.current_page() is page
    page.list.setCurrentRow(2)
    page.preview_from.trigger()
    assert window.current_page() is window.player_view
    assert window.player_view.title_label.text() == "Hamstring stretch"
    assert window.controller.status().step_count == 2
    play_to_the_end(window, clock)
    qtbot.waitUntil(lambda: window.current_page() is page)
    assert editor.is_open and titles(actions)[2] == "Hamstring stretch"


def test_invalid_values_show_at_the_field_and_block_saving(qtbot, app, user_routines: Path) -> None:
    _window, actions, _clock = app
    editor, page = actions.editor, actions.page
    actions.new_action.trigger()
    form = page.routine_form
    type_into(qtbot, form.tags, "Back/Pain")
    form.title.setFocus()
    form.title.selectAll()
    qtbot.keyClick(form.title, Qt.Key.Key_Delete)
    assert form.fields["title"].error.text() == "must not be empty"
    assert form.fields["title"].error.isVisibleTo(page)
    assert form.fields["title"].box.property("invalid") is True
    assert "a tag may hold only letters a–z" in form.fields["tags"].error.text()
    assert not page.save_button.isEnabled()

    type_into(qtbot, form.title, "Fixed")
    type_into(qtbot, form.tags, "back")
    qtbot.mouseClick(page.blank_button, Qt.MouseButton.LeftButton)
    steps = page.step_form
    type_into(qtbot, steps.hold_value, "0")
    hold = steps.fields["hold"]
    assert hold.error.text() == "0 seconds is out of range (1–3,600 seconds)"
    assert hold.box.property("invalid") is True
    assert not page.save_button.isEnabled()
    assert page.problems.isVisibleTo(page) and "Step 1" in page.problems.text()
    row = page.list.item(0).data(Qt.ItemDataRole.UserRole + 11)
    assert row.bad
    assert not editor.save()
    assert not (user_routines / "fixed.json").exists()

    # The summary's link leads to the field.
    page.problems.linkActivated.emit("steps[0].hold.seconds")
    assert QApplication.focusWidget() is steps.hold_kind

    type_into(qtbot, steps.hold_value, "25")
    assert not hold.error.isVisibleTo(page) and hold.box.property("invalid") is False
    assert page.save_button.isEnabled() and not page.problems.isVisibleTo(page)
    assert editor.save()
    assert load_routine(user_routines / "fixed.json").steps[0].hold.seconds == 25


def test_an_absurd_own_picture_is_refused_with_a_message(
    qtbot, app, user_routines: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _window, actions, _clock = app
    bomb = png_header_only(tmp_path / "huge.png", 50000, 50000)
    message = check_image_file(bomb)
    assert message is not None and "50000×50000" in message
    junk = tmp_path / "junk.png"
    junk.write_bytes(b"not a picture")
    assert check_image_file(junk) is not None
    assert check_image_file(small_png(tmp_path / "ok.png")) is None
    actions.new_action.trigger()
    qtbot.mouseClick(actions.page.blank_button, Qt.MouseButton.LeftButton)
    monkeypatch.setattr(
        "supple.ui.editor.picture_field.QFileDialog.getOpenFileName",
        lambda *a, **k: (str(bomb), ""),
    )
    field = actions.page.step_form.fields["illustration"]
    qtbot.mouseClick(actions.page.step_form.picture.own_button, Qt.MouseButton.LeftButton)
    assert "50000×50000" in field.error.text()
    assert "illustration" not in actions.editor.doc["steps"][0]
    assert not (user_routines / "pictures").exists() or not any(
        (user_routines / "pictures").rglob("*.png")
    )


def test_edit_on_a_bundled_routine_makes_a_copy_and_leaving_asks(
    qtbot, app, user_routines: Path, repo_root: Path
) -> None:
    window, actions, _clock = app
    editor, _page = actions.editor, actions.page
    editor.ask_unsaved = editor._ask_unsaved  # the real question box
    try:
        _bundled_copy(qtbot, window, actions, user_routines, repo_root)
    finally:
        editor.ask_unsaved = lambda: "discard"


def _bundled_copy(
    qtbot, window: MainWindow, actions: RoutineActions, user_routines: Path, repo_root: Path
) -> None:
    editor, page = actions.editor, actions.page
    bundled = repo_root / "routines" / "quick-spasm-relief.json"
    before = bundled.read_bytes()
    window.library_view.select("quick-spasm-relief")
    assert window.library_view.edit_button.text() == "Edit a copy"
    qtbot.mouseClick(window.library_view.edit_button, Qt.MouseButton.LeftButton)
    assert editor.path is None and editor.doc["title"] == "Quick spasm relief (my copy)"
    assert editor.doc["id"] != "quick-spasm-relief"

    def click(name: QMessageBox.StandardButton) -> Callable[[QWidget], None]:
        def act(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            box.button(name).click()

        return act

    when_modal(QMessageBox, click(QMessageBox.StandardButton.Cancel))
    qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    assert window.current_page() is page  # Cancel: still editing

    when_modal(QMessageBox, click(QMessageBox.StandardButton.Discard))
    window.home_action.trigger()  # View > Library asks too
    assert window.current_page() is window.library_view
    assert not editor.is_open
    assert list(user_routines.glob("*.json")) == []

    qtbot.mouseClick(window.library_view.edit_button, Qt.MouseButton.LeftButton)
    when_modal(QMessageBox, click(QMessageBox.StandardButton.Save))
    qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    assert window.current_page() is window.library_view
    copies = list(user_routines.glob("*.json"))
    assert len(copies) == 1
    assert load_routine(copies[0]).steps == load_routine(bundled).steps
    assert bundled.read_bytes() == before
    own = window.library_view.current_entry()
    assert own is not None and own.path == copies[0]
    assert window.library_view.edit_button.text() == "Edit"


def test_closing_the_window_with_unsaved_changes_asks(qtbot, app) -> None:
    window, actions, _clock = app
    actions.new_action.trigger()
    qtbot.keyClicks(actions.page.routine_form.title, "x")
    answers = iter(["cancel", "discard"])
    actions.editor.ask_unsaved = lambda: next(answers)
    window.close()
    assert window.isVisible()
    window.close()
    assert not window.isVisible()


def test_load_save_load_gives_the_same_routine(qtbot, app, user_routines: Path) -> None:
    window, actions, _clock = app
    source = (BUNDLED / "daily-back-care.json").read_text()
    doc = json.loads(source)
    doc["id"] = "mine"
    path = write_json(user_routines / "mine.json", doc)
    window.reload_library()
    window.library_view.select("mine")
    first = load_routine(path)
    actions.edit_selected()
    assert actions.editor.path == path
    assert actions.editor.save()
    assert load_routine(path) == first


def test_a_crash_in_the_middle_of_saving_leaves_the_previous_file(
    qtbot, app, user_routines: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, actions, _clock = app
    path = write_json(user_routines / "mine.json", minimal_doc(id="mine", title="Mine"))
    before = path.read_bytes()
    window.reload_library()
    window.library_view.select("mine")
    actions.edit_selected()
    actions.editor.select(None)
    type_into(qtbot, actions.page.routine_form.title, "Changed")

    def crash(src: object, dst: object) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "replace", crash)
    assert not actions.editor.save()
    assert path.read_bytes() == before
    assert actions.editor.dirty
    box = QApplication.activeModalWidget() or window.findChild(QMessageBox, "editorWarning")
    assert box is not None and "previous version is unchanged" in box.text()
    box.close()
    assert sorted(p.name for p in user_routines.iterdir()) == ["mine.json"]


def _drop(window: MainWindow, files: list[Path]) -> None:
    """Drag ``files`` over the window (it must accept them) and drop them."""
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


def test_drop_a_bad_file_shows_every_problem_and_changes_nothing(
    qtbot, app, user_routines: Path, tmp_path: Path
) -> None:
    window, actions, _clock = app
    bad = write_json(
        tmp_path / "bad.json",
        minimal_doc(steps=[{"title": "", "hold": {"breaths": 0}}]),
    )
    # Imports and exports run in the background; the signal says when they are done.
    with qtbot.waitSignal(actions.import_finished, timeout=30_000) as finished:
        _drop(window, [bad])
    assert finished.args == [[]]
    report = actions.last_report
    assert report is not None
    text = report.detailedText()
    assert "steps[0].title: must not be empty" in text
    assert "steps[0].hold.breaths: 0 breaths is out of range" in text
    report.close()
    assert list(user_routines.iterdir()) == []


def test_export_delete_undo_and_import_round_trip_with_pictures(
    qtbot, app, user_routines: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, actions, _clock = app
    pictures = user_routines / "pictures" / "mine"
    pictures.mkdir(parents=True)
    png = small_png(pictures / "pose.png")
    doc = minimal_doc(
        id="mine",
        title="Mine",
        steps=[{"title": "Pose", "hold": {"seconds": 9}, "illustration": "pictures/mine/pose.png"}],
    )
    write_json(user_routines / "mine.json", doc)
    window.reload_library()
    window.library_view.select("mine")
    target = tmp_path / "shared" / "mine.zip"
    monkeypatch.setattr(
        "supple.ui.editor.library_actions.QFileDialog.getSaveFileName",
        lambda *a, **k: (str(target), ""),
    )
    with qtbot.waitSignal(actions.export_finished, timeout=30_000) as exported:
        actions.export_action.trigger()
    assert exported.args == [target, True]
    assert target.is_file()

    # Delete with confirmation, then undo.
    def confirm(box: QWidget) -> None:
        assert isinstance(box, QMessageBox) and box.text() == "Delete “Mine”?"
        next(b for b in box.buttons() if b.text() == "Delete").click()

    when_modal(QMessageBox, confirm)
    actions.delete_action.trigger()
    assert window.library.by_id("mine") is None
    assert not (user_routines / "mine.json").exists()
    actions.undo_delete_action.trigger()
    assert window.library.by_id("mine") is not None
    assert (user_routines / "pictures" / "mine" / "pose.png").is_file()

    # Import the package by dropping it; "Keep both": a fresh id, its own copy of the picture.
    when_modal(QMessageBox, lambda box: box.findChild(QWidget, "keep").click())
    with qtbot.waitSignal(actions.import_finished, timeout=30_000) as finished:
        _drop(window, [target])
    assert finished.args == [["mine-2"]]
    imported = window.library.by_id("mine-2")
    assert imported is not None
    picture = imported.steps[0].illustration.default.path
    assert picture.parent.name == "mine-2" and picture.read_bytes() == png.read_bytes()
    assert window.library_view.current_entry().id == "mine-2"


def test_rename_keeps_the_id(qtbot, app, user_routines: Path) -> None:
    window, actions, _clock = app
    write_json(user_routines / "mine.json", minimal_doc(id="mine", title="Mine"))
    window.reload_library()
    window.library_view.select("mine")
    assert actions.rename_action.isEnabled()
    assert actions.rename(window.library_view.current_entry(), "Evening")
    assert window.library.by_id("mine").title == "Evening"
    window.library_view.select("quick-spasm-relief")
    assert not actions.rename_action.isEnabled() and not actions.delete_action.isEnabled()


def test_the_editor_is_reachable_from_the_whole_app(main_window) -> None:
    from supple.ui.shell.compose import Services

    window = main_window(settings=Settings(safety_acknowledged=True), show=False, size=None)
    services = Services(window, speech=False, history=False)
    try:
        menus = [a.text() for a in window.menuBar().actions()]
        assert menus.index("&Routine") == menus.index("&Help") - 1
        services.routines.new_action.trigger()
        assert window.current_page() is services.routines.page
    finally:
        services.routines.editor.ask_unsaved = lambda: "discard"
        services.shutdown()


def test_dialogs_are_real_dialogs(qtbot) -> None:
    from supple.routine.catalogue import bundled_catalogue

    dialog = CatalogueDialog(bundled_catalogue())
    qtbot.addWidget(dialog)
    assert dialog.exercise() is not None and dialog.add_button.isEnabled()
    assert isinstance(dialog, QDialog)
    picker = PosePicker("pose:cat")
    qtbot.addWidget(picker)
    assert picker.chosen() == "pose:cat"


def test_step_summaries_say_lengths_as_the_library_does() -> None:
    from supple.ui.editor.controller import _step_summary

    assert _step_summary({"hold": {"seconds": 180}}) == "3 min"
    assert _step_summary({"hold": {"seconds": 45}, "sides": "both"}) == "45 s · each side"
    assert _step_summary({"hold": {"seconds": None}}) == "? s"  # mid-edit, not yet valid
    assert _step_summary({"hold": {"breaths": 8}, "reps": {"count": 3}}) == ("8 breaths · 3 times")
