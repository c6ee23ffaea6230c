"""The History page without a mouse: Tab reaches the week buttons, the chart, the
sessions table and the actions; on the chart Left/Right/Home/End move between the days
and the chart's accessible name reads the day out; the table has a name."""

from __future__ import annotations

from datetime import date
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget

from supple.settings import Settings
from supple.ui.history.history_chart import ChartDay, WeekChart
from supple.ui.history.history_link import start_history
from supple.ui.history.history_page import HistoryPage

NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def week(minutes: list[float]) -> list[ChartDay]:
    return [
        ChartDay(NAMES[i], str(25 + i), m, 1 if m else 0, today=i == 6)
        for i, m in enumerate(minutes)
    ]


def shown(qtbot: Any, widget: QWidget) -> None:
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow, timeout=5000)


def spoken_name(widget: QWidget) -> str:
    face = QAccessible.queryAccessibleInterface(widget)
    assert face is not None
    return face.text(QAccessible.Text.Name)


def test_arrow_keys_move_between_days_and_each_day_is_read_out(qtbot: Any) -> None:
    chart = WeekChart()
    qtbot.addWidget(chart)
    chart.resize(700, 320)
    chart.set_days(week([10, 0, 25, 40, 0, 0, 12]))
    clicked: list[int] = []
    chart.day_clicked.connect(clicked.append)
    shown(qtbot, chart)
    assert chart.focusPolicy() & Qt.FocusPolicy.TabFocus
    chart.setFocus(Qt.FocusReason.TabFocusReason)
    assert chart.hasFocus()
    assert chart.selected == 6  # today first
    assert spoken_name(chart) == "Minutes per day. Sun 31: 12 min, 1 session"
    qtbot.keyClick(chart, Qt.Key.Key_Left)
    qtbot.keyClick(chart, Qt.Key.Key_Left)
    qtbot.keyClick(chart, Qt.Key.Key_Left)
    assert chart.selected == 3
    assert spoken_name(chart) == "Minutes per day. Thu 28: 40 min, 1 session"
    qtbot.keyClick(chart, Qt.Key.Key_Home)
    assert spoken_name(chart).endswith("Mon 25: 10 min, 1 session")
    qtbot.keyClick(chart, Qt.Key.Key_Left)  # stays on the first day
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    assert spoken_name(chart).endswith("Tue 26: 0 min, 0 sessions")
    qtbot.keyClick(chart, Qt.Key.Key_End)
    assert clicked == [6, 5, 4, 3, 0, 1, 6]  # the page follows each day, as a click


def test_the_focused_day_is_outlined(qtbot: Any) -> None:
    chart = WeekChart()
    qtbot.addWidget(chart)
    chart.resize(700, 320)
    chart.set_days(week([10, 0, 25, 40, 0, 0, 12]))
    shown(qtbot, chart)
    chart.set_selected(1)
    chart.clearFocus()
    unfocused = chart.grab().toImage()
    chart.setFocus(Qt.FocusReason.TabFocusReason)
    focused = chart.grab().toImage()
    column = chart.layout().bars[1].column
    x = round(column.left() + 4)
    ys = range(round(column.top()) + 20, round(column.bottom()) - 20, 10)
    assert any(unfocused.pixel(x, y) != focused.pixel(x, y) for y in ys)


def test_tab_walks_the_history_page_in_reading_order(qtbot: Any) -> None:
    history = start_history()
    try:
        page = HistoryPage(
            history, Settings(), tz=ZoneInfo("UTC"), first_weekday=1,
            today=lambda: date(2024, 3, 31),
        )  # fmt: skip
        qtbot.addWidget(page)
        page.resize(900, 640)
        shown(qtbot, page)
        qtbot.waitUntil(lambda: page.loads >= 1, timeout=10000)
        assert spoken_name(page.table) == "Sessions"
        page.prev_button.setFocus(Qt.FocusReason.TabFocusReason)
        seen = [QApplication.focusWidget()]
        for _ in range(4):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            seen.append(QApplication.focusWidget())
        # This week and Next are off in the current week, Delete with nothing chosen:
        # skipped; after the last control Tab comes round to the first.
        names = [w.objectName() or w.accessibleName() or type(w).__name__ for w in seen]
        assert seen == [
            page.prev_button,
            page.chart,
            page.table,
            page.export_button,
            page.prev_button,
        ], names
    finally:
        history.close()
