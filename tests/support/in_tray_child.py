"""``supple --in-tray`` as start at login runs it, on a real X display with a tray host;
run by tests/ui/reminders/test_in_tray_x11.py (and, to look at it, by hand).

    python in_tray_child.py OUT.json [SHOTS_FOLDER]

Once the app has attached its services it writes what a person would see to OUT.json:
whether a tray is there, whether the window is shown, whether the tray icon is shown
and where; then opens the tray icon's menu where the icon is, as a right click does,
and says what it holds. With SHOTS_FOLDER it grabs the screen (tray-x11.png, and
tray-x11-menu.png with the menu open). Then it quits through the tray's Quit.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from supple.ui.shell.app import Launch


def main() -> None:
    out = Path(sys.argv[1])
    shots = Path(sys.argv[2]) if len(sys.argv) > 2 else None
    launch = Launch(["supple", "--in-tray"])
    seen: dict[str, object] = {}

    def grab(name: str) -> None:
        if shots is not None:
            screen = QApplication.primaryScreen()
            screen.grabWindow(0).save(str(shots / name))

    def look() -> None:
        if launch.services is None or launch.services.reminders is None:
            QTimer.singleShot(20, look)
            return
        part = launch.services.reminders
        tray = part.tray
        if tray is not None and tray.icon.toolTip() == "Supple":
            # Today's minutes are read from the history off the GUI thread; until that
            # answer is in, the menu still holds its first words. Wait for the answer
            # (the tooltip then names it) rather than race it.
            QTimer.singleShot(20, look)
            return
        geometry = tray.icon.geometry() if tray is not None else None
        seen.update(
            tray_available=QSystemTrayIcon.isSystemTrayAvailable(),
            window_shown=launch.window.isVisible(),
            icon_shown=tray is not None and tray.icon.isVisible(),
            icon_size=None if geometry is None else [geometry.width(), geometry.height()],
            keeps_in_tray=part.keeps_in_tray(),
        )
        if tray is None or geometry is None or geometry.isEmpty():
            finish()
            return
        grab("tray-x11.png")
        tray.menu.aboutToShow.emit()  # as Qt does before it opens: today's minutes
        tray.menu.popup(geometry.center())
        QTimer.singleShot(0, menu_open)

    def menu_open() -> None:
        part = launch.services.reminders  # type: ignore[union-attr]
        tray = part.tray
        assert tray is not None
        if not tray.menu.isVisible():
            QTimer.singleShot(20, menu_open)
            return
        QApplication.processEvents()
        seen["menu"] = [a.text() for a in tray.menu.actions() if a.isVisible() and a.text()]
        grab("tray-x11-menu.png")
        tray.menu.hide()
        out.write_text(json.dumps(seen), encoding="utf-8")
        tray.quit_action.trigger()  # Quit Supple, from the tray: the app ends by itself

    def finish() -> None:
        out.write_text(json.dumps(seen), encoding="utf-8")
        launch.window.quit()

    QTimer.singleShot(0, look)
    code = launch.app.exec()
    launch.shutdown()
    sys.exit(code)


if __name__ == "__main__":
    main()
