"""Start at login: the XDG autostart entry written into temporary XDG folders and read
back (and passed by desktop-file-validate when installed), the macOS LaunchAgent,
and the Windows Run key through a stand-in for winreg (no registry here)."""

from __future__ import annotations

import configparser
import os
import plistlib
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from supple.reminders.autostart import (
    APP_ID,
    IN_TRAY,
    LaunchAgent,
    RunKey,
    XdgAutostart,
    exec_quote,
    launch_command,
    set_start_at_login,
    xdg_config_home,
)

COMMAND = ["/opt/My Apps/supple", IN_TRAY]


def read_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_xdg_entry_is_written_read_back_and_removed(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    assert xdg_config_home() == tmp_path / "config"
    autostart = XdgAutostart()
    assert autostart.path == tmp_path / "config" / "autostart" / f"{APP_ID}.desktop"
    assert not autostart.enabled()
    assert set_start_at_login(True, autostart, COMMAND) is None
    assert autostart.enabled()
    entry = read_entry(autostart.path)
    assert entry["Type"] == "Application" and entry["Name"] == "Supple"
    assert entry["Exec"] == '"/opt/My Apps/supple" --in-tray'
    assert entry["Icon"] == APP_ID
    assert set_start_at_login(False, autostart) is None
    assert not autostart.path.exists()
    assert set_start_at_login(False, autostart) is None  # already off: fine


def test_the_xdg_entry_passes_desktop_file_validate(tmp_path) -> None:
    validator = shutil.which("desktop-file-validate")
    if validator is None:
        if os.environ.get("SUPPLE_REQUIRE_TOOLS"):
            pytest.fail("desktop-file-validate is required (SUPPLE_REQUIRE_TOOLS is set)")
        pytest.skip("desktop-file-validate is not installed (desktop-file-utils)")
    autostart = XdgAutostart(tmp_path)
    autostart.enable(COMMAND)
    result = subprocess.run([validator, str(autostart.path)], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.strip() == "", result.stdout + result.stderr


def test_exec_arguments_are_quoted_as_the_specification_says() -> None:
    assert exec_quote("/usr/bin/supple") == "/usr/bin/supple"
    assert exec_quote("/home/a b/supple") == '"/home/a b/supple"'
    assert exec_quote('say "hi" $HOME') == '"say \\"hi\\" \\$HOME"'
    assert exec_quote("100%") == '"100%%"'


def test_a_folder_that_cannot_be_written_is_a_message_not_a_crash(tmp_path) -> None:
    blocker = tmp_path / "config"
    blocker.write_text("a file where the folder should be")
    message = set_start_at_login(True, XdgAutostart(blocker), COMMAND)
    assert message is not None and "start at login" in message and str(blocker) in message


def test_the_command_starts_this_supple_in_the_tray() -> None:
    command = launch_command()
    assert command[-1] == IN_TRAY
    assert Path(command[0]).exists()


def test_the_macos_launch_agent(tmp_path) -> None:
    agent = LaunchAgent(tmp_path)
    agent.enable(COMMAND)
    data = plistlib.loads(agent.path.read_bytes())
    assert data == {"Label": APP_ID, "ProgramArguments": COMMAND, "RunAtLoad": True}
    assert agent.path.parent == tmp_path / "Library" / "LaunchAgents"
    agent.disable()
    assert not agent.enabled()


class StandInRegistry:
    """winreg's calls on a dict: HKCU's Run key only."""

    HKEY_CURRENT_USER = "HKCU"
    KEY_SET_VALUE = 2
    KEY_READ = 1
    REG_SZ = 1

    def __init__(self) -> None:
        self.values: dict[str, tuple[int, str]] = {}
        self.open = 0

    def OpenKey(self, key: Any, sub_key: str, reserved: int = 0, access: int = 0) -> str:
        assert (key, sub_key) == ("HKCU", r"Software\Microsoft\Windows\CurrentVersion\Run")
        self.open += 1
        return "run"

    def SetValueEx(self, key: Any, name: str, reserved: int, kind: int, value: str) -> None:
        self.values[name] = (kind, value)

    def DeleteValue(self, key: Any, name: str) -> None:
        if name not in self.values:
            raise FileNotFoundError(2, "The system cannot find the file specified")
        del self.values[name]

    def QueryValueEx(self, key: Any, name: str) -> tuple[str, int]:
        if name not in self.values:
            raise FileNotFoundError(2, "The system cannot find the file specified")
        kind, value = self.values[name]
        return value, kind

    def CloseKey(self, key: Any) -> None:
        self.open -= 1


def test_the_windows_run_key() -> None:
    registry = StandInRegistry()
    run = RunKey(registry)
    run.enable([r"C:\Program Files\Supple\Supple.exe", IN_TRAY])
    assert registry.values == {"Supple": (1, '"C:\\Program Files\\Supple\\Supple.exe" --in-tray')}
    assert run.enabled()
    run.disable()
    run.disable()
    assert not run.enabled() and registry.open == 0
