"""The screen stays awake while a session plays: checked on a real D-Bus session bus.

Each test starts a private ``dbus-daemon`` and, unless it tests their absence,
a fake ``org.freedesktop.ScreenSaver`` and ``org.gnome.SessionManager``
(tests/support/fake_screensaver.py, a child process) that log every call they get.
The app is the real one: the main window, its session controller on a fake
clock, the services as the app attaches them, and the bus inhibitor's worker
thread talking to the bus.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from helpers import SUPPORT, minimal_doc, write_json
from session_bus import FakeService, private_bus

from supple.session import FakeClock, State
from supple.settings import Settings
from supple.ui.player.awake import APP_ID, APP_NAME
from supple.ui.player.awake.bus_inhibitor import BusInhibitor, Request
from supple.ui.shell.compose import Services
from supple.ui.shell.main_window import MainWindow

FAKE = SUPPORT / "fake_screensaver.py"
BOTH = ("screensaver", "gnome")
REASON = "A stretch session is playing"  # ScreenAwake's text, untranslated

@pytest.fixture
def session_bus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A private session bus; $DBUS_SESSION_BUS_ADDRESS points at it."""
    with private_bus(tmp_path / "bus") as address:
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
        yield address


class FakeDesktop(FakeService):
    """The fake ScreenSaver and GNOME services' process and what they logged."""

    def __init__(self, address: str, log: Path, *options: str) -> None:
        super().__init__(FAKE, address, log, *options)


@pytest.fixture
def desktop(session_bus: str, tmp_path: Path) -> Iterator[Callable[..., FakeDesktop]]:
    made: list[FakeDesktop] = []

    def start(*options: str) -> FakeDesktop:
        fake = FakeDesktop(session_bus, tmp_path / f"services-{len(made)}.log", *options)
        made.append(fake)
        return fake

    yield start
    for fake in made:
        fake.stop()
        # The app only ever sends what the real services take.
        assert fake.events("bad-signature") == []


def short_doc() -> dict[str, Any]:
    return minimal_doc(
        id="short",
        title="Short one",
        defaults={"lead_in": 3, "rest": 2},
        steps=[
            {"title": "Reach", "hold": {"seconds": 6}},
            {"title": "Fold", "hold": {"seconds": 5}, "sides": "both"},
        ],
    )


@pytest.fixture
def app(
    main_window, user_routines: Path
) -> Iterator[Callable[..., tuple[MainWindow, Services, FakeClock]]]:
    write_json(user_routines / "short.json", short_doc())
    made: list[Services] = []

    def make(**services: Any) -> tuple[MainWindow, Services, FakeClock]:
        clock = FakeClock()
        window = main_window(
            settings=Settings(safety_acknowledged=True),
            clock=clock,
            attach=lambda w: made.append(Services(w, speech=False, history=False, **services)),
            size=None,
        )
        return window, made[-1], clock

    yield make
    for services in made:
        services.shutdown()


def inhibitor(services: Services) -> BusInhibitor:
    held = services.awake.inhibitor
    assert isinstance(held, BusInhibitor)
    return held


def wait_events(qtbot, fake: FakeDesktop, kind: str, count: int) -> list[dict[str, Any]]:
    qtbot.waitUntil(lambda: len(fake.events(kind)) >= count, timeout=10000)
    return fake.events(kind)


def play_to_the_end(window: MainWindow, clock: FakeClock) -> None:
    player = window.controller.player
    assert player is not None
    for _ in range(2000):
        if player.state is State.FINISHED:
            return
        clock.advance(0.1)
        window.controller.tick()
    raise AssertionError("the session never finished")


def check_released(inhibits: list[dict[str, Any]], releases: list[dict[str, Any]]) -> None:
    """Each release names the cookie its service gave, from the client that took it."""
    assert [(e["service"], e["cookie"], e["sender"]) for e in releases] == [
        (e["service"], e["cookie"], e["sender"]) for e in inhibits
    ]
    assert all(e["known"] for e in releases)
    assert releases[-1]["held"] == 0


# -- a session's transitions ------------------------------------------------------------


def test_start_pause_resume_stop_inhibit_and_release_with_the_right_cookies(
    qtbot, app, desktop
) -> None:
    fake = desktop()
    window, services, _clock = app()
    assert fake.events("inhibit") == []  # nothing asked before a session plays

    assert window.start_routine(window.library.by_id("short"))
    first = wait_events(qtbot, fake, "inhibit", 2)
    assert sorted(e["service"] for e in first) == sorted(BOTH)
    asked = {e["service"]: e["args"] for e in fake.events("inhibit-asked")}
    assert asked["screensaver"] == [APP_NAME, REASON]
    assert asked["gnome"] == [APP_ID, 0, REASON, 8]  # 8: inhibit idle
    assert services.awake.holding

    window.controller.pause()  # Space
    assert not services.awake.holding
    check_released(first, wait_events(qtbot, fake, "uninhibit", 2))

    window.controller.resume()
    second = wait_events(qtbot, fake, "inhibit", 4)[2:]
    assert {e["cookie"] for e in second}.isdisjoint(e["cookie"] for e in first)

    window.controller.stop()
    check_released(second, wait_events(qtbot, fake, "uninhibit", 4)[2:])
    assert window.current_page() is window.summary_view
    assert inhibitor(services).held == {}


def test_a_session_played_to_its_end_lets_the_screen_sleep_on_the_summary(
    qtbot, app, desktop
) -> None:
    fake = desktop()
    window, _services, clock = app()
    assert window.start_routine(window.library.by_id("short"))
    inhibits = wait_events(qtbot, fake, "inhibit", 2)
    play_to_the_end(window, clock)
    assert window.current_page() is window.summary_view
    check_released(inhibits, wait_events(qtbot, fake, "uninhibit", 2))
    # Held the whole way through: one inhibit each, no release in between.
    assert len(fake.events("inhibit")) == 2


def test_closing_the_window_mid_session_releases(qtbot, app, desktop) -> None:
    fake = desktop()
    window, _services, _clock = app()
    assert window.start_routine(window.library.by_id("short"))
    inhibits = wait_events(qtbot, fake, "inhibit", 2)
    window.close()
    check_released(inhibits, wait_events(qtbot, fake, "uninhibit", 2))


def test_quitting_the_app_mid_session_releases_and_ends_the_worker(qtbot, app, desktop) -> None:
    fake = desktop()
    window, services, _clock = app()
    assert window.start_routine(window.library.by_id("short"))
    inhibits = wait_events(qtbot, fake, "inhibit", 2)
    worker = inhibitor(services)
    services.shutdown()  # what aboutToQuit runs
    assert worker.wait_idle(10)  # released, and the worker ended
    check_released(inhibits, wait_events(qtbot, fake, "uninhibit", 2))
    window.controller.resume()  # nothing is asked after shutdown
    window.controller.stop()
    assert len(fake.events("inhibit-asked")) == 2


def test_the_setting_turns_it_off_and_on_mid_session(qtbot, app, desktop) -> None:
    fake = desktop()
    window, services, _clock = app()
    assert window.start_routine(window.library.by_id("short"))
    inhibits = wait_events(qtbot, fake, "inhibit", 2)
    services._settings_saved(Settings(safety_acknowledged=True, keep_screen_on=False))
    check_released(inhibits, wait_events(qtbot, fake, "uninhibit", 2))
    window.controller.pause()
    window.controller.resume()  # off: a resume asks nothing
    services._settings_saved(Settings(safety_acknowledged=True, keep_screen_on=True))
    wait_events(qtbot, fake, "inhibit", 4)


# -- crashes, missing and failing services -----------------------------------------------

CHILD = """
import json, sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from supple.routine import Library
from supple.session import FakeClock
from supple.settings import Settings
from supple.ui.shell.compose import create_main_window
from supple.ui.shell.compose import Services
window = create_main_window(
    Settings(safety_acknowledged=True), library=Library.scan(), clock=FakeClock(), persist=False
)
services = Services(window, speech=False, history=False)
window.show()
window.start_routine(window.library.by_id("short"))
worker = services.awake.inhibitor
assert worker.wait_idle(20)
print(json.dumps(worker.held), flush=True)
app.exec()  # until killed
"""


def test_a_killed_app_leaves_no_inhibit_held(
    desktop, session_bus: str, user_routines: Path
) -> None:
    write_json(user_routines / "short.json", short_doc())
    fake = desktop()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DBUS_SESSION_BUS_ADDRESS=session_bus)
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD], env=env, stdout=subprocess.PIPE, text=True
    )
    try:
        assert child.stdout is not None
        held = json.loads(child.stdout.readline())
        assert sorted(held) == sorted(BOTH)
        assert sorted(e["cookie"] for e in fake.events("inhibit")) == sorted(held.values())
        child.send_signal(signal.SIGKILL)  # no clean-up code runs
        child.wait(10)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(10)
    deadline = time.monotonic() + 10
    while sum(len(e["dropped"]) for e in fake.events("vanished")) < 2:
        assert time.monotonic() < deadline, fake.events()
        time.sleep(0.02)
    assert fake.events("uninhibit") == []  # it never said goodbye...
    dropped = sorted(c for e in fake.events("vanished") for c in e["dropped"])
    assert dropped == sorted(held.values())  # ...and nothing of it is held
    assert fake.events("vanished")[-1]["held"] == 0


def test_a_bus_without_the_services_plays_the_session_normally(
    qtbot, app, session_bus: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="supple.ui.player.awake")
    window, services, clock = app()
    notices: list[str] = []
    window.show_notice = notices.append  # type: ignore[method-assign]
    assert window.start_routine(window.library.by_id("short"))
    worker = inhibitor(services)
    assert worker.wait_idle(10)
    assert worker.held == {}
    play_to_the_end(window, clock)
    assert window.current_page() is window.summary_view
    assert notices == []
    assert worker.wait_idle(10)
    said = caplog.text
    assert (
        "org.freedesktop.ScreenSaver: no inhibit (org.freedesktop.DBus.Error.ServiceUnknown)"
        in said
    )
    assert (
        "org.gnome.SessionManager: no inhibit (org.freedesktop.DBus.Error.ServiceUnknown)" in said
    )


def test_no_session_bus_at_all_plays_the_session_normally(
    qtbot, app, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    caplog.set_level(logging.DEBUG, logger="supple.ui.player.awake")
    window, services, clock = app()
    assert window.start_routine(window.library.by_id("short"))
    assert inhibitor(services).wait_idle(10)
    play_to_the_end(window, clock)
    assert window.current_page() is window.summary_view
    assert "no session bus to keep the screen awake" in caplog.text


def test_only_the_gnome_session_manager_is_enough(qtbot, app, desktop) -> None:
    fake = desktop("--only", "gnome")
    window, _services, _clock = app()
    assert window.start_routine(window.library.by_id("short"))
    inhibits = wait_events(qtbot, fake, "inhibit", 1)
    assert [e["service"] for e in inhibits] == ["gnome"]
    window.controller.stop()
    check_released(inhibits, wait_events(qtbot, fake, "uninhibit", 1))


def test_a_failing_service_costs_only_its_own_inhibit(qtbot, app, desktop) -> None:
    fake = desktop("--fail", "screensaver")
    window, _services, clock = app()
    assert window.start_routine(window.library.by_id("short"))
    inhibits = wait_events(qtbot, fake, "inhibit", 1)
    assert [e["service"] for e in inhibits] == ["gnome"]
    assert len(fake.events("inhibit-asked")) == 2
    play_to_the_end(window, clock)
    check_released(inhibits, wait_events(qtbot, fake, "uninhibit", 1))


def test_a_service_that_never_answers_does_not_hold_up_the_session(qtbot, app, desktop) -> None:
    fake = desktop("--hang", "screensaver")

    def make(reason: str) -> BusInhibitor:
        return BusInhibitor(Request(APP_NAME, APP_ID, reason), timeout=60)

    window, services, clock = app(screen_inhibitor=make)
    assert window.start_routine(window.library.by_id("short"))
    qtbot.waitUntil(lambda: len(fake.events("inhibit-asked")) >= 1, timeout=10000)
    # The worker waits for its answer (up to a minute); the person does not.
    window.controller.pause()
    window.controller.resume()
    play_to_the_end(window, clock)
    assert window.current_page() is window.summary_view
    assert not services.awake.holding
    # All the while the worker was still waiting on the first service's answer.
    assert [e["service"] for e in fake.events("inhibit-asked")] == ["screensaver"]
    assert fake.events("inhibit") == []
    assert inhibitor(services).held == {}


def test_an_answer_after_the_timeout_dies_with_the_dropped_connection(qtbot, app, desktop) -> None:
    """The worker gives up on a slow service after its timeout and closes that
    service's connection, so the service drops what it grants late; the other
    service is unaffected."""
    fake = desktop("--late", "screensaver")  # answers after a second

    def make(reason: str) -> BusInhibitor:
        return BusInhibitor(Request(APP_NAME, APP_ID, reason), timeout=0.3)

    window, services, _clock = app(screen_inhibitor=make)
    assert window.start_routine(window.library.by_id("short"))
    assert inhibitor(services).wait_idle(10)  # gave up on one, took the other
    vanished = wait_events(qtbot, fake, "vanished", 1)
    late = [e for e in fake.events("inhibit") if e["service"] == "screensaver"]
    assert vanished[0]["dropped"] == [late[0]["cookie"]]
    gnome = [e for e in fake.events("inhibit") if e["service"] == "gnome"]
    assert len(gnome) == 1
    assert inhibitor(services).held == {"gnome": gnome[0]["cookie"]}
    window.controller.stop()
    check_released(gnome, wait_events(qtbot, fake, "uninhibit", 1))
    assert fake.events("uninhibit")[-1]["held"] == 0
