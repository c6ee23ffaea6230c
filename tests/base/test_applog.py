"""The log rotates as README.md says, in the folder README.md names (issue 19)."""

from __future__ import annotations

import logging
import re
import sys
import threading
from pathlib import Path

import pytest

from supple import applog, paths


def test_the_log_rotates_at_its_size_and_keeps_three_older_files(tmp_path: Path) -> None:
    started = applog.start(tmp_path)
    try:
        assert started.path == tmp_path / applog.LOG_NAME
        line = "x" * 1000
        # Enough for the log to fill five times over: only the newest four files are kept.
        for i in range(5 * applog.MAX_BYTES // len(line)):
            applog.log.info("%06d %s", i, line)
    finally:
        started.close()
    kept = sorted(p.name for p in tmp_path.glob(f"{applog.LOG_NAME}*"))
    assert kept == [applog.LOG_NAME] + [f"{applog.LOG_NAME}.{n}" for n in (1, 2, 3)]
    for name in kept:
        assert (tmp_path / name).stat().st_size <= applog.MAX_BYTES

    # The newest messages are in supple.log, older ones in .1: nothing is lost in between.
    def numbers(name: str) -> list[int]:
        text = (tmp_path / name).read_text("utf-8")
        return [int(n) for n in re.findall(r"\] (\d{6}) x", text)]

    newest, older = numbers(applog.LOG_NAME), numbers(f"{applog.LOG_NAME}.1")
    assert newest[-1] == 5 * applog.MAX_BYTES // len(line) - 1
    assert newest == list(range(newest[0], newest[-1] + 1))
    assert older == list(range(older[0], newest[0]))
    assert not logging.getLogger("supple").handlers


def test_threads_logging_at_once_lose_nothing_across_roll_overs(tmp_path: Path) -> None:
    handler = applog.RollingFile(tmp_path / "t.log", max_bytes=5_000, backups=50)
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger = logging.getLogger("supple.test-rolling")
    logger.propagate = False
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)

    def write(thread: int) -> None:
        for i in range(400):
            logger.info("%d %04d %s", thread, i, "y" * 40)

    threads = [threading.Thread(target=write, args=(t,)) for t in range(4)]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        logger.removeHandler(handler)
        handler.close()
    files = sorted(tmp_path.glob("t.log*"))
    assert len(files) > 5  # it did roll over, many times
    lines = [line for f in files for line in f.read_text("utf-8").splitlines()]
    assert sorted(lines) == sorted(f"{t} {i:04d} {'y' * 40}" for t in range(4) for i in range(400))
    assert all(f.stat().st_size <= 5_000 for f in files)


def test_without_backups_the_full_log_starts_again(tmp_path: Path) -> None:
    handler = applog.RollingFile(tmp_path / "t.log", max_bytes=100, backups=0)
    handler.setFormatter(logging.Formatter("%(message)s"))
    record = logging.LogRecord("supple", logging.INFO, __file__, 1, "%s", ("z" * 60,), None)
    try:
        handler.emit(record)
        handler.emit(record)
    finally:
        handler.close()
    assert [p.name for p in tmp_path.iterdir()] == ["t.log"]
    assert (tmp_path / "t.log").read_text("utf-8") == "z" * 60 + "\n"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the XDG folders are Linux")
def test_without_supple_home_the_log_is_in_the_xdg_state_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # README "Where the log is": ~/.local/state/Supple/log, or $XDG_STATE_HOME/Supple/log.
    monkeypatch.delenv(paths.HOME_ENV, raising=False)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    assert paths.log_dir() == tmp_path / "state" / "Supple" / "log"
    monkeypatch.delenv("XDG_STATE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert paths.log_dir() == tmp_path / "home" / ".local" / "state" / "Supple" / "log"
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text("utf-8")
    assert "`~/.local/state/Supple/log` (or `$XDG_STATE_HOME/Supple/log`)" in readme


def test_the_first_line_names_the_version_python_and_system(tmp_path: Path) -> None:
    import platform

    started = applog.start(tmp_path)
    try:
        assert started.path is not None
        first = started.path.read_text("utf-8").splitlines()[-1]
    finally:
        started.close()
    assert f"(Python {platform.python_version()}, " in first
    assert platform.system() in first and platform.machine() in first
