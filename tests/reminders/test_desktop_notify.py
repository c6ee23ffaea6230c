"""Desktop notifications on a real D-Bus session bus, with a fake notification
server (tests/support/fake_notifications.py) that logs what it is sent and
presses a button when told to."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import SUPPORT
from session_bus import FakeService, private_bus

from supple.reminders.desktop_notify import DesktopNotifier, Note

FAKE = SUPPORT / "fake_notifications.py"
NOTE = Note(
    "plan:daily-back-care:2026-12-02T08:00",
    "Time for Daily back care",
    "8 minutes, as planned for 8:00.",
    (("start", "Start"), ("later", "In 10 minutes"), ("skip", "Skip")),
    desktop_entry="io.github.supple_app.Supple",
)


@pytest.fixture
def bus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    with private_bus(tmp_path / "bus") as address:
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
        yield address


class Answers:
    def __init__(self) -> None:
        self.actions: list[tuple[str, str]] = []
        self.closed: list[tuple[str, str]] = []
        self.seen = threading.Event()

    def action(self, key: str, action: str) -> None:
        self.actions.append((key, action))
        self.seen.set()

    def close(self, key: str, reason: str) -> None:
        self.closed.append((key, reason))
        self.seen.set()


def test_a_notification_is_sent_with_its_actions_and_the_answer_comes_back(
    bus: str, tmp_path: Path
) -> None:
    server = FakeService(FAKE, bus, tmp_path / "notes.log", "--answer", "start")
    answers = Answers()
    notifier = DesktopNotifier(answers.action, answers.close)
    try:
        assert notifier.wait_ready()
        assert notifier.available is True
        assert "actions" in notifier.capabilities
        notifier.notify(NOTE)
        (sent,) = server.wait_for("notify")
        assert sent["summary"] == NOTE.summary
        assert sent["body"] == NOTE.body
        assert sent["app"] == "Supple"
        assert sent["actions"] == ["start", "Start", "later", "In 10 minutes", "skip", "Skip"]
        assert sent["hints"]["desktop-entry"] == "io.github.supple_app.Supple"
        assert answers.seen.wait(10)
        assert notifier.wait_idle()
        assert answers.actions == [(NOTE.key, "start")]
    finally:
        notifier.shutdown()
        server.stop()


def test_close_takes_the_notification_back_and_a_second_one_replaces_the_first(
    bus: str, tmp_path: Path
) -> None:
    server = FakeService(FAKE, bus, tmp_path / "notes.log")
    answers = Answers()
    notifier = DesktopNotifier(answers.action, answers.close)
    try:
        notifier.notify(NOTE)
        notifier.notify(NOTE)  # offered again: the same notification, updated
        first, second = server.wait_for("notify", 2)
        assert second["replaces"] == first["id"] == second["id"]
        notifier.close(NOTE.key)
        (closed,) = server.wait_for("close")
        assert closed == {"event": "close", "id": first["id"], "known": True}
        # Its NotificationClosed is the worker's to ignore: it was taken back, not answered.
        notifier.notify(Note("other", "Other", "", ()))
        server.wait_for("notify", 3)
        assert notifier.wait_idle()
        notifier.close("other")
        assert notifier.wait_idle()
        assert answers.closed == []
        assert answers.actions == []
    finally:
        notifier.shutdown()
        server.stop()


def test_without_a_notification_service_it_says_so_and_does_nothing(bus: str) -> None:
    notifier = DesktopNotifier(lambda *_: None)
    try:
        assert notifier.wait_ready()
        assert notifier.available is False
        notifier.notify(NOTE)
        assert notifier.wait_idle()
    finally:
        notifier.shutdown()


def test_without_a_bus_it_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setenv("XDG_RUNTIME_DIR", "/nonexistent")
    notifier = DesktopNotifier(lambda *_: None)
    try:
        assert notifier.wait_ready()
        assert notifier.available is False
        notifier.close("anything")
        assert notifier.wait_idle()
    finally:
        notifier.shutdown()
