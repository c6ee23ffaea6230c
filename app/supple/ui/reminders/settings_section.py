"""The Reminders section of the settings dialog: the daily plan (a routine, a time
or "when I ask", and the days), movement breaks, and start at login.

The dialog takes it as a section: ``load(settings)`` fills it, ``values()`` gives
the Settings fields it changes.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import time
from typing import Any

from PySide6.QtCore import QLocale, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from supple.reminders.config import DESK_BREAK
from supple.reminders.plan import EVERY_DAY, WEEKDAYS, PlanEntry, plan_from_settings
from supple.settings import Settings

WEEKEND = frozenset({5, 6})
MAX_ROWS = 8


class PlanRow(QWidget):
    """One entry of the plan: routine, time (or when I ask), days, and Remove."""

    def __init__(
        self, routines: Sequence[tuple[str, str]], entry: PlanEntry, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("planRow")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.routine_combo = QComboBox()
        for routine_id, title in routines:
            self.routine_combo.addItem(title, routine_id)
        if self.routine_combo.findData(entry.routine_id) < 0:
            missing = self.tr("{routine} (not in the library)").format(routine=entry.routine_id)
            self.routine_combo.addItem(missing, entry.routine_id)
        self.routine_combo.setCurrentIndex(self.routine_combo.findData(entry.routine_id))
        self.timed_check = QCheckBox(self.tr("at"))
        self.time_edit = QTimeEdit()
        # The language's own clock (2:30 PM, 14:30); the file keeps "14:30" (entry()).
        self.time_edit.setDisplayFormat(QLocale().timeFormat(QLocale.FormatType.ShortFormat))
        at = entry.at or time(8, 0)
        self.time_edit.setTime(QTime(at.hour, at.minute))
        self.days_combo = QComboBox()
        self.days_combo.addItem(self.tr("every day"), sorted(EVERY_DAY))
        self.days_combo.addItem(self.tr("on weekdays"), sorted(WEEKDAYS))
        self.days_combo.addItem(self.tr("at weekends"), sorted(WEEKEND))
        days = sorted(entry.days)
        if self.days_combo.findData(days) < 0:
            names = [self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu")]
            names += [self.tr("Fri"), self.tr("Sat"), self.tr("Sun")]
            label = self.tr("on {days}").format(days=", ".join(names[d] for d in days))
            self.days_combo.addItem(label, days)
        self.days_combo.setCurrentIndex(self.days_combo.findData(days))
        self.ask_label = QLabel(self.tr("when I ask (from the tray)"))
        self.timed_check.toggled.connect(self._timed)
        self.timed_check.setChecked(entry.at is not None)
        self._timed(entry.at is not None)
        self.remove_button = QPushButton(self.tr("Remove"))
        row.addWidget(self.routine_combo, 1)
        row.addWidget(self.timed_check)
        row.addWidget(self.time_edit)
        row.addWidget(self.days_combo)
        row.addWidget(self.ask_label)
        row.addWidget(self.remove_button)

    def _timed(self, on: bool) -> None:
        self.time_edit.setVisible(on)
        self.days_combo.setVisible(on)
        self.ask_label.setVisible(not on)

    def entry(self) -> dict[str, Any]:
        at = None
        if self.timed_check.isChecked():
            value = self.time_edit.time()
            at = f"{value.hour():02d}:{value.minute():02d}"
        return {
            "routine": str(self.routine_combo.currentData()),
            "time": at,
            "days": list(self.days_combo.currentData()),
        }


class RemindersSection(QGroupBox):
    """The Reminders group box."""

    def __init__(self, routines: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Reminders"), parent)
        self.setObjectName("remindersSection")
        self.routines = list(routines)
        layout = QVBoxLayout(self)
        plan_label = QLabel(self.tr("Daily plan: a reminder at the time, or a tray entry"))
        layout.addWidget(plan_label)
        self.rows_box = QVBoxLayout()
        layout.addLayout(self.rows_box)
        self.rows: list[PlanRow] = []
        self.add_button = QPushButton(self.tr("Add a routine to the plan"))
        self.add_button.clicked.connect(lambda: self.add_row())
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        layout.addLayout(add_row)

        form = QFormLayout()
        self.breaks_check = QCheckBox(self.tr("Suggest a movement break"))
        self.breaks_check.setObjectName("breakReminders")
        self.break_minutes_spin = QSpinBox()
        self.break_minutes_spin.setRange(10, 240)
        self.break_minutes_spin.setSuffix(self.tr(" min of computer use"))
        self.break_combo = QComboBox()
        for routine_id, title in self.routines:
            self.break_combo.addItem(title, routine_id)
        for widget in (self.break_minutes_spin, self.break_combo):
            self.breaks_check.toggled.connect(widget.setEnabled)
        form.addRow("", self.breaks_check)
        form.addRow(self.tr("After:"), self.break_minutes_spin)
        form.addRow(self.tr("Break routine:"), self.break_combo)
        self.login_check = QCheckBox(self.tr("Start Supple when I log in (in the tray)"))
        self.login_check.setObjectName("startAtLogin")
        form.addRow("", self.login_check)
        layout.addLayout(form)
        self.tray_note = QLabel(
            self.tr(
                "While reminders are on, closing the window keeps Supple in the tray; "
                "quit from the tray's menu or File, Quit."
            )
        )
        self.tray_note.setWordWrap(True)
        layout.addWidget(self.tray_note)

    # -- rows ------------------------------------------------------------------------
    def add_row(self, entry: PlanEntry | None = None) -> PlanRow | None:
        if len(self.rows) >= MAX_ROWS or not self.routines:
            return None
        if entry is None:
            entry = PlanEntry(self.routines[0][0], time(8, 0), WEEKDAYS)
        row = PlanRow(self.routines, entry, self)
        row.remove_button.clicked.connect(lambda: self.remove_row(row))
        self.rows_box.addWidget(row)
        self.rows.append(row)
        self.add_button.setEnabled(len(self.rows) < MAX_ROWS)
        return row

    def remove_row(self, row: PlanRow) -> None:
        self.rows.remove(row)
        self.rows_box.removeWidget(row)
        row.deleteLater()
        self.add_button.setEnabled(True)

    # -- values ----------------------------------------------------------------------
    def load(self, settings: Settings) -> None:
        for row in list(self.rows):
            self.remove_row(row)
        entries, _notes = plan_from_settings(settings.reminder_plan)
        for entry in entries:
            self.add_row(entry)
        self.breaks_check.setChecked(settings.break_reminders)
        self.break_minutes_spin.setValue(settings.break_minutes)
        wanted = settings.break_routine or DESK_BREAK
        index = self.break_combo.findData(wanted)
        if index < 0:
            self.break_combo.addItem(wanted, wanted)
            index = self.break_combo.findData(wanted)
        self.break_combo.setCurrentIndex(index)
        for widget in (self.break_minutes_spin, self.break_combo):
            widget.setEnabled(settings.break_reminders)
        self.login_check.setChecked(settings.start_at_login)

    def values(self) -> dict[str, Any]:
        routine = str(self.break_combo.currentData() or "")
        return {
            "reminder_plan": [row.entry() for row in self.rows],
            "break_reminders": self.breaks_check.isChecked(),
            "break_minutes": self.break_minutes_spin.value(),
            "break_routine": "" if routine == DESK_BREAK else routine,
            "start_at_login": self.login_check.isChecked(),
        }
