"""The plain ints the first window uses in place of ``Qt`` enums are Qt's own values,
and setting them as properties takes effect."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QScrollArea

from supple.ui.kit import qt_values
from supple.ui.kit.qt_values import set_property

EXPECTED = {
    "USER_ROLE": Qt.ItemDataRole.UserRole,
    "ACCESSIBLE_TEXT_ROLE": Qt.ItemDataRole.AccessibleTextRole,
    "PLAIN_TEXT": Qt.TextFormat.PlainText,
    "TEXT_SELECTABLE_BY_MOUSE": Qt.TextInteractionFlag.TextSelectableByMouse,
    "ALIGN_LEFT": Qt.AlignmentFlag.AlignLeft,
    "ALIGN_RIGHT": Qt.AlignmentFlag.AlignRight,
    "ALIGN_H_CENTER": Qt.AlignmentFlag.AlignHCenter,
    "ALIGN_TOP": Qt.AlignmentFlag.AlignTop,
    "ALIGN_BOTTOM": Qt.AlignmentFlag.AlignBottom,
    "ALIGN_V_CENTER": Qt.AlignmentFlag.AlignVCenter,
    "SCROLL_BAR_ALWAYS_OFF": Qt.ScrollBarPolicy.ScrollBarAlwaysOff,
    "TAB_FOCUS": Qt.FocusPolicy.TabFocus,
    "PRECISE_TIMER": Qt.TimerType.PreciseTimer,
}


def test_every_value_is_qts_own() -> None:
    names = {name for name in vars(qt_values) if name.isupper()}
    assert names == set(EXPECTED)
    for name, member in EXPECTED.items():
        assert getattr(qt_values, name) == member.value, name


def test_properties_set_from_ints_take_effect(qapp) -> None:
    label = QLabel("<b>not bold</b>")
    set_property(label, "textFormat", qt_values.PLAIN_TEXT)
    set_property(label, "alignment", qt_values.ALIGN_LEFT | qt_values.ALIGN_TOP)
    set_property(label, "textInteractionFlags", qt_values.TEXT_SELECTABLE_BY_MOUSE)
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.alignment() == Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
    assert label.textInteractionFlags() == Qt.TextInteractionFlag.TextSelectableByMouse
    area = QScrollArea()
    set_property(area, "horizontalScrollBarPolicy", qt_values.SCROLL_BAR_ALWAYS_OFF)
    assert area.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    set_property(area, "focusPolicy", qt_values.TAB_FOCUS)
    assert area.focusPolicy() == Qt.FocusPolicy.TabFocus
    timer = QTimer()
    set_property(timer, "timerType", qt_values.PRECISE_TIMER)
    assert timer.timerType() == Qt.TimerType.PreciseTimer


def test_a_misspelt_property_is_an_error_not_a_dynamic_property(qapp) -> None:
    label = QLabel()
    with pytest.raises(AttributeError, match="QLabel has no Qt property 'textformat'"):
        set_property(label, "textformat", qt_values.PLAIN_TEXT)
    assert b"textformat" not in [bytes(name.data()) for name in label.dynamicPropertyNames()]


def test_a_value_the_property_cannot_take_is_an_error(qapp) -> None:
    with pytest.raises(ValueError, match=r"QLabel\.pixmap does not accept 3"):
        set_property(QLabel(), "pixmap", 3)
