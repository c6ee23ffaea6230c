"""The History page shows how many of the week's reminders were answered."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from supple.history import open_store
from supple.settings import Settings
from supple.ui.history.history_link import start_history
from supple.ui.history.history_page import HistoryPage

BERLIN = ZoneInfo("Europe/Berlin")
MONDAY = datetime(2024, 3, 25, 8, 0, tzinfo=BERLIN)


def page_for(qtbot: Any) -> tuple[HistoryPage, Any]:
    history = start_history()
    page = HistoryPage(
        history, Settings(), tz=BERLIN, first_weekday=1, today=lambda: date(2024, 3, 31)
    )
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.loads >= 1, timeout=10000)
    return page, history


def test_answered_of_offered_for_the_week(qtbot: Any) -> None:
    opened = open_store()
    store = opened.store
    for number, outcome in enumerate(["started", "skipped", "started", "postponed"]):
        key = f"plan:r:{number}"
        store.reminder_offered(key, "plan", "r", at=MONDAY + timedelta(days=number))
        store.reminder_answered(key, outcome, at=MONDAY + timedelta(days=number))
    store.reminder_offered("break:x", "break", "desk-break", at=MONDAY - timedelta(days=7))
    store.close()
    page, history = page_for(qtbot)
    try:
        label = page.reminders_label
        assert not label.isHidden()
        assert label.text() == "<b>2</b> of 4 reminders answered"
        assert "1 put off at least once" in label.toolTip() and "1 skipped" in label.toolTip()
        loads = page.loads
        page.prev_button.click()
        qtbot.waitUntil(lambda: page.loads > loads, timeout=10000)
        assert label.text() == "<b>0</b> of 1 reminders answered"
    finally:
        history.close()


def test_no_reminders_no_line(qtbot: Any) -> None:
    page, history = page_for(qtbot)
    try:
        assert page.reminders_label.isHidden()
    finally:
        history.close()
