"""`supple list` and `supple plan` in the person's language: LANG (and LANGUAGE,
LC_ALL, LC_MESSAGES) or --language, run as a person runs them."""

from __future__ import annotations

import json

from helpers import run_cli

from supple.cli.language import locale_language
from supple.session.phrases import ENGLISH, TABLE


def test_the_locale_is_read_as_gettext_reads_it() -> None:
    assert locale_language({"LANG": "de_DE.UTF-8"}) == "de-DE"
    assert locale_language({"LC_ALL": "es_MX.UTF-8", "LANG": "de_DE.UTF-8"}) == "es-MX"
    assert locale_language({"LANGUAGE": "es:de", "LANG": "de_DE.UTF-8"}) == "es"
    assert locale_language({"LANGUAGE": "de", "LANG": "C.UTF-8"}) == "en"  # C ignores it
    assert locale_language({"LC_MESSAGES": "de_AT@euro"}) == "de-AT"
    assert locale_language({}) == "en"


def test_list_shows_the_titles_in_the_locales_language() -> None:
    german = run_cli("list", env={"LANG": "de_DE.UTF-8"})
    assert german.returncode == 0, german.stderr
    assert "Hilfe bei Hexenschuss" in german.stdout
    assert "Lower-back spasm relief" not in german.stdout
    english = run_cli("list")
    assert "Lower-back spasm relief" in english.stdout
    spanish = run_cli("list", "--language", "es", env={"LANG": "de_DE.UTF-8"})
    assert "Alivio del espasmo lumbar" in spanish.stdout  # the option wins


def test_list_json_names_the_language_shown_and_those_there_are() -> None:
    done = run_cli("list", "--json", "--language", "es")
    items = {item["id"]: item for item in json.loads(done.stdout)["routines"]}
    desk = items["desk-break"]
    assert desk["title"] == "Pausa del escritorio"
    assert desk["language"] == "es" and desk["languages"] == ["en", "de", "es"]


def test_plan_speaks_the_locales_language() -> None:
    done = run_cli("plan", "lower-back-spasm-relief", "--json", "--estimate", env={"LANG": "de_DE"})
    assert done.returncode == 0, done.stderr
    plan = json.loads(done.stdout)
    assert plan["language"] == "de"
    said = [cue["text"] for seg in plan["segments"] for cue in seg["cues"]]
    german = TABLE["de"]
    assert german.switch_sides("right") in said
    assert german.get_ready in said and german.complete in said
    assert plan["segments"][0]["title"] == "Liegende Drehung"
    assert not set(said) & set(ENGLISH.fixed())


def test_plan_table_in_spanish_and_the_option() -> None:
    done = run_cli("plan", "quick-spasm-relief", "--estimate", "--language", "es")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Alivio rápido del espasmo (quick-spasm-relief, es)")
    assert TABLE["es"].get_ready in done.stdout and "Repetición" in done.stdout
    assert ENGLISH.get_ready not in done.stdout and "Rep " not in done.stdout


def test_history_writes_dates_and_numbers_as_the_language_does() -> None:
    german = run_cli("history", "--week", "2026-W49", env={"LANG": "de_DE.UTF-8"})
    assert german.returncode == 0, german.stderr
    assert "(30. Nov - 06. Dez 2026)" in german.stdout
    assert "Mo 30.11.2026  0,0" in german.stdout and "So 06.12.2026" in german.stdout
    spanish = run_cli("history", "--week", "2026-W49", "--language", "es")
    assert "lun 30/11/2026  0,0" in spanish.stdout and "dic 2026" in spanish.stdout
    english = run_cli("history", "--week", "2026-W49")
    assert "Mon 2026-11-30  0.0" in english.stdout  # as it always was


def test_check_names_the_languages_and_a_translations_problems(tmp_path) -> None:
    from helpers import bundled_doc, write_json

    good = run_cli("check", "routines/desk-break.json")
    assert good.returncode == 0
    assert "ok (desk-break, 3 steps; in en, de, es)" in good.stdout
    doc = bundled_doc("desk-break")
    doc["translations"]["de"]["steps"][1].pop("cues")
    doc["translations"]["klingon!"] = doc["translations"].pop("es")
    bad = run_cli("check", str(write_json(tmp_path / "bad.json", doc)))
    assert bad.returncode == 1
    assert "translations.de.steps[1].cues: needs one text per timed cue" in bad.stdout
    assert "translations.klingon!: unknown language" in bad.stdout
