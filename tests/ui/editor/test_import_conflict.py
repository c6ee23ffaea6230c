"""Importing a routine whose id is already in the library asks: Replace, Keep both or
Cancel; each answer is followed with real files (an export made by the app)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from gui_support import when_modal
from helpers import minimal_doc, write_json
from PySide6.QtWidgets import QMessageBox, QPushButton

from supple import paths
from supple.routine.transfer import export_routine


def _exported(window, tmp_path: Path, user_routines: Path) -> Path:
    write_json(user_routines / "mine.json", minimal_doc(id="mine", title="Mine"))
    window.reload_library()
    package = export_routine(window.library.by_id("mine"), tmp_path / "shared" / "mine.zip")
    # The one in the library changes after the export: replacing brings the export back.
    doc = json.loads((user_routines / "mine.json").read_text(encoding="utf-8"))
    doc["title"] = "Mine, changed"
    write_json(user_routines / "mine.json", doc)
    window.reload_library()
    return package


def _answer(button: str, seen: list[dict]) -> None:
    """Click ``button`` in the question once it is up; note what it said in ``seen``."""

    def act(box) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(
            {
                "text": box.text() + " " + box.informativeText(),
                "buttons": [b.text() for b in box.buttons()],
            }
        )
        box.findChild(QPushButton, button).click()

    when_modal(QMessageBox, act)


def _import(qtbot, actions, files: list[Path]) -> list[str]:
    with qtbot.waitSignal(actions.import_finished, timeout=30_000) as finished:
        actions.import_files(files)
    return finished.args[0]


@pytest.mark.parametrize("choice", ["replace", "keep", "cancel"])
def test_each_answer_does_what_it_says(
    qtbot, app, user_routines: Path, tmp_path: Path, choice: str
) -> None:
    window, actions, _clock = app
    package = _exported(window, tmp_path, user_routines)
    seen: list[dict] = []
    _answer(choice, seen)
    done = _import(qtbot, actions, [package])
    assert len(seen) == 1
    asked = seen[0]["text"]
    assert "You already have “Mine, changed”." in asked and "Replace" in asked
    assert set(seen[0]["buttons"]) >= {"Replace", "Keep both", "Cancel"}
    files = sorted(p.name for p in user_routines.glob("*.json"))
    status = window.statusBar().currentMessage()
    if choice == "replace":
        assert done == ["mine"] and files == ["mine.json"]
        assert window.library.by_id("mine").title == "Mine"
        assert status == "Replaced “Mine” with the imported one."
    elif choice == "keep":
        assert done == ["mine-2"] and files == ["mine-2.json", "mine.json"]
        assert window.library.by_id("mine").title == "Mine, changed"
        assert window.library.by_id("mine-2").title == "Mine"
        assert status == "Imported “Mine” as a second copy; the one you had is unchanged."
        assert window.library_view.current_entry().id == "mine-2"
    else:
        assert done == [] and files == ["mine.json"]
        assert window.library.by_id("mine").title == "Mine, changed"
        assert status == "Nothing was imported; your library is as it was."
    assert "id" not in status and "(s)" not in status


def test_a_routine_of_supples_own_can_only_be_kept_beside(qtbot, app, user_routines: Path) -> None:
    _window, actions, _clock = app
    bundled = next(paths.bundled_routines_dir().glob("*.json"))
    before = bundled.read_bytes()
    routine_id = json.loads(before)["id"]
    seen: list[dict] = []
    _answer("keep", seen)
    done = _import(qtbot, actions, [bundled])
    assert seen[0]["buttons"] == ["Keep both", "Cancel"]  # no Replace offered
    assert "comes with Supple" in seen[0]["text"]
    assert done == [f"{routine_id}-2"] and bundled.read_bytes() == before


def test_no_question_when_the_id_is_free(qtbot, app, user_routines: Path, tmp_path: Path) -> None:
    window, actions, _clock = app
    source = write_json(tmp_path / "new.json", minimal_doc(id="brand-new", title="Brand new"))
    asked: list[object] = []
    actions.ask_conflict = lambda *a, **k: asked.append(a) or "cancel"
    assert _import(qtbot, actions, [source]) == ["brand-new"]
    assert asked == []
    assert window.statusBar().currentMessage() == "Imported “Brand new”."
