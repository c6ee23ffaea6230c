"""The fallback player's child processes, run for real: they never outlive the app,
never leave children behind, and a child left holding the player's stderr cannot
make the speech thread wait for it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from supple.speech.audio import Playback

POSIX = pytest.mark.skipif(sys.platform == "win32", reason="process groups and signals are POSIX")
WAIT = 60.0  # seconds: generous, only to fail instead of hanging


def alive(pid: int) -> bool:
    """The process runs (a zombie waiting for its parent counts as gone)."""
    stat = Path(f"/proc/{pid}/stat")
    if stat.parent.parent.is_dir() and Path("/proc/self").exists():
        try:
            return stat.read_text().rsplit(")", 1)[1].split()[0] != "Z"
        except (OSError, IndexError):
            return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def wait_for(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + WAIT
    while not condition():
        assert time.monotonic() < deadline, f"gave up waiting: {what}"
        time.sleep(0.02)


def read_pid(path: Path) -> int:
    wait_for(lambda: path.exists() and path.read_text().strip().isdigit(), f"{path} written")
    return int(path.read_text())


HUNG_PLAYER = """
import os, sys, time
open(sys.argv[1] + ".pid", "w").write(str(os.getpid()))
time.sleep(600)
"""

APP = """
import sys, time
from pathlib import Path
from supple.speech.audio import ProcessPlayer
player = ProcessPlayer([sys.executable, "-c", sys.argv[1]])
playback = player.play(Path(sys.argv[2]))
print(playback.pid, flush=True)
time.sleep(600)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux")
def test_a_hung_player_does_not_outlive_a_killed_app(tmp_path: Path) -> None:
    wav = tmp_path / "cue.wav"
    wav.write_bytes(b"")
    app = subprocess.Popen(
        [sys.executable, "-c", APP, HUNG_PLAYER, str(wav)], stdout=subprocess.PIPE, text=True
    )
    try:
        player_pid = read_pid(Path(f"{wav}.pid"))  # it runs, and hangs
        assert app.stdout is not None and int(app.stdout.readline()) == player_pid
        assert alive(player_pid)
    finally:
        app.kill()  # SIGKILL: nothing of the app's own code runs
        app.wait(timeout=WAIT)
    try:
        wait_for(lambda: not alive(player_pid), "the player to die with the app")
    finally:
        if alive(player_pid):
            os.kill(player_pid, signal.SIGKILL)


LEAVES_A_CHILD = 'sleep 300 & echo $! > "$0.child"; echo "cannot open the sound device" >&2; exit 3'


@POSIX
def test_a_child_left_holding_stderr_does_not_hold_up_the_player(tmp_path: Path) -> None:
    wav = tmp_path / "cue.wav"
    wav.write_bytes(b"")
    playback = Playback(["sh", "-c", LEAVES_A_CHILD], wav)
    child = read_pid(Path(f"{wav}.child"))
    try:
        wait_for(playback.done, "the player to end")
        answer: list[str | None] = []
        reader = threading.Thread(target=lambda: answer.append(playback.failed()), daemon=True)
        reader.start()
        reader.join(WAIT)
        assert answer == ["cannot open the sound device"]
        assert alive(child)  # the complaint was read while the child still runs
        playback.close()
        wait_for(lambda: not alive(child), "the left-behind child to be ended")
    finally:
        if alive(child):
            os.kill(child, signal.SIGKILL)


WAITS_ON_A_CHILD = 'sleep 300 & echo $! > "$0.child"; wait'


@POSIX
def test_stopping_a_player_ends_what_it_started(tmp_path: Path) -> None:
    wav = tmp_path / "cue.wav"
    wav.write_bytes(b"")
    playback = Playback(["sh", "-c", WAITS_ON_A_CHILD], wav)
    child = read_pid(Path(f"{wav}.child"))
    try:
        assert not playback.done()
        playback.stop()
        assert playback.done() and playback.failed() is None  # stopped, not failed
        wait_for(lambda: not alive(child), "the player's child to be ended")
    finally:
        if alive(child):
            os.kill(child, signal.SIGKILL)
