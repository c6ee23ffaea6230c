"""The main window: a page stack (library, player, summary, and pages others add),
the menus, and the wiring between the player view and the session controller.

It offers named places and knows nothing of what the composition root
(ui/shell/compose.py) puts there:
  * ``add_page(title, widget, guard=...)`` adds a page; with a title it gets a
    button in the top bar and an entry in the View menu (e.g. History), and the
    QAction that shows it is returned. A ``guard`` (kit.places.PageGuard) is
    asked before the page is left and before the window closes.
  * ``add_menu(title)`` adds a menu before Help; ``file_menu``, ``view_menu``
    and ``help_menu`` are kept by reference.
  * ``set_drop_target(target)`` (kit.places.DropTarget) takes dropped files.
  * ``before_start(routine)`` is emitted just before a session starts (the
    check-in); ``closing`` when the window is asked to close, before any guard;
    ``page_changed(widget)`` when another page is shown.
  * ``settings_requested`` is emitted by File > Settings... (Ctrl+,).
  * ``controller`` (SessionController) carries the session signals;
    ``player_view`` has ``show_notice(text)`` and ``mute_toggled(bool)``.
  * ``apply_settings(settings)`` hands the window a new Settings object.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QSize, Signal
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
from supple import paths, session
from supple.routine import Library, Routine
from supple.settings import Settings
from supple.ui.kit import theme
from supple.ui.kit.picture import load_image
from supple.ui.kit.qt_values import TAB_FOCUS, set_property
from supple.ui.library.library_view import LibraryView
from supple.ui.player.session_controller import SessionController, session_estimate
from supple.ui.shell.settings_store import SettingsStore

# Imported where first used, not here: the window paints its library sooner
# without them (see benchmarks/bench_startup.py).
if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

    from supple.session import SessionReport, Status, Timeline
    from supple.ui.kit.places import DropTarget, PageGuard
    from supple.ui.player.player_view import PlayerView
    from supple.ui.player.summary_view import SummaryView


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
    image = load_image(app_icon_path(), QSize(round(side * ratio), round(side * ratio)))
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
        logo = QLabel()
        logo.setPixmap(logo_pixmap(self, 28))
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
        self.setStyleSheet(
            f"""
            QPushButton#navButton {{ border: none; border-radius: 10px; padding: 6px 16px;
                background: transparent; font-weight: 600; }}
            QPushButton#navButton:hover {{ background: {hover}; }}
            QPushButton#navButton:checked {{ background: {checked}; }}
            """
        )


class MainWindow(QMainWindow):
    settings_requested = Signal()
    mute_toggled = Signal(bool)  # relayed from the player page (M, or its Mute button)
    before_start = Signal(object)  # Routine: just before a session starts (the check-in)
    closing = Signal()  # the window is asked to close: before the pages' guards decide
    page_changed = Signal(object)  # QWidget: the page now shown

    def __init__(
        self,
        store: SettingsStore,
        library: Library,
        controller: SessionController,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.library = library
        self.controller = controller
        self.routine: Routine | None = None
        self._guards: list[tuple[QWidget, PageGuard]] = []
        self._drop_target: DropTarget | None = None
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Supple"))
        self.setMinimumSize(720, 480)

        self.nav = NavBar()
        self.stack = QStackedWidget()
        self.library_view = LibraryView(self.estimate)
        # The player and summary pages are built when first needed, so the
        # window paints its library sooner (see benchmarks/bench_startup.py).
        self._player_view: PlayerView | None = None
        self._summary_view: SummaryView | None = None
        self.stack.addWidget(self.library_view)
        self.stack.currentChanged.connect(lambda _i: self.page_changed.emit(self.current_page()))
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.nav)
        column.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._page_actions: list[QAction] = []

        self._build_menus()
        self.library_nav = self.nav.add(self.tr("Library"))
        self.library_nav.clicked.connect(self.show_library)
        self._wire()
        self.nav.restyle()
        self.library_view.set_library(library, select=store.settings.last_routine)
        self._restore_geometry()
        self.show_library()

    @property
    def settings(self) -> Settings:
        return self.store.settings

    # -- building ---------------------------------------------------------------
    def _build_menus(self) -> None:
        tr = self.tr
        bar = self.menuBar()
        self.file_menu = file_menu = bar.addMenu(tr("&File"))
        # Keys go in through setShortcuts(list): setShortcut's overloads would make
        # PySide6 build the Qt namespace before the first frame (supple.ui.kit.paint).
        self.settings_action = _action(tr("&Settings…"), self)
        preferences = QKeySequence(QKeySequence.StandardKey.Preferences)
        if preferences.isEmpty():
            preferences = QKeySequence("Ctrl+,")
        self.settings_action.setShortcuts([preferences])
        self.settings_action.triggered.connect(self.settings_requested)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        quit_action = _action(tr("&Quit"), self)
        quit_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Quit)])
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        self.view_menu = bar.addMenu(tr("&View"))
        self.library_action = _action(tr("&Library"), self)
        self.library_action.setShortcuts([QKeySequence("Ctrl+1")])
        self.library_action.triggered.connect(self.show_library)
        self.view_menu.addAction(self.library_action)
        self._pages_separator = self.view_menu.addSeparator()
        self.fullscreen_action = _action(tr("&Full screen"), self)
        self.fullscreen_action.setShortcuts([QKeySequence("F11")])
        self.fullscreen_action.setCheckable(True)
        self.fullscreen_action.triggered.connect(self.toggle_full_screen)
        self.addAction(self.fullscreen_action)  # F11 works with the menu bar hidden too
        self.view_menu.addAction(self.fullscreen_action)

        self.help_menu = help_menu = bar.addMenu(tr("&Help"))
        self.safety_action = _action(tr("&Safety notice…"), self)
        self.safety_action.triggered.connect(self.show_safety_notice)
        help_menu.addAction(self.safety_action)
        self.about_action = _action(tr("&About Supple"), self)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)

    @property
    def player_view(self) -> PlayerView:
        if self._player_view is None:
            from supple.ui.player.player_view import PlayerView

            self._player_view = PlayerView()
            self.stack.addWidget(self._player_view)
            self._wire_player(self._player_view)
            self._player_view.set_muted(self.store.settings.muted)
        return self._player_view

    @property
    def summary_view(self) -> SummaryView:
        if self._summary_view is None:
            from supple.ui.player.summary_view import SummaryView

            self._summary_view = SummaryView()
            self.stack.addWidget(self._summary_view)
            self._summary_view.library_requested.connect(self.show_library)
            self._summary_view.again_requested.connect(self._again)
        return self._summary_view

    def show_notice(self, text: str) -> None:
        """A message for the person: a banner on the player page, else the status bar."""
        if self._player_view is not None and self.stack.currentWidget() is self._player_view:
            self._player_view.show_notice(text)
        else:
            self.statusBar().showMessage(text, 20000)

    def _render(self, status: Status) -> None:
        self.player_view.render(status)

    def _wire(self) -> None:
        c = self.controller
        c.session_started.connect(self._session_started)
        c.status_changed.connect(self._render)
        c.state_changed.connect(self._state_changed)
        c.session_ended.connect(self._session_ended)
        self.library_view.start_requested.connect(self.start_routine)
        self.store.save_failed.connect(self._save_failed)

    def _wire_player(self, v: PlayerView) -> None:
        c = self.controller
        v.toggle_requested.connect(c.toggle)
        v.back_requested.connect(c.back)
        v.skip_requested.connect(c.skip)
        v.done_requested.connect(c.done)
        v.stop_requested.connect(self.confirm_stop)
        v.mute_toggled.connect(lambda muted: self.store.update(muted=muted))
        v.fullscreen_requested.connect(self.toggle_full_screen)
        v.mute_toggled.connect(self.mute_toggled)

    def estimate(self, routine: Routine) -> float:
        """How long ``routine`` takes with the current settings, in seconds."""
        return session_estimate(routine, self.store.settings)

    # -- places for parts ---------------------------------------------------------
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
    ) -> QAction | None:
        """Add a page to the stack. With a ``title``, beside the library (History, ...):
        a button in the top bar and a View menu entry; the action that shows it is
        returned. Without one, ``nav_button`` is the top bar's button lit while it shows.
        ``guard`` is asked before the page is left and before the window closes."""
        self.stack.addWidget(widget)
        if guard is not None:
            self._guards.append((widget, guard))
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

    def show_page(self, widget: QWidget) -> None:
        if self.controller.active and widget is not self._player_view:
            return  # the player stays up until the session ends
        leaving = self.stack.currentWidget()
        guard = self._guard_of(leaving)  # a page with unsaved work asks
        if leaving is not widget and guard is not None and not guard.may_leave(widget):
            return
        self.stack.setCurrentWidget(widget)
        in_session = widget is not None and widget in (self._player_view, self._summary_view)
        self.nav.setVisible(not in_session)
        button = self.library_nav if widget is self.library_view else widget.property("navButton")
        if isinstance(button, QPushButton):
            button.setChecked(True)
        for action in [self.library_action, *self._page_actions]:
            action.setEnabled(not self.controller.active)

    def show_library(self) -> None:
        self.show_page(self.library_view)
        self.setWindowTitle(self.tr("Supple"))
        self.library_view.focus_list()

    def current_page(self) -> QWidget:
        return self.stack.currentWidget()

    def _guard_of(self, widget: QWidget) -> PageGuard | None:
        return next((guard for page, guard in self._guards if page is widget), None)

    # -- sessions ----------------------------------------------------------------------
    def start_routine(self, routine: Routine) -> bool:
        """Start ``routine``, after the first-run safety notice. False if not started."""
        if self.controller.active:
            return False
        # The library behind the notice (and after the session) shows this routine,
        # whoever asked for it: a card, the command line or the editor.
        self.library_view.select(routine.id)
        if not self.store.settings.safety_acknowledged:
            from PySide6.QtWidgets import QDialog

            from supple.ui.shell.safety_notice import SafetyNotice

            notice = SafetyNotice(self, first_run=True)
            if notice.exec() != QDialog.DialogCode.Accepted:
                return False
            self.store.update(safety_acknowledged=True)
        self.store.update(last_routine=routine.id)
        self.routine = routine
        self.before_start.emit(routine)  # connected directly: it runs before the start
        # Build the session pages now, not while the first or last cue is being spoken.
        self.player_view  # noqa: B018
        self.summary_view  # noqa: B018
        self.controller.start(routine)
        return True

    def _session_started(self, routine: Routine, timeline: Timeline) -> None:
        self.routine = routine
        self.player_view.set_session(routine, timeline)
        self.show_page(self.player_view)
        self.setWindowTitle(self.tr("{title} · Supple").format(title=routine.title))
        self.player_view.setFocus()

    def _state_changed(self, state: session.State, reason: str) -> None:
        if state is session.State.PAUSED and reason == "sleep":
            self.player_view.show_notice(
                self.tr("Paused: the computer was asleep. Press Space to go on.")
            )

    def _session_ended(self, report: SessionReport) -> None:
        self.summary_view.show_report(report, self.routine)
        self.show_page(self.summary_view)
        self.summary_view.library_button.setFocus()

    def _again(self) -> None:
        if self.routine is not None:
            self.start_routine(self.routine)

    def confirm_stop(self) -> bool:
        """Ask before stopping; the session waits paused meanwhile. True if stopped."""
        if not self.controller.active:
            return False
        was_running = self.controller.player is not None and (
            self.controller.player.state is session.State.RUNNING
        )
        self.controller.pause()
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setObjectName("confirmStop")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Stop the session?"))
        box.setText(self.tr("Stop this session?"))
        box.setInformativeText(self.tr("What you have done so far is kept."))
        stop = box.addButton(self.tr("Stop session"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep going"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        if box.clickedButton() is stop:
            self.controller.stop()
            return True
        if was_running:
            self.controller.resume()
        return False

    # -- window ------------------------------------------------------------------------
    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.WindowStateChange:
            full = self.isFullScreen()
            self.menuBar().setVisible(not full)
            self.fullscreen_action.setChecked(full)
        elif event.type() == QEvent.Type.PaletteChange:
            self.nav.restyle()
        super().changeEvent(event)

    def show_safety_notice(self) -> None:
        from supple.ui.shell.safety_notice import SafetyNotice

        SafetyNotice(self, first_run=False).exec()

    def show_about(self) -> None:
        from supple.ui.shell.about import show_about

        show_about(self)

    def apply_settings(self, settings: Settings) -> None:
        """Use ``settings`` from now on (pacing applies from the next session)."""
        self.store.settings = settings
        self.controller.settings = settings
        if self._player_view is not None:
            self._player_view.set_muted(settings.muted)
        self.library_view.set_library(self.library, select=settings.last_routine)

    def reload_library(self, library: Library | None = None) -> None:
        self.library = library if library is not None else Library.scan()
        current = self.library_view.current_entry()
        select = current.id if current is not None else self.store.settings.last_routine
        self.library_view.set_library(self.library, select=select)

    def _restore_geometry(self) -> None:
        saved = self.store.settings.window_geometry
        if saved:
            with contextlib.suppress(Exception):
                if self.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii"))):
                    return
        self.resize(1180, 760)

    def _save_failed(self, message: str) -> None:
        self.show_notice(message)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit()  # e.g. an import under way finishes first
        for _page, guard in self._guards:
            if not guard.may_close():  # unsaved work, and the person said no
                event.ignore()
                return
        if self.controller.active:
            self.controller.stop()  # still reported through session_ended
        geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        self.store.update(window_geometry=geometry)
        self.store.flush()
        super().closeEvent(event)


def active_main_window() -> MainWindow | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            return widget
    return None
