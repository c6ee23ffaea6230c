"""Attaching the voice, the history and the settings dialog to a main window.

The window knows nothing of speech or storage; this module connects the
session controller's signals to the speech bridge, the history recorder and
the screen keeper (ui/player/awake), adds the History page, opens the settings
dialog, and asks the optional check-in. ``shutdown()`` stops the workers within about a second.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from supple.routine import Routine
from supple.session import Outcome, SessionReport
from supple.settings import Settings

if TYPE_CHECKING:  # imported when first used: they cost start-up time and memory
    from supple.ui.history.history_page import HistoryPage
    from supple.ui.shell.settings_dialog import SettingsDialog
from supple.speech.audio import Player as AudioPlayer
from supple.ui.editor import install_editor
from supple.ui.history.history_recorder import HistoryRecorder, start_history
from supple.ui.kit.lazy_page import LazyPage
from supple.ui.player.awake import MakeInhibitor, ScreenAwake, platform_inhibitor
from supple.ui.player.speech_bridge import SpeechBridge
from supple.ui.player.speech_lengths import SpeechLengths
from supple.ui.shell.main_window import MainWindow


class Services(QObject):
    def __init__(
        self,
        window: MainWindow,
        *,
        speech: bool = True,
        speech_engine: str | None = None,
        speech_player: AudioPlayer | None = None,
        history: bool = True,
        history_path: Path | None = None,
        screen_inhibitor: MakeInhibitor = platform_inhibitor,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.speech: SpeechBridge | None = None
        self.recorder: HistoryRecorder | None = None
        self._history_page: LazyPage[HistoryPage] | None = None
        self._closed = False
        self.awake = ScreenAwake(
            window.controller,
            enabled=window.settings.keep_screen_on,
            make_inhibitor=screen_inhibitor,
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
            self.recorder = HistoryRecorder(
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
        self.routines = install_editor(window)  # the Routine menu and the editor page

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
        from supple.ui.shell.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.window.settings, parent=self.window, bridge=self.speech)
        dialog.saved.connect(self._settings_saved)
        dialog.open()
        return dialog

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
        if answer is not None:
            self.recorder.checkin_before(answer.feel, answer.note)

    def _session_ended(self, report: SessionReport) -> None:
        if self._history_page is not None and self._history_page.built:
            # After the recorder's final write has been queued.
            QTimer.singleShot(0, self._history_page.content.refresh)
        if (
            self.recorder is not None
            and self.window.settings.checkin_enabled
            and report.outcome is not Outcome.INTERRUPTED
            and not self._closed
        ):
            QTimer.singleShot(0, self._ask_after)

    def _ask_after(self) -> None:
        if self._closed or self.recorder is None or not self.window.isVisible():
            return
        from supple.ui.player.checkin_dialog import ask_checkin

        answer = ask_checkin(self.window, "after")
        if answer is not None:
            self.recorder.checkin_after(answer.feel, answer.note)
            if self._history_page is not None and self._history_page.built:
                self._history_page.content.refresh()

    # -- quitting --------------------------------------------------------------------
    def shutdown(self) -> None:
        """Stop recording (an open session is kept as interrupted) and the workers."""
        if self._closed:
            return
        self._closed = True
        self.awake.shutdown(wait=0.5)  # the screen may sleep again
        self.routines.shutdown()  # an import under way finishes its save; no new one starts
        if self.recorder is not None:
            self.recorder.shutdown()
        if self.history is not None:
            self.history.close()
        if self.speech is not None:
            self.speech.shutdown()
