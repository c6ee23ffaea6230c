"""Supple's main window on $DISPLAY for the AT-SPI test (tests/ui/test_atspi.py).

Started with QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1, so Qt puts the window on the
accessibility bus. It prints ``shown`` once the window is up, then reads commands from
stdin, one a line, each answered ``done ...``: ``play ID`` starts that routine (on a
clock that does not move, so the screen holds still), ``history`` shows the History
page, ``settings`` opens the Settings dialog, ``focus`` asks the window to be the active
one. It ends when stdin closes.
"""

from __future__ import annotations

import sys
import threading
import time

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from supple.routine import Library
from supple.session import FakeClock
from supple.settings import Settings
from supple.ui.kit.accessible import roles_held
from supple.ui.shell.compose import Services, create_main_window


class Commands(QObject):
    line = Signal(str)


def main() -> None:
    app = QApplication(sys.argv)
    app.setApplicationName("supple")
    settings = Settings(safety_acknowledged=True, muted=True, verbosity="silent")
    library = Library.scan()
    with roles_held():  # as the launch builds it (shell/app.py): roles come with Services
        window = create_main_window(settings, library=library, clock=FakeClock(), persist=False)
    window.resize(1024, 700)
    window.show()
    window.activateWindow()
    app.processEvents()
    services = Services(window, speech=False, reminders=False)  # History, the editor
    app.aboutToQuit.connect(services.shutdown)
    app.processEvents()
    print("shown", flush=True)
    commands = Commands()

    def run(command: str) -> None:
        if command == "":
            app.quit()
            return
        word, _, arg = command.partition(" ")
        if word == "play":
            entry = next(e for e in library.entries if e.id == arg)
            assert entry.routine is not None
            window.sessions.start_routine(entry.routine)
            window.controller.tick()
        elif word == "history":
            services.history_action.trigger()
            page = services.history_page
            deadline = time.monotonic() + 20
            while page is not None and page.loads < 1 and time.monotonic() < deadline:
                app.processEvents()  # the week is read on the history thread
        elif word == "settings":
            dialog = services.open_settings()
            dialog.activateWindow()
        elif word == "focus":
            window.activateWindow()
        app.processEvents()
        print("done", word, type(app.focusWidget()).__name__, flush=True)

    commands.line.connect(run)

    def read() -> None:
        for line in sys.stdin:
            commands.line.emit(line.strip())
        commands.line.emit("")

    threading.Thread(target=read, daemon=True).start()
    app.exec()


if __name__ == "__main__":
    main()
