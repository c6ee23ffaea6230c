"""The routine editor: build and change routines in the app.

Wire it into a main window with ``install_editor(window)``.
"""

from supple.ui.editor.actions import RoutineActions, install_editor

__all__ = ["RoutineActions", "install_editor"]
