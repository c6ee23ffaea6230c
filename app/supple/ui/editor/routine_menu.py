"""The Routine menu and every way into the editor (the library's Edit, files dropped on
the window), as light as a menu: its actions and their keys exist from the first frame,
and the machinery behind them (library_actions.RoutineActions: the routine store, the
background jobs, then the editor page) is built the first time one of them is used.

Most sessions never touch it; building it with the services cost ~25 ms of the window
becoming usable (benchmarks/README.md). Which actions are enabled is decided here, from
what ``RoutineActions`` reports once it is built (editing, a job running, something to
undo), so the menu says the same before and after.

First frame: built with the window, so the keys go in through ``setShortcuts([key])``
as in main_window.py (``setShortcut``'s overloads make PySide6 build the ``Qt``
namespace, ~13 ms, which nothing else needs until later).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence

from supple import paths
from supple.routine import Entry, Origin

if TYPE_CHECKING:
    from supple.ui.editor.editor_host import EditorHost
    from supple.ui.editor.library_actions import RoutineActions


def same_folder(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


class RoutineMenu(QObject):
    """The Routine menu's actions; ``actions`` builds ``RoutineActions`` on first use."""

    def __init__(
        self,
        window: EditorHost,
        build: Callable[[RoutineMenu], RoutineActions],
        user_folder: Path | None = None,
    ) -> None:
        super().__init__(window)  # type: ignore[arg-type]
        self.window = window
        self.user_folder = paths.user_routines_dir() if user_folder is None else user_folder
        self._build = build
        self._actions: RoutineActions | None = None
        self.menu = window.add_menu(self.tr("&Routine"))

        def action(text: str, slot: str, shortcut: str | None = None) -> QAction:
            # Made from its parent alone: resolving QAction(text, parent)'s overloads
            # makes PySide6 build QIcon's ~150 enums (as main_window.py's _action).
            act = QAction(window)  # type: ignore[call-overload]
            act.setText(text)
            if shortcut:
                act.setShortcuts([QKeySequence(shortcut)])
            act.triggered.connect(lambda: getattr(self.actions, slot)())
            self.menu.addAction(act)
            window.addAction(act)
            return act

        self.new_action = action(self.tr("&New routine"), "new_routine", "Ctrl+N")
        self.edit_action = action(self.tr("&Edit"), "edit_selected", "Ctrl+E")
        self.duplicate_action = action(self.tr("&Duplicate"), "duplicate_selected", "Ctrl+D")
        self.rename_action = action(self.tr("&Rename…"), "rename_selected", "F2")
        self.delete_action = action(self.tr("De&lete…"), "delete_selected")
        self.undo_delete_action = action(self.tr("&Undo delete"), "undo_delete")
        self.menu.addSeparator()
        self.import_action = action(self.tr("&Import…"), "import_dialog", "Ctrl+I")
        self.export_action = action(self.tr("E&xport…"), "export_selected")
        self.update_actions()

    # -- the machinery, built on first use ----------------------------------------------
    @property
    def built(self) -> bool:
        """True once ``RoutineActions`` has been built (not yet the editor page)."""
        return self._actions is not None

    @property
    def actions(self) -> RoutineActions:
        if self._actions is None:
            self._actions = self._build(self)
        return self._actions

    def edit_entry(self, entry: Entry) -> None:
        self.actions.edit_entry(entry)

    def session_ended(self, report: object) -> None:
        if self._actions is not None:
            self._actions.session_ended(report)

    def finish_before_close(self) -> None:
        if self._actions is not None:
            self._actions.finish_before_close()

    # -- which actions may be used ------------------------------------------------------
    def selected(self) -> Entry | None:
        entry = self.window.library_view.current_entry()
        return entry if entry is not None and entry.routine is not None else None

    def is_own(self, entry: Entry | None) -> bool:
        """A routine of the person's own folder (not bundled, not a catalogue's)."""
        return (
            entry is not None
            and entry.origin is Origin.USER
            and entry.path is not None
            and same_folder(entry.path.parent, self.user_folder)
        )

    def update_actions(self) -> None:
        if self._actions is not None:
            self._actions.update_actions()  # it knows about editing, jobs and undo
        else:
            self.show_state(editing=False, busy=False, undo=False)

    def show_state(self, *, editing: bool, busy: bool, undo: bool) -> None:
        """Enable what may be used: while editing, or while an import or export runs
        (``busy``: one change to the routines at a time), nothing that changes them."""
        entry = self.selected()
        on_library = self.window.current_page() is self.window.library_view
        own = self.is_own(entry)
        self.edit_action.setText(
            self.tr("&Edit") if own or entry is None else self.tr("&Edit a copy")
        )
        idle = not self.window.controller.active and not editing and not busy
        self.new_action.setEnabled(idle)
        self.import_action.setEnabled(idle)  # and so dropping files (accepts)
        self.edit_action.setEnabled(idle and entry is not None)
        self.duplicate_action.setEnabled(idle and entry is not None)
        self.export_action.setEnabled(on_library and entry is not None and not busy)
        self.rename_action.setEnabled(idle and on_library and own)
        self.delete_action.setEnabled(idle and on_library and own)
        self.undo_delete_action.setEnabled(idle and undo)
        if busy:  # the library enables its Edit button on each selection; this runs after
            self.window.library_view.set_edit_enabled(False)

    # -- drag and drop (the window's DropTarget) -----------------------------------------
    def accepts(self, event: QDragEnterEvent | QDropEvent) -> bool:
        from supple.ui.editor.file_drops import local_files

        return bool(local_files(event)) and self.import_action.isEnabled()

    def drop(self, event: QDropEvent) -> None:
        from supple.ui.editor.file_drops import local_files

        self.actions.import_files(local_files(event))
