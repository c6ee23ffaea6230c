"""A guard against a reference-counting bug in PySide6 6.12.0.

In PySide6 6.12.0 every wrapped C++ function that returns ``void`` hands back
``None`` without taking a reference, and ``SignalInstance.emit()`` does the
same with ``True``. Each call therefore drops one reference to ``None`` or
``True``; on Python 3.11 and older, where these singletons are ordinary
objects, the interpreter aborts ("none_dealloc" / "bool_dealloc") after a few
thousand calls, which a running session reaches in a minute.

Python 3.12 made these singletons immortal. ``apply()`` does the same here,
only when the bug is detected: it raises their reference counts far beyond
anything the leak can use up, so they can never reach zero. Nothing else is
touched. Older or fixed PySide6 versions are left alone.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

_HEADROOM = 1 << 40


class _Probe(QObject):
    ping = Signal()


def leaks_singletons() -> bool:
    """True when void calls or emits drop references to None or True."""
    probe = _Probe()
    none_before = sys.getrefcount(None)
    true_before = sys.getrefcount(True)
    for _ in range(16):
        probe.setObjectName("probe")
        probe.ping.emit()
    none_lost = none_before - sys.getrefcount(None)
    true_lost = true_before - sys.getrefcount(True)
    return none_lost >= 16 or true_lost >= 16


def apply() -> bool:
    """Make None, True and False effectively immortal if this PySide6 needs it."""
    if sys.version_info >= (3, 12) or getattr(sys, "implementation", None) is None:
        return False
    if sys.implementation.name != "cpython" or not leaks_singletons():
        return False
    import ctypes  # only here: importing it costs start-up time everywhere else

    for singleton in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(singleton))  # ob_refcnt comes first
        count.value += _HEADROOM
    return True


APPLIED = apply()
