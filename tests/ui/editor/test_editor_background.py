"""Import and export run off the GUI thread: the window keeps handling events, the
routine actions wait their turn, every problem is still reported, and closing or
exiting in the middle leaves only whole files in the person's routines folder.

Nothing in the transfer is mocked. A job is made slow for real: a large but legal
package (57 MB, under the 64 MB cap), or a picture that is a FIFO the test writes
to when it chooses, so the worker blocks in a real read until then.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
import zipfile
from pathlib import Path

import pytest
from gui_support import drag_over
from helpers import minimal_doc, write_json
from PySide6.QtCore import QBuffer, QIODevice, QTimer
from PySide6.QtGui import QAction, QColor, QImage
from PySide6.QtWidgets import QApplication, QProgressBar

from supple.routine import load_routine
from supple.routine.serialize import routine_to_document
from supple.ui.editor.library_actions import RoutineActions, TransferJob
from supple.ui.shell.compose import attach_editor
from supple.ui.shell.main_window import MainWindow

WAIT_MS = 120_000  # a guard against a hang, never a measure of speed
FILLER = 19 * 2**20  # each member stays under the 20 MB per-file cap


@pytest.fixture
def gui(main_window) -> tuple[MainWindow, RoutineActions]:
    attached: list[RoutineActions] = []
    window = main_window(attach=lambda w: attached.append(attach_editor(w)), size=(1100, 720))
    actions = attached[0]
    yield window, actions
    if actions.job is not None:  # never leave a worker writing into the next test's folder
        actions.job.stop_writing()
        actions.job.wait(WAIT_MS / 1000)


def png_bytes(padding: int = 0) -> bytes:
    """A small real PNG; ``padding`` random bytes after its end make the file big while
    its header (all the picture check reads) stays that of a 64x48 picture."""
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#4a9"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")
    return bytes(buffer.data().data()) + os.urandom(padding)


def make_package(folder: Path, *, own_picture: bool) -> tuple[Path, bytes]:
    """A legal package of about 57 MB: the routine, then a 19 MB picture of its own (or a
    bundled pose and a third filler) and two 19 MB fillers nothing refers to."""
    picture = png_bytes(FILLER)
    illustration = "pictures/pose.png" if own_picture else "pose:cat"
    doc = minimal_doc(
        id="big",
        title="Big",
        steps=[{"title": "Pose", "hold": {"seconds": 9}, "illustration": illustration}],
    )
    path = folder / "big.zip"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_STORED) as archive:
        archive.writestr("routine.json", json.dumps(doc))
        archive.writestr("pictures/pose.png" if own_picture else "extra/c.bin", picture)
        for name in ("a", "b"):
            archive.writestr(f"extra/{name}.bin", os.urandom(FILLER))
    return path, picture


@pytest.fixture(scope="module")
def big_package(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    return make_package(tmp_path_factory.mktemp("big"), own_picture=True)


@pytest.fixture(scope="module")
def big_package_without_pictures(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    """No own picture, so no picture check runs: the import next writes in its save."""
    return make_package(tmp_path_factory.mktemp("big-plain"), own_picture=False)


def own_routine(user_routines: Path, picture: bytes) -> dict:
    folder = user_routines / "pictures" / "mine"
    folder.mkdir(parents=True)
    (folder / "pose.png").write_bytes(picture)
    doc = minimal_doc(
        id="mine",
        title="Mine",
        description="Slow and easy.",
        steps=[
            {"title": "Own pose", "hold": {"seconds": 9}, "illustration": "pictures/mine/pose.png"},
            {"title": "Cat", "hold": {"breaths": 4}, "illustration": "pose:cat"},
        ],
    )
    write_json(user_routines / "mine.json", doc)
    return doc


def routine_actions(actions: RoutineActions) -> dict[str, QAction]:
    return {
        "new": actions.new_action,
        "edit": actions.edit_action,
        "duplicate": actions.duplicate_action,
        "rename": actions.rename_action,
        "delete": actions.delete_action,
        "import": actions.import_action,
        "export": actions.export_action,
    }


def drag_is_accepted(window: MainWindow, file: Path) -> bool:
    return drag_over(window, [file])[0].isAccepted()


def ticking(job: TransferJob) -> tuple[QTimer, list[bool]]:
    """A GUI-thread timer noting, on each turn of the event loop, if the worker still ran."""
    seen: list[bool] = []
    timer = QTimer()
    timer.setInterval(0)
    timer.timeout.connect(lambda: seen.append(job.running))
    timer.start()
    return timer, seen


def snapshot(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def assert_only_whole_files(user_routines: Path, picture: bytes) -> None:
    """No temporary or partial file; every routine loads; every picture is the original."""
    files = [p for p in user_routines.rglob("*") if p.is_file()]
    assert not [p for p in files if p.name.startswith(".") or p.suffix == ".tmp"]
    for path in files:
        if path.suffix == ".json":
            load_routine(path)
        else:
            assert path.parent.parent.name == "pictures"
            assert path.read_bytes() == picture, f"{path} is not the whole picture"


# -- the window stays alive ------------------------------------------------------------------
def test_the_window_keeps_handling_events_while_a_big_import_runs(
    qtbot, gui, big_package, user_routines: Path
) -> None:
    window, actions = gui
    package, picture = big_package
    with qtbot.waitSignal(actions.import_finished, timeout=WAIT_MS) as finished:
        job = actions.import_files([package])
        assert job is not None
        assert window.statusBar().currentMessage() == "Importing “big.zip”…"
        timer, seen = ticking(job)
    timer.stop()
    assert finished.args == [["big"]]
    # The GUI thread went round its event loop while the worker unpacked 57 MB.
    assert seen.count(True) >= 1
    assert not actions.busy
    assert window.statusBar().currentMessage() == "Imported “Big”."
    assert window.library_view.current_entry().id == "big"
    assert actions.last_report is None
    copied = user_routines / "pictures" / "big" / "pose.png"
    assert copied.read_bytes() == picture
    assert_only_whole_files(user_routines, picture)


@pytest.fixture
def blocked_export(gui, user_routines: Path, tmp_path: Path):
    """An export whose worker is stuck reading a picture until ``release()`` is called:
    the picture was replaced, after the library loaded it, by a FIFO nobody writes."""
    window, actions = gui
    picture = png_bytes()
    own_routine(user_routines, picture)
    window.reload_library()
    assert window.library_view.select("mine")
    source = user_routines / "pictures" / "mine" / "pose.png"
    source.unlink()
    os.mkfifo(source)
    target = tmp_path / "shared" / "mine.zip"

    released: list[bool] = []

    def release() -> None:
        def feed() -> None:
            with source.open("wb") as pipe:  # waits for the worker to open its end
                pipe.write(picture)

        released.append(True)
        threading.Thread(target=feed, daemon=True).start()

    yield window, actions, target, picture, release
    if actions.job is not None and not released:  # a failed test: unblock the worker
        release()


def test_actions_wait_while_an_export_is_stuck_on_a_slow_file(qtbot, blocked_export) -> None:
    window, actions, target, picture, release = blocked_export
    assert all(a.isEnabled() for a in routine_actions(actions).values())
    assert window.library_view.edit_button.isEnabled()

    job = actions.export(window.library_view.current_entry(), target)
    assert job is not None
    timer, seen = ticking(job)
    qtbot.waitUntil(lambda: seen.count(True) >= 5, timeout=WAIT_MS)  # the worker is blocked
    timer.stop()
    assert job.running and actions.busy
    assert window.statusBar().currentMessage() == f"Exporting to {target}…"
    busy_bar = window.statusBar().findChild(QProgressBar, "transferBusy")
    assert busy_bar is not None and busy_bar.isVisible()
    disabled = {name for name, a in routine_actions(actions).items() if not a.isEnabled()}
    assert disabled == set(routine_actions(actions))
    assert not window.library_view.edit_button.isEnabled()
    # Selecting another routine re-enables the library's Edit button; not while busy.
    window.library_view.select("quick-spasm-relief")
    assert not window.library_view.edit_button.isEnabled()
    window.library_view.select("mine")
    # One job at a time: dropping files is refused, so is a second job.
    drop = write_json(target.parent.parent / "other.json", minimal_doc(id="other"))
    assert not drag_is_accepted(window, drop)
    assert actions.import_files([drop]) is None
    actions.edit_entry(window.library_view.current_entry())
    assert not actions.built and window.current_page() is window.library_view
    assert window.statusBar().currentMessage() == "Please wait: the export is still running."
    assert not target.exists()

    with qtbot.waitSignal(actions.export_finished, timeout=WAIT_MS) as finished:
        release()
    assert finished.args == [target, True]
    assert not actions.busy and not busy_bar.isVisible()
    assert window.statusBar().currentMessage() == f"Exported to {target}"
    assert all(a.isEnabled() for a in routine_actions(actions).values())
    assert window.library_view.edit_button.isEnabled()
    assert drag_is_accepted(window, drop)
    with zipfile.ZipFile(target) as archive:
        assert archive.read("pictures/pose.png") == picture
    assert sorted(p.name for p in target.parent.iterdir()) == ["mine.zip"]


# -- the same outcome as before ----------------------------------------------------------------
def test_a_failing_import_still_reports_every_problem(
    qtbot, gui, user_routines: Path, tmp_path: Path
) -> None:
    window, actions = gui
    bad = write_json(
        tmp_path / "bad.json", minimal_doc(steps=[{"title": "", "hold": {"breaths": 0}}])
    )
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"this is not a zip archive")
    good = write_json(tmp_path / "good.json", minimal_doc(id="good", title="Good"))
    with qtbot.waitSignal(actions.import_finished, timeout=WAIT_MS) as finished:
        assert actions.import_files([bad, broken, good]) is not None
        assert window.statusBar().currentMessage() == "Importing 3 files…"
    assert finished.args == [["good"]]
    report = actions.last_report
    assert report is not None and report.text() == "Could not import"
    # Every problem of every file, in the order given, as the synchronous import listed them.
    assert report.detailedText().splitlines() == [
        "bad.json",
        "  steps[0].title: must not be empty",
        "  steps[0].hold.breaths: 0 breaths is out of range (1–100 breaths)",
        "broken.zip",
        "  (file): not a readable zip archive",
    ]
    assert window.statusBar().currentMessage() == "Imported “Good”."
    assert window.library_view.current_entry().id == "good"
    assert sorted(p.name for p in user_routines.iterdir()) == ["good.json"]
    report.close()


def test_problems_found_during_a_session_wait_until_it_ends(
    qtbot, gui, user_routines: Path, tmp_path: Path
) -> None:
    window, actions = gui
    bad = write_json(tmp_path / "bad.json", minimal_doc(steps=[{"title": ""}]))
    with qtbot.waitSignal(actions.import_finished, timeout=WAIT_MS) as finished:
        assert actions.import_files([bad]) is not None
        # Start is not disabled by an import: a session begins before it is done.
        assert window.start_routine(window.library.by_id("quick-spasm-relief"))
    assert finished.args == [[]]
    assert window.controller.active
    assert actions.last_report is None  # no dialog taking the keys from the player
    assert window.statusBar().currentMessage() == (
        "Could not import: the problems are listed when the session ends."
    )
    window.controller.stop()
    qtbot.waitUntil(lambda: actions.last_report is not None, timeout=WAIT_MS)
    assert actions.last_report.text() == "Could not import"
    assert actions.last_report.detailedText().splitlines()[0] == "bad.json"
    actions.last_report.close()


def test_an_export_imports_back_equal(
    qtbot, gui, user_routines: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, actions = gui
    picture = png_bytes(4096)
    own_routine(user_routines, picture)
    window.reload_library()
    assert window.library_view.select("mine")
    target = tmp_path / "shared" / "mine"  # the dialog adds .zip when it is left out
    monkeypatch.setattr(
        "supple.ui.editor.library_actions.QFileDialog.getSaveFileName",
        lambda *a, **k: (str(target), ""),
    )
    with qtbot.waitSignal(actions.export_finished, timeout=WAIT_MS) as exported:
        actions.export_action.trigger()
    package = target.with_suffix(".zip")
    assert exported.args == [package, True]

    actions.ask_conflict = lambda *_a, **_k: "keep"  # "mine" is there: keep both
    with qtbot.waitSignal(actions.import_finished, timeout=WAIT_MS) as imported:
        actions.import_files([package])
    assert imported.args == [["mine-2"]]
    original = routine_to_document(load_routine(user_routines / "mine.json"))
    again = routine_to_document(load_routine(user_routines / "mine-2.json"))
    assert again["steps"][0]["illustration"] == "pictures/mine-2/pose.png"
    again["id"] = "mine"
    again["steps"][0]["illustration"] = "pictures/mine/pose.png"
    assert again == original
    assert (user_routines / "pictures" / "mine-2" / "pose.png").read_bytes() == picture


# -- closing and exiting in the middle -----------------------------------------------------------
def test_closing_during_an_import_waits_for_it_and_says_why(
    qtbot, gui, big_package, user_routines: Path
) -> None:
    window, actions = gui
    package, picture = big_package
    job = actions.import_files([package])
    assert job is not None
    said: list[str] = []
    # Runs inside the wait that closing starts (it handles all but user input).
    QTimer.singleShot(0, lambda: said.append(window.statusBar().currentMessage()))
    window.close()
    assert said == ["Finishing the import before closing…"]
    assert not window.isVisible()
    assert QApplication.overrideCursor() is None
    job.wait(WAIT_MS / 1000)  # had it needed more than the wait, it went on alone
    qtbot.waitUntil(lambda: not actions.busy, timeout=WAIT_MS)
    assert load_routine(user_routines / "big.json").id == "big"
    assert_only_whole_files(user_routines, picture)


@pytest.mark.parametrize("package", ["big_package", "big_package_without_pictures"])
def test_exiting_during_an_import_leaves_only_whole_files(
    qtbot, gui, package: str, user_routines: Path, request: pytest.FixtureRequest
) -> None:
    _window, actions = gui
    package, picture = request.getfixturevalue(package)
    with qtbot.waitSignal(actions.import_finished, timeout=WAIT_MS) as finished:
        job = actions.import_files([package])
        assert job is not None
        actions.shutdown()  # what the exit hook does: a save under way finishes, none starts
        after_exit = snapshot(user_routines)
        assert_only_whole_files(user_routines, picture)
        job.wait(WAIT_MS / 1000)
        assert snapshot(user_routines) == after_exit  # nothing written after the exit point
    if finished.args == [[]]:  # stopped before it wrote: said so, and nothing is there
        assert after_exit == {}
        report = actions.last_report
        assert report is not None
        assert report.detailedText().splitlines() == [
            "big.zip",
            "  not imported: Supple was closing",
        ]
        report.close()
    else:  # its save had begun: it finished whole
        assert finished.args == [["big"]]
        assert "big.json" in after_exit


def test_closing_during_an_export_that_cannot_finish_lets_it_finish_later(
    qtbot, blocked_export
) -> None:
    window, actions, target, picture, release = blocked_export
    actions.close_wait_ms = 0  # the job is blocked: waiting longer would change nothing
    job = actions.export(window.library_view.current_entry(), target)
    assert job is not None
    window.close()
    assert not window.isVisible() and job.running
    assert not target.exists()  # never a half-written package under the chosen name
    with qtbot.waitSignal(actions.export_finished, timeout=WAIT_MS) as finished:
        release()
    assert finished.args == [target, True]
    with zipfile.ZipFile(target) as archive:
        assert archive.testzip() is None
        assert archive.read("pictures/pose.png") == picture
    assert sorted(p.name for p in target.parent.iterdir()) == ["mine.zip"]
