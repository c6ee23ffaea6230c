"""The gettext catalogue (supple.i18n): the command line's words and the messages made
below ``ui/``, in German and Spanish.

The committed .po files complete and in step with the sources, their placeholders kept;
the .mo files compiled with Babel and read by gettext; a real `supple` in another locale;
the loader's counts in each language; and English whenever a catalogue is missing or
damaged."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
from pathlib import Path
from types import ModuleType

import pytest
from babel.messages.pofile import read_po
from helpers import ROOT, minimal_doc, run_cli, write_json

from supple import i18n

LOCALE = ROOT / "app" / "supple" / "locale"
LANGUAGES = ("de", "es")
# {name} (str.format) and %s, %r, %(name)s (argparse's own texts).
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%\([a-z_]+\)[sr]|%[sr]")


def _tool(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _catalogue(language: str):  # -> babel Catalog
    with (LOCALE / language / "LC_MESSAGES" / "supple.po").open("rb") as handle:
        return read_po(handle, locale=language, domain="supple")


def _key(message) -> tuple[str | None, str]:
    singular = message.id[0] if isinstance(message.id, tuple) else message.id
    return message.context, singular


def _env(**wanted: str) -> dict[str, str]:
    """The environment of a `supple` run in a given locale: none of the machine's."""
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env.update(wanted)
    return env


@pytest.fixture(scope="module")
def extracted() -> dict[tuple[str | None, str], object]:
    template = _tool("update_translations").extract()
    return {_key(m): m for m in template if m.id}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_extracted_string_is_in_the_catalogue_and_nothing_else(extracted, language) -> None:
    ours = {_key(m): m for m in _catalogue(language) if m.id}
    assert sorted(set(extracted) - set(ours), key=str) == []  # run update_translations.py
    assert sorted(set(ours) - set(extracted), key=str) == []
    for key, message in extracted.items():
        assert ours[key].id == message.id  # the same plural, too


def test_the_sources_are_extracted_but_the_windows_words(extracted) -> None:
    ids = {singular for _, singular in extracted}
    assert "{value} second is out of range ({low}–{high} seconds)" in ids  # routine/
    assert "show this help message and exit" in ids  # argparse's, marked in cli/
    assert "the voice is unavailable: the speech engine keeps failing." in ids  # speech/
    sources = _tool("update_translations").gettext_sources()
    assert ROOT / "app" / "supple" / "routine" / "parse.py" in sources
    ui = [p for p in sources if "ui" in p.relative_to(ROOT / "app" / "supple").parts]
    # the ui modules that use supple.i18n: a picture's refusal, the catalogue's language
    assert ui == [
        ROOT / "app" / "supple" / "ui" / "kit" / "picture_render.py",
        ROOT / "app" / "supple" / "ui" / "shell" / "window_language.py",
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated_and_none_is_fuzzy(language) -> None:
    catalogue = _catalogue(language)
    assert not catalogue.fuzzy
    untranslated = [
        m.id
        for m in catalogue
        if m.id
        and (
            m.fuzzy
            or not m.string
            or (isinstance(m.string, tuple) and not all(m.string))
            or (m.string == m.id and m.context is None and not m.id.isupper())
        )
    ]
    # The same words in both languages, on purpose: ids, units and JSON's own names.
    same = {"ID", "{seconds} s", "true/false", "{prog}: error: {message}", "Total {total}"}
    same |= {"{hours} h", "{hours} h {minutes} min", "{minutes} min", "NAME"}
    assert [m for m in untranslated if m not in same] == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_plural_forms_are_declared_and_every_form_is_given(language) -> None:
    catalogue = _catalogue(language)
    assert catalogue.plural_forms == "nplurals=2; plural=(n != 1);"
    plurals = [m for m in catalogue if m.id and isinstance(m.id, tuple)]
    assert len(plurals) > 10
    for message in plurals:
        assert len(message.string) == catalogue.num_plurals, message.id
        assert all(form.strip() for form in message.string), message.id


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_translation_keeps_the_placeholders(language) -> None:
    wrong = []
    for message in _catalogue(language):
        if not message.id:
            continue
        sources = message.id if isinstance(message.id, tuple) else (message.id,)
        texts = message.string if isinstance(message.string, tuple) else (message.string,)
        wanted = sorted(set(PLACEHOLDER.findall(sources[-1])))
        for text in texts:
            if sorted(set(PLACEHOLDER.findall(text))) != wanted:
                wrong.append((message.id, text))
            if text.startswith(" ") != sources[0].startswith(" "):  # " (your setting)"
                wrong.append((message.id, text))
            if "%" in text and not PLACEHOLDER.search(text):  # argparse %-formats help
                wrong.append((message.id, text))
    assert wrong == []


def test_updating_again_changes_no_file(tmp_path, monkeypatch) -> None:
    """No line numbers, the header's dates kept: the files change only when words do."""
    tool = _tool("update_translations")
    copy = tmp_path / "locale"
    shutil.copytree(LOCALE, copy, ignore=shutil.ignore_patterns("*.mo"))
    monkeypatch.setattr(tool, "LOCALE", copy)
    monkeypatch.setattr(tool, "TEMPLATE", copy / "supple.pot")
    assert tool.update_catalogues() == []
    text = (copy / "de" / "LC_MESSAGES" / "supple.po").read_text("utf-8")
    assert "#: " not in text  # no locations


@pytest.fixture(scope="module")
def compiled(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("mo")
    written = _tool("compile_catalogues").compile_all(out)
    assert sorted(p.relative_to(out).as_posix() for p in written) == [
        "de/LC_MESSAGES/supple.mo",
        "es/LC_MESSAGES/supple.mo",
    ]
    return out


@pytest.mark.parametrize(
    ("language", "options", "step"), [("de", "Optionen", "Schritte"), ("es", "opciones", "pasos")]
)
def test_the_compiled_catalogue_translates(compiled, monkeypatch, language, options, step) -> None:
    monkeypatch.setattr(i18n, "PACKAGE_LOCALE", compiled)
    assert i18n.set_language(language) == language
    assert i18n.gettext("options") == options
    assert i18n.ngettext("{n} step", "{n} steps", 3).format(n=3) == f"3 {step}"
    assert i18n.gettext("no such words") == "no such words"
    assert i18n.number(3600) == "3.600"


def test_a_region_finds_its_language(compiled, monkeypatch) -> None:
    monkeypatch.setattr(i18n, "PACKAGE_LOCALE", compiled)
    assert i18n.set_language("de_AT.UTF-8") == "de"
    assert i18n.set_language("es-MX") == "es"
    assert i18n.candidates("pt-BR") == ["pt_BR", "pt"]
    assert i18n.candidates("C") == [] and i18n.candidates("en_GB") == []


@pytest.mark.parametrize("tag", ["fr", "en", "C", "", "xx-YY"])
def test_a_language_without_a_catalogue_is_english(compiled, monkeypatch, tag) -> None:
    monkeypatch.setattr(i18n, "PACKAGE_LOCALE", compiled)
    assert i18n.set_language(tag) == "en"
    assert i18n.gettext("options") == "options"
    assert i18n.number(3600) == "3,600"


def test_a_missing_mo_file_is_english(tmp_path, monkeypatch) -> None:
    empty = tmp_path / "locale"
    (empty / "es" / "LC_MESSAGES").mkdir(parents=True)
    monkeypatch.setattr(i18n, "PACKAGE_LOCALE", empty)
    assert i18n.catalogue_dir() is None  # no .mo and no .po: nothing to read
    assert i18n.set_language("es") == "en"
    assert i18n.ngettext("{n} step", "{n} steps", 2) == "{n} steps"


@pytest.mark.parametrize(
    "damage", [b"", b"not a catalogue at all", b"\x95\x04\x12\xde" + b"\0" * 8]
)
def test_a_damaged_mo_file_is_english(tmp_path, monkeypatch, damage) -> None:
    folder = tmp_path / "locale"
    mo = folder / "de" / "LC_MESSAGES" / "supple.mo"
    mo.parent.mkdir(parents=True)
    mo.write_bytes(damage)
    monkeypatch.setattr(i18n, "PACKAGE_LOCALE", folder)
    assert i18n.set_language("de") == "en"
    assert i18n.gettext("options") == "options"


def test_a_source_checkout_compiles_into_the_cache_once(supple_home) -> None:
    folder = i18n.catalogue_dir()
    assert folder == supple_home / "cache" / "locale"
    mo = folder / "de" / "LC_MESSAGES" / "supple.mo"
    stamp = mo.stat().st_mtime_ns
    assert i18n.catalogue_dir() == folder
    assert mo.stat().st_mtime_ns == stamp  # not compiled again
    assert i18n.set_language("de") == "de"


# -- the loader's counts, singular and plural, in each language ------------------------------

COUNTS = {
    "en": ("1 second is out of range (10–3,600 seconds)", "5 seconds is out of range"),
    "de": (
        "1 Sekunde liegt außerhalb des Bereichs (10–3.600 Sekunden)",
        "5 Sekunden liegen außerhalb des Bereichs",
    ),
    "es": (
        "1 segundo está fuera del rango (10–3.600 segundos)",
        "5 segundos están fuera del rango",
    ),
}


@pytest.mark.parametrize("language", sorted(COUNTS))
def test_a_loader_problem_counts_in_each_language(supple_home, language) -> None:
    from supple.routine import RoutineError
    from supple.routine.parse import routine_from_document

    i18n.set_language(language)
    problems = []
    for every in (1, 5):
        doc = minimal_doc()
        doc["steps"][0]["cues"] = [{"text": "Breathe.", "every": every}]
        with pytest.raises(RoutineError) as caught:
            routine_from_document(doc)
        problems.append(caught.value.lines()[0])
    one, five = COUNTS[language]
    assert problems[0].endswith(f"steps[0].cues[0].every: {one}"), problems[0]
    assert f"steps[0].cues[0].every: {five}" in problems[1], problems[1]


# -- a real `supple`, as a person runs it ------------------------------------------------------


def test_supple_list_and_help_in_german_from_lang() -> None:
    env = _env(LANG="de_DE.UTF-8")
    listed = run_cli("list", env=env)
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.splitlines()[0].split() == ["ID", "TITEL", "CA.", "HERKUNFT"]
    assert "mitgeliefert: " in listed.stdout
    helped = run_cli("--help", env=env)
    assert helped.returncode == 0, helped.stderr
    assert helped.stdout.startswith("Aufruf: supple")
    assert "Optionen:" in helped.stdout and "diese Hilfe zeigen und beenden" in helped.stdout
    assert "Routinedateien und exportierte Pakete prüfen" in helped.stdout
    assert "show this help" not in helped.stdout and "usage:" not in helped.stdout


def test_supple_plan_names_the_verbosity_in_the_locales_words() -> None:
    """The header says the verbosity as the Settings dialog does; the JSON keeps the
    --verbosity values."""
    german = run_cli("plan", "desk-break", "--estimate", env=_env(LANG="de_DE.UTF-8"))
    assert german.returncode == 0, german.stderr
    assert "Ansagen voll (Ihre Einstellung)" in german.stdout
    spanish = run_cli(
        "plan", "desk-break", "--estimate", "--verbosity", "counts", env=_env(LANG="es_ES.UTF-8")
    )
    assert spanish.returncode == 0, spanish.stderr
    assert "avisos solo conteo," in spanish.stdout
    as_json = run_cli("plan", "desk-break", "--json", "--estimate", env=_env(LANG="de_DE.UTF-8"))
    assert json.loads(as_json.stdout)["pacing"]["verbosity"] == "full (your setting)"


def test_supple_help_and_errors_in_spanish_from_language() -> None:
    env = _env(LANGUAGE="es", LANG="de_DE.UTF-8")  # LANGUAGE comes first, as in gettext
    helped = run_cli("plan", "--help", env=env)
    assert helped.returncode == 0, helped.stderr
    assert helped.stdout.startswith("uso: supple plan")
    assert "argumentos posicionales:" in helped.stdout and "opciones:" in helped.stdout
    assert "qué avisos se dicen (por defecto: tu ajuste)" in helped.stdout
    wrong = run_cli("plan", env=env)
    assert wrong.returncode == 2
    assert "supple plan: error: faltan estos argumentos obligatorios: ROUTINE" in wrong.stderr
    rate = run_cli("plan", "desk-break", "--rate", "9", env=env)
    assert rate.returncode == 2
    assert "9 está fuera de 60-400 palabras por minuto" in rate.stderr


def test_the_option_wins_over_the_locale(tmp_path) -> None:
    done = run_cli("plan", "--help", "--language", "de", env=_env(LANG="es_ES.UTF-8"))
    assert done.stdout.startswith("Aufruf: supple plan")


@pytest.mark.parametrize(
    ("env", "one", "five"),
    [
        ({"LANG": "de_DE.UTF-8"}, "1 Sekunde liegt außerhalb", "5 Sekunden liegen außerhalb"),
        ({"LANGUAGE": "es", "LANG": "es_ES.UTF-8"}, "1 segundo está fuera", "5 segundos están"),
        ({"LANG": "C.UTF-8"}, "1 second is out of range", "5 seconds is out of range"),
    ],
)
def test_supple_check_says_a_loader_problem_in_the_locales_language(
    tmp_path, env, one, five
) -> None:
    files = []
    for every in (1, 5):
        doc = minimal_doc()
        doc["steps"][0]["cues"] = [{"text": "Breathe.", "every": every}]
        files.append(str(write_json(tmp_path / f"every-{every}.json", doc)))
    done = run_cli("check", *files, env=_env(**env))
    assert done.returncode == 1
    lines = done.stdout.splitlines()
    assert one in lines[0] and five in lines[1], done.stdout


def test_supple_without_a_catalogue_speaks_english(tmp_path) -> None:
    """An installed copy whose .mo files are gone (or a checkout without Babel): English."""
    probe = (
        "import sys, supple.i18n as i18n\n"
        f"i18n.PACKAGE_LOCALE = __import__('pathlib').Path({str(tmp_path)!r})\n"
        "from supple.cli.main import main\n"
        "raise SystemExit(main(['--help']))\n"
    )
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        env=_env(LANG="de_DE.UTF-8"),
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("usage: supple") and "options:" in done.stdout


def test_the_settings_notes_are_said_in_the_language_chosen_after_reading(supple_home) -> None:
    """The windows read the settings file before they know their language (it is in it):
    its notes are said again once the catalogue follows the choice."""
    from supple import settings

    path = supple_home / "settings.json"
    path.write_text('{"rate": "fast", "ui_language": "de"}', "utf-8")
    loaded = settings.load(path)
    assert loaded.notes == ["setting 'rate' should be a number; using the default"]
    i18n.set_language(loaded.settings.ui_language)
    assert loaded.notes_now() == [
        "Einstellung 'rate' sollte eine Zahl sein; der Standardwert wird verwendet"
    ]
    folder = supple_home / "a-folder.json"
    folder.mkdir()
    refused = settings.load(folder)
    assert refused.notes_now()[0].endswith(
        f"sie ist ein Ordner, keine normale Datei; sie wurde als {refused.moved_to} beiseitegelegt"
    )


def test_a_history_error_in_spanish(supple_home) -> None:
    from supple.history.history_error import describe

    i18n.set_language("es")
    error = describe(PermissionError(13, "Permission denied"), supple_home / "h.sqlite3", "read")
    assert str(error).startswith(f"No se pudo leer el archivo de historial {supple_home}")


def test_a_picture_too_slow_to_draw_is_refused_in_german(supple_home) -> None:
    """The windows' own refusal (ui/kit/picture_render.py) goes through the catalogue as
    the picture reader's do, with its count."""
    from supple.ui.kit.picture_render import _too_slow

    i18n.set_language("de")
    assert str(_too_slow(5.0)) == "bräuchte länger als 5 Sekunden zum Zeichnen"
    assert str(_too_slow(1.0)) == "bräuchte länger als 1 Sekunde zum Zeichnen"
    i18n.set_language("en")
    assert str(_too_slow(0.2)) == "would take longer than 1 second to draw"
