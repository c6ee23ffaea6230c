"""The data folder's lock is the kernel's, so neither names nor pids fool it, and a
`supple run ROUTINE` reaches the copy already open.

Every other copy is a real process with the same SUPPLE_HOME. The PID-namespace
case runs in a real `unshare --pid --fork --mount-proc` where this machine allows
it (as Flatpak's sandbox does), and is skipped with the reason where not.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import ROOT
from PySide6.QtWidgets import QMessageBox

from supple import paths
from supple.folderlock import held_elsewhere
from supple.routine import Library
from supple.ui.shell.single_instance import (
    RUN_SENT,
    InstanceGuard,
    activate_running,
    lock_path,
    run_request,
    server_name,
)

WAIT = 60.0  # seconds, generous: only to fail instead of hanging
POSIX = pytest.mark.skipif(sys.platform == "win32", reason="POSIX processes and names")

HOLDER = """
import json, sys
from PySide6.QtCore import QCoreApplication
from supple.ui.shell.single_instance import InstanceGuard
app = QCoreApplication([])
guard = InstanceGuard.acquire()
if guard is None or not guard.held:
    print("no lock", flush=True)
    sys.exit(3)
ran = lambda ref: print("run", json.dumps(ref), flush=True)
print("listening" if guard.listen(lambda: print("activated", flush=True), ran) else "deaf",
      flush=True)
app.exec()
"""


def start_holder(env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert holder.stdout is not None
    line = holder.stdout.readline().strip()
    assert line == "listening", line + holder.stderr.read() if holder.stderr else line
    return holder


def end(child: subprocess.Popen[str], home: Path | None = None) -> None:
    from PySide6.QtNetwork import QLocalServer

    if child.poll() is None:
        child.kill()
    child.communicate(timeout=WAIT)
    QLocalServer.removeServer(server_name(home))


@POSIX
def test_a_data_folder_whose_name_is_not_utf8_is_locked_too(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = Path(os.fsdecode(bytes(tmp_path) + b"/caf\xe9-\xff"))  # not UTF-8
    env = dict(os.environ, SUPPLE_HOME=str(home))
    holder = start_holder(env)
    try:
        monkeypatch.setenv("SUPPLE_HOME", str(home))
        assert os.fsencode(lock_path()).endswith(b"/caf\xe9-\xff/supple.lock")
        assert os.path.isfile(os.fsencode(lock_path()))
        assert InstanceGuard.acquire() is None  # the first copy holds it: no second one
        assert activate_running(connect_ms=int(WAIT * 1000), ack_ms=int(WAIT * 1000))
        assert holder.stdout is not None and holder.stdout.readline().strip() == "activated"
    finally:
        end(holder, home)


@POSIX
def test_a_dead_copy_s_lock_naming_a_live_python_pid_does_not_lock_supple_out() -> None:
    # What an older Supple (QLockFile) left: the pid, the app name, the host. The pid
    # now belongs to some other python process that is very much alive.
    stranger = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
    try:
        paths.ensure_dir(paths.data_dir())
        lock_path().write_text(f"{stranger.pid}\npython3\n{os.uname().nodename}\n")
        guard = InstanceGuard.acquire()
        assert guard is not None and guard.held
        guard.release()
    finally:
        stranger.kill()
        stranger.wait(timeout=WAIT)


def test_a_lock_is_held_only_while_its_process_lives() -> None:
    holder = start_holder()
    try:
        assert held_elsewhere(lock_path())
    finally:
        end(holder)  # SIGKILL: no release ran
    assert not held_elsewhere(lock_path())
    guard = InstanceGuard.acquire()
    assert guard is not None and guard.held
    guard.release()


def _unshare() -> tuple[list[str] | None, str]:
    """The unshare command that makes a PID namespace here, or None and why not.

    As root, plain ``unshare``; as an ordinary user, inside a user namespace mapped to
    root (``--map-root-user``), where the system allows unprivileged user namespaces."""
    if not sys.platform.startswith("linux"):
        return None, "PID namespaces are Linux"
    if shutil.which("unshare") is None:
        return None, "no unshare command (util-linux) here"
    base = ["unshare", "--pid", "--fork", "--mount-proc"]
    tries = [base] if os.geteuid() == 0 else []
    tries.append([*base, "--map-root-user"])
    problem = ""
    for command in tries:
        try:
            probe = subprocess.run(
                [*command, "sh", "-c", "echo $$"], capture_output=True, text=True, timeout=WAIT
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            problem = f"unshare could not run: {exc}"
            continue
        if probe.returncode == 0 and probe.stdout.strip() == "1":
            return command, ""
        problem = f"this machine does not allow a PID namespace: {probe.stderr.strip()}"
    return None, problem


IN_NAMESPACE = """
import os, sys
from supple.ui.shell.single_instance import claim
assert os.getpid() == 1, os.getpid()
result = claim(connect_ms=500, ack_ms=500)
if isinstance(result, int):
    print("exit", result, flush=True)
    sys.exit(result)
print("got the lock", flush=True)
if sys.argv[1] == "crash":
    os._exit(1)  # no release: as a crash leaves it
result.release()
"""


def test_in_a_pid_namespace_a_crashed_copy_s_lock_does_not_stop_the_next_start() -> None:
    unshare, problem = _unshare()
    if unshare is None:
        if os.environ.get("SUPPLE_REQUIRE_TOOLS"):  # CI: .ci/run makes it possible
            pytest.fail(f"a PID namespace is required (SUPPLE_REQUIRE_TOOLS is set): {problem}")
        pytest.skip(problem)

    def run(how: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*unshare, sys.executable, "-c", IN_NAMESPACE, how],
            capture_output=True,
            text=True,
            timeout=WAIT,
        )

    crashed = run("crash")  # pid 1, crashes holding the lock
    assert crashed.stdout.strip() == "got the lock", crashed.stderr
    assert crashed.returncode == 1
    assert lock_path().exists()
    again = run("quit")  # pid 1 again: with a pid in the lock it took it for live
    assert again.returncode == 0, again.stdout + again.stderr
    assert again.stdout.strip() == "got the lock"


# -- supple run ROUTINE while the app is open -----------------------------------------------
def test_a_run_request_reaches_the_holder_with_its_routine_intact(tmp_path: Path) -> None:
    holder = start_holder()
    try:
        odd = os.fsdecode(bytes(tmp_path) + b'/\xe9 "quoted"\n.json')  # any name at all
        assert activate_running(int(WAIT * 1000), int(WAIT * 1000), run_request(odd))
        assert holder.stdout is not None
        word, sent = holder.stdout.readline().split(" ", 1)
        assert word == "run" and json.loads(sent) == odd
    finally:
        end(holder)


def _sessions() -> list[tuple[str, str | None]]:
    db = paths.history_db_path()
    if not db.exists():
        return []
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=10)
    try:
        return [tuple(r) for r in conn.execute("SELECT routine_id, outcome FROM sessions")]
    except sqlite3.OperationalError:
        return []
    finally:
        conn.close()


@pytest.mark.slow
def test_supple_run_while_the_app_is_open_starts_the_routine_there(
    qtbot, supple_home: Path
) -> None:
    (supple_home / "settings.json").write_text(
        json.dumps({"safety_acknowledged": True, "checkin_enabled": False}), encoding="utf-8"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SUPPLE_AUDIO_PLAYER="true")
    first = subprocess.Popen(
        [sys.executable, "-m", "supple"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=str(ROOT),
    )
    try:
        qtbot.waitUntil(lambda: activate_running(200, 5000), timeout=int(WAIT * 1000))
        assert _sessions() == []  # the library, no session
        second = subprocess.run(
            [sys.executable, "-m", "supple", "run", "quick-spasm-relief"],
            capture_output=True,
            text=True,
            env=env,
            cwd=str(ROOT),
            timeout=WAIT,
        )
        assert second.returncode == 0, second.stdout + second.stderr
        title = Library.scan().by_id("quick-spasm-relief")
        assert title is not None
        assert second.stderr.strip() == RUN_SENT.format(routine=title.title)
        qtbot.waitUntil(lambda: _sessions() == [("quick-spasm-relief", None)], timeout=30000)
        assert first.poll() is None
    finally:
        end(first)


def test_a_run_request_asks_before_stopping_the_session_playing(qtbot, main_window) -> None:
    from gui_support import when_modal

    from supple.ui.shell.run_request import start_requested

    window = main_window()
    library = window.library
    playing, other = library.by_id("lower-back-spasm-relief"), library.by_id("back-walk")
    assert playing is not None and other is not None
    assert window.start_routine(playing)

    asked: list[str] = []

    def answer(button: str):
        def act(box: QMessageBox) -> None:
            asked.append(box.text())
            assert window.controller.player is not None
            assert window.controller.player.state.name == "PAUSED"  # waits while asked
            (chosen,) = [b for b in box.buttons() if b.text() == button]
            chosen.click()

        return act

    when_modal(QMessageBox, answer("Keep going"))
    assert not start_requested(window, "back-walk")
    assert asked == [f"Stop this session and start “{other.title}”?"]
    assert window.routine is playing and window.controller.player.state.name == "RUNNING"

    when_modal(QMessageBox, answer("Stop and start"))
    assert start_requested(window, str(other.source))
    assert window.routine is not None and window.routine.id == "back-walk"
    assert window.controller.active


def test_a_run_request_for_a_routine_that_is_gone_says_so(qtbot, main_window) -> None:
    from supple.ui.shell.run_request import start_requested

    window = main_window()
    assert not start_requested(window, "/nowhere/gone.json")
    assert "gone.json" in window.statusBar().currentMessage()
    assert not window.controller.active


def test_the_lock_is_not_reported_held_when_nobody_made_it() -> None:
    assert not lock_path().exists()
    assert not held_elsewhere(lock_path())
    assert not lock_path().exists()  # asking made no file


def test_the_command_line_can_tell_the_app_runs_without_qt() -> None:
    code = (
        "import sys\n"
        "from supple.folderlock import app_running\n"
        "print(app_running(), 'PySide6' in sys.modules)\n"
    )
    holder = start_holder()
    try:
        seen = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
        assert seen.stdout.split() == ["True", "False"], seen.stderr
    finally:
        end(holder)
    seen = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert seen.stdout.split() == ["False", "False"], seen.stderr
