"""A settings file that is not one: a FIFO, a link to a device, a deep tree, a huge file.

Each case is made here for real on the file system and loaded with the real code;
the outcome is the defaults (or the good values), a note naming the file and the
problem, the odd entry set aside (the entry itself, never what it points to), and
saves that go on working.
"""

from __future__ import annotations

import json
import os
import sys
import threading
from pathlib import Path

import pytest

from supple import paths, settings

HANG = 60.0  # seconds: only a hang detector, never a measure of speed


def load_in_thread(path: Path) -> settings.LoadResult:
    """settings.load(path), failing the test instead of hanging it (a FIFO would)."""
    out: list[settings.LoadResult] = []
    thread = threading.Thread(target=lambda: out.append(settings.load(path)), daemon=True)
    thread.start()
    thread.join(HANG)
    assert out, f"loading {path} did not return"
    return out[0]


def set_aside(path: Path) -> list[Path]:
    return sorted(path.parent.glob(f"{path.name}.broken-*"))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_a_fifo_is_set_aside_unread_and_start_goes_on() -> None:
    path = paths.settings_path()
    os.mkfifo(path)
    result = load_in_thread(path)
    assert result.settings == settings.Settings()
    assert "pipe (FIFO)" in result.notes[0] and str(path) in result.notes[0]
    (moved,) = set_aside(path)
    assert result.moved_to == moved and moved.is_fifo()
    assert not path.exists()
    settings.save(settings.Settings(rate=200))  # the next save makes a real file
    assert path.is_file() and settings.load().settings.rate == 200


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_a_link_to_dev_zero_is_set_aside_without_reading_the_device() -> None:
    path = paths.settings_path()
    path.symlink_to("/dev/zero")
    result = load_in_thread(path)
    assert result.settings == settings.Settings()
    assert "a device" in result.notes[0]
    (moved,) = set_aside(path)
    assert moved.is_symlink() and os.readlink(moved) == "/dev/zero"  # the link, moved
    assert Path("/dev/zero").exists()


def test_a_link_to_a_good_file_is_read(tmp_path: Path) -> None:
    real = tmp_path / "dotfiles-settings.json"
    real.write_text(json.dumps({"rate": 222}))
    path = paths.settings_path()
    path.symlink_to(real)
    result = settings.load()
    assert result.settings.rate == 222 and result.notes == []


def test_a_huge_file_is_set_aside_not_read_nor_rewritten() -> None:
    path = paths.settings_path()
    with path.open("wb") as stream:
        stream.write(b'{"rate": 200, "pad": "')
        stream.truncate(100 * 1024 * 1024)  # 100 MB (sparse: no disk needed)
    result = settings.load()
    assert result.settings == settings.Settings()
    assert "104,857,600 bytes" in result.notes[0]
    (moved,) = set_aside(path)
    assert moved.stat().st_size == 100 * 1024 * 1024  # kept, as it was
    settings.save(result.settings)
    assert path.stat().st_size < 4096  # what is written now is a settings file


def test_an_unknown_key_nested_900_deep_is_dropped_and_saves_go_on() -> None:
    path = paths.settings_path()
    deep = '{"x": ' * 900 + "1" + "}" * 900
    path.write_text('{"rate": 210, "future": ' + deep + "}")
    result = settings.load()
    assert result.settings.rate == 210 and result.notes == []
    result.settings.safety_acknowledged = True
    settings.save(result.settings)  # raised RecursionError while unknown keys were kept
    saved = json.loads(path.read_text())
    assert "future" not in saved and saved["safety_acknowledged"] is True


def test_the_store_saves_past_a_deep_file_and_reports_a_failure_it_did_not_foresee(
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from supple.ui.shell.settings_store import SettingsStore

    path = paths.settings_path()
    path.write_text('{"future": ' + '{"x": ' * 900 + "1" + "}" * 900 + "}")
    store = SettingsStore(settings.load().settings)
    store.update(safety_acknowledged=True)
    store.flush(HANG)
    assert json.loads(path.read_text())["safety_acknowledged"] is True

    def overflow(*_args: object, **_kwargs: object) -> None:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(settings, "save", overflow)
    with qtbot.waitSignal(store.save_failed, timeout=int(HANG * 1000)) as told:
        store.update(muted=True)
    assert "RecursionError" in told.args[0]
    store.close()


@pytest.mark.skipif(sys.platform == "win32", reason="folders open differently there")
def test_a_folder_in_place_of_the_file_is_set_aside() -> None:
    path = paths.settings_path()
    path.mkdir()
    (path / "inside").write_text("kept")
    result = settings.load()
    assert "a folder" in result.notes[0]
    (moved,) = set_aside(path)
    assert (moved / "inside").read_text() == "kept"
