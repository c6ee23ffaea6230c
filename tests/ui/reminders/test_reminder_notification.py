"""A reminder on a real D-Bus session bus: the app, as its services attach it, sends
a notification to a fake notification server (tests/support/fake_notifications.py),
which presses Start; the session starts and the history keeps the answer."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from helpers import SUPPORT
from session_bus import FakeService, private_bus

from supple.history import open_existing_readonly
from supple.reminders.reminder_clock import FakeReminderClock
from supple.reminders.scheduler import TICK_SECONDS
from supple.settings import Settings
from supple.ui.shell.compose import Services

FAKE = SUPPORT / "fake_notifications.py"
MONDAY = datetime(2026, 11, 30, 7, 59, 30)
PLAN = [{"routine": "quick-spasm-relief", "time": "08:00", "days": [0, 1, 2, 3, 4]}]


class Idle:
    def idle_seconds(self) -> float | None:
        return 1.0


class NotBusy:
    def busy(self) -> bool:
        return False


@pytest.fixture
def bus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    with private_bus(tmp_path / "bus") as address:
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
        yield address


def test_start_in_the_notification_starts_the_session(qtbot, main_window, bus, tmp_path) -> None:
    server = FakeService(FAKE, bus, tmp_path / "notes.log", "--answer", "start")
    clock = FakeReminderClock(MONDAY)
    made: list[Services] = []
    window = main_window(
        settings=Settings(safety_acknowledged=True, verbosity="counts", reminder_plan=PLAN),
        attach=lambda w: made.append(
            Services(
                w,
                speech=False,
                reminder_sources=(Idle(), NotBusy()),
                reminder_clock=clock,
                tray=True,
            )
        ),
    )
    services = made[0]
    try:
        part = services.reminders
        assert part is not None and part.link.timer.isActive()
        assert part.tray is not None and part.keeps_in_tray()
        clock.advance(TICK_SECONDS)
        clock.advance(TICK_SECONDS)
        part.link.tick()  # 8:00:10: the plan's reminder is due
        (sent,) = server.wait_for("notify")
        assert sent["summary"] == "Time for Quick spasm relief"
        assert "as planned for 08:00" in sent["body"]
        assert sent["actions"][:2] == ["start", "Start"]
        qtbot.waitUntil(lambda: window.controller.active, timeout=10000)
        assert window.routine is not None and window.routine.id == "quick-spasm-relief"
        assert server.events("answered") == [
            {"event": "answered", "id": sent["id"], "action": "start"}
        ]
        assert services.history is not None
        assert services.history.wait_idle(10)
    finally:
        services.shutdown()
        server.stop()
    store = open_existing_readonly()
    assert store is not None
    try:
        start = datetime.now().astimezone() - timedelta(days=1)
        counts = store.reminder_counts(start, start + timedelta(days=2))
        assert (counts.offered, counts.answered) == (1, 1)
    finally:
        store.close()
