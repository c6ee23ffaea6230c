"""The History page, chart, recorder and check-in, driven offscreen with pytest-qt."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from helpers import minimal_doc
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from supple import paths
from supple.history import CHECKPOINT_SECONDS, HistoryWorker, open_store, read_csv
from supple.routine import Routine, routine_from_document
from supple.session import (
    FakeClock,
    Outcome,
    Player,
    State,
    StateChanged,
    StepFinished,
    build_timeline,
)
from supple.settings import Settings
from supple.ui.history.history_chart import ChartDay, WeekChart
from supple.ui.history.history_link import HistoryLink, gui_deliver, start_history
from supple.ui.history.history_page import NOTICE_MS, HistoryPage, render_sample
from supple.ui.player.checkin_dialog import CheckinDialog, ask_checkin
from supple.ui.player.session_controller import SessionSignals

BERLIN = ZoneInfo("Europe/Berlin")


class FakeController(SessionSignals):
    """The SessionController's signals, driving a real Player on a FakeClock."""

    def __init__(self) -> None:
        super().__init__()
        self.clock = FakeClock()
        self.player: Player | None = None

    def start(self, routine: Routine) -> None:
        timeline = build_timeline(routine)
        self.player = Player(timeline, self.clock)
        self.session_started.emit(routine, timeline)
        self.player.start()
        self.tick()

    def tick(self) -> None:
        assert self.player is not None
        for event in self.player.poll():
            if isinstance(event, StepFinished):
                self.step_finished.emit(event.step, event.completed)
            elif isinstance(event, StateChanged):
                self.state_changed.emit(event.state, event.reason)
                if event.state in (State.FINISHED, State.STOPPED):
                    self.session_ended.emit(self.player.report())

    def run(self, seconds: float, recorder: HistoryLink | None = None) -> None:
        for _ in range(int(seconds * 2)):
            self.clock.advance(0.5)
            self.tick()
            if recorder is not None:
                recorder.look()

    def act(self, name: str) -> None:
        assert self.player is not None
        getattr(self.player, name)()
        self.tick()


def routine() -> Routine:
    return routine_from_document(
        minimal_doc(
            defaults={"lead_in": 5, "rest": 10},
            steps=[
                {"title": "One", "hold": {"seconds": 30}, "sides": "both"},
                {"title": "Two", "hold": {"seconds": 20}},
                {"title": "Three", "hold": {"seconds": 40}},
            ],
        )
    )


def rows() -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(paths.history_db_path())
    try:
        return conn.execute(
            "SELECT active_seconds, steps_completed, steps_skipped, outcome, feel_before,"
            " feel_after, note FROM sessions ORDER BY id"
        ).fetchall()
    finally:
        conn.close()


def settle(qtbot: Any, history: HistoryWorker) -> None:
    assert history.wait_idle(30)
    qtbot.wait(1)  # let the queued answers run on the GUI thread


# -- recorder ----------------------------------------------------------------------------
def test_recorder_records_a_played_session(qtbot: Any) -> None:
    notices: list[str] = []
    history = start_history(on_notice=notices.append)
    controller = FakeController()
    errors: list[str] = []
    recorder = HistoryLink(controller, history, on_error=errors.append)
    try:
        recorder.checkin_before(7, "stiff")
        controller.start(routine())
        assert recorder.recording
        controller.run(21, recorder)  # 21 s of activity: a checkpoint every 8 s
        settle(qtbot, history)
        ((active, done, skipped, outcome, before, _after, note),) = rows()
        assert outcome is None and before == 7 and note == "stiff"
        assert 21 - CHECKPOINT_SECONDS <= active <= 21 and done == 0

        controller.run(50, recorder)  # step one ends at 70 s
        settle(qtbot, history)
        assert rows()[0][1] == 1
        controller.act("pause")
        controller.clock.advance(120)
        controller.act("resume")
        controller.run(15, recorder)
        controller.act("skip")
        controller.run(120, recorder)
        assert controller.player is not None and controller.player.state is State.FINISHED
        assert not recorder.recording
        recorder.checkin_after(2, "loose")
        settle(qtbot, history)
        ((active, done, skipped, outcome, before, after, note),) = rows()
        report = controller.player.report()
        assert outcome == "finished" and done == 2 and skipped == 1
        assert active == pytest.approx(report.active_seconds)
        assert (before, after, note) == (7, 2, "stiff / loose")
        assert errors == [] and notices == []
    finally:
        history.close()


def test_quitting_mid_session_keeps_it_as_interrupted(qtbot: Any) -> None:
    history = start_history()
    controller = FakeController()
    recorder = HistoryLink(controller, history)
    controller.start(routine())
    controller.run(12, recorder)
    recorder.shutdown()
    assert history.close()
    ((active, *_rest),) = rows()
    assert rows()[0][3] == "interrupted" and active == pytest.approx(12)


def test_recorder_errors_once_and_the_player_keeps_going(qtbot: Any) -> None:
    paths.history_db_path().mkdir(parents=True)  # nothing can be opened there
    notices: list[str] = []
    history = start_history(on_notice=notices.append)
    controller = FakeController()
    errors: list[str] = []
    recorder = HistoryLink(controller, history, on_error=errors.append)
    try:
        controller.start(routine())
        controller.run(300, recorder)
        assert controller.player is not None and controller.player.state is State.FINISHED
        settle(qtbot, history)
        assert len(notices) == 1 and "history.sqlite3" in notices[0]
        assert len(errors) == 1 and "not saved yet" in errors[0]
    finally:
        history.close()


# -- chart ----------------------------------------------------------------------------------
def chart_days(minutes: list[float]) -> list[ChartDay]:
    names = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    return [
        ChartDay(names[i], str(10 + i), m, 1 if m else 0, today=i == 3)
        for i, m in enumerate(minutes)
    ]


def test_chart_bars_match_the_data(qtbot: Any) -> None:
    chart = WeekChart()
    qtbot.addWidget(chart)
    chart.resize(700, 320)
    chart.set_days(chart_days([10, 0, 25, 40, 0.5, 0, 12]), goal_minutes=20)
    lay = chart.layout()
    assert [b.minutes for b in lay.bars] == [10, 0, 25, 40, 0.5, 0, 12]
    assert [b.value_text for b in lay.bars] == ["10", "", "25", "40", "<1", "", "12"]
    assert lay.scale_max >= 40 and lay.ticks[-1] == lay.scale_max
    per_minute = lay.plot.height() / lay.scale_max
    for bar in lay.bars:
        assert bar.rect.bottom() == pytest.approx(lay.plot.bottom())
        if bar.minutes >= 1:
            assert bar.rect.height() == pytest.approx(bar.minutes * per_minute)
        elif bar.minutes > 0:
            assert bar.rect.height() == pytest.approx(3.0)  # a short session still shows
        else:
            assert bar.rect.height() == 0
    tallest = max(lay.bars, key=lambda b: b.rect.height())
    assert tallest.index == 3
    assert lay.goal_y == pytest.approx(lay.plot.bottom() - 20 * per_minute)
    # Bars are left to right, evenly spaced, inside the widget.
    lefts = [b.rect.left() for b in lay.bars]
    assert lefts == sorted(lefts) and lay.bars[-1].rect.right() <= chart.width()
    # A click on Thursday's bar selects Thursday.
    with qtbot.waitSignal(chart.day_clicked) as blocker:
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=lay.bars[3].rect.center().toPoint())
    assert blocker.args == [3]
    # No goal: no line; an empty week scales to 10 minutes with no bars.
    chart.set_days(chart_days([0] * 7))
    empty = chart.layout()
    assert empty.goal_y is None and all(b.rect.height() == 0 for b in empty.bars)
    assert empty.scale_max >= 10


def test_chart_paints_bars_in_the_palette_accent(qtbot: Any) -> None:
    chart = WeekChart()
    qtbot.addWidget(chart)
    chart.resize(600, 300)
    chart.set_days(chart_days([0, 0, 0, 30, 0, 0, 0]))
    image: QImage = chart.grab().toImage()
    bar = chart.layout().bars[3].rect
    inside = image.pixelColor(QPoint(int(bar.center().x()), int(bar.bottom() - 10)))
    assert inside == chart.colors()["bar_today"]
    empty_column = chart.layout().bars[1].column
    outside = image.pixelColor(QPoint(int(empty_column.center().x()), int(bar.bottom() - 10)))
    assert outside != inside


# -- page -------------------------------------------------------------------------------------
def fill(store: Any) -> None:
    def add(start: datetime, minutes: float, title: str, before: int | None = None) -> None:
        sid = store.begin_session(
            routine_id=title.lower(),
            title=title,
            routine_hash="h",
            planned_seconds=600,
            steps_total=4,
            started_at=start,
            feel_before=before,
        )
        store.update_session(
            sid,
            active_seconds=minutes * 60,
            steps_completed=4,
            steps_skipped=0,
            outcome=Outcome.FINISHED,
            at=start + timedelta(minutes=minutes),
        )

    add(datetime(2024, 3, 25, 7, 0, tzinfo=BERLIN), 10, "Cat-cow", before=6)
    add(datetime(2024, 3, 27, 7, 0, tzinfo=BERLIN), 15, "Twist")
    add(datetime(2024, 3, 27, 20, 0, tzinfo=BERLIN), 5, "Cat-cow", before=4)
    add(datetime(2024, 3, 31, 23, 30, tzinfo=BERLIN), 20, "Twist")  # late Sunday, after DST
    add(datetime(2024, 3, 19, 7, 0, tzinfo=BERLIN), 8, "Cat-cow")  # the week before


def make_page(qtbot: Any, history: HistoryWorker, goal: int = 12) -> HistoryPage:
    page = HistoryPage(
        history,
        Settings(daily_goal_minutes=goal),
        tz=BERLIN,
        first_weekday=1,
        today=lambda: date(2024, 3, 31),
    )
    qtbot.addWidget(page)
    page.resize(900, 640)
    page.show()
    qtbot.waitUntil(lambda: page.loads >= 1, timeout=10000)
    return page


def test_page_shows_the_week_and_moves_between_weeks(qtbot: Any) -> None:
    opened = open_store()
    fill(opened.store)
    opened.store.close()
    history = start_history()
    try:
        page = make_page(qtbot, history)
        minutes = [round(d.minutes) for d in page.chart.days]
        assert minutes == [10, 0, 20, 0, 0, 0, 20]
        assert [d.today for d in page.chart.days] == [False] * 6 + [True]
        assert [b.value_text for b in page.chart.layout().bars] == [
            "10", "", "20", "", "", "", "20"
        ]  # fmt: skip
        assert page.chart.layout().goal_y is not None
        assert "50" in page.total_label.text() and "4" in page.sessions_label.text()
        assert "Back: 5.0 before" in page.feel_label.text()
        assert page.table.topLevelItemCount() == 4
        assert not page.next_button.isEnabled()
        # The 23:30 session is listed at its local time.
        assert page.table.topLevelItem(0).text(0).endswith("23:30")

        chart_height, label_height = page.chart.height(), page.day_label.height()
        bar = page.chart.layout().bars[2].rect.center().toPoint()
        qtbot.mouseClick(page.chart, Qt.MouseButton.LeftButton, pos=bar)
        QApplication.processEvents()
        # One line naming the day; its sessions are selected in the table, not told again.
        assert "Wednesday 27 March" in page.day_label.text()
        assert "2 sessions, 20 min" in page.day_label.text()
        assert not page.day_label.wordWrap()
        assert (page.chart.height(), page.day_label.height()) == (chart_height, label_height)
        chosen = page.selected_session()
        assert chosen is not None and chosen.title in ("Twist", "Cat-cow")
        assert chosen.started_at.astimezone(BERLIN).date() == date(2024, 3, 27)

        loads = page.loads
        page.prev_button.click()
        qtbot.waitUntil(lambda: page.loads > loads, timeout=10000)
        assert page.week.first == date(2024, 3, 18)
        assert [round(d.minutes) for d in page.chart.days] == [0, 8, 0, 0, 0, 0, 0]
        assert page.next_button.isEnabled() and page.this_button.isEnabled()
        # A past week with no streak at its end still tells the streak going on today.
        assert "no streak yet" not in page.streak_label.text()
        assert "no streak at the week's end" in page.streak_label.text()
        assert "<b>1</b> day now" in page.streak_label.text()
        loads = page.loads
        page.this_button.click()
        qtbot.waitUntil(lambda: page.loads > loads, timeout=10000)
        assert page.week.first == date(2024, 3, 25)
    finally:
        history.close()


def test_page_deletes_with_undo_and_exports(qtbot: Any, tmp_path: Path) -> None:
    opened = open_store()
    fill(opened.store)
    opened.store.close()
    history = start_history()
    try:
        page = make_page(qtbot, history)
        page.table.setCurrentItem(page.table.topLevelItem(0))
        assert page.delete_button.isEnabled()
        victim = page.selected_session()
        assert victim is not None and victim.title == "Twist"
        loads = page.loads
        page.delete_button.click()
        qtbot.waitUntil(lambda: page.loads > loads, timeout=10000)
        assert page.table.topLevelItemCount() == 3 and page.undo_button.isVisible()
        assert "Twist" in page.undo_label.text()
        loads = page.loads
        page.undo_button.click()
        qtbot.waitUntil(lambda: page.loads > loads, timeout=10000)
        assert page.table.topLevelItemCount() == 4 and not page.undo_button.isVisible()

        target = tmp_path / "export.csv"
        loads = page.loads
        page.export_to(target)
        qtbot.waitUntil(lambda: page.loads > loads, timeout=10000)
        exported = read_csv(target.read_text(encoding="utf-8-sig"))
        assert len(exported) == 5 and str(target) in page.notice.text()
        assert "Exported 5 sessions" in page.notice.text()
        # News, not a problem: it goes with the next thing done on the page...
        assert page.notice.isVisible()
        bar = page.chart.layout().bars[0].rect.center().toPoint()
        qtbot.mouseClick(page.chart, Qt.MouseButton.LeftButton, pos=bar)
        assert not page.notice.isVisible()
        # ... or by itself after a while (the timer's moment, not waited for here).
        loads = page.loads
        page.export_to(target)
        qtbot.waitUntil(lambda: page.loads > loads, timeout=10000)
        assert page.notice.isVisible() and page._notice_timer.isActive()
        assert page._notice_timer.interval() == NOTICE_MS
        page._notice_timer.timeout.emit()
        assert not page.notice.isVisible()

        loads = page.loads
        page.export_to(target / "x.csv")  # a file where a folder should be
        qtbot.waitUntil(lambda: page.loads > loads, timeout=10000)
        assert "Could not write" in page.notice.text()
        assert not page._notice_timer.isActive()  # a problem stays until it is read
    finally:
        history.close()


def test_export_button_asks_for_a_file(qtbot: Any, tmp_path: Path, monkeypatch: Any) -> None:
    history = start_history()
    try:
        page = make_page(qtbot, history)
        target = tmp_path / "chosen.csv"
        monkeypatch.setattr(page, "_ask_export_path", lambda: target)
        loads = page.loads
        page.export_button.click()
        qtbot.waitUntil(lambda: page.loads > loads, timeout=10000)
        assert read_csv(target.read_text(encoding="utf-8-sig")) == []
    finally:
        history.close()


def test_page_tells_where_a_damaged_file_went(qtbot: Any) -> None:
    paths.history_db_path().write_bytes(b"garbage" * 500)
    notices: list[str] = []
    history = start_history(on_notice=notices.append)
    try:
        page = make_page(qtbot, history)
        assert history.opened is not None and history.opened.moved_to is not None
        moved = str(history.opened.moved_to)
        assert page.notice.isVisible() and moved in page.notice.text()
        qtbot.waitUntil(lambda: bool(notices), timeout=10000)
        assert moved in notices[0] and "new, empty history" in notices[0]
        assert Path(moved).read_bytes() == b"garbage" * 500
    finally:
        history.close()


# -- check-in -------------------------------------------------------------------------------
def test_checkin_dialog_gives_score_and_note(qtbot: Any) -> None:
    dialog = CheckinDialog("after")
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.score_buttons[4], Qt.MouseButton.LeftButton)
    dialog.note.setText("  better than yesterday ")
    assert dialog.score_buttons[4].isChecked()
    result = dialog.result_checkin()
    assert result.feel == 4 and result.note == "better than yesterday"
    with pytest.raises(ValueError):
        CheckinDialog("during")


def test_ask_checkin_returns_none_when_skipped(qtbot: Any) -> None:
    def answer(save: bool) -> None:
        from PySide6.QtWidgets import QApplication

        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, CheckinDialog)
        dialog.choose(6)
        (dialog.save_button if save else dialog.skip_button).click()

    QTimer.singleShot(0, lambda: answer(True))
    saved = ask_checkin(None, "before")
    assert saved is not None and saved.feel == 6
    QTimer.singleShot(0, lambda: answer(False))
    assert ask_checkin(None, "before") is None


# -- screenshots ----------------------------------------------------------------------------
def test_render_sample_light_dark_and_empty(qtbot: Any, tmp_path: Path) -> None:
    light = render_sample(tmp_path / "light.png", dark=False, size=(800, 600))
    dark = render_sample(tmp_path / "dark.png", dark=True, size=(800, 600))
    empty = render_sample(tmp_path / "empty.png", dark=False, size=(800, 600), empty=True)
    images = [QImage(str(p)) for p in (light, dark, empty)]
    assert all(not img.isNull() and img.width() == 800 for img in images)
    corner = [img.pixelColor(5, 300).lightnessF() for img in images]
    assert corner[0] > 0.8 and corner[1] < 0.2
    assert QImage(str(light)) != QImage(str(empty))
    assert not list(Path(paths.data_dir()).glob("history.sqlite3*"))  # never the real file


# -- rows that are not what Supple writes, and a session a crash left open -----------------------
def test_the_page_shows_odd_rows_as_unknown_and_a_crashed_session_as_interrupted(
    qtbot: Any, tmp_path: Path
) -> None:
    opened = open_store()
    opened.store.close()
    conn = sqlite3.connect(paths.history_db_path())
    try:
        conn.execute("PRAGMA ignore_check_constraints = ON")
        insert = (
            "INSERT INTO sessions (routine_id, title, started_at, updated_at, active_seconds,"
            " planned_seconds, steps_completed, steps_total, outcome, feel_before)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        )
        conn.executemany(
            insert,
            [
                (
                    "a",
                    "Text in numbers",
                    "2024-03-27T07:00:00.000000Z",
                    "x",
                    "lots",
                    "x",
                    "many",
                    "3.5",
                    "exploded",
                    "very",
                ),
                ("b", "Garbage start", "garbage", "garbage", 60, 60, 1, 1, None, None),
                (
                    "c",
                    "Impossible date",
                    "2024-03-28T25:61:00.000000Z",
                    "",
                    60,
                    60,
                    1,
                    1,
                    "finished",
                    None,
                ),
                ("d", "Left open", "2024-03-29T07:00:00.000000Z", "", 90, 600, 1, 3, None, None),
            ],
        )
        conn.commit()
    finally:
        conn.close()
    # Opened for reading, as on a read-only disk: no start closed the crash's session,
    # and no copy of the app holds the data folder's lock.
    history = HistoryWorker(close_open_sessions=False, deliver=gui_deliver()).start()
    try:
        page = make_page(qtbot, history)
        assert history.opened is not None and history.opened.moved_to is None  # not "damaged"
        assert page.summary is not None and page.summary.session_count == 2
        cells = {
            page.table.topLevelItem(i).text(1): [
                page.table.topLevelItem(i).text(c) for c in range(5)
            ]
            for i in range(page.table.topLevelItemCount())
        }
        assert set(cells) == {"Text in numbers", "Left open"}  # unknown starts: no day
        assert cells["Text in numbers"][2] == "?" and cells["Text in numbers"][4] == "?/?"
        assert cells["Left open"][3] == "interrupted"
        page.grab().save(str(tmp_path / "odd-rows.png"))
    finally:
        history.close()
