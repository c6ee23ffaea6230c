"""Translations end to end: every GUI string extracted into the context it is looked up
in, the committed .ts files complete and up to date, the .qm compiled and loaded, and the
windows speaking the system's language or the one chosen in Settings."""

from __future__ import annotations

import ast
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from supple import settings as settings_module
from supple.settings import Settings
from supple.ui.shell.window_language import SOURCE_DIR, install_translations, translations_dir

ROOT = Path(__file__).resolve().parents[3]
UI = ROOT / "app" / "supple" / "ui"
LANGUAGES = ("de", "es")
PLACEHOLDER = re.compile(r"\{\w*\}|%\d+|%n")
ACCELERATOR = re.compile(r"&(?=\w)")


def _tool(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _translations(message: ET.Element) -> list[str]:
    """A message's translated texts: one, or each plural form of a string with a count."""
    translation = message.find("translation")
    if translation is None:
        return []
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def _messages(ts: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [
        (context.findtext("name") or "", message)
        for context in root.findall("context")
        for message in context.findall("message")
    ]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> list[tuple[str, ET.Element]]:
    """What lupdate finds in the sources now, into a fresh file."""
    ts = tmp_path_factory.mktemp("lupdate") / "supple_xx.ts"
    _tool("update_translations").update([ts])
    return _messages(ts)


def test_every_gui_string_is_extracted_into_a_named_context(extracted) -> None:
    assert len(extracted) > 400  # the whole GUI, not a few files
    empty = [m.findtext("source") for context, m in extracted if not context]
    assert empty == []


def test_every_wrapped_translate_call_is_one_lupdate_can_read() -> None:
    """``tr = self.tr``, ``box.tr(...)`` and ``_tr(...)`` wrappers are invisible to
    lupdate or land in the wrong context; only ``self.tr("...")`` and
    ``QCoreApplication.translate("Context", "...")`` with literals are read."""
    bad = []
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            if isinstance(func, ast.Name) and func.id in ("tr", "_tr", "translate"):
                bad.append(f"{path.name}:{node.lineno} {func.id}()")
            elif isinstance(func, ast.Attribute) and func.attr == "tr":
                owner = func.value
                if not (isinstance(owner, ast.Name) and owner.id == "self"):
                    bad.append(f"{path.name}:{node.lineno} .tr() on something else than self")
                elif not node.args or not isinstance(node.args[0], ast.Constant):
                    bad.append(f"{path.name}:{node.lineno} self.tr() of no literal")
            elif (
                isinstance(func, ast.Attribute)
                and func.attr == "translate"
                and isinstance(func.value, ast.Name)
                and func.value.id in ("QCoreApplication", "QApplication")
                and not all(isinstance(arg, ast.Constant) for arg in node.args[:2])
            ):
                bad.append(f"{path.name}:{node.lineno} translate() of no literals")
    assert bad == []


def test_no_class_that_calls_self_tr_is_subclassed() -> None:
    """``self.tr`` looks words up under the object's own class (a subclass's name), while
    lupdate files them under the class whose code it reads: a subclass never finds them."""
    uses_tr: dict[str, str] = {}
    bases: list[tuple[str, str, str]] = []
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                if any(
                    isinstance(call, ast.Call)
                    and isinstance(call.func, ast.Attribute)
                    and call.func.attr == "tr"
                    for call in ast.walk(node)
                ):
                    uses_tr[node.name] = path.name
                for base in node.bases:
                    name = base.id if isinstance(base, ast.Name) else getattr(base, "attr", "")
                    bases.append((node.name, name, path.name))
    subclassed = [f"{sub} ({where}) <- {base}" for sub, base, where in bases if base in uses_tr]
    assert subclassed == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_committed_ts_file_is_complete_and_up_to_date(language, tmp_path) -> None:
    committed = SOURCE_DIR / f"supple_{language}.ts"
    copy = tmp_path / committed.name
    shutil.copy(committed, copy)
    _tool("update_translations").update([copy])
    before = {(c, m.findtext("source")) for c, m in _messages(committed)}
    after = _messages(copy)
    assert {(c, m.findtext("source")) for c, m in after} == before, (
        "the .ts file is behind the sources: run tools/update_translations.py"
    )
    unfinished = [
        m.findtext("source")
        for _, m in after
        if (m.find("translation") is None)
        or m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
        or not all(text.strip() for text in _translations(m))
        or not _translations(m)
    ]
    assert unfinished == []


def test_the_english_file_has_every_count_and_its_two_forms(tmp_path) -> None:
    """supple_en.ts: exactly the strings with a count (lupdate -pluralonly), each with
    its singular and plural, so "1 reminder" is said right in English too."""
    committed = SOURCE_DIR / "supple_en.ts"
    copy = tmp_path / committed.name
    shutil.copy(committed, copy)
    _tool("update_translations").update([copy], plural_only=True)
    after = _messages(copy)
    assert {(c, m.findtext("source")) for c, m in after} == {
        (c, m.findtext("source")) for c, m in _messages(committed)
    }
    assert after, "no string with a count: drop supple_en.ts"
    for _, message in after:
        assert message.get("numerus") == "yes"
        forms = [f.text or "" for f in message.iter("numerusform")]
        assert len(forms) == 2 and all("%n" in f for f in forms), message.findtext("source")
        assert message.find("translation").get("type") is None


def test_a_count_takes_the_plural_of_each_language(qapp, translated) -> None:
    source = "<b>{answered}</b> of %n reminder(s) answered"
    said = {}
    for language in ("en", "de", "es"):
        for translator in translated:
            QCoreApplication.removeTranslator(translator)
        translated[:] = install_translations(QCoreApplication.instance(), language)
        said[language] = [
            QCoreApplication.translate("HistoryPage", source, "", n).format(answered=0)
            for n in (1, 2)
        ]
    assert said["en"] == ["<b>0</b> of 1 reminder answered", "<b>0</b> of 2 reminders answered"]
    assert said["de"] == [
        "<b>0</b> von 1 Erinnerung befolgt",
        "<b>0</b> von 2 Erinnerungen befolgt",
    ]
    assert said["es"] == [
        "<b>0</b> de 1 recordatorio atendido",
        "<b>0</b> de 2 recordatorios atendidos",
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_translation_keeps_the_placeholders_and_one_accelerator(language) -> None:
    wrong = []
    for context, message in _messages(SOURCE_DIR / f"supple_{language}.ts"):
        source = message.findtext("source") or ""
        for text in _translations(message):
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
                wrong.append((context, source, text))
            if len(ACCELERATOR.findall(source)) != len(ACCELERATOR.findall(text)):
                wrong.append((context, source, text))
            if source.startswith(" ") != text.startswith(" "):  # spin box suffixes: " min"
                wrong.append((context, source, text))
    assert wrong == []


@pytest.fixture(scope="module")
def compiled(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("qm")
    written = _tool("compile_translations").compile_all(out)
    assert sorted(p.name for p in written) == ["supple_de.qm", "supple_en.qm", "supple_es.qm"]
    return out


@pytest.mark.parametrize(
    ("language", "start", "title"),
    [("de", "Starten", "&Einstellungen…"), ("es", "Empezar", "&Ajustes…")],
)
def test_the_compiled_qm_loads_and_translates(qapp, compiled, language, start, title) -> None:
    translator = QTranslator()
    assert translator.load(str(compiled / f"supple_{language}.qm"))
    assert translator.translate("LibraryView", "Start") == start
    assert translator.translate("MainWindow", "&Settings…") == title
    assert translator.translate("LibraryView", "no such words") == ""


def test_a_source_checkout_compiles_into_the_cache_once(supple_home) -> None:
    folder = translations_dir()
    assert folder is not None
    assert sorted(p.name for p in folder.glob("supple_*.qm")) == [
        "supple_de.qm",
        "supple_en.qm",
        "supple_es.qm",
    ]
    stamp = (folder / "supple_de.qm").stat().st_mtime_ns
    assert translations_dir() == folder
    assert (folder / "supple_de.qm").stat().st_mtime_ns == stamp  # not compiled again


def test_the_bundle_spec_gets_the_compiled_files(tmp_path) -> None:
    spec = importlib.util.spec_from_file_location(
        "bundle_meta", ROOT / "packaging" / "pyinstaller" / "bundle_meta.py"
    )
    assert spec is not None and spec.loader is not None
    bundle_meta = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bundle_meta)
    files = bundle_meta.translation_files(tmp_path)
    qms = [(f, folder) for f, folder in files if f.endswith(".qm")]
    assert sorted(Path(f).name for f, _ in qms) == [
        "supple_de.qm",
        "supple_en.qm",
        "supple_es.qm",
    ]
    assert {folder for _, folder in qms} == {"supple/ui/translations"}
    # The message catalogues (supple.i18n), where the package keeps them.
    mos = sorted((Path(f).name, folder) for f, folder in files if f.endswith(".mo"))
    assert mos == [
        ("supple.mo", "supple/locale/de/LC_MESSAGES"),
        ("supple.mo", "supple/locale/es/LC_MESSAGES"),
    ]
    assert len(files) == len(qms) + len(mos)
    assert all(Path(f).stat().st_size > 10_000 for f, _ in files if f.endswith(".mo"))
    sizes = {Path(f).stem: Path(f).stat().st_size for f, _ in qms}
    assert sizes["supple_de"] > 10_000 and sizes["supple_es"] > 10_000
    assert 0 < sizes["supple_en"] < 1_000  # only the English plurals


@pytest.fixture
def translated(qapp, supple_home) -> Iterator[list[QTranslator]]:
    """Translators installed by a test, removed after it (and the default locale put back)."""
    installed: list[QTranslator] = []
    default = QLocale()
    yield installed
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(default)


def _library_start_text(qtbot) -> tuple[str, str]:
    from supple.ui.shell.compose import create_main_window

    window = create_main_window(Settings(), persist=False)
    qtbot.addWidget(window)
    view = window.library_view
    return view.start_button.text(), window.file_menu.title()


def test_a_german_system_gets_a_german_library(qtbot, translated) -> None:
    translated += install_translations(QCoreApplication.instance(), "", QLocale("de_DE"))
    assert len(translated) == 2  # Qt's own and Supple's
    assert _library_start_text(qtbot) == ("Starten", "&Datei")
    assert QLocale().language() == QLocale.Language.German  # dates and numbers too
    # Qt's own words: the buttons of its standard dialogs.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"


@pytest.mark.parametrize(
    ("choice", "system", "said"),
    [
        ("", QLocale("de_DE"), "das Bild 'me.png' wurde nicht gefunden"),
        ("es", QLocale("de_DE"), "la imagen 'me.png' no se encontró"),
        ("en", QLocale("es_ES"), "the picture 'me.png' was not found"),
    ],
)
def test_the_messages_made_below_the_windows_follow_their_language(
    qapp, translated, choice, system, said
) -> None:
    """A routine's problems (supple.i18n's catalogue) in the language of the windows."""
    from supple.i18n import _

    translated += install_translations(QCoreApplication.instance(), choice, system)
    message = _("the picture {name} {problem}").format(name="'me.png'", problem=_("was not found"))
    assert message == said


def test_the_settings_choice_overrides_the_system(qtbot, translated) -> None:
    translated += install_translations(QCoreApplication.instance(), "es", QLocale("de_DE"))
    assert _library_start_text(qtbot) == ("Empezar", "&Archivo")


def test_english_chosen_on_a_german_system_stays_english(qtbot, translated) -> None:
    translated += install_translations(QCoreApplication.instance(), "en", QLocale("de_DE"))
    assert _library_start_text(qtbot) == ("Start", "&File")


def test_the_system_language_is_read_from_the_environment(supple_home) -> None:
    """A real start of the language module in a process whose LANG/LANGUAGE say German."""
    script = (
        "import sys\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from supple.ui.shell.window_language import install_translations\n"
        "app = QCoreApplication(sys.argv)\n"
        "kept = install_translations(app, '')\n"
        "print(QCoreApplication.translate('LibraryView', 'Start'))\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    env.update(LANG="de_DE.UTF-8", LANGUAGE="de", SUPPLE_HOME=str(supple_home))
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "app"), env.get("PYTHONPATH", "")])
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Starten"


@pytest.mark.parametrize("value", ["de", "es", "en", ""])
def test_the_language_setting_keeps_the_shipped_languages(value) -> None:
    settings, notes = settings_module.from_dict({"ui_language": value})
    assert (settings.ui_language, notes) == (value, [])


@pytest.mark.parametrize("value", ["fr", "DE", 3, None, "de_DE"])
def test_the_language_setting_refuses_others(value) -> None:
    settings, notes = settings_module.from_dict({"ui_language": value})
    assert settings.ui_language == ""
    assert len(notes) == 1 and "ui_language" in notes[0]


def test_the_settings_dialog_offers_and_saves_the_language(qtbot, supple_home) -> None:
    from supple.ui.shell.settings_dialog import SettingsDialog

    path = supple_home / "settings.json"
    dialog = SettingsDialog(Settings(ui_language="de"), path=path)
    qtbot.addWidget(dialog)
    combo = dialog.language_combo
    assert combo.currentData() == "de"
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert labels == ["System language", "English", "Deutsch", "Español"]
    assert "next" in dialog.findChild(type(dialog.error_label), "languageNote").text()
    combo.setCurrentIndex(combo.findData("es"))
    assert dialog.values()["ui_language"] == "es"
    dialog.save()
    qtbot.waitUntil(
        lambda: path.is_file() and settings_module.load(path).settings.ui_language == "es"
    )


def test_times_and_dates_are_written_the_languages_way(qapp, translated) -> None:
    from datetime import datetime

    from PySide6.QtCore import QDate

    from supple.ui.reminders.reminder_text import clock_text

    moment = datetime(2026, 12, 2, 14, 30)
    QLocale.setDefault(QLocale("en_US"))
    assert clock_text(moment) == "2:30\u202fPM" or clock_text(moment) == "2:30 PM"
    translated += install_translations(QCoreApplication.instance(), "de")
    assert clock_text(moment) == "14:30"
    pattern = QCoreApplication.translate("HistoryPage", "d MMMM")
    assert QLocale().toString(QDate(2026, 12, 2), pattern) == "2. Dezember"
    assert QLocale().toString(12345) == "12.345"  # the library's file counts


def _own_translated_routine(user_routines: Path) -> Path:
    doc = {
        "format": "supple-routine",
        "version": 2,
        "id": "own",
        "title": "Stand tall",
        "language": "en",
        "steps": [{"title": "Stand", "instructions": ["Stand tall."], "hold": {"seconds": 30}}],
        "translations": {
            "de": {"title": "Aufrecht", "steps": [{"title": "Stehen", "instructions": ["Steh."]}]}
        },
    }
    path = user_routines / "own.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_in_german_routines_are_shown_in_german_and_edited_with_their_words(
    qtbot, translated, user_routines: Path
) -> None:
    """The library and player show a routine's German words; an edit in place starts
    from the file's own words, so saving keeps the translation it carries."""
    from supple.routine import Library
    from supple.ui.shell.compose import create_main_window

    translated += install_translations(QCoreApplication.instance(), "de", QLocale("en_US"))
    path = _own_translated_routine(user_routines)
    window = create_main_window(Settings(safety_acknowledged=True), persist=False)
    qtbot.addWidget(window)
    entry = window.library.entry_for("own")
    assert entry is not None and entry.routine is not None
    assert entry.routine.title == "Aufrecht" and entry.routine.language == "de"
    bundled = window.library.by_id("lower-back-spasm-relief")
    assert bundled is not None and bundled.language == "de"  # played in German too
    assert entry.as_loaded is not None and entry.as_loaded.title == "Stand tall"
    assert "de" in entry.as_loaded.translations
    # Reloaded after a change, it is still shown in German.
    window.reload_library(Library.scan())
    again = window.library.entry_for("own")
    assert again is not None and again.routine is not None and again.routine.title == "Aufrecht"
    assert again.as_loaded is not None and "de" in again.as_loaded.translations
    # The editor opens the file's own words, translation and all.
    window.routine_menu.edit_entry(again)
    editor = window.routine_menu.actions.editor
    assert editor.path == path and editor.doc["title"] == "Stand tall"
    assert editor.doc["translations"]["de"]["title"] == "Aufrecht"


def test_the_voice_says_the_windows_words_for_done_and_the_end() -> None:
    """The open hold's phrase tells the person to press the Done button by the label it
    has in their language, the hold's own words are the screen's, and the last words of
    a session are the player's "Complete" and the summary's "Well done"."""
    from supple.session.phrases import TABLE

    for language in LANGUAGES:
        label = {
            (context, message.findtext("source")): message.findtext("translation") or ""
            for context, message in _messages(UI / "translations" / f"supple_{language}.ts")
        }
        spoken = TABLE[language]
        assert label[("PlayerView", "Done")] in spoken.hold_open, language
        assert label[("PlayerView", "Hold as long as you can")].lower() in spoken.hold_open.lower()
        assert label[("PlayerView", "Complete")].lower() in spoken.complete.lower(), language
        assert label[("SummaryView", "Well done")].lower() in spoken.complete.lower(), language


def test_the_voice_names_each_breath_and_hold_as_the_player_shows_it() -> None:
    """What the pacer shows is what the voice says: "Einatmen" on the screen is
    "Einatmen." in the ear, never a synonym ("Inspira" shown, "Inhala" said)."""
    from supple.session.phrases import TABLE

    for language in LANGUAGES:
        label = {
            (context, message.findtext("source")): message.findtext("translation") or ""
            for context, message in _messages(UI / "translations" / f"supple_{language}.ts")
        }
        spoken = TABLE[language]
        for shown, said in (
            ("Breathe in", spoken.breathe_in),
            ("Breathe out", spoken.breathe_out),
            ("Breathe out", spoken.last_breath_out),
            ("Hold the breath", spoken.hold_breath),
            ("Release", spoken.release),
            ("Hold", spoken.hold_short),
        ):
            assert label[("PlayerView", shown)].lower() in said.lower(), (language, shown, said)
