"""Opening the main window from the command line."""

from __future__ import annotations

from collections.abc import Sequence


def launch_gui(qt_args: Sequence[str] = ()) -> int:
    from supple.ui.app import run_app

    return run_app(list(qt_args))
