"""Compile Supple's message catalogues (app/supple/locale/*/LC_MESSAGES/supple.po) to the
.mo files gettext reads (supple.i18n).

Used by the wheel's build hook (hatch_build.py), the bundle's spec and, in a process of
its own, Supple itself when it runs from a source checkout. Needs Babel (a build and
development requirement in pyproject.toml); the app never imports it. Fuzzy entries are
left out, so they read as English.

    python tools/compile_catalogues.py OUT_DIR
"""

from __future__ import annotations

import sys
from pathlib import Path

SOURCE_DIR = Path(__file__).resolve().parent.parent / "app" / "supple" / "locale"
DOMAIN = "supple"


def compile_all(out_dir: Path, source_dir: Path = SOURCE_DIR) -> list[Path]:
    """Each LANG/LC_MESSAGES/supple.po in ``source_dir`` as OUT_DIR/LANG/LC_MESSAGES/supple.mo;
    the files written."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    written = []
    for po in sorted(source_dir.glob(f"*/LC_MESSAGES/{DOMAIN}.po")):
        with po.open("rb") as handle:
            catalog = read_po(handle, locale=po.parent.parent.name, domain=DOMAIN)
        mo = out_dir / po.parent.relative_to(source_dir) / f"{DOMAIN}.mo"
        mo.parent.mkdir(parents=True, exist_ok=True)
        partial = mo.with_name(mo.name + ".part")
        with partial.open("wb") as handle:
            write_mo(handle, catalog, use_fuzzy=False)
        partial.replace(mo)  # a reader never sees half a file
        written.append(mo)
    return written


if __name__ == "__main__":
    for path in compile_all(Path(sys.argv[1])):
        print(path)
