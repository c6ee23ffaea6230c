"""The log, the crash report and the error dialog, with the real files and widgets."""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QMessageBox

from supple import applog, paths
from supple.ui.shell.error_dialog import ErrorReporter, add_log_folder_action


@pytest.fixture
def app_log(supple_home: Path) -> Iterator[applog.AppLog]:
    started = applog.start()
    yield started
    started.close()


def test_the_log_folder_is_under_supple_home(supple_home: Path) -> None:
    assert paths.log_dir() == supple_home / "logs"


def test_the_log_is_written_in_the_log_folder(app_log: applog.AppLog) -> None:
    assert app_log.path == paths.log_dir() / "supple.log"
    applog.log.warning("a thing to know")
    text = app_log.path.read_text(encoding="utf-8")
    assert "starting" in text and "WARNING supple [MainThread] a thing to know" in text


def test_an_exception_in_a_thread_lands_in_the_log(app_log: applog.AppLog) -> None:
    def fail() -> None:
        raise ValueError("lost in a worker")

    thread = threading.Thread(target=fail, name="supple-test-worker")
    thread.start()
    thread.join()
    assert app_log.path is not None
    text = app_log.path.read_text(encoding="utf-8")
    assert "uncaught exception in thread supple-test-worker" in text
    assert "ValueError: lost in a worker" in text


def test_a_log_folder_that_cannot_be_made_lets_the_app_go_on(tmp_path: Path) -> None:
    in_the_way = tmp_path / "a-file"
    in_the_way.write_text("not a folder")
    started = applog.start(in_the_way / "logs")
    assert started.path is None and str(in_the_way) in started.problem
    started.close()


class Emitter(QObject):
    poke = Signal()

    @Slot()
    def broken(self) -> None:
        raise RuntimeError("a slot that breaks")


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_shows_the_dialog_and_lands_in_the_log(
    qtbot, app_log: applog.AppLog
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    reporter = ErrorReporter(app_log, lambda: window)
    reporter.install()
    try:
        emitter = Emitter()
        emitter.poke.connect(emitter.broken)
        QTimer.singleShot(0, emitter.poke.emit)  # raised inside Qt's loop, as in the app
        qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
        box = reporter.dialog
        assert isinstance(box, QMessageBox)
        assert "RuntimeError: a slot that breaks" in box.informativeText()
        assert str(app_log.path) in box.informativeText()
        assert "raise RuntimeError" in box.detailedText()
        assert not box.isModal() and QApplication.activeModalWidget() is None
        emitter.poke.emit()  # again while it is up: counted, not a second dialog
        assert reporter.dialog is box and "2 times" in box.text()
        box.done(0)  # closed, as the person would
        qtbot.waitUntil(lambda: reporter.dialog is None)
        assert window.isVisible()  # the app goes on
    finally:
        reporter.uninstall()
    assert app_log.path is not None
    text = app_log.path.read_text(encoding="utf-8")
    assert text.count("RuntimeError: a slot that breaks") == 2
    assert "ERROR supple.errors" in text


class Opened(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_help_show_log_folder_opens_the_folder(qtbot, app_log: applog.AppLog) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    menu = QMenu("&Help", window)
    window.menuBar().addMenu(menu)
    action = add_log_folder_action(window, menu, app_log)
    assert action in menu.actions() and action.text() == "Show &log folder"
    opened = Opened()
    QDesktopServices.setUrlHandler("file", opened, "open")
    try:
        action.trigger()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [Path(url.toLocalFile()) for url in opened.urls] == [paths.log_dir()]


CRASH = """
import faulthandler
from supple import applog
applog.start()
faulthandler._sigsegv()
"""


@pytest.mark.skipif(sys.platform == "win32", reason="a segfault is reported differently there")
def test_a_hard_crash_leaves_its_stack_in_the_crash_report(supple_home: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", CRASH], capture_output=True, text=True, timeout=120
    )
    assert result.returncode != 0
    report = (supple_home / "logs" / "crash.log").read_text(encoding="utf-8")
    assert "Fatal Python error: Segmentation fault" in report
