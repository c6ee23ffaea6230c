"""`supple` with no command must reach the window without loading every sub-command's
machinery first: building the parser imports argparse and the command modules, nothing
heavy (start-up time is benchmarked). Each sub-command still answers `--help`."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from helpers import ROOT, run_cli

from supple.cli.parser import build_parser

# What `import supple.cli.main` and parsing an empty command line must not have loaded.
# Babel extracts and compiles the message catalogues at build time only (supple.i18n).
FORBIDDEN_PACKAGES = ("supple.history", "supple.speech", "supple.routine", "PySide6", "babel")
FORBIDDEN_MODULES = (
    "supple.session.timeline",
    "supple.session.player",
    "sqlite3",
    "subprocess",
)

# The same steps as `supple` with no arguments, up to where it would open the window.
PARSE_EMPTY = """
import json, sys
from supple.cli.parser import build_parser
args, extra = build_parser().parse_known_args([])
assert args.command is None and extra == [], (args, extra)
print(json.dumps(sorted(sys.modules)))
"""


def _forbidden(modules: list[str]) -> list[str]:
    return sorted(
        name
        for name in modules
        if name in FORBIDDEN_MODULES
        or any(name == p or name.startswith(p + ".") for p in FORBIDDEN_PACKAGES)
    )


def _sub_commands() -> list[str]:
    parser = build_parser()
    for action in parser._subparsers._group_actions if parser._subparsers else []:
        if action.choices:
            return sorted(action.choices)
    return []


def test_parsing_no_command_loads_none_of_the_sub_commands_machinery() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PARSE_EMPTY],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    modules: list[str] = json.loads(result.stdout)
    assert "supple.cli.parser" in modules  # the probe really built the parser
    assert "argparse" in modules
    assert _forbidden(modules) == []


def test_plain_supple_opens_the_window_without_building_the_parser() -> None:
    """No arguments at all (a launch from the desktop): straight to the window."""
    probe = (
        "import json, sys\n"
        "import supple.cli.gui as gui\n"
        "import supple.i18n as i18n\n"
        "def launch(qt_args):\n"
        "    catalogue = type(i18n._translation).__name__\n"
        "    print(json.dumps([qt_args, sorted(sys.modules), catalogue]))\n"
        "    return 0\n"
        "gui.launch_gui = launch\n"
        "from supple.cli.main import main\n"
        "raise SystemExit(main([]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert result.returncode == 0, result.stderr
    qt_args, modules, catalogue = json.loads(result.stdout)
    assert qt_args == []
    # No catalogue is read before the window: its start reads one (ui/shell/window_language.py).
    assert catalogue == "NullTranslations"
    assert "supple.cli.main" in modules
    for unneeded in ("supple.cli.parser", "supple.cli.commands", "argparse"):
        assert unneeded not in modules
    assert _forbidden(modules) == []


def test_the_forbidden_check_would_catch_a_heavy_import() -> None:
    assert _forbidden(["supple.history.store", "sqlite3", "supple.routine", "json"]) == [
        "sqlite3",
        "supple.history.store",
        "supple.routine",
    ]


def test_every_sub_command_is_known() -> None:
    assert _sub_commands() == ["check", "history", "list", "plan", "run", "speak", "voices"]


@pytest.mark.parametrize("command", _sub_commands())
def test_sub_command_help_exits_0(command: str) -> None:
    result = run_cli(command, "--help")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"usage: supple {command}")
    assert "Traceback" not in result.stderr
