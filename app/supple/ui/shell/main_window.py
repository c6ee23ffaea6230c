"""The main window: a top bar, a stack of pages and the menus, with named places for
the parts. It knows none of them: the composition root (ui/shell/compose.py) puts
the library, the session pages, History and the editor into these places:
  * ``set_home(title, menu_title, widget)``: the first page (the library).
  * ``add_page(title, widget, guard=..., bare=...)``: a page; with a title it gets a
    button in the top bar and an entry in the View menu (e.g. History), and the
    QAction that shows it is returned. A ``guard`` (kit.places.PageGuard) is asked
    before the page is left and before the window closes; a ``bare`` page is shown
    without the top bar. ``hold(widget)`` keeps the window on one page (a session).
  * ``add_menu(title)`` adds a menu before Help; ``file_menu``, ``view_menu`` and
    ``help_menu`` are kept by reference.
  * ``set_drop_target(target)`` (kit.places.DropTarget) takes dropped files.
  * Signals: ``before_start(routine)`` just before a session starts (the check-in);
    ``closing`` when the window is asked to close, before any guard, and ``closed``
    once none said no; ``page_changed(widget)``; ``home_shown``;
    ``settings_requested`` from File > Settings... (Ctrl+,).

First frame: the window is built before its first paint, so it sets Qt values by name
(``kit.qt_values.set_property``) instead of touching the ``Qt`` namespace
(ARCHITECTURE.md, start-up rules); the parts put into it later do not need to.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QSize, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QKeySequence,
    QPixmap,
)
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

import supple.ui.kit.pyside_fix  # noqa: F401  (first: guards a PySide6 6.12.0 bug)
from supple import paths
from supple.settings import Settings
from supple.ui.kit import theme
from supple.ui.kit.accessible import PAGE_TAB, PAGE_TAB_LIST, give_role
from supple.ui.kit.picture import CACHE
from supple.ui.kit.qt_values import TAB_FOCUS, set_property
from supple.ui.shell.settings_store import SettingsStore

# Imported where first used, not here: the window paints its library sooner
# without them (see benchmarks/bench_startup.py).
if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

    from supple.ui.kit.places import DropTarget, PageGuard


FRAME_ALLOWANCE = 48  # px a window manager's title bar and border may add to the height


def app_icon_path() -> Path:
    return paths.assets_dir() / "icons" / "supple.svg"


def app_icon() -> QIcon:
    """The window icon. Set once the window has painted (supple.ui.shell.app.Launch): QIcon
    loads Qt's SVG icon plugin and builds ~150 enums, ~2 ms the first frame need not wait."""
    from PySide6.QtGui import QIcon

    path = app_icon_path()
    return QIcon(str(path)) if path.is_file() else QIcon()


def logo_pixmap(widget: QWidget, side: int) -> QPixmap:
    """The app's logo, ``side`` pixels square on ``widget``'s screen (empty if missing)."""
    ratio = widget.devicePixelRatioF()
    box = QSize(round(side * ratio), round(side * ratio))
    image = CACHE.own(app_icon_path(), box).image  # Supple's own file: kept as drawn
    if image is None:
        return QPixmap()
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def _action(text: str, parent: QWidget) -> QAction:
    """A QAction with ``text``: made from its parent alone, because resolving the
    ``QAction(text, parent)`` overloads makes PySide6 build QIcon (~150 enums)."""
    action = QAction(parent)
    action.setText(text)
    return action


def _copy(event: QDropEvent) -> None:
    """Take the drag as a copy (the files stay where they are)."""
    from PySide6.QtCore import Qt  # not before the first frame (supple.ui.kit.paint)

    event.setDropAction(Qt.DropAction.CopyAction)
    event.accept()


class NavBar(QFrame):
    """The slim bar over the library and the pages added next to it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navBar")
        self.setAccessibleName(self.tr("Pages"))
        logo = QLabel()
        logo.setPixmap(logo_pixmap(self, 28))
        logo.setAccessibleName(self.tr("Supple logo"))
        name = QLabel(self.tr("Supple"))
        font = QFont(name.font())
        font.setPixelSize(18)
        font.setBold(True)
        name.setFont(font)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(6)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(28, 12, 28, 4)
        layout.setSpacing(10)
        layout.addWidget(logo)
        layout.addWidget(name)
        layout.addSpacing(24)
        layout.addLayout(self.buttons)
        layout.addStretch(1)

    def add(self, title: str) -> QPushButton:
        button = QPushButton(title)
        button.setCheckable(True)
        button.setObjectName("navButton")
        set_property(button, "focusPolicy", TAB_FOCUS)
        # Screen readers hear "Library, tab, selected", not a check box.
        give_role(button, PAGE_TAB)
        give_role(self, PAGE_TAB_LIST)
        self.group.addButton(button)
        self.buttons.addWidget(button)
        return button

    def restyle(self) -> None:
        palette = self.palette()
        checked = theme.css(
            theme.mix(palette.color(palette.ColorRole.Window), theme.accent(palette), 0.2)
        )
        hover = theme.css(
            theme.mix(palette.color(palette.ColorRole.Window), theme.accent(palette), 0.1)
        )
        ring = theme.css(theme.focus_ring(palette))  # Tab's place, seen from the mat
        self.setStyleSheet(
            f"""
            QPushButton#navButton {{ border: none; border-radius: 10px; padding: 6px 16px;
                background: transparent; font-weight: 600; }}
            QPushButton#navButton:hover {{ background: {hover}; }}
            QPushButton#navButton:checked {{ background: {checked}; }}
            QPushButton#navButton:focus {{ border: 2px solid {ring}; padding: 4px 14px; }}
            """
        )


class MainWindow(QMainWindow):
    """The frame every part is put into: a top bar, a stack of pages, the menus, and
    the places named in the module docstring. It knows none of the parts.

    Its words are translated in the fixed "MainWindow" context, not with ``self.tr``:
    the window is a SuppleWindow, and ``self.tr`` looks words up under the class of
    the object, where lupdate never put them."""

    settings_requested = Signal()
    before_start = Signal(object)  # Routine: just before a session starts (the check-in)
    closing = Signal()  # the window is asked to close: before the pages' guards decide
    closed = Signal()  # the window closes (no guard said no): e.g. stop a session
    page_changed = Signal(object)  # QWidget: the page now shown
    home_shown = Signal()  # the home page was asked for (e.g. to focus its list)
    hidden_to_tray = Signal()  # closed while ``keep_in_tray`` said so: hidden, not closed

    def __init__(self, store: SettingsStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._guards: list[tuple[QWidget, PageGuard]] = []
        self._bare: list[QWidget] = []  # pages shown without the top bar
        self._held: QWidget | None = None
        self._home: QWidget | None = None
        self._drop_target: DropTarget | None = None
        # Asked when the window is closed: True hides it into the tray instead (the
        # reminders wing sets it while its tray icon is shown); Quit always closes.
        self.keep_in_tray: Callable[[], bool] | None = None
        self._quitting = False
        self.setObjectName("mainWindow")
        self.setWindowTitle(QCoreApplication.translate("MainWindow", "Supple"))
        self.setMinimumSize(720, 480)

        self.nav = NavBar()
        self.stack = QStackedWidget()
        self.stack.currentChanged.connect(lambda _i: self.page_changed.emit(self.current_page()))
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.nav)
        column.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        # Made now, not by the first message (a save, an import): appearing then pushed
        # every page up ~22 px under the person's pointer.
        self.statusBar().setSizeGripEnabled(False)
        self.statusBar().setFixedHeight(self.statusBar().fontMetrics().height() + 10)
        self._page_actions: list[QAction] = []
        self._build_menus()
        self.nav.restyle()
        theme.follow_app_palette(self.nav, self.nav.restyle)  # the desktop turning dark
        self._restore_geometry()

    @property
    def settings(self) -> Settings:
        return self.store.settings

    # -- building ---------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
        # Keys go in through setShortcuts(list): setShortcut's overloads would make
        # PySide6 build the Qt namespace before the first frame (supple.ui.kit.paint).
        self.settings_action = _action(QCoreApplication.translate("MainWindow", "&Settings…"), self)
        preferences = QKeySequence(QKeySequence.StandardKey.Preferences)
        if preferences.isEmpty():
            preferences = QKeySequence("Ctrl+,")
        self.settings_action.setShortcuts([preferences])
        self.settings_action.triggered.connect(self.settings_requested)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        quit_action = _action(QCoreApplication.translate("MainWindow", "&Quit"), self)
        quit_keys = QKeySequence(QKeySequence.StandardKey.Quit)
        if quit_keys.isEmpty():  # some platform themes name none
            quit_keys = QKeySequence("Ctrl+Q")
        quit_action.setShortcuts([quit_keys])
        quit_action.triggered.connect(self.quit)
        file_menu.addAction(quit_action)

        self.view_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
        self._pages_separator = self.view_menu.addSeparator()
        self.fullscreen_action = _action(
            QCoreApplication.translate("MainWindow", "&Full screen"), self
        )
        self.fullscreen_action.setShortcuts([QKeySequence("F11")])
        self.fullscreen_action.setCheckable(True)
        self.fullscreen_action.triggered.connect(self.toggle_full_screen)
        self.addAction(self.fullscreen_action)  # F11 works with the menu bar hidden too
        self.view_menu.addAction(self.fullscreen_action)

        self.help_menu = help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
        self.safety_action = _action(
            QCoreApplication.translate("MainWindow", "&Safety notice…"), self
        )
        self.safety_action.triggered.connect(self.show_safety_notice)
        help_menu.addAction(self.safety_action)
        self.about_action = _action(QCoreApplication.translate("MainWindow", "&About Supple"), self)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)

    # -- places for parts ---------------------------------------------------------
    def set_home(self, title: str, menu_title: str, widget: QWidget) -> None:
        """The first page (the library): a top-bar button, View > ``menu_title`` (Ctrl+1)."""
        self._home = widget
        self.stack.addWidget(widget)
        self.home_nav = self.nav.add(title)
        self.home_nav.clicked.connect(self.show_home)
        self.home_action = _action(menu_title, self)
        self.home_action.setShortcuts([QKeySequence("Ctrl+1")])
        self.home_action.triggered.connect(self.show_home)
        self.view_menu.insertAction(self.view_menu.actions()[0], self.home_action)  # first

    def add_menu(self, title: str) -> QMenu:
        """A new menu in the menu bar, before Help."""
        menu = QMenu(title, self)
        self.menuBar().insertMenu(self.help_menu.menuAction(), menu)
        return menu

    def set_drop_target(self, target: DropTarget | None) -> None:
        """Who takes files dropped on the window (None: nobody)."""
        self._drop_target = target
        self.setAcceptDrops(target is not None)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._offer(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self._offer(event)

    def _offer(self, event: QDragMoveEvent) -> None:
        if self._drop_target is not None and self._drop_target.accepts(event):
            _copy(event)
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        target = self._drop_target
        if target is not None and target.accepts(event):
            _copy(event)
            target.drop(event)
        else:
            event.ignore()

    # -- pages ------------------------------------------------------------------
    def add_page(
        self,
        title: str | None,
        widget: QWidget,
        *,
        guard: PageGuard | None = None,
        nav_button: QPushButton | None = None,
        bare: bool = False,
    ) -> QAction | None:
        """Add a page to the stack. With a ``title``, beside the home page (History, ...):
        a button in the top bar and a View menu entry; the action that shows it is
        returned. Without one, ``nav_button`` is the top bar's button lit while it shows,
        and a ``bare`` page is shown without the top bar (the player, the summary).
        ``guard`` is asked before the page is left and before the window closes."""
        self.stack.addWidget(widget)
        if guard is not None:
            self._guards.append((widget, guard))
        if bare:
            self._bare.append(widget)
        if title is None:
            if nav_button is not None:
                widget.setProperty("navButton", nav_button)
            return None
        button = self.nav.add(title)
        action = _action(title, self)
        action.setShortcuts([QKeySequence(f"Ctrl+{len(self._page_actions) + 2}")])

        def show() -> None:
            self.show_page(widget)

        action.triggered.connect(show)
        button.clicked.connect(show)
        widget.setProperty("navButton", button)
        self.view_menu.insertAction(self._pages_separator, action)
        self._page_actions.append(action)
        return action

    def hold(self, widget: QWidget | None) -> None:
        """Keep the window on ``widget`` (the player, during a session) until ``hold(None)``."""
        self._held = widget

    def show_page(self, widget: QWidget) -> None:
        if self._held is not None and widget is not self._held:
            return  # the player stays up until the session ends
        leaving = self.stack.currentWidget()
        guard = self._guard_of(leaving)  # a page with unsaved work asks
        if leaving is not widget and guard is not None and not guard.may_leave(widget):
            return
        # The top bar and the status bar first, then the page, laid out at once: a bare
        # page (the player, the summary) is painted at its final size from its first
        # frame, not 44 px lower, and keeps every pixel.
        bare = any(widget is page for page in self._bare)
        self.nav.setVisible(not bare)
        self.statusBar().setVisible(not bare)
        self.stack.setCurrentWidget(widget)
        central = self.centralWidget()
        if central is not None and central.layout() is not None:
            central.layout().activate()
        button = self.home_nav if widget is self._home else widget.property("navButton")
        if isinstance(button, QPushButton):
            button.setChecked(True)
        for action in [self.home_action, *self._page_actions]:
            action.setEnabled(self._held is None)

    def show_home(self) -> None:
        if self._home is not None:
            self.show_page(self._home)
        self.setWindowTitle(QCoreApplication.translate("MainWindow", "Supple"))
        self.home_shown.emit()

    def current_page(self) -> QWidget:
        return self.stack.currentWidget()

    def _guard_of(self, widget: QWidget) -> PageGuard | None:
        return next((guard for page, guard in self._guards if page is widget), None)

    # -- window ------------------------------------------------------------------------
    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.WindowStateChange:
            full = self.isFullScreen()
            if full:
                self._keep_menu_keys()
            self.menuBar().setVisible(not full)
            self.fullscreen_action.setChecked(full)
        elif event.type() == QEvent.Type.PaletteChange:
            self.nav.restyle()
        super().changeEvent(event)

    def _keep_menu_keys(self) -> None:
        """The menus' keys (Ctrl+Q, Ctrl+,, Ctrl+2...) on the window itself: a hidden menu
        bar's actions take no keys, and full screen hides it."""
        menus = [action.menu() for action in self.menuBar().actions()]
        while menus:
            menu = menus.pop()
            if menu is None:
                continue
            for action in menu.actions():
                if action.menu() is not None:
                    menus.append(action.menu())
                elif action.shortcuts():
                    self.addAction(action)  # once: a widget holds an action only once

    def show_safety_notice(self) -> None:
        from supple.ui.shell.safety_notice import SafetyNotice

        SafetyNotice(self, first_run=False).exec()

    def show_about(self) -> None:
        from supple.ui.shell.about import show_about

        show_about(self)

    def _restore_geometry(self) -> None:
        saved = self.store.settings.window_geometry
        if saved:
            with contextlib.suppress(Exception):
                if self.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii"))):
                    return
        # The first time: 1180x760, but never more than the screen has room for, with
        # its title bar (which is not known before the window is shown: ~40 px).
        size = QSize(1180, 760)
        screen = self.screen()
        if screen is not None:
            room = screen.availableGeometry()
            size = size.boundedTo(QSize(room.width() - 16, room.height() - FRAME_ALLOWANCE))
        self.resize(size.expandedTo(self.minimumSize()))

    def quit(self) -> bool:
        """Close for good (File > Quit, the tray's Quit), not into the tray."""
        self._quitting = True
        closed = self.close()
        self._quitting = False
        return closed

    def _save_geometry(self) -> None:
        geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        self.store.update(window_geometry=geometry)
        self.store.flush()

    def closeEvent(self, event: QCloseEvent) -> None:
        keep = self.keep_in_tray
        if not self._quitting and keep is not None and keep():
            event.ignore()  # the reminders go on from the tray (ui/reminders)
            self._save_geometry()
            self.hide()
            self.hidden_to_tray.emit()
            return
        self.closing.emit()  # e.g. an import under way finishes first
        for _page, guard in self._guards:
            if not guard.may_close():  # unsaved work, and the person said no
                event.ignore()
                return
        self.closed.emit()  # a session still on is stopped (and reported)
        self._save_geometry()
        super().closeEvent(event)


def active_main_window() -> MainWindow | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            return widget
    return None
