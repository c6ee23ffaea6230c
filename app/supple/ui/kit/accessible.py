"""Accessible roles for widgets Qt would call "client" or "check box", and names for
the parts of a scroll area.

A painted widget (the countdown) is a plain QWidget to a screen reader, and the top
bar's checkable buttons read as check boxes where they are tabs. ``give_role(widget,
role)`` says what the widget is; the interface factory of ``kit.accessible_roles`` hands
screen readers a ``QAccessibleWidget`` with that role (and, for a tab, its selected
state and a press action). Widgets without a role keep Qt's own interfaces.

First frame: the factory is installed by the first ``give_role``, except while roles are
held (``roles_held``): the launch holds them while it builds the window and installs the
factory with the services (``install_roles``), so that loading ``QAccessible`` (its
eight enums, ~1.5 % of the first frame) waits until the first frame is out.

Two more things a screen reader should not meet: the anonymous "filler" parts of a
scroll area (its viewport, the widget in it, the scroll bar and its holder), which
``name_scroll_area`` names after the area, and an empty label, which ``set_shown_text``
hides (keeping its room, so nothing on screen moves).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import shiboken6
from PySide6.QtWidgets import QLabel, QScrollArea, QWidget

ROLE_PROPERTY = "suppleAccessibleRole"
# QAccessible.Role values as numbers: the main window gives its roles before the first
# frame, when touching Qt's enums costs time (kit.qt_values, ARCHITECTURE.md).
PAGE_TAB = 0x25
GRAPHIC = 0x28
STATIC_TEXT = 0x29
PAGE_TAB_LIST = 0x3C
_held = 0  # roles_held() depth: while above 0, give_role only sets the property
_waiting: list[QWidget] = []  # given a role while held, for install_roles
_installed = False


def give_role(widget: QWidget, role: int) -> None:
    """Tell screen readers ``widget`` is a ``role`` (a QAccessible.Role value, e.g.
    ``PAGE_TAB``), before it is first asked; while roles are held, from when
    ``install_roles`` is called."""
    widget.setProperty(ROLE_PROPERTY, role)
    if _installed:
        from supple.ui.kit import accessible_roles

        accessible_roles.refresh(widget)
    elif _held:
        _waiting.append(widget)
    else:
        install_roles()


@contextmanager
def roles_held() -> Iterator[None]:
    """Widgets given a role inside get it from ``install_roles`` on, not at once."""
    global _held
    _held += 1
    try:
        yield
    finally:
        _held -= 1


def install_roles() -> None:
    """Install the factory (once) and give the widgets that got a role while roles
    were held (those still there) their interfaces."""
    global _installed
    from supple.ui.kit import accessible_roles

    if not _installed:
        accessible_roles.install()
        _installed = True
    waiting = [widget for widget in _waiting if shiboken6.isValid(widget)]
    _waiting.clear()
    for widget in waiting:
        accessible_roles.refresh(widget)


def name_scroll_area(area: QScrollArea, name: str) -> None:
    """Name ``area`` and the parts Qt shows screen readers inside it (the viewport, the
    widget scrolled, the scroll bars and their holders) ``name``: "Routine details,
    scroll bar" is read where an unnamed "filler" was. Call it after ``setWidget``."""
    area.setAccessibleName(name)
    # The parts are taken from the area's children (the viewport and the scroll bars'
    # holders, each holding its bar), not from viewport() and parentWidget(): those hand
    # back a QWidget of a class private to Qt, and PySide6 finds its Python type by
    # building the type of every QWidget subclass it knows (~13 ms, 59 enums), where
    # children() names it at once (~1 ms).
    parts: list[QWidget | None] = [area.widget()]
    for child in area.children():
        if isinstance(child, QWidget):
            parts.append(child)
            parts += [bar for bar in child.children() if isinstance(bar, QWidget)]
    for part in parts:
        if part is not None and part is not area and not part.accessibleName():
            part.setAccessibleName(name)


def set_shown_text(label: QLabel, text: str) -> None:
    """``text`` in ``label``, hidden while empty (a screen reader meets no empty label);
    its room is kept, so nothing around it moves when it comes and goes."""
    policy = label.sizePolicy()
    if not policy.retainSizeWhenHidden():
        policy.setRetainSizeWhenHidden(True)
        label.setSizePolicy(policy)
    if label.text() != text:
        label.setText(text)
    label.setVisible(bool(text))
