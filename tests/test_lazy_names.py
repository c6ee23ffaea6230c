"""supple.session's and supple.history's names, loaded from their modules on first use
(PEP 562, supple.lazynames)."""

from __future__ import annotations

import importlib
import subprocess
import sys
from types import ModuleType

import pytest

import supple.history
import supple.session

PACKAGES = (supple.session, supple.history)


@pytest.mark.parametrize(("package", "name"), [(p, name) for p in PACKAGES for name in p.__all__])
def test_every_name_is_the_one_its_module_defines(package: ModuleType, name: str) -> None:
    module = importlib.import_module(f"{package.__name__}.{package._NAMES[name]}")
    assert getattr(package, name) is vars(module)[name]
    assert name in dir(package)


@pytest.mark.parametrize("package", PACKAGES)
def test_an_unknown_name_is_an_attribute_error(package: ModuleType) -> None:
    with pytest.raises(AttributeError, match="no attribute 'Nope'"):
        package.Nope  # noqa: B018


def loaded_after(statement: str, *modules: str) -> list[bool]:
    code = f"import sys\n{statement}\nprint(*[m in sys.modules for m in {list(modules)!r}])"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return [word == "True" for word in out.stdout.split()]


def test_a_name_loads_its_own_module_and_not_the_player() -> None:
    assert loaded_after(
        "from supple.session import estimated_seconds",
        "supple.session.estimate",
        "supple.session.player",
    ) == [True, False]


def test_the_history_writer_loads_without_the_weeks_and_the_export() -> None:
    # What the window needs once it is up; the History page and the export load the rest.
    assert loaded_after(
        "from supple.history import HistoryWorker, SessionRecorder",
        "supple.history.session_writer",
        "supple.history.week",
        "supple.history.export",
    ) == [True, False, False]
