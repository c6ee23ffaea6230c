"""The main window as a screen reader and a keyboard meet it: the top bar's pages are
tabs (one selected), the library's list, picture and buttons are named, and Tab walks
the library page in reading order."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget

from supple.ui.shell.compose import Services


def face(widget: QWidget):
    found = QAccessible.queryAccessibleInterface(widget)
    assert found is not None
    return found


def test_the_pages_are_tabs_and_one_is_selected(qtbot, main_window) -> None:
    made: list[Services] = []
    window = main_window(attach=lambda w: made.append(Services(w, speech=False)), active=True)
    buttons = [b for b in window.nav.group.buttons() if b.isVisible()]
    assert [b.text() for b in buttons] == ["Library", "History"]
    bar = face(window.nav)
    assert bar.role() == QAccessible.Role.PageTabList
    assert bar.text(QAccessible.Text.Name) == "Pages"
    tabs = [face(b) for b in buttons]
    assert [t.role() for t in tabs] == [QAccessible.Role.PageTab] * 2
    assert [t.state().selected for t in tabs] == [True, False]
    assert not any(t.state().checkable for t in tabs)  # not a check box any more
    assert QAccessible.Role.CheckBox not in [t.role() for t in tabs]
    press = tabs[1].actionInterface()
    assert press is not None
    press.doAction(press.actionNames()[0])  # what a screen reader's "activate" does
    qtbot.waitUntil(lambda: window.current_page() is not window.library_view, timeout=5000)
    assert [t.state().selected for t in tabs] == [False, True]


def test_the_library_is_named_and_walked_by_tab(qtbot, main_window) -> None:
    window = main_window(active=True)
    lib = window.library_view
    assert face(lib.list).text(QAccessible.Text.Name) == "Routines"
    assert face(lib.start_button).text(QAccessible.Text.Name) == "Start routine"
    details = lib.details
    picture = face(details.picture)
    assert picture.text(QAccessible.Text.Name) == "Routine picture"
    cover = lib.current_entry().routine.cover_picture()
    assert cover is not None and cover[1]  # the bundled routines describe their pictures
    assert cover[1] in picture.text(QAccessible.Text.Description)
    window.home_nav.setFocus(Qt.FocusReason.TabFocusReason)
    seen = [QApplication.focusWidget()]
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    names = [w.accessibleName() or w.objectName() or type(w).__name__ for w in seen]
    assert seen[:2] == [window.home_nav, lib.list], names
    assert lib.edit_button in seen and lib.start_button in seen, names
    assert seen.index(lib.edit_button) < seen.index(lib.start_button), names


def test_the_focused_control_is_drawn_with_a_ring(qtbot, main_window) -> None:
    window = main_window(active=True)
    lib = window.library_view
    for widget in (lib.start_button, lib.edit_button, window.home_nav, lib.list):
        elsewhere = lib.start_button if widget is not lib.start_button else lib.edit_button
        elsewhere.setFocus(Qt.FocusReason.TabFocusReason)
        QApplication.processEvents()
        plain = widget.grab().toImage()
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        QApplication.processEvents()
        ringed = widget.grab().toImage()
        assert plain.size() == ringed.size()  # the ring does not move anything
        changed = sum(
            plain.pixel(x, y) != ringed.pixel(x, y)
            for x in range(0, plain.width(), 2)
            for y in range(0, plain.height(), 2)
        )
        assert changed > 20, widget.accessibleName() or widget.text()
