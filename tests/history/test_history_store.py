"""History on real SQLite files in a temporary SUPPLE_HOME (no Qt here)."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from helpers import PLAY_AND_RECORD, minimal_doc, run_cli

from supple import paths
from supple.history import (
    CURRENT_VERSION,
    HistoryCorrupt,
    HistoryError,
    HistoryTooNew,
    HistoryWorker,
    SessionRecorder,
    Week,
    export_csv,
    load_week,
    open_store,
    read_csv,
    routine_hash,
    summarize,
    to_csv,
)
from supple.history.migrations import V1_SCHEMA
from supple.history.session_rows import UTC, SessionRecord, to_db_time
from supple.history.week import local_midnight, streak_from
from supple.routine import routine_from_document
from supple.session import FakeClock, Outcome, Player, State, build_timeline

BERLIN = ZoneInfo("Europe/Berlin")


def three_steps_doc() -> dict[str, Any]:
    return minimal_doc(
        defaults={"lead_in": 5, "rest": 10},
        steps=[
            {"title": "One", "hold": {"seconds": 30}, "sides": "both"},
            {"title": "Two", "hold": {"seconds": 20}},
            {"title": "Three", "hold": {"seconds": 40}},
        ],
    )


def two_step_routine() -> Any:
    return routine_from_document(three_steps_doc())


def record(
    store: Any,
    start: datetime,
    minutes: float,
    *,
    outcome: Outcome = Outcome.FINISHED,
    title: str = "Morning",
    before: int | None = None,
    after: int | None = None,
) -> int:
    sid = store.begin_session(
        routine_id=title.lower(),
        title=title,
        routine_hash="h",
        planned_seconds=minutes * 60,
        steps_total=3,
        started_at=start,
        feel_before=before,
    )
    store.update_session(
        sid,
        active_seconds=minutes * 60,
        steps_completed=3,
        steps_skipped=0,
        outcome=outcome,
        at=start + timedelta(minutes=minutes),
    )
    if after is not None:
        store.set_checkin(sid, after=after)
    return sid


def run_player(player: Player, clock: FakeClock, recorder: SessionRecorder, seconds: float) -> None:
    t = 0.0
    while t < seconds - 1e-9:
        clock.advance(0.5)
        t += 0.5
        recorder.apply(player.poll(), player.report())


# -- recording a played session -------------------------------------------------------
def test_a_played_session_is_recorded_step_by_step(supple_home: Path) -> None:
    routine = two_step_routine()
    timeline = build_timeline(routine)
    clock = FakeClock()
    player = Player(timeline, clock)
    worker = HistoryWorker().start()
    errors: list[str] = []
    recorder = SessionRecorder(worker, on_error=errors.append, checkpoint_seconds=20)
    assert worker.wait_ready(30) and worker.available

    recorder.checkin_before(6, "stiff after the drive")
    player.start()
    recorder.started(routine, timeline.estimated_seconds, timeline.step_count)
    recorder.apply(player.poll(), player.report())
    # Lead-in 5 + both sides 30+5+30: step one ends at 70 s.
    run_player(player, clock, recorder, 72)
    assert worker.wait_idle(30)
    with sqlite3.connect(paths.history_db_path()) as conn:
        active, done, outcome, before = conn.execute(
            "SELECT active_seconds, steps_completed, outcome, feel_before FROM sessions"
        ).fetchone()
    assert done == 1 and outcome is None and before == 6
    assert 60 <= active <= 72  # written at step end and by the 20 s checkpoints

    player.pause()
    clock.advance(300)  # a long pause does not count
    recorder.apply(player.poll(), player.report())
    player.resume()
    run_player(player, clock, recorder, 15)  # through the rest, into step two
    player.skip_step()  # step two skipped
    recorder.apply(player.poll(), player.report())
    run_player(player, clock, recorder, 200)
    assert player.state is State.FINISHED
    recorder.checkin_after(3, "much looser")
    assert worker.wait_idle(30)
    worker.close()

    opened = open_store()
    try:
        (session,) = opened.store.all_sessions()
        report = player.report()
        assert session.outcome is Outcome.FINISHED
        assert session.active_seconds == pytest.approx(report.active_seconds)
        assert session.steps_completed == 2 and session.steps_skipped == 1
        assert session.steps_total == 3
        assert session.planned_seconds == timeline.estimated_seconds
        assert session.routine_hash == routine_hash(routine)
        assert session.feel_before == 6 and session.feel_after == 3
        assert session.note == "stiff after the drive / much looser"
        assert session.ended_at is not None and session.ended_at >= session.started_at
    finally:
        opened.store.close()
    assert errors == []


def test_checkpoints_follow_activity_not_polls(supple_home: Path) -> None:
    routine = two_step_routine()
    timeline = build_timeline(routine)
    clock = FakeClock()
    player = Player(timeline, clock)
    worker = HistoryWorker().start()
    recorder = SessionRecorder(worker, checkpoint_seconds=20)
    player.start()
    recorder.started(routine, timeline.estimated_seconds, timeline.step_count)
    writes = 0
    for _ in range(38):  # 19 s of activity: no checkpoint yet
        clock.advance(0.5)
        writes += recorder.tick(player.report())
    assert writes == 0
    clock.advance(1.5)
    assert recorder.tick(player.report()) is True
    assert recorder.tick(player.report()) is False
    worker.close()


def test_hash_changes_with_the_routine_content() -> None:
    a = two_step_routine()
    b = routine_from_document(minimal_doc(steps=[{"title": "Stand", "hold": {"seconds": 11}}]))
    c = routine_from_document(minimal_doc())
    assert routine_hash(a) != routine_hash(b) != routine_hash(c)
    assert routine_hash(c) == routine_hash(routine_from_document(minimal_doc()))


# -- migration --------------------------------------------------------------------------
def make_v1_file(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute(V1_SCHEMA)
    conn.execute("PRAGMA user_version = 1")
    conn.executemany(
        "INSERT INTO sessions (routine_id, title, started_at, ended_at, active_seconds,"
        " planned_seconds, steps_completed, steps_skipped, steps_total, outcome)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                "cat-cow",
                "Cat-cow",
                "2024-03-25T06:00:00.000000Z",
                "2024-03-25T06:10:00.000000Z",
                600.0,
                620.0,
                4,
                0,
                4,
                "finished",
            ),
            (
                "twist",
                "Supine twist",
                "2024-03-26T18:30:00.000000Z",
                "2024-03-26T18:34:00.000000Z",
                240.0,
                480.0,
                1,
                1,
                3,
                "stopped",
            ),
        ],
    )
    conn.commit()
    conn.close()


def test_a_version_1_file_is_backed_up_and_migrated(supple_home: Path) -> None:
    path = paths.history_db_path()
    make_v1_file(path)
    before = path.read_bytes()
    opened = open_store()
    try:
        assert opened.migrated_from == 1
        assert opened.backup is not None and opened.backup.exists()
        assert ".v1-backup-" in opened.backup.name
        # The backup is the untouched version-1 file.
        old = sqlite3.connect(opened.backup)
        try:
            assert old.execute("PRAGMA user_version").fetchone()[0] == 1
            assert old.execute("SELECT COUNT(*) FROM sessions").fetchone()[0] == 2
            assert old.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        finally:
            old.close()
        assert len(before) > 0
        sessions = opened.store.all_sessions()
        assert [s.title for s in sessions] == ["Cat-cow", "Supine twist"]
        assert sessions[0].active_seconds == 600.0 and sessions[0].outcome is Outcome.FINISHED
        assert sessions[1].steps_skipped == 1 and sessions[1].outcome is Outcome.STOPPED
        assert sessions[1].updated_at == sessions[1].ended_at  # filled by the migration
        assert sessions[0].routine_hash == "" and sessions[0].feel_before is None
        assert opened.store.conn.execute("PRAGMA user_version").fetchone()[0] == CURRENT_VERSION
        assert opened.store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        # And the new columns work.
        opened.store.set_checkin(sessions[0].id, before=5, after=2)
        assert opened.store.get(sessions[0].id).feel_after == 2  # type: ignore[union-attr]
    finally:
        opened.store.close()
    # Opening again migrates nothing and makes no second backup.
    again = open_store()
    again.store.close()
    assert again.backup is None and again.migrated_from is None
    assert len(list(path.parent.glob("*.v1-backup-*"))) == 1


def test_an_empty_file_becomes_a_whole_history(supple_home: Path) -> None:
    """A zero-byte file (a kill just after the file was made) is a new history, not damage."""
    path = paths.history_db_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"")
    opened = open_store()
    try:
        assert opened.moved_to is None and opened.backup is None
        assert opened.store.conn.execute("PRAGMA user_version").fetchone()[0] == CURRENT_VERSION
        assert opened.store.all_sessions() == []
        assert opened.store.integrity() == "ok"
    finally:
        opened.store.close()


def test_a_new_file_is_made_in_one_transaction(supple_home: Path, monkeypatch) -> None:
    """A failure part-way through making the schema leaves no half-made schema behind."""
    from supple.history import migrations

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE sessions ADD COLUMN first_half TEXT")
        raise sqlite3.OperationalError("disk I/O error (made up for the test)")

    original = migrations.MIGRATIONS
    monkeypatch.setattr(migrations, "MIGRATIONS", [broken])
    path = paths.history_db_path()
    with pytest.raises(HistoryError):
        open_store()
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 0
        assert not migrations.has_sessions_table(conn)
    finally:
        conn.close()
    # Not monkeypatch.undo(): that would also undo SUPPLE_HOME and open the real home's file.
    monkeypatch.setattr(migrations, "MIGRATIONS", original)
    opened = open_store()  # the next start makes the whole schema
    try:
        assert opened.moved_to is None
        assert opened.store.conn.execute("PRAGMA user_version").fetchone()[0] == CURRENT_VERSION
    finally:
        opened.store.close()


def test_a_file_from_a_newer_version_is_left_alone(supple_home: Path) -> None:
    path = paths.history_db_path()
    opened = open_store()
    opened.store.conn.execute(f"PRAGMA user_version = {CURRENT_VERSION + 1}")
    opened.store.close()
    data = path.read_bytes()
    with pytest.raises(HistoryTooNew, match="newer version"):
        open_store()
    assert path.read_bytes() == data


# -- crash safety -----------------------------------------------------------------------
CHILD = """
import sys, time
from supple.history import HistoryWorker, SessionRecorder
from supple.routine import resolve_routine
from supple.session import Player, build_timeline

worker = HistoryWorker().start()
worker.wait_ready()
recorder = SessionRecorder(worker, on_error=lambda t: print(t, file=sys.stderr, flush=True),
                           checkpoint_seconds=0.2)
routine = resolve_routine("lower-back-spasm-relief")
timeline = build_timeline(routine)
player = Player(timeline)  # the real monotonic clock: real time passes
player.start()
recorder.started(routine, timeline.estimated_seconds, timeline.step_count)
print("started", flush=True)
while True:
    time.sleep(0.02)
    recorder.apply(player.poll(), player.report())
"""


def _read_active(path: Path) -> float | None:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
        try:
            row = conn.execute("SELECT active_seconds FROM sessions").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return None if row is None else float(row[0])


@pytest.mark.slow
def test_a_killed_session_is_kept_and_marked_interrupted(supple_home: Path) -> None:
    path = paths.history_db_path()
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "started"
        # Let real time pass until a few checkpoints are on disk (a safety net, not a limit).
        deadline = time.monotonic() + 60
        while (_read_active(path) or 0.0) < 1.0:
            assert child.poll() is None, child.stderr.read() if child.stderr else ""
            assert time.monotonic() < deadline, "the child never wrote a checkpoint"
            time.sleep(0.05)
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
    assert child.returncode == -signal.SIGKILL

    raw = sqlite3.connect(path)
    try:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        (kept, outcome) = raw.execute("SELECT active_seconds, outcome FROM sessions").fetchone()
    finally:
        raw.close()
    assert outcome is None and kept >= 1.0

    opened = open_store()
    try:
        (session,) = opened.store.all_sessions()
        assert opened.interrupted == [session.id]
        assert session.outcome is Outcome.INTERRUPTED
        assert session.active_seconds == kept  # the time it had is kept
        assert session.ended_at == session.updated_at
        assert session.ended_at is not None and session.ended_at > session.started_at
        assert opened.store.integrity() == "ok"
    finally:
        opened.store.close()


def test_open_sessions_are_left_alone_when_only_reading(supple_home: Path) -> None:
    opened = open_store()
    sid = opened.store.begin_session(
        routine_id="r", title="R", routine_hash="", planned_seconds=60, steps_total=1
    )
    opened.store.close()
    reader = open_store(close_open_sessions=False)
    assert reader.store.get(sid).outcome is None  # type: ignore[union-attr]
    reader.store.close()


# -- corruption -------------------------------------------------------------------------
@pytest.mark.parametrize(
    "damage",
    ["garbage", "truncated"],
)
def test_a_damaged_file_is_moved_aside_and_a_fresh_one_made(supple_home: Path, damage: str) -> None:
    path = paths.history_db_path()
    if damage == "garbage":
        path.write_bytes(b"this is not a database at all\n" * 200)
    else:
        opened = open_store()
        for i in range(300):
            record(opened.store, datetime(2024, 1, 1, tzinfo=UTC) + timedelta(hours=i), 10)
        opened.store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        opened.store.close()
        data = path.read_bytes()
        path.write_bytes(data[:4096] + b"\xff" * 4096 + data[8192:12288])
    damaged = path.read_bytes()

    with pytest.raises(HistoryCorrupt):
        open_store(move_corrupt=False)
    assert path.read_bytes() == damaged  # reading never moves or changes it

    opened = open_store()
    try:
        assert opened.moved_to is not None and opened.moved_to.exists()
        assert ".corrupt-" in opened.moved_to.name
        assert opened.moved_to.read_bytes() == damaged
        assert str(opened.moved_to) in opened.notices()[0]
        assert opened.store.all_sessions() == []
        assert opened.store.integrity() == "ok"
    finally:
        opened.store.close()


def test_the_worker_reports_a_moved_file(supple_home: Path) -> None:
    path = paths.history_db_path()
    path.write_bytes(b"\x00garbage" * 100)
    notices: list[str] = []
    worker = HistoryWorker(on_notice=notices.append).start()
    assert worker.wait_ready(30)
    worker.close()
    assert len(notices) == 1 and ".corrupt-" in notices[0] and "new, empty" in notices[0]


# -- read-only folder -------------------------------------------------------------------
READONLY_CHILD = (
    """
import json, os, sys
from supple.history import HistoryWorker, SessionRecorder
from supple.routine import routine_from_document
from supple.session import FakeClock, Player, State, build_timeline

routine = routine_from_document(json.loads(sys.argv[1]))
# The app imports these lazily; this machine's interpreter lives under /root, which
# the ordinary user below cannot read, so load them first.
import csv, hashlib  # noqa: E401, F401
if os.geteuid() == 0:  # root ignores permissions: go on as an ordinary user
    os.setgid(65534)
    os.setuid(65534)

notices, errors = [], []
worker = HistoryWorker(on_notice=notices.append).start()
worker.wait_ready()
"""
    + PLAY_AND_RECORD
    + """print(json.dumps({"state": player.state.value, "notices": notices, "errors": errors,
                  "active": player.report().active_seconds}))
"""
)


@pytest.mark.slow
def test_a_read_only_folder_gives_a_clear_error_and_the_session_goes_on(
    tmp_path: Path,
) -> None:
    import tempfile

    outer = Path(tempfile.mkdtemp(prefix="supple-ro-"))
    try:
        outer.chmod(0o755)
        home = outer / "home"
        home.mkdir()
        home.chmod(0o555)
        env = dict(os.environ, SUPPLE_HOME=str(home), HOME=str(outer))
        result = subprocess.run(
            [sys.executable, "-c", READONLY_CHILD, json.dumps(three_steps_doc())],
            capture_output=True,
            text=True,
            env=env,
            cwd=str(outer),
            timeout=120,
        )
        assert result.returncode == 0, result.stderr
        data = json.loads(result.stdout.strip().splitlines()[-1])
        assert data["state"] == "finished"  # the player went on to the end
        assert data["active"] > 60
        (notice,) = data["notices"]
        assert str(home) in notice and "read-only" in notice and "will not be saved" in notice
        (error,) = data["errors"]  # said once, not at every write
        assert "not saved yet" in error
        assert not (home / "history.sqlite3").exists()
    finally:
        (outer / "home").chmod(0o755)
        import shutil

        shutil.rmtree(outer, ignore_errors=True)


def test_errors_never_raise_into_the_caller(supple_home: Path) -> None:
    # A folder where the file should be: opening fails, writes fail, nothing raises.
    paths.history_db_path().mkdir(parents=True)
    notices: list[str] = []
    errors: list[str] = []
    worker = HistoryWorker(on_notice=notices.append).start()
    recorder = SessionRecorder(worker, on_error=errors.append)
    routine = two_step_routine()
    recorder.started(routine, 100, 3)
    recorder.ended(None, Outcome.STOPPED)
    assert worker.wait_idle(30)
    worker.close()
    assert len(notices) == 1 and "history.sqlite3" in notices[0]
    assert len(errors) == 1


# -- weeks in local time ----------------------------------------------------------------
def test_week_boundaries_follow_daylight_saving_in_berlin() -> None:
    spring = Week.containing(date(2024, 3, 27), first_weekday=1)  # Mon 25 - Sun 31 March
    start, end = spring.utc_range(BERLIN)
    assert start == datetime(2024, 3, 24, 23, 0, tzinfo=UTC)  # CET: UTC+1
    assert end == datetime(2024, 3, 31, 22, 0, tzinfo=UTC)  # CEST: UTC+2
    assert end - start == timedelta(hours=167)
    autumn = Week.containing(date(2024, 10, 27), first_weekday=1)
    start, end = autumn.utc_range(BERLIN)
    assert end - start == timedelta(hours=169)


def test_sessions_land_on_their_local_day_across_the_change(supple_home: Path) -> None:
    opened = open_store()
    store = opened.store
    utc = lambda *a: datetime(*a, tzinfo=UTC)  # noqa: E731
    record(store, utc(2024, 3, 30, 23, 30), 10)  # Sun 31 Mar 00:30 CET
    record(store, utc(2024, 3, 31, 1, 30), 5)  # Sun 31 Mar 03:30 CEST (after the change)
    record(store, utc(2024, 3, 31, 21, 30), 20)  # Sun 31 Mar 23:30 CEST
    record(store, utc(2024, 3, 31, 22, 30), 7)  # Mon 1 Apr 00:30 CEST: next week
    record(store, utc(2024, 3, 24, 22, 59), 3)  # Sun 24 Mar 23:59 CET: previous week
    record(store, utc(2024, 3, 24, 23, 0), 4)  # Mon 25 Mar 00:00 CET: this week
    week = Week.containing(date(2024, 3, 31), first_weekday=1)
    summary = load_week(store, week, BERLIN, today=date(2024, 4, 2))
    minutes = [round(d.minutes) for d in summary.days]
    assert minutes == [4, 0, 0, 0, 0, 0, 35]
    assert summary.session_count == 4 and summary.minutes == pytest.approx(39)
    # A naive 24-hour bucketing from UTC would have put 23:30 CEST on Monday.
    nxt = load_week(store, week.next(), BERLIN, today=date(2024, 4, 2))
    assert [round(d.minutes) for d in nxt.days] == [7, 0, 0, 0, 0, 0, 0]

    # October: Sun 27 Oct has 25 hours; 23:30 local is 22:30 UTC.
    record(store, utc(2024, 10, 27, 0, 30), 6)  # 02:30 CEST, the first time
    record(store, utc(2024, 10, 27, 1, 30), 8)  # 02:30 CET, the second time
    record(store, utc(2024, 10, 27, 22, 30), 9)  # 23:30 CET
    record(store, utc(2024, 10, 27, 23, 0), 2)  # Mon 28 Oct 00:00 CET
    oct_week = load_week(store, Week(date(2024, 10, 21)), BERLIN, today=date(2024, 11, 1))
    assert [round(d.minutes) for d in oct_week.days] == [0, 0, 0, 0, 0, 0, 23]
    store.close()


def test_sunday_first_weeks_and_iso_weeks() -> None:
    week = Week.containing(date(2024, 3, 27), first_weekday=7)
    assert week.first == date(2024, 3, 24) and week.last == date(2024, 3, 30)
    assert Week.parse_iso("2024-W13").first == date(2024, 3, 25)
    assert Week.parse_iso("2020-W53").first == date(2020, 12, 28)
    for bad in ("2024-13", "2024-W54", "2023-W53", "W13", "2024-W1", ""):
        with pytest.raises(ValueError):
            Week.parse_iso(bad)
    assert local_midnight(date(2024, 3, 31), BERLIN) == datetime(2024, 3, 30, 23, tzinfo=UTC)


def test_streak_counts_days_in_a_row() -> None:
    tz = BERLIN

    def at(d: int, h: int = 8) -> datetime:
        return datetime(2024, 5, d, h, tzinfo=tz).astimezone(UTC)

    starts = [at(10, 20), at(10), at(9), at(8), at(6)]  # newest first
    assert streak_from(starts, date(2024, 5, 10), tz) == 3
    assert streak_from(starts, date(2024, 5, 11), tz) == 3  # today empty yet: still alive
    assert streak_from(starts, date(2024, 5, 11), tz, grace=False) == 0
    assert streak_from(starts, date(2024, 5, 12), tz) == 0
    assert streak_from(starts, date(2024, 5, 7), tz) == 1
    assert streak_from([], date(2024, 5, 7), tz) == 0


def test_week_totals_and_checkin_averages(supple_home: Path) -> None:
    opened = open_store()
    store = opened.store
    day = datetime(2024, 5, 6, 7, tzinfo=BERLIN)  # a Monday
    record(store, day, 10, before=6, after=3)
    record(store, day + timedelta(days=1), 15, before=4)
    record(store, day + timedelta(days=2), 0.5, outcome=Outcome.STOPPED)  # too short for streak
    record(store, day + timedelta(days=3), 12)
    record(store, day - timedelta(days=1), 10)  # Sunday before: part of the streak
    summary = load_week(store, Week(date(2024, 5, 6)), BERLIN, today=date(2024, 5, 9))
    assert summary.minutes == pytest.approx(37.5) and summary.session_count == 4
    assert summary.feel_before == pytest.approx(5.0) and summary.feel_after == pytest.approx(3.0)
    assert summary.checkins == 2
    assert summary.streak == 1  # Wednesday had only 30 s: the streak restarted Thursday
    store.delete_session(summary.days[3].sessions[0].id)
    assert load_week(store, Week(date(2024, 5, 6)), BERLIN, date(2024, 5, 9)).streak == 0
    store.close()


def test_deleted_sessions_are_hidden_restorable_then_purged(supple_home: Path) -> None:
    opened = open_store()
    sid = record(opened.store, datetime(2024, 5, 6, 7, tzinfo=UTC), 10)
    opened.store.delete_session(sid)
    assert opened.store.all_sessions() == []
    opened.store.restore_session(sid)
    assert [s.id for s in opened.store.all_sessions()] == [sid]
    opened.store.delete_session(sid)
    opened.store.close()
    again = open_store()  # the next start of the app
    assert again.store.conn.execute("SELECT COUNT(*) FROM sessions").fetchone()[0] == 0
    again.store.close()


# -- CSV -------------------------------------------------------------------------------
def test_csv_export_round_trips(supple_home: Path, tmp_path: Path) -> None:
    opened = open_store()
    store = opened.store
    record(store, datetime(2024, 3, 31, 0, 30, tzinfo=BERLIN), 12.25, before=7, after=4)
    sid = record(store, datetime(2024, 4, 1, 9, tzinfo=BERLIN), 3, outcome=Outcome.STOPPED)
    store.set_checkin(sid, note='Hüfte "tight", then\nbetter, really', stop_reason="hurt")
    store.begin_session(
        routine_id="x", title="Ünïcode, title", routine_hash="abc", planned_seconds=5, steps_total=1
    )
    sessions = store.all_sessions()
    target = tmp_path / "out" / "history.csv"
    target.parent.mkdir()
    assert export_csv(sessions, target, BERLIN) == 3
    text = target.read_text(encoding="utf-8-sig")
    assert read_csv(text) == [
        SessionRecord(**{**s.__dict__, "updated_at": s.ended_at or s.started_at}) for s in sessions
    ]
    assert "2024-03-31T00:30:00+01:00" in text  # local time beside UTC
    assert text.splitlines()[0].endswith(",note,stop_reason")  # the new column comes last
    assert [s.stop_reason for s in read_csv(text)] == ["", "hurt", ""]
    assert not list(target.parent.glob(".*.tmp"))  # the temporary file is gone
    with pytest.raises(ValueError, match="not a Supple history export"):
        read_csv("a,b\n1,2\n")
    store.close()


OLD_EXPORT = (  # as Supple wrote it before stop_reason was a column (history schema v4)
    "\ufeffid,routine_id,title,routine_hash,started_utc,ended_utc,started_local,"
    "active_seconds,planned_seconds,steps_completed,steps_skipped,steps_total,outcome,"
    "feel_before,feel_after,note\r\n"
    "7,cat-cow,Cat-cow,abc,2024-04-01T07:00:00Z,2024-04-01T07:03:00Z,"
    "2024-04-01T09:00:00+02:00,180.000,300.000,1,0,2,stopped,6,5,'=stiff\r\n"
)


def test_an_export_from_before_stop_reason_still_reads(supple_home: Path) -> None:
    (session,) = read_csv(OLD_EXPORT)
    assert (session.id, session.title, session.note) == (7, "Cat-cow", "=stiff")
    assert session.outcome is Outcome.STOPPED and session.active_seconds == 180.0
    assert session.stop_reason == ""
    # written again, it has the column, and reads back the same
    assert read_csv(to_csv([session])) == [session]
    assert to_csv([session]).splitlines()[1].endswith(",'=stiff,")


def test_an_unknown_stop_reason_names_its_row() -> None:
    header, row = to_csv([]).strip(), OLD_EXPORT.splitlines()[1]
    with pytest.raises(ValueError, match=r"row 2: stop_reason 'bored' is not one of hurt"):
        read_csv(f"{header}\r\n{row},bored\r\n")
    with pytest.raises(ValueError, match="not a Supple history export"):
        read_csv(OLD_EXPORT.replace(",note", ",note,reason"))


def test_csv_export_never_half_writes(supple_home: Path, tmp_path: Path) -> None:
    target = tmp_path / "history.csv"
    target.write_text("old export\n", encoding="utf-8")

    bad = [object()]
    with pytest.raises(AttributeError):
        export_csv(bad, target)  # type: ignore[arg-type]
    assert target.read_text(encoding="utf-8") == "old export\n"


# -- command line ----------------------------------------------------------------------
def test_cli_history_week_json_and_csv(supple_home: Path) -> None:
    opened = open_store()
    record(opened.store, datetime(2024, 3, 26, 7, tzinfo=UTC), 10, title="Cat-cow")
    record(opened.store, datetime(2024, 3, 26, 18, tzinfo=UTC), 5, title="Twist")
    record(opened.store, datetime(2024, 3, 28, 7, tzinfo=UTC), 20, title="Cat-cow")
    opened.store.close()
    result = run_cli("history", "--week", "2024-W13", "--json", env={"TZ": "UTC"})
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["week"] == "2024-W13" and doc["sessions"] == 3 and doc["minutes"] == 35
    assert [d["minutes"] for d in doc["days"]] == [0, 10 + 5, 0, 20, 0, 0, 0]
    text = run_cli("history", "--week", "2024-W13", env={"TZ": "UTC"})
    assert (
        text.returncode == 0 and "Tue 2024-03-26" in text.stdout and "Cat-cow, Twist" in text.stdout
    )
    csv_out = run_cli("history", "--csv")
    assert csv_out.returncode == 0 and len(read_csv(csv_out.stdout)) == 3


def test_cli_history_errors(supple_home: Path) -> None:
    bad = run_cli("history", "--week", "2024-13")
    assert bad.returncode == 2 and "2024-W13" in bad.stderr
    both = run_cli("history", "--json", "--csv")
    assert both.returncode == 2
    empty = run_cli("history")
    assert empty.returncode == 0 and "0 sessions" in empty.stdout
    assert not paths.history_db_path().exists()  # reading creates nothing
    paths.history_db_path().write_bytes(b"not a database" * 100)
    broken = run_cli("history")
    assert broken.returncode == 1
    assert "damaged" in broken.stderr and str(paths.history_db_path()) in broken.stderr
    assert "Traceback" not in broken.stderr
    assert paths.history_db_path().read_bytes() == b"not a database" * 100


def test_summarize_ignores_sessions_outside_the_week() -> None:
    week = Week(date(2024, 5, 6))
    s = SessionRecord(
        id=1,
        routine_id="r",
        title="R",
        routine_hash="",
        started_at=datetime(2024, 5, 20, tzinfo=UTC),
        ended_at=None,
        updated_at=datetime(2024, 5, 20, tzinfo=UTC),
        active_seconds=60,
        planned_seconds=60,
        steps_completed=0,
        steps_skipped=0,
        steps_total=1,
        outcome=None,
    )
    assert summarize([s], week, UTC).session_count == 0
    assert to_db_time(s.started_at) == "2024-05-20T00:00:00.000000Z"
