"""What a path is, said plainly: a FIFO or a device is not "missing", a picture that
cannot be read is reported, a file where a folder is needed is not "File exists"."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from helpers import minimal_doc, run_cli, write_json

from supple.routine import RoutineError, load_routine
from supple.routine.userstore import UserStore

NOBODY = 65534
needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")


def problem(path: Path) -> str:
    with pytest.raises(RoutineError) as caught:
        load_routine(path)
    (line,) = caught.value.lines()
    return line


@needs_fifo
def test_a_fifo_is_a_fifo_not_missing(tmp_path: Path) -> None:
    fifo = tmp_path / "routine.json"
    os.mkfifo(fifo)
    line = problem(fifo)  # returns: nothing opened the FIFO (that would block)
    assert line == f"{fifo}: (document): cannot read: the path is a FIFO (a named pipe), not a file"


def test_a_device_is_a_device(tmp_path: Path) -> None:
    device = Path(os.devnull)
    if not device.exists() or device.is_file():
        pytest.skip("no character device at os.devnull")
    assert problem(device).endswith("the path is a character device, not a file")
    assert problem(tmp_path / "gone.json").endswith("the path does not exist")


@needs_fifo
def test_check_of_a_fifo_answers_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    result = run_cli("check", str(fifo), timeout=30)
    assert result.returncode == 1
    assert "is a FIFO (a named pipe), not a file" in result.stdout
    assert "missing" not in result.stdout and "not found" not in result.stdout


@needs_fifo
def test_a_picture_that_is_a_fifo_is_named_so(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pose.png")
    doc = minimal_doc(steps=[{"title": "A", "hold": {"seconds": 5}, "illustration": "pose.png"}])
    line = problem(write_json(tmp_path / "r.json", doc))
    assert line.endswith(
        "steps[0].illustration: the picture 'pose.png' is a FIFO (a named pipe), not a file"
    )


@contextmanager
def unreadable_to_this_process(file: Path) -> Iterator[None]:
    """``file`` cannot be opened by this process. As root (who reads anything), the
    process takes the effective user nobody for the while, as a real user would be."""
    file.chmod(0)
    if os.name == "nt":
        pytest.skip("no POSIX permissions")
    if os.geteuid() != 0:
        try:
            yield
        finally:
            file.chmod(0o644)
        return
    os.setegid(NOBODY)
    os.seteuid(NOBODY)
    try:
        yield
    finally:
        os.seteuid(0)
        os.setegid(0)
        file.chmod(0o644)


def test_check_reports_a_picture_it_cannot_read() -> None:
    # A folder everyone may enter (pytest's own tmp folder is root's alone).
    folder = Path(tempfile.mkdtemp(prefix="supple-unreadable-"))
    try:
        folder.chmod(0o755)
        picture = folder / "pose.png"
        picture.write_bytes(b"\x89PNG\r\n\x1a\n")
        step = {"title": "A", "hold": {"seconds": 5}, "illustration": "pose.png"}
        routine = write_json(folder / "r.json", minimal_doc(steps=[step]))
        routine.chmod(0o644)
        load_routine(routine)  # readable: fine
        with unreadable_to_this_process(picture):
            line = problem(routine)
        assert line == (
            f"{routine}: steps[0].illustration: the picture cannot be read: Permission denied"
        )
    finally:
        for file in folder.iterdir():
            file.unlink()
        folder.rmdir()


def test_a_file_where_the_routines_folder_should_be_is_said_plainly(
    supple_home: Path,
) -> None:
    blocker = supple_home / "routines"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(OSError) as caught:
        UserStore(blocker).save(minimal_doc(), None)
    shown = str(caught.value.strerror or caught.value)  # as the app's dialogs show it
    assert shown == f"{blocker} is a file, but Supple needs a folder there"
    assert "File exists" not in shown
    assert blocker.read_text(encoding="utf-8") == "not a folder"  # nothing lost


def test_a_file_where_a_pictures_folder_should_be_is_said_plainly(
    user_routines: Path, tmp_path: Path
) -> None:
    (user_routines / "pictures").write_text("in the way", encoding="utf-8")
    source = tmp_path / "src"
    source.mkdir()
    (source / "pose.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    step = {"title": "A", "hold": {"seconds": 5}, "illustration": "pose.png"}
    with pytest.raises(OSError) as caught:
        UserStore(user_routines).save(minimal_doc(steps=[step]), None, source_base=source)
    shown = str(caught.value.strerror or caught.value)
    assert shown == f"{user_routines / 'pictures'} is a file, but Supple needs a folder there"
