"""Starting the Qt application and its main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

import supple.ui.pyside_fix  # noqa: F401  (first: guards a PySide6 6.12.0 bug)
from supple import settings as settings_module
from supple.routine import Library, Routine
from supple.session import Clock, monotonic
from supple.settings import Settings
from supple.ui.main_window import MainWindow, app_icon
from supple.ui.services import Services
from supple.ui.session_controller import SessionController
from supple.ui.settings_store import SettingsStore
from supple.version import __version__


def create_main_window(
    settings: Settings | None = None,
    *,
    library: Library | None = None,
    clock: Clock = monotonic,
    persist: bool = True,
) -> MainWindow:
    """The main window with its session controller.

    ``settings`` default to the saved ones; ``library`` to a fresh scan;
    ``clock`` is the session clock (tests pass a FakeClock); ``persist=False``
    keeps the window from writing the settings file (screenshots).
    """
    notes: list[str] = []
    if settings is None:
        loaded = settings_module.load()
        settings, notes = loaded.settings, loaded.notes
    library = Library.scan() if library is None else library
    store = SettingsStore(settings, persist=persist)
    controller = SessionController(clock=clock, settings=settings)
    window = MainWindow(store, library, controller)
    store.setParent(window)
    controller.setParent(window)
    if notes:
        window.statusBar().showMessage("; ".join(notes), 15000)
    return window


def _application(argv: list[str]) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication([sys.argv[0], *argv])
    app.setApplicationName("Supple")
    app.setApplicationVersion(__version__)
    # Lets Wayland match the window to the desktop entry and its icon.
    app.setDesktopFileName("io.github.supple_app.Supple")
    app.setWindowIcon(app_icon())
    return app


def run_app(argv: list[str], routine: Routine | None = None) -> int:
    """Open the main window (and start ``routine`` at once, if given); run until closed."""
    app = _application(argv)
    window = create_main_window()
    services = Services(window)
    app.aboutToQuit.connect(services.shutdown)
    window.show()
    if routine is not None:
        QTimer.singleShot(0, lambda: window.start_routine(routine))
    code = int(app.exec())
    services.shutdown()
    window.store.close()
    return code
