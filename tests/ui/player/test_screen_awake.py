"""When the screen is kept awake, and the Windows and macOS inhibitors' logic.

ScreenAwake is driven by a real SessionController on a fake clock; the
inhibitor behind it records what it is asked. The Windows and macOS inhibitors
run here with their foreign calls injected: they are NOT exercised on a real
Windows or macOS machine by these tests. tests/ui/player/test_screen_awake_bus.py checks
the Linux one against a real session bus.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field

import pytest
from helpers import minimal_doc

from supple import settings as settings_module
from supple.routine import Routine, routine_from_document
from supple.session import FakeClock, State
from supple.settings import Settings
from supple.ui.player.awake import ScreenAwake, platform_inhibitor
from supple.ui.player.awake import macos_inhibitor as macos
from supple.ui.player.awake import windows_inhibitor as windows
from supple.ui.player.awake.bus_inhibitor import BusInhibitor, Request
from supple.ui.player.session_controller import SessionController


@dataclass
class Recording:
    calls: list[str] = field(default_factory=list)

    def acquire(self) -> None:
        self.calls.append("acquire")

    def release(self) -> None:
        self.calls.append("release")

    def close(self, wait: float = 1.0) -> None:
        self.calls.append("close")


def routine() -> Routine:
    doc = minimal_doc(defaults={"lead_in": 2}, steps=[{"title": "Reach", "hold": {"seconds": 3}}])
    return routine_from_document(doc)


@pytest.fixture
def parts(qtbot):
    clock = FakeClock()
    controller = SessionController(clock=clock)
    made: list[str] = []
    recording = Recording()

    def make(reason: str) -> Recording:
        made.append(reason)
        return recording

    return controller, clock, make, recording, made


def play_out(controller: SessionController, clock: FakeClock) -> None:
    for _ in range(200):
        if controller.player is not None and controller.player.state is State.FINISHED:
            return
        clock.advance(0.1)
        controller.tick()
    raise AssertionError("the session never finished")


def test_held_only_while_running(parts) -> None:
    controller, clock, make, recording, made = parts
    keeper = ScreenAwake(controller, make_inhibitor=make)
    assert made == []  # nothing is made before a session plays
    controller.start(routine())
    assert keeper.holding and recording.calls == ["acquire"]
    assert made == ["A stretch session is playing"]
    controller.pause()
    assert not keeper.holding and recording.calls == ["acquire", "release"]
    controller.pause()  # already paused: nothing more
    controller.resume()
    assert recording.calls == ["acquire", "release", "acquire"]
    play_out(controller, clock)
    assert recording.calls == ["acquire", "release", "acquire", "release"]
    assert not keeper.holding
    controller.start(routine())  # "Again"
    controller.stop()
    assert recording.calls[-2:] == ["acquire", "release"]
    keeper.shutdown()
    assert recording.calls[-1] == "close"
    assert made == ["A stretch session is playing"]  # made once, reused


def test_a_long_gap_pauses_the_session_and_lets_the_screen_sleep(parts) -> None:
    controller, clock, make, recording, _made = parts
    keeper = ScreenAwake(controller, make_inhibitor=make)
    controller.start(routine())
    assert keeper.holding
    clock.advance(600)  # the computer slept: the player pauses itself ("sleep")
    controller.tick()
    assert controller.player is not None and controller.player.state is State.PAUSED
    assert recording.calls == ["acquire", "release"]
    assert not keeper.holding


def test_switched_off_nothing_is_asked_and_switching_applies_at_once(parts) -> None:
    controller, _clock, make, recording, made = parts
    keeper = ScreenAwake(controller, enabled=False, make_inhibitor=make)
    controller.start(routine())
    assert made == [] and recording.calls == []
    keeper.set_enabled(True)
    assert recording.calls == ["acquire"]
    keeper.set_enabled(False)
    assert recording.calls == ["acquire", "release"]
    controller.pause()
    keeper.set_enabled(True)  # paused: still nothing to hold
    assert recording.calls == ["acquire", "release"]


def test_shutdown_mid_session_releases_and_nothing_is_asked_after(parts) -> None:
    controller, _clock, make, recording, _made = parts
    keeper = ScreenAwake(controller, make_inhibitor=make)
    controller.start(routine())
    keeper.shutdown()
    keeper.shutdown()
    assert recording.calls == ["acquire", "release", "close"]
    controller.pause()
    controller.resume()
    assert recording.calls == ["acquire", "release", "close"]


def test_no_inhibitor_or_a_failing_one_leaves_the_session_playing(parts) -> None:
    controller, clock, _make, _recording, _made = parts

    def broken(reason: str) -> Recording:
        raise OSError("no such library")

    class Failing(Recording):
        def acquire(self) -> None:
            raise RuntimeError("refused")

    for make in (lambda reason: None, broken, lambda reason: Failing()):
        keeper = ScreenAwake(controller, make_inhibitor=make)
        controller.start(routine())
        play_out(controller, clock)
        assert controller.report() is not None
        keeper.shutdown()
        keeper.deleteLater()


def test_the_setting_defaults_on_and_is_checked_when_loaded() -> None:
    assert Settings().keep_screen_on is True
    loaded, notes = settings_module.from_dict({"keep_screen_on": False})
    assert loaded.keep_screen_on is False and notes == []
    loaded, notes = settings_module.from_dict({"keep_screen_on": "yes"})
    assert loaded.keep_screen_on is True
    assert notes == ["setting 'keep_screen_on' should be true or false; using the default"]


def test_the_settings_dialog_shows_and_saves_the_switch(qtbot) -> None:
    from supple.ui.shell.settings_dialog import SettingsDialog

    dialog = SettingsDialog(Settings(keep_screen_on=False))
    qtbot.addWidget(dialog)
    assert not dialog.keep_screen_check.isChecked()
    assert dialog.keep_screen_check.text() == "Keep the screen on during a session"
    dialog.keep_screen_check.setChecked(True)
    assert dialog.values()["keep_screen_on"] is True


# -- the platforms -----------------------------------------------------------------------


def test_platform_inhibitor_picks_the_bus_on_linux(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    made = platform_inhibitor("why")
    assert isinstance(made, BusInhibitor)
    assert made.request == Request("Supple", "io.github.supple_app.Supple", "why")
    made.close()


def test_platform_inhibitor_picks_windows_and_macos(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(windows, "set_thread_execution_state", lambda: lambda flags: 1)
    assert isinstance(platform_inhibitor("why"), windows.ExecutionStateInhibitor)
    monkeypatch.setattr(windows, "set_thread_execution_state", lambda: None)
    assert platform_inhibitor("why") is None

    monkeypatch.setattr(sys, "platform", "darwin")
    calls = macos.PowerCalls(lambda kind, name: (0, 1), lambda assertion: 0)
    monkeypatch.setattr(macos, "iokit_calls", lambda: calls)
    assert isinstance(platform_inhibitor("why"), macos.AssertionInhibitor)
    monkeypatch.setattr(macos, "iokit_calls", lambda: None)
    assert platform_inhibitor("why") is None


def test_the_real_foreign_calls_are_absent_off_their_platform() -> None:
    if sys.platform != "win32":
        assert windows.set_thread_execution_state() is None
    if sys.platform != "darwin":
        assert macos.iokit_calls() is None


def test_windows_asks_for_display_and_system_and_clears_with_continuous_alone() -> None:
    flags: list[int] = []

    def set_state(value: int) -> int:
        flags.append(value)
        return 0x80000000  # the previous state: anything but 0 is success

    inhibitor = windows.ExecutionStateInhibitor(set_state)
    inhibitor.acquire()
    inhibitor.acquire()  # held: not asked twice
    assert flags == [0x80000003] and inhibitor.held
    inhibitor.release()
    inhibitor.release()
    assert flags == [0x80000003, 0x80000000] and not inhibitor.held
    inhibitor.acquire()
    inhibitor.close()
    assert flags[-2:] == [0x80000003, 0x80000000]


def test_windows_refusal_is_not_held_and_not_cleared() -> None:
    flags: list[int] = []

    def refuse(value: int) -> int:
        flags.append(value)
        return 0

    inhibitor = windows.ExecutionStateInhibitor(refuse)
    inhibitor.acquire()
    assert not inhibitor.held
    inhibitor.release()
    assert flags == [0x80000003]


def test_macos_creates_one_display_assertion_and_releases_that_one() -> None:
    log: list[tuple[object, ...]] = []

    def create(kind: str, name: str) -> tuple[int, int]:
        log.append(("create", kind, name))
        return 0, 41 + len(log)

    def release(assertion: int) -> int:
        log.append(("release", assertion))
        return 0

    inhibitor = macos.AssertionInhibitor(macos.PowerCalls(create, release), "why")
    inhibitor.acquire()
    inhibitor.acquire()
    assert log == [("create", "PreventUserIdleDisplaySleep", "why")]
    assert inhibitor.assertion == 42
    inhibitor.release()
    inhibitor.release()
    assert log[-1] == ("release", 42) and len(log) == 2
    inhibitor.acquire()
    inhibitor.close()
    assert log[-1] == ("release", 44)


def test_macos_failure_holds_nothing() -> None:
    released: list[int] = []
    calls = macos.PowerCalls(lambda kind, name: (0xE00002C2, 0), lambda a: released.append(a) or 0)
    inhibitor = macos.AssertionInhibitor(calls, "why")
    inhibitor.acquire()
    assert inhibitor.assertion is None
    inhibitor.release()
    assert released == []
