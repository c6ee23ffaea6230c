"""Start at login, opt-in: written when switched on, removed when switched off.

- Linux and the BSDs: an XDG autostart entry,
  ``$XDG_CONFIG_HOME/autostart/io.github.supple_app.Supple.desktop``;
- Windows: the value "Supple" under ``HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run``;
- macOS: a LaunchAgent, ``~/Library/LaunchAgents/io.github.supple_app.Supple.plist``
  (untested on a Mac).

The command starts Supple with ``--in-tray``: the window stays hidden when
reminders are on and a tray is there (ui/shell/app.py).
"""

from __future__ import annotations

import os
import plistlib
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any, Protocol

from supple.fileutil import write_temp_beside

APP_ID = "io.github.supple_app.Supple"
IN_TRAY = "--in-tray"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE = "Supple"


def launch_command() -> list[str]:
    """How this copy of Supple is started again, hidden in the tray."""
    if getattr(sys, "frozen", False):  # the PyInstaller bundle
        return [sys.executable, IN_TRAY]
    found = shutil.which("supple")
    if found:
        return [found, IN_TRAY]
    return [sys.executable, "-m", "supple", IN_TRAY]


class Autostart(Protocol):
    def enable(self, command: list[str]) -> None: ...

    def disable(self) -> None: ...

    def enabled(self) -> bool: ...


def _replace(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = write_temp_beside(path, text)
    try:
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


# -- Linux: XDG autostart ------------------------------------------------------------------
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def exec_quote(argument: str) -> str:
    """One argument of a desktop entry's Exec key, quoted as the specification says."""
    if argument and not (_RESERVED & set(argument)) and "%" not in argument:
        return argument
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in argument)
    return '"' + escaped.replace("%", "%%") + '"'


def desktop_entry(command: list[str]) -> str:
    exec_line = " ".join(exec_quote(part) for part in command)
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=Supple\n"
        "Comment=Stretch reminders and routines, started at login\n"
        f"Exec={exec_line}\n"
        f"Icon={APP_ID}\n"
        "Terminal=false\n"
        "Categories=Utility;\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def xdg_config_home() -> Path:
    configured = os.environ.get("XDG_CONFIG_HOME", "")
    return Path(configured) if os.path.isabs(configured) else Path.home() / ".config"


class XdgAutostart:
    def __init__(self, config_home: Path | None = None) -> None:
        self.path = (config_home or xdg_config_home()) / "autostart" / f"{APP_ID}.desktop"

    def enable(self, command: list[str]) -> None:
        _replace(self.path, desktop_entry(command))

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)

    def enabled(self) -> bool:
        return self.path.is_file()


# -- macOS: a LaunchAgent --------------------------------------------------------------------
class LaunchAgent:
    def __init__(self, home: Path | None = None) -> None:
        self.path = (home or Path.home()) / "Library" / "LaunchAgents" / f"{APP_ID}.plist"

    def enable(self, command: list[str]) -> None:
        agent = {"Label": APP_ID, "ProgramArguments": command, "RunAtLoad": True}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.write_bytes(plistlib.dumps(agent))

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)

    def enabled(self) -> bool:
        return self.path.is_file()


# -- Windows: the Run key ---------------------------------------------------------------------
class Registry(Protocol):
    """The few ``winreg`` calls used (tests pass their own: no registry here)."""

    HKEY_CURRENT_USER: Any
    KEY_SET_VALUE: int
    KEY_READ: int
    REG_SZ: int

    def OpenKey(self, key: Any, sub_key: str, reserved: int = 0, access: int = 0) -> Any: ...

    def SetValueEx(self, key: Any, name: str, reserved: int, kind: int, value: str) -> None: ...

    def DeleteValue(self, key: Any, name: str) -> None: ...

    def QueryValueEx(self, key: Any, name: str) -> tuple[str, int]: ...

    def CloseKey(self, key: Any) -> None: ...


class RunKey:
    def __init__(self, registry: Registry | None = None) -> None:
        if registry is None:
            import winreg  # type: ignore[import-not-found,unused-ignore]

            registry = winreg  # type: ignore[assignment]
        self.registry: Registry = registry  # type: ignore[assignment]

    def _open(self, access: int) -> Any:
        return self.registry.OpenKey(self.registry.HKEY_CURRENT_USER, RUN_KEY, 0, access)

    def enable(self, command: list[str]) -> None:
        key = self._open(self.registry.KEY_SET_VALUE)
        try:
            line = subprocess.list2cmdline(command)
            self.registry.SetValueEx(key, RUN_VALUE, 0, self.registry.REG_SZ, line)
        finally:
            self.registry.CloseKey(key)

    def disable(self) -> None:
        key = self._open(self.registry.KEY_SET_VALUE)
        try:
            self.registry.DeleteValue(key, RUN_VALUE)
        except FileNotFoundError:
            pass
        finally:
            self.registry.CloseKey(key)

    def enabled(self) -> bool:
        key = self._open(self.registry.KEY_READ)
        try:
            self.registry.QueryValueEx(key, RUN_VALUE)
            return True
        except FileNotFoundError:
            return False
        finally:
            self.registry.CloseKey(key)


def platform_autostart() -> Autostart:
    if sys.platform == "win32":
        return RunKey()
    if sys.platform == "darwin":
        return LaunchAgent()
    return XdgAutostart()


def set_start_at_login(
    on: bool, autostart: Autostart | None = None, command: list[str] | None = None
) -> str | None:
    """Switch start at login on or off; a message for the person if it failed."""
    where = autostart if autostart is not None else platform_autostart()
    try:
        if on:
            where.enable(command or launch_command())
        else:
            where.disable()
    except OSError as exc:
        place = getattr(where, "path", "the login items")
        return f"Could not change start at login ({place}): {exc.strerror or exc}"
    return None
