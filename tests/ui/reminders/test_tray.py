"""The tray icon and closing into it, the tray's menu, the tray's message on a desktop
without a notification service, the Reminders section of the settings dialog, and no
break over a full-screen window (a private X display): the real window and services
(no bus here: notifications go to a stand-in)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from x_display import QtWindow, manager_ready, private_display, window_manager

from supple import settings as settings_module
from supple.reminders.desktop_notify import Note
from supple.reminders.idle.fullscreen_x11 import x11_fullscreen
from supple.reminders.reminder_clock import FakeReminderClock
from supple.reminders.scheduler import TICK_SECONDS
from supple.settings import Settings
from supple.ui.reminders.settings_section import RemindersSection
from supple.ui.shell.compose import Services
from supple.ui.shell.settings_dialog import SettingsDialog

MONDAY = datetime(2026, 11, 30, 9, 0)


class Idle:
    seconds = 1.0

    def idle_seconds(self) -> float | None:
        return self.seconds


class Busy:
    on = False

    def busy(self) -> bool:
        return self.on


class StandInNotices:
    """Where the notifications go instead of a bus (``available`` as the bus says)."""

    def __init__(self, available: bool) -> None:
        self.available = available
        self.shown: list[Note] = []
        self.closed: list[str] = []

    def notify(self, note: Note) -> None:
        self.shown.append(note)

    def close(self, key: str) -> None:
        self.closed.append(key)

    def shutdown(self, wait: float = 1.0) -> None:
        pass


@pytest.fixture
def app(main_window) -> Any:
    made: list[Services] = []

    def make(
        notices: StandInNotices | None = None,
        tray: bool = True,
        busy: Any = None,
        **fields: Any,
    ) -> tuple[Any, Services, FakeReminderClock, StandInNotices]:
        clock = FakeReminderClock(MONDAY)
        stand_in = notices or StandInNotices(True)
        settings = Settings(safety_acknowledged=True, verbosity="counts", **fields)
        window = main_window(
            settings=settings,
            attach=lambda w: made.append(
                Services(
                    w,
                    speech=False,
                    reminder_notices=lambda *_: stand_in,
                    reminder_sources=(Idle(), busy or Busy()),
                    reminder_clock=clock,
                    tray=tray,
                )
            ),
        )
        return window, made[-1], clock, stand_in

    yield make
    for services in made:
        services.shutdown()


def use(services: Services, clock: FakeReminderClock, minutes: float) -> None:
    assert services.reminders is not None
    for _ in range(round(minutes * 60 / TICK_SECONDS)):
        clock.advance(TICK_SECONDS)
        services.reminders.link.tick()


# -- closing into the tray ---------------------------------------------------------------
def test_with_reminders_on_closing_keeps_supple_in_the_tray_and_says_so_once(qtbot, app) -> None:
    window, services, _clock, _notices = app(break_reminders=True)
    part = services.reminders
    assert part.tray is not None and part.tray.icon.isVisible()
    assert not QApplication.quitOnLastWindowClosed()
    closed: list[bool] = []
    window.closed.connect(lambda: closed.append(True))
    assert window.close() is False  # hidden, not closed
    assert not window.isVisible() and closed == []
    assert part.tray.last_message is not None
    assert part.tray.last_message[0] == "Supple is still running"
    assert window.settings.tray_notice_shown is True
    part.tray.last_message = None
    window.show()
    window.close()
    assert part.tray.last_message is None  # said the first time only
    part.tray.open_action.trigger()
    assert window.isVisible()
    # Quit (the tray's, or File > Quit) closes for real, and the app ends with the window.
    part.tray.quit_action.trigger()
    assert closed == [True] and QApplication.quitOnLastWindowClosed()


def test_with_reminders_off_closing_quits_as_before(qtbot, app) -> None:
    window, services, _clock, _notices = app()
    assert services.reminders is None  # nothing to schedule: the part is not built
    assert QApplication.quitOnLastWindowClosed()
    closed: list[bool] = []
    window.closed.connect(lambda: closed.append(True))
    assert window.close() is True
    assert closed == [True]


def test_closing_into_the_tray_stops_a_session(qtbot, app) -> None:
    window, _services, _clock, _notices = app(break_reminders=True)
    assert window.start_routine(window.library.by_id("desk-break"))
    assert window.controller.active
    window.close()
    assert not window.controller.active  # nobody would see or hear it


# -- the tray's menu ----------------------------------------------------------------------
def test_the_menu_starts_routines_and_pauses_reminders(qtbot, app) -> None:
    plan = [{"routine": "daily-back-care", "time": "08:00", "days": [0, 1, 2, 3, 4]}]
    window, services, _clock, _notices = app(
        reminder_plan=plan, last_routine="back-walk", daily_goal_minutes=15
    )
    tray = services.reminders.tray
    assert tray.today_action.text() == "Today: …"  # not known before the history answers
    tray.menu.aboutToShow.emit()
    titles = [a.text() for a in tray.start_actions]
    assert titles == ["Start A walk for the lower back", "Start Daily back care"]
    qtbot.waitUntil(lambda: tray.today_action.text() == "Today: 0 of 15 min", timeout=5000)
    tray.pause_hour_action.trigger()
    link = services.reminders.link
    assert link.paused_until is not None
    assert tray.resume_action.isVisible()
    assert tray.resume_action.text() == "Resume reminders (paused until 10:00)"
    assert not tray.pause_hour_action.isVisible()
    tray.resume_action.trigger()
    assert link.paused_until is None and tray.pause_hour_action.isVisible()
    tray.pause_tomorrow_action.trigger()
    assert link.paused_until == datetime(2026, 12, 1, 0, 0)
    window.hide()
    tray.start_actions[1].trigger()
    assert window.isVisible() and window.controller.active
    assert window.routine.id == "daily-back-care"


# -- a break, through the notices -------------------------------------------------------------
def test_a_break_is_offered_and_postponed_and_a_session_withdraws_it(qtbot, app) -> None:
    window, services, clock, notices = app(break_reminders=True, break_minutes=30)
    use(services, clock, 29)
    assert notices.shown == []
    use(services, clock, 1)
    (note,) = notices.shown
    assert note.summary == "Time to move"
    assert "Desk break" in note.body
    assert [a for a, _label in note.actions] == ["start", "later", "skip", "default"]
    services.reminders.link.answer(note.key, "later")
    use(services, clock, 9)
    assert len(notices.shown) == 1
    use(services, clock, 1)
    assert len(notices.shown) == 2
    # Starting another routine by hand: the session is the break; the reminder goes.
    assert window.start_routine(window.library.by_id("back-walk"))
    assert notices.closed == [notices.shown[-1].key]


def test_without_a_notification_service_the_tray_shows_it_and_a_click_starts(qtbot, app) -> None:
    window, services, clock, notices = app(StandInNotices(False), break_reminders=True)
    use(services, clock, 50)
    assert notices.shown == []
    tray = services.reminders.tray
    assert tray.last_message is not None and tray.last_message[0] == "Time to move"
    tray.icon.messageClicked.emit()
    assert window.controller.active and window.routine.id == "desk-break"


# -- the settings ---------------------------------------------------------------------------
def routines() -> list[tuple[str, str]]:
    return [
        ("daily-back-care", "Daily back care"),
        ("desk-break", "Desk break"),
        ("quick-spasm-relief", "Quick spasm relief"),
    ]


def test_the_reminders_section_saves_the_plan_breaks_and_login(qtbot, supple_home) -> None:
    settings_module.save(Settings(window_geometry="abc"))
    section = RemindersSection(routines())
    dialog = SettingsDialog(settings_module.load().settings, sections=[section])
    qtbot.addWidget(dialog)
    assert section.rows == [] and not section.breaks_check.isChecked()
    assert not section.break_minutes_spin.isEnabled()
    first = section.add_row()
    second = section.add_row()
    third = section.add_row()
    assert first is not None and second is not None and third is not None
    second.routine_combo.setCurrentIndex(second.routine_combo.findData("quick-spasm-relief"))
    second.timed_check.setChecked(False)  # "when I ask"
    assert second.time_edit.isHidden() and not second.ask_label.isHidden()
    section.remove_row(third)
    section.breaks_check.setChecked(True)
    section.break_minutes_spin.setValue(45)
    section.login_check.setChecked(True)
    with qtbot.waitSignal(dialog.saved, timeout=10000):
        dialog.save()
    saved = settings_module.load()
    assert saved.notes == []
    s = saved.settings
    assert s.reminder_plan == [
        {"routine": "daily-back-care", "time": "08:00", "days": [0, 1, 2, 3, 4]},
        {"routine": "quick-spasm-relief", "time": None, "days": [0, 1, 2, 3, 4]},
    ]
    assert (s.break_reminders, s.break_minutes, s.break_routine) == (True, 45, "")
    assert s.start_at_login is True and s.window_geometry == "abc"
    again = RemindersSection(routines())
    again.load(s)
    assert again.values() == section.values()


def test_a_plan_entry_with_unusual_days_or_a_missing_routine_is_kept(qtbot) -> None:
    plan = [{"routine": "gone", "time": "07:15", "days": [1, 3]}]
    section = RemindersSection(routines())
    qtbot.addWidget(section)
    section.load(Settings(reminder_plan=plan))
    (row,) = section.rows
    assert row.routine_combo.currentText() == "gone (not in the library)"
    assert row.days_combo.currentText() == "on Tue, Thu"
    assert section.values()["reminder_plan"] == plan


def test_saving_reminders_on_in_the_settings_turns_the_tray_on(qtbot, app) -> None:
    _window, services, _clock, _notices = app()
    assert services.reminders is None  # off at start: built when first turned on
    dialog = services.open_settings()
    section: RemindersSection = dialog.sections[0]
    section.breaks_check.setChecked(True)
    with qtbot.waitSignal(dialog.saved, timeout=10000):
        dialog.save()
    part = services.reminders
    assert part is not None
    assert part.link.active and part.link.timer.isActive()
    assert part.tray is not None and part.keeps_in_tray()
    dialog = services.open_settings()
    dialog.sections[0].breaks_check.setChecked(False)
    with qtbot.waitSignal(dialog.saved, timeout=10000):
        dialog.save()
    assert not part.link.timer.isActive() and not part.keeps_in_tray()
    assert QApplication.quitOnLastWindowClosed()


def test_start_at_login_from_the_settings_writes_and_removes_the_entry(
    qtbot, app, tmp_path, monkeypatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    entry = tmp_path / "config" / "autostart" / "io.github.supple_app.Supple.desktop"
    _window, services, _clock, _notices = app()
    assert not entry.exists()
    for on in (True, False):
        dialog = services.open_settings()
        dialog.sections[0].login_check.setChecked(on)
        with qtbot.waitSignal(dialog.saved, timeout=10000):
            dialog.save()
        assert entry.exists() is on


def test_a_pause_is_kept_for_the_next_start_and_dropped_once_over(qtbot, app) -> None:
    window, services, _clock, _notices = app(break_reminders=True)
    services.reminders.tray.pause_tomorrow_action.trigger()
    assert window.settings.reminders_paused_until == "2026-12-01T00:00"
    _again, restarted, clock2, _n = app(
        break_reminders=True, reminders_paused_until="2026-12-01T00:00"
    )
    assert restarted.reminders.link.paused_until == datetime(2026, 12, 1, 0, 0)
    clock2.advance(15 * 3600)  # Tuesday, 0:00
    restarted.reminders.link.tick()
    assert restarted.reminders.link.paused_until is None
    assert _again.settings.reminders_paused_until == ""
    _third, broken, _c, _n = app(break_reminders=True, reminders_paused_until="soon")
    assert broken.reminders.link.paused_until is None


def test_after_a_suspend_one_notification_for_the_latest_missed_plan_entry(qtbot, app) -> None:
    plan = [
        {"routine": "daily-back-care", "time": "09:30", "days": list(range(7))},
        {"routine": "back-walk", "time": "10:00", "days": list(range(7))},
    ]
    _window, services, clock, notices = app(
        reminder_plan=plan, break_reminders=True, break_minutes=45
    )
    use(services, clock, 5)
    clock.suspend(65 * 60)  # the lid closed from 9:05 to 10:10: both entries fell due
    use(services, clock, 1)
    assert [n.summary for n in notices.shown] == ["Time for A walk for the lower back"]
    assert "as planned for 10:00" in notices.shown[0].body
    services.reminders.link.answer(notices.shown[0].key, "later")
    use(services, clock, 10)  # the postponed one is back; the 9:30 one never comes
    assert [n.summary for n in notices.shown] == ["Time for A walk for the lower back"] * 2
    services.reminders.link.answer(notices.shown[1].key, "skip")
    use(services, clock, 30)  # and no break 45 minutes after 9:00: the sleep was the break
    assert len(notices.shown) == 2


def test_no_break_over_a_full_screen_window_then_it_comes(qtbot, app) -> None:
    """The real X11 source on a private display with a window manager: a Qt window in
    full screen holds the break back; once it is a window again, the break comes."""
    with private_display() as display:
        fullscreen = x11_fullscreen(display)
        assert fullscreen is not None
        with window_manager(display, manager_ready(fullscreen)):
            presentation = QtWindow(display)
            try:
                presentation.tell("full")
                qtbot.waitUntil(lambda: fullscreen.read() is True, timeout=10000)
                _window, services, clock, notices = app(
                    busy=fullscreen, break_reminders=True, break_minutes=30
                )
                qtbot.waitUntil(fullscreen.busy, timeout=5000)
                use(services, clock, 45)
                assert notices.shown == []
                presentation.tell("normal")
                qtbot.waitUntil(lambda: not fullscreen.busy(), timeout=10000)
                use(services, clock, 1 / 3)
                assert [n.summary for n in notices.shown] == ["Time to move"]
            finally:
                presentation.close()
                fullscreen.close()
