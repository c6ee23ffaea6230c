"""The interfaces that give screen readers the roles ``kit.accessible.give_role`` set.

One interface factory, installed once (``install``), hands screen readers a
``QAccessibleWidget`` with the widget's role (and, for a tab, its selected state and a
press action) for every widget carrying ``ROLE_PROPERTY``; widgets without one keep Qt's
own interfaces. Kept apart from ``kit.accessible`` because loading ``QAccessible`` builds
its eight enums (15M instructions, ~1.5 % of the first frame), which the window's first
frame does without: the launch installs the factory with the services (ARCHITECTURE.md,
start-up rules).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtGui import QAccessible, QAccessibleActionInterface, QAccessibleInterface
from PySide6.QtWidgets import QAbstractButton, QAccessibleWidget, QWidget

from supple.ui.kit.accessible import ROLE_PROPERTY

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


def install() -> None:
    """Install the factory (kit.accessible.install_roles calls it once)."""
    QAccessible.installFactory(_factory)


def refresh(widget: QWidget) -> None:
    """If a screen reader is listening, Qt may have made ``widget``'s interface before
    it had its role (or before the factory was there): drop it, so the next one asked
    for is made by the factory."""
    if QAccessible.isActive():
        made = QAccessible.queryAccessibleInterface(widget)
        if made is not None and not isinstance(made, RoleFace):
            QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(made))
