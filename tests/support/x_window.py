"""A plain Qt window on $DISPLAY, run by tests/support/x_display.py's ``QtWindow``.

It prints ``shown 0xID`` once mapped, then reads commands from stdin, one a line:
``full`` (showFullScreen), ``normal`` (showNormal); each is answered ``done ok``.
It ends when stdin closes.
"""

from __future__ import annotations

import sys
import threading

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget


class Commands(QObject):
    line = Signal(str)


def main() -> None:
    app = QApplication(sys.argv)
    window = QWidget()
    window.setWindowTitle("A presentation")
    window.resize(400, 300)
    window.show()
    app.processEvents()
    print("shown", hex(int(window.winId())), flush=True)
    commands = Commands()

    def run(command: str) -> None:
        if command == "full":
            window.showFullScreen()
        elif command == "normal":
            window.showNormal()
        elif command == "":
            app.quit()
            return
        app.processEvents()
        app.sync()  # the request is at the X server before the test looks
        print("done ok", flush=True)

    commands.line.connect(run)

    def read() -> None:
        for line in sys.stdin:
            commands.line.emit(line.strip())
        commands.line.emit("")

    threading.Thread(target=read, daemon=True).start()
    app.exec()


if __name__ == "__main__":
    main()
