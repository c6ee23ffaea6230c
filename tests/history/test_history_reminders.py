"""Reminders in the history: the v3 -> v4 migration, offers and answers, and the
week's answered/offered count."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from supple import paths
from supple.history import CURRENT_VERSION, HistoryError, Week, load_week, open_store
from supple.history.migrations import MIGRATIONS, V1_SCHEMA

UTC = timezone.utc
MONDAY = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)


def make_v3_file(path: Path) -> None:
    """A file at version 3, as the step before the reminders' leaves it, with a session."""
    conn = sqlite3.connect(path)
    conn.execute(V1_SCHEMA)
    for step in MIGRATIONS[:2]:
        step(conn)
    conn.execute(
        "INSERT INTO sessions (routine_id, title, started_at, ended_at, updated_at,"
        " active_seconds, outcome) VALUES ('desk-break', 'Desk break',"
        " '2026-11-30T09:00:00.000000Z', '2026-11-30T09:03:00.000000Z',"
        " '2026-11-30T09:03:00.000000Z', 160, 'finished')"
    )
    conn.execute("PRAGMA user_version = 3")
    conn.commit()
    conn.close()


def test_a_version_3_file_gains_the_reminders_table(supple_home: Path) -> None:
    assert CURRENT_VERSION >= 4  # later versions come after the reminders' step
    path = paths.history_db_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    make_v3_file(path)
    opened = open_store()
    try:
        assert opened.migrated_from == 3
        assert opened.backup is not None and ".v3-backup-" in opened.backup.name
        store = opened.store
        assert [s.title for s in store.all_sessions()] == ["Desk break"]
        store.reminder_offered("break:1", "break", "desk-break", at=MONDAY)
        store.reminder_answered("break:1", "started", at=MONDAY)
        counts = store.reminder_counts(MONDAY, MONDAY + timedelta(days=1))
        assert (counts.offered, counts.answered) == (1, 1)
    finally:
        opened.store.close()
    old = sqlite3.connect(opened.backup)
    try:
        tables = {r[0] for r in old.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert "reminders" not in tables  # the backup is the file as it was
    finally:
        old.close()


def test_a_bad_outcome_is_refused_by_the_file(supple_home: Path) -> None:
    opened = open_store()
    try:
        opened.store.reminder_offered("plan:x", "plan", "x", at=MONDAY)
        with pytest.raises(HistoryError):  # the CHECK constraint
            opened.store.reminder_answered("plan:x", "maybe", at=MONDAY)
        counts = opened.store.reminder_counts(MONDAY, MONDAY + timedelta(days=1))
        assert (counts.offered, counts.answered) == (1, 0)
    finally:
        opened.store.close()


def test_the_week_counts_answered_of_offered(supple_home: Path) -> None:
    """A postponed reminder offered twice counts once; only a started one is answered."""
    opened = open_store()
    store = opened.store
    try:
        day = MONDAY
        store.reminder_offered("plan:a", "plan", "daily-back-care", at=day)
        store.reminder_answered("plan:a", "postponed", at=day)
        store.reminder_offered("plan:a", "plan", "daily-back-care", at=day + timedelta(minutes=10))
        store.reminder_answered("plan:a", "started", at=day + timedelta(minutes=10))
        store.reminder_offered("break:b", "break", "desk-break", at=day + timedelta(hours=2))
        store.reminder_answered("break:b", "skipped", at=day + timedelta(hours=2))
        store.reminder_offered("break:c", "break", "desk-break", at=day + timedelta(hours=3))
        # (never answered: still counted as offered)
        store.reminder_offered("break:d", "break", "desk-break", at=day - timedelta(days=3))
        summary = load_week(store, Week.containing(date(2026, 12, 2)), UTC, date(2026, 12, 2))
        counts = summary.reminders
        assert (counts.offered, counts.answered, counts.postponed, counts.skipped) == (3, 1, 1, 1)
    finally:
        store.close()


def test_an_older_file_opened_read_only_has_no_reminders(supple_home: Path) -> None:
    path = paths.history_db_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    make_v3_file(path)
    from supple.history import open_existing_readonly

    store = open_existing_readonly(path)
    assert store is not None
    try:
        counts = store.reminder_counts(MONDAY, MONDAY + timedelta(days=7))
        assert counts.offered == 0
    finally:
        store.close()
