"""Opening the main window from the command line."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence
from types import ModuleType

from supple.i18n import N_, _

NO_DISPLAY = N_(
    "Supple needs a desktop session to open its window, and none was found here "
    "(neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
    "Start it from your desktop, or from a terminal inside one. The command line works "
    "without a desktop: try `supple list`, `supple plan ROUTINE` or `supple --help`."
)


def display_problem(
    qt_args: Sequence[str] = (),
    environ: Mapping[str, str] | None = None,
    platform: str | None = None,
) -> str | None:
    """Why no window can open here, or None.

    Only on Linux and the BSDs, where a window needs an X11 or Wayland session;
    a platform chosen explicitly (QT_QPA_PLATFORM or ``-platform``, e.g.
    ``offscreen``) is taken as the person's own choice.
    """
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if platform in ("win32", "cygwin", "darwin"):
        return None
    if environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return None
    if environ.get("QT_QPA_PLATFORM") or "-platform" in qt_args:
        return None
    return _(NO_DISPLAY)


def load_app() -> ModuleType:
    """supple.ui.shell.app, imported when the window is wanted (the command line's
    other commands need no Qt)."""
    import supple.ui.shell.app

    return supple.ui.shell.app


def launch_gui(qt_args: Sequence[str] = ()) -> int:
    problem = display_problem(qt_args)
    if problem is not None:
        from supple import i18n
        from supple.cli.language import locale_language

        i18n.set_language(locale_language())  # only now: the window's start loads no catalogue
        problem = display_problem(qt_args)
        print(problem, file=sys.stderr)
        return 1
    return int(load_app().run_app(list(qt_args)))
