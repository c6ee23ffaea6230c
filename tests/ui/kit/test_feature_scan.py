"""PySide6's ``__feature__`` check answered by name (supple.ui.kit.feature_scan)."""

from __future__ import annotations

import sys
from types import ModuleType

import pytest

from supple.ui.kit import feature_scan
from supple.ui.kit.feature_scan import checker, known_answer


@pytest.mark.parametrize(
    ("name", "answer"),
    [
        ("supple.ui", True),
        ("supple.ui.kit.paint", True),
        ("supple.ui.shell.app", True),
        ("supple", False),
        ("supple.history.store", False),
        ("supple.uikit", False),  # not under supple.ui
        ("typing", False),
        ("logging.handlers", False),
        ("json.decoder", False),
        ("platformdirs", False),  # Supple's own dependencies (pyproject.toml)
        ("platformdirs.unix", False),
        ("jeepney.io.blocking", False),
        ("miniaudio", False),
        ("pyttsx3", False),
        ("jsonschema", None),  # another third-party package: PySide's own check
        ("PySide6.QtCore", None),
        ("", None),
    ],
)
def test_the_answer_known_from_the_name(name: str, answer: bool | None) -> None:
    assert known_answer(name) is answer


def test_the_answer_matches_what_the_source_says_for_every_module_loaded() -> None:
    """Where the source can be read, the name gives the same answer as reading it,
    except for a supple.ui module that reaches Qt only through other modules (0 and -1
    mean the same to PySide while no module selects a feature)."""
    feature = sys.modules["PySide6.support.feature"]
    read = feature._mod_uses_pyside.original  # the check feature_scan stands in front of
    differ = []
    for name, module in list(sys.modules.items()):
        answer = known_answer(name)
        if answer is None or not isinstance(module, ModuleType):
            continue
        if read(module) != answer and not (answer and name.startswith("supple.ui")):
            differ.append(name)
    assert differ == []


def test_unknown_modules_are_left_to_pyside() -> None:
    asked: list[str] = []
    check = checker(lambda module: asked.append(module.__name__) or True)
    assert check(ModuleType("somepackage.view")) is True
    assert check(ModuleType("supple.routine.model")) is False
    assert check(ModuleType("os.path")) is False
    assert asked == ["somepackage.view"]


def test_installed_once_and_in_front_of_pyside() -> None:
    feature = sys.modules["PySide6.support.feature"]
    check = feature._mod_uses_pyside
    assert hasattr(check, "original")
    assert feature_scan.install() is True
    assert feature._mod_uses_pyside is check  # not wrapped twice


def test_another_shape_of_pyside_is_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "PySide6.support.feature", ModuleType("reshaped"))
    assert feature_scan.install() is False


def test_the_dependencies_named_are_those_of_the_project() -> None:
    """Every package answered by name is one pyproject.toml depends on, and PySide6 is
    not among them (it is the one that may use features)."""
    from pathlib import Path

    tomllib = pytest.importorskip("tomllib")  # Python 3.11+

    pyproject = Path(__file__).resolve().parents[3] / "pyproject.toml"
    wanted = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["dependencies"]
    names = {entry.split(">")[0].split("=")[0].split(";")[0].strip().lower() for entry in wanted}
    assert names >= feature_scan._DEPENDENCIES
    assert not any(name.startswith(("pyside", "shiboken")) for name in feature_scan._DEPENDENCIES)
