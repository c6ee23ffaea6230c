"""The daily plan's time in the language's own clock: 2:30 PM where the clock has twelve
hours, 14:30 where it has 24; the settings file keeps "14:30" either way."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import time

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDateTimeEdit

from supple.reminders.plan import WEEKDAYS, PlanEntry
from supple.ui.reminders.settings_section import PlanRow

ROUTINES = [("daily-back-care", "Daily back care")]


@pytest.fixture
def locale(qapp) -> Iterator[None]:
    default = QLocale()
    yield
    QLocale.setDefault(default)


def _row(qtbot, name: str, at: time) -> PlanRow:
    QLocale.setDefault(QLocale(name))
    row = PlanRow(ROUTINES, PlanEntry("daily-back-care", at, WEEKDAYS))
    qtbot.addWidget(row)
    return row


def _shown(row: PlanRow) -> str:
    return row.time_edit.text().replace("\u202f", " ")  # CLDR's narrow space before PM


def test_a_twelve_hour_locale_shows_am_and_pm_and_keeps_24_hours(qtbot, locale) -> None:
    row = _row(qtbot, "en_US", time(14, 30))
    assert _shown(row) == "2:30 PM"
    assert row.entry()["time"] == "14:30"
    # The person turns PM into AM with the keys, as in any time field.
    row.show()
    row.time_edit.setFocus()
    row.time_edit.setCurrentSection(QDateTimeEdit.Section.AmPmSection)
    qtbot.keyClick(row.time_edit, Qt.Key.Key_Down)
    assert _shown(row) == "2:30 AM"
    assert row.entry()["time"] == "02:30"


def test_a_24_hour_locale_shows_the_24_hour_clock(qtbot, locale) -> None:
    row = _row(qtbot, "de_DE", time(8, 5))
    assert _shown(row) == "08:05"
    assert "AP" not in row.time_edit.displayFormat().upper()
    row.time_edit.setTime(row.time_edit.time().addSecs(10 * 3600))
    assert (_shown(row), row.entry()["time"]) == ("18:05", "18:05")
