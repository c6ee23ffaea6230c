"""Starting the Qt application and its main window.

First frame: its first import is ``supple.ui.kit.feature_scan``, which makes PySide6's
import hook answer without reading each later module's source (that module says why;
measured to earn 20-30 ms, benchmarks/README.md). With it in place the order of the
other imports no longer matters: importing Supple's Qt-free core ahead of PySide6, the
rule this module kept before, earns under 1 % of the first frame's instructions now.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

# isort: off
import supple.ui.kit.feature_scan  # first: PySide6's import hook, made cheap

# isort: on
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

import supple.ui.kit.pyside_fix  # noqa: F401  (first Qt work: guards a PySide6 6.12.0 bug)
from supple.routine import Routine
from supple.settings import load as load_settings  # the language, before the window
from supple.ui.kit.accessible import roles_held
from supple.ui.kit.gui_collector import collect_on_gui_thread
from supple.ui.shell.compose import create_main_window
from supple.ui.shell.main_window import app_icon
from supple.ui.shell.window_language import install_translations
from supple.version import __version__

if TYPE_CHECKING:
    from supple.applog import AppLog
    from supple.ui.shell.compose import Services
    from supple.ui.shell.error_dialog import ErrorReporter
    from supple.ui.shell.quit_signals import QuitOnSignal
    from supple.ui.shell.single_instance import InstanceGuard


def _application(argv: list[str]) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication([sys.argv[0], *argv])
    app.setApplicationName("Supple")
    app.setApplicationVersion(__version__)
    # Lets Wayland match the window to the desktop entry and its icon.
    app.setDesktopFileName("io.github.supple_app.Supple")
    # Cycles holding Qt objects are freed here, never on the voice's or history's
    # thread (supple.ui.kit.gui_collector says why that would crash).
    collect_on_gui_thread(app)
    return app


class Launch(QObject):
    """The app as a person starts it: the window is shown first, and the voice,
    the history and the settings are attached as soon as it has been painted.

    Importing and starting those services costs about 40 ms that the person
    would otherwise wait for in front of an empty screen; nothing can be started
    before they are attached (``routine`` starts after them).
    """

    FALLBACK_MS = 1000  # attach even if no paint is ever seen (e.g. started minimised)

    def __init__(
        self,
        argv: list[str],
        routine: Routine | None = None,
        guard: InstanceGuard | None = None,
    ) -> None:
        # --in-tray (start at login, supple.reminders.autostart): stay in the tray if the
        # reminders are on and there is a tray; otherwise the window opens as ever.
        self.in_tray = "--in-tray" in argv
        argv = [a for a in argv if a != "--in-tray"]
        app = _application(argv)
        super().__init__()
        self.app = app
        self.guard = guard  # this copy's claim on the data folder; listened on once painted
        # The words before the window is built: its labels are translated as they are made.
        loaded = load_settings()
        self.translators = install_translations(app, loaded.settings.ui_language)
        # What was wrong in the settings file, in the language just installed.
        # Screen-reader roles wait for the services (kit.accessible: QAccessible's enums).
        with roles_held():
            self.window = create_main_window(loaded.settings, notes=loaded.notes_now())
        self.services: Services | None = None
        self.quit_signals: QuitOnSignal | None = None
        self.log: AppLog | None = None  # these three from attach, once the frame is out
        self.errors: ErrorReporter | None = None
        self._routine = routine
        self.window.installEventFilter(self)
        if self.in_tray:
            QTimer.singleShot(0, self.attach)  # no paint to wait for
        else:
            self.window.show()
            QTimer.singleShot(self.FALLBACK_MS, self.attach)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Paint:
            self.window.removeEventFilter(self)
            QTimer.singleShot(0, self.attach)  # once this paint is on screen
        return False

    def attach(self) -> None:
        if self.services is not None:
            return
        from supple.ui.shell.compose import Services

        self.window.removeEventFilter(self)
        self.app.setWindowIcon(app_icon())  # every window takes it, this one included
        if self.guard is not None:
            from supple.ui.shell.single_instance import bring_to_front

            window = self.window

            def run(ref: str) -> None:  # after the answer: the start may ask the person
                from supple.ui.shell.run_request import start_requested

                QTimer.singleShot(0, lambda: start_requested(window, ref))

            self.guard.listen(lambda: bring_to_front(window), on_run=run)
            if self.guard.held:  # the only copy: no save of another copy is under way
                tidy_leftovers()
        from supple import applog
        from supple.ui.shell.error_dialog import ErrorReporter, add_log_folder_action
        from supple.ui.shell.quit_signals import QuitOnSignal

        self.log = applog.start()  # the log, crash reports, and errors shown, not lost
        window = self.window
        self.errors = ErrorReporter(self.log, lambda: window)
        self.errors.install()
        add_log_folder_action(self.window, self.window.help_menu, self.log)

        self.quit_signals = QuitOnSignal(self.window, parent=self)  # SIGTERM, Ctrl+C: File > Quit
        self.services = Services(self.window)
        self.app.aboutToQuit.connect(self.services.shutdown)
        reminders = self.services.reminders
        if self.in_tray and (reminders is None or not reminders.keeps_in_tray()):
            self.window.show()  # nothing in the tray to open it from
        routine = self._routine
        if routine is not None:
            QTimer.singleShot(0, lambda: self.window.start_routine(routine))

    def shutdown(self) -> None:
        try:
            if self.services is not None:
                self.services.shutdown()
            self.window.store.close()
        finally:
            if self.quit_signals is not None:
                self.quit_signals.uninstall()
            if self.errors is not None:
                self.errors.uninstall()
            if self.log is not None:
                import logging

                logging.getLogger("supple").info("quit")
                self.log.close()
            if self.guard is not None:
                self.guard.release()


def tidy_leftovers() -> None:
    """Remove the temporary files that saves killed midway left in Supple's folders."""
    from supple import paths
    from supple.fileutil import remove_stale_temps

    folders = {paths.config_dir(), paths.data_dir(), paths.user_routines_dir(), paths.cache_dir()}
    for folder in folders:
        remove_stale_temps(folder)


def launch_app(argv: list[str], routine: Routine | None = None) -> Launch | int:
    """What ``supple`` does up to its first window: claim the data folder, then Launch.

    A second copy for the same data folder opens nothing: it brings the running
    copy's window forward and the exit code to return is given instead
    (ui/shell/single_instance.py). That keeps it from marking the running copy's live
    session as interrupted.
    """
    from supple.ui.shell.single_instance import claim

    run = title = None
    if routine is not None:  # a copy already open starts it instead (ui/shell/run_request.py)
        from supple.ui.shell.run_request import reference

        run, title = reference(routine), routine.title
    claimed = claim(run=run, run_title=title)  # before any window or history
    if isinstance(claimed, int):
        return claimed
    try:
        return Launch(argv, routine, guard=claimed)
    except BaseException:
        claimed.release()
        raise


def run_app(argv: list[str], routine: Routine | None = None) -> int:
    """Open the main window (and start ``routine`` at once, if given); run until closed."""
    launch = launch_app(argv, routine)
    if isinstance(launch, int):
        return launch
    try:
        return int(launch.app.exec())
    finally:
        launch.shutdown()
