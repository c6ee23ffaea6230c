"""What the editor needs of the window it is put into, as protocols: the composition
root's window (ui/shell/compose.py) is one, and the editor imports neither it nor
the library or player wings."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPushButton, QStatusBar, QWidget

from supple.routine import Entry, Library, Routine
from supple.ui.kit.places import PageGuard


class LibraryPage(Protocol):
    """What the editor needs of the library page (ui/library/library_view.py)."""

    def current_entry(self) -> Entry | None: ...
    def select(self, routine_id: str) -> bool: ...
    def neighbour_id(self, routine_id: str) -> str: ...
    def set_edit_enabled(self, enabled: bool) -> None: ...


class Sessions(Protocol):
    """What the editor needs of the session controller: whether a session is on."""

    session_ended: Any  # a Qt signal carrying the SessionReport

    @property
    def active(self) -> bool: ...


class EditorHost(Protocol):
    """What the editor needs of the main window (ui/shell/main_window.py is one): its
    places for pages and menus, the library page's selection, and the session."""

    library: Library
    library_view: LibraryPage
    home_nav: QPushButton
    controller: Sessions
    player_view: QWidget

    def add_menu(self, title: str) -> QMenu: ...
    def add_page(
        self,
        title: str | None,
        widget: QWidget,
        *,
        guard: PageGuard | None = None,
        nav_button: QPushButton | None = None,
        bare: bool = False,
    ) -> QAction | None: ...
    def addAction(self, action: QAction) -> None: ...
    def current_page(self) -> QWidget: ...
    def estimate(self, routine: Routine) -> float: ...
    def reload_library(self, library: Library | None = None) -> None: ...
    def setWindowTitle(self, title: str) -> None: ...
    def show_library(self) -> None: ...
    def show_page(self, widget: QWidget) -> None: ...
    def start_routine(self, routine: Routine) -> bool: ...
    def statusBar(self) -> QStatusBar: ...
