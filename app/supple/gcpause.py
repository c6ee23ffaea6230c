"""Python's cyclic garbage collector, paused while the app starts.

Starting Supple imports PySide6 and the window's modules and builds the window:
a few hundred thousand objects, nearly all of which live as long as the app.
The cyclic collector would walk them several times while they are being made
(about 6 ms before the first frame here, measured with ``gc.callbacks``) and on
every full collection for the rest of the run. So the launcher pauses it before
it imports the app; once the first frame is out (supple.ui.app.Launch), the
objects made so far move to the permanent generation (``gc.freeze``) and
collection resumes, so later collections only look at what is made after start-up.
Reference counting frees objects as usual meanwhile; only garbage cycles wait.
"""

from __future__ import annotations

import gc

_paused = False


def pause() -> None:
    """Stop cyclic collection, if it is on, until ``resume``."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume() -> None:
    """Freeze what exists and collect again, if ``pause`` stopped collection."""
    global _paused
    if _paused:
        _paused = False
        gc.freeze()
        gc.enable()


def is_paused() -> bool:
    return _paused
