"""Managing the library's own routines: what the Routine menu does (new, edit, duplicate,
rename, delete and undo, import, export), importing files dropped on the window, and the
editor page, built the first time it is needed.

The menu itself is routine_menu.py, made with the first frame; it builds this the first
time one of its actions, the library's Edit or a drop is used
(``supple.ui.shell.compose.attach_routine_menu``).
Imports and exports run in the background (background_jobs.py); problems are listed
by problem_dialogs.py, after the session if one is running.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QProgressBar,
    QWidget,
)

from supple.routine import Entry, Origin, RoutineError
from supple.routine.userstore import Trashed, UserStore
from supple.ui.editor.background_jobs import (
    CLOSE_WAIT_MS,
    ExportOutcome,
    ImportOutcome,
    JobRunner,
    TransferJob,
    export_one,
    import_all,
)
from supple.ui.editor.editor_host import EditorHost
from supple.ui.editor.file_drops import local_files
from supple.ui.editor.import_conflict import MAT_STYLE, Choice, ask_conflict
from supple.ui.editor.lazy_editor import LazyEditor
from supple.ui.editor.problem_dialogs import problem_lines, problems_box
from supple.ui.editor.routine_menu import RoutineMenu

# The editor page and its controller are built the first time they are needed:
# most sessions never open the editor, and building it at start-up cost ~8 MB of
# the app's idle memory (benchmarks/bench_memory.py).
if TYPE_CHECKING:
    from supple.ui.editor.controller import EditorController
    from supple.ui.editor.editor_page import EditorPage


def rename_dialog(parent: QWidget | None, title: str) -> QInputDialog:
    """Asks for a routine's new title; wide enough that no window manager cuts its own
    title ("Renam… utine" at Qt's default width) and the routine's title shows whole."""
    dialog = QInputDialog(parent)
    dialog.setObjectName("renameDialog")
    dialog.setStyleSheet(MAT_STYLE)
    dialog.setWindowTitle(QCoreApplication.translate("RenameDialog", "Rename routine"))
    dialog.setLabelText(
        QCoreApplication.translate("RenameDialog", "New title for “{title}”:").format(title=title)
    )
    dialog.setTextValue(title)
    metrics = dialog.fontMetrics()
    wanted = max(
        metrics.horizontalAdvance(dialog.windowTitle()) * 2 + 160,  # title bar buttons too
        metrics.horizontalAdvance(title) + 120,
        420,
    )
    dialog.resize(min(wanted, 720), dialog.sizeHint().height())
    dialog.setMinimumWidth(min(wanted, 720))
    return dialog


class RoutineActions(QObject):
    """Owns the editor page and controller and every entry point to them."""

    import_finished = Signal(list)  # ids imported (empty if none), after the outcome is shown
    export_finished = Signal(object, bool)  # target Path, written
    _job_done = Signal(object)  # TransferJob, emitted on its worker thread: queued to ours

    def __init__(
        self,
        window: EditorHost,
        store: UserStore | None = None,
        jobs: JobRunner | None = None,
        menu: RoutineMenu | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.store = store if store is not None else UserStore()
        self._lazy = LazyEditor(window, self.store, message=self._status, parent=self)
        self._lazy.saved.connect(self._saved)
        self.jobs = jobs if jobs is not None else JobRunner()
        self.trashed: list[tuple[Trashed, str]] = []
        self.last_report: QMessageBox | None = None
        self.job: TransferJob | None = None  # the import or export running, if any
        self.close_wait_ms = CLOSE_WAIT_MS
        self._busy_bar: QProgressBar | None = None
        self._close_loop: QEventLoop | None = None
        self._after_session: list[tuple[str, list[str]]] = []  # problems kept off the player
        self.ask_conflict: Callable[..., Choice] = ask_conflict  # replace / keep both / cancel
        self._job_done.connect(self._job_finished, Qt.ConnectionType.QueuedConnection)

        if menu is None:  # built here at once (a menu built first builds this on first use)
            menu = RoutineMenu(window, lambda _menu: self, user_folder=self.store.folder)
        self.routine_menu = menu
        self.menu = menu.menu
        self.new_action = menu.new_action
        self.edit_action = menu.edit_action
        self.duplicate_action = menu.duplicate_action
        self.rename_action = menu.rename_action
        self.delete_action = menu.delete_action
        self.undo_delete_action = menu.undo_delete_action
        self.import_action = menu.import_action
        self.export_action = menu.export_action
        self.update_actions()

    # -- the editor, built on first use (lazy_editor.py) ---------------------------------
    @property
    def built(self) -> bool:
        return self._lazy.built

    @property
    def page(self) -> EditorPage:
        return self._lazy.page

    @property
    def editor(self) -> EditorController:
        return self._lazy.editor

    # -- the menu (routine_menu.py) --------------------------------------------------------
    def _selected(self) -> Entry | None:
        return self.routine_menu.selected()

    def _is_own(self, entry: Entry | None) -> bool:
        return (
            entry is not None
            and entry.origin is Origin.USER
            and self.store.is_user_file(entry.path)
        )

    def update_actions(self) -> None:
        self.routine_menu.show_state(
            editing=self._lazy.built and self.editor.is_open,
            busy=self.job is not None,
            undo=bool(self.trashed),
        )

    # -- opening the editor ---------------------------------------------------------------
    def _show_editor(self) -> None:
        self.window.show_page(self.page)
        self.window.setWindowTitle(self.tr("Editing · Supple"))
        self.update_actions()

    def new_routine(self) -> None:
        if self.window.controller.active or self._wait_for_job():
            return
        self.editor.open_new()
        self._show_editor()
        self.page.focus_routine_title()

    def edit_entry(self, entry: Entry) -> None:
        if self.window.controller.active or entry.routine is None or self._wait_for_job():
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
            self._report(self.tr("Could not duplicate the routine"), problem_lines(exc))
            return
        self._reload(saved.routine.id)
        self._status(self.tr("Made “{title}”.").format(title=saved.routine.title))

    def rename_selected(self) -> None:
        entry = self._selected()
        if entry is None or entry.routine is None or not self._is_own(entry):
            return
        dialog = rename_dialog(self.window, entry.routine.title)
        ok = dialog.exec() == QInputDialog.DialogCode.Accepted
        title = dialog.textValue()
        dialog.deleteLater()
        if ok and title.strip():
            self.rename(entry, title)

    def rename(self, entry: Entry, title: str) -> bool:
        try:
            saved = self.store.rename(entry.path, title.strip())
        except (RoutineError, OSError) as exc:
            self._report(self.tr("Could not rename the routine"), problem_lines(exc))
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
        # The selection goes to the neighbour, not to the first: Enter there would start
        # another routine than the person was looking at.
        neighbour = self.window.library_view.neighbour_id(entry.id)
        try:
            trashed = self.store.delete(entry.path)
        except (RoutineError, OSError) as exc:
            self._report(self.tr("Could not delete the routine"), problem_lines(exc))
            return False
        self.trashed.append((trashed, entry.title))
        self._reload(neighbour)
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
        self.update_actions()

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

    def import_files(self, files: list[Path]) -> TransferJob | None:
        """Import each file in the background. When it is done the library shows the last
        routine imported, every problem is listed, and ``import_finished`` gives the ids.

        Returns the job, or None if another import or export is still running.
        """
        if self.job is not None or not files:
            return None
        # Load zipfile, QtSvg... here rather than while the worker imports them.
        import supple.routine.transfer
        import supple.ui.editor.picture_field  # noqa: F401

        files, replace = self._ask_about_taken_ids(list(files))
        if not files:
            self._status(self.tr("Nothing was imported; your library is as it was."))
            self.import_finished.emit([])
            return None
        store = self.store
        job = TransferJob("import", lambda job: import_all(files, store, job, replace))
        if len(files) == 1:
            text = self.tr("Importing “{name}”…").format(name=files[0].name)
        else:
            text = self.tr("Importing {n} files…").format(n=len(files))
        self._start(job, text)
        return job

    def _ask_about_taken_ids(self, files: list[Path]) -> tuple[list[Path], frozenset[Path]]:
        """For each file whose routine is already in the library, ask: replace, keep both
        or cancel. The files still to import, and those that replace the person's own.
        During a session nothing is asked (the keys are the player's): both are kept."""
        from supple.routine.transfer import peek_id

        keep: list[Path] = []
        replace: set[Path] = set()
        for file in files:
            entry = self.window.library.entry_for(peek_id(file) or "")
            if entry is None or self.window.controller.active:
                keep.append(file)
                continue
            own = entry.origin is Origin.USER
            choice = self.ask_conflict(self.window, entry.title, own=own)
            if choice == "cancel":
                continue
            keep.append(file)
            if choice == "replace" and own:
                replace.add(file)
        return keep, frozenset(replace)

    def _import_done(self, outcome: object) -> None:
        if not isinstance(outcome, ImportOutcome):
            self._report(self.tr("Could not import"), [str(outcome)])
            self.import_finished.emit([])
            return
        done, failures = outcome.imported, list(outcome.failures)
        for file in outcome.skipped:
            failures += [file.name, "  " + self.tr("not imported: Supple was closing")]
        if done:
            self._reload(done[-1])
            self._status(self._imported_text(outcome))
        if failures:
            self._report(self.tr("Could not import"), failures)
        self.import_finished.emit(list(done))

    def _imported_text(self, outcome: ImportOutcome) -> str:
        """What the import did, in plain words."""
        library = self.window.library
        done = outcome.imported
        if len(done) > 1:
            text = self.tr("Imported {n} routines.").format(n=len(done))
            if outcome.replaced:
                text += " " + self.tr("{n} of them replaced yours.").format(n=len(outcome.replaced))
            return text
        routine = library.by_id(done[0])
        title = routine.title if routine is not None else done[0]
        if done[0] in outcome.replaced:
            return self.tr("Replaced “{title}” with the imported one.").format(title=title)
        if done[0] in outcome.renamed:
            return self.tr(
                "Imported “{title}” as a second copy; the one you had is unchanged."
            ).format(title=title)
        return self.tr("Imported “{title}”.").format(title=title)

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

    def export(self, entry: Entry, target: Path) -> TransferJob | None:
        """Write ``entry`` to the zip ``target`` in the background; ``export_finished``
        says whether it was written. Returns the job, or None if one is still running."""
        if self.job is not None or entry.routine is None:
            return None
        routine = entry.as_loaded or entry.routine  # as its file holds it, translations too
        job = TransferJob("export", lambda _job: export_one(routine, target))
        self._start(job, self.tr("Exporting to {path}…").format(path=str(target)))
        return job

    def _export_done(self, outcome: object) -> None:
        if not isinstance(outcome, ExportOutcome):
            self._report(self.tr("Could not export"), [str(outcome)])
            return
        if outcome.error is not None:
            self._report(self.tr("Could not export"), [outcome.error])
        else:
            self._status(self.tr("Exported to {path}").format(path=str(outcome.target)))
        self.export_finished.emit(outcome.target, outcome.error is None)

    # -- the job running in the background -------------------------------------------------
    @property
    def busy(self) -> bool:
        """True while an import or export runs (until its outcome has been shown)."""
        return self.job is not None

    def _start(self, job: TransferJob, text: str) -> None:
        self.job = job
        self._show_busy(text)
        self.update_actions()
        self.jobs.start(job, self._job_done.emit)

    def _job_finished(self, job: TransferJob) -> None:
        if job is not self.job:
            return
        self.job = None
        self._hide_busy()
        entry = self._selected()
        self.window.library_view.set_edit_enabled(entry is not None)
        self.update_actions()
        if job.kind == "import":
            self._import_done(job.outcome)
        else:
            self._export_done(job.outcome)
        if self._close_loop is not None:
            self._close_loop.quit()

    def _show_busy(self, text: str) -> None:
        bar = self._busy_bar
        if bar is None:
            bar = self._busy_bar = QProgressBar()
            bar.setObjectName("transferBusy")
            bar.setRange(0, 0)  # no end known: a moving bar says it is still working
            bar.setTextVisible(False)
            bar.setMaximumWidth(140)
            # No taller than the status bar's line of text: it must not grow the bar.
            bar.setMaximumHeight(self.window.statusBar().fontMetrics().height())
            bar.setAccessibleName(self.tr("Working"))
            self.window.statusBar().addPermanentWidget(bar)
        bar.setToolTip(text)
        bar.show()
        self.window.statusBar().showMessage(text)  # until the outcome replaces it

    def _hide_busy(self) -> None:
        if self._busy_bar is not None:
            self._busy_bar.hide()
        self.window.statusBar().clearMessage()

    def _wait_for_job(self) -> bool:
        """True (and a word in the status bar) if an import or export is still running."""
        if self.job is None:
            return False
        if self.job.kind == "import":
            text = self.tr("Please wait: the import is still running.")
        else:
            text = self.tr("Please wait: the export is still running.")
        self.window.statusBar().showMessage(text)  # until the outcome replaces it
        return True

    def finish_before_close(self) -> None:
        """The window is closing during a job: wait up to ``close_wait_ms`` for it, saying
        why, so its outcome is shown and its files are complete. A job that takes longer
        goes on in the background (safe: see TransferJob) and stops writing at exit."""
        job = self.job
        if job is None or self._close_loop is not None:
            return
        if job.kind == "import":
            text = self.tr("Finishing the import before closing…")
        else:
            text = self.tr("Finishing the export before closing…")
        self.window.statusBar().showMessage(text)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        loop = self._close_loop = QEventLoop()
        timer = QTimer(loop)
        timer.setSingleShot(True)
        timer.timeout.connect(loop.quit)
        timer.start(self.close_wait_ms)
        try:
            if self.job is job:  # else its outcome was delivered while the cursor changed
                loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        finally:
            timer.stop()
            self._close_loop = None
            QApplication.restoreOverrideCursor()

    def shutdown(self) -> None:
        """Supple is exiting: a write under way finishes, no other starts (also at exit)."""
        if self.job is not None:
            self.job.stop_writing()

    # -- drag and drop (the window's DropTarget) -----------------------------------------
    def accepts(self, event: QDragEnterEvent | QDropEvent) -> bool:
        return bool(local_files(event)) and self.import_action.isEnabled()

    def drop(self, event: QDropEvent) -> None:
        files = local_files(event)
        # After the drop has returned: the import may ask a question first, and the
        # program the files were dragged from should not wait on it.
        QTimer.singleShot(0, lambda: self.import_files(files))

    # -- helpers ----------------------------------------------------------------------------
    def _saved(self, _routine: object) -> None:
        self.window.reload_library()
        if self._lazy.built and self.editor.saved_id:
            self.window.library_view.select(self.editor.saved_id)

    def _reload(self, select: str) -> None:
        self.window.reload_library()
        if select:
            self.window.library_view.select(select)
        self.update_actions()

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 12000)

    def session_ended(self, _report: object) -> None:
        if self._after_session:
            QTimer.singleShot(0, self._report_after_session)  # once the summary is up

    def _report_after_session(self) -> None:
        pending, self._after_session = self._after_session, []
        for title, lines in pending:
            self._report(title, lines)

    def _report(self, title: str, lines: list[str]) -> None:
        if self.window.controller.active:
            # An import started before the session ended during it: a dialog now would
            # take the keys (Space, Esc) from the person on the mat. Show it afterwards.
            self._after_session.append((title, lines))
            self._status(
                self.tr("{title}: the problems are listed when the session ends.").format(
                    title=title
                )
            )
            return
        self.last_report = problems_box(self.window, title, lines)


__all__ = ["RoutineActions"]
