"""A data folder on a read-only disk (a locked USB stick) and on a full disk still shows
its history, in ``supple history`` and in the app, and nothing is written there.

The folders are real read-only and full file systems (see tests/support/mounts.py):
SQLite's WAL mode needs a -shm file beside the database, which can be made on
neither, so a plain open fails there ("unable to open", "disk I/O error").
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from mounts import run_on_full_disk, run_read_only

from supple.history import open_store
from supple.history.session_rows import UTC
from supple.session import Outcome

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="Linux mount namespaces")

START = datetime(2024, 3, 26, 7, 0, tzinfo=UTC)  # ISO week 2024-W13
CLI = [sys.executable, "-m", "supple", "history"]

# A copy of the app that recorded three sessions and was then killed: they are in
# the -wal file only (never checkpointed into the database file).
CRASHED_WRITER = """
import os, sys
from datetime import datetime, timedelta
from supple.history import open_store
from supple.history.session_rows import UTC
from supple.session import Outcome
opened = open_store()
start = datetime(2024, 3, 26, 7, 0, tzinfo=UTC)
for day in range(3):
    sid = opened.store.begin_session(routine_id="walk", title=f"Walk {day}", routine_hash="",
                                     planned_seconds=600, steps_total=3,
                                     started_at=start + timedelta(days=day))
    opened.store.update_session(sid, active_seconds=300 + day, steps_completed=3,
                                steps_skipped=0, outcome=Outcome.FINISHED,
                                at=start + timedelta(days=day, minutes=6))
os._exit(0)  # like a kill: nothing closed, nothing checkpointed
"""


def _closed_cleanly(home: Path) -> None:
    opened = open_store(home / "history.sqlite3")
    try:
        for day in range(3):
            sid = opened.store.begin_session(
                routine_id="walk",
                title=f"Walk {day}",
                routine_hash="",
                planned_seconds=600,
                steps_total=3,
                started_at=START + timedelta(days=day),
            )
            opened.store.update_session(
                sid,
                active_seconds=300 + day,
                steps_completed=3,
                steps_skipped=0,
                outcome=Outcome.FINISHED,
                at=START + timedelta(days=day, minutes=6),
            )
    finally:
        opened.store.close()
    assert sorted(p.name for p in home.iterdir()) == ["history.sqlite3"]  # no -wal, no -shm


def _crashed(home: Path) -> None:
    env = dict(os.environ, SUPPLE_HOME=str(home))
    result = subprocess.run([sys.executable, "-c", CRASHED_WRITER], env=env, capture_output=True)
    assert result.returncode == 0, result.stderr
    wal = home / "history.sqlite3-wal"
    assert wal.stat().st_size > 0  # the sessions are in the -wal only
    conn = sqlite3.connect(f"file:{home / 'history.sqlite3'}?immutable=1", uri=True)
    try:  # the database file alone does not have them
        assert conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()[0] == 0
    finally:
        conn.close()


def _snapshot(home: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(home.iterdir())}


def _assert_lists_three(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    import csv
    import io

    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["title"] for r in rows] == ["Walk 0", "Walk 1", "Walk 2"]
    assert [r["active_seconds"] for r in rows] == ["300.000", "301.000", "302.000"]


@pytest.mark.parametrize("left", ["closed cleanly", "crashed", "crashed, no -shm"])
def test_supple_history_reads_a_read_only_disk(supple_home: Path, left: str) -> None:
    if left == "closed cleanly":
        _closed_cleanly(supple_home)
    else:
        _crashed(supple_home)
        if left == "crashed, no -shm":
            (supple_home / "history.sqlite3-shm").unlink()
    before = _snapshot(supple_home)
    env = dict(os.environ, SUPPLE_HOME=str(supple_home))
    result = run_read_only(supple_home, [*CLI, "--csv"], env=env, timeout=60)
    _assert_lists_three(result)
    week = run_read_only(supple_home, [*CLI, "--week", "2024-W13"], env=dict(env, TZ="UTC"))
    assert week.returncode == 0, week.stderr
    assert "in 3 sessions" in week.stdout
    assert _snapshot(supple_home) == before  # not a byte written


def test_the_mount_is_really_read_only_even_for_root(supple_home: Path) -> None:
    """The test's premise: writing there fails with EROFS, whoever runs it."""
    result = run_read_only(supple_home, ["sh", "-c", f"touch {supple_home}/x"])
    assert result.returncode != 0 and "Read-only file system" in result.stderr


def test_supple_history_reads_on_a_full_disk(supple_home: Path, tmp_path: Path) -> None:
    staged = tmp_path / "staged"
    staged.mkdir()
    _closed_cleanly(staged)
    env = dict(os.environ, SUPPLE_HOME=str(supple_home))
    probe = run_on_full_disk(supple_home, staged, ["sh", "-c", f"df -k {supple_home} | tail -1"])
    assert probe.returncode == 0 and " 100% " in probe.stdout  # the disk really is full
    result = run_on_full_disk(supple_home, staged, [*CLI, "--csv"], env=env, timeout=60)
    _assert_lists_three(result)


APP_CHILD = """
import json, sys
from datetime import date
from PySide6.QtWidgets import QApplication
from supple.history import HistoryWorker, SessionRecorder
from supple.history.week import Week
from supple.routine import resolve_routine
from supple.settings import Settings
from supple.ui.history.history_link import gui_deliver
from supple.ui.history.history_page import HistoryPage

app = QApplication([])
notices, errors = [], []
worker = HistoryWorker(deliver=gui_deliver(), on_notice=notices.append).start()
worker.wait_ready()
page = HistoryPage(worker, Settings(), first_weekday=1, today=lambda: date(2024, 3, 31))
page.show_week(Week(date(2024, 3, 25)))
worker.wait_idle()
app.processEvents()
recorder = SessionRecorder(worker, on_error=errors.append)
recorder.started(resolve_routine("lower-back-spasm-relief"), 600, 5)
worker.wait_idle()
app.processEvents()
titles = [page.table.topLevelItem(i).text(1) for i in range(page.table.topLevelItemCount())]
print(json.dumps({"titles": titles, "notices": notices, "errors": errors,
                  "page_notice": page.notice.text(), "sessions": page.summary.session_count}))
worker.close()
"""


@pytest.mark.slow
def test_the_app_shows_the_history_of_a_read_only_disk(supple_home: Path) -> None:
    _crashed(supple_home)
    before = _snapshot(supple_home)
    env = dict(os.environ, SUPPLE_HOME=str(supple_home), QT_QPA_PLATFORM="offscreen", TZ="UTC")
    result = run_read_only(supple_home, [sys.executable, "-c", APP_CHILD], env=env, timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]
    data = json.loads(result.stdout.strip().splitlines()[-1])
    assert data["sessions"] == 3
    assert sorted(data["titles"]) == ["Walk 0", "Walk 1", "Walk 2"]
    (notice,) = data["notices"]  # said once: why, and that the history is still shown
    assert "read-only" in notice and "history is shown" in notice
    assert "read-only" in data["page_notice"]
    (error,) = data["errors"]  # the session that could not be written, said once
    assert "read-only" in error and "not saved yet" in error
    assert _snapshot(supple_home) == before


def test_a_damaged_file_on_a_read_only_disk_promises_no_move(supple_home: Path) -> None:
    (supple_home / "history.sqlite3").write_bytes(b"not a database" * 100)
    env = dict(os.environ, SUPPLE_HOME=str(supple_home))
    result = run_read_only(supple_home, CLI, env=env, timeout=60)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "damaged" in result.stderr and "read-only" in result.stderr
    assert "cannot move the damaged file aside" in result.stderr
    assert "moves the damaged file aside" not in result.stderr


FULL_DISK_CHILD = """
import json, os, sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
from supple.history import HistoryWorker, SessionRecorder, open_for_reading
from supple.routine import resolve_routine
from supple.session import Outcome

home = Path(os.environ["SUPPLE_HOME"])
notices, errors = [], []
worker = HistoryWorker(on_notice=notices.append, reopen_seconds=0.0).start()
worker.wait_ready()
shown = []
worker.submit(lambda store: len(store.all_sessions()), shown.append)
wall = [datetime(2024, 4, 2, 7, 0, tzinfo=timezone.utc)]
recorder = SessionRecorder(worker, on_error=errors.append, now=lambda: wall[0])
recorder.started(resolve_routine("lower-back-spasm-relief"), 600, 5)
recorder.ended(None, Outcome.STOPPED)
worker.wait_idle()
unsaved_while_full = recorder.unsaved
for name in (".filler", ".filler2", ".filler3"):  # space comes back
    if (home / name).exists():
        os.remove(home / name)
wall[0] += timedelta(seconds=10)
recorder.retry()
worker.wait_idle()
worker.close()
store = open_for_reading()
titles = [s.title for s in store.all_sessions()]
store.close()
print(json.dumps({"notices": notices, "errors": errors, "shown": shown, "titles": titles,
                  "unsaved_while_full": unsaved_while_full, "unsaved": recorder.unsaved}))
"""


@pytest.mark.slow
def test_on_a_real_full_disk_the_session_waits_and_is_saved_when_space_returns(
    supple_home: Path, tmp_path: Path
) -> None:
    staged = tmp_path / "staged"
    staged.mkdir()
    _closed_cleanly(staged)
    env = dict(os.environ, SUPPLE_HOME=str(supple_home))
    result = run_on_full_disk(
        supple_home, staged, [sys.executable, "-c", FULL_DISK_CHILD], env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr[-3000:]
    data = json.loads(result.stdout.strip().splitlines()[-1])
    assert data["shown"] == [3]  # the history was shown from the full disk
    assert any("the disk is full" in n for n in data["notices"]), data
    (error,) = data["errors"]
    assert "the disk is full" in error and "not saved yet" in error
    assert data["unsaved_while_full"] == 1 and data["unsaved"] == 0
    assert data["titles"] == ["Walk 0", "Walk 1", "Walk 2", "Lower-back spasm relief"]
