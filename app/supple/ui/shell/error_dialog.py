"""An error nobody caught: written to the log, shown to the person, and the app goes on.

``install(log)`` replaces ``sys.excepthook`` (which PySide6 calls for an exception
raised in a slot or an event handler): the traceback goes to the log and to
stderr, and a dialog says that something went wrong, where the log is and what
happened, with the traceback under "Show Details...". The dialog is not modal and
there is one at a time (more errors while it is up are counted in it), so a fault
repeating on every timer tick cannot bury the window.
``add_log_folder_action(window, log)`` adds Help > Show log folder.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QWidget

from supple.applog import AppLog

if TYPE_CHECKING:  # imported when an error is shown: its type and enums cost ~1.5 ms at start
    from PySide6.QtWidgets import QMessageBox

log = logging.getLogger("supple.errors")

Hook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


class ErrorReporter:
    """The exception hook and its one dialog."""

    def __init__(self, app_log: AppLog, parent: Callable[[], QWidget | None]) -> None:
        self.app_log = app_log
        self._parent = parent
        self.dialog: QMessageBox | None = None
        self._count = 0
        self._previous: Hook = sys.excepthook

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self.hook

    def uninstall(self) -> None:
        if sys.excepthook == self.hook:
            sys.excepthook = self._previous

    def hook(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, (KeyboardInterrupt, SystemExit)):
            self._previous(kind, error, tb)
            return
        details = "".join(traceback.format_exception(kind, error, tb))
        log.error("uncaught exception\n%s", details.rstrip())
        sys.__excepthook__(kind, error, tb)  # and on stderr, as before
        try:
            self._show(kind, error, details)
        except Exception:  # never fail inside the hook itself
            log.exception("the error dialog could not be shown")

    def _where(self) -> str:
        if self.app_log.path is not None:
            return QApplication.translate(
                "ErrorReporter", "The details are in the log: {path}"
            ).format(path=self.app_log.path)
        return QApplication.translate(
            "ErrorReporter", "No log could be written ({problem})."
        ).format(problem=self.app_log.problem)

    def _show(self, kind: type[BaseException], error: BaseException, details: str) -> None:
        if QApplication.instance() is None:
            return
        self._count += 1
        summary = f"{kind.__name__}: {error}"
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.setText(
                QApplication.translate(
                    "ErrorReporter", "Something went wrong in Supple ({count} times)."
                ).format(count=self._count)
            )
            self.dialog.setDetailedText(details)
            return
        self._count = 1
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self._parent())
        box.setObjectName("errorDialog")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QApplication.translate("ErrorReporter", "Something went wrong"))
        box.setText(QApplication.translate("ErrorReporter", "Something went wrong in Supple."))
        box.setInformativeText(
            QApplication.translate(
                "ErrorReporter",
                "{summary}\n\nSupple goes on; if something looks wrong, restart it. {where}",
            ).format(summary=summary, where=self._where())
        )
        box.setDetailedText(details)
        box.addButton(QMessageBox.StandardButton.Close)
        box.finished.connect(lambda _result: self._closed(box))
        self.dialog = box
        box.setModal(False)  # the window (and a session in it) goes on meanwhile
        box.show()

    def _closed(self, box: QMessageBox) -> None:
        if self.dialog is box:
            self.dialog = None
        box.deleteLater()


def add_log_folder_action(window: QMainWindow, help_menu: QMenu, app_log: AppLog) -> QAction:
    """Help > Show log folder: opens the folder in the desktop's file manager."""
    action = QAction(window)
    action.setText(QCoreApplication.translate("ErrorReporter", "Show &log folder"))
    action.setObjectName("showLogFolder")

    def show() -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices
        from PySide6.QtWidgets import QMessageBox

        folder = app_log.folder
        folder.mkdir(parents=True, exist_ok=True)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            QMessageBox.information(
                window,
                QCoreApplication.translate("ErrorReporter", "Log folder"),
                QCoreApplication.translate("ErrorReporter", "Supple's log is in {folder}").format(
                    folder=folder
                ),
            )

    action.triggered.connect(show)
    help_menu.addAction(action)
    return action
