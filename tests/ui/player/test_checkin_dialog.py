"""The check-in as a person meets it: nothing chosen when it opens (one stray click must
not record "feels fine"), worded for a stop after Stop with "it hurt" among the reasons,
and big enough to use from the mat."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from supple.ui.player.checkin_dialog import CheckinDialog


@pytest.mark.parametrize("phase", ["before", "after", "stopped"])
def test_the_check_in_starts_unset_and_needs_a_choice_or_a_skip(qtbot: Any, phase: str) -> None:
    dialog = CheckinDialog(phase)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not any(b.isChecked() for b in dialog.score_buttons)
    assert dialog.feel is None and not dialog.save_button.isEnabled()
    assert dialog.skip_button.isEnabled()
    qtbot.mouseClick(dialog.score_buttons[0], Qt.MouseButton.LeftButton)  # "feels fine", chosen
    assert dialog.save_button.isEnabled() and dialog.result_checkin().feel == 0
    qtbot.mouseClick(dialog.score_buttons[3], Qt.MouseButton.LeftButton)
    assert [b.isChecked() for b in dialog.score_buttons].count(True) == 1
    assert dialog.result_checkin().feel == 3


def test_after_a_stop_it_is_worded_for_a_stop_and_offers_it_hurt(qtbot: Any) -> None:
    after = CheckinDialog("after")
    stopped = CheckinDialog("stopped")
    for d in (after, stopped):
        qtbot.addWidget(d)
        d.show()
    assert "Well done" in after.question.text()
    assert "Well done" not in stopped.question.text()
    assert "stopped" in stopped.question.text().lower()
    assert not after.reason_buttons["hurt"].isVisible()
    hurt = stopped.reason_buttons["hurt"]
    assert hurt.isVisible() and hurt.text() == "It hurt"
    assert not stopped.hurt_advice.isVisible()
    qtbot.mouseClick(hurt, Qt.MouseButton.LeftButton)
    assert stopped.save_button.isEnabled()  # the reason alone can be saved
    assert stopped.hurt_advice.isVisible() and "doctor" in stopped.hurt_advice.text()
    answer = stopped.result_checkin()
    assert answer.stop_reason == "hurt" and answer.feel is None


@pytest.mark.parametrize("size", [(1024, 600), (1280, 800)])
def test_the_check_in_is_big_enough_from_the_mat(qtbot: Any, size: tuple[int, int]) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.resize(*size)
    parent.show()
    dialog = CheckinDialog("stopped", parent)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() >= 0.55 * size[0]
    assert dialog.height() <= size[1]  # it fits on the screen it is used on
    for button in [*dialog.score_buttons, *dialog.reason_buttons.values()]:
        assert button.height() >= 48 and button.width() >= 44
    assert dialog.save_button.height() >= 48
