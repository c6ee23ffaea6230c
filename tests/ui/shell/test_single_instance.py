"""One copy of the app per data folder: a second copy asks the first to come forward.

Every "other copy" here is a real separate process (python -c) with the same
SUPPLE_HOME, talking to this one over the real local socket. Nothing is mocked.
Waits use generous timeouts and never assert how long anything took.
"""

from __future__ import annotations

import json
import os
import queue
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import pytest
from helpers import ROOT, run_cli
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from supple import paths
from supple.history import open_store
from supple.ui.shell.single_instance import (
    ALREADY_RUNNING,
    InstanceGuard,
    activate_running,
    claim,
    lock_path,
    server_name,
)

WAIT_MS = 60000  # generous: two cores shared with other test runs

SECOND_COPY = """
import sys
from supple.ui.shell.single_instance import claim
result = claim(connect_ms=int(sys.argv[1]), ack_ms=int(sys.argv[2]))
if not isinstance(result, int):
    print("got the lock", flush=True)
    sys.exit(3)
sys.exit(result)
"""

HOLDER = """
import sys
from PySide6.QtCore import QCoreApplication
from supple.ui.shell.single_instance import InstanceGuard
app = QCoreApplication([])
guard = InstanceGuard.acquire()
if guard is None or not guard.held:
    print("no lock", flush=True)
    sys.exit(3)
print("listening" if guard.listen(lambda: print("activated", flush=True)) else "deaf", flush=True)
app.exec()
"""


def second_copy(connect_ms: int = 20000, ack_ms: int = 20000) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", SECOND_COPY, str(connect_ms), str(ack_ms)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


class Lines:
    """A child's stdout, line by line, read on a thread so a hung child cannot hang us."""

    def __init__(self, child: subprocess.Popen[str]) -> None:
        self._queue: queue.Queue[str] = queue.Queue()
        assert child.stdout is not None
        stream = child.stdout

        def pump() -> None:
            for line in stream:
                self._queue.put(line.strip())

        threading.Thread(target=pump, daemon=True).start()

    def next(self, timeout: float = WAIT_MS / 1000) -> str:
        return self._queue.get(timeout=timeout)


def finish(child: subprocess.Popen[str]) -> None:
    """End a first copy started here, and clear the socket its kill leaves in the temp folder."""
    from PySide6.QtNetwork import QLocalServer

    if child.poll() is None:
        child.kill()
    child.wait(timeout=30)
    QLocalServer.removeServer(server_name())


@pytest.fixture
def guard():
    held = InstanceGuard.acquire()
    assert held is not None and held.held
    yield held
    held.release()


def test_a_second_copy_brings_the_first_forward_and_exits_0(qtbot, guard: InstanceGuard) -> None:
    calls: list[str] = []
    assert guard.listen(lambda: calls.append("activate"))
    child = second_copy()
    qtbot.waitUntil(lambda: child.poll() is not None, timeout=WAIT_MS)
    out, err = child.communicate()
    assert child.returncode == 0, out + err
    assert err.strip() == ALREADY_RUNNING
    assert calls == ["activate"]
    assert guard.held and lock_path().is_file()  # the first copy still owns the folder
    assert not paths.history_db_path().exists()  # the second never opened the history


def test_the_lock_is_given_back_at_release(guard: InstanceGuard) -> None:
    from supple.folderlock import held_elsewhere

    assert held_elsewhere(lock_path())
    guard.release()
    # The (empty) file stays: removing a flock'ed file would let two copies lock two files.
    assert not guard.held and not held_elsewhere(lock_path())
    again = InstanceGuard.acquire()
    assert again is not None and again.held
    again.release()


def test_a_second_copy_that_gets_no_answer_exits_1_and_touches_nothing(
    guard: InstanceGuard,
) -> None:
    # The first copy holds the lock but is not listening yet (its window is not painted).
    child = second_copy(connect_ms=300, ack_ms=300)
    out, err = child.communicate(timeout=WAIT_MS / 1000)
    assert child.returncode == 1, out + err
    assert "already running" in err and "did not answer" in err and str(paths.data_dir()) in err
    assert len(err.strip().splitlines()) == 1
    assert guard.held
    assert sorted(p.name for p in paths.data_dir().iterdir()) == ["supple.lock"]


def test_a_first_copy_that_hangs_is_reported_and_still_comes_forward_later(
    qtbot, guard: InstanceGuard
) -> None:
    calls: list[str] = []
    assert guard.listen(lambda: calls.append("activate"))
    # This process runs no event loop while the child waits: it seems hung.
    result = subprocess.run(
        [sys.executable, "-c", SECOND_COPY, "3000", "300"],
        capture_output=True,
        text=True,
        timeout=WAIT_MS / 1000,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert "did not answer" in result.stderr
    assert calls == []
    # Once it runs again it reads the request (the asker has gone) without harm.
    qtbot.waitUntil(lambda: calls == ["activate"], timeout=WAIT_MS)
    assert guard.held


def test_requests_that_are_not_ours_are_dropped(qtbot, guard: InstanceGuard) -> None:
    from PySide6.QtNetwork import QLocalSocket

    calls: list[str] = []
    assert guard.listen(lambda: calls.append("activate"))
    stranger = QLocalSocket()
    stranger.connectToServer(server_name())
    assert stranger.waitForConnected(WAIT_MS)
    stranger.write(b"x" * 200)
    stranger.flush()
    qtbot.waitUntil(
        lambda: stranger.state() == QLocalSocket.LocalSocketState.UnconnectedState,
        timeout=WAIT_MS,
    )
    assert calls == []
    # And a real request afterwards is still answered.
    child = second_copy()
    qtbot.waitUntil(lambda: child.poll() is not None, timeout=WAIT_MS)
    out, err = child.communicate()
    assert child.returncode == 0, out + err
    assert calls == ["activate"]


def test_a_failing_callback_is_answered_as_failed_and_the_app_goes_on(
    qtbot, guard: InstanceGuard
) -> None:
    def broken() -> None:
        raise RuntimeError("no window")

    assert guard.listen(broken)
    child = second_copy()
    qtbot.waitUntil(lambda: child.poll() is not None, timeout=WAIT_MS)
    _out, err = child.communicate()
    assert child.returncode == 1 and "did not answer" in err
    assert guard.held and guard.server is not None and guard.server.isListening()


def test_a_live_copy_in_another_process_blocks_this_one(qtbot) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        lines = Lines(holder)
        assert lines.next() == "listening"
        assert InstanceGuard.acquire() is None
        assert activate_running(connect_ms=WAIT_MS, ack_ms=WAIT_MS)
        assert lines.next() == "activated"
        assert holder.poll() is None
    finally:
        finish(holder)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_lock_and_socket_left_by_a_killed_copy_are_taken_over(qtbot) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        assert Lines(holder).next() == "listening"
        assert InstanceGuard.acquire() is None  # alive: it holds the folder
    finally:
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait(timeout=30)
    assert lock_path().is_file()  # left behind, naming a process that is gone
    if sys.platform.startswith("linux"):
        assert (Path(tempfile.gettempdir()) / server_name()).exists()  # and its socket
    guard = InstanceGuard.acquire()
    assert guard is not None and guard.held
    try:
        calls: list[str] = []
        assert guard.listen(lambda: calls.append("activate"))  # the dead socket was cleared
        child = second_copy()
        qtbot.waitUntil(lambda: child.poll() is not None, timeout=WAIT_MS)
        out, err = child.communicate()
        assert child.returncode == 0, out + err
        assert calls == ["activate"]
    finally:
        guard.release()


def test_two_data_folders_do_not_block_each_other(guard: InstanceGuard, tmp_path: Path) -> None:
    assert guard.listen(lambda: None)
    other = tmp_path / "portable"
    code = (
        "import json\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from supple.ui.shell.single_instance import InstanceGuard, server_name\n"
        "app = QCoreApplication([])\n"
        "g = InstanceGuard.acquire()\n"
        "print(json.dumps({'held': g is not None and g.held,\n"
        "                  'listening': g is not None and g.listen(lambda: None),\n"
        "                  'name': server_name()}))\n"
        "g.release()\n"
    )
    env = dict(os.environ, SUPPLE_HOME=str(other))
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=WAIT_MS
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data == {"held": True, "listening": True, "name": server_name(other)}
    assert server_name(other) != server_name()
    assert guard.held


READ_ONLY_COPY = """
import json, os, sys
from supple.ui.shell.single_instance import claim
if os.geteuid() == 0:  # root ignores permissions: go on as an ordinary user
    os.setgid(65534)
    os.setuid(65534)
result = claim(connect_ms=300, ack_ms=300)
if isinstance(result, int):
    print(json.dumps({"exit": result}))
else:
    print(json.dumps({"held": result.held, "listening": result.listen(lambda: None)}))
"""


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
@pytest.mark.parametrize("left_lock", [False, True], ids=["empty", "with-a-dead-lock"])
def test_a_read_only_data_folder_lets_the_app_go_on(left_lock: bool) -> None:
    outer = Path(tempfile.mkdtemp(prefix="supple-ro-"))
    home = outer / "home"
    try:
        outer.chmod(0o755)  # the ordinary user must reach the folder inside
        home.mkdir()
        env = dict(os.environ, SUPPLE_HOME=str(home))
        if left_lock:
            holder = subprocess.Popen(
                [sys.executable, "-c", HOLDER], stdout=subprocess.PIPE, text=True, env=env
            )
            assert Lines(holder).next() == "listening"
            os.kill(holder.pid, signal.SIGKILL)
            holder.wait(timeout=30)
            (home / "supple.lock").chmod(0o644)
        before = sorted(p.name for p in home.iterdir())
        home.chmod(0o555)
        result = subprocess.run(
            [sys.executable, "-c", READ_ONLY_COPY],
            capture_output=True,
            text=True,
            env=env,
            cwd=str(outer),
            timeout=WAIT_MS / 1000,
        )
        assert result.returncode == 0, result.stderr
        assert json.loads(result.stdout) == {"held": False, "listening": False}
        assert sorted(p.name for p in home.iterdir()) == before  # nothing written
    finally:
        if left_lock:
            from PySide6.QtNetwork import QLocalServer

            QLocalServer.removeServer(server_name(home))  # the killed holder's socket
        if home.exists():
            home.chmod(0o755)
        import shutil

        shutil.rmtree(outer, ignore_errors=True)


def test_a_data_folder_that_cannot_be_made_lets_the_app_go_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    in_the_way = tmp_path / "a-file"
    in_the_way.write_text("not a folder")
    monkeypatch.setenv("SUPPLE_HOME", str(in_the_way / "home"))
    result = claim(connect_ms=100, ack_ms=100)
    assert isinstance(result, InstanceGuard)
    assert not result.held and not result.listen(lambda: None)
    result.release()


# -- bringing the window forward ----------------------------------------------------------
@pytest.mark.parametrize("before", ["normal", "maximized"])
def test_bring_to_front_unminimises_and_keeps_maximised(qtbot, before: str) -> None:
    from supple.ui.shell.single_instance import bring_to_front

    window = QWidget()
    qtbot.addWidget(window)
    window.resize(400, 300)
    if before == "maximized":
        window.showMaximized()
    else:
        window.show()
    qtbot.waitExposed(window)
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized, timeout=WAIT_MS)
    bring_to_front(window)
    qtbot.waitUntil(lambda: not window.isMinimized(), timeout=WAIT_MS)
    assert window.isVisible()
    assert window.isMaximized() == (before == "maximized")
    assert not window.windowState() & Qt.WindowState.WindowMinimized


def test_bring_to_front_shows_a_hidden_window(qtbot) -> None:
    from supple.ui.shell.single_instance import bring_to_front

    window = QWidget()
    qtbot.addWidget(window)
    bring_to_front(window)
    assert window.isVisible()


# -- the command line never closes a session in progress ------------------------------------
def test_supple_history_leaves_a_session_in_progress_open() -> None:
    from PySide6.QtCore import QLockFile

    paths.ensure_dir(paths.data_dir())
    lock = QLockFile(str(lock_path()))  # the running app holds the data folder's lock
    assert lock.tryLock(0)
    live = open_store()  # and the history file
    try:
        sid = live.store.begin_session(
            routine_id="lower-back-spasm-relief",
            title="Lower back",
            routine_hash="",
            planned_seconds=600,
            steps_total=5,
        )
        live.store.update_session(sid, active_seconds=42.0, steps_completed=1, steps_skipped=0)
        for args in ([], ["--json"], ["--csv"]):
            result = run_cli("history", *args)
            assert result.returncode == 0, result.stderr
        document = json.loads(run_cli("history", "--json").stdout)
        (listed,) = [s for day in document["days"] for s in day["sessions"]]
        assert listed["id"] == sid and listed["outcome"] == "in progress"
        conn = sqlite3.connect(f"file:{paths.history_db_path()}?mode=ro", uri=True)
        try:
            row = conn.execute(
                "SELECT outcome, ended_at, active_seconds FROM sessions WHERE id = ?", (sid,)
            ).fetchone()
        finally:
            conn.close()
        assert row == (None, None, 42.0)
        record = live.store.get(sid)
        assert record is not None and record.outcome is None
    finally:
        live.store.close()
        lock.unlock()


# -- end to end: the real window with a session running ------------------------------------
FIRST_APP = """
import sys
from PySide6.QtCore import QTimer
from supple.routine import resolve_routine
from supple.ui.shell.single_instance import bring_to_front, claim

claimed = claim()  # what run_app does first
if isinstance(claimed, int):
    sys.exit(10 + claimed)
from supple.ui.shell.app import Launch

launch = Launch([], resolve_routine("lower-back-spasm-relief"))
window = launch.window


def forward():
    bring_to_front(window)
    print("activated", "minimized" if window.isMinimized() else "shown", flush=True)


def when_recording():
    services = launch.services
    if services is None or services.recorder is None or not services.recorder.recording:
        QTimer.singleShot(50, when_recording)
        return
    services.history.wait_idle(30)
    claimed.listen(forward)  # what Launch.attach does, after the first paint
    window.showMinimized()
    print("listening", flush=True)


QTimer.singleShot(0, when_recording)
sys.exit(launch.app.exec())
"""


def _settings_for_a_quiet_start(home: Path) -> None:
    (home / "settings.json").write_text(
        json.dumps({"safety_acknowledged": True, "checkin_enabled": False}), encoding="utf-8"
    )


def _open_sessions() -> list[tuple[int, str | None]]:
    conn = sqlite3.connect(f"file:{paths.history_db_path()}?mode=ro", uri=True, timeout=10)
    try:
        return [tuple(r) for r in conn.execute("SELECT id, outcome FROM sessions ORDER BY id")]
    finally:
        conn.close()


@pytest.mark.slow
def test_end_to_end_a_second_copy_leaves_the_running_session_alone(supple_home: Path) -> None:
    _settings_for_a_quiet_start(supple_home)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    first = subprocess.Popen(
        [sys.executable, "-c", FIRST_APP],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        lines = Lines(first)
        assert lines.next() == "listening"
        ((sid, outcome),) = _open_sessions()
        assert outcome is None  # the session in progress
        second = subprocess.run(
            [sys.executable, "-c", SECOND_COPY, "20000", "20000"],
            capture_output=True,
            text=True,
            env=env,
            timeout=WAIT_MS / 1000,
        )
        assert second.returncode == 0, second.stdout + second.stderr
        assert second.stderr.strip() == ALREADY_RUNNING
        assert lines.next() == "activated shown"
        assert first.poll() is None  # still running
        assert _open_sessions() == [(sid, None)]  # not marked interrupted
    finally:
        finish(first)


@pytest.mark.slow
def test_end_to_end_python_m_supple_twice(qtbot, supple_home: Path) -> None:
    """`supple run ROUTINE`, then `supple`: the second exits 0, the session stays open."""
    _settings_for_a_quiet_start(supple_home)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    first = subprocess.Popen(
        [sys.executable, "-m", "supple", "run", "lower-back-spasm-relief"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=str(ROOT),
    )
    try:
        # Listening once its window is painted: ask it ourselves until it answers.
        qtbot.waitUntil(lambda: activate_running(200, 5000), timeout=WAIT_MS)
        db = paths.history_db_path()
        qtbot.waitUntil(lambda: db.exists() and len(_open_sessions()) == 1, timeout=WAIT_MS)
        ((sid, outcome),) = _open_sessions()
        assert outcome is None
        second = run_cli(env=env, timeout=WAIT_MS / 1000)
        assert second.returncode == 0, second.stdout + second.stderr
        assert ALREADY_RUNNING in second.stderr
        assert first.poll() is None
        assert _open_sessions() == [(sid, None)]  # not marked interrupted
    finally:
        finish(first)
