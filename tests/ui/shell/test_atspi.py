"""Supple as a screen reader meets it: the real app on a private X display (Xvfb) and a
private session bus with the accessibility bus on it (at-spi-bus-launcher), its tree
read over AT-SPI by a separate process with the system Python's pyatspi
(tests/support/atspi_reader.py), Tab pressed through AT-SPI's own key synthesis.

Asserted on the library, the History page, the player and the Settings dialog: the names
and roles a screen reader says (no anonymous part of a scroll area, no empty label), and
the order Tab walks the controls in. Missing programs skip the test (CI installs
them: .ci/run; SUPPLE_REQUIRE_TOOLS makes a missing one a failure).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from session_bus import private_bus
from x_display import private_display

SUPPORT = Path(__file__).resolve().parents[2] / "support"
APP = SUPPORT / "a11y_app.py"
READER = SUPPORT / "atspi_reader.py"
LAUNCHER = Path("/usr/libexec/at-spi-bus-launcher")
SYSTEM_PYTHON = Path("/usr/bin/python3")


def _needs(ok: bool, what: str) -> None:
    if not ok:
        if os.environ.get("SUPPLE_REQUIRE_TOOLS"):
            pytest.fail(f"{what} is required (SUPPLE_REQUIRE_TOOLS is set) but not installed")
        pytest.skip(f"{what} is not installed")


def _has_pyatspi() -> bool:
    if not SYSTEM_PYTHON.exists():
        return False
    found = subprocess.run(
        [str(SYSTEM_PYTHON), "-c", "import pyatspi"], capture_output=True, timeout=60
    )
    return found.returncode == 0


class RunningApp:
    def __init__(self, process: subprocess.Popen[str], env: dict[str, str]) -> None:
        self.process = process
        self.env = env

    def command(self, line: str) -> str:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()
        answer = self.process.stdout.readline().strip()
        assert answer.startswith("done"), answer
        return answer

    def read(self, *args: str) -> Any:
        done = subprocess.run(
            [str(SYSTEM_PYTHON), str(READER), str(self.process.pid), *args],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)


@pytest.fixture
def app(tmp_path: Path, supple_home: Path) -> Iterator[RunningApp]:
    _needs(LAUNCHER.exists(), "at-spi-bus-launcher (at-spi2-core)")
    _needs(_has_pyatspi(), "pyatspi for /usr/bin/python3 (python3-pyatspi)")
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    with private_display() as display, private_bus(tmp_path / "bus") as address:
        env = dict(os.environ)
        env.update(
            DISPLAY=display,
            DBUS_SESSION_BUS_ADDRESS=address,
            XDG_RUNTIME_DIR=str(runtime),
            QT_QPA_PLATFORM="xcb",
            QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
            QT_ACCESSIBILITY="1",
        )
        env.pop("PYTHONPATH", None)  # the system Python reads with its own packages
        launcher = subprocess.Popen(
            [str(LAUNCHER), "--launch-immediately"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        app_env = dict(env, PYTHONPATH=os.pathsep.join(sys.path))
        process = subprocess.Popen(
            [sys.executable, str(APP)],
            env=app_env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            assert process.stdout is not None
            assert process.stdout.readline().strip() == "shown"
            yield RunningApp(process, env)
        finally:
            if process.stdin is not None:
                process.stdin.close()
            try:
                process.wait(20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(10)
            launcher.terminate()
            launcher.wait(10)


def nodes(tree: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield tree
    for child in tree["children"]:
        yield from nodes(child)


def said(tree: dict[str, Any]) -> set[tuple[str, str]]:
    return {(n["role"], n["name"]) for n in nodes(tree)}


def test_library_and_player_as_a_screen_reader_reads_them(app: RunningApp) -> None:
    tree = app.read("dump")
    assert tree["role"] == "application"
    library = said(tree)
    assert ("page tab list", "Pages") in library
    assert ("page tab", "Library") in library  # a tab, not a check box
    assert not [name for role, name in library if role == "check box"], library
    assert ("list", "Routines") in library
    assert ("push button", "Start routine") in library
    pictures = [n for n in nodes(tree) if n["role"] == "image" and n["name"] == "Routine picture"]
    assert pictures and pictures[0]["description"]  # the routine's alt text
    tab = next(n for n in nodes(tree) if n["role"] == "page tab")
    assert "selected" in tab["states"]
    unnamed = [
        n["role"]
        for n in nodes(tree)
        if n["role"] in ("push button", "list", "page tab", "image", "table", "check box")
        and not n["name"]
    ]
    assert unnamed == []
    # The details scroll: its viewport, the widget in it and its scroll bar carry its name,
    # where a screen reader met three unnamed "filler"s.
    details = next(n for n in nodes(tree) if n["name"] == "Routine details")
    parts = list(nodes(details))
    assert [n["role"] for n in parts if not n["name"]] == []
    assert ("scroll bar", "Routine details") in said(details)
    assert ("label", "") not in library

    walk = app.read("tab", "5")
    assert [(n["role"], n["name"]) for n in walk] == [
        ("list", "Routines"),
        ("filler", "Routine details"),  # the details pane, scrolled by the arrow keys
        ("push button", "Edit a copy"),
        ("push button", "Start routine"),
        ("page tab", "Library"),
        ("list", "Routines"),
    ]

    app.command("history")
    history = app.read("dump")
    seen = said(history)
    assert ("page tab", "History") in seen
    assert ("tree", "Sessions") in seen or ("table", "Sessions") in seen, seen
    chart = [n for n in nodes(history) if n["name"].startswith("Minutes per day")]
    assert chart and "focusable" in chart[0]["states"]
    walk = app.read("tab", "3")
    names = [n["name"] for n in walk]
    assert any(name.startswith("Minutes per day. ") for name in names), names  # a day read
    assert "Sessions" in names, names
    assert ("label", "") not in seen  # the day's line is hidden until a bar is chosen

    app.command("play desk-break")
    player = app.read("dump")
    seen = said(player)
    for control in ("Back", "Pause or resume", "Skip", "Full screen", "Stop"):
        assert ("push button", control) in seen
    assert ("check box", "Mute the voice") in seen  # a toggle: its state says on or off
    assert ("progress bar", "Routine progress") in seen
    count = [n for n in nodes(player) if n["name"].startswith("Time left")]
    assert [n["role"] for n in count] == ["label"]  # StaticText, not a "filler"
    assert ("label", "Get ready") in seen
    assert ("label", "") not in seen  # no count of breaths or repetitions in a lead-in
    picture = next(n for n in nodes(player) if n["role"] == "image")
    assert picture["name"] == "Illustration" and picture["description"]

    walk = app.read("tab", "6")
    assert [n["name"] for n in walk] == [
        "Pause or resume",  # where a session starts
        "Skip",
        "Mute the voice",
        "Full screen",
        "Stop",
        "Back",
        "Pause or resume",
    ]


def test_settings_as_a_screen_reader_reads_them(app: RunningApp) -> None:
    app.command("settings")
    tree = app.read("dump")
    dialog = next(n for n in nodes(tree) if n["role"] == "dialog")
    assert dialog["name"] == "Settings"
    seen = said(dialog)
    assert ("filler", "Settings pages") in seen
    tabs = [n["name"] for n in nodes(dialog) if n["role"] == "page tab"]
    assert tabs == ["Voice and sounds", "Session", "Reminders", "Screen, keys, language"]
    bar = next(n for n in nodes(dialog) if n["role"] == "page tab list")
    assert bar["name"] == "Voice and sounds"  # Qt names the bar by its current tab
    assert ("filler", "Voice and sounds") in seen  # the page, named as its tab
    assert ("panel", "Voice") in seen and ("panel", "Sounds") in seen
    assert ("label", "") not in seen

    # It opens on the tab bar; Tab walks the page down, then Save and Cancel.
    walk = app.read("tab", "10")
    assert [(n["role"], n["name"]) for n in walk[1:]] == [
        ("combo box", "Default voice"),
        ("spin button", "Speed:"),
        ("spin button", "Volume:"),
        ("combo box", "Silent: say nothing"),
        ("check box", "Mute the voice (sounds still play)"),
        ("check box", "Play a sound at each phase, count and the end"),
        ("spin button", "Sound volume:"),
        ("push button", "Save"),
        ("push button", "Cancel"),
        ("page tab list", "Voice and sounds"),
    ]
