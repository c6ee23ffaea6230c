"""PySide6's ``__feature__`` check, answered without reading source files.

A start-up rule (ARCHITECTURE.md, "Start-up rules"): once PySide6 is loaded, its import
hook asks of every module named in an ``import`` statement, the first time it is named,
whether that module uses PySide (for ``from __feature__ import snake_case`` and its
kin). It finds out by reading the module's whole source and searching it for the word
"PySide6" -- ``typing``, ``logging.handlers``, ``subprocess`` and some 150 others over a
start, 20 to 30 ms before the window is usable (benchmarks/README.md, 2026-12-03).

The answer only decides whether calls from that module switch PySide's classes back to
their plain (feature-free) form, and it is known without reading anything:

* Supple's own modules: those under ``supple.ui`` use Qt, no other may
  (the import-linter contracts in pyproject.toml);
* the standard library never uses PySide;
* nor do the other packages Supple depends on (pyproject.toml): ``platformdirs``,
  ``pyttsx3``, ``jeepney`` and ``miniaudio``.

``install()`` gives those answers and leaves every other module (other third-party
packages) to PySide's own check. It changes nothing if PySide6's support module is not shaped as
expected (another version): the check then reads sources as before.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

import PySide6.QtCore  # noqa: F401  (loads PySide6's support modules, the hook among them)

_FEATURE_MODULE = "PySide6.support.feature"
_STDLIB = frozenset(sys.stdlib_module_names)
_DEPENDENCIES = frozenset({"platformdirs", "pyttsx3", "jeepney", "miniaudio"})  # no Qt


def known_answer(name: str) -> bool | None:
    """Whether the module called ``name`` uses PySide, where that is known from the
    name alone; None where only its source can tell."""
    if name == "supple" or name.startswith("supple."):
        return name == "supple.ui" or name.startswith("supple.ui.")
    top = name.partition(".")[0]
    if top in _STDLIB or top in _DEPENDENCIES:
        return False
    return None


def checker(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    """PySide's check with the known answers in front of it."""

    def uses_pyside(module: ModuleType) -> bool:
        answer = known_answer(getattr(module, "__name__", "") or "")
        return original(module) if answer is None else answer

    uses_pyside.original = original  # type: ignore[attr-defined]
    return uses_pyside


def install() -> bool:
    """Put the known answers in front of PySide's check; True if it was done."""
    feature = sys.modules.get(_FEATURE_MODULE)
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(original) or not hasattr(feature, "pyside_feature_dict"):
        return False
    if hasattr(original, "original"):
        return True  # already in place
    feature._mod_uses_pyside = checker(original)  # type: ignore[attr-defined]
    return True


install()
