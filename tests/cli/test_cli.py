"""The command line, run as a person would: a real subprocess."""

from __future__ import annotations

import json
from pathlib import Path

from helpers import BUNDLED, minimal_doc, png_header_only, run_cli, write_json

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
    assert f"{good}: ok (test-routine, 1 step)" in lines
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


def test_a_mistyped_option_is_a_usage_error_not_a_window() -> None:
    """No display here, so a window that tried to open would exit 1 with another message."""
    no_display = {"QT_QPA_PLATFORM": "", "DISPLAY": "", "WAYLAND_DISPLAY": ""}
    for mistake in (["--verison"], ["-x"], ["-platform", "offscreen", "--bogus"]):
        result = run_cli(*mistake, env=no_display)
        assert result.returncode == 2, (mistake, result.stderr)
        assert result.stderr.startswith("usage: supple")
        assert f"error: unrecognised arguments: {mistake[-1]}" in result.stderr
        assert "desktop session" not in result.stderr


def test_qt_options_still_go_to_the_window() -> None:
    from supple.cli.parser import split_qt_options

    qt, ours = split_qt_options(["-platform", "offscreen", "--style=fusion", "-reverse", "-x"])
    assert qt == ["-platform", "offscreen", "--style=fusion", "-reverse"]
    assert ours == ["-x"]
    # A window asked for without a display: it is the window's message, not a usage error.
    no_display = {"QT_QPA_PLATFORM": "", "DISPLAY": "", "WAYLAND_DISPLAY": ""}
    result = run_cli("-style", "fusion", env=no_display)
    assert result.returncode == 1
    assert "desktop session" in result.stderr


def test_plan_shows_an_open_hold_as_open(user_routines: Path) -> None:
    doc = minimal_doc(steps=[{"title": "As long as you can", "hold": {"open": True}}])
    path = write_json(user_routines / "open.json", doc)
    full = json.loads(run_cli("plan", str(path), "--json").stdout)
    assert [s["duration"] for s in full["segments"] if s["kind"] == "hold"] == [None]


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
    assert all(s["duration"] is not None for s in segments)  # hands-free: no open hold
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


ESC = "\x1b"


def _no_terminal_controls(text: str) -> bool:
    return not any((ord(c) < 32 and c != "\n") or 0x7F <= ord(c) <= 0x9F for c in text)


def test_escape_codes_in_a_file_cannot_fake_a_check(tmp_path: Path) -> None:
    """An unknown field named to erase the line and print "ok" over the failure."""
    trick = "\r" + ESC + "[2Kx.json: ok (x, 1 steps)\n" + "\x9b2K" + "\u202e"
    bad = write_json(tmp_path / "x.json", minimal_doc(**{trick: 1}))
    result = run_cli("check", str(bad))
    assert result.returncode == 1
    assert _no_terminal_controls(result.stdout + result.stderr)
    (line,) = result.stdout.splitlines()  # the newline in the key is no second line
    assert line.startswith(f"{bad}: \\r\\x1b[2Kx.json: ok (x, 1 steps)\\n\\u009b2K\\u202e")
    assert line.endswith("unknown field (allowed: " + line.split("(allowed: ")[1])


def test_escape_codes_in_a_file_name_and_in_list(supple_home: Path) -> None:
    routines = supple_home / "routines"
    routines.mkdir()
    write_json(routines / ("bad" + ESC + "]0;pwned\x07.json"), minimal_doc(**{ESC + "[31m": 1}))
    result = run_cli("list", env={"SUPPLE_HOME": str(supple_home)})
    assert result.returncode == 0, result.stderr
    assert _no_terminal_controls(result.stdout)
    assert "bad\\x1b]0;pwned\\x07.json" in result.stdout
    assert "\\x1b[31m: unknown field" in result.stdout
    listed = run_cli("list", "--json", env={"SUPPLE_HOME": str(supple_home)})
    assert _no_terminal_controls(listed.stdout)
    json.loads(listed.stdout)  # still JSON


def test_the_escaping_stream_keeps_json_and_csv_intact() -> None:
    import io

    from supple.cli.format import EscapingStream, printable

    out = io.StringIO()
    stream = EscapingStream(out)  # type: ignore[arg-type]
    document = json.dumps({"title": "a\x9bb\u2028c", "x": "\x1b"}, ensure_ascii=False)
    stream.write(document + "\n" + "id,title\r\n1,\x1b[2J\r\n")
    shown = out.getvalue()
    assert json.loads(shown.splitlines()[0]) == {"title": "a\x9bb\u2028c", "x": "\x1b"}
    assert shown.endswith("id,title\r\n1,\\x1b[2J\r\n")
    assert printable("plain: é ñ 😀") == "plain: é ñ 😀"


def test_csv_is_exact_into_a_file_and_escaped_on_a_terminal() -> None:
    import io
    import os
    import pty

    from supple.cli.format import EscapingStream, data_stream

    row = "1,\tTabbed \x1b[2J\r\n"
    into_file = io.StringIO()
    data_stream(EscapingStream(into_file)).write(row)  # type: ignore[arg-type]
    assert into_file.getvalue() == row  # a value arrives as stored
    leader, follower = pty.openpty()
    try:
        with os.fdopen(follower, "w", closefd=False) as terminal:
            data_stream(EscapingStream(terminal)).write(row)
        shown = os.read(leader, 1000).decode()
    finally:
        os.close(leader)
        os.close(follower)
    assert "\x1b" not in shown and "\\x1b[2J" in shown and "\\tTabbed" in shown


def test_list_says_when_files_were_left_unread(supple_home: Path) -> None:
    """The real cap (5,000): two files past it are named as not listed, not dropped silently."""
    from supple.routine.library import MAX_USER_FILES

    routines = supple_home / "routines"
    routines.mkdir()
    for i in range(MAX_USER_FILES + 2):
        (routines / f"r{i:05d}.json").write_text("{}", encoding="utf-8")
    result = run_cli("list", env={"SUPPLE_HOME": str(supple_home)}, timeout=120)
    assert result.returncode == 0, result.stderr
    assert f"Note: Only the first {MAX_USER_FILES:,} routine files in {routines}" in result.stdout
    assert "2 more are not listed" in result.stdout
    assert "r05001.json" not in result.stdout and "r04999.json" in result.stdout


def test_check_reads_inside_a_package_the_app_exported(tmp_path: Path) -> None:
    import zipfile

    from supple.routine import load_routine
    from supple.routine.transfer import export_routine

    (tmp_path / "src").mkdir()
    png_header_only(tmp_path / "src" / "pose.png", 40, 30)
    doc = minimal_doc(
        id="mine",
        steps=[
            {"title": "Pose", "hold": {"seconds": 9}, "illustration": "pose.png"},
            {"title": "Cat", "hold": {"seconds": 5}, "illustration": "pose:cat"},
        ],
    )
    source = write_json(tmp_path / "src" / "mine.json", doc)
    package = export_routine(load_routine(source), tmp_path / "mine.zip")
    result = run_cli("check", str(package))
    assert result.returncode == 0, result.stdout
    assert result.stdout.splitlines() == [f"{package}: ok (mine, 2 steps; 2 members checked)"]
    assert "binary" not in result.stdout

    # What is inside is checked: a bad routine member, or a picture that is no picture.
    def altered(name: str, routine: bool) -> Path:
        out = tmp_path / name
        with zipfile.ZipFile(package) as good, zipfile.ZipFile(out, "w") as bad:
            for info in good.infolist():
                data = good.read(info)
                if info.filename == "routine.json" and routine:
                    changed = json.loads(data)
                    changed["steps"][1]["hold"] = {"seconds": -1}
                    data = json.dumps(changed).encode()
                elif info.filename != "routine.json" and not routine:
                    data = b"not a picture at all"
                bad.writestr(info.filename, data)
        return out

    bad_routine, bad_picture = altered("r.zip", True), altered("p.zip", False)
    result = run_cli("check", str(bad_routine), str(bad_picture))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert any(
        line.startswith(f"{bad_routine}: steps[1].hold.seconds: routine.json: ") for line in lines
    ), lines
    assert any(line.startswith(f"{bad_picture}: steps[0].illustration") for line in lines), lines
    assert not any(": ok" in line for line in lines)
    assert "Traceback" not in result.stderr + result.stdout
