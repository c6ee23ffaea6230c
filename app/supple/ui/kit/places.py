"""What a part implements to take a place in the main window.

The window (ui/shell/main_window.py) knows no part: it holds pages, menus and
drop targets that the composition root (ui/shell/compose.py) hands it, and
talks to them only through these interfaces.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QWidget


class PageGuard(Protocol):
    """A page with work that may be unsaved: asked before it is left or the window closes."""

    def may_leave(self, target: QWidget | None) -> bool:
        """True if the window may show ``target`` instead (None: the window is closing)."""
        ...

    def may_close(self) -> bool:
        """True if the window may close."""
        ...


class DropTarget(Protocol):
    """Takes files dropped on the window (the editor's import)."""

    def accepts(self, event: QDragEnterEvent | QDropEvent) -> bool:
        """True if this drag carries something it would take now."""
        ...

    def drop(self, event: QDropEvent) -> None:
        """Take what was dropped (``accepts`` said yes)."""
        ...
