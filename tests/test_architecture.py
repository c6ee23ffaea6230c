"""The layer and wing rules of ARCHITECTURE.md (import-linter contracts in pyproject.toml),
checked on every test run."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_import_linter_contracts_hold() -> None:
    lint = Path(sys.executable).with_name("lint-imports")
    command = [str(lint)] if lint.exists() else [sys.executable, "-m", "importlinter.cli"]
    result = subprocess.run(
        [*command, "--config", str(ROOT / "pyproject.toml"), "--no-cache"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_lower_layers_load_without_qt() -> None:
    """Importing every non-ui module must not pull Qt in, even indirectly."""
    code = (
        "import importlib, json, pkgutil, sys\n"
        "import supple\n"
        "names = [m.name for m in pkgutil.iter_modules(supple.__path__, 'supple.')\n"
        "         if m.name != 'supple.ui']\n"
        "for pkg in [n for n in names if hasattr(importlib.import_module(n), '__path__')]:\n"
        "    names += [m.name for m in pkgutil.walk_packages(\n"
        "        importlib.import_module(pkg).__path__, pkg + '.')]\n"
        "for name in names: importlib.import_module(name)\n"
        "print(json.dumps({'names': names,\n"
        "  'qt': sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))}))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert "supple.routine.parse" in data["names"] and "supple.session.player" in data["names"]
    assert data["qt"] == []


def test_no_two_modules_share_a_name() -> None:
    """Names say what they hold, and no two alike across the house (issue 16): a
    ``language.py`` in the command line and another in the shell read as one thing."""
    from collections import Counter
    from pathlib import Path

    import supple

    root = Path(supple.__file__).parent
    names = Counter(p.stem for p in root.rglob("*.py") if p.name != "__init__.py")
    assert [name for name, count in names.items() if count > 1] == []
