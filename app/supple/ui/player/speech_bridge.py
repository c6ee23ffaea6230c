"""Connects a session controller to the speech service: cues become voice and sounds.

The bridge lives on the GUI thread and only ever *posts* to the service, which
does its work in its own threads (the conductor, the audio stream) and the speech
worker process; replies come back through a queued Qt signal. Wiring (the lead's
side):

    bridge = SpeechBridge(controller, settings, notice=player_view.show_notice)
    player_view.mute_toggled.connect(bridge.set_muted)
    app.aboutToQuit.connect(bridge.shutdown)     # returns within a second
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

from supple.session import State, Verbosity
from supple.session.fit import speaking_rate
from supple.settings import Settings
from supple.speech.audio import AudioOutput
from supple.speech.engine_choice import default_engine_spec
from supple.speech.service import Ready, SpeechEvent, SpeechProblem, SpeechService
from supple.speech.voice import ProblemKind, VoiceConfig
from supple.speech.voice_choice import voice_language

if TYPE_CHECKING:
    from supple.session import Cue, Segment

SOUND_LATE_LIMIT = 0.5  # seconds: a late tick is worse than none


def voice_config(settings: Settings, language: str = "") -> VoiceConfig:
    """The person's voice; with none chosen, the one for ``language`` (the routine's),
    at their rate or the language's slowest (a count fits its second: session/fit.py)."""
    spoken = voice_language(settings.voice_id, language)
    rate = speaking_rate(settings.rate, language)
    return VoiceConfig(settings.voice_id, rate, float(settings.volume), spoken)


class SpeechBridge(QObject):
    event = Signal(object)  # every SpeechEvent, on the GUI thread
    voice_problem = Signal(str)  # a message for the person (also sent to ``notice``)
    voices_listed = Signal(list)  # list[VoiceInfo], after request_voices()
    _relay = Signal(object)  # conductor thread -> GUI thread
    _voices_relay = Signal(list)

    def __init__(
        self,
        controller: QObject,
        settings: Settings,
        notice: Callable[[str], None] | None = None,
        *,
        engine: str | None = None,
        player: AudioOutput | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self._language = ""  # the playing routine's: it picks the voice (voice_choice.py)
        self._notice = notice
        self._controller = controller
        self._last_index: int | None = None
        self.problem: str | None = None  # the last voice problem, for the person
        self.ready = False
        self._relay.connect(self._on_event)
        self._voices_relay.connect(self.voices_listed)
        self.service = SpeechService(
            engine or default_engine_spec(),
            player=player,
            on_event=self._relay.emit,
            config=voice_config(settings),
        )
        controller.session_started.connect(self._on_session_started)
        controller.segment_entered.connect(self._on_segment)
        controller.cue_due.connect(self._on_cue)
        controller.state_changed.connect(self._on_state)
        controller.step_finished.connect(self._on_step_finished)
        controller.part_skipped.connect(self._on_part_skipped)
        controller.session_ended.connect(self._on_session_ended)
        self.service.start()
        self._closed = False

    # -- for the window and the settings dialog ---------------------------------
    @Slot(bool)
    def set_muted(self, muted: bool) -> None:
        self.settings.muted = muted
        if muted:
            self.service.silence()

    def apply_settings(self, settings: Settings) -> None:
        """Use new settings from now on (the dialog calls this after saving)."""
        self.settings = settings
        self.service.configure(voice_config(settings, self._language))
        if settings.muted or Verbosity(settings.verbosity) is Verbosity.SILENT:
            self.service.silence()

    def test_voice(self, text: str | None = None, config: VoiceConfig | None = None) -> None:
        sample = text or self.tr("Switch sides. Three, two, one. Breathe in slowly.")
        self.service.test_voice(sample, config or voice_config(self.settings))

    def play_sound(self, name: str, volume: float | None = None) -> None:
        self.service.play_sound(name, self.settings.sound_volume if volume is None else volume)

    def request_voices(self) -> None:
        """The engine's voices arrive later through ``voices_listed``."""
        self.service.request_voices(self._voices_relay.emit)

    def silence(self) -> None:
        self.service.silence()

    def shutdown(self, timeout: float = 1.0) -> None:
        """Stop the voice for good; returns within ``timeout`` seconds."""
        if self._closed:
            return
        self._closed = True
        for name, slot in (
            ("session_started", self._on_session_started),
            ("segment_entered", self._on_segment),
            ("cue_due", self._on_cue),
            ("state_changed", self._on_state),
            ("step_finished", self._on_step_finished),
            ("part_skipped", self._on_part_skipped),
            ("session_ended", self._on_session_ended),
        ):
            with contextlib.suppress(RuntimeError, TypeError):
                getattr(self._controller, name).disconnect(slot)
        self.service.shutdown(timeout)

    # -- from the controller ---------------------------------------------------------
    def _on_session_started(self, _routine: object, timeline: object) -> None:
        self._last_index = None
        self.service.silence()
        routine = getattr(timeline, "routine", None)
        language = str(getattr(routine, "language", "") or "")
        if language != self._language:  # a German routine is said by the German voice
            self._language = language
            self.service.configure(voice_config(self.settings, language))
        if self.problem is not None:
            self.service.retry()  # a new session is a good moment to try the engine again
            self._tell(self.problem)
        if not self.settings.muted:
            self.service.prepare(self.spoken_texts(timeline))

    def spoken_texts(self, timeline: object) -> list[str]:
        """The session's words at the chosen verbosity, first said first, each once."""
        try:
            verbosity = Verbosity(self.settings.verbosity)
        except ValueError:
            verbosity = Verbosity.FULL
        texts: dict[str, None] = {}
        for segment in getattr(timeline, "segments", ()):
            for cue in segment.cues:
                if cue.spoken_at(verbosity):
                    texts.setdefault(cue.text)
        return list(texts)

    def _on_segment(self, segment: Segment) -> None:
        if self._last_index is not None and segment.index != self._last_index + 1:
            self.service.silence()  # skipped or went back: what was being said is stale
        self._last_index = segment.index

    def _on_cue(self, cue: Cue, segment: Segment, late: float) -> None:
        settings = self.settings
        if (
            settings.sounds_enabled
            and cue.sound is not None
            and late <= SOUND_LATE_LIMIT
            and settings.sound_volume > 0
        ):
            self.service.play_sound(cue.sound.value, settings.sound_volume)
        if settings.muted:
            return
        try:
            verbosity = Verbosity(settings.verbosity)
        except ValueError:
            verbosity = Verbosity.FULL
        if cue.spoken_at(verbosity):
            self.service.say(cue.text, cue.priority, step=segment.step, late=late)

    def _on_state(self, state: object, _reason: str) -> None:
        if state in (State.PAUSED, State.STOPPED):
            self.service.silence()

    def _on_step_finished(self, _step: int, completed: bool) -> None:
        if not completed:
            self.service.silence()  # skipped

    def _on_part_skipped(self, _step: int, _whole_step: bool) -> None:
        self.service.silence()  # what was said of the part left behind is stale

    def _on_session_ended(self, _report: object) -> None:
        self._last_index = None

    # -- from the service -----------------------------------------------------------
    def _on_event(self, event: SpeechEvent) -> None:
        if isinstance(event, Ready):
            self.ready = True
            self.problem = None
        elif isinstance(event, SpeechProblem):
            text = self.problem_text(event.kind)
            if event.kind in (
                ProblemKind.ENGINE_MISSING,
                ProblemKind.NO_VOICES,
                ProblemKind.CRASHED,
            ):
                self.ready = False
                self.problem = text
            self._tell(text)
        self.event.emit(event)

    def _tell(self, text: str) -> None:
        self.voice_problem.emit(text)
        if self._notice is not None:
            self._notice(text)

    def problem_text(self, kind: ProblemKind) -> str:
        still = self.tr("Cues are still shown on screen and sounds still play.")
        if kind is ProblemKind.ENGINE_MISSING:
            return self.tr(
                "Voice unavailable: no offline speech engine was found. {still} To fix it: {hint}"
            ).format(still=still, hint=self._install_hint())
        if kind is ProblemKind.NO_VOICES:
            return self.tr(
                "Voice unavailable: the speech engine has no voices installed. {still} "
                "To fix it: {hint}"
            ).format(still=still, hint=self._install_hint())
        if kind is ProblemKind.CRASHED:
            return self.tr(
                "Voice unavailable: the speech engine stopped working. {still} "
                "Supple will try it again at the next session."
            ).format(still=still)
        if kind is ProblemKind.NO_PLAYER:
            return self.tr(
                "Sound unavailable: no sound output could be opened. "
                "Cues are still shown on screen. To fix it: {hint}"
            ).format(hint=self._player_hint())
        return self.tr(
            "The sound output stopped working. Cues are still shown on screen; "
            "Supple tries the sound again every few seconds. To fix it: {hint}"
        ).format(hint=self._player_hint())

    def _install_hint(self) -> str:
        if sys.platform.startswith("linux"):
            return self.tr(
                "install the espeak-ng package (Debian/Ubuntu: sudo apt install espeak-ng), "
                "then restart Supple."
            )
        if sys.platform == "win32":
            return self.tr(
                "add a voice in Windows Settings > Time & language > Speech, then restart Supple."
            )
        if sys.platform == "darwin":
            return self.tr(
                "add a voice in System Settings > Accessibility > Spoken Content, "
                "then restart Supple."
            )
        return self.tr("install espeak-ng, then restart Supple.")

    def _player_hint(self) -> str:
        if sys.platform.startswith("linux"):
            return self.tr(
                "check that a sound device is connected and not muted, and that the "
                "sound server (PipeWire or PulseAudio) is running."
            )
        return self.tr("check that a sound device is connected and not muted.")
