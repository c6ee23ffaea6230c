"""The wheel's build hook: compiles the translations (.ts) to the .qm files Qt loads, and
the message catalogues (.po) to the .mo files gettext loads.

Both are build output, never committed: the .qm files go into the wheel as
supple/ui/translations/*.qm, where supple.ui.shell.window_language looks first, the .mo files as
supple/locale/LANG/LC_MESSAGES/supple.mo, where supple.i18n does. PySide6's lrelease
compiles the first (tools/compile_translations.py), Babel the second
(tools/compile_catalogues.py), which is why PySide6-Essentials and Babel are among the
build requirements in pyproject.toml.
"""

from __future__ import annotations

import importlib.util
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

ROOT = Path(__file__).resolve().parent


def _compiler(name: str = "compile_translations") -> Any:
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class TranslationsHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel":
            return
        self._out = tempfile.TemporaryDirectory(prefix="supple-qm-")
        for qm in _compiler().compile_all(Path(self._out.name)):
            build_data["force_include"][str(qm)] = f"supple/ui/translations/{qm.name}"
        mo_dir = Path(self._out.name) / "locale"
        for mo in _compiler("compile_catalogues").compile_all(mo_dir):
            inside = mo.relative_to(mo_dir).as_posix()
            build_data["force_include"][str(mo)] = f"supple/locale/{inside}"

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        out = getattr(self, "_out", None)
        if out is not None:
            out.cleanup()
