"""What a save leaves on disk: files with an ordinary mode, and no temporary file
that outlives a killed writer past the next start."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from supple import fileutil, paths, settings

POSIX = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes and signals")

MODES = """
import json, os, sys
os.umask(int(sys.argv[1], 8))
from supple import paths, settings
from supple.routine.userstore import UserStore
settings.save(settings.Settings(rate=200))
store = UserStore()
new = store.save(json.loads(sys.argv[2]))
replaced = store.save(json.loads(sys.argv[2]), new.path)
print(json.dumps({
    "settings": os.stat(paths.settings_path()).st_mode & 0o777,
    "new routine": os.stat(new.path).st_mode & 0o777,
    "saved routine": os.stat(replaced.path).st_mode & 0o777,
}))
"""


@POSIX
@pytest.mark.parametrize(("umask", "mode"), [("022", 0o644), ("027", 0o640), ("077", 0o600)])
def test_saved_settings_and_routines_get_the_umask_s_mode(umask: str, mode: int) -> None:
    from helpers import minimal_doc

    result = subprocess.run(
        [sys.executable, "-c", MODES, umask, json.dumps(minimal_doc())],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    modes = json.loads(result.stdout)
    assert modes == {"settings": mode, "new routine": mode, "saved routine": mode}


KILLED_MID_SAVE = """
import os, sys
from supple import settings
def hang(*args):
    print("written", flush=True)
    sys.stdin.read()  # killed here: the temporary file is written, not yet moved in place
settings.os.replace = hang
settings.save(settings.Settings(rate=300))
"""


@POSIX
def test_a_save_killed_before_its_rename_leaves_a_file_the_next_start_removes() -> None:
    settings.save(settings.Settings(rate=100))
    writer = subprocess.Popen(
        [sys.executable, "-c", KILLED_MID_SAVE],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "written"
    finally:
        writer.kill()
        writer.wait(timeout=60)
    folder = paths.config_dir()
    (left,) = [p for p in folder.iterdir() if p.name.endswith(".tmp")]
    assert left.name.startswith(f".settings.json.{writer.pid}.")
    mine = fileutil.write_temp_beside(paths.settings_path(), "being written now")
    person = folder / ".notes.tmp"  # not of our pattern
    person.write_text("the person's")
    assert fileutil.remove_stale_temps(folder) == [left]
    assert mine.exists() and person.exists()  # a live writer's file, and a stranger's
    assert settings.load().settings.rate == 100  # the old settings, whole


def test_a_temporary_file_without_a_pid_goes_once_it_is_a_day_old(tmp_path: Path) -> None:
    old = tmp_path / ".routine.json.k3j4h5g6.tmp"  # the pattern before the pid was in it
    old.write_text("{")
    fresh = tmp_path / ".other.json.a1b2c3d4.tmp"
    fresh.write_text("{")
    day_ago = time.time() - fileutil.STALE_AFTER - 60
    os.utime(old, (day_ago, day_ago))
    assert fileutil.remove_stale_temps(tmp_path) == [old]
    assert fresh.exists()


@POSIX
def test_removing_temporaries_touches_no_folder_nor_link(tmp_path: Path) -> None:
    target = tmp_path / "elsewhere"
    target.write_text("kept")
    link = tmp_path / ".x.json.99999999.abc.tmp"
    link.symlink_to(target)
    folder = tmp_path / ".y.json.99999999.abc.tmp"
    folder.mkdir()
    assert fileutil.remove_stale_temps(tmp_path) == []
    assert target.read_text() == "kept" and folder.is_dir()
    assert fileutil.remove_stale_temps(tmp_path / "missing") == []
