"""The routine library: cards on the left, the chosen routine's details on the right.

Enter (or a double click) on a card, or the Start button, asks to start it.
Files that cannot be used are listed too, with the reason, and cannot start.

First frame: this page is the window's first frame, so it paints through ``kit.paint``
and sets Qt values by name (``kit.qt_values.set_property(label, "textFormat",
PLAIN_TEXT)``) instead of touching the ``Qt`` namespace, whose enums cost ~12 ms to
build (ARCHITECTURE.md, start-up rules). Code outside the first frame writes the
ordinary ``label.setTextFormat(Qt.TextFormat.PlainText)``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

import supple.ui.kit.pyside_fix  # noqa: F401  (first: guards a PySide6 6.12.0 bug)
from supple.routine import Entry, Library, Origin, Routine
from supple.ui.kit import paint, theme
from supple.ui.kit.accessible import name_scroll_area
from supple.ui.kit.card_delegate import CardDelegate
from supple.ui.kit.picture import CACHE, PictureView
from supple.ui.kit.picture_render import paint_placeholder, problem_label
from supple.ui.kit.qt_values import (
    ACCESSIBLE_TEXT_ROLE,
    ALIGN_LEFT,
    ALIGN_TOP,
    PLAIN_TEXT,
    SCROLL_BAR_ALWAYS_OFF,
    TEXT_SELECTABLE_BY_MOUSE,
    USER_ROLE,
    set_property,
)
from supple.ui.kit.text import breakable_path, hold_text, size_text, warning_colour

ENTRY_ROLE = USER_ROLE + 1
DURATION_ROLE = USER_ROLE + 2
CARD_HEIGHT = 104
MUTED = 0.6  # the opacity of a card's secondary text
THUMB = QSize(112, 84)
KEPT_HEIGHTS = 16  # widths a WrappedLabel remembers its height for (a window resized)


class WrappedLabel(QLabel):
    """A word-wrapped plain-text label that remembers its height for each width asked.

    Qt lays a wrapped label's text out again for every ``heightForWidth`` its layouts
    ask, and they ask ~74 times for the details pane's dozen labels before the first
    frame (18M instructions, ~2 % of it). The height only changes with the text, the
    font or the style (a change event), so it is kept until one of those changes.
    """

    def __init__(self, text: str = "") -> None:
        super().__init__(text)
        self._heights: dict[int, int] = {}
        self.setWordWrap(True)
        set_property(self, "textFormat", PLAIN_TEXT)

    def setText(self, text: str) -> None:
        if text != self.text():
            self._heights.clear()
        super().setText(text)

    def clear(self) -> None:
        self._heights.clear()
        super().clear()

    def changeEvent(self, event: QEvent) -> None:
        self._heights.clear()  # the font, the style, the palette...
        super().changeEvent(event)

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            if len(self._heights) >= KEPT_HEIGHTS:
                self._heights.clear()
            height = self._heights[width] = super().heightForWidth(width)
        return height


class LibraryCardDelegate(CardDelegate):
    """Paints one library entry as a card: thumbnail, title, duration, tags or the problem.

    Colours come from ``host``'s palette (the list itself has a transparent base).
    """

    def __init__(self, host: QWidget) -> None:
        super().__init__(host, QSize(320, CARD_HEIGHT))

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        # Painted through supple.ui.kit.paint: setPen and friends would build Qt's enums.
        # Ordinary text uses the pen the view's painter starts with: the list's text
        # colour; secondary text is that pen at 60 % opacity.
        entry: Entry = index.data(ENTRY_ROLE)
        palette = self._host.palette()
        rect = QRectF(option.rect).adjusted(4, 4, -4, -4)  # type: ignore[attr-defined]
        selected = self.is_selected(option, index)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        accent = theme.accent(palette)
        self.paint_card(painter, rect, palette, selected, 14)
        if selected:
            bar = QPainterPath()
            bar.addRoundedRect(
                QRectF(rect.left() + 1, rect.top() + 16, 4, rect.height() - 32), 2, 2
            )
            paint.fill(painter, bar, accent)
            view = option.widget  # type: ignore[attr-defined]
            if isinstance(view, QWidget) and view.hasFocus():  # Tab is on the list
                ring = QPainterPath()
                ring.addRoundedRect(rect.adjusted(1, 1, -1, -1), 13, 13)
                paint.outline(painter, ring, theme.focus_ring(palette), 2.5)

        # Thumbnail on its tinted card.
        thumb = QRectF(
            rect.left() + 14, rect.center().y() - THUMB.height() / 2, THUMB.width(), THUMB.height()
        )
        tshape = QPainterPath()
        tshape.addRoundedRect(thumb, 10, 10)
        paint.fill(painter, tshape, theme.card(palette))
        base = QFont(option.font)  # type: ignore[attr-defined]
        picture = None
        cover = entry.routine.cover_picture() if entry.routine is not None else None
        if cover is not None:
            picture = cover[0].path
        if picture is not None:
            # An own picture is drawn off the GUI thread: nothing until it is ready
            # (the list repaints then), a placeholder saying why if it cannot be shown.
            drawn = CACHE.lookup(picture, QSize(THUMB.width() - 12, THUMB.height() - 12))
            image = drawn.image if drawn is not None else None
            if image is not None:
                x = thumb.center().x() - image.width() / 2
                y = thumb.center().y() - image.height() / 2
                painter.drawImage(QRectF(x, y, image.width(), image.height()), image)
            elif drawn is not None and drawn.problem is not None:
                paint_placeholder(painter, thumb, palette, base, problem_label(drawn.problem))
        elif entry.routine is None:
            mark = QFont(base)
            mark.setPixelSize(36)
            mark.setBold(True)
            paint.text(
                painter,
                thumb,
                "!",
                mark,
                warning_colour(palette),
                across=paint.CENTRE,
                down=paint.CENTRE,
            )

        # Text.
        left = thumb.right() + 16
        width = rect.right() - 14 - left
        title_font = QFont(base)
        title_font.setPixelSize(17)
        title_font.setWeight(QFont.Weight.DemiBold)
        small = QFont(base)
        small.setPixelSize(13)
        tm = QFontMetricsF(title_font)
        sm = QFontMetricsF(small)
        y = rect.top() + 18
        paint.text_in_pen(
            painter,
            QRectF(left, y, width, tm.height()),
            entry.title,
            title_font,
            down=paint.CENTRE,
            elide=True,
        )
        y += tm.height() + 6
        if entry.routine is not None:
            seconds = index.data(DURATION_ROLE) or 0
            steps = len(entry.routine.steps)
            meta = size_text(seconds, steps)
            paint.text_in_pen(
                painter, QRectF(left, y, width, sm.height()), meta, small, opacity=MUTED
            )
            y += sm.height() + 6
            x = left
            chip_font = QFont(small)
            chip_font.setPixelSize(12)
            cm = QFontMetricsF(chip_font)
            chip_colour = theme.mix(palette.color(QPalette.ColorRole.Base), accent, 0.18)
            for tag in entry.routine.tags:
                w = cm.horizontalAdvance(tag) + 16
                if x + w > left + width:
                    break
                chip = QRectF(x, y, w, cm.height() + 6)
                cpath = QPainterPath()
                cpath.addRoundedRect(chip, chip.height() / 2, chip.height() / 2)
                paint.fill(painter, cpath, chip_colour)
                paint.text_in_pen(
                    painter, chip, tag, chip_font, across=paint.CENTRE, down=paint.CENTRE
                )
                x += w + 6
        else:
            assert entry.error is not None
            reason = QCoreApplication.translate("LibraryView", "Can't be used: {reason}").format(
                reason=entry.error.first
            )
            paint.text(
                painter,
                QRectF(left, y, width, rect.bottom() - y - 8),
                reason,
                small,
                warning_colour(palette),
                wrap=True,
            )
        painter.restore()


class RoutineDetails(QWidget):
    """The chosen routine: picture, description, steps, safety note."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picture = PictureView()
        self.picture.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.picture.setAccessibleName(self.tr("Routine picture"))  # its alt text: description
        # Routine text is plain text, never HTML (a title with <img src=...> would
        # otherwise make Qt open that file on every paint): WrappedLabel is plain.
        self.title = WrappedLabel()
        self.title.setObjectName("detailsTitle")
        self.meta = WrappedLabel()  # a broken file's path, however long, stays inside
        self.meta.setObjectName("muted")
        self.description = WrappedLabel()
        self.safety = WrappedLabel()
        self.safety.setObjectName("safety")
        self.steps_heading = QLabel(self.tr("Steps"))
        self.steps_heading.setObjectName("heading")
        self.steps = StepRows()
        self.problems = WrappedLabel()
        self.problems.setObjectName("problems")
        set_property(self.problems, "textInteractionFlags", TEXT_SELECTABLE_BY_MOUSE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.setSpacing(10)
        layout.addWidget(self.picture)
        layout.addSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.meta)
        layout.addWidget(self.description)
        layout.addWidget(self.problems)
        layout.addWidget(self.safety)
        layout.addSpacing(4)
        layout.addWidget(self.steps_heading)
        layout.addWidget(self.steps)
        layout.addStretch(1)

    def show_entry(self, entry: Entry | None, seconds: float) -> None:
        routine = entry.routine if entry is not None else None
        if entry is None:
            self.title.setText(self.tr("No routine selected"))
            self.meta.clear()
            for widget in (
                self.description,
                self.safety,
                self.steps,
                self.steps_heading,
                self.problems,
            ):
                widget.hide()
            self.picture.set_path(None)
            self.picture.set_description("")
            return
        self.title.setText(entry.title)
        if routine is None:
            assert entry.error is not None
            self.meta.setText(
                self.tr("This file can't be used: {path}").format(
                    path=breakable_path(str(entry.path))
                )
            )
            self.problems.setText("\n".join(p.describe() for p in entry.error.problems))
            self.problems.show()
            for widget in (self.description, self.safety, self.steps, self.steps_heading):
                widget.hide()
            self.picture.set_path(None)
            self.picture.set_description("")
            return
        self.problems.hide()
        self.meta.setText(
            " · ".join([size_text(seconds, len(routine.steps)), ", ".join(routine.tags)]).rstrip(
                " ·"
            )
        )
        self.description.setText(routine.description)
        self.description.setVisible(bool(routine.description))
        self.safety.setText(routine.safety)
        self.safety.setVisible(bool(routine.safety))
        self.steps.set_rows([(step.title, hold_text(step)) for step in routine.steps])
        self.steps.show()
        self.steps_heading.show()
        cover = routine.cover_picture()
        self.picture.set_path(cover[0].path if cover is not None else None)
        self.picture.set_description(cover[1] if cover is not None else "")


class StepRows(QWidget):
    """The routine's steps as rows of plain-text labels: number, title, how long.

    A grid of plain labels rather than one rich-text table: laying out Qt rich
    text cost the library's first paint about 5 ms (benchmarks/bench_startup.py),
    and routine text is never HTML. Labels are kept and reused between routines.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepRows")
        self.setAccessibleName(self.tr("Steps"))
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(14)
        self._grid.setVerticalSpacing(6)
        self._grid.setColumnStretch(3, 1)  # the columns keep their natural width
        self._rows: list[tuple[QLabel, QLabel, QLabel]] = []
        self._shown = 0
        self._font = QFont(self.font())

    def set_rows(self, rows: list[tuple[str, str]]) -> None:
        """One row per (title, how long), numbered from 1."""
        while len(self._rows) < len(rows):
            self._add_row()
        for i, (number, title, hold) in enumerate(self._rows):
            used = i < len(rows)
            if used:
                number.setText(str(i + 1))
                title.setText(rows[i][0])
                hold.setText(rows[i][1])
            for label in (number, title, hold):
                label.setVisible(used)
        self._shown = len(rows)

    def set_text_font(self, font: QFont) -> None:
        """``font`` for every row, the numbers in bold."""
        self._font = QFont(font)
        bold = QFont(font)
        bold.setBold(True)
        for number, title, hold in self._rows:
            number.setFont(bold)
            title.setFont(font)
            hold.setFont(font)

    def text(self) -> str:
        """The rows as plain text, one per line (what a screen reader gets too)."""
        return "\n".join(
            f"{n.text()}. {t.text()}: {h.text()}" for n, t, h in self._rows[: self._shown]
        )

    def _add_row(self) -> None:
        row = len(self._rows)
        labels = (QLabel(), WrappedLabel(), QLabel())  # a long title wraps, not widens
        for column, label in enumerate(labels):
            set_property(label, "textFormat", PLAIN_TEXT)
            # Top-aligned text in a label filling its cell: a wrapped title's row
            # keeps its number and length on the first line.
            set_property(label, "alignment", ALIGN_LEFT | ALIGN_TOP)
            self._grid.addWidget(label, row, column)
        self._rows.append(labels)
        self.set_text_font(self._font)


class LibraryView(QWidget):
    start_requested = Signal(object)  # Routine
    edit_requested = Signal(object)  # Entry
    selection_changed = Signal(object)  # Entry | None

    def __init__(
        self,
        duration_of: Callable[[Routine], float] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("library")
        self._duration_of = duration_of or (lambda routine: 0.0)
        self.heading = QLabel(self.tr("Routines"))
        self.heading.setObjectName("pageTitle")
        self.subheading = QLabel(self.tr("Pick one and press Start. Press Enter to begin."))
        self.subheading.setObjectName("muted")
        self.cap_notice = WrappedLabel()  # shown when the folder holds more files than read
        self.cap_notice.setObjectName("capNotice")
        self.cap_notice.hide()
        self.list = QListWidget()
        self.list.setObjectName("cards")
        self.list.setItemDelegate(LibraryCardDelegate(self))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.setSpacing(2)
        self.list.setAccessibleName(self.tr("Routines"))
        self.list.setUniformItemSizes(True)
        self.list.currentItemChanged.connect(self._current_changed)
        self.list.itemActivated.connect(self._activated)
        CACHE.signals.ready.connect(self._picture_ready)
        self.details = RoutineDetails()
        self.details_scroll = QScrollArea()
        self.details_scroll.setWidget(self.details)
        self.details_scroll.setWidgetResizable(True)
        # Tab stops here; its viewport and scroll bars are named after the first frame
        # (name_inner_parts).
        self.details_scroll.setAccessibleName(self.tr("Routine details"))
        self.details_scroll.setFrameShape(QFrame.Shape.NoFrame)
        set_property(self.details_scroll, "horizontalScrollBarPolicy", SCROLL_BAR_ALWAYS_OFF)
        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.setObjectName("startButton")
        self.start_button.setToolTip(self.tr("Start this routine (Enter)"))
        self.start_button.setAccessibleName(self.tr("Start routine"))
        self.start_button.clicked.connect(self._start_clicked)
        self.start_button.setMinimumHeight(48)
        self.edit_button = QPushButton(self.tr("Edit"))
        self.edit_button.setObjectName("editButton")
        self.edit_button.setMinimumHeight(48)
        self.edit_button.clicked.connect(self._edit_clicked)

        left = QVBoxLayout()
        left.setSpacing(6)
        left.addWidget(self.heading)
        left.addWidget(self.subheading)
        left.addWidget(self.cap_notice)
        left.addSpacing(10)
        left.addWidget(self.list, 1)
        panel = QFrame()
        panel.setObjectName("detailsPanel")
        right = QVBoxLayout(panel)
        right.setContentsMargins(24, 24, 24, 20)
        right.setSpacing(14)
        right.addWidget(self.details_scroll, 1)
        start_row = QHBoxLayout()
        start_row.addStretch(1)
        start_row.addWidget(self.edit_button)
        start_row.addWidget(self.start_button)
        right.addLayout(start_row)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(28, 20, 28, 24)
        outer.setSpacing(28)
        outer.addLayout(left, 5)
        outer.addWidget(panel, 6)
        self._restyle()
        theme.follow_app_palette(self, self._restyle)  # the desktop turning dark

    def _picture_ready(self, _path: str) -> None:
        self.list.viewport().update()  # a card's picture has been drawn (or refused)

    # -- content ------------------------------------------------------------
    def set_library(self, library: Library, select: str = "") -> None:
        self.list.clear()
        if library.unread:
            self.cap_notice.setText(
                self.tr(
                    "Only the first {shown} routine files are shown; {more} more were not read."
                ).format(
                    shown=QLocale().toString(library.cap), more=QLocale().toString(library.unread)
                )
            )
            self.cap_notice.setToolTip(
                self.tr("Move some files out of {folder} to see the rest.").format(
                    folder=library.user_dir
                )
            )
        self.cap_notice.setVisible(bool(library.unread))
        for entry in library.entries:
            item = QListWidgetItem(entry.title)
            item.setData(ENTRY_ROLE, entry)
            seconds = self._duration_of(entry.routine) if entry.routine is not None else 0.0
            item.setData(DURATION_ROLE, seconds)
            if entry.routine is not None:
                item.setToolTip(entry.routine.description)
                item.setData(ACCESSIBLE_TEXT_ROLE, entry.title)
            else:
                assert entry.error is not None
                item.setToolTip("\n".join(entry.error.lines()))
                item.setData(
                    ACCESSIBLE_TEXT_ROLE,
                    self.tr("{title}, can't be used: {reason}").format(
                        title=entry.title, reason=entry.error.first
                    ),
                )
            self.list.addItem(item)
        if not self.select(select) and self.list.count():
            self.list.setCurrentRow(0)
        if not self.list.count():
            self.details.show_entry(None, 0)
            self.start_button.setEnabled(False)
            self.edit_button.setEnabled(False)

    def entries(self) -> list[Entry]:
        return [self.list.item(i).data(ENTRY_ROLE) for i in range(self.list.count())]

    def select(self, routine_id: str) -> bool:
        if not routine_id:
            return False
        for i in range(self.list.count()):
            entry: Entry = self.list.item(i).data(ENTRY_ROLE)
            if entry.routine is not None and entry.routine.id == routine_id:
                self.list.setCurrentRow(i)
                return True
        return False

    def neighbour_id(self, routine_id: str) -> str:
        """The routine shown after ``routine_id`` (before it, if it is the last): where
        the selection goes once it is deleted. "" when there is none."""
        ids = [e.id for e in (self.list.item(i).data(ENTRY_ROLE) for i in range(self.list.count()))]
        if routine_id not in ids or len(ids) < 2:
            return ""
        row = ids.index(routine_id)
        return ids[row + 1] if row + 1 < len(ids) else ids[row - 1]

    def current_entry(self) -> Entry | None:
        item = self.list.currentItem()
        return item.data(ENTRY_ROLE) if item is not None else None

    def name_inner_parts(self) -> None:
        """Give the details pane's viewport and scroll bars its name, for screen readers
        ("Routine details, scroll bar", not an unnamed filler). The composition root calls
        it once the first frame is painted (~1 ms; kit.accessible.name_scroll_area says
        how it keeps clear of PySide6's ~13 ms search for the viewport's type)."""
        name_scroll_area(self.details_scroll, self.details_scroll.accessibleName())

    def focus_list(self) -> None:
        self.list.setFocus()

    def set_edit_enabled(self, enabled: bool) -> None:
        """Whether Edit may be pressed now (the library enables it on each selection)."""
        self.edit_button.setEnabled(enabled)

    # -- intents --------------------------------------------------------------
    def _current_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        entry: Entry | None = current.data(ENTRY_ROLE) if current is not None else None
        seconds = current.data(DURATION_ROLE) if current is not None else 0
        self.details.show_entry(entry, seconds or 0)
        self.start_button.setEnabled(entry is not None and entry.routine is not None)
        self.edit_button.setEnabled(entry is not None and entry.routine is not None)
        own = entry is not None and entry.origin is Origin.USER
        self.edit_button.setText(self.tr("Edit") if own else self.tr("Edit a copy"))
        self.edit_button.setToolTip(
            self.tr("Change this routine")
            if own
            else self.tr("Bundled routines stay as they are: this makes your own copy")
        )
        # Back to the top (ensureVisible rather than the scroll bar: its wrapper would
        # build QAbstractSlider's enums before the first frame).
        self.details_scroll.ensureVisible(0, 0)
        self.selection_changed.emit(entry)

    def _activated(self, item: QListWidgetItem) -> None:
        entry: Entry = item.data(ENTRY_ROLE)
        if entry.routine is not None:
            self.start_requested.emit(entry.routine)

    def _edit_clicked(self) -> None:
        entry = self.current_entry()
        if entry is not None and entry.routine is not None:
            self.edit_requested.emit(entry)

    def _start_clicked(self) -> None:
        entry = self.current_entry()
        if entry is not None and entry.routine is not None:
            self.start_requested.emit(entry.routine)

    # -- look ---------------------------------------------------------------------
    def _restyle(self) -> None:
        palette = self.palette()
        muted = theme.css(theme.muted_text(palette))
        card = theme.css(theme.card(palette))
        base = theme.css(palette.color(QPalette.ColorRole.Base))
        border = theme.css(theme.card_border(palette))
        accent = theme.css(theme.accent(palette))
        fill = theme.css(theme.accent_fill(palette))  # 4.5:1 under HighlightedText
        hover = theme.css(theme.accent_fill_hover(palette))
        ring = theme.css(theme.focus_ring(palette))  # Tab's place, seen from the mat
        safety_bg = theme.css(
            theme.mix(palette.color(QPalette.ColorRole.Base), QColor("#e0a21b"), 0.14)
        )
        safety_edge = theme.css(QColor("#e0a21b"))
        warn = theme.css(warning_colour(palette))
        self.setStyleSheet(
            f"""
            QLabel#muted {{ color: {muted}; }}
            QLabel#heading {{ font-weight: 600; }}
            QListWidget#cards {{ background: transparent; outline: none; }}
            QFrame#detailsPanel {{ background: {base}; border: 1px solid {border};
                border-radius: 18px; }}
            QScrollArea, QScrollArea > QWidget > QWidget {{ background: transparent; }}
            QLabel#safety {{ background: {safety_bg}; border-left: 4px solid {safety_edge};
                border-radius: 8px; padding: 10px 14px; }}
            QLabel#problems, QLabel#capNotice {{ color: {warn}; }}
            QPushButton#startButton {{ background: {fill}; color: palette(highlighted-text);
                border: none; border-radius: 12px; padding: 10px 44px; font-weight: 700; }}
            QPushButton#startButton:hover {{ background: {hover}; }}
            QPushButton#startButton:disabled {{ background: {card}; color: {muted}; }}
            QPushButton#editButton {{ background: {card}; border: 1px solid {border};
                border-radius: 12px; padding: 10px 22px; font-weight: 600; }}
            QPushButton#editButton:hover {{ border-color: {accent}; }}
            QPushButton#startButton:focus {{ border: 3px solid {ring}; padding: 7px 41px; }}
            QPushButton#editButton:focus {{ border: 3px solid {ring}; padding: 8px 20px; }}
            """
            + theme.slim_scrollbar_css(palette)
        )

    def resizeEvent(self, event: object) -> None:
        unit = min(self.height(), self.width() * 0.75)

        px = functools.partial(theme.unit_font, self, unit)

        self.details.picture.setFixedHeight(max(120, min(240, round(self.height() * 0.3))))
        self.heading.setFont(px(0.045, 22, 34, QFont.Weight.Bold))
        self.subheading.setFont(px(0.021, 12, 16))
        self.details.title.setFont(px(0.042, 20, 32, QFont.Weight.Bold))
        body = px(0.022, 13, 16)
        for label in (
            self.details.meta,
            self.details.description,
            self.details.safety,
            self.details.problems,
            self.cap_notice,
        ):
            label.setFont(body)
        self.details.steps.set_text_font(body)
        self.details.steps_heading.setFont(px(0.024, 14, 18, QFont.Weight.DemiBold))
        self.start_button.setFont(px(0.03, 16, 22, QFont.Weight.Bold))
        self.edit_button.setFont(px(0.024, 14, 18, QFont.Weight.DemiBold))
        super().resizeEvent(event)  # type: ignore[arg-type]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._restyle()
        super().changeEvent(event)
