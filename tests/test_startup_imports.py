"""What the first window loads: start-up regressions caught without timing anything.

benchmarks/bench_startup.py measures the time; these tests pin down the
structural reasons it is short, so a change that quietly loads the session
player, or makes PySide6 build QStyle's enums, before the library is painted
fails here rather than only in a benchmark someone has to remember to run.
The same goes for the ``Qt`` namespace's 93 enums (supple.ui.kit.paint says why).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

PROBE = """
import enum, json, sys, traceback
import PySide6.QtCore as core
import PySide6.QtWidgets as widgets
from PySide6.QtCore import QEvent, QObject, QTimer
from supple.ui.shell.app import launch_app

seen = {}
qt_built_from = []

# Where the Qt namespace gets built, if it does: the stack when one of its enums is
# made (names no other class's enums have; it is built all at once).
create = enum.EnumType._create_
QT_ONLY = {"GlobalColor", "AlignmentFlag", "Key", "WidgetAttribute", "ItemDataRole"}


def watch(cls, class_name, names, **keywords):
    if not qt_built_from and class_name in QT_ONLY:
        qt_built_from.append("".join(traceback.format_stack(limit=12)))
    return create(cls, class_name, names, **keywords)


enum.EnumType._create_ = watch


def snapshot():
    seen["modules"] = sorted(m for m in sys.modules if m.startswith(("supple", "queue")))
    seen["qstyle_built"] = "QStyle" in vars(widgets)
    seen["qt_built"] = "Qt" in vars(core)
    seen["qt_built_from"] = qt_built_from[:1]
    launch.app.quit()


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not seen:
            seen["painting"] = True
            # Once the whole first frame (the cards too) is painted. This filter was
            # installed after Launch's, so it runs first and this comes before the
            # services Launch attaches after the paint.
            QTimer.singleShot(0, snapshot)
        return False


launch = launch_app([])  # what `supple` runs: the window is painted once the loop runs
spy = FirstPaint()
launch.window.installEventFilter(spy)
launch.app.exec()
print(json.dumps(seen))
"""


def _probe(code: str, home: Path) -> Any:
    """Run ``code`` in a new offscreen process; the JSON on its last line."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SUPPLE_HOME=str(home))
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def _first_window(tmp_path: Path) -> dict[str, object]:
    return _probe(PROBE, tmp_path)


def test_the_library_window_paints_without_the_session_player(tmp_path: Path) -> None:
    seen = _first_window(tmp_path)
    modules = seen["modules"]
    assert isinstance(modules, list)
    assert "supple.ui.library.library_view" in modules  # the probe did build the window
    for late in (
        "supple.session.player",  # loaded when a session starts
        "supple.session.timeline",  # the library's durations use the closed form
        "supple.ui.player.player_view",
        "supple.ui.player.summary_view",
        # attached after the first paint (supple.ui.shell.compose.Services):
        "supple.ui.player.speech_bridge",
        "supple.ui.player.speech_lengths",
        "supple.ui.history.history_link",
        "supple.ui.editor.library_actions",
        "supple.ui.shell.settings_dialog",
        "supple.ui.player.awake",  # keeps the screen on; attached with the services
        "supple.reminders",  # the reminders and their tray: attached with the services
        "supple.ui.reminders.reminders_part",
        "supple.ui.reminders.tray",
        "queue",  # the settings writer's, made on the first write
    ):
        assert late not in modules, f"{late} is loaded before the first paint"


def test_the_library_window_paints_without_building_qstyle(tmp_path: Path) -> None:
    assert _first_window(tmp_path)["qstyle_built"] is False


def test_the_library_window_paints_without_building_the_qt_namespace(tmp_path: Path) -> None:
    seen = _first_window(tmp_path)
    assert seen["qt_built"] is False, "Qt's enums were built by:\n" + "".join(seen["qt_built_from"])


def test_the_probe_sees_the_qt_namespace_being_built(tmp_path: Path) -> None:
    """The check above can fail: touching Qt before the paint is seen, with its place."""
    touch = "def touch_qt():\n    from PySide6.QtCore import Qt\n\n\ntouch_qt()\n"
    probe = PROBE.replace("launch = launch_app([])", touch + "launch = launch_app([])")
    seen = _probe(probe, tmp_path)
    assert seen["qt_built"] is True
    assert "in touch_qt" in seen["qt_built_from"][0]
