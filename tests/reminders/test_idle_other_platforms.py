"""The Windows and macOS idle and busy sources, with the system calls passed in.

There is no Windows or Mac here: the stand-ins below fill in the structures the way
GetLastInputInfo, GetTickCount64 and SHQueryUserNotificationState do, and answer
as ``ioreg`` prints. What is tested is Supple's side (the structure it passes, the
32-bit tick arithmetic, which states are "busy", the parsing, the failures); whether
the real calls behave as documented is not, and cannot be, here."""

from __future__ import annotations

import ctypes
import subprocess
from typing import Any

import pytest

from supple.reminders.idle.macos import IOREG, PMSET, DisplayKeptOn, HidIdle
from supple.reminders.idle.windows import LastInputIdle, NotificationState

WRAP = 2**32


class TickCount:
    """GetTickCount64: milliseconds since boot, 64 bits (restype set by the caller)."""

    def __init__(self, milliseconds: int) -> None:
        self.milliseconds = milliseconds
        self.restype: Any = None

    def __call__(self) -> int:
        assert self.restype is ctypes.c_ulonglong
        return self.milliseconds


class Kernel32:
    def __init__(self, milliseconds: int) -> None:
        self.GetTickCount64 = TickCount(milliseconds)


class User32:
    """GetLastInputInfo: fills dwTime (the 32-bit tick of the last input) if cbSize is right."""

    def __init__(self, last_input: int | None) -> None:
        self.last_input = last_input

    def GetLastInputInfo(self, pointer: Any) -> int:
        info = pointer._obj  # what ctypes.byref points at
        if self.last_input is None or info.cbSize != ctypes.sizeof(info):
            return 0  # FALSE
        info.dwTime = self.last_input % WRAP
        return 1


class Shell32:
    def __init__(self, state: int, result: int = 0) -> None:
        self.state = state
        self.result = result

    def SHQueryUserNotificationState(self, pointer: Any) -> int:
        pointer._obj.value = self.state
        return self.result


def test_windows_idle_is_the_time_since_the_last_input() -> None:
    source = LastInputIdle(User32(last_input=3_600_000), Kernel32(3_600_000 + 2_500))
    assert source.idle_seconds() == 2.5


def test_windows_idle_across_the_32_bit_tick_wrapping_after_49_days() -> None:
    boot_ms = 50 * 24 * 3600 * 1000  # past 2**32 ms
    last = boot_ms - 90_000
    source = LastInputIdle(User32(last), Kernel32(boot_ms))
    assert source.idle_seconds() == 90.0
    # the input just before the wrap, now just after it
    source = LastInputIdle(User32(WRAP - 1_000), Kernel32(WRAP + 4_000))
    assert source.idle_seconds() == 5.0


def test_windows_idle_unknown_when_the_call_fails() -> None:
    assert LastInputIdle(User32(None), Kernel32(1000)).idle_seconds() is None


@pytest.mark.parametrize("state", range(1, 8))
def test_windows_busy_in_presentation_mode_full_screen_and_d3d(state: int) -> None:
    # 1 not present, 2 busy (full screen), 3 Direct3D full screen, 4 presentation mode,
    # 5 accepts notifications, 6 quiet time, 7 a Windows Store app
    assert NotificationState(Shell32(state)).busy() is (state in (2, 3, 4))


def test_windows_not_busy_when_the_query_fails() -> None:
    E_FAIL = -2147467259
    assert NotificationState(Shell32(4, result=E_FAIL)).busy() is False


def test_macos_idle_from_ioreg_off_the_calling_thread(qtbot) -> None:
    asked: list[list[str]] = []

    def run(command: list[str], **options: Any) -> subprocess.CompletedProcess[str]:
        asked.append(command)
        assert options["capture_output"] and options["text"] and options["timeout"]
        text = (
            '  | |   "HIDIdleTime" = 7250000000\n  | |   "HIDKeyboardModifierMappingPairs" = ()\n'
        )
        return subprocess.CompletedProcess(command, 0, text, "")

    source = HidIdle(run)
    assert source.read() == 7.25
    assert asked == [IOREG]
    fresh = HidIdle(run)
    assert fresh.idle_seconds() is None  # the first reading is on its way
    qtbot.waitUntil(lambda: fresh.idle_seconds() == 7.25, timeout=5000)


def test_macos_idle_unknown_without_ioreg_or_its_answer() -> None:
    def missing(command: list[str], **options: Any) -> Any:
        raise FileNotFoundError(2, "No such file or directory", "ioreg")

    def hangs(command: list[str], **options: Any) -> Any:
        raise subprocess.TimeoutExpired(command, options["timeout"])

    def says_nothing(command: list[str], **options: Any) -> Any:
        return subprocess.CompletedProcess(command, 1, "", "ioreg: error\n")

    for run in (missing, hangs, says_nothing):
        assert HidIdle(run).read() is None


def test_each_platform_gets_its_own_sources_and_autostart(monkeypatch) -> None:
    """The dispatch on sys.platform, with the Windows DLLs and winreg stood in for."""
    import sys
    import types

    from supple.reminders import autostart
    from supple.reminders.idle import platform_busy, platform_idle

    dlls = {"user32": User32(1_000), "kernel32": Kernel32(4_000), "shell32": Shell32(4)}
    monkeypatch.setattr(ctypes, "WinDLL", lambda name: dlls[name], raising=False)
    monkeypatch.setitem(sys.modules, "winreg", types.ModuleType("winreg"))
    monkeypatch.setattr(sys, "platform", "win32")
    idle, busy = platform_idle(), platform_busy()
    assert isinstance(idle, LastInputIdle) and idle.idle_seconds() == 3.0
    assert isinstance(busy, NotificationState) and busy.busy() is True  # presentation mode
    assert isinstance(autostart.platform_autostart(), autostart.RunKey)
    monkeypatch.setattr(sys, "platform", "darwin")
    assert isinstance(platform_idle(), HidIdle)
    assert isinstance(platform_busy(), DisplayKeptOn)
    assert isinstance(autostart.platform_autostart(), autostart.LaunchAgent)


def pmset_output(display_kept_on: int, holder: str = "") -> str:
    """``pmset -g assertions`` as macOS prints it: the system-wide counts, then who holds what."""
    held = (
        "   pid 612(Keynote): [0x0000a1b2000190c3] 00:02:10 "
        f'PreventUserIdleDisplaySleep named: "{holder}"\n'
        if holder
        else ""
    )
    return (
        "2026-12-02 10:41:07 +0100\n"
        "Assertion status system-wide:\n"
        "   BackgroundTask                 0\n"
        "   ApplePushServiceTask           0\n"
        "   UserIsActive                   1\n"
        f"   PreventUserIdleDisplaySleep    {display_kept_on}\n"
        "   PreventSystemSleep             0\n"
        "   ExternalMedia                  0\n"
        "   PreventUserIdleSystemSleep     1\n"
        "   NetworkClientActive            0\n"
        "Listed by owning process:\n"
        f"{held}"
        "   pid 301(backupd): [0x0000a1b200019001] 00:10:00 "
        'PreventUserIdleSystemSleep named: "Backup"\n'
    )


def test_macos_busy_while_a_presentation_keeps_the_display_awake(qtbot) -> None:
    outputs = [pmset_output(1, "Keynote slideshow"), pmset_output(0)]
    asked: list[list[str]] = []

    def run(command: list[str], **options: Any) -> subprocess.CompletedProcess[str]:
        asked.append(command)
        return subprocess.CompletedProcess(command, 0, outputs[min(len(asked), 2) - 1], "")

    source = DisplayKeptOn(run)
    assert source.read() is True
    assert source.read() is False  # a backup keeping the system (not the display) awake
    assert asked == [PMSET, PMSET]
    fresh = DisplayKeptOn(lambda c, **o: subprocess.CompletedProcess(c, 0, pmset_output(1), ""))
    assert fresh.busy() is False  # the first reading is on its way
    qtbot.waitUntil(fresh.busy, timeout=5000)


def test_macos_not_busy_without_pmset_or_its_answer() -> None:
    def missing(command: list[str], **options: Any) -> Any:
        raise FileNotFoundError(2, "No such file or directory", "pmset")

    def says_nothing(command: list[str], **options: Any) -> Any:
        return subprocess.CompletedProcess(command, 0, "Assertion status system-wide:\n", "")

    for run in (missing, says_nothing):
        assert DisplayKeptOn(run).read() is None
        assert DisplayKeptOn(run).busy() is False
