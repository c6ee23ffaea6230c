"""Starting the Qt application and its main window."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from supple.version import __version__


def create_main_window() -> QMainWindow:
    window = QMainWindow()
    window.setWindowTitle(QApplication.translate("MainWindow", "Supple"))
    label = QLabel(
        QApplication.translate("MainWindow", "Supple {version}").format(version=__version__)
    )
    window.setCentralWidget(label)
    window.resize(1024, 700)
    return window


def run_app(argv: list[str]) -> int:
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setApplicationName("Supple")
    app.setApplicationVersion(__version__)
    window = create_main_window()
    window.show()
    return int(app.exec())
