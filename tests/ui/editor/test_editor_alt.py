"""The editor's picture description (``alt``) and side-to-side choice, driven with keys and
clicks on real widgets offscreen; the routine is saved and read back from disk."""

from __future__ import annotations

from pathlib import Path

from gui_support import titles, type_into, when_modal
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from supple.routine import Sides, load_routine
from supple.ui.editor.catalogue_dialog import CatalogueDialog
from supple.ui.editor.picture_field import PosePicker
from supple.ui.editor.step_form import with_alt


def clear(qtbot, widget: QWidget) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Delete)


def test_with_alt_keeps_frames_and_collapses_a_lone_picture() -> None:
    frames = {"default": "pose:all-fours", "inhale": "pose:cow"}
    assert with_alt("pose:cat", "Back rounded") == {"default": "pose:cat", "alt": "Back rounded"}
    assert with_alt({"default": "pose:cat", "alt": "Old"}, "") == "pose:cat"
    own = frames | {"alt": {"default": "Flat", "inhale": "Arched"}}
    assert with_alt(own, "Level") == frames | {"alt": {"default": "Level", "inhale": "Arched"}}
    assert with_alt(own, "") == frames | {"alt": {"inhale": "Arched"}}
    assert with_alt(frames | {"alt": "Flat"}, "") == frames


def test_describe_a_picture_and_go_side_to_side(qtbot, app, user_routines: Path) -> None:
    window, actions, _clock = app
    editor, page = actions.editor, actions.page
    steps = page.step_form
    alt_field = steps.fields["alt"]
    qtbot.keyClick(window.library_view.list, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    type_into(qtbot, page.routine_form.title, "Described")

    # A catalogue step brings the bundled descriptions: one for the step, two for frames.
    def pick_cat_cow(dialog: QWidget) -> None:
        assert isinstance(dialog, CatalogueDialog)
        dialog.list.setCurrentRow(
            next(i for i, e in enumerate(dialog.exercises) if e.id == "cat-cow")
        )
        assert dialog.picture.accessibleDescription().startswith("On hands and knees")
        assert dialog.picture.accessibleName() == "Exercise picture"
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)

    when_modal(CatalogueDialog, pick_cat_cow)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert titles(actions) == ["Cat-cow"]
    bundled_alt = editor.doc["steps"][0]["illustration"]["alt"]
    assert set(bundled_alt) == {"default", "inhale", "exhale"}
    assert steps.alt.isEnabled() and steps.alt.text() == bundled_alt["default"]
    assert alt_field.hint.isVisibleTo(steps)
    assert "breathe in" in alt_field.hint.text() and "breathe out" in alt_field.hint.text()

    # Typing replaces the step's description; the frames keep theirs.
    type_into(qtbot, steps.alt, "On all fours, back level")
    assert steps.picture.view.accessibleDescription() == "On all fours, back level"
    assert steps.picture.view.accessibleName() == "Step picture"
    alt = editor.doc["steps"][0]["illustration"]["alt"]
    assert alt == bundled_alt | {"default": "On all fours, back level"}

    # Too long: explained under the description itself, and nothing can be saved.
    type_into(qtbot, steps.alt, "x" * 251)
    assert "251 characters long; the limit is 250" in alt_field.message
    assert not steps.fields["illustration"].message and not steps.fields["title"].message
    assert editor.verdict is not None and not editor.verdict.ok
    assert not page.save_button.isEnabled()
    type_into(qtbot, steps.alt, "On all fours, back level")
    assert not alt_field.message and editor.verdict.ok

    # A blank step: no picture, nothing to describe.
    qtbot.mouseClick(page.blank_button, Qt.MouseButton.LeftButton)
    assert not steps.alt.isEnabled() and steps.alt.text() == ""

    def pick_standing(dialog: QWidget) -> None:
        assert isinstance(dialog, PosePicker)
        items = dialog.list.findItems("Standing", Qt.MatchFlag.MatchExactly)
        dialog.list.setCurrentItem(items[0])
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)

    when_modal(PosePicker, pick_standing)
    qtbot.mouseClick(steps.picture.bundled_button, Qt.MouseButton.LeftButton)
    assert steps.alt.isEnabled() and not alt_field.hint.isVisibleTo(steps)
    type_into(qtbot, steps.alt, "Standing tall")
    assert editor.doc["steps"][1]["illustration"] == {
        "default": "pose:standing",
        "alt": "Standing tall",
    }
    clear(qtbot, steps.alt)
    assert editor.doc["steps"][1]["illustration"] == "pose:standing"  # back to a plain picture
    type_into(qtbot, steps.alt, "Standing tall, arms down")

    # Sides: one side, both sides, side to side.
    assert steps.sides.currentData() == "none"
    steps.sides.setFocus()
    qtbot.keyClick(steps.sides, Qt.Key.Key_Down)
    assert editor.doc["steps"][1]["sides"] == "both"
    qtbot.keyClick(steps.sides, Qt.Key.Key_Down)
    assert editor.doc["steps"][1]["sides"] == "alternate"
    row = page.list.item(1).data(Qt.ItemDataRole.UserRole + 11)
    assert row.summary.endswith("side to side")

    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    saved = load_routine(user_routines / "described.json")
    cat_cow, standing = saved.steps
    assert cat_cow.illustration is not None and standing.illustration is not None
    assert cat_cow.illustration.alt_text("default") == "On all fours, back level"
    assert cat_cow.illustration.alt_text("inhale") == bundled_alt["inhale"]
    assert standing.illustration.alt == {"default": "Standing tall, arms down"}
    assert standing.sides is Sides.ALTERNATE

    # Opened again, the form shows what was saved.
    page.list.setCurrentRow(1)
    assert steps.alt.text() == "Standing tall, arms down"
    assert steps.sides.currentData() == "alternate"
