"""Accessible roles for widgets Qt would call "client" or "check box".

A painted widget (the countdown) is a plain QWidget to a screen reader, and the top
bar's checkable buttons read as check boxes where they are tabs. ``give_role(widget,
role)`` says what the widget is; one interface factory, installed on first use, hands
screen readers a ``QAccessibleWidget`` with that role (and, for a tab, its selected
state and a press action). Widgets without a role keep Qt's own interfaces.

Two more things a screen reader should not meet: the anonymous "filler" parts of a
scroll area (its viewport, the widget in it, the scroll bar and its holder), which
``name_scroll_area`` names after the area, and an empty label, which ``set_shown_text``
hides (keeping its room, so nothing on screen moves).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtGui import QAccessible, QAccessibleActionInterface, QAccessibleInterface
from PySide6.QtWidgets import (
    QAbstractButton,
    QAccessibleWidget,
    QLabel,
    QScrollArea,
    QWidget,
)

ROLE_PROPERTY = "suppleAccessibleRole"
# QAccessible.Role values as numbers: the main window gives its roles before the first
# frame, when touching Qt's enums costs time (kit.qt_values, ARCHITECTURE.md).
PAGE_TAB = 0x25
GRAPHIC = 0x28
STATIC_TEXT = 0x29
PAGE_TAB_LIST = 0x3C
_installed = False
# Qt owns an interface once the factory returns it, and deletes it with its widget; the
# Python wrapper must live that long too, or Python would delete it under Qt. Wrappers
# whose interface Qt has deleted are dropped as new ones come.
_faces: list[QAccessibleWidget] = []


class RoleFace(QAccessibleWidget):
    """A widget with a role of our choosing; a checkable button as a tab also says
    whether it is the selected one and can be pressed."""

    def __init__(self, widget: QWidget, role: QAccessible.Role) -> None:
        super().__init__(widget, role)
        self._widget = widget
        self._role = role

    def text(self, kind: QAccessible.Text) -> str:
        """A button's own text is its name when none is set, as Qt's button says it."""
        said = super().text(kind)
        button = self._widget
        if not said and kind == QAccessible.Text.Name and isinstance(button, QAbstractButton):
            said = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        return said

    def state(self) -> QAccessible.State:
        state = super().state()
        button = self._widget
        if isinstance(button, QAbstractButton) and button.isCheckable():
            state.selectable = True
            state.selected = button.isChecked()
            state.checkable = False
            state.checked = False
        return state

    def actionNames(self) -> list[str]:
        names = list(super().actionNames())
        if isinstance(self._widget, QAbstractButton):
            names.insert(0, QAccessibleActionInterface.pressAction())
        return names

    def doAction(self, name: str) -> None:
        if name == QAccessibleActionInterface.pressAction() and isinstance(
            self._widget, QAbstractButton
        ):
            self._widget.click()
            return
        super().doAction(name)


def _factory(_key: str, obj: object) -> QAccessibleInterface | None:
    if not isinstance(obj, QWidget):
        return None
    role = obj.property(ROLE_PROPERTY)
    if role is None:
        return None
    face = RoleFace(obj, QAccessible.Role(int(role)))
    _faces[:] = [kept for kept in _faces if shiboken6.isValid(kept)]
    _faces.append(face)
    return face


def give_role(widget: QWidget, role: int) -> None:
    """Tell screen readers ``widget`` is a ``role`` (a QAccessible.Role value, e.g.
    ``PAGE_TAB``), before it is first asked."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True
    widget.setProperty(ROLE_PROPERTY, role)
    if QAccessible.isActive():
        # A screen reader is listening: Qt may have made the widget's interface already
        # (a text or a state set before this); drop it, so the next one has the role.
        made = QAccessible.queryAccessibleInterface(widget)
        if made is not None and not isinstance(made, RoleFace):
            QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(made))


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
