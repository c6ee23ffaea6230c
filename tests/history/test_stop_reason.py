"""Why a session was stopped ("it hurt"...), kept in the history: schema version 5, the
migration from a version-4 file (backed up first), the recorder and the store."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from helpers import minimal_doc

from supple import paths
from supple.history import CURRENT_VERSION, STOP_REASONS, HistoryWorker, SessionRecorder, open_store
from supple.history.migrations import MIGRATIONS, V1_SCHEMA
from supple.routine import routine_from_document
from supple.session import Outcome, SessionReport


def make_v4_file(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path)
    conn.execute(V1_SCHEMA)
    for step in MIGRATIONS[:3]:  # versions 2, 3 and 4
        step(conn)
    conn.execute(
        "INSERT INTO sessions (routine_id, title, started_at, ended_at, updated_at,"
        " active_seconds, outcome) VALUES ('twist', 'Supine twist',"
        " '2026-11-30T09:00:00.000000Z', '2026-11-30T09:03:00.000000Z',"
        " '2026-11-30T09:03:00.000000Z', 160, 'stopped')"
    )
    conn.execute("PRAGMA user_version = 4")
    conn.commit()
    conn.close()


def test_a_version_4_file_is_backed_up_and_gains_the_stop_reason(supple_home: Path) -> None:
    assert CURRENT_VERSION == 5
    path = paths.history_db_path()
    make_v4_file(path)
    opened = open_store()
    try:
        assert opened.migrated_from == 4
        assert opened.backup is not None and ".v4-backup-" in opened.backup.name
        old = sqlite3.connect(opened.backup)
        try:
            assert old.execute("PRAGMA user_version").fetchone()[0] == 4
            columns = {row[1] for row in old.execute("PRAGMA table_info(sessions)")}
            assert "stop_reason" not in columns  # the backup is the file as it was
        finally:
            old.close()
        [session] = opened.store.all_sessions()
        assert session.outcome is Outcome.STOPPED and session.stop_reason == ""
        opened.store.set_checkin(session.id, after=7, stop_reason="hurt")
        kept = opened.store.get(session.id)
        assert kept is not None and kept.stop_reason == "hurt" and kept.feel_after == 7
        opened.store.set_checkin(session.id, after=6)  # None keeps the reason
        assert opened.store.get(session.id).stop_reason == "hurt"  # type: ignore[union-attr]
        with pytest.raises(ValueError):
            opened.store.set_checkin(session.id, stop_reason="bored")
        with pytest.raises(sqlite3.IntegrityError):  # the file itself refuses other words
            opened.store.conn.execute("UPDATE sessions SET stop_reason = 'bored'")
    finally:
        opened.store.close()


def test_the_recorder_keeps_why_a_session_was_stopped(supple_home: Path) -> None:
    assert "hurt" in STOP_REASONS
    worker = HistoryWorker().start()
    recorder = SessionRecorder(worker)
    routine = routine_from_document(minimal_doc())
    recorder.started(routine, 10.0, 1)
    report = SessionReport(routine.id, 4.0, 10.0, (), (), 1, Outcome.STOPPED)
    recorder.ended(report)
    recorder.checkin_after(None, "", "hurt")  # a reason alone is an answer
    with pytest.raises(ValueError):
        recorder.checkin_after(None, "", "bored")
    assert worker.wait_idle(30)
    worker.close()
    opened = open_store()
    try:
        [session] = opened.store.all_sessions()
        assert session.outcome is Outcome.STOPPED
        assert session.stop_reason == "hurt" and session.feel_after is None
    finally:
        opened.store.close()
