"""`supple run ROUTINE` while the app is open: the routine starts in the open window.

The second copy sends the routine (a file path, or an id) over the local socket
(single_instance.py); this copy brings its window forward and starts it, after
asking the person when a session is playing (that one is paused meanwhile, and
goes on if they say no).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from supple.routine import Routine, RoutineError, resolve_routine

if TYPE_CHECKING:
    from supple.ui.shell.compose import SuppleWindow


def reference(routine: Routine) -> str:
    """What to send for ``routine``: its file (absolute) if it has one, else its id."""
    return str(routine.source.absolute()) if routine.source is not None else routine.id


def find(window: SuppleWindow, ref: str) -> Routine:
    """The routine ``ref`` names: the library's own entry when it is one. Raises RoutineError."""
    from pathlib import Path

    for routine in window.library.routines:
        if routine.source is not None and str(routine.source.absolute()) == ref:
            return routine
    if Path(ref).is_absolute():
        return resolve_routine(ref, window.library)
    return resolve_routine(ref)  # an id: a fresh scan, in case it is new since


def start_requested(window: SuppleWindow, ref: str) -> bool:
    """Bring the window forward and start the routine ``ref`` names. True if started."""
    from supple.ui.shell.single_instance import bring_to_front

    bring_to_front(window)
    try:
        routine = find(window, ref)
    except RoutineError as exc:
        from PySide6.QtCore import QCoreApplication

        window.show_notice(
            QCoreApplication.translate("RunRequest", "Could not start {routine}: {problem}").format(
                routine=ref, problem=" ".join(exc.lines())
            )
        )
        return False
    if window.controller.active and not ask_to_switch(window, routine):
        return False
    return window.start_routine(routine)


def ask_to_switch(window: SuppleWindow, routine: Routine) -> bool:
    """Ask whether to stop the session playing and start ``routine``; stop it if so."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from supple.session import State

    controller = window.controller
    was_running = controller.player is not None and controller.player.state is State.RUNNING
    controller.pause()
    box = QMessageBox(window)
    box.setObjectName("switchRoutine")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("RunRequest", "Start another routine?"))
    box.setText(
        QCoreApplication.translate("RunRequest", "Stop this session and start “{title}”?").format(
            title=routine.title
        )
    )
    box.setInformativeText(
        QCoreApplication.translate("RunRequest", "What you have done so far is kept.")
    )
    switch = box.addButton(
        QCoreApplication.translate("RunRequest", "Stop and start"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    keep = box.addButton(
        QCoreApplication.translate("RunRequest", "Keep going"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    if box.clickedButton() is switch:
        controller.stop()
        return True
    if was_running:
        controller.resume()
    return False
