"""Bring app/supple/ui/translations/*.ts up to date with the sources (pyside6-lupdate),
and the message catalogues app/supple/locale/*/LC_MESSAGES/supple.po with the gettext
strings of app/supple (Babel's extractor).

    python3 tools/dev.py python tools/update_translations.py

New strings come in unfinished, for a translator (Qt Linguist opens the files);
strings gone from the sources are dropped. supple_en.ts holds only the strings with a
count (``self.tr("%n reminder(s)", "", n)``, lupdate's -pluralonly): their English
singular and plural, which the sources cannot say in one text. No line numbers are kept, so a file
changes only when its words do. tests/ui/shell/test_gui_translations.py fails when a
.ts file is behind the sources or has a string left untranslated.

The gettext strings (``_("...")``, ``ngettext(...)``, ``N_("...")`` from supple.i18n: the
command line's and those made below ``ui/``) are extracted from every module of
app/supple but ``ui/`` (whose words are Qt's; a ``ui`` module that calls ``_()`` is read
too) into locale/supple.pot, and merged into each supple.po: new strings come in empty,
strings gone from the sources are dropped. No locations are kept, and the dates in the
headers stay, so a file changes only when its words do. tests/test_message_catalogue.py
fails while a .po file is behind the sources or has a string untranslated or fuzzy.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "app" / "supple"
UI = PACKAGE / "ui"
TRANSLATIONS = UI / "translations"
LOCALE = PACKAGE / "locale"
TEMPLATE = LOCALE / "supple.pot"
LANGUAGES = ("de", "es")
ENGLISH = "en"  # the plurals of the sources' own language
# supple.i18n's functions; ngettext's two texts are one entry, pgettext's first is a context.
KEYWORDS = {
    "_": None,
    "gettext": None,
    "ngettext": (1, 2),
    "pgettext": ((1, "c"), 2),
    "N_": None,
}
# The files' opening comment: fixed, so that a new year changes no file.
HEADER = (
    "# {what} of Supple's messages outside the windows (supple.i18n).\n"
    "# Brought up to date by tools/update_translations.py; licensed as Supple is.\n"
    "#"
)
# Spanish as GNU gettext and the GUI's Qt catalogues count it: one, and the rest.
PLURAL_FORMS = {"de": "nplurals=2; plural=(n != 1);", "es": "nplurals=2; plural=(n != 1);"}


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


def gettext_sources() -> list[Path]:
    """The modules whose ``_()`` strings are extracted: all of app/supple but ``ui/``,
    and any ``ui`` module that imports supple.i18n."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if "__pycache__" in path.parts:
            continue
        if path.is_relative_to(UI) and "supple.i18n" not in path.read_text("utf-8"):
            continue
        found.append(path)
    return found


def extract() -> Any:
    """A Babel catalogue of every gettext string in ``gettext_sources()``."""
    from babel.messages.catalog import Catalog
    from babel.messages.extract import extract_from_file

    template = Catalog(
        project="Supple",
        domain="supple",
        fuzzy=False,
        header_comment=HEADER.format(what="The template"),
        copyright_holder="The Supple developers",
    )
    for path in gettext_sources():
        relative = path.relative_to(ROOT).as_posix()
        for line, message, comments, context in extract_from_file(
            "python", str(path), keywords=KEYWORDS, comment_tags=("TRANSLATORS:",)
        ):
            template.add(message, None, [(relative, line)], auto_comments=comments, context=context)
    return template


def _write(catalog: Any, path: Path) -> bool:
    """Write ``catalog`` to ``path`` without locations; whether the file changed."""
    import io

    from babel.messages.pofile import write_po

    buffer = io.BytesIO()
    write_po(buffer, catalog, width=88, no_location=True, omit_header=False, ignore_obsolete=True)
    data = buffer.getvalue()
    if path.is_file() and path.read_bytes() == data:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return True


def _read(path: Path, language: str | None = None) -> Any:
    from babel.messages.pofile import read_po

    with path.open("rb") as handle:
        return read_po(handle, locale=language, domain="supple")


def update_catalogues(languages: tuple[str, ...] = LANGUAGES) -> list[Path]:
    """Extract into supple.pot and merge it into each language's supple.po (made when
    missing); the files that changed."""
    from babel.messages.catalog import Catalog

    template = extract()
    if TEMPLATE.is_file():  # the header's date stays: the file changes with its words only
        template.creation_date = _read(TEMPLATE).creation_date
    changed = [TEMPLATE] if _write(template, TEMPLATE) else []
    for language in languages:
        po = LOCALE / language / "LC_MESSAGES" / "supple.po"
        if po.is_file():
            catalog = _read(po, language)
        else:
            catalog = Catalog(
                locale=language,
                domain="supple",
                project="Supple",
                fuzzy=False,
                header_comment=HEADER.format(what=f"The {language} translation"),
                copyright_holder="The Supple developers",
            )
            catalog.revision_date = template.creation_date
            catalog.language_team = f"{language} <LL@li.org>"
            catalog.last_translator = "The Supple developers"
        catalog.update(template, no_fuzzy_matching=True)
        catalog.creation_date = template.creation_date
        # Babel's own table counts Spanish millions apart; the GUI and gettext do not.
        catalog.mime_headers = [("Plural-Forms", PLURAL_FORMS[language])]
        catalog.obsolete.clear()
        if _write(catalog, po):
            changed.append(po)
    return changed


def main(argv: list[str] | None = None) -> int:
    import argparse

    argparse.ArgumentParser(description=__doc__.splitlines()[0]).parse_args(argv)
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    files = [TRANSLATIONS / f"supple_{lang}.ts" for lang in LANGUAGES]
    result = update(files)
    print(result.stdout.strip())
    result = update([TRANSLATIONS / f"supple_{ENGLISH}.ts"], plural_only=True)
    print(result.stdout.strip())
    for path in update_catalogues():
        print(f"updated {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
