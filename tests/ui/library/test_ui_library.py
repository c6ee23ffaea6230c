"""The library page, the first-run safety notice, remembered window state, menus."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from helpers import minimal_doc, write_json
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox

from supple import paths
from supple import settings as settings_module
from supple.routine import Library
from supple.settings import Settings
from supple.ui.shell.main_window import MainWindow
from supple.ui.shell.safety_notice import SafetyNotice


@pytest.fixture
def library(user_routines: Path) -> Library:
    write_json(user_routines / "mine.json", minimal_doc(id="mine", title="My stretch"))
    (user_routines / "broken.json").write_text("{ not json", encoding="utf-8")
    write_json(
        user_routines / "bad-hold.json",
        minimal_doc(id="bad-hold", steps=[{"title": "X", "hold": {"seconds": -4}}]),
    )
    return Library.scan()


@pytest.fixture
def open_window(main_window) -> Callable[..., MainWindow]:
    def open_(library: Library | None = None, **settings) -> MainWindow:
        return main_window(
            settings=Settings(**settings) if settings else None,
            library=library,
            persist=True,
            size=None,
        )

    return open_


def close(window: MainWindow) -> None:
    window.close()
    window.store.flush()


def saved() -> dict:
    return json.loads(paths.settings_path().read_text(encoding="utf-8"))


def test_cards_show_routines_and_broken_files_with_their_reason(
    open_window, qtbot, library: Library
) -> None:
    window = open_window(library, safety_acknowledged=True)
    view = window.library_view
    entries = {e.path.name: e for e in view.entries()}
    assert {"lower-back-spasm-relief.json", "mine.json", "broken.json", "bad-hold.json"} <= set(
        entries
    )
    # A broken file: listed, its reason shown, and it cannot start.
    for name in ("broken.json", "bad-hold.json"):
        row = view.entries().index(entries[name])
        view.list.setCurrentRow(row)
        item = view.list.item(row)
        assert "can't be used" in item.data(Qt.ItemDataRole.AccessibleTextRole)
        assert view.details.problems.isVisible()
        assert not view.start_button.isEnabled()
        qtbot.keyClick(view.list, Qt.Key.Key_Return)
        assert window.current_page() is view
    assert "seconds" in view.details.problems.text()  # bad-hold.json's reason
    view.list.setCurrentRow(view.entries().index(entries["broken.json"]))
    assert "JSON" in view.details.problems.text() or "json" in view.details.problems.text()

    # A good one: title, duration, steps, safety note, and Start.
    view.select("lower-back-spasm-relief")
    assert view.details.title.text() == "Lower-back spasm relief"
    assert "min" in view.details.meta.text() and "6 steps" in view.details.meta.text()
    assert "Stop if the pain gets sharper" in view.details.safety.text()
    assert "Child's pose" in view.details.steps.text()
    assert view.details.picture.path is not None
    assert view.start_button.isEnabled()
    qtbot.mouseClick(view.start_button, Qt.MouseButton.LeftButton)
    assert window.current_page() is window.player_view
    assert window.player_view.title_label.text() == "Supine twist"


def auto_answer_safety(accept: bool, seen: list[str]) -> None:
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:  # not up yet
            QTimer.singleShot(10, answer)
            return
        seen.append(type(dialog).__name__)
        if isinstance(dialog, SafetyNotice):
            (dialog.accept_button if accept else dialog.later_button).click()
        else:
            dialog.close()

    QTimer.singleShot(0, answer)


def test_first_run_safety_notice_appears_once(open_window, qtbot, library: Library) -> None:
    window = open_window(library)  # the saved (default) settings: never acknowledged
    routine = library.by_id("mine")
    seen: list[str] = []

    auto_answer_safety(False, seen)  # "Not now": no session
    assert window.start_routine(routine) is False
    assert seen == ["SafetyNotice"]
    assert not window.controller.active
    assert window.settings.safety_acknowledged is False

    auto_answer_safety(True, seen)
    assert window.start_routine(routine) is True
    assert seen == ["SafetyNotice", "SafetyNotice"]
    window.controller.stop()
    window.show_library()
    window.store.flush()
    assert saved()["safety_acknowledged"] is True

    # Not again: in this window, nor in a new one reading the saved settings.
    assert window.start_routine(routine) is True
    window.controller.stop()
    close(window)
    again = open_window(Library.scan())
    assert again.settings.safety_acknowledged is True
    assert again.start_routine(routine) is True
    assert seen == ["SafetyNotice", "SafetyNotice"]
    again.controller.stop()
    close(again)


def test_the_library_behind_the_notice_shows_the_routine_being_started(
    qtbot, open_window, library: Library
) -> None:
    """`supple run ROUTINE` starts a routine the library had not selected."""
    window = open_window(library)
    window.library_view.select("mine")
    routine = library.by_id("quick-spasm-relief")
    seen: list[str] = []
    behind: list[str] = []

    def answer() -> None:
        entry = window.library_view.current_entry()
        behind.append(entry.routine.id if entry and entry.routine else "")

    QTimer.singleShot(0, answer)  # runs while the notice is up, before it is answered
    auto_answer_safety(True, seen)
    assert window.start_routine(routine) is True
    assert seen == ["SafetyNotice"]
    assert behind == ["quick-spasm-relief"]
    window.controller.stop()
    close(window)


def test_safety_notice_is_in_the_help_menu(open_window, qtbot, library: Library) -> None:
    window = open_window(library, safety_acknowledged=True)
    seen: list[str] = []
    texts: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SafetyNotice)
        seen.append("shown")
        texts.append(dialog.body.text())
        dialog.accept_button.click()

    QTimer.singleShot(0, answer)
    window.safety_action.trigger()
    assert seen == ["shown"]
    assert "numbness" in texts[0] and "sharper" in texts[0]


def test_about_box_names_the_version(open_window, qtbot, library: Library) -> None:
    window = open_window(library, safety_acknowledged=True)
    window.about_action.trigger()
    box = window.findChild(QMessageBox, "aboutBox")
    assert box is not None and box.isVisible()
    from supple.version import __version__

    assert __version__ in box.text()
    box.close()


def test_window_geometry_and_last_routine_are_remembered(
    open_window, qtbot, library: Library
) -> None:
    window = open_window(library, safety_acknowledged=True)
    window.resize(780, 555)  # fits the offscreen screen, which restoreGeometry respects
    window.library_view.select("mine")
    window.start_routine(library.by_id("mine"))
    window.controller.stop()
    close(window)
    data = saved()
    assert data["last_routine"] == "mine"
    assert data["window_geometry"]

    again = open_window(Library.scan())
    assert again.library_view.current_entry().id == "mine"
    assert (again.width(), again.height()) == (780, 555)
    close(again)


def test_saving_keeps_what_others_saved_meanwhile(open_window, qtbot, library: Library) -> None:
    window = open_window(library, safety_acknowledged=True)
    settings_module.save(Settings(voice_id="en-gb", rate=200, safety_acknowledged=True))
    window.start_routine(library.by_id("mine"))
    window.controller.stop()
    close(window)
    data = saved()
    assert data["voice_id"] == "en-gb" and data["rate"] == 200
    assert data["last_routine"] == "mine"


def test_add_page_and_settings_action_for_the_lead(open_window, qtbot, library: Library) -> None:
    window = open_window(library, safety_acknowledged=True)
    page = QLabel("history here")
    action = window.add_page("History", page)
    action.trigger()
    assert window.current_page() is page
    assert window.nav.isVisible()
    asked: list[bool] = []
    window.settings_requested.connect(lambda: asked.append(True))
    window.settings_action.trigger()
    assert asked == [True]
    window.show_library()
    assert window.current_page() is window.library_view


def test_the_player_stays_up_while_a_session_runs(open_window, qtbot, library: Library) -> None:
    window = open_window(library, safety_acknowledged=True)
    page = QLabel("history")
    action = window.add_page("History", page)
    window.start_routine(library.by_id("mine"))
    action.trigger()
    assert window.current_page() is window.player_view
    window.controller.stop()


def test_no_routines_at_all(open_window, qtbot, tmp_path: Path) -> None:
    empty = Library.scan(bundled_dir=tmp_path / "none", user_dir=tmp_path / "none2")
    window = open_window(empty, safety_acknowledged=True)
    assert not window.library_view.start_button.isEnabled()
    assert window.library_view.details.title.text() == "No routine selected"


def test_closing_during_a_session_still_reports_it(open_window, qtbot, library: Library) -> None:
    window = open_window(library, safety_acknowledged=True)
    reports = []
    window.controller.session_ended.connect(reports.append)
    window.start_routine(library.by_id("mine"))
    close(window)
    assert len(reports) == 1 and reports[0].outcome.value == "stopped"


def test_safety_dialog_is_a_real_dialog(qtbot) -> None:
    dialog = SafetyNotice(first_run=True)
    qtbot.addWidget(dialog)
    QTimer.singleShot(0, dialog.later_button.click)
    assert dialog.exec() == QDialog.DialogCode.Rejected


def test_choosing_another_routine_shows_its_details_from_the_top(
    open_window, qtbot, library: Library
) -> None:
    window = open_window(library, safety_acknowledged=True)
    window.resize(900, 500)  # short enough for the details to scroll
    view = window.library_view
    view.list.setCurrentRow(0)
    qtbot.wait(10)
    bar = view.details_scroll.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())
    view.list.setCurrentRow(1)
    assert bar.value() == 0
    close(window)


def test_card_text_is_in_the_lists_text_colour(open_window, qtbot, library: Library) -> None:
    """Cards draw their text in the pen the list's painter starts with (no setPen):
    the title in the list's text colour, the line under it softer."""
    window = open_window(library, safety_acknowledged=True)
    # The card's rows are measured at the size the window had before it learnt to fit
    # the screen (offscreen, 800x600): the fonts follow the window's size.
    window.resize(1180, 760)
    qtbot.waitUntil(lambda: window.width() == 1180)
    view = window.library_view
    viewport = view.list.viewport()
    image = viewport.grab().toImage()
    text = viewport.palette().color(viewport.foregroundRole())
    rect = view.list.visualItemRect(view.list.item(1))  # not selected: a plain card

    def inkiest(top: int, bottom: int) -> tuple[int, int, int]:
        def distance(x: int, y: int) -> int:
            c = image.pixelColor(x, y)
            return abs(c.red() - text.red()) + abs(c.green() - text.green())

        # The text column of the card (not the thumbnail, not the list's scroll bar).
        columns = range(rect.left() + 140, rect.left() + 330)
        x, y = min(
            ((x, y) for x in columns for y in range(top, bottom)), key=lambda p: distance(*p)
        )
        c = image.pixelColor(x, y)
        return c.red(), c.green(), c.blue()

    title = inkiest(rect.top() + 22, rect.top() + 40)
    meta = inkiest(rect.top() + 46, rect.top() + 60)
    assert max(abs(a - b) for a, b in zip(title, text.getRgb()[:3], strict=True)) <= 8
    assert (
        max(abs(a - b) for a, b in zip(meta, text.getRgb()[:3], strict=True)) >= 40
    )  # visibly softer
    close(window)


def test_the_library_says_when_files_were_left_unread(
    open_window, qtbot, user_routines: Path, tmp_path: Path
) -> None:
    for i in range(4):
        write_json(user_routines / f"r{i}.json", minimal_doc(id=f"r{i}", title=f"Mine {i}"))
    capped = Library.scan(max_user_files=2)
    window = open_window(capped, safety_acknowledged=True)
    notice = window.library_view.cap_notice
    assert notice.isVisible()
    assert "Only the first 2 routine files are shown" in notice.text()
    assert "2 more were not read" in notice.text() and str(user_routines) in notice.toolTip()
    window.grab().save(str(tmp_path / "library-cap.png"))
    window.library_view.set_library(Library.scan())
    assert not notice.isVisible()


def test_a_broken_file_deep_in_folders_keeps_the_details_inside_the_window(
    open_window, qtbot, user_routines: Path
) -> None:
    """Its path wraps between folders (a German window left the details ~200 px too
    narrow for "/tmp/.../routines/mine.json" on one line, and clipped every line)."""
    deep = user_routines
    for _ in range(8):
        deep = deep / "a-folder-with-a-rather-long-name"
    deep.mkdir(parents=True)
    (user_routines / "broken.json").write_text("{ not json", encoding="utf-8")
    window = open_window(Library.scan(), safety_acknowledged=True)
    window.resize(1024, 600)
    window.show()
    view = window.library_view
    broken = next(e for e in view.entries() if e.path.name == "broken.json")
    view.details.show_entry(dataclasses.replace(broken, path=deep / "broken.json"), 0)
    qtbot.wait(10)
    meta = view.details.meta
    assert "a-folder-with-a-rather-long-name" in meta.text()
    viewport = view.details_scroll.viewport().width()
    assert view.details.minimumSizeHint().width() <= viewport
    assert meta.height() > meta.fontMetrics().height() * 2  # wrapped onto lines of its own
