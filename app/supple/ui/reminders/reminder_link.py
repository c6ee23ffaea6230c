"""The reminders at work in the app: the Qt-free scheduler ticked by a QTimer, its
offers shown as desktop notifications (or the tray's messages), and the answers
turned back into the scheduler's responses and a session start.

Wiring (in the composition root, ui/shell/compose.py)::

    link = ReminderLink(controller, config, describe=...)
    link.start_requested.connect(...)      # a routine id: start it, window in front
    link.answered.connect(...)             # (Reminder, Response): into the history
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from supple.reminders.clock import ReminderClock, SystemClock
from supple.reminders.desktop_notify import Note
from supple.reminders.scheduler import (
    TICK_SECONDS,
    Offer,
    Reminder,
    ReminderConfig,
    Response,
    Scheduler,
    Withdraw,
)
from supple.reminders.sources import BusySource, IdleSource
from supple.ui.reminders.reminder_text import note_text

log = logging.getLogger(__name__)

APP_ID = "io.github.supple_app.Supple"  # the desktop entry's id
ACTIONS = {"start": Response.STARTED, "later": Response.POSTPONED, "skip": Response.SKIPPED}


@dataclass(frozen=True)
class Described:
    """What a notification says of a routine."""

    title: str
    minutes: float


class Notices(Protocol):
    """Where notifications go: the desktop's service, or the tray."""

    available: bool | None

    def notify(self, note: Note) -> None: ...

    def close(self, key: str) -> None: ...

    def shutdown(self, wait: float = 1.0) -> None: ...


class TrayMessages(Protocol):
    """The tray's balloon, for a desktop without a notification service."""

    def show_message(self, title: str, text: str, key: str) -> None: ...


MakeNotices = Callable[[Callable[[str, str], None], Callable[[str, str], None]], "Notices | None"]


def platform_notices(
    on_action: Callable[[str, str], None], on_closed: Callable[[str, str], None]
) -> Notices | None:
    """The desktop's notification service on Linux and the BSDs; None elsewhere."""
    if sys.platform in ("win32", "darwin"):
        return None
    try:
        from supple.reminders.desktop_notify import DesktopNotifier
    except ImportError:  # jeepney missing from an odd install
        return None
    return DesktopNotifier(on_action, on_closed)


class ReminderLink(QObject):
    """Runs the scheduler; shows, takes back and answers its reminders."""

    start_requested = Signal(str)  # a routine's id: start it
    open_requested = Signal()  # the notification itself was clicked
    offered = Signal(object)  # Reminder, each time it is shown
    answered = Signal(object, object)  # Reminder, Response
    changed = Signal()  # paused or resumed: the tray's menu says so
    _worker_action = Signal(str, str)  # from the notifier's thread: (key, action)
    _worker_closed = Signal(str, str)  # (key, reason)

    def __init__(
        self,
        config: ReminderConfig,
        describe: Callable[[str], Described | None],
        *,
        clock: ReminderClock | None = None,
        idle: IdleSource | None = None,
        busy: BusySource | None = None,
        make_notices: MakeNotices = platform_notices,
        tray: TrayMessages | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.scheduler = Scheduler(config, clock or SystemClock(), idle, busy)
        self._describe = describe
        self._make_notices = make_notices
        self._notices: Notices | None = None
        self._tried = False
        self.tray = tray
        self.shown: dict[str, Reminder] = {}  # by key: what is on screen now
        # Emitted on the notifier's thread: Qt queues them to this object's (the GUI) thread.
        # (No explicit Qt.ConnectionType: that would build the Qt namespace, ~25 ms.)
        self._worker_action.connect(self._action)
        self._worker_closed.connect(self._closed)
        self.timer = QTimer(self)
        self.timer.setInterval(int(TICK_SECONDS * 1000))
        self.timer.timeout.connect(self.tick)
        self._closed_down = False
        self.configure(config)

    # -- settings and the person's wishes ---------------------------------------------
    def configure(self, config: ReminderConfig) -> None:
        self._handle(self.scheduler.configure(config))
        if config.active and not self._closed_down:
            if not self.timer.isActive():
                self.scheduler.tick()  # the first look: from now on
                self.timer.start()
        else:
            self.timer.stop()

    @property
    def active(self) -> bool:
        return self.scheduler.config.active

    def pause_for_hour(self) -> None:
        self._handle(self.scheduler.pause_for(3600))
        self.changed.emit()

    def pause_until_tomorrow(self) -> None:
        self._handle(self.scheduler.pause_until_tomorrow())
        self.changed.emit()

    def resume(self) -> None:
        self.scheduler.resume()
        self.changed.emit()

    @property
    def paused_until(self) -> datetime | None:
        return self.scheduler.paused_until if self.scheduler.is_paused() else None

    # -- the session's signals -----------------------------------------------------------
    def session_started(self, routine_id: str) -> None:
        self._handle(self.scheduler.session_started(routine_id))

    def session_ended(self) -> None:
        self.scheduler.session_ended()

    # -- ticking -------------------------------------------------------------------------
    @Slot()
    def tick(self) -> None:
        if self._closed_down:
            return
        was_paused = self.scheduler.paused_until is not None
        self._handle(self.scheduler.tick())
        if was_paused and self.scheduler.paused_until is None:
            self.changed.emit()

    def _handle(self, events: list[Offer | Withdraw]) -> None:
        for event in events:
            if isinstance(event, Offer):
                self._show(event.reminder)
            else:
                self._take_back(event.reminder)
                self.answered.emit(event.reminder, event.response)

    def _show(self, reminder: Reminder) -> None:
        described = self._describe(reminder.routine_id)
        if described is None:  # the routine was deleted or renamed since
            log.info("no routine %r for a reminder; skipped", reminder.routine_id)
            self.scheduler.answer(Response.SKIPPED)
            return
        summary, body, actions = note_text(reminder, described.title, described.minutes)
        self.shown[reminder.key] = reminder
        self.offered.emit(reminder)
        notices = self.notices()
        if notices is not None and notices.available is not False:
            notices.notify(Note(reminder.key, summary, body, actions, desktop_entry=APP_ID))
        elif self.tray is not None:
            self.tray.show_message(summary, body, reminder.key)

    def _take_back(self, reminder: Reminder) -> None:
        if self.shown.pop(reminder.key, None) is not None and self._notices is not None:
            self._notices.close(reminder.key)

    def notices(self) -> Notices | None:
        if not self._tried:
            self._tried = True
            try:
                self._notices = self._make_notices(
                    self._worker_action.emit, self._worker_closed.emit
                )
            except Exception:
                log.debug("no desktop notifications", exc_info=True)
        return self._notices

    # -- answers ------------------------------------------------------------------------
    def answer(self, key: str, action: str) -> None:
        """The person's answer to reminder ``key``: "start", "later", "skip", "default"
        (the notification was clicked: open the window) or "dismissed"."""
        self._action(key, action)

    @Slot(str, str)
    def _action(self, key: str, action: str) -> None:
        pending = self.scheduler.pending
        if action == "default":
            self.open_requested.emit()
            return
        if pending is None or pending.key != key:
            return  # answered already, or taken back meanwhile
        response = ACTIONS.get(action, Response.MISSED)
        reminder = self.scheduler.answer(response)
        self.shown.pop(key, None)
        if reminder is None:
            return
        self.answered.emit(reminder, response)
        if response is Response.STARTED:
            self.start_requested.emit(reminder.routine_id)

    @Slot(str, str)
    def _closed(self, key: str, reason: str) -> None:
        if reason == "dismissed":
            self._action(key, "dismissed")  # closed by the person: not answered
        else:
            self.shown.pop(key, None)  # expired: it stays pending until the grace is over

    def shutdown(self) -> None:
        self._closed_down = True
        self.timer.stop()
        if self._notices is not None:
            for key in list(self.shown):
                self._notices.close(key)
            self._notices.shutdown(0.5)
