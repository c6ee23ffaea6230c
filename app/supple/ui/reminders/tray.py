"""Supple's icon in the system tray and its menu.

The menu: today's minutes against the daily goal, start the last or a planned
routine, pause reminders for an hour or until tomorrow (or resume them), open
the window, quit. A click on the icon opens the window. On a desktop without a
notification service the tray's own message shows a reminder; a click on it
answers "start".
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from supple.ui.reminders.reminder_text import clock_text


class SuppleTray(QObject):
    """The tray icon; says what was asked through its signals."""

    start_requested = Signal(str)  # a routine's id
    open_requested = Signal()
    quit_requested = Signal()
    pause_hour_requested = Signal()
    pause_tomorrow_requested = Signal()
    resume_requested = Signal()
    menu_opening = Signal()  # time to refresh today's minutes
    message_clicked = Signal(str)  # the key of the reminder the message showed

    def __init__(self, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.icon = QSystemTrayIcon(icon, self)
        self.icon.setToolTip("Supple")
        self.menu = QMenu()
        self.menu.setObjectName("trayMenu")
        # Not known until the history answers (read off the GUI thread when the menu opens):
        # "no practice yet" would be wrong for the moment that takes on a day with some.
        self.today_action = QAction(self.tr("Today: …"), self.menu)
        self.today_action.setEnabled(False)
        self.menu.addAction(self.today_action)
        self.menu.addSeparator()
        self._start_actions: list[QAction] = []
        self._routines_end = self.menu.addSeparator()
        self.pause_hour_action = self.menu.addAction(self.tr("Pause reminders for an hour"))
        self.pause_hour_action.triggered.connect(self.pause_hour_requested)
        self.pause_tomorrow_action = self.menu.addAction(self.tr("Pause reminders until tomorrow"))
        self.pause_tomorrow_action.triggered.connect(self.pause_tomorrow_requested)
        self.resume_action = self.menu.addAction(self.tr("Resume reminders"))
        self.resume_action.triggered.connect(self.resume_requested)
        self.resume_action.setVisible(False)
        self.menu.addSeparator()
        self.open_action = self.menu.addAction(self.tr("Open Supple"))
        self.open_action.triggered.connect(self.open_requested)
        self.quit_action = self.menu.addAction(self.tr("Quit Supple"))
        self.quit_action.triggered.connect(self.quit_requested)
        self.menu.aboutToShow.connect(self.menu_opening)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.icon.messageClicked.connect(self._message_clicked)
        self._message_key = ""
        self.last_message: tuple[str, str] | None = None  # (title, text): the latest shown

    def show(self) -> None:
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    # -- what the menu shows ---------------------------------------------------------
    def set_today(self, minutes: float, goal: int) -> None:
        done = round(minutes)
        if goal > 0:
            text = self.tr("Today: {done} of {goal} min").format(done=done, goal=goal)
        elif done:
            text = self.tr("Today: {done} min").format(done=done)
        else:
            text = self.tr("Today: no practice yet")
        self.today_action.setText(text)
        self.icon.setToolTip(f"Supple · {text}")

    def set_routines(self, routines: Sequence[tuple[str, str]]) -> None:
        """The routines to start from the menu: (id, title), the last one first."""
        for action in self._start_actions:
            self.menu.removeAction(action)
            action.deleteLater()
        self._start_actions = []
        for routine_id, title in routines:
            action = QAction(self.tr("Start {routine}").format(routine=title), self.menu)
            action.triggered.connect(lambda _=False, rid=routine_id: self.start_requested.emit(rid))
            self.menu.insertAction(self._routines_end, action)
            self._start_actions.append(action)

    @property
    def start_actions(self) -> list[QAction]:
        return list(self._start_actions)

    def set_paused(self, until: datetime | None) -> None:
        paused = until is not None
        self.pause_hour_action.setVisible(not paused)
        self.pause_tomorrow_action.setVisible(not paused)
        self.resume_action.setVisible(paused)
        if until is not None:
            self.resume_action.setText(
                self.tr("Resume reminders (paused until {time})").format(time=clock_text(until))
            )

    def set_reminders_shown(self, shown: bool) -> None:
        """Without reminders there is nothing to pause."""
        self.pause_hour_action.setEnabled(shown)
        self.pause_tomorrow_action.setEnabled(shown)

    # -- messages --------------------------------------------------------------------
    def show_message(self, title: str, text: str, key: str = "") -> None:
        self._message_key = key
        self.last_message = (title, text)
        self.icon.showMessage(title, text, self.icon.icon(), 20000)

    def _message_clicked(self) -> None:
        key, self._message_key = self._message_key, ""
        if key:
            self.message_clicked.emit(key)
        else:
            self.open_requested.emit()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.open_requested.emit()
