"""Compile Supple's translations (app/supple/ui/translations/*.ts) to Qt's .qm files.

Used by the wheel's build hook (hatch_build.py), the bundle's spec and Supple itself
when it runs from a source checkout. Standard library only: it runs PySide6's
``lrelease``, found in the PySide6 package of this interpreter or on PATH.

    python tools/compile_translations.py OUT_DIR
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

SOURCE_DIR = Path(__file__).resolve().parent.parent / "app" / "supple" / "ui" / "translations"


def lrelease() -> str:
    """The lrelease program: PySide6's own, else one on PATH; SystemExit if none."""
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.submodule_search_locations:
        for folder in spec.submodule_search_locations:
            for name in ("lrelease", "lrelease.exe"):
                candidate = Path(folder) / name
                if candidate.is_file():
                    return str(candidate)
    for name in ("pyside6-lrelease", "lrelease-qt6", "lrelease"):
        found = shutil.which(name)
        if found:
            return found
    raise SystemExit("no lrelease found: install PySide6 (or Qt's linguist tools)")


def compile_all(out_dir: Path, source_dir: Path = SOURCE_DIR) -> list[Path]:
    """Each supple_*.ts in ``source_dir`` as OUT_DIR/supple_*.qm; the files written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    program = lrelease()
    written = []
    for ts in sorted(source_dir.glob("supple_*.ts")):
        qm = out_dir / (ts.stem + ".qm")
        subprocess.run(
            [program, "-silent", "-removeidentical", str(ts), "-qm", str(qm)],
            check=True,
            capture_output=True,
        )
        written.append(qm)
    return written


if __name__ == "__main__":
    for path in compile_all(Path(sys.argv[1])):
        print(path)
