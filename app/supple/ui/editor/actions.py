"""The editor in the main window: the Routine menu, the library's Edit button, importing
by menu or by dropping files on the window, exporting, and the editor page itself.

``install_editor(window)`` is the one call the app makes.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox

from supple.routine import Entry, Origin, RoutineError
from supple.routine.userstore import Trashed, UserStore
from supple.ui.main_window import MainWindow
from supple.ui.session_controller import session_estimate

# The editor page and its controller are built the first time they are needed:
# most sessions never open the editor, and building it at start-up cost ~8 MB of
# the app's idle memory (benchmarks/bench_memory.py).
if TYPE_CHECKING:
    from supple.ui.editor.controller import EditorController
    from supple.ui.editor.editor_page import EditorPage

IMPORTABLE = (".json", ".zip")


def _local_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    mime = event.mimeData()
    if mime is None or not mime.hasUrls():
        return []
    files = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [f for f in files if f.suffix.lower() in IMPORTABLE]


class RoutineActions(QObject):
    """Owns the editor page and controller and every entry point to them."""

    def __init__(self, window: MainWindow, store: UserStore | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.store = store if store is not None else UserStore()
        self._page: EditorPage | None = None
        self._editor: EditorController | None = None
        self.trashed: list[tuple[Trashed, str]] = []
        self.last_report: QMessageBox | None = None

        self._build_menu()
        library = window.library_view
        library.edit_requested.connect(self.edit_entry)
        library.selection_changed.connect(lambda _entry: self._update_actions())
        window.stack.currentChanged.connect(lambda _i: self._update_actions())
        window.setAcceptDrops(True)
        window.installEventFilter(self)
        self._update_actions()

    # -- the editor, built on first use -----------------------------------------------------
    @property
    def built(self) -> bool:
        return self._editor is not None

    @property
    def page(self) -> EditorPage:
        return self._build()[0]

    @property
    def editor(self) -> EditorController:
        return self._build()[1]

    def _build(self) -> tuple[EditorPage, EditorController]:
        if self._page is not None and self._editor is not None:
            return self._page, self._editor
        from supple.ui.editor.controller import EditorController
        from supple.ui.editor.editor_page import EditorPage

        window = self.window
        page = EditorPage()
        editor = EditorController(
            page,
            self.store,
            start_routine=window.start_routine,
            estimate=lambda r: session_estimate(r, window.settings),
            parent=self,
        )
        self._page, self._editor = page, editor
        editor.message = self._status
        page.guard = lambda target: editor.may_leave(target, player=window.player_view)
        page.setProperty("navButton", window.library_nav)
        window.stack.addWidget(page)
        page.back_button.clicked.connect(window.show_library)
        editor.saved.connect(self._saved)
        window.controller.session_ended.connect(
            lambda _report: editor.preview_ended(lambda: window.show_page(page))
        )
        return page, editor

    # -- the menu ---------------------------------------------------------------------------
    def _build_menu(self) -> None:
        tr = self.tr
        w = self.window
        self.menu = w.menuBar().addMenu(tr("&Routine"))
        help_menu = next(
            (a for a in w.menuBar().actions() if a.menu() is not None and "Help" in a.text()),
            None,
        )
        if help_menu is not None:
            w.menuBar().insertMenu(help_menu, self.menu)

        def action(text: str, slot: object, shortcut: str | None = None) -> QAction:
            act = QAction(text, w)
            if shortcut:
                act.setShortcut(QKeySequence(shortcut))
            act.triggered.connect(slot)
            self.menu.addAction(act)
            w.addAction(act)
            return act

        self.new_action = action(tr("&New routine"), self.new_routine, "Ctrl+N")
        self.edit_action = action(tr("&Edit"), self.edit_selected, "Ctrl+E")
        self.duplicate_action = action(tr("&Duplicate"), self.duplicate_selected, "Ctrl+D")
        self.rename_action = action(tr("&Rename…"), self.rename_selected, "F2")
        self.delete_action = action(tr("De&lete…"), self.delete_selected)
        self.undo_delete_action = action(tr("&Undo delete"), self.undo_delete)
        self.menu.addSeparator()
        self.import_action = action(tr("&Import…"), self.import_dialog, "Ctrl+I")
        self.export_action = action(tr("E&xport…"), self.export_selected)

    def _selected(self) -> Entry | None:
        entry = self.window.library_view.current_entry()
        return entry if entry is not None and entry.routine is not None else None

    def _is_own(self, entry: Entry | None) -> bool:
        return (
            entry is not None
            and entry.origin is Origin.USER
            and self.store.is_user_file(entry.path)
        )

    def _update_actions(self) -> None:
        entry = self._selected()
        on_library = self.window.current_page() is self.window.library_view
        own = self._is_own(entry)
        self.edit_action.setText(
            self.tr("&Edit") if own or entry is None else self.tr("&Edit a copy")
        )
        editing = self._editor is not None and self._editor.is_open
        idle = not self.window.controller.active and not editing
        self.new_action.setEnabled(idle)
        self.import_action.setEnabled(idle)
        self.edit_action.setEnabled(idle and entry is not None)
        self.duplicate_action.setEnabled(idle and entry is not None)
        self.export_action.setEnabled(on_library and entry is not None)
        self.rename_action.setEnabled(idle and on_library and own)
        self.delete_action.setEnabled(idle and on_library and own)
        self.undo_delete_action.setEnabled(idle and bool(self.trashed))

    # -- opening the editor ---------------------------------------------------------------
    def _show_editor(self) -> None:
        self.window.show_page(self.page)
        self.window.setWindowTitle(self.tr("Editing · Supple"))
        self._update_actions()

    def new_routine(self) -> None:
        if self.window.controller.active:
            return
        self.editor.open_new()
        self._show_editor()
        self.page.routine_form.title.setFocus()

    def edit_entry(self, entry: Entry) -> None:
        if self.window.controller.active or entry.routine is None:
            return
        self.editor.open_entry(entry)
        self._show_editor()

    def edit_selected(self) -> None:
        entry = self._selected()
        if entry is not None:
            self.edit_entry(entry)

    def duplicate_selected(self) -> None:
        entry = self._selected()
        if entry is None or entry.routine is None:
            return
        title = self.tr("{title} (copy)").format(title=entry.routine.title)
        try:
            saved = self.store.duplicate(entry.routine, title)
        except (RoutineError, OSError) as exc:
            self._report(self.tr("Could not duplicate the routine"), _problem_lines(exc))
            return
        self._reload(saved.routine.id)
        self._status(self.tr("Made “{title}”.").format(title=saved.routine.title))

    def rename_selected(self) -> None:
        entry = self._selected()
        if entry is None or entry.routine is None or not self._is_own(entry):
            return
        title, ok = QInputDialog.getText(
            self.window,
            self.tr("Rename routine"),
            self.tr("New title:"),
            QLineEdit.EchoMode.Normal,
            entry.routine.title,
        )
        if ok and title.strip():
            self.rename(entry, title)

    def rename(self, entry: Entry, title: str) -> bool:
        try:
            saved = self.store.rename(entry.path, title.strip())
        except (RoutineError, OSError) as exc:
            self._report(self.tr("Could not rename the routine"), _problem_lines(exc))
            return False
        self._reload(saved.routine.id)
        return True

    def delete_selected(self) -> None:
        entry = self._selected()
        if entry is None or not self._is_own(entry):
            return
        box = QMessageBox(self.window)
        box.setObjectName("confirmDelete")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Delete routine"))
        box.setText(self.tr("Delete “{title}”?").format(title=entry.title))
        box.setInformativeText(self.tr("Routine ▸ Undo delete brings it back."))
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        if box.clickedButton() is delete:
            self.delete(entry)

    def delete(self, entry: Entry) -> bool:
        try:
            trashed = self.store.delete(entry.path)
        except (RoutineError, OSError) as exc:
            self._report(self.tr("Could not delete the routine"), _problem_lines(exc))
            return False
        self.trashed.append((trashed, entry.title))
        self._reload("")
        self._status(
            self.tr("Deleted “{title}”. Routine ▸ Undo delete brings it back.").format(
                title=entry.title
            )
        )
        return True

    def undo_delete(self) -> None:
        if not self.trashed:
            return
        trashed, title = self.trashed.pop()
        try:
            path = self.store.restore(trashed)
        except OSError as exc:
            self.trashed.append((trashed, title))
            self._report(self.tr("Could not bring the routine back"), [str(exc)])
            return
        self.window.reload_library()
        entry = next((e for e in self.window.library.entries if e.path == path), None)
        if entry is not None and entry.routine is not None:
            self.window.library_view.select(entry.routine.id)
        self._status(self.tr("“{title}” is back.").format(title=title))
        self._update_actions()

    # -- import / export --------------------------------------------------------------------
    def import_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import a routine"),
            str(Path.home()),
            self.tr("Supple routines (*.json *.zip)"),
        )
        if name:
            self.import_files([Path(name)])

    def import_files(self, files: list[Path]) -> list[str]:
        """Import each file; returns the ids imported. Problems are shown, all of them."""
        done: list[str] = []
        failures: list[str] = []
        notes: list[str] = []
        for file in files:
            try:
                from supple.routine.transfer import import_routine  # zipfile: on first use
                from supple.ui.editor.picture_field import check_image_file

                imported = import_routine(file, self.store, check_picture=check_image_file)
            except RoutineError as exc:
                failures.append(file.name)
                failures += [f"  {p.path or '(file)'}: {p.message}" for p in exc.problems]
                continue
            except OSError as exc:
                failures += [file.name, f"  {exc.strerror or exc}"]
                continue
            done.append(imported.saved.routine.id)
            notes += imported.notes
        if done:
            self._reload(done[-1])
            self._status(
                self.tr("Imported {n} routine(s).").format(n=len(done))
                + (" " + "; ".join(notes) if notes else "")
            )
        if failures:
            self._report(self.tr("Could not import"), failures)
        return done

    def export_selected(self) -> None:
        entry = self._selected()
        if entry is None or entry.routine is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export routine"),
            str(Path.home() / f"{entry.routine.id}.zip"),
            self.tr("Supple routine package (*.zip)"),
        )
        if name:
            self.export(entry, Path(name) if name.lower().endswith(".zip") else Path(name + ".zip"))

    def export(self, entry: Entry, target: Path) -> bool:
        assert entry.routine is not None
        try:
            from supple.routine.transfer import export_routine

            export_routine(entry.routine, target)
        except OSError as exc:
            self._report(self.tr("Could not export"), [str(exc.strerror or exc)])
            return False
        self._status(self.tr("Exported to {path}").format(path=str(target)))
        return True

    # -- drag and drop ------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window:
            if event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
                assert isinstance(event, (QDragEnterEvent, QDropEvent))
                if _local_files(event) and self.import_action.isEnabled():
                    event.setDropAction(Qt.DropAction.CopyAction)
                    event.accept()
                    return True
            elif event.type() == QEvent.Type.Drop:
                assert isinstance(event, QDropEvent)
                files = _local_files(event)
                if files and self.import_action.isEnabled():
                    event.setDropAction(Qt.DropAction.CopyAction)
                    event.accept()
                    self.import_files(files)
                    return True
        return super().eventFilter(watched, event)

    # -- helpers ----------------------------------------------------------------------------
    def _saved(self, _routine: object) -> None:
        self.window.reload_library()
        if self._editor is not None and self._editor.saved_id:
            self.window.library_view.select(self._editor.saved_id)

    def _reload(self, select: str) -> None:
        self.window.reload_library()
        if select:
            self.window.library_view.select(select)
        self._update_actions()

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 12000)

    def _report(self, title: str, lines: list[str]) -> None:
        box = QMessageBox(self.window)
        box.setObjectName("routineProblems")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(title)
        box.setText(title)
        box.setInformativeText("\n".join(lines[:12]) + ("\n…" if len(lines) > 12 else ""))
        box.setDetailedText("\n".join(lines))
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.last_report = box
        box.open()


def _problem_lines(exc: Exception) -> list[str]:
    if isinstance(exc, RoutineError):
        return [f"{p.path or '(file)'}: {p.message}" for p in exc.problems]
    if isinstance(exc, OSError):
        return [str(exc.strerror or exc)]
    return [str(exc)]


def install_editor(window: MainWindow, store: UserStore | None = None) -> RoutineActions:
    """Add the editor, the Routine menu, Edit in the library and drop-to-import."""
    return RoutineActions(window, store)


__all__ = ["RoutineActions", "install_editor"]
