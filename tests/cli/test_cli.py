"""The command line, run as a person would: a real subprocess."""

from __future__ import annotations

import json
from pathlib import Path

from helpers import BUNDLED, minimal_doc, run_cli, write_json

from supple import __version__


def test_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"supple {__version__}"


def test_list_shows_the_four_routines_and_broken_files(supple_home: Path) -> None:
    (supple_home / "routines").mkdir()
    (supple_home / "routines" / "broken.json").write_text("[1, 2", encoding="utf-8")
    result = run_cli("list", env={"SUPPLE_HOME": str(supple_home)})
    assert result.returncode == 0, result.stderr
    for rid in ("lower-back-spasm-relief", "quick-spasm-relief", "back-walk", "daily-back-care"):
        assert rid in result.stdout
    assert "INVALID" in result.stdout and "broken.json" in result.stdout
    assert "not valid JSON" in result.stdout
    assert "Traceback" not in result.stderr


def test_list_json(supple_home: Path) -> None:
    result = run_cli("list", "--json", env={"SUPPLE_HOME": str(supple_home)})
    data = json.loads(result.stdout)
    by_id = {item["id"]: item for item in data["routines"]}
    assert by_id["back-walk"]["estimated_seconds"] > 14 * 60
    assert all(item["valid"] for item in data["routines"])


def test_check_valid_files_exit_0() -> None:
    files = [str(p) for p in sorted(BUNDLED.glob("*.json"))]
    result = run_cli("check", *files)
    assert result.returncode == 0, result.stdout
    assert result.stdout.count(": ok") == len(files) == 5


def test_check_invalid_files_exit_1_with_every_problem(tmp_path: Path) -> None:
    bad = write_json(
        tmp_path / "bad.json",
        minimal_doc(id="BAD", steps=[{"title": "A", "hold": {"seconds": -1}}]),
    )
    good = write_json(tmp_path / "good.json", minimal_doc())
    result = run_cli("check", str(good), str(bad), str(tmp_path / "missing.json"))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert f"{good}: ok (test-routine, 1 steps)" in lines
    assert any(line.startswith(f"{bad}: id: ") for line in lines)
    assert any(line.startswith(f"{bad}: steps[0].hold.seconds: ") for line in lines)
    assert any(line.startswith(f"{tmp_path / 'missing.json'}: (document): ") for line in lines)
    assert "Traceback" not in result.stderr


def test_check_binary_and_hostile_input_never_traces(tmp_path: Path) -> None:
    binary = tmp_path / "bin.json"
    binary.write_bytes(bytes(range(256)) * 10)
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 50_000, encoding="utf-8")
    result = run_cli("check", str(binary), str(deep), str(tmp_path))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    assert result.stdout.count("(document)") == 3


def test_usage_errors_exit_2() -> None:
    assert run_cli("check").returncode == 2
    assert run_cli("frobnicate").returncode == 2
    assert run_cli("list", "--bogus").returncode == 2


def test_plan_table_and_json() -> None:
    table = run_cli("plan", "lower-back-spasm-relief")
    assert table.returncode == 0, table.stderr
    assert "Switch sides. Now the right side." in table.stdout
    assert "Total" in table.stdout
    full = json.loads(run_cli("plan", "lower-back-spasm-relief", "--json").stdout)
    assert full["routine"] == "lower-back-spasm-relief"
    segments = full["segments"]
    assert abs(sum(s["duration"] or 0 for s in segments) - full["total_seconds"]) < 1e-6
    assert set(segments[0]) == {
        "start", "duration", "kind", "step", "title", "side", "rep", "reps", "breath",
        "breaths", "frame", "cues",
    }  # fmt: skip
    assert segments[0]["kind"] == "lead-in" and segments[0]["side"] == "left"
    assert any(s["duration"] is None for s in segments)  # the open-ended hip lifts
    inhales = [s for s in segments if s["kind"] == "inhale" and s["step"] == 0]
    assert [s["breath"] for s in inhales[:8]] == list(range(1, 9))
    assert inhales[0]["breaths"] == 8 and inhales[0]["frame"] == "default"
    counts = json.loads(
        run_cli("plan", "lower-back-spasm-relief", "--json", "--verbosity", "counts").stdout
    )
    said = {c["text"] for s in counts["segments"] for c in s["cues"]}
    assert "3" in said and "Supine twist, left side first." not in said
    silent = json.loads(
        run_cli("plan", "lower-back-spasm-relief", "--json", "--verbosity", "silent").stdout
    )
    assert all(s["cues"] == [] for s in silent["segments"])


def test_plan_of_a_file_and_of_nothing(tmp_path: Path) -> None:
    path = write_json(tmp_path / "mine.json", minimal_doc(id="mine"))
    assert json.loads(run_cli("plan", str(path), "--json").stdout)["routine"] == "mine"
    missing = run_cli("plan", "no-such-routine")
    assert missing.returncode == 1 and "no routine with this id" in missing.stderr
    assert "Traceback" not in missing.stderr
    assert run_cli("plan", "back-walk", "--verbosity", "loud").returncode == 2


def test_plan_wraps_what_is_said_to_the_terminal() -> None:
    wide = run_cli("plan", "quick-spasm-relief", env={"COLUMNS": "1000"})
    narrow = run_cli("plan", "quick-spasm-relief", env={"COLUMNS": "100"})
    assert wide.returncode == 0 and narrow.returncode == 0, narrow.stderr
    table = narrow.stdout.split("\nAT ", 1)[1].split("\n\nTotal", 1)[0].splitlines()
    assert max(len(line) for line in table) <= 100
    assert max(len(line) for line in wide.stdout.splitlines()) > 100  # it did need wrapping
    # Nothing is lost: the words are all there, in order, only on more lines.
    def words(text: str) -> list[str]:
        rows = text.split("\nAT ", 1)[1].split("\n\nTotal", 1)[0].splitlines()[2:]
        return " ".join(rows).split()

    assert words(narrow.stdout) == words(wide.stdout)
