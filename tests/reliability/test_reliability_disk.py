"""A full disk and a read-only data folder: a clear message, the session runs, nothing
already saved is damaged or lost.

"Full" is simulated without root: the history file is held at its current size
with SQLite's max_page_count (on the worker's own connection) after filling its
last page, so every further write fails with SQLITE_FULL exactly as on a full
disk; for the settings file, fsync raises OSError(ENOSPC) as a full disk does.
"""

from __future__ import annotations

import errno
import json
import os
import sqlite3
import stat
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from helpers import PLAY_AND_RECORD, ROOT, minimal_doc

from supple import paths
from supple import settings as settings_module
from supple.history import open_store
from supple.history.session_rows import UTC
from supple.session import Outcome
from supple.settings import Settings

FULL_CHILD = (
    """
import json, sqlite3, sys
from supple.history import HistoryWorker, SessionRecorder
from supple.routine import routine_from_document
from supple.session import FakeClock, Player, State, build_timeline

routine = routine_from_document(json.loads(sys.argv[1]))
notices, errors = [], []
worker = HistoryWorker(on_notice=notices.append).start()
worker.wait_ready()

def fill_the_disk(store):
    conn = store.conn
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")
    filler = 0
    while True:  # use up the free space left in the file's last pages
        try:
            store.begin_session(routine_id="filler", title="Filler", routine_hash="",
                                planned_seconds=1, steps_total=1)
            filler += 1
        except Exception as exc:
            return filler, str(exc)

worker.submit(fill_the_disk, lambda r: print(json.dumps({"filled": r}), flush=True))
worker.wait_idle()
"""
    + PLAY_AND_RECORD
    + """print(json.dumps({"state": player.state.value, "notices": notices, "errors": errors}))
"""
)


def earlier_sessions() -> list[tuple]:
    opened = open_store()
    try:
        start = datetime(2024, 3, 1, 7, 0, tzinfo=UTC)
        for i in range(3):
            sid = opened.store.begin_session(
                routine_id="morning",
                title="Morning",
                routine_hash="h",
                planned_seconds=600,
                steps_total=4,
                started_at=start + timedelta(days=i),
            )
            opened.store.update_session(
                sid,
                active_seconds=590 + i,
                steps_completed=4,
                steps_skipped=0,
                outcome=Outcome.FINISHED,
                at=start + timedelta(days=i, minutes=10),
            )
    finally:
        opened.store.close()
    return rows()


def rows() -> list[tuple]:
    conn = sqlite3.connect(paths.history_db_path())
    try:
        return conn.execute(
            "SELECT id, title, started_at, active_seconds, outcome FROM sessions"
            " WHERE routine_id != 'filler' ORDER BY id"
        ).fetchall()
    finally:
        conn.close()


@pytest.mark.slow
def test_a_full_disk_gives_one_clear_message_and_the_session_goes_on(supple_home: Path) -> None:
    before = earlier_sessions()
    doc = minimal_doc(
        defaults={"lead_in": 3, "rest": 2},
        steps=[
            {"title": "One", "hold": {"seconds": 20}, "sides": "both"},
            {"title": "Two", "hold": {"seconds": 20}},
        ],
    )
    result = subprocess.run(
        [sys.executable, "-c", FULL_CHILD, json.dumps(doc)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.strip().splitlines()]
    filled = lines[0]["filled"]
    assert "full" in filled[1]  # the file really was full
    data = lines[-1]
    assert data["state"] == "finished"  # the session ran to its end
    (error,) = data["errors"]  # said once, not at every write
    assert "the disk is full" in error and "not saved yet" in error
    assert str(paths.history_db_path()) in error

    conn = sqlite3.connect(paths.history_db_path())
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    assert rows() == before  # every earlier session is still there, unchanged


def test_settings_on_a_full_disk_keep_the_saved_file(
    supple_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings_module.save(Settings(rate=150, daily_goal_minutes=12))
    path = paths.settings_path()
    saved = path.read_bytes()

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(settings_module.os, "fsync", full)
    with pytest.raises(OSError) as caught:
        settings_module.save(Settings(rate=210, daily_goal_minutes=30))
    assert caught.value.errno == errno.ENOSPC
    assert path.read_bytes() == saved  # the old file is whole
    assert [p.name for p in path.parent.iterdir() if p.name.endswith(".tmp")] == []


def test_the_window_tells_about_settings_it_cannot_save(
    qtbot, supple_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from supple.ui.shell.settings_store import SettingsStore

    settings_module.save(Settings(last_routine="cat-cow"))
    saved = paths.settings_path().read_bytes()

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(settings_module.os, "fsync", full)
    store = SettingsStore(settings_module.load().settings)
    messages: list[str] = []
    store.save_failed.connect(messages.append)
    store.update(last_routine="lower-back-spasm-relief")
    store.flush()
    qtbot.waitUntil(lambda: bool(messages))
    assert "Could not save settings" in messages[0] and "No space left" in messages[0]
    assert store.settings.last_routine == "lower-back-spasm-relief"  # kept for this run
    assert paths.settings_path().read_bytes() == saved
    store.close()


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_a_read_only_data_folder_for_the_whole_app() -> None:
    """The app starts, plays and quits with a read-only data folder, saying why nothing is kept."""
    import shutil
    import tempfile

    tmp_path = Path(tempfile.mkdtemp(prefix="supple-ro-"))
    tmp_path.chmod(0o755)  # an ordinary user must reach the folder inside
    home = tmp_path / "home"
    home.mkdir()
    settings_module_path = home / "settings.json"
    settings_module_path.write_text(json.dumps({"safety_acknowledged": True}))
    home.chmod(0o555)
    code = """
import json, os, sys
from PySide6.QtWidgets import QApplication
from supple.routine import resolve_routine
from supple.session import FakeClock, State
from supple.settings import Settings
from supple.ui.shell.compose import create_main_window
from supple.ui.shell.compose import Services
from supple.speech.audio import ProcessPlayer
import supple.history, supple.speech.service, supple.speech.voice_worker_client, sqlite3, tempfile
import csv, hashlib  # imported lazily by the app; the interpreter may be unreadable below
# ...and so are the parts Services attaches after the first frame (ui/shell/compose.py):
import supple.ui.editor.library_actions, supple.ui.history.history_link, supple.ui.kit.lazy_page
import supple.ui.player.awake, supple.ui.player.speech_bridge, supple.ui.player.speech_lengths
app = QApplication([])
routine = resolve_routine("lower-back-spasm-relief")
if os.geteuid() == 0:  # root ignores permissions: go on as an ordinary user
    os.setgid(65534); os.setuid(65534)
clock = FakeClock()
window = create_main_window(Settings(safety_acknowledged=True, checkin_enabled=False), clock=clock)
services = Services(window, speech_engine="fake", speech_player=ProcessPlayer(None))
shown = []
window.player_view.notice.show_text = lambda text, ms=0: shown.append(text)
services.history.wait_ready(30)
app.processEvents()
window.store.update(last_routine="x")  # the window saves a setting: read-only too
window.start_routine(routine)
for _ in range(200):
    clock.advance(1.0)
    window.controller.tick()
    app.processEvents()
window.store.flush()
app.processEvents()
state = window.controller.player.state.value
window.controller.stop()
app.processEvents()
services.shutdown()
status = window.statusBar().currentMessage()
print(json.dumps({"state": state, "shown": shown, "status": status}))
"""
    # The ordinary user must reach the checkout's bundled data (a clone made with
    # mktemp -d is 0700): open the way for this test, then put the modes back.
    opened = _let_others_traverse(ROOT) if os.geteuid() == 0 else []
    try:
        env = dict(
            os.environ, SUPPLE_HOME=str(home), HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen"
        )
        result = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            env=env,
            cwd=str(tmp_path),
            timeout=120,
        )
        assert result.returncode == 0, result.stderr[-3000:]
        data = json.loads(result.stdout.strip().splitlines()[-1])
        assert data["state"] == "running"  # the session went on
        said = " ".join(data["shown"]) + " " + data["status"]
        assert "read-only" in said, data
        assert sorted(p.name for p in home.iterdir()) == ["settings.json"]  # nothing written
        assert json.loads(settings_module_path.read_text()) == {"safety_acknowledged": True}
    finally:
        for folder, mode in opened:
            folder.chmod(mode)
        home.chmod(0o755)
        shutil.rmtree(tmp_path, ignore_errors=True)


def _let_others_traverse(path: Path) -> list[tuple[Path, int]]:
    """Add o+x to ``path`` and its parents where missing; return what was changed."""
    changed = []
    for folder in (path, *path.parents):
        mode = stat.S_IMODE(folder.stat().st_mode)
        if not mode & stat.S_IXOTH:
            folder.chmod(mode | stat.S_IXOTH)
            changed.append((folder, mode))
    return changed
