"""The whole app wired together: a session is spoken, recorded and shown in History.

Real parts throughout (SessionController, speech service and worker process,
the SQLite history file, the History page, the check-in dialog); only the
sound card is replaced, by a player that logs what it would play.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from helpers import minimal_doc, write_json
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from speech_support import played, recording_player

from supple import paths
from supple.session import FakeClock, State
from supple.ui.player.checkin_dialog import CheckinDialog
from supple.ui.shell.compose import Services
from supple.ui.shell.settings_dialog import SettingsDialog


def short_doc() -> dict:
    return minimal_doc(
        id="short",
        title="Short one",
        defaults={"lead_in": 3, "rest": 2},
        steps=[
            {"title": "Reach", "hold": {"seconds": 6}},
            {"title": "Fold", "hold": {"seconds": 5}, "sides": "both"},
        ],
    )


@pytest.fixture
def app_parts(main_window, user_routines: Path, tmp_path: Path):
    write_json(user_routines / "short.json", short_doc())
    made = []

    def make(**settings_fields):
        clock = FakeClock()
        log = tmp_path / "played.log"
        window = main_window(
            clock=clock,
            verbosity="brief",
            attach=lambda w: made.append(
                Services(w, speech_engine="fake", speech_player=recording_player(log))
            ),
            size=(1024, 700),
            **settings_fields,
        )
        return window, made[-1], clock, log

    yield make
    for services in made:
        services.shutdown()


def play_to_the_end(qtbot, window, clock: FakeClock) -> None:
    player = window.controller.player
    assert player is not None
    for _ in range(2000):
        if player.state is State.FINISHED:
            return
        clock.advance(0.1)
        window.controller.tick()
    raise AssertionError("the session never finished")


def stored_sessions() -> list[tuple]:
    """The rows in the history file, read-only (never creating the file); [] before it exists."""
    uri = paths.history_db_path().as_uri() + "?mode=ro"
    try:
        db = sqlite3.connect(uri, uri=True)
    except sqlite3.OperationalError:
        return []
    try:
        return db.execute(
            "SELECT routine_id, outcome, steps_completed, steps_total, active_seconds,"
            " feel_before, feel_after FROM sessions"
        ).fetchall()
    except sqlite3.OperationalError:  # the worker has not made the table yet
        return []
    finally:
        db.close()


def test_a_session_is_spoken_recorded_and_shown(qtbot, app_parts) -> None:
    window, services, clock, log = app_parts()
    holder = services.history_page_holder
    assert holder is not None and not holder.built  # built when first shown
    routine = window.library.by_id("short")
    assert window.start_routine(routine)
    play_to_the_end(qtbot, window, clock)
    assert window.current_page() is window.summary_view

    # Recorded for real, in the SQLite file under SUPPLE_HOME.
    qtbot.waitUntil(
        lambda: bool(stored_sessions()) and stored_sessions()[0][1] == "finished", timeout=10000
    )
    [(rid, outcome, done, total, active, _before, _after)] = stored_sessions()
    assert (rid, outcome, done, total) == ("short", "finished", 2, 2)
    # Every planned second was active (no pauses), lead-ins fitted to the speech.
    assert active == pytest.approx(window.controller.player.timeline.total_seconds, abs=0.5)
    assert active > 6 + 2 + 5 + 6 + 5

    # The voice spoke (through the worker process, to the logging player).
    qtbot.waitUntil(lambda: len(played(log)) > 0, timeout=10000)

    # And the History page shows it after a refresh.
    window.show_page(holder)
    assert holder.built
    qtbot.waitUntil(lambda: services.history_page.table.topLevelItemCount() == 1, timeout=10000)


def test_checkin_before_and_after_is_kept_with_the_session(qtbot, app_parts) -> None:
    window, _services, clock, _log = app_parts(checkin_enabled=True)
    answers = iter([3, 7])

    def answer() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, CheckinDialog) and widget.isVisible():
                widget.choose(next(answers))
                widget.note.setText("stiff" if widget.phase == "before" else "looser")
                widget.save_button.click()
                return
        QTimer.singleShot(20, answer)

    QTimer.singleShot(20, answer)
    assert window.start_routine(window.library.by_id("short"))
    QTimer.singleShot(20, answer)
    play_to_the_end(qtbot, window, clock)
    qtbot.waitUntil(
        lambda: bool(stored_sessions()) and stored_sessions()[0][6] is not None, timeout=10000
    )
    [(_rid, outcome, *_rest, before, after)] = stored_sessions()
    assert (outcome, before, after) == ("finished", 3, 7)
    # The summary shows it too: before → after.
    feel = window.summary_view.feel_stat
    assert feel.isVisible() and feel.value.text() == "3 → 7"


def test_after_stop_the_check_in_asks_why_and_it_hurt_is_kept(qtbot, app_parts) -> None:
    window, _services, clock, _log = app_parts(checkin_enabled=True)
    phases: list[str] = []

    def answer() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, CheckinDialog) and widget.isVisible():
                phases.append(widget.phase)
                if widget.phase == "before":
                    widget.skip_button.click()
                else:
                    qtbot.mouseClick(widget.reason_buttons["hurt"], Qt.MouseButton.LeftButton)
                    widget.choose(8)
                    widget.save_button.click()
                return
        QTimer.singleShot(20, answer)

    QTimer.singleShot(20, answer)
    assert window.start_routine(window.library.by_id("short"))
    for _ in range(20):
        clock.advance(0.1)
        window.controller.tick()
    QTimer.singleShot(20, answer)
    window.controller.stop()
    qtbot.waitUntil(lambda: phases == ["before", "stopped"], timeout=10000)

    def reason() -> tuple | None:
        uri = paths.history_db_path().as_uri() + "?mode=ro"
        db = sqlite3.connect(uri, uri=True)
        try:
            return db.execute("SELECT outcome, feel_after, stop_reason FROM sessions").fetchone()
        finally:
            db.close()

    qtbot.waitUntil(lambda: reason() == ("stopped", 8, "hurt"), timeout=10000)


def test_settings_dialog_opens_from_the_window_and_applies(qtbot, app_parts) -> None:
    window, services, _clock, _log = app_parts()
    window.settings_requested.emit()
    dialog = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, SettingsDialog) and w.isVisible()
    )
    dialog.goal_spin.setValue(25)
    dialog.mute_check.setChecked(True)
    with qtbot.waitSignal(dialog.saved, timeout=10000):
        dialog.save()
    assert window.settings.daily_goal_minutes == 25
    assert window.settings.muted is True
    assert (
        services.history_page is not None
        and services.history_page.settings.daily_goal_minutes == 25
    )


def test_shutdown_is_quick_and_idempotent(qtbot, app_parts) -> None:
    import time

    _window, services, _clock, _log = app_parts()
    start = time.monotonic()
    services.shutdown()
    services.shutdown()
    assert time.monotonic() - start < 3.0  # the spec: never wait on the voice for long
