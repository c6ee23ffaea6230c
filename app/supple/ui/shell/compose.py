"""The composition root: the one place that builds every part of the window and wires
the parts together. The main window and the wings know none of each other; only this
module does (ARCHITECTURE.md, "How the window is put together").

It works in two steps, for the start-up rules:
  * ``create_main_window()`` builds the first frame: the settings store, the session
    controller and the main window with its library page and its menus (the Routine
    menu's actions are light: what they do is built at their first use).
  * ``Services(window)`` is attached once that frame is painted (shell/app.py,
    ``Launch``): the screen keeper, the voice and the measured lengths of its words,
    the history and its page, the check-in, the settings dialog, and the reminders if
    the settings ask for them. ``shutdown()`` stops them all within
    about a second, the editor's background jobs included.

Whatever only the second step uses is imported inside it, so the first frame does not
wait for it (tests/test_startup_imports.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from supple import settings as settings_module
from supple.routine import Library, Routine
from supple.session.clock import Clock, monotonic
from supple.settings import Settings
from supple.speech.spoken_pacing import session_estimate
from supple.ui.editor.routine_menu import RoutineMenu
from supple.ui.kit.accessible import install_roles
from supple.ui.library.library_view import LibraryView
from supple.ui.player.session_controller import SessionController
from supple.ui.player.session_screens import SessionScreens
from supple.ui.shell.main_window import MainWindow
from supple.ui.shell.settings_store import SettingsStore

if TYPE_CHECKING:  # imported when first used: they cost start-up time and memory
    from collections.abc import Callable

    from supple.history import HistoryStore, HistoryWorker
    from supple.reminders.scheduler import Reminder, Response
    from supple.session import SessionReport
    from supple.speech.audio import AudioOutput
    from supple.ui.editor.library_actions import RoutineActions
    from supple.ui.history.history_link import HistoryLink
    from supple.ui.history.history_page import HistoryPage
    from supple.ui.kit.lazy_page import LazyPage
    from supple.ui.player.awake import MakeInhibitor
    from supple.ui.player.player_view import PlayerView
    from supple.ui.player.speech_bridge import SpeechBridge
    from supple.ui.player.speech_lengths import SpeechLengths
    from supple.ui.player.summary_view import SummaryView
    from supple.ui.reminders.reminder_link import Described, MakeNotices
    from supple.ui.reminders.reminders_part import RemindersPart
    from supple.ui.shell.settings_dialog import SettingsDialog


# -- step 1: the first frame ----------------------------------------------------------------
class SuppleWindow(MainWindow):
    """The main window with the first frame's parts in their places: the library page
    (home) and the session pages (``sessions``), wired to each other. The parts are
    reached by name: ``library_view``, ``controller``, ``player_view``, ``summary_view``."""

    mute_toggled = Signal(bool)  # from the player page (M, or its Mute button)
    routine_menu: RoutineMenu  # the Routine menu, set by create_main_window

    def __init__(
        self, store: SettingsStore, library: Library, controller: SessionController
    ) -> None:
        super().__init__(store)
        self.library = library
        self.controller = controller
        # Made in its place: a widget styled (setStyleSheet) and then moved into the stack
        # has its style sheet worked out again for every child it holds (~3 ms here).
        self.library_view = LibraryView(self.estimate, parent=self.stack)
        self.set_home(self.tr("Library"), self.tr("&Library"), self.library_view)
        self.sessions = SessionScreens(
            controller,
            self,
            muted=lambda: self.store.settings.muted,
            single_keys=lambda: self.store.settings.single_key_shortcuts,
            may_start=self._may_start,
            parent=self,
        )
        self.sessions.mute_toggled.connect(lambda muted: self.store.update(muted=muted))
        self.sessions.mute_toggled.connect(self.mute_toggled)
        self.sessions.library_requested.connect(self.show_library)
        self.library_view.start_requested.connect(self.start_routine)
        self.home_shown.connect(self.library_view.focus_list)
        self.closed.connect(self._stop_session)
        store.save_failed.connect(self.show_notice)
        self.library_view.set_library(library, select=store.settings.last_routine)
        self.show_library()

    @property
    def player_view(self) -> PlayerView:
        return self.sessions.player_view

    @property
    def summary_view(self) -> SummaryView:
        return self.sessions.summary_view

    @property
    def routine(self) -> Routine | None:
        return self.sessions.routine

    def estimate(self, routine: Routine) -> float:
        """How long ``routine`` takes with the current settings, in seconds."""
        return session_estimate(routine, self.store.settings)

    def show_library(self) -> None:
        self.show_home()

    def start_routine(self, routine: Routine) -> bool:
        """Start ``routine`` in the windows' language, after the first-run safety notice.
        False if not started. (A routine from the library is in it already; one from
        the command line or a reminder is put in it here.)"""
        return self.sessions.start_routine(routine.localized(QLocale().bcp47Name()))

    def _may_start(self, routine: Routine) -> bool:
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
        self.before_start.emit(routine)  # connected directly: it runs before the start
        return True

    # -- what the reminders need (ui/reminders/reminders_part.ReminderHost) --------------
    def start_routine_id(self, routine_id: str) -> bool:
        """Start the library's routine ``routine_id``; False if there is none or a
        session is on already."""
        routine = self.library.by_id(routine_id)
        if routine is None or self.controller.active:
            return False
        return self.start_routine(routine)

    def describe_routine(self, routine_id: str) -> Described | None:
        from supple.ui.reminders.reminder_link import Described

        routine = self.library.by_id(routine_id)
        if routine is None:
            return None
        return Described(routine.title, self.estimate(routine) / 60)

    def bring_to_front(self) -> None:
        from supple.ui.shell.single_instance import bring_to_front

        bring_to_front(self)

    def update_settings(self, **changes: object) -> None:
        self.store.update(**changes)

    def confirm_stop(self) -> bool:
        """Ask before stopping; the session waits paused meanwhile. True if stopped."""
        return self.sessions.confirm_stop()

    def show_notice(self, text: str) -> None:
        """A message for the person: a banner on the player page, else the status bar."""
        if not self.sessions.show_notice(text):
            self.statusBar().showMessage(text, 20000)

    def apply_settings(self, settings: Settings) -> None:
        """Use ``settings`` from now on (pacing applies from the next session)."""
        self.store.settings = settings
        self.controller.settings = settings
        self.sessions.set_muted(settings.muted)
        self.sessions.set_single_keys(settings.single_key_shortcuts)
        self.library_view.set_library(self.library, select=settings.last_routine)

    def reload_library(self, library: Library | None = None) -> None:
        self.library = in_ui_language(library if library is not None else Library.scan())
        current = self.library_view.current_entry()
        select = current.id if current is not None else self.store.settings.last_routine
        self.library_view.set_library(self.library, select=select)

    def _stop_session(self) -> None:
        if self.controller.active:
            self.controller.stop()  # still reported through session_ended


def in_ui_language(library: Library) -> Library:
    """The library in the windows' language (ui/shell/window_language.py set it as QLocale's
    default): its routines shown and played in those words where they have them."""
    return library.localized(QLocale().bcp47Name())


def create_main_window(
    settings: Settings | None = None,
    *,
    library: Library | None = None,
    clock: Clock = monotonic,
    persist: bool = True,
    notes: list[str] | None = None,
) -> SuppleWindow:
    """The main window with its session controller.

    ``settings`` default to the saved ones; ``library`` to a fresh scan;
    ``clock`` is the session clock (tests pass a FakeClock); ``persist=False``
    keeps the window from writing the settings file (screenshots); ``notes`` are what
    was wrong in the settings file, when the caller loaded it.
    """
    notes = list(notes or [])
    if settings is None:
        loaded = settings_module.load()
        settings, notes = loaded.settings, loaded.notes
    library = in_ui_language(Library.scan() if library is None else library)
    store = SettingsStore(settings, persist=persist)
    controller = SessionController(clock=clock, settings=settings)
    window = SuppleWindow(store, library, controller)
    store.setParent(window)
    controller.setParent(window)
    window.routine_menu = attach_routine_menu(window)  # the whole menu bar in the first frame
    if notes:
        window.statusBar().showMessage("; ".join(notes), 15000)
    return window


# -- step 2: once the first frame is painted --------------------------------------------------
class Services(QObject):
    """Every part attached after the first frame, wired to the window and to each other."""

    def __init__(
        self,
        window: SuppleWindow,
        *,
        speech: bool = True,
        speech_engine: str | None = None,
        speech_player: AudioOutput | None = None,
        history: bool = True,
        history_path: Path | None = None,
        screen_inhibitor: MakeInhibitor | None = None,
        reminders: bool = True,
        reminder_notices: MakeNotices | None = None,
        reminder_sources: tuple[object, object] | None = None,
        reminder_clock: object | None = None,
        tray: bool | None = None,
    ) -> None:
        from supple.ui.history.history_link import HistoryLink, start_history
        from supple.ui.kit.lazy_page import LazyPage
        from supple.ui.player.awake import ScreenAwake, platform_inhibitor
        from supple.ui.player.speech_bridge import SpeechBridge
        from supple.ui.player.speech_lengths import SpeechLengths

        super().__init__(window)
        self.window = window
        install_roles()  # held while the first frame was built (kit.accessible)
        window.library_view.name_inner_parts()
        self.speech: SpeechBridge | None = None
        self.recorder: HistoryLink | None = None
        self._history_page: LazyPage[HistoryPage] | None = None
        self._closed = False
        self._feel_before: int | None = None  # the check-in before the session on
        self.awake = ScreenAwake(
            window.controller,
            enabled=window.settings.keep_screen_on,
            make_inhibitor=screen_inhibitor or platform_inhibitor,
            parent=self,
        )
        if speech:
            self.speech = SpeechBridge(
                window.controller,
                window.settings,
                notice=window.show_notice,
                engine=speech_engine,
                player=speech_player,
                parent=self,
            )
            window.mute_toggled.connect(self.speech.set_muted)
        self.lengths: SpeechLengths | None = None
        if speech and speech_engine is None:
            # Room for the words, measured with the engine the timelines look lengths
            # up for (tests that pass a fake engine keep the estimates).
            self.lengths = SpeechLengths(parent=self)
            self.lengths.measured.connect(self._lengths_measured)
            QTimer.singleShot(0, self.measure_lengths)
            # A routine new or edited since: its words are measured for the next time.
            window.controller.session_started.connect(lambda *_: self.measure_lengths())
        self.history = (
            start_history(self._notice, path=history_path, parent=self) if history else None
        )
        if self.history is not None:
            self.recorder = HistoryLink(
                window.controller, self.history, on_error=window.show_notice
            )
            history = self.history

            def build_history() -> HistoryPage:
                from supple.ui.history.history_page import HistoryPage

                return HistoryPage(history, window.settings)

            self._history_page = LazyPage(build_history)
            self.history_action = window.add_page(self.tr("History"), self._history_page)
            window.controller.session_ended.connect(self._session_ended)
            window.before_start.connect(self._before_start)
        window.settings_requested.connect(self.open_settings)
        # The reminders' part is built only while the settings ask for reminders (with
        # none there is nothing to schedule), or when a save in Settings turns them on.
        self.reminders: RemindersPart | None = None
        self._reminders_allowed = reminders
        self._reminder_options = (reminder_notices, reminder_sources, reminder_clock, tray)
        self._attach_reminders_if_wanted(window.settings)

    @property
    def routine_menu(self) -> RoutineMenu:
        """The Routine menu, made with the first frame (``create_main_window``)."""
        return self.window.routine_menu

    @property
    def routines(self) -> RoutineActions:
        """What the Routine menu does (built on first use: asking for it builds it)."""
        return self.window.routine_menu.actions

    @property
    def history_page(self) -> HistoryPage | None:
        """The History page (built on first use; it is built when first shown)."""
        return self._history_page.content if self._history_page is not None else None

    @property
    def history_page_holder(self) -> QWidget | None:
        """What sits in the window's stack for History (show this page)."""
        return self._history_page

    # -- settings -------------------------------------------------------------------
    def open_settings(self) -> SettingsDialog:
        from supple.ui.reminders.settings_section import RemindersSection
        from supple.ui.shell.settings_dialog import SettingsDialog

        routines = [(r.id, r.title) for r in self.window.library.routines]
        section = RemindersSection(routines)
        dialog = SettingsDialog(
            self.window.settings, parent=self.window, bridge=self.speech, sections=[section]
        )
        dialog.saved.connect(self._settings_saved)
        dialog.open()
        return dialog

    def _attach_reminders_if_wanted(self, settings: Settings) -> bool:
        """Build the reminders' part if ``settings`` want it and it is not built yet."""
        from supple.reminders.wanted import reminders_wanted

        if self.reminders is not None or not self._reminders_allowed:
            return False
        if not reminders_wanted(settings):
            return False
        notices, sources, clock, tray = self._reminder_options
        self.reminders = attach_reminders(
            self.window,
            self.history,
            notices=notices,
            sources=sources,
            clock=clock,
            tray=tray,
            parent=self,
        )
        return True

    def measure_lengths(self) -> None:
        """Measure, off the GUI thread, how long the library's cues take to say."""
        if self.lengths is not None and not self._closed:
            self.lengths.measure(self.window.library.routines, self.window.settings)

    def _lengths_measured(self, _count: int) -> None:
        if not self._closed:
            self.window.reload_library(self.window.library)  # durations with room for words

    def _settings_saved(self, settings: Settings) -> None:
        self.window.apply_settings(settings)
        self.awake.set_enabled(settings.keep_screen_on)
        if not self._attach_reminders_if_wanted(settings) and self.reminders is not None:
            self.reminders.apply(settings)  # a part just built has read them already
        self.measure_lengths()  # a new voice, rate or verbosity says things in new times
        if self._history_page is not None and self._history_page.built:
            self._history_page.content.settings = settings
            self._history_page.content.refresh()

    # -- history ----------------------------------------------------------------------
    def _notice(self, text: str) -> None:
        """A history problem (file moved aside, read-only folder), where it will be seen."""
        self.window.show_notice(text)

    def _before_start(self, routine: Routine) -> None:
        if self.recorder is None or not self.window.settings.checkin_enabled:
            return
        from supple.ui.player.checkin_dialog import ask_checkin

        answer = ask_checkin(self.window, "before")
        self._feel_before = answer.feel if answer is not None else None
        if answer is not None:
            self.recorder.checkin_before(answer.feel, answer.note)

    def _session_ended(self, report: SessionReport) -> None:
        from supple.session import Outcome

        if self._history_page is not None and self._history_page.built:
            # After the recorder's final write has been queued.
            QTimer.singleShot(0, self._history_page.content.refresh)
        if (
            self.recorder is not None
            and self.window.settings.checkin_enabled
            and report.outcome is not Outcome.INTERRUPTED
            and not self._closed
        ):
            stopped = report.outcome is Outcome.STOPPED
            QTimer.singleShot(0, lambda: self._ask_after(stopped))

    def _ask_after(self, stopped: bool = False) -> None:
        if self._closed or self.recorder is None or not self.window.isVisible():
            return
        from supple.ui.player.checkin_dialog import ask_checkin

        answer = ask_checkin(self.window, "stopped" if stopped else "after")
        # The summary behind the dialog shows the check-in: before → after.
        before, self._feel_before = self._feel_before, None
        self.window.summary_view.set_checkin(before, answer.feel if answer is not None else None)
        if answer is not None:
            self.recorder.checkin_after(answer.feel, answer.note, answer.stop_reason)
            if self._history_page is not None and self._history_page.built:
                self._history_page.content.refresh()

    # -- quitting --------------------------------------------------------------------
    def shutdown(self) -> None:
        """Stop recording (an open session is kept as interrupted) and the workers."""
        if self._closed:
            return
        self._closed = True
        self.awake.shutdown(wait=0.5)  # the screen may sleep again
        if self.reminders is not None:
            self.reminders.shutdown()
        if self.window.routine_menu.built:  # its imports and exports, if any ran
            self.window.routine_menu.actions.jobs.stop_writing_all()  # a save finishes, none starts
        if self.recorder is not None:
            self.recorder.shutdown()
        if self.history is not None:
            self.history.close()
        if self.lengths is not None:
            self.lengths.shutdown()
        if self.speech is not None:
            self.speech.shutdown()


def attach_editor(window: SuppleWindow) -> RoutineActions:
    """What the window's Routine menu does, built now (tests and tools; the app builds
    it the first time the menu, the library's Edit or a drop is used)."""
    return window.routine_menu.actions


def attach_routine_menu(window: SuppleWindow) -> RoutineMenu:
    """The editor's part, light: the Routine menu, Edit in the library and drop-to-import;
    at the first use of any of them, what they do (``RoutineActions``: the person's
    routine store, the background jobs, then the editor page)."""

    def build(menu: RoutineMenu) -> RoutineActions:
        from supple.ui.editor.library_actions import RoutineActions

        return RoutineActions(window, menu=menu)

    menu = RoutineMenu(window, build)
    window.library_view.edit_requested.connect(menu.edit_entry)
    window.library_view.selection_changed.connect(lambda _entry: menu.update_actions())
    window.page_changed.connect(lambda _page: menu.update_actions())
    window.controller.session_ended.connect(menu.session_ended)
    window.set_drop_target(menu)
    window.closing.connect(menu.finish_before_close)
    return menu


def attach_reminders(
    window: SuppleWindow,
    history: HistoryWorker | None,
    *,
    notices: MakeNotices | None = None,
    sources: tuple[object, object] | None = None,
    clock: object | None = None,
    tray: bool | None = None,
    parent: QObject | None = None,
) -> RemindersPart:
    """The reminders' part: the daily plan and breaks, their notifications, the tray
    icon while reminders are on (closing the window then hides it there), start at
    login, and each reminder's answer in the history."""
    from supple.ui.reminders.reminder_link import platform_notices
    from supple.ui.reminders.reminders_part import RemindersPart, tray_available
    from supple.ui.shell.main_window import app_icon

    record = today = None
    if history is not None:
        worker = history
        record, today = _reminder_history(worker)
    idle, busy = sources if sources is not None else (None, None)
    part = RemindersPart(
        window,
        app_icon(),
        record=record,
        today_minutes=today,
        idle=idle,  # type: ignore[arg-type]
        busy=busy,  # type: ignore[arg-type]
        make_notices=notices or platform_notices,
        has_tray=tray_available if tray is None else (lambda: tray),
        clock=clock,
        parent=parent,
    )
    window.controller.session_started.connect(lambda routine, _t: part.session_started(routine.id))
    window.controller.session_ended.connect(lambda _report: part.session_ended())
    window.hidden_to_tray.connect(part.window_hidden)
    window.hidden_to_tray.connect(window._stop_session)  # nobody would see or hear it
    window.closed.connect(part.window_closed)
    part.problem.connect(window.show_notice)
    if part.notes:
        window.statusBar().showMessage("; ".join(part.notes), 15000)
    return part


def _reminder_history(
    worker: HistoryWorker,
) -> tuple[Callable[..., None], Callable[[Callable[[float], None]], None]]:
    """Writing reminders into the history, and reading today's minutes from it."""
    from datetime import date

    from supple.history.week import local_midnight

    def record(what: str, reminder: Reminder, response: Response | None) -> None:
        if what == "offered":
            kind = reminder.kind.value
            worker.submit(lambda s: s.reminder_offered(reminder.key, kind, reminder.routine_id))
        elif response is not None:
            worker.submit(lambda s: s.reminder_answered(reminder.key, response.value))

    def today(deliver: Callable[[float], None]) -> None:
        def read(store: HistoryStore) -> float:
            start = local_midnight(date.today(), None)
            return sum(r.active_seconds for r in store.sessions_between(start, store.now())) / 60

        worker.submit(read, on_result=deliver, on_error=lambda _e: None)

    return record, today
