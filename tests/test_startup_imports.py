"""What the first window loads: start-up regressions caught without timing anything.

benchmarks/bench_startup.py measures the time; these tests pin down the
structural reasons it is short, so a change that quietly loads the session
player, or makes PySide6 build QStyle's enums, before the library is painted
fails here rather than only in a benchmark someone has to remember to run.
The same goes for the ``Qt`` namespace's 93 enums (supple.ui.kit.paint says why).

The enum-free dialect that keeps ``Qt`` unbuilt (``kit.qt_values.set_property``,
``kit.paint``) is confined to ``FIRST_FRAME``, the ``supple.ui`` modules loaded before
the first paint; every other module writes ordinary Qt
(``label.setTextFormat(Qt.TextFormat.PlainText)``).
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import supple.ui

UI = Path(supple.ui.__file__).parent

# The modules of supple.ui the window loads before its first paint (packages left out).
FIRST_FRAME = frozenset(
    {
        "supple.ui.editor.routine_menu",
        "supple.ui.kit.accessible",
        "supple.ui.kit.card_delegate",
        "supple.ui.kit.drawn_poses",
        "supple.ui.kit.feature_scan",
        "supple.ui.kit.gui_collector",
        "supple.ui.kit.paint",
        "supple.ui.kit.picture",
        "supple.ui.kit.picture_cache",
        "supple.ui.kit.picture_render",
        "supple.ui.kit.pyside_fix",
        "supple.ui.kit.qt_values",
        "supple.ui.kit.text",
        "supple.ui.kit.theme",
        "supple.ui.library.library_view",
        "supple.ui.player.session_controller",
        "supple.ui.player.session_screens",
        "supple.ui.shell.app",
        "supple.ui.shell.compose",
        "supple.ui.shell.main_window",
        "supple.ui.shell.settings_store",
        "supple.ui.shell.single_instance",
        "supple.ui.shell.window_language",
    }
)
# The dialect: Qt values set by name and painting without Qt's enums.
DIALECT = frozenset({"supple.ui.kit.qt_values", "supple.ui.kit.paint"})

PROBE = """
import enum, json, sys, traceback
import PySide6.QtCore as core
import PySide6.QtGui as gui
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
    watched = ("supple", "queue", "babel", "urllib", "http", "email", "logging", "socket", "ctypes")
    watched += ("PySide6.QtSvg", "xml", "hashlib", "_hashlib")
    seen["modules"] = sorted(m for m in sys.modules if m.startswith(watched))
    seen["qstyle_built"] = "QStyle" in vars(widgets)
    seen["qaccessible_built"] = "QAccessible" in vars(gui)
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


# The same probe, its snapshot taken once the services are attached (Launch.attach runs
# in the turn after the first paint, as benchmarks/gui_child.py's "usable" mark).
ATTACHED_PROBE = PROBE.replace(
    "QTimer.singleShot(0, snapshot)",
    "QTimer.singleShot(0, lambda: QTimer.singleShot(0, attached))",
).replace(
    "def snapshot():",
    "def attached():\n    assert launch.services is not None\n    snapshot()\n\n\ndef snapshot():",
)


def test_the_services_attach_without_the_session_player(tmp_path: Path) -> None:
    """The history's writer and the voice's bridge name a session's states
    (supple.session.states), not the player's events: the player loads with a session."""
    modules = _probe(ATTACHED_PROBE, tmp_path)["modules"]
    assert "supple.ui.player.speech_bridge" in modules  # the services were attached
    assert "supple.ui.history.history_link" in modules
    assert "supple.session.states" in modules
    assert "supple.session.player" not in modules
    # The log rolls over by itself (supple.applog.RollingFile): logging.handlers brings
    # socket, pickle and queue (~6 ms)
    assert "supple.applog" in modules
    assert "logging.handlers" not in modules and "socket" not in modules
    # The engines (ctypes, pyttsx3) live in the speech worker's process; the window
    # needs only what is said about a voice (supple.speech.voice)
    assert "supple.speech.voice" in modules
    assert "supple.speech.engine" not in modules and "ctypes" not in modules
    # The single-instance server's name is two zlib checksums: hashlib (OpenSSL, ~4 ms)
    # loads with the first session (supple.history.session_rows.routine_hash).
    assert "hashlib" not in modules and "_hashlib" not in modules


def _value_class_modules() -> set[str]:
    """The modules of ``supple`` that import ``supple.value_class``."""
    root = UI.parent
    found = set()
    for path in root.rglob("*.py"):
        tree = ast.parse(path.read_text("utf-8"))
        if any(
            isinstance(node, ast.ImportFrom) and node.module == "supple.value_class"
            for node in ast.walk(tree)
        ):
            parts = path.relative_to(root.parent).with_suffix("").parts
            found.add(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return found


def test_value_classes_stay_on_the_start_up_path(tmp_path: Path) -> None:
    """``@value_class`` is a start-up rule (ARCHITECTURE.md): only the modules loaded
    before the window is usable use it; every other module writes ``@dataclass``."""
    users = _value_class_modules()
    assert "supple.routine.model" in users and "supple.speech.service" in users
    loaded = set(_probe(ATTACHED_PROBE, tmp_path)["modules"])
    assert users - loaded == set(), "a module loaded later: write @dataclass there"


def test_the_library_window_paints_without_the_session_player(tmp_path: Path) -> None:
    seen = _first_window(tmp_path)
    modules = seen["modules"]
    assert isinstance(modules, list)
    assert "supple.ui.library.library_view" in modules  # the probe did build the window
    assert "supple.i18n" in modules  # the catalogue follows the windows' language
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
        "supple.ui.kit.accessible_roles",  # screen readers' roles: with the services
        "supple.reminders",  # the reminders and their tray: attached with the services
        "supple.ui.reminders.reminders_part",
        "supple.ui.reminders.tray",
        "queue",  # the settings writer's, made on the first write
        # a routine's own pictures are read and cleaned when drawn; the first frame's
        # poses are Supple's own (supple.routine.picture_refused says why)
        "supple.routine.picture_file",
        "supple.routine.svg_clean",
        "xml.parsers.expat",
        "babel",  # builds the message catalogues; never imported by the app (supple.i18n)
        # xml.sax.saxutils brings these (~15 ms); the picture cleaner escapes by a table
        "urllib.request",
        "http.client",
        "email.parser",
    ):
        assert late not in modules, f"{late} is loaded before the first paint"


def test_a_second_start_reads_the_poses_as_drawn_by_the_first(tmp_path: Path) -> None:
    """The library's poses are drawn from their SVG once; the next start reads the kept
    drawings (supple.ui.kit.drawn_poses), so Qt's SVG module is not even loaded."""
    first = _first_window(tmp_path)["modules"]
    assert "PySide6.QtSvg" in first  # drawn, and kept before the process ended
    kept = list((tmp_path / "cache" / "poses-drawn").glob("*.png"))
    assert kept
    second = _first_window(tmp_path)["modules"]
    assert "supple.ui.library.library_view" in second
    assert "PySide6.QtSvg" not in second


def test_the_library_window_paints_without_building_qstyle(tmp_path: Path) -> None:
    assert _first_window(tmp_path)["qstyle_built"] is False


def test_the_library_window_paints_without_building_qaccessible(tmp_path: Path) -> None:
    """Screen readers' roles are held while the launch builds the window and given with
    the services (supple.ui.kit.accessible): QAccessible's eight enums wait."""
    assert _first_window(tmp_path)["qaccessible_built"] is False
    assert _probe(ATTACHED_PROBE, tmp_path)["qaccessible_built"] is True


# A screen reader listening by the first paint: the top bar's tab is asked for before
# the roles are given (Qt makes its own interface, a check box), then again once the
# services are attached.
READER_PROBE = """
import json
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAccessible
from supple.ui.shell.app import launch_app

seen = {}


def role(widget):
    return QAccessible.queryAccessibleInterface(widget).role().name


def attached():
    seen["attached"] = launch.services is not None
    seen["after"] = role(launch.window.home_nav)
    launch.app.quit()


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not seen:
            QAccessible.setActive(True)  # what Qt's bridge does when a reader starts
            seen["before"] = role(launch.window.home_nav)
            QTimer.singleShot(0, lambda: QTimer.singleShot(0, attached))
        return False


launch = launch_app([])
spy = FirstPaint()
launch.window.installEventFilter(spy)
launch.app.exec()
print(json.dumps(seen))
"""


def test_a_screen_reader_listening_from_the_start_hears_tabs_once_the_services_are_in(
    tmp_path: Path,
) -> None:
    seen = _probe(READER_PROBE, tmp_path)
    assert seen == {"before": "CheckBox", "attached": True, "after": "PageTab"}


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


def _ui_modules() -> dict[str, Path]:
    """Every module of supple.ui by its dotted name (packages' __init__ left out)."""
    return {
        "supple.ui." + ".".join(path.relative_to(UI).with_suffix("").parts): path
        for path in sorted(UI.rglob("*.py"))
        if path.name != "__init__.py"
    }


def _dialect_imports(source: str) -> set[str]:
    """The dialect's modules that ``source`` imports, in any of the ways Python allows."""
    found = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found |= {f"{node.module}.{alias.name}" for alias in node.names}
    return found & DIALECT


def test_first_frame_lists_the_ui_modules_loaded_before_the_first_paint(tmp_path: Path) -> None:
    loaded = set(_first_window(tmp_path)["modules"])
    assert loaded & set(_ui_modules()) == FIRST_FRAME


@pytest.mark.parametrize(
    ("source", "found"),
    [
        ("from supple.ui.kit import paint, theme", {"supple.ui.kit.paint"}),
        ("from supple.ui.kit.qt_values import PLAIN_TEXT", {"supple.ui.kit.qt_values"}),
        ("import supple.ui.kit.paint as p", {"supple.ui.kit.paint"}),
        ("from supple.ui.kit import theme\nfrom PySide6.QtCore import Qt", set()),
    ],
)
def test_the_dialect_is_found_however_it_is_imported(source: str, found: set[str]) -> None:
    assert _dialect_imports(source) == found


def test_only_the_first_frame_speaks_the_enum_free_dialect() -> None:
    outside = {
        name: sorted(used)
        for name, path in _ui_modules().items()
        if name not in FIRST_FRAME and (used := _dialect_imports(path.read_text("utf-8")))
    }
    assert outside == {}, "outside the first frame, write ordinary Qt (Qt.TextFormat...)"


def test_each_first_frame_module_that_speaks_the_dialect_says_why() -> None:
    silent = []
    for name, path in _ui_modules().items():
        source = path.read_text("utf-8")
        if name in FIRST_FRAME and (name in DIALECT or _dialect_imports(source)):
            docstring = ast.get_docstring(ast.parse(source)) or ""
            if "first frame" not in docstring.lower():
                silent.append(name)
    assert silent == []


# Which modules' sources PySide6's import hook reads (it calls inspect.getsource on
# each module named in an import, the first time; ui/kit/feature_scan.py says why).
READS_PROBE = """
import inspect, json, sys
read = []
getsource = inspect.getsource


def stage():
    # 0 before feature_scan is loaded, 1 while it imports PySide6, 2 once its answers
    # are in front of PySide6's check.
    feature = sys.modules.get("PySide6.support.feature")
    if hasattr(getattr(feature, "_mod_uses_pyside", None), "original"):
        return 2
    return 1 if "supple.ui.kit.feature_scan" in sys.modules else 0


def watched(obj):
    read.append([getattr(obj, "__name__", "?"), stage()])
    return getsource(obj)


inspect.getsource = watched
{body}
print(json.dumps(read + [["<end>", stage()]]))
"""

LAUNCH_TO_ATTACHED = """
from supple.ui.shell.app import launch_app  # first, as supple.cli.gui imports it
from PySide6.QtCore import QTimer

launch = launch_app([])


def attached():
    if launch.services is None:
        QTimer.singleShot(10, attached)
        return
    launch.app.quit()


QTimer.singleShot(0, attached)
launch.app.exec()
launch.shutdown()
"""


def _known(read: list[list[Any]], stages: tuple[int, ...] = (0, 2)) -> list[str]:
    """The modules read whose answer is known from their name, at those stages (by
    default all but PySide6's own import, which feature_scan starts)."""
    from supple.ui.kit.feature_scan import known_answer

    return [name for name, at in read if at in stages and known_answer(name) is not None]


def test_a_launch_reads_no_source_of_supple_or_the_standard_library(tmp_path: Path) -> None:
    """Up to the services attached, the hook reads no module whose answer is known:
    PySide6 is first imported by feature_scan, whose answers are in place before any
    other module is named."""
    read = _probe(READS_PROBE.format(body=LAUNCH_TO_ATTACHED), tmp_path)
    assert read[-1] == ["<end>", 2]  # the answers were put in place
    assert _known(read) == []


def test_the_reads_probe_sees_the_hook_read_sources(tmp_path: Path) -> None:
    """The check above can fail: PySide6 without feature_scan reads a fresh module's
    source; with it installed, it reads none of the next one's."""
    body = "import PySide6.QtCore\nimport colorsys\nimport supple.ui.kit.feature_scan\nimport wave"
    read = _probe(READS_PROBE.format(body=body), tmp_path)
    assert "colorsys" in _known(read, (0,))
    assert _known(read, (2,)) == []
    assert "wave" not in [name for name, _ in read]
