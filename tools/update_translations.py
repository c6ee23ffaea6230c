"""Bring app/supple/ui/translations/*.ts up to date with the sources (pyside6-lupdate).

    python3 tools/dev.py python tools/update_translations.py

New strings come in unfinished, for a translator (Qt Linguist opens the files);
strings gone from the sources are dropped. supple_en.ts holds only the strings with a
count (``self.tr("%n reminder(s)", "", n)``, lupdate's -pluralonly): their English
singular and plural, which the sources cannot say in one text. No line numbers are kept, so a file
changes only when its words do. tests/ui/shell/test_gui_translations.py fails when a
.ts file is behind the sources or has a string left untranslated.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "app" / "supple" / "ui"
TRANSLATIONS = UI / "translations"
LANGUAGES = ("de", "es")
ENGLISH = "en"  # the plurals of the sources' own language


def lupdate() -> str:
    """PySide6's lupdate, beside this interpreter."""
    name = "pyside6-lupdate.exe" if sys.platform == "win32" else "pyside6-lupdate"
    candidate = Path(sys.executable).parent / name
    return str(candidate) if candidate.is_file() else name


def sources() -> list[Path]:
    return sorted(p for p in UI.rglob("*.py") if "__pycache__" not in p.parts)


def update(ts_files: list[Path], plural_only: bool = False) -> subprocess.CompletedProcess[str]:
    """Run lupdate over the ui sources into ``ts_files`` (only the strings with a count
    when ``plural_only``: the English file)."""
    args = [lupdate(), *map(str, sources()), "-locations", "none", "-no-obsolete"]
    if plural_only:
        args.append("-pluralonly")
    args += ["-source-language", "en", "-ts", *map(str, ts_files)]
    return subprocess.run(args, check=True, capture_output=True, text=True, cwd=ROOT)


def main(argv: list[str] | None = None) -> int:
    import argparse

    argparse.ArgumentParser(description=__doc__.splitlines()[0]).parse_args(argv)
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    files = [TRANSLATIONS / f"supple_{lang}.ts" for lang in LANGUAGES]
    result = update(files)
    print(result.stdout.strip())
    result = update([TRANSLATIONS / f"supple_{ENGLISH}.ts"], plural_only=True)
    print(result.stdout.strip())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
