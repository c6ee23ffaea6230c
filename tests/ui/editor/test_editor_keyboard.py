"""The editor from the keyboard: Tab goes round the page in reading order (the top bar,
the routine card, the steps and their buttons, then the form), and every stop is named."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget


def stop_name(widget: QWidget) -> str:
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton | QLabel):
        return widget.text()
    return ""


def test_tab_goes_round_the_editor_in_reading_order(qtbot, app) -> None:
    window, actions, _clock = app
    qtbot.keyClick(window.library_view.list, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    page = actions.page
    QApplication.processEvents()
    assert QApplication.focusWidget() is page.routine_form.title  # a new routine: its title
    first = QApplication.focusWidget()
    chain = [first]
    for _ in range(60):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if QApplication.focusWidget() is first:
            break
        chain.append(QApplication.focusWidget())
    else:
        raise AssertionError("Tab never came round to the title")
    assert all(stop_name(w) for w in chain), [type(w).__name__ for w in chain if not stop_name(w)]
    # From the title the form comes first, then round through the top bar, the routine
    # card, the steps and their buttons, and the form's scroll area just before the title.
    order = [
        window.home_nav,
        page.routine_button,
        page.list,
        page.add_button,
        page.blank_button,
        page.scroll,
    ]
    at = [chain.index(w) for w in order]
    assert at == sorted(at), [stop_name(w) for w in order]
