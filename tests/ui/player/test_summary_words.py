"""The summary's words: "active time" (a stretch held still counts, it is not "moving"),
"1 of 1 step done" in the singular, and the check-in's before → after when there was one."""

from __future__ import annotations

from typing import Any

from supple.session import Outcome, SessionReport
from supple.ui.player.summary_view import SummaryView


def report(total: int, done: int) -> SessionReport:
    return SessionReport("r", 95.0, 100.0, tuple(range(done)), (), total, Outcome.FINISHED)


def test_the_summary_speaks_of_active_time_and_counts_steps_right(qtbot: Any) -> None:
    view = SummaryView()
    qtbot.addWidget(view)
    view.resize(1024, 600)
    view.show()
    view.show_report(report(1, 1), None)
    assert view.time_stat.caption.text() == "active time"
    assert "moving" not in view.time_stat.caption.text()
    assert (view.done_stat.value.text(), view.done_stat.caption.text()) == ("1 of 1", "step done")
    view.show_report(report(3, 2), None)
    assert (view.done_stat.value.text(), view.done_stat.caption.text()) == ("2 of 3", "steps done")


def test_the_summary_shows_the_check_in_before_and_after(qtbot: Any) -> None:
    view = SummaryView()
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    view.show_report(report(3, 3), None)
    assert not view.feel_stat.isVisible()  # no check-in: nothing to show
    view.set_checkin(6, 3)
    assert view.feel_stat.isVisible() and view.feel_stat.value.text() == "6 → 3"
    assert "before" in view.feel_stat.caption.text() and "after" in view.feel_stat.caption.text()
    view.set_checkin(6, None)  # the after check-in skipped
    assert view.feel_stat.value.text() == "6 → –"
    view.show_report(report(3, 3), None)  # the next session starts without one
    assert not view.feel_stat.isVisible()
