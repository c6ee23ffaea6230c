"""The editor's behaviour: the document being edited, undo, validation, save and preview.

The page shows; this controller owns the document and turns every intent from
the forms into an undoable command, asks the loader about the result, and
shows its verdict at the fields. Saving goes through ``UserStore`` (atomic,
never overwriting another routine).
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from supple import paths
from supple.routine import Entry, Origin, Routine, RoutineError, routine_to_document
from supple.routine.catalogue import Exercise, bundled_catalogue
from supple.routine.document import (
    Doc,
    Verdict,
    aligned_translations,
    blank_step,
    editable,
    judge,
    new_document,
)
from supple.routine.model import Defaults
from supple.routine.names import pose_name
from supple.routine.userstore import UserStore, adopt_pictures, own_picture_refs, slugify
from supple.session import estimated_seconds
from supple.ui.editor.catalogue_dialog import CatalogueDialog
from supple.ui.editor.editor_page import EditorPage
from supple.ui.editor.fields import REMOVE
from supple.ui.editor.picture_field import check_image_file
from supple.ui.editor.step_form import hold_kind
from supple.ui.editor.step_list import Row
from supple.ui.editor.undo_commands import DocCommand
from supple.ui.kit.text import escape_html, seconds_text, size_text

DEFAULTS = Defaults()  # a routine's defaults when it sets none (routine.model)

Answer = str  # "save", "discard" or "cancel"


def _step_summary(step: dict[str, Any]) -> str:
    hold = step.get("hold") if isinstance(step.get("hold"), dict) else {}
    kind = hold_kind(hold)
    if kind == "breaths":
        text = QCoreApplication.translate("EditorController", "{n} breaths").format(
            n=hold.get("breaths")
        )
    elif kind == "open":
        text = QCoreApplication.translate("EditorController", "until Done")
    elif isinstance(hold.get("seconds"), int) and not isinstance(hold.get("seconds"), bool):
        text = seconds_text(hold["seconds"])  # as the library says it
    else:
        text = QCoreApplication.translate("EditorController", "{n} s").format(
            n="?"
        )  # no valid length yet: the form says why
    parts = [text]
    reps = step.get("reps") if isinstance(step.get("reps"), dict) else {}
    if isinstance(reps.get("count"), int) and reps["count"] > 1:
        parts.append(
            QCoreApplication.translate("EditorController", "{n} times").format(n=reps["count"])
        )
    if step.get("sides") == "both":
        parts.append(QCoreApplication.translate("EditorController", "each side"))
    elif step.get("sides") == "alternate":
        parts.append(QCoreApplication.translate("EditorController", "side to side"))
    return " · ".join(parts)


# The editor's own keys, the same on every platform: Qt's StandardKey.Redo is Ctrl+Y on
# one platform and Ctrl+Shift+Z on another, and listing both that and Ctrl+Shift+Z bound
# one key twice ("Ambiguous shortcut overload"), so neither key did anything.
UNDO_KEYS = ("Ctrl+Z",)
REDO_KEYS = ("Ctrl+Shift+Z", "Ctrl+Y")


class _UndoKeys(QObject):
    """Lets the undo and redo keys reach the editor's undo stack from inside text boxes."""

    def __init__(self, page: QWidget) -> None:
        super().__init__(page)
        self.page = page
        self.keys = {QKeySequence(key) for key in UNDO_KEYS + REDO_KEYS}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and isinstance(watched, QWidget)
            and self.page.isVisible()
            and self.page.isAncestorOf(watched)
            and QKeySequence(event.keyCombination()) in self.keys
        ):
            event.ignore()  # not claimed by the text box: the shortcut fires
            return True
        return False


class EditorController(QObject):
    saved = Signal(object)  # Routine

    def __init__(
        self,
        page: EditorPage,
        store: UserStore | None = None,
        *,
        start_routine: Callable[[Routine], bool] | None = None,
        estimate: Callable[[Routine], float] = estimated_seconds,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.page = page
        self.store = store if store is not None else UserStore()
        self.start_routine = start_routine
        self.estimate = estimate
        self.stack = QUndoStack(self)
        self.doc: Doc = {}
        self.path: Path | None = None  # the user file being edited; None until saved
        self.saved_id: str | None = None
        self.selected: int | None = None
        self.verdict: Verdict | None = None
        self.previewing = False
        self.catalogue: list[Exercise] | None = None
        self.copied: list[Path] = []  # own pictures copied in this editing session
        self.ask_unsaved: Callable[[], Answer] = self._ask_unsaved
        self.choose_exercise: Callable[[list[Exercise]], Exercise | None] = self._choose_exercise
        self.message: Callable[[str], None] = lambda text: None
        page.guard = None  # set by the owner (install) once the page is in a window
        self._undo_keys = _UndoKeys(page)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self._undo_keys)
        self._build_actions()
        self._wire()

    # -- set-up ------------------------------------------------------------------------
    def _build_actions(self) -> None:
        page = self.page
        self.undo_action = self.stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcuts([QKeySequence(key) for key in UNDO_KEYS])
        self.redo_action = self.stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcuts([QKeySequence(key) for key in REDO_KEYS])
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            page.addAction(action)
        page.set_undo_actions(self.undo_action, self.redo_action)
        self.save_action = QAction(self.tr("Save"), self)
        self.save_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.triggered.connect(self.save)
        page.addAction(self.save_action)
        self.add_action = QAction(self.tr("Add exercise"), self)
        self.add_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.add_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.add_action.triggered.connect(self.add_from_catalogue)
        page.addAction(self.add_action)

    def _wire(self) -> None:
        p = self.page
        p.save_requested.connect(self.save)
        p.add_requested.connect(self.add_from_catalogue)
        p.blank_requested.connect(self.add_blank)
        p.move_requested.connect(self.move_selected)
        p.remove_requested.connect(self.remove_selected)
        p.routine_requested.connect(lambda: self.select(None))
        p.row_changed.connect(self._row_changed)
        p.step_moved.connect(self.move_step)
        p.preview_requested.connect(lambda from_selected: self.preview(from_selected))
        p.problem_activated.connect(self._go_to_problem)
        p.routine_edited.connect(self.edit_routine)
        p.step_edited.connect(self.edit_step)
        p.picture_bundled.connect(self.set_picture)
        p.picture_file.connect(self.choose_picture_file)
        p.picture_removed.connect(lambda: self.set_picture(None))
        self.stack.cleanChanged.connect(self._clean_changed)

    # -- opening -------------------------------------------------------------------------
    @property
    def is_open(self) -> bool:
        return bool(self.doc)

    @property
    def dirty(self) -> bool:
        return self.is_open and not self.stack.isClean()

    def open_new(self) -> None:
        title = self.tr("My routine")
        self._open(new_document(self.store.free_id(title), title), None)
        self.select(None)
        self.page.focus_routine_title()

    def open_entry(self, entry: Entry) -> None:
        """Edit a user routine in place; a bundled one as a new copy."""
        if entry.routine is None:
            return
        if entry.origin is Origin.USER and self.store.is_user_file(entry.path):
            # In place: from the file's own words, so its translations are kept.
            self.open_routine(entry.as_loaded or entry.routine, entry.path)
        else:
            # A copy in the words shown (the person's language), a routine of its own.
            self.open_copy(entry.routine)

    def open_routine(self, routine: Routine, path: Path) -> None:
        self._open(routine_to_document(routine), path)
        self.saved_id = routine.id

    def open_copy(self, routine: Routine, title: str | None = None) -> None:
        title = title or self.tr("{title} (my copy)").format(title=routine.title)
        doc = routine_to_document(routine)
        doc["title"] = title
        doc["id"] = self.store.free_id(title)
        base = routine.source.parent if routine.source is not None else self.store.folder
        if own_picture_refs(doc) and base != self.store.folder:
            adopted = adopt_pictures(doc, base, self.store.folder)
            doc = adopted.doc
            self.copied += adopted.copied
        self._open(doc, None)
        # A copy is something new: it asks before being dropped unsaved.
        self.stack.resetClean()

    def _open(self, doc: Doc, path: Path | None) -> None:
        self.stack.clear()
        self.doc = editable(doc)
        self.path = path
        self.saved_id = None
        steps = self.doc["steps"]
        self.selected = 0 if steps else None
        self.stack.setClean()
        self.refresh()

    def close(self) -> None:
        """Forget the document (after it was saved or discarded)."""
        self._forget_copies()
        self.stack.clear()
        self.doc = {}
        self.path = None
        self.saved_id = None
        self.selected = None

    def _forget_copies(self) -> None:
        """Delete pictures copied in this session that the saved file does not use."""
        keep: set[Path] = set()
        if self.path is not None and self.path.is_file():
            try:
                from supple.routine import load_routine

                for step in load_routine(self.path).steps:
                    if step.illustration is not None:
                        keep.update(p.path.resolve() for p in step.illustration.frames.values())
            except RoutineError:
                pass
        for file in self.copied:
            try:
                if file.resolve() not in keep:
                    file.unlink(missing_ok=True)
                    if not any(file.parent.iterdir()):
                        file.parent.rmdir()
            except OSError:
                continue
        self.copied = []

    # -- edits ---------------------------------------------------------------------------
    def _apply(self, doc: Doc, selected: int | None) -> None:
        self.doc = doc
        count = len(doc.get("steps", []))
        self.selected = selected if selected is None or selected < count else count - 1
        if count and self.selected is None and not self.page.showing_routine():
            self.selected = 0
        self.refresh()

    def _push(
        self,
        after: Doc,
        text: str,
        *,
        merge_key: str | None = None,
        selected: int | str | None = "same",
    ) -> None:
        if after == self.doc:
            return
        target = self.selected if selected == "same" else selected
        assert target is None or isinstance(target, int)
        self.stack.push(
            DocCommand(
                self._apply,
                self.doc,
                after,
                text,
                merge_key=merge_key,
                selected_before=self.selected,
                selected_after=target,
            )
        )

    def edit_routine(self, key: str, value: Any) -> None:
        after = copy.deepcopy(self.doc)
        after[key] = value
        label = {"title": self.tr("title"), "tags": self.tr("tags")}.get(key, key)
        self._push(after, self.tr("Change {what}").format(what=label), merge_key=f"routine.{key}")

    def edit_step(self, key: str, value: Any) -> None:
        if self.selected is None:
            return
        after = copy.deepcopy(self.doc)
        step = after["steps"][self.selected]
        if value is REMOVE:
            step.pop(key, None)
        else:
            step[key] = value
        self._push(
            after,
            self.tr("Change step {n}").format(n=self.selected + 1),
            merge_key=f"steps[{self.selected}].{key}",
        )

    def _insert(self, step: dict[str, Any], text: str) -> None:
        after = copy.deepcopy(self.doc)
        index = len(after["steps"]) if self.selected is None else self.selected + 1
        after["steps"].insert(index, step)
        self._push(after, text, selected=index)
        self.page.focus_steps()

    def add_blank(self) -> None:
        self._insert(blank_step(self.tr("New step")), self.tr("Add a step"))
        self.page.focus_step_title()

    def add_exercise(self, exercise: Exercise) -> None:
        self._insert(exercise.document(), self.tr("Add {title}").format(title=exercise.title))

    def add_from_catalogue(self) -> None:
        if self.catalogue is None:
            self.catalogue = bundled_catalogue()
        exercise = self.choose_exercise(self.catalogue)
        if exercise is not None:
            self.add_exercise(exercise)

    def _choose_exercise(self, exercises: list[Exercise]) -> Exercise | None:
        dialog = CatalogueDialog(exercises, self.page.window())
        accepted = dialog.exec() == dialog.DialogCode.Accepted
        chosen = dialog.exercise() if accepted else None
        dialog.deleteLater()
        return chosen

    def remove_selected(self) -> None:
        if self.selected is None:
            return
        after = copy.deepcopy(self.doc)
        removed = after["steps"].pop(self.selected)
        left = len(after["steps"])
        target = min(self.selected, left - 1) if left else None
        title = removed.get("title") if isinstance(removed, dict) else ""
        self._push(after, self.tr("Remove {title}").format(title=title or "step"), selected=target)

    def move_step(self, source: int, target: int) -> None:
        steps = self.doc.get("steps", [])
        if not (0 <= source < len(steps) and 0 <= target < len(steps)) or source == target:
            self.refresh()  # a drag that went nowhere: show the document again
            return
        after = copy.deepcopy(self.doc)
        step = after["steps"].pop(source)
        after["steps"].insert(target, step)
        self._push(after, self.tr("Move a step"), selected=target)

    def move_selected(self, delta: int) -> None:
        if self.selected is not None:
            self.move_step(self.selected, self.selected + delta)

    def set_picture(self, ref: str | None) -> None:
        self.edit_step("illustration", REMOVE if ref is None else ref)

    def choose_picture_file(self, source: Path) -> bool:
        """Check an own picture, copy it next to the routine and use it. False if refused."""
        if self.selected is None:
            return False
        problem = check_image_file(source)
        if problem:
            self.page.set_picture_error(problem)
            self.message(problem)
            return False
        routine_id = self.saved_id or str(self.doc.get("id") or slugify(str(self.doc["title"])))
        try:
            ref, created = self.store.add_picture(source, routine_id)
        except OSError as exc:
            message = self.tr("The picture could not be copied: {reason}").format(
                reason=exc.strerror or exc
            )
            self.page.set_picture_error(message)
            return False
        if created is not None:
            self.copied.append(created)
        self.set_picture(ref)
        return True

    def select(self, index: int | None) -> None:
        self.selected = index
        self.refresh()

    def _row_changed(self, row: int) -> None:
        if row >= 0 and row != self.selected and self.is_open:
            self.select(row)

    # -- showing -------------------------------------------------------------------------
    def picture_path(self, ref: str) -> Path | None:
        if not ref:
            return None
        pose = pose_name(ref)
        if pose is not None:
            return paths.poses_dir() / f"{pose}.svg"
        path = self.store.folder / ref
        return path if path.is_file() else None

    @staticmethod
    def _default_ref(step: Any) -> str:
        ill = step.get("illustration") if isinstance(step, dict) else None
        if isinstance(ill, dict):
            ill = ill.get("default")
        return ill if isinstance(ill, str) else ""

    def refresh(self) -> None:
        if not self.is_open:
            return
        page = self.page
        verdict = judge(self.doc, self.store.folder, self.estimate)
        self.verdict = verdict
        steps = self.doc["steps"]
        bad = verdict.bad_steps()
        rows = [
            Row(
                title=str(step.get("title", "")) if isinstance(step, dict) else "",
                summary=_step_summary(step) if isinstance(step, dict) else "",
                seconds=verdict.step_seconds[i] if i < len(verdict.step_seconds) else None,
                picture=self.picture_path(self._default_ref(step)),
                bad=i in bad,
            )
            for i, step in enumerate(steps)
        ]
        page.show_steps(rows, self.selected)
        title = str(self.doc.get("title", "")).strip() or self.tr("Untitled routine")
        page.show_heading(title, size_text(verdict.total_seconds, len(steps)))
        routine_problems = verdict.for_routine()
        page.set_routine_card(
            self.tr("Routine details"),
            self.tr("Needs attention")
            if routine_problems
            else self.tr("Title, description, tags, breath pace and rests"),
        )
        if self.selected is None:
            page.show_routine(self.doc, routine_problems)
        else:
            step = steps[self.selected]
            rest = self.doc.get("defaults", {}).get("rest", DEFAULTS.rest)
            page.show_step(
                self.selected,
                step,
                self.picture_path(self._default_ref(step)),
                rest if isinstance(rest, int) else DEFAULTS.rest,
                self._step_problems(verdict, self.selected),
                last=self.selected == len(steps) - 1,
            )
        has = self.selected is not None
        page.set_step_actions(
            up=has and bool(self.selected),
            down=has and self.selected is not None and self.selected < len(steps) - 1,
            remove=has,
        )
        page.set_valid(
            verdict.ok,
            from_selected=has and verdict.ok,
            save_tip=self.tr("Save (Ctrl+S)") if verdict.ok else self.tr("Fix the problems first"),
        )
        self._show_problems(verdict)
        self._show_status()

    def _step_problems(self, verdict: Verdict, index: int) -> dict[str, str]:
        """The problems at step ``index``'s fields; the release time's says it is about
        the release (it is shown under Repetitions, where its box is)."""
        problems = verdict.for_step(index)
        release = next(
            (p for p in verdict.problems if p.path == f"steps[{index}].reps.release"), None
        )
        if release is not None and problems.get("reps") == release.message:
            problems["reps"] = self.tr("Release time: {message}").format(message=release.message)
        return problems

    def _where(self, path: str) -> str:
        from supple.routine.document import target_of

        step, key = target_of(path)
        names = {
            "reps": self.tr("repetitions"),
            "lead_in": self.tr("get-ready time"),
            "defaults.lead_in": self.tr("get-ready time"),
        }
        if path.endswith(".reps.release"):
            field = self.tr("release time")
        else:
            field = names.get(key) or key.replace("defaults.", "").replace("_", " ")
        field = field or self.tr("routine")
        if step is None:
            return self.tr("Routine, {field}").format(field=field)
        steps = self.doc.get("steps", [])
        title = steps[step].get("title", "") if step < len(steps) else ""
        return self.tr("Step {n} ({title}), {field}").format(n=step + 1, title=title, field=field)

    def _show_problems(self, verdict: Verdict) -> None:
        if verdict.ok:
            self.page.show_problem_summary(None)
            return
        shown = verdict.problems[:5]
        lines = [
            f"<a href='{p.path}' style='color: inherit'>{escape_html(self._where(p.path))}</a>: "
            f"{escape_html(p.message)}"
            for p in shown
        ]
        more = len(verdict.problems) - len(shown)
        if more:
            lines.append(escape_html(self.tr("… and {n} more").format(n=more)))
        head = self.tr("Fix these to save or preview:")
        self.page.show_problem_summary(f"<b>{escape_html(head)}</b><br>" + "<br>".join(lines))

    def _clean_changed(self, _clean: bool) -> None:
        if shiboken6.isValid(self.page):  # not while the app is being torn down
            self._show_status()

    def _show_status(self) -> None:
        if not self.is_open:
            return
        if self.path is None:
            text = self.tr("New, not saved yet")
        elif self.dirty:
            text = self.tr("Unsaved changes")
        else:
            text = self.tr("Saved in your routines")
        self.page.set_status(text)

    def _go_to_problem(self, path: str) -> None:
        from supple.routine.document import target_of

        step, key = target_of(path)
        self.select(step)
        self.page.reveal_field(step is not None, key)

    # -- saving --------------------------------------------------------------------------
    def save(self) -> bool:
        if not self.is_open:
            return False
        verdict = judge(self.doc, self.store.folder, self.estimate)
        if not verdict.ok:
            self.refresh()
            self.message(self.tr("Not saved: fix the problems shown first."))
            return False
        doc = aligned_translations(copy.deepcopy(self.doc))
        if self.path is None:
            doc["id"] = slugify(str(doc.get("title", "")))
        elif self.saved_id:
            doc["id"] = self.saved_id
        try:
            saved = self.store.save(doc, self.path)
        except RoutineError as exc:
            self.message(self.tr("Not saved: {problem}").format(problem=exc.first))
            return False
        except OSError as exc:
            self._warn(
                self.tr("The routine could not be saved"),
                self.tr("{reason}\n\nYour previous version is unchanged.").format(
                    reason=exc.strerror or exc
                ),
            )
            return False
        self.path = saved.path
        self.saved_id = saved.routine.id
        self.doc = editable(routine_to_document(saved.routine))
        self.stack.setClean()
        self.refresh()
        self.message(self.tr("Saved “{title}”.").format(title=saved.routine.title))
        self.saved.emit(saved.routine)
        return True

    def _warn(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self.page.window())
        box.setObjectName("editorWarning")
        box.open()

    def _ask_unsaved(self) -> Answer:
        box = QMessageBox(self.page.window())
        box.setObjectName("unsavedChanges")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Unsaved changes"))
        title = str(self.doc.get("title", "")) or self.tr("this routine")
        box.setText(self.tr("Save the changes to “{title}”?").format(title=title))
        box.setInformativeText(self.tr("If you don't, they are lost."))
        save = box.addButton(QMessageBox.StandardButton.Save)
        discard = box.addButton(QMessageBox.StandardButton.Discard)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(save)
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        if clicked is save:
            return "save"
        if clicked is discard:
            return "discard"
        return "cancel"

    def may_leave(self, target: QWidget | None, *, player: QWidget | None = None) -> bool:
        """Ask about unsaved changes before the page is left (or the window closes)."""
        if not self.is_open:
            return True
        if target is not None and target is player and self.previewing:
            return True
        if self.dirty or (self.path is None and self.stack.count()):
            answer = self.ask_unsaved()
            if answer == "cancel":
                return False
            if answer == "save" and not self.save():
                return False
        self.close()
        return True

    # -- preview -------------------------------------------------------------------------
    def preview_routine(self, from_selected: bool = False) -> Routine | None:
        verdict = judge(self.doc, self.store.folder, self.estimate)
        if verdict.routine is None:
            return None
        routine = verdict.routine
        if from_selected and self.selected:
            routine = dataclasses.replace(routine, steps=routine.steps[self.selected :])
        return routine

    def preview(self, from_selected: bool = False) -> bool:
        routine = self.preview_routine(from_selected)
        if routine is None or self.start_routine is None:
            self.message(self.tr("Fix the problems shown before playing the routine."))
            return False
        self.previewing = True
        if not self.start_routine(routine):
            self.previewing = False
            return False
        return True

    def preview_ended(self, show_page: Callable[[], None]) -> None:
        if self.previewing:
            self.previewing = False
            QTimer.singleShot(0, show_page)
