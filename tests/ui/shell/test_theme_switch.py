"""The desktop turning dark (or light) while Supple runs: the window then looks as one
started in that theme.

Qt tells only the application and its top-level windows when the palette changes, and a
widget with a style sheet keeps the palette it was polished with: the library's text
stayed black on the dark window and the page tab kept its light pill."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from supple.ui.kit import theme

TEXT = QPalette.ColorRole.WindowText


def _looks(window: QWidget) -> list[tuple[str, str, str]]:
    """Each label of the library page by name and text, in the colour it is drawn in."""
    view = window.library_view  # type: ignore[attr-defined]
    return sorted(
        (label.objectName(), label.text(), label.palette().color(TEXT).name())
        for label in view.findChildren(QLabel)
    )


def _sheets(window: QWidget) -> tuple[str, ...]:
    """The page tabs', the library's, and the player's notice bar (a styled widget inside a
    styled page: it is remade by the page, from its own palette)."""
    return (
        window.nav.styleSheet(),  # type: ignore[attr-defined]
        window.library_view.styleSheet(),  # type: ignore[attr-defined]
        window.player_view.notice.styleSheet(),  # type: ignore[attr-defined]
    )


def test_a_window_switched_to_dark_looks_as_one_started_dark(qtbot, main_window) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    switched = main_window()
    started_light = (_looks(switched), _sheets(switched))
    try:
        app.setPalette(theme.dark_palette())
        started_dark = main_window()
        want = (_looks(started_dark), _sheets(started_dark))
        assert want != started_light  # the two themes do differ in these
        qtbot.waitUntil(lambda: (_looks(switched), _sheets(switched)) == want)
    finally:
        app.setPalette(before)
    qtbot.waitUntil(lambda: (_looks(switched), _sheets(switched)) == started_light)
