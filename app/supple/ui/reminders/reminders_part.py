"""The reminders as one part of the app: the link (scheduler and notifications), the
tray icon while reminders are on, closing into the tray, start at login, and what
goes into the history. The composition root builds it with what it needs of the
window, as plain callables and the ``ReminderHost`` protocol (no other wing known).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon

from supple.reminders.config import config_from, planned_routines
from supple.reminders.scheduler import Reminder, Response
from supple.reminders.sources import BusySource, IdleSource
from supple.settings import Settings
from supple.ui.reminders.reminder_link import Described, MakeNotices, ReminderLink, platform_notices
from supple.ui.reminders.tray import SuppleTray

log = logging.getLogger(__name__)

Record = Callable[[str, Reminder, Response | None], None]  # ("offered"|"answered", ...)


class ReminderHost(Protocol):
    """What the reminders need of the window (``SuppleWindow`` meets it)."""

    keep_in_tray: Callable[[], bool] | None

    @property
    def settings(self) -> Settings: ...

    def start_routine_id(self, routine_id: str) -> bool: ...

    def describe_routine(self, routine_id: str) -> Described | None: ...

    def bring_to_front(self) -> None: ...

    def isVisible(self) -> bool: ...

    def quit(self) -> bool: ...

    def update_settings(self, **changes: object) -> None: ...


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


class RemindersPart(QObject):
    """Builds and keeps the reminders' pieces; ``apply(settings)`` after each save."""

    problem = Signal(str)  # e.g. start at login could not be written: for the person

    def __init__(
        self,
        host: ReminderHost,
        icon: QIcon,
        *,
        record: Record | None = None,
        today_minutes: Callable[[Callable[[float], None]], None] | None = None,
        idle: IdleSource | None = None,
        busy: BusySource | None = None,
        make_notices: MakeNotices = platform_notices,
        has_tray: Callable[[], bool] = tray_available,
        clock: object | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.host = host
        self._icon = icon
        self._record = record
        self._today_minutes = today_minutes
        self._has_tray = has_tray
        self.tray: SuppleTray | None = None
        self.notes: list[str] = []
        config, self.notes = config_from(host.settings)
        if idle is None or busy is None:
            from supple.reminders.idle import LazyBusy, LazyIdle

            idle = idle or LazyIdle()
            busy = busy or LazyBusy()
        self.link = ReminderLink(
            config,
            host.describe_routine,
            clock=clock,  # type: ignore[arg-type]
            idle=idle,
            busy=busy,
            make_notices=make_notices,
            parent=self,
        )
        self.link.start_requested.connect(self._start)
        self.link.open_requested.connect(host.bring_to_front)
        self.link.offered.connect(lambda r: self._write("offered", r, None))
        self.link.answered.connect(lambda r, response: self._write("answered", r, response))
        self.link.changed.connect(self._refresh_menu)
        self.link.changed.connect(self._keep_pause)
        self._restore_pause(host.settings.reminders_paused_until)
        host.keep_in_tray = self.keeps_in_tray
        self._update_tray()
        self._login: bool | None = None  # what start at login was last set to
        if host.settings.start_at_login:
            self._start_at_login(True)  # the command is written again: Supple may have moved

    # -- the tray ------------------------------------------------------------------------
    def keeps_in_tray(self) -> bool:
        """Closing the window hides it while the tray icon is shown (reminders on)."""
        return self.tray is not None and self.tray.icon.isVisible()

    def _update_tray(self) -> None:
        wanted = self.link.active and self._has_tray()
        if wanted and self.tray is None:
            self.tray = SuppleTray(self._icon, self)
            self.link.tray = self.tray
            self.tray.start_requested.connect(self._start)
            self.tray.open_requested.connect(self.host.bring_to_front)
            self.tray.quit_requested.connect(self.host.quit)
            self.tray.pause_hour_requested.connect(self.link.pause_for_hour)
            self.tray.pause_tomorrow_requested.connect(self.link.pause_until_tomorrow)
            self.tray.resume_requested.connect(self.link.resume)
            self.tray.menu_opening.connect(self.refresh_today)
            self.tray.message_clicked.connect(lambda key: self.link.answer(key, "start"))
        if self.tray is None:
            return
        if wanted:
            self._refresh_menu()
            self.tray.show()
            self.refresh_today()
        else:
            self.tray.hide()
        _quit_with_last_window(not wanted)

    def _refresh_menu(self) -> None:
        if self.tray is None:
            return
        settings = self.host.settings
        ids = [settings.last_routine] if settings.last_routine else []
        ids += planned_routines(self.link.scheduler.config.plan)
        routines: list[tuple[str, str]] = []
        for routine_id in ids:
            described = self.host.describe_routine(routine_id)
            if described is not None and routine_id not in [r for r, _ in routines]:
                routines.append((routine_id, described.title))
        self.tray.set_routines(routines[:5])
        self.tray.set_paused(self.link.paused_until)

    def refresh_today(self) -> None:
        """Today's minutes in the tray's menu (read from the history off the GUI thread)."""
        tray = self.tray
        if tray is None:
            return
        self._refresh_menu()
        goal = self.host.settings.daily_goal_minutes
        if self._today_minutes is None:
            tray.set_today(0, goal)
            return
        self._today_minutes(lambda minutes: tray.set_today(minutes, goal))

    def window_hidden(self) -> None:
        """The window went into the tray: said once, the first time."""
        if self.tray is None or self.host.settings.tray_notice_shown:
            return
        self.tray.show_message(
            self.tr("Supple is still running"),
            self.tr(
                "Your reminders go on from the tray. To quit, use Quit Supple in the tray's "
                "menu or File, Quit."
            ),
        )
        self.host.update_settings(tray_notice_shown=True)

    # -- a pause outlives a restart ----------------------------------------------------------
    def _restore_pause(self, text: str) -> None:
        if not text:
            return
        try:
            until = datetime.fromisoformat(text)
        except ValueError:
            return  # not a time: not paused
        if until.tzinfo is None:
            self.link.scheduler.paused_until = until  # the scheduler drops it once past

    def _keep_pause(self) -> None:
        until = self.link.paused_until
        text = "" if until is None else until.isoformat(timespec="minutes")
        if text != self.host.settings.reminders_paused_until:
            self.host.update_settings(reminders_paused_until=text)

    # -- settings ------------------------------------------------------------------------
    def apply(self, settings: Settings) -> None:
        config, self.notes = config_from(settings)
        self.link.configure(config)
        self._update_tray()
        if settings.start_at_login != bool(self._login):
            self._start_at_login(settings.start_at_login)

    def _start_at_login(self, on: bool) -> None:
        from supple.reminders.autostart import set_start_at_login

        problem = set_start_at_login(on)
        self._login = on if problem is None else None
        if problem is not None:
            log.warning("%s", problem)
            self.notes.append(problem)
            self.problem.emit(problem)

    # -- sessions ------------------------------------------------------------------------
    def session_started(self, routine_id: str) -> None:
        self.link.session_started(routine_id)

    def session_ended(self) -> None:
        self.link.session_ended()
        if self.tray is not None:
            QTimer.singleShot(0, self.refresh_today)  # once the history has the session

    def _start(self, routine_id: str) -> None:
        self.host.bring_to_front()
        if not self.host.start_routine_id(routine_id):
            log.info("a reminder's routine %r could not be started", routine_id)

    def _write(self, what: str, reminder: Reminder, response: Response | None) -> None:
        if self._record is not None:
            self._record(what, reminder, response)

    def window_closed(self) -> None:
        """The window closes for good: the app ends with it, as without the tray.
        Closed while hidden in the tray (the tray's Quit), no window is left to close
        last, so Qt would not end the app: it is ended here, once the close is done."""
        _quit_with_last_window(True)
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        if isinstance(app, QApplication) and not self.host.isVisible():
            QTimer.singleShot(0, app.quit)

    def shutdown(self) -> None:
        self.link.shutdown()
        if self.tray is not None:
            self.tray.hide()


def _quit_with_last_window(quit_: bool) -> None:
    """With the tray on, the app runs on with no window shown (a dialog closing while the
    window is hidden would end it otherwise); the window's real close ends it then."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.setQuitOnLastWindowClosed(quit_)
