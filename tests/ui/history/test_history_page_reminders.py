"""The History page shows how many of the week's reminders were answered."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from supple.history import open_store
from supple.settings import Settings
from supple.ui.history.history_link import start_history
from supple.ui.history.history_page import HistoryPage
from supple.ui.shell.window_language import install_translations

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


@pytest.fixture
def speak(qapp: Any) -> Iterator[Callable[[str], None]]:
    """speak("de"): the windows in that language (as Supple starts), undone after."""
    installed: list[Any] = []
    default = QLocale()

    def install(language: str) -> None:
        while installed:
            QCoreApplication.removeTranslator(installed.pop())
        installed.extend(install_translations(QCoreApplication.instance(), language))

    yield install
    while installed:
        QCoreApplication.removeTranslator(installed.pop())
    QLocale.setDefault(default)


def record_reminders() -> None:
    """This week: 4 offered, 2 answered with a session; the week before: 1, none."""
    opened = open_store()
    store = opened.store
    for number, outcome in enumerate(["started", "skipped", "started", "postponed"]):
        key = f"plan:r:{number}"
        store.reminder_offered(key, "plan", "r", at=MONDAY + timedelta(days=number))
        store.reminder_answered(key, outcome, at=MONDAY + timedelta(days=number))
    store.reminder_offered("break:x", "break", "desk-break", at=MONDAY - timedelta(days=7))
    store.close()


def test_answered_of_offered_for_the_week(qtbot: Any, speak: Callable[[str], None]) -> None:
    speak("en")
    record_reminders()
    page, history = page_for(qtbot)
    try:
        label = page.reminders_label
        assert not label.isHidden()
        assert label.text() == "<b>2</b> of 4 reminders answered"
        assert "1 put off at least once" in label.toolTip() and "1 skipped" in label.toolTip()
        loads = page.loads
        page.prev_button.click()
        qtbot.waitUntil(lambda: page.loads > loads, timeout=10000)
        assert label.text() == "<b>0</b> of 1 reminder answered"  # one: singular
    finally:
        history.close()


@pytest.mark.parametrize(
    ("language", "four", "one"),
    [
        ("de", "<b>2</b> von 4 Erinnerungen befolgt", "<b>0</b> von 1 Erinnerung befolgt"),
        ("es", "<b>2</b> de 4 recordatorios atendidos", "<b>0</b> de 1 recordatorio atendido"),
    ],
)
def test_the_count_of_reminders_takes_the_languages_plural(
    qtbot: Any, speak: Callable[[str], None], language: str, four: str, one: str
) -> None:
    speak(language)
    record_reminders()
    page, history = page_for(qtbot)
    try:
        assert page.reminders_label.text() == four
        loads = page.loads
        page.prev_button.click()
        qtbot.waitUntil(lambda: page.loads > loads, timeout=10000)
        assert page.reminders_label.text() == one
    finally:
        history.close()


def test_no_reminders_no_line(qtbot: Any) -> None:
    page, history = page_for(qtbot)
    try:
        assert page.reminders_label.isHidden()
    finally:
        history.close()
