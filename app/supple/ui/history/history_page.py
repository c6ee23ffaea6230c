"""The History page: a week's minutes per day, its totals, and its sessions.

Everything on disk is read and written by the HistoryWorker's thread; this page
only asks and shows the answers. ``HistoryPage(history, settings)`` is all the
main window needs; ``render_sample(path, dark, size)`` draws it with sample data
for screenshots.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import date, datetime, timedelta, tzinfo
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QSize, Qt, QTime, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from supple.folderlock import app_running
from supple.history import (
    HistoryError,
    HistoryStore,
    HistoryWorker,
    SessionRecord,
    Week,
    WeekSummary,
    export_csv,
    load_week,
)
from supple.session import Outcome
from supple.settings import Settings
from supple.ui.history.history_chart import ChartDay, WeekChart
from supple.ui.history.history_link import gui_deliver
from supple.ui.kit import theme
from supple.ui.kit.accessible import set_shown_text
from supple.ui.kit.text import escape_html

NOTICE_MS = 10000  # a passing notice (Exported ...) stays this long


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _duration(seconds: float | None) -> str:
    if seconds is None:
        return "?"  # the file holds something that is not a number of seconds
    total = max(0, round(seconds))
    minutes, secs = divmod(total, 60)
    if minutes >= 60:
        return f"{minutes // 60}:{minutes % 60:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


def _count(value: int | None) -> str:
    return "?" if value is None else str(value)


def _newest_first(session: SessionRecord) -> tuple[bool, float]:
    """Newest start first; a start that is not a time (a hand-edited row) last."""
    if session.started_at is None:
        return (True, 0.0)
    return (False, -session.started_at.timestamp())


class HistoryPage(QWidget):
    def __init__(
        self,
        history: HistoryWorker,
        settings: Settings,
        *,
        tz: tzinfo | None = None,
        first_weekday: int | None = None,
        today: Callable[[], date] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.history = history
        self.settings = settings
        self.tz = tz  # None: the computer's local time
        self.locale = QLocale()
        self.first_weekday = first_weekday or int(self.locale.firstDayOfWeek().value)
        self._today = today or (lambda: datetime.now(self.tz).date())
        self.week = Week.containing(self._today(), self.first_weekday)
        self.summary: WeekSummary | None = None
        self._open_is_live = True  # see refresh()
        self._serial = 0
        self._deleted: SessionRecord | None = None
        self.loads = 0  # how many answers were shown (tests wait on it)

        self.title = QLabel()
        title_font = QFont(self.title.font())
        title_font.setPointSizeF(max(title_font.pointSizeF(), 10.0) * 1.5)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.prev_button = QPushButton(self.tr("‹ Previous"))
        self.this_button = QPushButton(self.tr("This week"))
        self.next_button = QPushButton(self.tr("Next ›"))
        self.prev_button.clicked.connect(lambda: self.show_week(self.week.previous()))
        self.next_button.clicked.connect(lambda: self.show_week(self.week.next()))
        self.this_button.clicked.connect(
            lambda: self.show_week(Week.containing(self._today(), self.first_weekday))
        )
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        for button in (self.prev_button, self.this_button, self.next_button):
            header.addWidget(button)

        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.setFrameShape(QFrame.Shape.StyledPanel)
        self.notice.setContentsMargins(8, 6, 8, 6)
        self.notice.hide()

        self.chart = WeekChart()
        self.chart.day_hovered.connect(self._day_hovered)
        self.chart.day_clicked.connect(self._day_clicked)

        self.total_label = QLabel()
        self.sessions_label = QLabel()
        self.streak_label = QLabel()
        self.feel_label = QLabel()
        self.reminders_label = QLabel()  # answered of offered, when any was offered
        self.reminders_label.setObjectName("remindersAnswered")
        totals = QHBoxLayout()
        totals.setSpacing(28)
        stat_font = QFont(self.total_label.font())
        stat_font.setPointSizeF(max(stat_font.pointSizeF(), 10.0) * 1.15)
        for label in (
            self.total_label,
            self.sessions_label,
            self.streak_label,
            self.feel_label,
            self.reminders_label,
        ):
            label.setFont(stat_font)
            totals.addWidget(label)
        totals.addStretch(1)
        # One line, its height kept: a clicked bar names its day and totals (the sessions
        # are selected in the table below), it never grows into a paragraph that
        # shrinks the chart.
        self.day_label = QLabel()
        self.day_label.setWordWrap(False)
        self.day_label.setTextFormat(Qt.TextFormat.RichText)
        self.day_label.setFixedHeight(self.day_label.fontMetrics().height() + 8)
        self.day_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        set_shown_text(self.day_label, "")
        self._notice_timer = QTimer(self)  # a passing notice (Exported ...) hides by itself
        self._notice_timer.setSingleShot(True)
        self._notice_timer.timeout.connect(self._clear_passing_notice)
        self._notice_passing = False

        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setAccessibleName(self.tr("Sessions"))
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setHeaderLabels(
            [self.tr("When"), self.tr("Routine"), self.tr("Time"), self.tr("Outcome"),
             self.tr("Steps")]
        )  # fmt: skip
        self.table.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.header().setStretchLastSection(False)
        self.table.itemSelectionChanged.connect(self._selection_changed)

        self.delete_button = QPushButton(self.tr("Delete session"))
        self.delete_button.setEnabled(False)
        self.delete_button.clicked.connect(self.delete_selected)
        self.export_button = QPushButton(self.tr("Export all to CSV…"))
        self.export_button.clicked.connect(self._export_clicked)
        self.undo_label = QLabel()
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.clicked.connect(self.undo_delete)
        self.undo_label.hide()
        self.undo_button.hide()
        actions = QHBoxLayout()
        actions.addWidget(self.undo_label)
        actions.addWidget(self.undo_button)
        actions.addStretch(1)
        actions.addWidget(self.delete_button)
        actions.addWidget(self.export_button)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.notice)
        layout.addWidget(self.chart, 3)
        layout.addLayout(totals)
        layout.addWidget(self.day_label)
        layout.addWidget(self.table, 2)
        layout.addLayout(actions)
        self._show_title()
        self.refresh()

    # -- navigation -------------------------------------------------------------
    def show_week(self, week: Week) -> None:
        self._clear_passing_notice()
        self.week = week
        self._hide_undo()
        self._show_title()
        self.refresh()

    # Date patterns (QLocale.toString's: d day, MMMM month name, dddd weekday name); each
    # language sets its own order and words ("d. MMMM", "d 'de' MMMM"), Qt the names.
    def _decimal(self, value: float) -> str:
        """One decimal, with the language's mark: 4.6, 4,6."""
        return self.locale.toString(float(value), "f", 1)

    def _day_month(self) -> str:
        return self.tr("d MMMM")

    def _day_month_year(self) -> str:
        return self.tr("d MMMM yyyy")

    def _weekday_day_month(self) -> str:
        return self.tr("dddd d MMMM")

    def _show_title(self) -> None:
        first, last = _qdate(self.week.first), _qdate(self.week.last)
        fmt = QLocale.FormatType.LongFormat
        if first.year() == last.year():
            start = self.locale.toString(first, self._day_month())
        else:
            start = self.locale.toString(first, fmt)
        self.title.setText(
            self.tr("{first} – {last}").format(
                first=start, last=self.locale.toString(last, self._day_month_year())
            )
        )
        current = Week.containing(self._today(), self.first_weekday)
        self.next_button.setEnabled(self.week.first < current.first)
        self.this_button.setEnabled(self.week != current)

    def refresh(self) -> None:
        """Ask the worker for the week; the answer arrives on the GUI thread."""
        self._serial += 1
        serial, week, tz, today = self._serial, self.week, self.tz, self._today()

        def load(store: HistoryStore) -> tuple[WeekSummary, bool]:
            # A session without an outcome is this copy's live one while the data
            # folder's lock is held; otherwise a crash left it (read-only folder).
            return load_week(store, week, tz, today), app_running(store.path.parent)

        self.history.submit(load, lambda answer: self._loaded(serial, *answer), self._failed)

    def _loaded(self, serial: int, summary: WeekSummary, live: bool = True) -> None:
        if serial != self._serial:
            return  # an older week's answer
        self.summary = summary
        self._open_is_live = live
        if self.loads == 0 and self.history.opened is not None:
            opening = " ".join(self.history.opened.notices())
            if opening:
                self.show_notice(opening)
        self.loads += 1
        self._show_summary(summary)

    def _failed(self, error: HistoryError) -> None:
        self.show_notice(str(error))
        self.loads += 1

    def show_notice(self, text: str, *, passing: bool = False) -> None:
        """A line over the chart. ``passing`` (news, not a problem): it goes after
        NOTICE_MS or with the next thing the person does on the page."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))
        self._notice_passing = passing and bool(text)
        if self._notice_passing:
            self._notice_timer.start(NOTICE_MS)
        else:
            self._notice_timer.stop()

    def _clear_passing_notice(self) -> None:
        if self._notice_passing:
            self._notice_passing = False
            self._notice_timer.stop()
            self.notice.hide()

    # -- showing ------------------------------------------------------------------
    def _local_time(self, moment: datetime | None) -> str:
        if moment is None:
            return self.tr("unknown time")
        local = moment.astimezone(self.tz)
        return self.locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)

    def _outcome_text(self, outcome: Outcome | None) -> str:
        return {
            Outcome.FINISHED: self.tr("finished"),
            Outcome.STOPPED: self.tr("stopped"),
            Outcome.INTERRUPTED: self.tr("interrupted"),
            None: self.tr("in progress") if self._open_is_live else self.tr("interrupted"),
        }[outcome]

    def _session_line(self, s: SessionRecord) -> str:
        return self.tr("{time}  {title} · {minutes} ({outcome})").format(
            time=self._local_time(s.started_at),
            title=s.title,
            minutes=_duration(s.active_seconds),
            outcome=self._outcome_text(s.outcome),
        )

    def _show_summary(self, summary: WeekSummary) -> None:
        today = self._today()
        days = []
        for day in summary.days:
            qd = _qdate(day.day)
            days.append(
                ChartDay(
                    label=self.locale.dayName(qd.dayOfWeek(), QLocale.FormatType.ShortFormat),
                    date_label=str(day.day.day),
                    minutes=day.minutes,
                    sessions=len(day.sessions),
                    today=day.day == today,
                    tooltip="\n".join(self._session_line(s) for s in day.sessions),
                )
            )
        self.chart.set_days(days, self.settings.daily_goal_minutes)
        minutes = round(summary.minutes)
        self.total_label.setText(self.tr("<b>{n}</b> min").format(n=minutes))
        count = summary.session_count
        self.sessions_label.setText(
            self.tr("<b>{n}</b> sessions").format(n=count)
            if count != 1
            else self.tr("<b>1</b> session")
        )
        self.streak_label.setText(self._streak_text(summary))
        if summary.checkins:
            before = "–" if summary.feel_before is None else self._decimal(summary.feel_before)
            after = "–" if summary.feel_after is None else self._decimal(summary.feel_after)
            self.feel_label.setText(
                self.tr("Back: {before} before → {after} after").format(before=before, after=after)
            )
            self.feel_label.show()
        else:
            self.feel_label.hide()
        reminders = summary.reminders
        if reminders.offered:
            self.reminders_label.setText(
                self.tr(
                    "<b>{answered}</b> of %n reminder(s) answered", "", reminders.offered
                ).format(answered=reminders.answered)
            )
            self.reminders_label.setToolTip(
                self.tr(
                    "This week's reminders: {answered} answered with a session, "
                    "{postponed} put off at least once, {skipped} skipped."
                ).format(
                    answered=reminders.answered,
                    postponed=reminders.postponed,
                    skipped=reminders.skipped,
                )
            )
            self.reminders_label.show()
        else:
            self.reminders_label.hide()
        set_shown_text(self.day_label, "")  # hidden while empty, its room kept
        self._fill_table(summary.sessions)

    def _streak_text(self, summary: WeekSummary) -> str:
        """This week: the streak now. A past week: the streak at its end, and the one now
        (a past week never says "no streak yet" while a streak goes on today)."""
        if summary.week.last >= self._today():
            if summary.streak:
                return self.tr("<b>{n}</b>-day streak").format(n=summary.streak)
            return self.tr("no streak yet")
        if summary.streak:
            then = self.tr("<b>{n}</b>-day streak at the week's end").format(n=summary.streak)
        else:
            then = self.tr("no streak at the week's end")
        if summary.current_streak:
            n = summary.current_streak
            now = (
                self.tr("<b>1</b> day now")
                if n == 1
                else self.tr("<b>{n}</b> days now").format(n=n)
            )
            return self.tr("{then} · {now}").format(then=then, now=now)
        return then

    def _fill_table(self, sessions: list[SessionRecord]) -> None:
        self.table.clear()
        for s in sorted(sessions, key=_newest_first):
            when = self._local_time(s.started_at)
            if s.started_at is not None:
                local = s.started_at.astimezone(self.tz)
                weekday = self.locale.dayName(local.isoweekday(), QLocale.FormatType.ShortFormat)
                when = f"{weekday} {when}"
            item = QTreeWidgetItem(
                [
                    when,
                    s.title,
                    _duration(s.active_seconds),
                    self._outcome_text(s.outcome),
                    f"{_count(s.steps_completed)}/{_count(s.steps_total)}",
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, s.id)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.addTopLevelItem(item)
        for column in (0, 2, 3, 4):
            self.table.resizeColumnToContents(column)
        self.delete_button.setEnabled(False)

    def _day_text(self, index: int) -> str:
        if self.summary is None or not 0 <= index < 7:
            return ""
        day = self.summary.days[index]
        name = escape_html(self.locale.toString(_qdate(day.day), self._weekday_day_month()))
        count = len(day.sessions)
        if not count:
            return self.tr("<b>{day}</b>: no sessions").format(day=name)
        sessions = self.tr("1 session") if count == 1 else self.tr("{n} sessions").format(n=count)
        return self.tr("<b>{day}</b>: {sessions}, {minutes} min").format(
            day=name, sessions=sessions, minutes=round(day.minutes)
        )

    def _day_hovered(self, index: int) -> None:
        if index >= 0:
            set_shown_text(self.day_label, self._day_text(index))

    def _day_clicked(self, index: int) -> None:
        self._clear_passing_notice()
        set_shown_text(self.day_label, self._day_text(index))
        if self.summary is None:
            return
        ids = {s.id for s in self.summary.days[index].sessions}
        for row in range(self.table.topLevelItemCount()):
            item = self.table.topLevelItem(row)
            if item.data(0, Qt.ItemDataRole.UserRole) in ids:
                self.table.setCurrentItem(item)
                break

    # -- delete with undo ---------------------------------------------------------
    def _selection_changed(self) -> None:
        self.delete_button.setEnabled(self.selected_session() is not None)

    def selected_session(self) -> SessionRecord | None:
        items = self.table.selectedItems()
        if not items or self.summary is None:
            return None
        wanted = items[0].data(0, Qt.ItemDataRole.UserRole)
        return next((s for s in self.summary.sessions if s.id == wanted), None)

    def delete_selected(self) -> None:
        self._clear_passing_notice()
        session = self.selected_session()
        if session is None:
            return
        self._deleted = session
        sid = session.id
        self.history.submit(
            lambda store: store.delete_session(sid), self._after_delete, self._failed
        )

    def _after_delete(self, _: object) -> None:
        if self._deleted is None:
            return
        started = self._deleted.started_at
        self.undo_label.setText(
            self.tr("Deleted “{title}” of {day}.").format(
                title=self._deleted.title,
                day=self.locale.toString(
                    _qdate(started.astimezone(self.tz).date()), self._day_month()
                )
                if started is not None
                else self.tr("an unknown day"),
            )
        )
        self.undo_label.show()
        self.undo_button.show()
        self.refresh()

    def undo_delete(self) -> None:
        session, self._deleted = self._deleted, None
        self._hide_undo()
        if session is None:
            return
        sid = session.id
        self.history.submit(
            lambda store: store.restore_session(sid), lambda _: self.refresh(), self._failed
        )

    def _hide_undo(self) -> None:
        self.undo_label.hide()
        self.undo_button.hide()

    # -- export -------------------------------------------------------------------
    def _ask_export_path(self) -> Path | None:
        suggested = str(Path.home() / f"supple-history-{date.today():%Y-%m-%d}.csv")
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export history"), suggested, self.tr("CSV files (*.csv)")
        )
        return Path(name) if name else None

    def _export_clicked(self) -> None:
        self._clear_passing_notice()
        path = self._ask_export_path()
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> None:
        """Write every session to ``path`` (on the worker); report in the notice."""
        tz = self.tz

        def run(store: HistoryStore) -> int:
            try:
                return export_csv(store.all_sessions(), path, tz)
            except OSError as exc:
                raise HistoryError(
                    f"Could not write {path}: {exc.strerror or exc}. Nothing was changed there.",
                    path,
                ) from exc

        def done(count: int) -> None:
            text = (
                self.tr("Exported 1 session to {path}.")
                if count == 1
                else self.tr("Exported {n} sessions to {path}.")
            )
            self.show_notice(text.format(n=count, path=path), passing=True)
            self.loads += 1

        self.history.submit(run, done, self._failed)


# -- screenshots ----------------------------------------------------------------------
def fill_sample(store: HistoryStore, today: date, tz: tzinfo | None) -> None:
    """A realistic week: mostly mornings, one skipped day, one stopped session, and
    the week's reminders."""
    plan = [  # days before today, hour, minutes, title, outcome, before, after
        (8, 7, 14, "Lower-back spasm relief", Outcome.FINISHED, 6, 4),
        (6, 7, 12, "Lower-back spasm relief", Outcome.FINISHED, 6, 4),
        (5, 7, 16, "Lower-back spasm relief", Outcome.FINISHED, 6, 3),
        (5, 19, 6, "Evening unwind", Outcome.STOPPED, None, None),
        (4, 7, 9, "Gentle morning mobility", Outcome.FINISHED, 4, 3),
        (2, 7, 22, "Lower-back spasm relief", Outcome.FINISHED, 5, 2),
        (1, 8, 12, "Gentle morning mobility", Outcome.FINISHED, 4, 2),
        (1, 21, 7, "Evening unwind", Outcome.INTERRUPTED, None, None),
        (0, 7, 18, "Lower-back spasm relief", Outcome.FINISHED, 4, 2),
    ]
    for back, hour, minutes, title, outcome, before, after in plan:
        day = today - timedelta(days=back)
        start = datetime(day.year, day.month, day.day, hour, 5)
        start_aware = start.astimezone() if tz is None else start.replace(tzinfo=tz)
        sid = store.begin_session(
            routine_id=title.lower().replace(" ", "-"),
            title=title,
            routine_hash="sample",
            planned_seconds=minutes * 60 + 120,
            steps_total=8,
            started_at=start_aware,
            feel_before=before,
        )
        store.update_session(
            sid,
            active_seconds=minutes * 60 + 17,
            steps_completed=8 if outcome is Outcome.FINISHED else 3,
            steps_skipped=0,
            outcome=outcome,
            at=start_aware + timedelta(minutes=minutes + 2),
        )
        if after is not None:
            store.set_checkin(sid, after=after)
    # The week's reminders: the morning plan and movement breaks, mostly taken up.
    reminders = [  # days before today, hour, minute, kind, routine, answers in order
        (5, 7, 0, "plan", "lower-back-spasm-relief", ["started"]),
        (4, 7, 0, "plan", "gentle-morning-mobility", ["postponed", "started"]),
        (4, 11, 20, "break", "desk-break", ["skipped"]),
        (3, 7, 0, "plan", "lower-back-spasm-relief", ["missed"]),
        (2, 10, 45, "break", "desk-break", ["started"]),
        (0, 7, 0, "plan", "lower-back-spasm-relief", ["started"]),
    ]
    for back, hour, minute, kind, routine_id, answers in reminders:
        day = today - timedelta(days=back)
        at = datetime(day.year, day.month, day.day, hour, minute)
        at_aware = at.astimezone() if tz is None else at.replace(tzinfo=tz)
        key = f"{kind}:{routine_id}:{at.isoformat(timespec='minutes')}"
        for number, answer in enumerate(answers):
            offered = at_aware + timedelta(minutes=10 * number)
            store.reminder_offered(key, kind, routine_id, at=offered)
            store.reminder_answered(key, answer, at=offered + timedelta(minutes=1))


def render_sample(
    path: str | Path,
    dark: bool = False,
    size: tuple[int, int] | QSize = (900, 640),
    *,
    empty: bool = False,
    goal_minutes: int = 15,
) -> Path:
    """Render the History page with a sample week to a PNG (for screenshots).

    Needs a QApplication (the screenshot script has one). Uses a temporary
    history file, never the person's own.
    """
    app = QApplication.instance()
    if app is None:
        raise RuntimeError("render_sample needs a QApplication")
    qsize = size if isinstance(size, QSize) else QSize(*size)
    today = date(2024, 3, 30)  # a Saturday, fixed so screenshots are stable
    with tempfile.TemporaryDirectory(prefix="supple-sample-") as folder:
        worker = HistoryWorker(Path(folder) / "history.sqlite3", deliver=gui_deliver()).start()
        try:
            if not empty:
                worker.submit(lambda store: fill_sample(store, today, None))
            settings = Settings(daily_goal_minutes=goal_minutes)
            page = HistoryPage(worker, settings, first_weekday=1, today=lambda: today)
            page.setPalette(theme.dark_palette() if dark else theme.light_palette())
            page.setAutoFillBackground(True)
            page.resize(qsize)
            worker.wait_idle(30)
            deadline = 200
            while page.loads == 0 and deadline:
                app.processEvents()
                worker.wait_idle(0.05)
                deadline -= 1
            page.show()
            app.processEvents()
            if not empty and page.table.topLevelItemCount():
                page.table.setCurrentItem(page.table.topLevelItem(0))
                page._day_clicked(5)
                page.chart.set_selected(5)
            app.processEvents()
            out = Path(path)
            page.grab().save(str(out))
            page.close()
            page.deleteLater()
        finally:
            worker.close()
    return out
