"""The editor's rough edges a person met on the mat, each driven as they met it."""

from __future__ import annotations

from gui_support import type_into, when_modal
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def test_redo_works_by_both_keys_from_a_text_box_and_from_the_list(qtbot, app, qtlog) -> None:
    window, actions, _clock = app
    qtbot.keyClick(window.library_view.list, Qt.Key.Key_N, CTRL)
    page, editor = actions.page, actions.editor
    title = page.routine_form.title
    type_into(qtbot, title, "Evening unwind")
    assert editor.doc["title"] == "Evening unwind"
    qtbot.keyClick(title, Qt.Key.Key_Z, CTRL)
    assert editor.doc["title"] != "Evening unwind"
    qtbot.keyClick(title, Qt.Key.Key_Z, CTRL | SHIFT)
    assert editor.doc["title"] == "Evening unwind" and title.text() == "Evening unwind"
    qtbot.keyClick(title, Qt.Key.Key_Z, CTRL)
    assert editor.doc["title"] != "Evening unwind"
    qtbot.keyClick(title, Qt.Key.Key_Y, CTRL)
    assert editor.doc["title"] == "Evening unwind" and title.text() == "Evening unwind"
    # From the step list too (no text box in between).
    page.list.setFocus()
    assert QApplication.focusWidget() is page.list
    qtbot.keyClick(page.list, Qt.Key.Key_Z, CTRL)
    assert editor.doc["title"] != "Evening unwind"
    qtbot.keyClick(page.list, Qt.Key.Key_Y, CTRL)
    assert editor.doc["title"] == "Evening unwind"
    assert not [r for r in qtlog.records if "mbiguous" in r.message]


def test_tags_are_normalised_and_the_one_that_cannot_be_is_named(qtbot, app) -> None:
    window, actions, _clock = app
    qtbot.keyClick(window.library_view.list, Qt.Key.Key_N, CTRL)
    page, editor = actions.page, actions.editor
    form = page.routine_form
    type_into(qtbot, form.tags, "Evening, Back Pain")
    assert editor.doc["tags"] == ["evening", "back-pain"]
    assert form.fields["tags"].message == ""
    form.title.setFocus()  # typing done: the field shows what is kept
    assert form.tags.text() == "evening, back-pain"

    type_into(qtbot, form.tags, "Evening, Back/Pain")
    assert editor.doc["tags"] == ["evening", "back/pain"]
    said = "“back/pain” has “/”: a tag may hold only letters a–z, digits and dashes"
    assert form.fields["tags"].message == said
    summary = page.problems.text()
    assert summary.count("back/pain") == 1 and summary.count("a tag may hold") == 1
    assert not page.save_button.isEnabled()


def test_the_rename_dialog_is_wide_enough_for_its_title(qtbot, app, user_routines) -> None:
    from helpers import minimal_doc, write_json
    from PySide6.QtWidgets import QInputDialog

    from supple.ui.editor.library_actions import rename_dialog

    window, actions, _clock = app
    dialog = rename_dialog(window, "Lower-back spasm relief, the long evening one")
    qtbot.addWidget(dialog)
    dialog.show()
    metrics = dialog.fontMetrics()
    assert dialog.windowTitle() == "Rename routine"
    assert dialog.width() >= 2 * metrics.horizontalAdvance("Rename routine") + 160
    dialog.close()

    # Driven from the menu: the typed title is kept.
    write_json(user_routines / "mine.json", minimal_doc(id="mine", title="Mine"))
    window.reload_library()
    window.library_view.select("mine")

    def answer(box) -> None:
        assert isinstance(box, QInputDialog) and box.objectName() == "renameDialog"
        assert "“Mine”" in box.labelText()
        box.setTextValue("Evening")
        box.accept()

    when_modal(QInputDialog, answer)
    actions.rename_action.trigger()
    assert window.library.by_id("mine").title == "Evening"


def test_after_a_delete_the_neighbour_is_selected_not_the_first(qtbot, app, user_routines) -> None:
    from helpers import minimal_doc, write_json

    from supple.ui.library.library_view import ENTRY_ROLE

    window, actions, _clock = app
    for rid, title in (("zz-one", "Zz one"), ("zz-two", "Zz two"), ("zz-three", "Zz three")):
        write_json(user_routines / f"{rid}.json", minimal_doc(id=rid, title=title))
    window.reload_library()
    view = window.library_view

    def ids() -> list[str]:
        return [view.list.item(i).data(ENTRY_ROLE).id for i in range(view.list.count())]

    before = ids()
    middle = len(before) - 2  # one of the three, with another below it
    assert before[middle].startswith("zz-")
    view.select(before[middle])
    assert actions.delete(view.current_entry())
    assert view.current_entry().id == before[middle + 1]  # the one below, now in its place
    assert view.list.currentRow() == middle
    now = ids()
    view.select(now[-1])
    assert actions.delete(view.current_entry())
    assert view.current_entry().id == now[-2]  # the last one: the one above it


def _open_three_steps(qtbot, app, user_routines):
    from helpers import minimal_doc, write_json

    window, actions, _clock = app
    steps = [
        {"title": f"Step {n}", "hold": {"seconds": 20}, "reps": {"count": 3, "release": 5}}
        for n in (1, 2, 3)
    ]
    write_json(user_routines / "three.json", minimal_doc(id="three", title="Three", steps=steps))
    window.reload_library()
    window.library_view.select("three")
    actions.edit_entry(window.library_view.current_entry())
    window.resize(1024, 600)  # small: the forms scroll
    QApplication.processEvents()
    return window, actions


def test_each_form_starts_at_its_top(qtbot, app, user_routines) -> None:
    _window, actions = _open_three_steps(qtbot, app, user_routines)
    page = actions.page
    page.list.setCurrentRow(1)
    QApplication.processEvents()
    bar = page.scroll.verticalScrollBar()
    assert bar.maximum() > 0  # the step form is taller than the room it has
    bar.setValue(bar.maximum())
    qtbot.mouseClick(page.routine_button, Qt.MouseButton.LeftButton)
    assert page.showing_routine()
    assert bar.value() == 0
    assert page.routine_form.title.visibleRegion().boundingRect().height() > 0
    # Editing in the routine's form leaves the scroll where the person put it.
    bar.setValue(bar.maximum())
    kept = bar.value()
    type_into(qtbot, page.routine_form.tags, "calm")
    assert bar.value() == kept


def test_the_last_step_note_shows_on_the_last_step_only(qtbot, app, user_routines) -> None:
    _window, actions = _open_three_steps(qtbot, app, user_routines)
    page = actions.page
    hint = page.step_form.fields["rest"].hint
    assert hint.text() == "No rest follows the last step."
    for row, shown in ((0, False), (1, False), (2, True), (0, False)):
        page.list.setCurrentRow(row)
        QApplication.processEvents()
        assert hint.isVisible() is shown, row


def test_numbers_are_kept_as_typed_and_named_with_the_real_limit(qtbot, app, user_routines) -> None:
    _window, actions = _open_three_steps(qtbot, app, user_routines)
    page, editor = actions.page, actions.editor
    page.list.setCurrentRow(0)
    form = page.step_form
    type_into(qtbot, form.reps, "99999")
    assert editor.doc["steps"][0]["reps"]["count"] == 99999  # not cut to 999
    reps_error = form.fields["reps"].message
    assert reps_error == "99,999 repetitions is out of range (1–50 repetitions)"
    form.title.setFocus()  # typing done: the box writes it as the message does
    assert form.reps.text() == "99,999"
    type_into(qtbot, form.reps, "3")
    type_into(qtbot, form.release, "9999")
    form.title.setFocus()
    assert form.release.text() == "9,999 s"
    said = form.fields["reps"].message
    assert said == "Release time: 9,999 seconds is out of range (0–600 seconds)"
    summary = page.problems.text()
    assert "release time" in summary and ", reps:" not in summary
