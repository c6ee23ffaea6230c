"""The language of Supple's windows: Supple's translations and Qt's own, installed once at
start, before the first window is built (a change in Settings applies at the next start).

The messages Supple makes below ``ui/`` (supple.i18n's gettext catalogue) follow the same
language. The language follows the system (``QLocale.system()``, which reads LANGUAGE, LC_ALL,
LC_MESSAGES and LANG on Linux) unless the person chose one in Settings. The compiled
translations (.qm) are in the installed package beside their sources (the wheel's build
hook and the bundle's spec compile them); in a source checkout they are compiled once
into the cache folder with tools/compile_translations.py.
"""

from __future__ import annotations

import importlib.util
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from supple import i18n, paths

log = logging.getLogger("supple.language")

ENGLISH = "en"  # the sources' language: its file holds only plurals
SOURCE_DIR = Path(__file__).resolve().parent.parent / "translations"
_COMPILER = Path(__file__).resolve().parents[4] / "tools" / "compile_translations.py"


def ui_locale(choice: str, system: QLocale | None = None) -> QLocale:
    """The locale the windows use: the system's for "", else the chosen language's."""
    if not choice:
        return QLocale.system() if system is None else system
    return QLocale(choice)


def translations_dir() -> Path | None:
    """The folder with supple_*.qm: the package's own, else compiled into the cache."""
    if any(SOURCE_DIR.glob("supple_*.qm")):
        return SOURCE_DIR
    sources = list(SOURCE_DIR.glob("supple_*.ts"))
    if not sources or not _COMPILER.is_file():
        return None
    compiled = paths.cache_dir() / "translations"
    newest = max(ts.stat().st_mtime for ts in sources)
    qms = [compiled / (ts.stem + ".qm") for ts in sources]
    if all(qm.is_file() and qm.stat().st_mtime >= newest for qm in qms):
        return compiled
    try:
        spec = importlib.util.spec_from_file_location("compile_translations", _COMPILER)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        module.compile_all(compiled, SOURCE_DIR)
    except (OSError, SystemExit, Exception) as exc:  # a checkout without lrelease: English
        log.warning("translations could not be compiled: %s", exc)
        return None
    return compiled


def install_translations(
    app: QCoreApplication, choice: str = "", system: QLocale | None = None
) -> list[QTranslator]:
    """Install Qt's and Supple's translators for ``choice`` ("" = the system's language).

    Returns the translators installed (kept by the caller: Qt does not own them)."""
    locale = ui_locale(choice, system)
    QLocale.setDefault(locale)  # QLocale() formats dates and numbers in this language
    # The messages made below ui/ (routine problems, speech hints...) in the same language.
    i18n.set_language(locale.name())
    installed = []
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(locale, "qtbase", "_", qt_dir):
        app.installTranslator(qt)
        installed.append(qt)
    folder = translations_dir()
    ours = QTranslator(app)
    english = locale.language() in (QLocale.Language.English, QLocale.Language.C)
    # The windows' language, else English: supple_en has only the English singular and
    # plural of the strings with a count ("1 reminder", "2 reminders"), which the
    # sources cannot say in one text.
    if folder is not None and (
        (not english and ours.load(locale, "supple", "_", str(folder)))
        or ours.load(f"supple_{ENGLISH}", str(folder))
    ):
        app.installTranslator(ours)
        installed.append(ours)
    return installed
