"""SIGKILL at random moments of a real session: the history file survives every time.

Each trial is a child process that opens the history as the app does (which
closes the session the previous trial left open as interrupted), records a
real session with the real monotonic clock (checkpoints every 0.2 s so kills
land between, during and just after writes), and is killed with SIGKILL at a
random moment, sometimes before its session even started. After every kill:
PRAGMA integrity_check is ok, no earlier session is lost or changed, and the
killed session is kept with the time it had, then marked interrupted.

The quick variant runs 5 trials; the long one (marker ``long``) runs 50.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from supple import paths
from supple.history import open_store
from supple.session import Outcome

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

CHILD = """
import sys, time
from supple.history import HistoryWorker, SessionRecorder
from supple.routine import resolve_routine
from supple.session import Player, build_timeline

print("spawned", flush=True)
worker = HistoryWorker().start()
worker.wait_ready()
recorder = SessionRecorder(worker, on_error=lambda t: print(t, file=sys.stderr, flush=True),
                           checkpoint_seconds=0.2)
routine = resolve_routine("lower-back-spasm-relief")
timeline = build_timeline(routine)
player = Player(timeline)  # the real monotonic clock: real time passes
player.start()
recorder.started(routine, timeline.estimated_seconds, timeline.step_count)
worker.wait_idle()
print("started", flush=True)
while True:
    time.sleep(0.01)
    recorder.apply(player.poll(), player.report())
"""

Row = tuple[int, str, float, str | None]


def _read_only(path: Path) -> sqlite3.Connection:
    # Read-only: the check itself must never create the file a killed child did
    # not get to make (an empty file the next trial would then have to repair).
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10)


def rows(path: Path) -> list[Row]:
    """Every session in the file; none when the file or its table is not there yet."""
    if not path.exists():
        return []
    conn = _read_only(path)
    try:
        if not conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sessions'"
        ).fetchone():
            return []
        return [
            (int(r[0]), r[1], float(r[2]), r[3])
            for r in conn.execute(
                "SELECT id, started_at, active_seconds, outcome FROM sessions ORDER BY id"
            )
        ]
    finally:
        conn.close()


def integrity(path: Path) -> str:
    """PRAGMA integrity_check of the file ("ok" for a file not made yet)."""
    if not path.exists():
        return "ok"
    conn = _read_only(path)
    try:
        return "; ".join(str(r[0]) for r in conn.execute("PRAGMA integrity_check"))
    finally:
        conn.close()


def one_trial(rng: random.Random, *, at_once: bool = False) -> bool:
    """Run a child and kill it at a random moment; True if its session had started.

    ``at_once``: kill it as soon as it says it has spawned, before it can have
    made the history file (the moment that once left CI red).
    """
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    started = False
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "spawned"
        if at_once:
            pass
        elif rng.random() < 0.3:
            # Anywhere in opening the file, recovering, inserting the row.
            time.sleep(rng.uniform(0.0, 0.4))
        else:
            line = child.stdout.readline().strip()
            assert line == "started", child.stderr.read() if child.stderr else ""
            started = True
            time.sleep(rng.uniform(0.0, 1.5))
        assert child.poll() is None, child.stderr.read() if child.stderr else ""
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        if child.stdout:
            child.stdout.close()
        if child.stderr:
            child.stderr.close()
    assert child.returncode == -signal.SIGKILL
    return started


def run_trials(count: int, seed: int, *, at_once: bool = False) -> None:
    rng = random.Random(seed)
    path = paths.history_db_path()
    kept: list[Row] = []  # every session recorded so far, as it must stay
    for trial in range(count):
        started = one_trial(rng, at_once=at_once)
        assert integrity(path) == "ok", f"trial {trial}"
        now = rows(path)
        # No earlier session lost or changed.
        assert now[: len(kept)] == kept, f"trial {trial}: {now[: len(kept)]} != {kept}"
        new = now[len(kept) :]
        assert len(new) <= 1, f"trial {trial}: {new}"
        if started:
            assert len(new) == 1, f"trial {trial}: the started session is missing"
        if new:
            (sid, _started_at, active, outcome) = new[0]
            assert outcome is None  # killed: nobody closed it
            assert active >= 0.0
            # Recovery as the app does at its next start: kept, interrupted, time kept.
            opened = open_store()
            try:
                assert opened.interrupted == [sid]
                session = opened.store.get(sid)
                assert session is not None
                assert session.outcome is Outcome.INTERRUPTED
                assert session.active_seconds == active
                assert session.ended_at == session.updated_at
                assert opened.store.integrity() == "ok"
            finally:
                opened.store.close()
            kept.extend(rows(path)[len(kept) :])
    # In the end the file holds every session that started, all closed.
    final = rows(path)
    assert final == kept
    assert all(outcome is not None for *_, outcome in final)


@pytest.mark.slow
def test_random_kills_quick(supple_home: Path) -> None:
    run_trials(5, seed=1)


@pytest.mark.long
@pytest.mark.slow
def test_random_kills_fifty_trials(supple_home: Path) -> None:
    run_trials(50, seed=20240331)


@pytest.mark.slow
def test_kills_before_the_file_exists(supple_home: Path) -> None:
    """The worst moment, made certain: killed right after spawning, three times over.

    Whatever the child got to write (nothing, an empty file, a file mid-creation),
    the checks read it without creating it, and the app's next start makes a
    whole, empty history from it.
    """
    run_trials(3, seed=0, at_once=True)
    opened = open_store()
    try:
        assert opened.store.integrity() == "ok"
        assert opened.moved_to is None
    finally:
        opened.store.close()
    assert rows(paths.history_db_path()) == []
