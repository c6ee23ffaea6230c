"""Opening the main window from the command line."""

from __future__ import annotations

from collections.abc import Sequence
from types import ModuleType

from supple import gcpause


def load_app() -> ModuleType:
    """supple.ui.app, imported with the garbage collector paused (supple.gcpause):
    the window resumes it once its first frame is out."""
    gcpause.pause()
    import supple.ui.app

    return supple.ui.app


def launch_gui(qt_args: Sequence[str] = ()) -> int:
    return int(load_app().run_app(list(qt_args)))
