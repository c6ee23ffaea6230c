"""The Stop question is big enough to read and answer from the mat, at both window sizes,
and Esc (pressed twice by mistake) keeps the session going."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from supple.ui.player.stop_confirm import stop_box


@pytest.mark.parametrize("size", [(1024, 600), (1280, 800)])
def test_the_stop_question_is_big_enough_from_the_mat(qtbot: Any, size: tuple[int, int]) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.resize(*size)
    parent.show()
    plain = QMessageBox(parent)
    plain.setText("Stop this session?")
    plain.addButton("Keep going", QMessageBox.ButtonRole.RejectRole)
    plain.show()
    box, stop, keep = stop_box(parent)
    box.show()
    qtbot.waitExposed(box)
    assert box.width() >= 0.5 * size[0] and box.height() < size[1]
    assert stop.height() >= 56 and keep.height() >= 56 and keep.width() >= 200
    assert box.font().pointSizeF() >= 1.5 * plain.font().pointSizeF()
    assert box.defaultButton() is keep and box.escapeButton() is keep
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert box.clickedButton() is keep
    plain.close()
