"""The reminders' part is built only when the settings ask something of it."""

from __future__ import annotations

import pytest

from supple.reminders.wanted import reminders_wanted
from supple.settings import Settings

PLAN = [{"routine": "quick-spasm-relief", "time": "08:00", "days": [0, 1, 2, 3, 4]}]


@pytest.mark.parametrize(
    ("fields", "wanted"),
    [
        ({}, False),
        ({"tray_notice_shown": True, "break_minutes": 30}, False),  # nothing switched on
        ({"break_reminders": True}, True),
        ({"reminder_plan": PLAN}, True),
        ({"reminder_plan": [{"routine": "gone"}]}, True),  # its note must still be shown
        ({"start_at_login": True}, True),  # the entry is written again at each start
    ],
)
def test_reminders_wanted(fields: dict[str, object], wanted: bool) -> None:
    assert reminders_wanted(Settings(**fields)) is wanted  # type: ignore[arg-type]
