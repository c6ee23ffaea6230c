"""The garbage collector is paused while the app starts and resumes after the first frame."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from supple import gcpause


@pytest.fixture
def collector() -> Iterator[None]:
    """Leave this test process's collector as it was found."""
    enabled = gc.isenabled()
    yield
    gc.unfreeze()
    if enabled:
        gc.enable()
    else:
        gc.disable()
    gcpause._paused = False


def test_pause_then_resume_freezes_what_exists_and_collects_again(collector: None) -> None:
    gc.enable()
    gc.unfreeze()
    gcpause.pause()
    assert not gc.isenabled()
    assert gcpause.is_paused()
    made_during_start = [[] for _ in range(100)]
    gcpause.resume()
    assert gc.isenabled()
    assert not gcpause.is_paused()
    assert gc.get_freeze_count() > 0
    assert made_during_start  # (kept alive until here)


def test_resume_without_pause_changes_nothing(collector: None) -> None:
    gc.enable()
    gc.unfreeze()
    gcpause.resume()
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0


def test_a_collector_someone_else_turned_off_stays_off(collector: None) -> None:
    gc.disable()
    gcpause.pause()
    gcpause.resume()
    assert not gc.isenabled()
    assert gc.get_freeze_count() == 0


LAUNCH = """
import gc, json
from supple.cli.gui import load_app
from PySide6.QtCore import QEvent, QObject, QTimer

app_module = load_app()
seen = {"paused_after_import": not gc.isenabled()}
launch = app_module.launch_app([])


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and "painting" not in seen:
            seen["painting"] = not gc.isenabled()  # still paused while the frame is made
            QTimer.singleShot(0, lambda: QTimer.singleShot(0, after))  # behind Launch.attach
        return False


def after():
    seen["resumed"] = gc.isenabled()
    seen["frozen"] = gc.get_freeze_count()
    launch.app.quit()


spy = FirstPaint()
launch.window.installEventFilter(spy)
launch.app.exec()
launch.shutdown()
print(json.dumps(seen))
"""


def test_the_launcher_pauses_it_until_the_first_frame_is_out(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SUPPLE_HOME=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-c", LAUNCH], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["paused_after_import"] is True
    assert seen["painting"] is True
    assert seen["resumed"] is True
    assert seen["frozen"] > 10_000  # the start-up's objects, out of later collections' way
