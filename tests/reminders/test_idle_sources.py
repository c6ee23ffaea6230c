"""The platforms' idle and busy sources: the D-Bus ones on a real private session bus
with fake services (tests/support/fake_idle.py), the X11 one on a private Xvfb
display (tests/support/x_display.py), and the parts of the others that can run here."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from helpers import SUPPORT
from jeepney import DBusAddress, MessageType, new_method_call
from jeepney.io.blocking import DBusConnection, open_dbus_connection
from session_bus import FakeService, private_bus
from x_display import private_display

from supple.reminders.idle import AnyBusy, FirstAnswer, LazyBusy, LazyIdle
from supple.reminders.idle.bus import BusBusy, BusIdle
from supple.reminders.idle.macos import parse_ioreg
from supple.reminders.idle.x11 import x11_idle
from supple.reminders.sources import NoIdle

FAKE = SUPPORT / "fake_idle.py"


@pytest.fixture
def bus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    with private_bus(tmp_path / "bus") as address:
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
        yield address


def services(bus: str, tmp_path: Path, *options: str) -> FakeService:
    return FakeService(FAKE, bus, tmp_path / f"idle-{len(options)}.log", *options)


def test_mutter_idle_time_in_milliseconds_comes_first(bus, tmp_path) -> None:
    fake = services(bus, tmp_path, "--mutter", "312500", "--screensaver", "7")
    try:
        assert BusIdle().read() == pytest.approx(312.5)
        assert [e["member"] for e in fake.events("call")] == ["GetIdletime"]
    finally:
        fake.stop()


def test_the_screen_saver_answers_without_mutter(bus, tmp_path) -> None:
    fake = services(bus, tmp_path, "--screensaver", "42")
    try:
        assert BusIdle().read() == 42.0
    finally:
        fake.stop()


def test_no_service_no_idle_time(bus) -> None:
    assert BusIdle().read() is None
    assert BusBusy().read() is None
    assert BusBusy().busy() is False


def test_busy_while_the_session_is_kept_from_idling(bus, tmp_path) -> None:
    fake = services(bus, tmp_path, "--inhibited", "1")
    try:
        assert BusBusy().read() is True
        (call,) = fake.events("call")
        assert call == {"event": "call", "member": "IsInhibited", "args": [8]}
    finally:
        fake.stop()
    fake = services(bus, tmp_path, "--inhibited", "0", "--power", "1")
    try:
        assert BusBusy().read() is False  # GNOME answered: no need to ask further
    finally:
        fake.stop()
    fake = services(bus, tmp_path, "--power", "1", "--screensaver", "1", "--mutter", "1")
    try:
        assert BusBusy().read() is True  # KDE's power management
    finally:
        fake.stop()


SUSPEND_ONLY = {  # a download keeping the computer awake: not a reason to stay quiet
    "gnome": ("org.gnome.SessionManager", "/org/gnome/SessionManager", "Inhibit", "susu",
              ("a-downloader", 0, "Downloading", 4)),
    "kde": ("org.kde.Solid.PowerManagement.PolicyAgent",
            "/org/kde/Solid/PowerManagement/PolicyAgent", "AddInhibition", "uss",
            (1, "a-downloader", "Downloading")),
}  # fmt: skip


def call(conn: DBusConnection, name: str, path: str, method: str, sig: str, args: tuple) -> Any:
    message = new_method_call(DBusAddress(path, bus_name=name, interface=name), method, sig, args)
    reply = conn.send_and_get_reply(message, timeout=10)
    assert reply.header.message_type is MessageType.method_return, reply.body
    return reply.body[0] if reply.body else None


def screen_saver(conn: DBusConnection, method: str, sig: str, args: tuple) -> Any:
    name = "org.freedesktop.ScreenSaver"
    return call(conn, name, "/org/freedesktop/ScreenSaver", method, sig, args)


@pytest.mark.parametrize("desktop", ["gnome", "kde"])
def test_a_presentation_keeping_the_screen_on_is_busy_until_it_ends(bus, tmp_path, desktop) -> None:
    fake = FakeService(SUPPORT / "fake_inhibitors.py", bus, tmp_path / "held.log", desktop)
    presenter = open_dbus_connection(bus)  # another program on the bus
    try:
        busy = BusBusy()
        assert busy.read() is False
        call(presenter, *SUSPEND_ONLY[desktop])
        assert busy.read() is False  # only suspend is held off
        # A slide show starts, as LibreOffice Impress or Okular start one...
        cookie = screen_saver(presenter, "Inhibit", "ss", ("Impress", "Presentation"))
        assert busy.read() is True
        screen_saver(presenter, "UnInhibit", "u", (cookie,))  # ...and ends it
        assert busy.read() is False
        screen_saver(presenter, "Inhibit", "ss", ("Impress", "Presentation"))
        assert busy.read() is True
    finally:
        presenter.close()  # the program quits without a word: its inhibitors go with it
    try:
        fake.wait_for("released", 3)
        assert busy.read() is False
    finally:
        fake.stop()


def test_the_value_is_read_off_the_calling_thread(bus, tmp_path, qtbot) -> None:
    fake = services(bus, tmp_path, "--mutter", "5000")
    try:
        idle = BusIdle()
        assert idle.idle_seconds() is None  # the first reading is on its way
        qtbot.waitUntil(lambda: idle.idle_seconds() == 5.0, timeout=5000)
    finally:
        fake.stop()


def test_the_first_source_that_knows_answers_and_a_failing_one_is_passed_over() -> None:
    class Broken:
        def idle_seconds(self) -> float | None:
            raise OSError("gone")

        def busy(self) -> bool:
            raise OSError("gone")

    class Fixed:
        def idle_seconds(self) -> float | None:
            return 9.0

        def busy(self) -> bool:
            return True

    assert FirstAnswer(Broken(), NoIdle(), Fixed()).idle_seconds() == 9.0
    assert FirstAnswer(NoIdle()).idle_seconds() is None
    assert AnyBusy(Broken(), Fixed()).busy() is True
    assert AnyBusy(Broken()).busy() is False


def test_the_lazy_sources_open_nothing_until_asked(monkeypatch) -> None:
    import supple.reminders.idle as idle_module

    made: list[str] = []
    monkeypatch.setattr(idle_module, "platform_idle", lambda: made.append("idle") or NoIdle())
    lazy = LazyIdle()
    LazyBusy()
    assert made == []
    assert lazy.idle_seconds() is None and made == ["idle"]
    lazy.idle_seconds()
    assert made == ["idle"]


def test_x11_idle_time_from_libxss(monkeypatch) -> None:
    with private_display() as display:  # Xvfb: it has the MIT-SCREEN-SAVER extension
        monkeypatch.setenv("DISPLAY", display)
        source = x11_idle()
        if source is None:
            if os.environ.get("SUPPLE_REQUIRE_TOOLS"):
                pytest.fail("libXss is required (SUPPLE_REQUIRE_TOOLS is set): libxss1")
            pytest.skip("this machine has no libXss (libxss1)")
        seconds = source.idle_seconds()
        assert seconds is not None and seconds >= 0


def test_x11_without_a_display_is_none(monkeypatch) -> None:
    monkeypatch.delenv("DISPLAY", raising=False)
    assert x11_idle() is None


def test_macos_ioreg_output_is_read_in_seconds() -> None:
    text = '    |   "HIDIdleTime" = 2500000000\n    |   "HIDKeyboard" = Yes\n'
    assert parse_ioreg(text) == 2.5
    assert parse_ioreg("nothing here") is None
