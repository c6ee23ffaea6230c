"""SIGTERM and SIGINT quit the real app as File > Quit does.

The app runs as a real process (offscreen) with a session playing; the signal
is sent for real. Afterwards the session's history row is closed (an outcome,
an end time, the time done so far), no `supple-voice-*` folder is left in the
temporary folder, and the app exited by itself with status 0. The start has also
removed a temporary file that a killed save left.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from helpers import ROOT

WAIT = 60.0  # seconds, generous: only to fail instead of hanging


def wait_for(condition: Callable[[], bool], what: str, child: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + WAIT
    while not condition():
        if child.poll() is not None:
            out, err = child.communicate()
            pytest.fail(f"the app ended ({child.returncode}) before {what}:\n{out}\n{err}")
        assert time.monotonic() < deadline, f"gave up waiting: {what}"
        time.sleep(0.05)


def sessions(db: Path) -> list[tuple[str | None, str | None, float]]:
    if not db.exists():
        return []
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=10)
    try:
        return [
            tuple(row)
            for row in conn.execute("SELECT outcome, ended_at, active_seconds FROM sessions")
        ]
    except sqlite3.OperationalError:  # still being made
        return []
    finally:
        conn.close()


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize(
    ("sent", "to_group"),
    [(signal.SIGTERM, False), (signal.SIGINT, False), (signal.SIGINT, True)],
    ids=["SIGTERM", "SIGINT", "Ctrl+C-in-a-terminal"],
)
def test_a_signal_mid_session_closes_the_record_and_leaves_no_voice_folder(
    supple_home: Path, tmp_path: Path, sent: signal.Signals, to_group: bool
) -> None:
    (supple_home / "settings.json").write_text(
        json.dumps({"safety_acknowledged": True, "checkin_enabled": False}), encoding="utf-8"
    )
    temp = tmp_path / "tmp"  # the app's own temporary folder, to see what it leaves
    temp.mkdir()
    # What a save killed midway left (its writer is gone): the start removes it.
    writer = subprocess.Popen([sys.executable, "-c", "pass"])
    writer.wait(timeout=WAIT)
    left = supple_home / f".settings.json.{writer.pid}.k3j4h5g6.tmp"
    left.write_text("{")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TMPDIR=str(temp))
    env["SUPPLE_AUDIO_PLAYER"] = "true"  # the cues "play" at once, silently
    app = subprocess.Popen(
        [sys.executable, "-m", "supple", "run", "lower-back-spasm-relief"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=str(ROOT),
        start_new_session=True,  # its own process group, as a terminal gives it
    )
    db = supple_home / "history.sqlite3"
    try:
        wait_for(lambda: [s[0] for s in sessions(db)] == [None], "the session to start", app)
        wait_for(lambda: any(temp.glob("supple-voice-*")), "the voice to start", app)
        if to_group:  # as a terminal does: the app and every child it started
            os.killpg(app.pid, sent)
        else:
            os.kill(app.pid, sent)
        out, err = app.communicate(timeout=WAIT)
    finally:
        if app.poll() is None:
            app.kill()
            app.communicate(timeout=WAIT)
    assert app.returncode == 0, out + err
    ((outcome, ended_at, active),) = sessions(db)
    assert outcome == "stopped" and ended_at is not None and active >= 0
    assert list(temp.glob("supple-voice-*")) == []
    assert "Traceback" not in err, err
    assert not left.exists()
