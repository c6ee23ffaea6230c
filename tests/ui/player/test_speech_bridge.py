"""The Qt bridge between a session controller and the speech service.

The controller here is a stand-in QObject with the contract's signals, fed by a
real Player over a FakeClock, so the cues are the real timeline's.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from speech_support import RecordingStream

from supple.routine import resolve_routine
from supple.session import (
    CueDue,
    FakeClock,
    Player,
    SegmentEntered,
    State,
    StateChanged,
    StepFinished,
    Verbosity,
    build_timeline,
)
from supple.session.fit import SLOWEST_RATE
from supple.settings import Settings
from supple.speech.audio import StreamOutput
from supple.speech.service import Dropped, Finished, Started
from supple.ui.player.session_controller import SessionSignals
from supple.ui.player.speech_bridge import SpeechBridge


class StandInController(SessionSignals):
    """The SessionController's signals (from its own base class), emitted from a real Player."""

    def play(self, seconds: float, step: float = 0.1, language: str = "en") -> list:
        """Run the real routine's player for ``seconds`` and emit its events; return the cues."""
        routine = resolve_routine("lower-back-spasm-relief").localized(language)
        timeline = build_timeline(routine)
        clock = FakeClock()
        player = Player(timeline, clock)
        self.session_started.emit(timeline.routine, timeline)
        player.start()
        cues = []
        elapsed = 0.0
        while elapsed < seconds:
            for event in player.poll():
                if isinstance(event, SegmentEntered):
                    self.segment_entered.emit(event.segment)
                elif isinstance(event, CueDue):
                    cues.append(event)
                    self.cue_due.emit(event.cue, event.segment, float(event.late))
                elif isinstance(event, StateChanged):
                    self.state_changed.emit(event.state, event.reason)
                elif isinstance(event, StepFinished):
                    self.step_finished.emit(event.step, event.completed)
            clock.advance(step)
            elapsed += step
        return cues


class Spy:
    def __init__(self, real):
        self.real = real
        self.calls = []

    def __call__(self, *args, **kwargs):
        self.calls.append((args, kwargs))
        return self.real(*args, **kwargs)


@pytest.fixture
def make_bridge(qtbot, tmp_path, monkeypatch):
    bridges = []

    def make(settings: Settings | None = None, engine: str = "fake", notices=None, player=None):
        controller = StandInController()
        bridge = SpeechBridge(
            controller,
            settings or Settings(),
            notice=notices.append if notices is not None else None,
            engine=engine,
            player=player if player is not None else RecordingStream(),
        )
        bridges.append(bridge)
        spies = {}
        for name in ("say", "play_sound", "silence"):
            spies[name] = Spy(getattr(bridge.service, name))
            monkeypatch.setattr(bridge.service, name, spies[name])
        return controller, bridge, spies

    yield make
    for bridge in bridges:
        bridge.shutdown(1.0)


@pytest.mark.parametrize("verbosity", list(Verbosity))
def test_only_the_cues_of_the_chosen_verbosity_are_spoken(make_bridge, verbosity):
    controller, _bridge, spies = make_bridge(Settings(verbosity=verbosity.value))
    cues = controller.play(200)
    expected = [due.cue.text for due in cues if due.cue.spoken_at(verbosity)]
    said = [args[0] for args, _ in spies["say"].calls]
    assert said == expected
    if verbosity is Verbosity.SILENT:
        assert said == []
    else:
        assert said  # the routine has something to say at every other level
    # Each carries its priority, step and lateness to the queue.
    for (args, kwargs), due in zip(
        spies["say"].calls, [d for d in cues if d.cue.spoken_at(verbosity)], strict=True
    ):
        assert args[1] == due.cue.priority
        assert kwargs == {"step": due.segment.step, "late": due.late}


def test_muted_voice_says_nothing_but_sounds_still_play(make_bridge):
    controller, _bridge, spies = make_bridge(Settings(muted=True, sound_volume=0.4))
    cues = controller.play(100)
    assert spies["say"].calls == []
    sounds = [(args[0], args[1]) for args, _ in spies["play_sound"].calls]
    assert sounds == [(d.cue.sound.value, 0.4) for d in cues if d.cue.sound is not None]
    assert {"phase", "count"} <= {name for name, _ in sounds}


def test_sounds_off_plays_no_sound(make_bridge):
    controller, _bridge, spies = make_bridge(Settings(sounds_enabled=False))
    controller.play(100)
    assert spies["play_sound"].calls == []
    assert spies["say"].calls


def test_pause_stop_skip_and_back_send_a_silence(make_bridge):
    controller, _bridge, spies = make_bridge()
    controller.play(12)
    before = len(spies["silence"].calls)
    controller.state_changed.emit(State.RUNNING, "")
    controller.state_changed.emit(State.FINISHED, "")
    assert len(spies["silence"].calls) == before  # nothing to silence there
    controller.state_changed.emit(State.PAUSED, "")
    assert len(spies["silence"].calls) == before + 1
    controller.state_changed.emit(State.PAUSED, "sleep")
    assert len(spies["silence"].calls) == before + 2
    controller.state_changed.emit(State.STOPPED, "")
    assert len(spies["silence"].calls) == before + 3
    controller.step_finished.emit(0, False)  # skipped
    assert len(spies["silence"].calls) == before + 4
    controller.step_finished.emit(0, True)  # finished normally: keep talking
    assert len(spies["silence"].calls) == before + 4


def test_a_jump_between_segments_silences_but_the_next_segment_does_not(make_bridge):
    controller, _bridge, spies = make_bridge()
    timeline = build_timeline(resolve_routine("lower-back-spasm-relief"))
    controller.session_started.emit(timeline.routine, timeline)
    base = len(spies["silence"].calls)
    controller.segment_entered.emit(timeline.segments[0])
    controller.segment_entered.emit(timeline.segments[1])
    assert len(spies["silence"].calls) == base
    controller.segment_entered.emit(timeline.segments[35])  # skip ahead
    assert len(spies["silence"].calls) == base + 1
    controller.segment_entered.emit(timeline.segments[0])  # back
    assert len(spies["silence"].calls) == base + 2


def test_mute_toggle_silences_at_once_and_unmute_speaks_again(make_bridge):
    controller, bridge, spies = make_bridge()
    bridge.set_muted(True)
    assert spies["silence"].calls
    controller.play(5)
    assert spies["say"].calls == []
    bridge.set_muted(False)
    controller.play(5)
    assert spies["say"].calls


def test_a_missing_engine_tells_the_person_how_to_fix_it(make_bridge, qtbot):
    notices: list[str] = []
    _controller, bridge, _spies = make_bridge(engine="fake:missing", notices=notices)
    qtbot.waitUntil(lambda: bool(notices), timeout=20000)
    assert notices[0].startswith("Voice unavailable")
    assert "on screen" in notices[0]
    import sys

    if sys.platform.startswith("linux"):
        assert "espeak-ng" in notices[0]
    assert bridge.problem == notices[0]
    assert not bridge.ready


def test_no_sound_output_is_told_once_and_the_session_goes_on(make_bridge, qtbot):
    notices: list[str] = []
    # A backend with no device on this machine: opening the stream fails.
    controller, bridge, spies = make_bridge(notices=notices, player=StreamOutput(backends=["oss"]))
    qtbot.waitUntil(lambda: bridge.ready, timeout=20000)
    dropped: list[Dropped] = []
    bridge.event.connect(lambda e: dropped.append(e) if isinstance(e, Dropped) else None)
    cues = controller.play(30)
    qtbot.waitUntil(lambda: bool(notices), timeout=20000)
    assert len(spies["say"].calls) >= 3  # the cues kept coming
    qtbot.waitUntil(lambda: len(dropped) >= len(spies["say"].calls), timeout=20000)
    assert {e.reason for e in dropped} == {"unavailable"}
    assert notices == [notices[0]]  # once, not at every cue
    assert notices[0].startswith("Sound unavailable: no sound output could be opened.")
    assert "still shown on screen" in notices[0]
    assert bridge.ready and bridge.problem is None  # the voice itself is fine
    assert cues


def test_the_gui_keeps_running_while_the_voice_speaks(make_bridge, qtbot):
    """Ordering, not a time limit: timer ticks keep arriving between start and end of speech."""
    _controller, bridge, _spies = make_bridge()
    ticks: list[str] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append("tick"))
    bridge.event.connect(
        lambda e: ticks.append(type(e).__name__) if isinstance(e, Started | Finished) else None
    )
    timer.start()
    text = "Lie on your back on the mat with your knees bent and your feet flat on the floor."
    bridge.service.say(text, step=0)
    ticks.append("said")  # say() returned: nothing waited for the engine
    qtbot.waitUntil(lambda: "Finished" in ticks, timeout=30000)
    timer.stop()
    assert ticks.index("said") < ticks.index("Started") < ticks.index("Finished")
    during = ticks[ticks.index("Started") : ticks.index("Finished")]
    assert during.count("tick") >= 10  # the event loop kept turning while speech played


def test_voices_are_listed_through_a_signal(make_bridge, qtbot):
    _controller, bridge, _spies = make_bridge()
    with qtbot.waitSignal(bridge.voices_listed, timeout=20000) as blocker:
        bridge.request_voices()
    assert [v.id for v in blocker.args[0]] == ["fake/low", "fake/high"]


def test_shutdown_disconnects_and_is_idempotent(make_bridge):
    controller, bridge, spies = make_bridge()
    bridge.shutdown(1.0)
    controller.play(5)
    assert spies["say"].calls == []
    bridge.shutdown(1.0)


def test_problem_events_reach_the_gui_thread(make_bridge, qtbot):
    _controller, bridge, _spies = make_bridge(engine="fake:novoices")
    with qtbot.waitSignal(bridge.voice_problem, timeout=20000) as blocker:
        pass
    assert "no voices" in blocker.args[0]
    assert bridge.problem == blocker.args[0]


def test_skipping_one_part_silences_what_was_said_of_it(make_bridge):
    controller, _bridge, spies = make_bridge()
    timeline = build_timeline(resolve_routine("lower-back-spasm-relief"))
    controller.session_started.emit(timeline.routine, timeline)
    base = len(spies["silence"].calls)
    controller.part_skipped.emit(0, False)  # e.g. the left side only: the next segment follows
    controller.segment_entered.emit(timeline.segments[1])
    assert len(spies["silence"].calls) == base + 1


def test_a_german_routine_is_said_by_the_voice_for_german(make_bridge):
    """With no voice chosen the routine's language picks it; a chosen voice wins."""
    controller, bridge, spies = make_bridge()
    configured = Spy(bridge.service.configure)
    bridge.service.configure = configured
    controller.play(1, language="de")
    assert configured.calls[-1][0][0].language == "de"
    assert spies["say"].calls[0][0][0] == "Liegende Drehung, zuerst links."
    controller.play(1)  # back to an English routine: the default voice
    assert configured.calls[-1][0][0].language == ""
    chosen, bridge, _spies = make_bridge(Settings(voice_id="fake/high"))
    configured = Spy(bridge.service.configure)
    bridge.service.configure = configured
    chosen.play(1, language="es")
    config = configured.calls[-1][0][0]
    assert config.voice_id == "fake/high" and config.language == ""


def test_a_german_routine_at_the_slowest_rate_is_said_fast_enough_for_its_counts(make_bridge):
    """German counts do not fit their second below the language's slowest rate
    (session/fit.py): the voice speaks it at that rate, as its lengths were measured."""
    controller, bridge, _spies = make_bridge(Settings(rate=60))
    configured = Spy(bridge.service.configure)
    bridge.service.configure = configured
    controller.play(1, language="de")
    assert configured.calls[-1][0][0].rate == SLOWEST_RATE["de"]
    controller.play(1, language="es")
    assert configured.calls[-1][0][0].rate == 60
