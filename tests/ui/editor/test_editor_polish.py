"""The editor's rough edges a person met on the mat, each driven as they met it."""

from __future__ import annotations

from gui_support import type_into
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
