"""``Qt`` namespace values as plain ints, for the code that runs before the first frame.

Touching ``Qt`` at all (``from PySide6.QtCore import Qt``, ``Qt.AlignmentFlag.AlignTop``,
or a setter typed with a ``Qt`` enum such as ``QLabel.setTextFormat``) makes PySide6
build the whole namespace: about 12 ms of Supple's start (see supple.ui.kit.paint). The
window's first build sets these values through Qt's own property system instead,
with ``set_property``, which hands Qt an int it converts in C++.
tests/ui/kit/test_qt_values.py holds every value equal to Qt's own.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

USER_ROLE = 0x0100  # Qt.ItemDataRole.UserRole
ACCESSIBLE_TEXT_ROLE = 11  # Qt.ItemDataRole.AccessibleTextRole
PLAIN_TEXT = 0  # Qt.TextFormat.PlainText
TEXT_SELECTABLE_BY_MOUSE = 0x1  # Qt.TextInteractionFlag.TextSelectableByMouse
ALIGN_LEFT = 0x1  # Qt.AlignmentFlag.AlignLeft
ALIGN_RIGHT = 0x2  # Qt.AlignmentFlag.AlignRight
ALIGN_H_CENTER = 0x4  # Qt.AlignmentFlag.AlignHCenter
ALIGN_TOP = 0x20  # Qt.AlignmentFlag.AlignTop
ALIGN_BOTTOM = 0x40  # Qt.AlignmentFlag.AlignBottom
ALIGN_V_CENTER = 0x80  # Qt.AlignmentFlag.AlignVCenter
SCROLL_BAR_ALWAYS_OFF = 1  # Qt.ScrollBarPolicy.ScrollBarAlwaysOff
TAB_FOCUS = 0x1  # Qt.FocusPolicy.TabFocus
PRECISE_TIMER = 0  # Qt.TimerType.PreciseTimer


def set_property(target: QObject, name: str, value: int) -> None:
    """Set ``target``'s Qt property ``name``; a name it does not have is an error
    (``QObject.setProperty`` would quietly add a dynamic property instead)."""
    meta = target.metaObject()
    if meta.indexOfProperty(name) < 0:
        raise AttributeError(f"{meta.className()} has no Qt property {name!r}")
    if not target.setProperty(name, value):
        raise ValueError(f"{meta.className()}.{name} does not accept {value!r}")
