"""The editor page: the steps on the left, the chosen step (or the routine) on the right.

Layout only. ``controller.EditorController`` fills it and reacts to it through the
page's interface: the signals at the top of ``EditorPage`` (what the person asks)
and the methods under "what the controller calls"; it does not reach the widgets.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from supple.routine.format_error import FormatProblem
from supple.ui.editor.routine_form import RoutineForm
from supple.ui.editor.step_form import StepForm
from supple.ui.editor.step_list import Row, StepList
from supple.ui.kit import theme
from supple.ui.kit.accessible import name_scroll_area
from supple.ui.kit.text import warning_colour


class EditorPage(QWidget):
    """The editor's widgets, and the interface its controller uses instead of them."""

    # What the person asks (the controller connects to these).
    back_requested = Signal()  # "‹ Library"
    save_requested = Signal()
    add_requested = Signal()  # an exercise from the catalogue
    blank_requested = Signal()  # a blank step
    move_requested = Signal(int)  # the selected step: -1 up, 1 down
    remove_requested = Signal()  # the selected step
    routine_requested = Signal()  # the routine's own fields
    row_changed = Signal(int)  # the step chosen in the list (-1: none)
    step_moved = Signal(int, int)  # dragged in the list: from, to
    preview_requested = Signal(bool)  # from the selected step (else from the start)
    problem_activated = Signal(str)  # a problem's JSON path was clicked
    routine_edited = Signal(str, object)  # top-level key, new value
    step_edited = Signal(str, object)  # the selected step's key, new value
    picture_bundled = Signal(str)  # a bundled pose picked for the step
    picture_file = Signal(object)  # Path: an own picture picked for the step
    picture_removed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editor")
        # Asked before the page is left (target page, or None when the window closes).
        self.guard: Callable[[QWidget | None], bool] | None = None

        self.back_button = QPushButton(self.tr("‹ Library"))
        self.back_button.setObjectName("backButton")
        self.back_button.setToolTip(self.tr("Close the editor and go back to the library"))
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.status = QLabel()
        self.status.setObjectName("muted")
        self.undo_button = QToolButton()
        self.redo_button = QToolButton()
        for button in (self.undo_button, self.redo_button):
            button.setObjectName("toolButton")
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.preview_button = QPushButton(self.tr("Preview"))
        self.preview_button.setObjectName("previewButton")
        self.preview_button.setToolTip(self.tr("Play the routine as it is now"))
        self.preview_menu = QMenu(self.preview_button)
        self.preview_all = self.preview_menu.addAction(self.tr("Play from the start"))
        self.preview_from = self.preview_menu.addAction(self.tr("Play from the selected step"))
        self.preview_button.setMenu(self.preview_menu)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveButton")
        self.save_button.setMinimumHeight(40)

        header = QHBoxLayout()
        header.setSpacing(10)
        header.addWidget(self.back_button)
        header.addSpacing(8)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.heading)
        titles.addWidget(self.status)
        header.addLayout(titles, 1)
        header.addWidget(self.undo_button)
        header.addWidget(self.redo_button)
        header.addSpacing(6)
        header.addWidget(self.preview_button)
        header.addWidget(self.save_button)

        # Left: the routine card and the steps.
        self.routine_button = QPushButton()
        self.routine_button.setObjectName("routineCard")
        self.routine_button.setCheckable(True)
        self.routine_button.setAccessibleName(self.tr("Routine details"))
        self.routine_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.steps_heading = QLabel(self.tr("Steps"))
        self.steps_heading.setObjectName("heading")
        self.duration = QLabel()
        self.duration.setObjectName("muted")
        self.list = StepList()
        self.empty_hint = QLabel(
            self.tr("No steps yet. Add an exercise from the catalogue, or a blank step.")
        )
        self.empty_hint.setObjectName("muted")
        self.empty_hint.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add exercise…"))
        self.add_button.setObjectName("addButton")
        self.add_button.setToolTip(
            self.tr("Pick an exercise from the bundled routines (Ctrl+Shift+N)")
        )
        self.blank_button = QPushButton(self.tr("Blank step"))
        self.up_button = QToolButton()
        self.up_button.setText("↑")
        self.up_button.setToolTip(self.tr("Move the step up (Alt+Up)"))
        self.up_button.setAccessibleName(self.tr("Move step up"))
        self.down_button = QToolButton()
        self.down_button.setText("↓")
        self.down_button.setToolTip(self.tr("Move the step down (Alt+Down)"))
        self.down_button.setAccessibleName(self.tr("Move step down"))
        self.remove_button = QToolButton()
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the step (Delete)"))
        for button in (self.up_button, self.down_button, self.remove_button):
            button.setObjectName("toolButton")
        steps_row = QHBoxLayout()
        steps_row.addWidget(self.steps_heading)
        steps_row.addStretch(1)
        steps_row.addWidget(self.duration)
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.blank_button)
        buttons.addStretch(1)
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        buttons.addWidget(self.remove_button)
        left = QVBoxLayout()
        left.setSpacing(8)
        left.addWidget(self.routine_button)
        left.addSpacing(6)
        left.addLayout(steps_row)
        left.addWidget(self.list, 1)
        left.addWidget(self.empty_hint)
        left.addLayout(buttons)

        # Right: the form in a panel, problems at its foot.
        self.routine_form = RoutineForm()
        self.step_form = StepForm()
        self.forms = QStackedWidget()
        self.forms.addWidget(self.routine_form)
        self.forms.addWidget(self.step_form)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.forms)
        self.scroll.setWidgetResizable(True)
        name_scroll_area(self.scroll, self.tr("Form"))  # Tab stops here to scroll it
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.problems = QLabel()
        self.problems.setObjectName("problemSummary")
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.RichText)
        self.problems.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.problems.hide()
        panel = QFrame()
        panel.setObjectName("detailsPanel")
        right = QVBoxLayout(panel)
        right.setContentsMargins(22, 18, 12, 14)
        right.setSpacing(10)
        right.addWidget(self.scroll, 1)
        right.addWidget(self.problems)

        body = QHBoxLayout()
        body.setSpacing(24)
        body.addLayout(left, 5)
        body.addWidget(panel, 7)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 14, 28, 20)
        outer.setSpacing(14)
        outer.addLayout(header)
        outer.addLayout(body, 1)
        self._relay()
        self._restyle()
        theme.follow_app_palette(self, self._restyle)  # the desktop turning dark

    def _relay(self) -> None:
        self.back_button.clicked.connect(lambda: self.back_requested.emit())
        self.save_button.clicked.connect(lambda: self.save_requested.emit())
        self.add_button.clicked.connect(lambda: self.add_requested.emit())
        self.blank_button.clicked.connect(lambda: self.blank_requested.emit())
        self.up_button.clicked.connect(lambda: self.move_requested.emit(-1))
        self.down_button.clicked.connect(lambda: self.move_requested.emit(1))
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit())
        self.routine_button.clicked.connect(lambda: self.routine_requested.emit())
        self.list.currentRowChanged.connect(self.row_changed)
        self.list.moved.connect(self.step_moved)
        self.list.remove_requested.connect(self.remove_requested)
        self.preview_all.triggered.connect(lambda: self.preview_requested.emit(False))
        self.preview_from.triggered.connect(lambda: self.preview_requested.emit(True))
        self.problems.linkActivated.connect(self.problem_activated)
        self.routine_form.edited.connect(self.routine_edited)
        self.step_form.edited.connect(self.step_edited)
        self.step_form.picture_bundled.connect(self.picture_bundled)
        self.step_form.picture_file.connect(self.picture_file)
        self.step_form.picture_removed.connect(self.picture_removed)

    # -- what the controller calls -----------------------------------------------------
    def set_undo_actions(self, undo: QAction, redo: QAction) -> None:
        self.undo_button.setDefaultAction(undo)
        self.redo_button.setDefaultAction(redo)

    def show_steps(self, rows: list[Row], selected: int | None) -> None:
        self.list.set_rows(rows, selected)
        self.empty_hint.setVisible(not rows)

    def show_heading(self, title: str, duration: str) -> None:
        self.heading.setText(title)
        self.duration.setText(duration)

    def show_routine(self, doc: dict[str, Any], problems: list[FormatProblem]) -> None:
        """The routine's own fields, with their problems."""
        self.routine_form.load(doc)
        self.routine_form.show_problems(problems)
        self.show_routine_form()

    def show_step(
        self,
        index: int,
        step: Any,
        picture: Path | None,
        rest: int,
        problems: list[FormatProblem],
        *,
        last: bool = False,
    ) -> None:
        """Step ``index``'s fields, with their problems (``last``: no step follows)."""
        self.step_form.load(index, step, picture, rest, last=last)
        self.step_form.show_problems(problems)
        self.show_step_form(index)

    def showing_routine(self) -> bool:
        """True while the routine's own fields are shown (not a step's)."""
        return self.forms.currentWidget() is self.routine_form

    def set_step_actions(self, *, up: bool, down: bool, remove: bool) -> None:
        self.up_button.setEnabled(up)
        self.down_button.setEnabled(down)
        self.remove_button.setEnabled(remove)

    def set_valid(self, ok: bool, *, from_selected: bool, save_tip: str) -> None:
        """Whether the routine may be saved and previewed (from the selected step)."""
        self.preview_from.setEnabled(from_selected)
        self.preview_button.setEnabled(ok)
        self.save_button.setEnabled(ok)
        self.save_button.setToolTip(save_tip)

    def show_problem_summary(self, html: str | None) -> None:
        """The summary of problems under the form (rich text with links), or none."""
        if html is None:
            self.problems.hide()
            self.problems.clear()
        else:
            self.problems.setText(html)
            self.problems.show()

    def set_status(self, text: str) -> None:
        self.status.setText(text)

    def set_picture_error(self, message: str) -> None:
        self.step_form.fields["illustration"].set_error(message)

    def focus_routine_title(self) -> None:
        self.routine_form.title.setFocus()
        self.routine_form.title.selectAll()

    def focus_step_title(self) -> None:
        self.step_form.title.setFocus()
        self.step_form.title.selectAll()

    def focus_steps(self) -> None:
        self.list.setFocus()

    def reveal_field(self, in_step: bool, key: str) -> None:
        """Scroll to the field for ``key`` (of the step, or the routine) and focus it."""
        form = self.step_form if in_step else self.routine_form
        field = form.fields.get(key)
        if field is not None:
            self.scroll.ensureWidgetVisible(field)
            target = field.label.buddy() or field.box
            target.setFocus()

    def set_routine_card(self, title: str, subtitle: str) -> None:
        self.routine_button.setText(f"{title}\n{subtitle}")

    def show_step_form(self, index: int | None = None) -> None:
        self._shown(("step", index))
        self.forms.setCurrentWidget(self.step_form)
        self.routine_button.setChecked(False)

    def show_routine_form(self) -> None:
        self._shown(("routine", None))
        self.forms.setCurrentWidget(self.routine_form)
        self.routine_button.setChecked(True)

    def _shown(self, what: tuple[str, int | None]) -> None:
        """Another form (the routine's, or another step's) starts at its top: the old
        scroll position left the routine's Title off screen."""
        if getattr(self, "_showing", None) != what:
            self._showing = what
            self.scroll.verticalScrollBar().setValue(0)

    def may_leave(self, target: QWidget | None) -> bool:
        return self.guard(target) if self.guard is not None else True

    def may_close(self) -> bool:
        return self.may_leave(None)

    # -- look ------------------------------------------------------------------------------
    def _restyle(self) -> None:
        palette = self.palette()
        muted = theme.css(theme.muted_text(palette))
        card = theme.css(theme.card(palette))
        base = theme.css(palette.color(QPalette.ColorRole.Base))
        border = theme.css(theme.card_border(palette))
        accent_colour = theme.accent(palette)
        accent = theme.css(accent_colour)
        selected = theme.css(theme.mix(palette.color(QPalette.ColorRole.Base), accent_colour, 0.16))
        fill = theme.css(theme.accent_fill(palette))  # 4.5:1 under HighlightedText
        hover = theme.css(theme.accent_fill_hover(palette))
        ring = theme.css(theme.focus_ring(palette))
        warn = theme.css(warning_colour(palette))
        warn_bg = theme.css(
            theme.mix(palette.color(QPalette.ColorRole.Base), warning_colour(palette), 0.10)
        )
        section = theme.css(
            theme.readable(
                theme.mix(QColor(muted), accent_colour, 0.35),
                palette.color(QPalette.ColorRole.Base),
            )
        )
        self.setStyleSheet(
            f"""
            QLabel#muted {{ color: {muted}; }}
            QLabel#heading {{ font-weight: 600; }}
            QLabel#fieldLabel {{ font-weight: 600; }}
            QLabel#sectionHeading {{ color: {section}; font-weight: 700; padding-top: 4px;
                border-bottom: 1px solid {border}; padding-bottom: 4px; }}
            QLabel#fieldError {{ color: {warn}; }}
            QFrame#fieldBox {{ border: 2px solid transparent; border-radius: 8px; }}
            QFrame#fieldBox[invalid="true"] {{ border-color: {warn}; background: {warn_bg}; }}
            QListWidget#stepList {{ background: transparent; outline: none; }}
            QFrame#detailsPanel {{ background: {base}; border: 1px solid {border};
                border-radius: 18px; }}
            QScrollArea, QScrollArea > QWidget > QWidget {{ background: transparent; }}
            QPushButton#routineCard {{ text-align: left; padding: 12px 16px; border-radius: 12px;
                background: {base}; border: 1px solid {border}; }}
            QPushButton#routineCard:checked {{ background: {selected}; border-color: {accent}; }}
            QPushButton#saveButton {{ background: {fill}; color: palette(highlighted-text);
                border: none; border-radius: 12px; padding: 8px 30px; font-weight: 700; }}
            QPushButton#saveButton:hover {{ background: {hover}; }}
            QPushButton#saveButton:disabled {{ background: {card}; color: {muted}; }}
            QPushButton#saveButton:focus {{ border: 3px solid {ring}; padding: 5px 27px; }}
            QPushButton#backButton:focus {{ border: 2px solid {ring}; padding: 4px 8px; }}
            QPushButton#backButton {{ border: none; padding: 6px 10px; border-radius: 8px;
                font-weight: 600; background: transparent; }}
            QPushButton#backButton:hover {{ background: {card}; }}
            QLabel#problemSummary {{ color: {warn}; background: {warn_bg}; border-radius: 10px;
                padding: 8px 12px; }}
            """
            + theme.slim_scrollbar_css(palette)
        )

    def resizeEvent(self, event: object) -> None:
        unit = min(self.height(), self.width() * 0.75)

        px = functools.partial(theme.unit_font, self, unit)

        self.heading.setFont(px(0.042, 20, 30, QFont.Weight.Bold))
        self.routine_button.setFont(px(0.024, 14, 17))
        self.steps_heading.setFont(px(0.026, 15, 19, QFont.Weight.DemiBold))
        for form in (self.step_form, self.routine_form):
            form.heading.setFont(px(0.036, 18, 26, QFont.Weight.Bold))
        self.save_button.setFont(px(0.024, 14, 18, QFont.Weight.Bold))
        super().resizeEvent(event)  # type: ignore[arg-type]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._restyle()
        super().changeEvent(event)
