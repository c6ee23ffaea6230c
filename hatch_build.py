"""The wheel's build hook: compiles the translations (.ts) to the .qm files Qt loads.

The .qm files are build output, never committed: they go into the wheel as
supple/ui/translations/*.qm, where supple.ui.shell.language looks first. PySide6's
lrelease does the compiling (tools/compile_translations.py), which is why
PySide6-Essentials is among the build requirements in pyproject.toml.
"""

from __future__ import annotations

import importlib.util
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

ROOT = Path(__file__).resolve().parent


def _compiler() -> Any:
    spec = importlib.util.spec_from_file_location(
        "compile_translations", ROOT / "tools" / "compile_translations.py"
    )
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

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        out = getattr(self, "_out", None)
        if out is not None:
            out.cleanup()
