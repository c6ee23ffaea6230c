"""The library's WrappedLabel answers heightForWidth as a plain word-wrapped QLabel does,
after a new text, a new font and a new style, while laying its text out once a width."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel

from supple.ui.kit.qt_values import PLAIN_TEXT, set_property
from supple.ui.library.library_view import KEPT_HEIGHTS, WrappedLabel

WORDS = (
    "Lie on your back, knees bent, and let both knees fall slowly to one side while the"
    " shoulders stay on the floor; breathe out as they go down."
)
WIDTHS = [40, 90, 160, 240, 333, 480, 700]


def twins(qtbot) -> tuple[WrappedLabel, QLabel]:
    ours = WrappedLabel(WORDS)
    plain = QLabel(WORDS)
    plain.setWordWrap(True)
    set_property(plain, "textFormat", PLAIN_TEXT)
    for label in (ours, plain):
        qtbot.addWidget(label)
    return ours, plain


def same_heights(ours: WrappedLabel, plain: QLabel) -> None:
    for _ in range(2):  # the second time from what it kept
        assert [ours.heightForWidth(w) for w in WIDTHS] == [plain.heightForWidth(w) for w in WIDTHS]


def test_the_heights_follow_the_text_the_font_and_the_style(qtbot) -> None:
    ours, plain = twins(qtbot)
    assert ours.wordWrap() and ours.textFormat() == plain.textFormat()
    same_heights(ours, plain)
    for label in (ours, plain):
        label.setText(WORDS + " " + WORDS)
    same_heights(ours, plain)
    big = QFont(plain.font())
    big.setPointSize(big.pointSize() * 2)
    for label in (ours, plain):
        label.setFont(big)
    same_heights(ours, plain)
    for label in (ours, plain):
        label.setStyleSheet("QLabel { padding: 14px; font-size: 9px; }")
        label.ensurePolished()
    same_heights(ours, plain)
    for label in (ours, plain):
        label.clear()
    same_heights(ours, plain)


def test_a_width_is_laid_out_once_until_something_changes(qtbot, monkeypatch) -> None:
    ours, _ = twins(qtbot)
    laid_out: list[int] = []
    qt_height = QLabel.heightForWidth

    def counted(label: QLabel, width: int) -> int:
        laid_out.append(width)
        return qt_height(label, width)

    monkeypatch.setattr(QLabel, "heightForWidth", counted)
    for _ in range(3):
        ours.heightForWidth(200)
    assert laid_out == [200]
    ours.setText(WORDS)  # the same text: nothing to lay out again
    ours.heightForWidth(200)
    assert laid_out == [200]
    ours.setText("Short.")
    ours.heightForWidth(200)
    assert laid_out == [200, 200]
    for width in range(KEPT_HEIGHTS * 2):  # a window being resized: a bounded memory
        ours.heightForWidth(100 + width)
    assert len(ours._heights) <= KEPT_HEIGHTS
