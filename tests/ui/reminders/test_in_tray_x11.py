"""``supple --in-tray`` (what start at login runs) on a real X display with a real
window manager and system tray (trayer): the window stays hidden, the icon is in the
tray with its menu, and the tray's Quit ends the app although no window is shown."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from helpers import SUPPORT
from x_display import manager_ready, private_display, tray_host, tray_ready, window_manager

from supple import settings as settings_module
from supple.reminders.idle.fullscreen_x11 import x11_fullscreen
from supple.settings import Settings

CHILD = SUPPORT / "in_tray_child.py"


def test_started_at_login_it_waits_in_the_tray_and_quits_from_it(
    supple_home: Path, tmp_path: Path
) -> None:
    settings_module.save(
        Settings(safety_acknowledged=True, break_reminders=True, daily_goal_minutes=15)
    )
    with private_display() as display:
        x = x11_fullscreen(display)
        assert x is not None
        with window_manager(display, manager_ready(x)), tray_host(display, tray_ready(x)):
            out = tmp_path / "seen.json"
            env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
            env.pop("WAYLAND_DISPLAY", None)
            # The tray's Quit must end the app by itself: a hang is this timeout.
            result = subprocess.run(
                [sys.executable, str(CHILD), str(out)], env=env, timeout=60, check=False
            )
        x.close()
    assert result.returncode == 0
    seen = json.loads(out.read_text(encoding="utf-8"))
    assert seen["tray_available"] is True
    assert seen["window_shown"] is False and seen["keeps_in_tray"] is True
    assert seen["icon_shown"] is True and min(seen["icon_size"]) > 0
    assert seen["menu"] == [
        "Today: 0 of 15 min",
        "Pause reminders for an hour",
        "Pause reminders until tomorrow",
        "Open Supple",
        "Quit Supple",
    ]
