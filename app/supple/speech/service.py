"""The speech service: a queue of cues, a worker process that synthesises them,
and one audio output that can cut speech off at once. Nothing here blocks its caller.

Process model
-------------
The caller (the GUI thread) only puts messages in an inbox. One daemon thread,
the *conductor*, owns everything else:

* the CueQueue and its rules (what is cut, dropped, spoken next);
* the worker process (voice_worker.py) that holds the engine and writes one WAV file
  per utterance; a reader thread turns its replies into inbox messages;
* the audio output (audio.py): one stream, opened when the service starts,
  that utterances and sounds are mixed into; its own thread pulls the mix.

The stream lives in this process, beside the conductor, rather than in the
worker: sounds must go on when the engine is missing or the worker is killed
for hanging, and cutting a clip is then a flag in the mixer, not a message.

Synthesis runs ahead of playback (the next cue is ready when the current one
ends) and repeated texts ("3", "Exhale.") come from a small cache, so counts
start on time. If the worker does not answer in time it is killed and
restarted; after three failures in a minute the voice is reported unavailable
and the session goes on with sounds and on-screen cues. No sound output, or
one that goes away, is reported once and tried again later; the session goes on.

Events (Ready, SpeechProblem, Started, Finished, Dropped, Voices, SoundStarted) are
handed to ``on_event`` *from the conductor thread*; a Qt bridge re-emits them
as a signal for the GUI thread.
"""

from __future__ import annotations

import collections
import contextlib
import queue
import shutil
import tempfile
import threading
import time
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Any, NamedTuple

from supple.session.cues import Priority
from supple.speech import sounds
from supple.speech.audio import AudioOutput, PlayingSound, default_output
from supple.speech.cuequeue import CueQueue, Utterance
from supple.speech.voice import ProblemKind, VoiceConfig, VoiceInfo, seconds_to_say
from supple.speech.voice_worker_client import WorkerProcess, synth_request
from supple.value_class import value_class

STARTUP_TIMEOUT = 15.0  # seconds for the engine to come up (SAPI can be slow the first time)
MAX_FAILURES = 3  # worker deaths or hangs within FAILURE_WINDOW before giving up
FAILURE_WINDOW = 60.0
CACHE_SIZE = 300
VOICES_TIMEOUT = 5.0
OUTPUT_RETRY = 3.0  # seconds between attempts to open a missing or lost sound output
# An open stream costs ~2 % of a core (100 callbacks a second) and keeps the sound
# card awake: it is closed after this long with nothing to say or play, and opened
# again by the next session's prepare() or the next cue.
IDLE_CLOSE = 60.0


# -- events (the public contract) ------------------------------------------------
@value_class
class Ready:
    """The speech worker is up with this engine."""

    engine: str


@value_class
class SpeechProblem:
    """The voice cannot be used (no engine, no sound output...), and why."""

    kind: ProblemKind
    detail: str


@value_class
class Started:
    """An utterance began to play at ``at`` (monotonic seconds: when its first
    audible sample leaves the output, as the output estimates it)."""

    utterance: Utterance
    at: float


@value_class
class Finished:
    """An utterance ended, in full or cut off."""

    utterance: Utterance
    completed: bool  # False: cut off or silenced
    at: float


@value_class
class Dropped:
    """An utterance that was never spoken, and why."""

    utterance: Utterance
    reason: str  # "late", "stale", "superseded", "silenced", "unavailable", "failed"


@value_class
class Voices:
    """The voices the engine offers, as asked for."""

    voices: list[VoiceInfo]


@value_class
class SoundStarted:
    """A cue sound began to play."""

    name: str


SpeechEvent = Ready | SpeechProblem | Started | Finished | Dropped | Voices | SoundStarted


# -- the conductor's own vocabulary ------------------------------------------------
# Its messages and records are NamedTuples, immutable like the events above and cheaper
# to define than dataclasses (this module loads while the window's services attach).
# Nothing compares two of different kinds: the conductor dispatches on ``op``.
class ServiceState(str, Enum):
    """Where the worker (and so the voice) is."""

    DOWN = "down"  # not started yet
    STARTING = "starting"  # the worker is loading its engine
    READY = "ready"
    UNAVAILABLE = "unavailable"  # given up on until retry()


class Op(str, Enum):
    """What an inbox message asks the conductor to do."""

    SAY = "say"
    TEST = "test"
    SOUND = "sound"
    SILENCE = "silence"
    PREPARE = "prepare"
    CONFIG = "config"
    VOICES = "voices"
    RETRY = "retry"
    WORKER = "worker"  # a reply (or the end) of a worker
    SHUTDOWN = "shutdown"


class RequestKind(str, Enum):
    """What the worker was asked and has not answered yet."""

    SYNTH = "synth"
    VOICES = "voices"


class Say(NamedTuple):
    """Say an utterance (the queue decides when, or whether)."""

    op = Op.SAY
    utterance: Utterance


class TestVoice(NamedTuple):
    """Say a sample now, cutting off what is being said."""

    op = Op.TEST
    text: str
    config: VoiceConfig | None


class PlaySound(NamedTuple):
    """Play a cue sound at a volume (0-1)."""

    op = Op.SOUND
    name: str
    volume: float


class Silence(NamedTuple):
    """Cut off speech and forget what waits."""

    op = Op.SILENCE


class Prepare(NamedTuple):
    """Synthesise these texts ahead, replacing what was left to prepare."""

    op = Op.PREPARE
    texts: tuple[str, ...]


class Configure(NamedTuple):
    """Speak with this voice, rate and volume from now on."""

    op = Op.CONFIG
    config: VoiceConfig


class ListVoices(NamedTuple):
    """Hand the engine's voices to a callback."""

    op = Op.VOICES
    callback: Callable[[list[VoiceInfo]], None]


class Retry(NamedTuple):
    """Try the engine again after it was given up on."""

    op = Op.RETRY


class WorkerSaid(NamedTuple):
    """A worker's reply, or its end."""

    op = Op.WORKER
    generation: int  # which worker: replies of a replaced one are ignored
    reply: dict[str, Any] | None  # None: that worker has exited


class Shutdown(NamedTuple):
    """End the conductor."""

    op = Op.SHUTDOWN


Message = (
    Say
    | TestVoice
    | PlaySound
    | Silence
    | Prepare
    | Configure
    | ListVoices
    | Retry
    | WorkerSaid
    | Shutdown
)


class CacheKey(NamedTuple):
    """Synthesised audio is the same for the same words in the same voice."""

    text: str
    voice: str
    rate: int
    volume: float
    language: str = ""  # "3" is "drei" in German

    @classmethod
    def of(cls, text: str, config: VoiceConfig) -> CacheKey:
        volume = round(float(config.volume), 2)
        return cls(text, config.voice_id, int(config.rate), volume, config.language)


class CacheEntry(NamedTuple):
    """A synthesised file and its length in seconds."""

    path: Path
    seconds: float


class SynthJob(NamedTuple):
    """One text to synthesise: for a waiting utterance, or ahead (prefetch)."""

    utterance: Utterance
    config: VoiceConfig
    path: Path


class InFlight(NamedTuple):
    """The request the worker is working on, and when it is taken to be hung."""

    kind: RequestKind
    ident: int
    deadline: float
    job: SynthJob | None = None


class Speaking(NamedTuple):
    """The utterance being said and its clip in the output."""

    utterance: Utterance
    sound: PlayingSound


class PendingSound(NamedTuple):
    """A sound asked for, started after this round's messages."""

    name: str
    volume: float


def default_hang_timeout(estimate: float) -> float:
    """How long a synthesis may take before the worker is taken to be hung."""
    return 5.0 + 2.0 * estimate


class SpeechService:
    def __init__(
        self,
        engine: str = "pyttsx3",
        *,
        player: AudioOutput | None = None,
        on_event: Callable[[SpeechEvent], None] | None = None,
        config: VoiceConfig | None = None,
        hang_timeout: Callable[[float], float] = default_hang_timeout,
        clock: Callable[[], float] = time.monotonic,
        idle_close: float = IDLE_CLOSE,
    ) -> None:
        """``player``: the audio output (default: one stream, see audio.py), closed
        after ``idle_close`` seconds of nothing to play."""
        self.engine_spec = engine
        self.player: AudioOutput = player if player is not None else default_output(clock)
        self._on_event = on_event
        self._hang_timeout = hang_timeout
        self._clock = clock
        self._inbox: queue.Queue[Message] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._closed = False
        # Conductor-only state below.
        self._config = config or VoiceConfig()
        self._queue = CueQueue()
        self._worker: WorkerProcess | None = None
        self._generation = 0
        self._state = ServiceState.DOWN
        self._state_since = 0.0
        self._failures: collections.deque[float] = collections.deque()
        self._in_flight: InFlight | None = None
        self._request_ids = 0
        self._speaking: Speaking | None = None
        self._sounds_playing: list[PlayingSound] = []
        self._pending_sounds: list[PendingSound] = []
        self._output_tried: float | None = None  # last attempt to open the output
        self._idle_close = idle_close
        self._last_use = clock()  # last cue, sound or prepare
        self._cache: collections.OrderedDict[CacheKey, CacheEntry] = collections.OrderedDict()
        self._voices: list[VoiceInfo] | None = None
        self._prefetch: collections.deque[str] = collections.deque()
        self._voice_waiters: list[Callable[[list[VoiceInfo]], None]] = []
        self._reported: set[ProblemKind] = set()
        self._tmp = Path(tempfile.mkdtemp(prefix="supple-voice-"))
        self._stop_requested = False
        self._handlers: dict[Op, Callable[[Any], None]] = {
            Op.SAY: self._on_say,
            Op.TEST: self._on_test,
            Op.SOUND: self._on_sound,
            Op.SILENCE: self._on_silence,
            Op.PREPARE: self._on_prepare,
            Op.CONFIG: self._on_config,
            Op.VOICES: self._on_voices,
            Op.RETRY: self._on_retry,
            Op.WORKER: self._on_worker,
            Op.SHUTDOWN: self._on_shutdown,
        }

    # -- public: called from any thread; never blocks -------------------------
    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="supple-voice", daemon=True)
            self._thread.start()

    def say(
        self,
        text: str,
        priority: Priority = Priority.NORMAL,
        *,
        step: int | None = None,
        late: float = 0.0,
    ) -> Utterance:
        utterance = Utterance(text, Priority(priority), step, self._clock() - max(0.0, late))
        self._put(Say(utterance))
        return utterance

    def play_sound(self, name: str, volume: float = 1.0) -> None:
        self._put(PlaySound(name, volume))

    def prepare(self, texts: list[str]) -> None:
        """Synthesise ``texts`` ahead, when the worker has nothing more urgent to do.

        A session's cues are known at its start: with their audio ready, a cue
        starts as soon as it is due instead of after its synthesis (tens of ms).
        Replaces what an earlier call left to prepare.
        """
        self._put(Prepare(tuple(texts)[: CACHE_SIZE // 2]))

    def silence(self) -> None:
        """Cut off what is being said and forget what waits. Sounds finish."""
        self._put(Silence())

    def configure(self, config: VoiceConfig) -> None:
        self._put(Configure(config))

    def test_voice(self, text: str, config: VoiceConfig | None = None) -> None:
        """Say a sample now with ``config`` (default: the current one), cutting off speech."""
        self._put(TestVoice(text, config))

    def request_voices(self, callback: Callable[[list[VoiceInfo]], None]) -> None:
        """``callback`` gets the voices (empty if none) from the conductor thread."""
        self._put(ListVoices(callback))

    def retry(self) -> None:
        """Try the engine again after it was reported unavailable."""
        self._put(Retry())

    @property
    def worker_pid(self) -> int | None:
        worker = self._worker
        return worker.pid if worker is not None and worker.alive() else None

    @property
    def state(self) -> ServiceState:
        return self._state

    @property
    def in_flight(self) -> InFlight | None:
        """The request the worker is on (for tests and diagnostics)."""
        return self._in_flight

    def shutdown(self, timeout: float = 1.0) -> None:
        """Stop speaking and end the worker; returns within ``timeout`` seconds."""
        begin = time.monotonic()
        self._closed = True
        self._inbox.put(Shutdown())
        thread = self._thread
        if thread is not None:
            thread.join(max(0.0, timeout * 0.7 - (time.monotonic() - begin)))
        # Whatever the conductor managed, no child may outlive us.
        self._force_stop()
        if thread is not None:
            thread.join(max(0.0, timeout - (time.monotonic() - begin) - 0.05))
        else:
            shutil.rmtree(self._tmp, ignore_errors=True)

    # -- conductor ----------------------------------------------------------------
    def _put(self, message: Message) -> None:
        if not self._closed:
            self._inbox.put(message)

    def _emit(self, event: SpeechEvent) -> None:
        if self._on_event is not None:
            with contextlib.suppress(Exception):
                self._on_event(event)

    def _run(self) -> None:
        # The sound output is opened when first needed: a session's Prepare (before its
        # first cue), a sound or a voice test. Opening it here would load the audio
        # library and connect to the sound server for every start, while the window
        # is still coming up, only to close it again after IDLE_CLOSE.
        self._start_worker()
        while not self._stop_requested:
            try:
                message: Message | None = self._inbox.get(timeout=self._wait_time())
            except queue.Empty:
                message = None
            while message is not None:
                self._handlers[message.op](message)
                if self._stop_requested:
                    break
                try:
                    message = self._inbox.get_nowait()
                except queue.Empty:
                    message = None
            if not self._stop_requested:
                self._tick()
            self._play_pending_sounds()
        self._finish()

    def _wait_time(self) -> float | None:
        if self._speaking is not None:
            end = self._speaking.sound.expected_end()
            if end is not None:  # wake when it ends, so the next one follows at once
                return min(0.02, max(0.002, end - self._clock()))
            return 0.02
        if self._sounds_playing:
            return 0.02
        if self._in_flight is not None:
            return 0.05
        if self._state is ServiceState.STARTING:
            return 0.1
        if self._queue.items:
            return 0.05
        if self.player.available:
            return 0.25  # keep an eye on the stream (a lost device is noticed)
        return None

    # -- inbox handlers ------------------------------------------------------------
    def _on_say(self, message: Say) -> None:
        self._offer(message.utterance)

    def _on_test(self, message: TestVoice) -> None:
        self._silence("silenced")
        utterance = Utterance(message.text, Priority.CRITICAL, None, self._clock())
        self._offer(utterance, message.config)

    def _on_sound(self, message: PlaySound) -> None:
        self._pending_sounds.append(PendingSound(message.name, message.volume))

    def _on_silence(self, _message: Silence) -> None:
        self._silence("silenced")

    def _on_prepare(self, message: Prepare) -> None:
        self._prefetch = collections.deque(message.texts)
        self._last_use = self._clock()
        self._try_output()  # a session begins: the stream should be flowing by its first cue

    def _on_config(self, message: Configure) -> None:
        self._config = message.config

    def _on_voices(self, message: ListVoices) -> None:
        if self._voices is not None:
            self._call_voices(message.callback, self._voices)
        elif self._state is ServiceState.UNAVAILABLE:
            self._call_voices(message.callback, [])
        else:
            self._voice_waiters.append(message.callback)

    def _on_retry(self, _message: Retry) -> None:
        if self._state is ServiceState.UNAVAILABLE:
            self._failures.clear()
            self._reported.clear()
            self._start_worker()

    def _on_worker(self, message: WorkerSaid) -> None:
        self._worker_message(message.generation, message.reply)

    def _on_shutdown(self, _message: Shutdown) -> None:
        self._stop_requested = True

    # -- speaking -------------------------------------------------------------------
    def _offer(self, utterance: Utterance, config: VoiceConfig | None = None) -> None:
        now = self._clock()
        self._last_use = now
        if self._state is ServiceState.UNAVAILABLE:
            self._emit(Dropped(utterance, "unavailable"))
            return
        if not self._output_ready():
            self._emit(Dropped(utterance, "unavailable"))
            return
        config = config or self._config
        utterance.config = config
        utterance.estimate = seconds_to_say(utterance.text, config.rate)
        cached = self._cache.get(CacheKey.of(utterance.text, config))
        if cached is not None and cached.path.exists():
            utterance.wav, utterance.seconds = cached.path, cached.seconds
        speaking = self._speaking
        playing = speaking.utterance if speaking else None
        left = 0.0
        if speaking is not None:
            onset = speaking.sound.onset
            begun = onset if onset is not None else now
            left = speaking.utterance.length - max(0.0, now - begun)
        decision = self._queue.offer(utterance, now, playing, left)
        if decision.cut_playing:
            self._stop_playing()
        for item, reason in decision.dropped:
            self._emit(Dropped(item, reason))

    def _silence(self, reason: str) -> None:
        self._stop_playing()
        for item, why in self._queue.clear():
            self._emit(Dropped(item, why if reason == "silenced" else reason))

    def _stop_playing(self) -> None:
        if self._speaking is not None:
            speaking, self._speaking = self._speaking, None
            speaking.sound.stop()
            self._emit(Finished(speaking.utterance, False, self._clock()))

    def _play_pending_sounds(self) -> None:
        pending, self._pending_sounds = self._pending_sounds, []
        if not self._stop_requested:
            for sound in pending:
                self._play_sound(sound)

    def _play_sound(self, sound: PendingSound) -> None:
        self._last_use = self._clock()
        if not self._output_ready():
            return
        try:
            path = sounds.at_volume(sound.name, sound.volume, self._tmp)
            self._sounds_playing.append(self.player.play(path))
        except (OSError, ValueError) as exc:
            self._report(ProblemKind.PLAYBACK_FAILED, f"sound {sound.name}: {exc}")
            return
        self._emit(SoundStarted(sound.name))

    # -- the output -------------------------------------------------------------------
    def _try_output(self) -> bool:
        """Open the output if it is not; not more often than every OUTPUT_RETRY seconds."""
        if self.player.available:
            return True
        now = self._clock()
        if self._output_tried is not None and now - self._output_tried < OUTPUT_RETRY:
            return False
        self._output_tried = now
        if self.player.open():
            self._reported.discard(ProblemKind.NO_PLAYER)
            self._reported.discard(ProblemKind.PLAYBACK_FAILED)
            return True
        return False

    def _output_ready(self) -> bool:
        """The output can play now; if not, the person is told (once)."""
        if self._try_output():
            return True
        self._report(ProblemKind.NO_PLAYER, self.player.problem or "no sound output")
        return False

    def _close_when_idle(self, now: float) -> None:
        idle = self._speaking is None and not self._sounds_playing and not self._queue.items
        if idle and self.player.available and now - self._last_use > self._idle_close:
            self.player.close()
            self._output_tried = None  # the next use opens it at once

    def _watch_output(self) -> None:
        problem = self.player.lost()
        if problem is None:
            return
        self.player.close()  # its clips end here, unfinished
        self._output_tried = self._clock()  # try again in OUTPUT_RETRY seconds
        self._report(ProblemKind.PLAYBACK_FAILED, problem)
        self._reported.add(ProblemKind.NO_PLAYER)  # one notice is enough until it is back
        self._reap_playbacks()

    # -- the worker -----------------------------------------------------------------
    def _start_worker(self) -> None:
        self._generation += 1
        generation = self._generation
        self._in_flight = None
        try:
            self._worker = WorkerProcess(
                self.engine_spec, lambda reply: self._inbox.put(WorkerSaid(generation, reply))
            )
        except OSError as exc:
            self._worker = None
            self._unavailable(ProblemKind.ENGINE_MISSING, f"cannot start the speech worker: {exc}")
            return
        self._state = ServiceState.STARTING
        self._state_since = self._clock()

    def _worker_message(self, generation: int, message: dict[str, Any] | None) -> None:
        if generation != self._generation:
            return  # from a worker already replaced
        if message is None:
            live = self._state in (ServiceState.STARTING, ServiceState.READY)
            if live and not self._stop_requested:
                self._worker_failed("the speech worker stopped unexpectedly")
            return
        op = message.get("op")
        if op == "ready":
            self._state = ServiceState.READY
            self._emit(Ready(str(message.get("engine", ""))))
        elif op == "fatal":
            kind = _problem_kind(message.get("kind"))
            self._unavailable(kind, str(message.get("detail", "")))
        elif op in ("done", "failed", "voices"):
            self._reply(message)

    def _reply(self, message: dict[str, Any]) -> None:
        flight = self._in_flight
        if flight is None or message.get("id") != flight.ident:
            return
        self._in_flight = None
        if flight.kind is RequestKind.VOICES:
            self._voices = [VoiceInfo.from_json(v) for v in message.get("voices", [])]
            waiters, self._voice_waiters = self._voice_waiters, []
            for callback in waiters:
                self._call_voices(callback, self._voices)
            self._emit(Voices(self._voices))
            return
        job = flight.job
        assert job is not None
        utterance = job.utterance
        if message.get("op") == "failed":
            job.path.unlink(missing_ok=True)
            if utterance in self._queue.items:
                self._queue.remove(utterance)
                self._emit(Dropped(utterance, "failed"))
            return
        seconds = float(message.get("seconds", 0.0))
        key = CacheKey.of(utterance.text, job.config)
        self._remember(key, CacheEntry(job.path, seconds))
        # Any waiting utterance with the same words and voice can use it too.
        waiting = False
        for item in self._queue.items:
            if item.wav is None and CacheKey.of(item.text, item.config) == key:
                item.wav, item.seconds = job.path, seconds
                waiting = True
        if waiting:
            self.player.preload(job.path)  # decoded now, not when it is due

    def _worker_failed(self, detail: str) -> None:
        now = self._clock()
        if self._worker is not None:
            self._worker.kill()
            self._worker = None
        flight = self._in_flight
        if flight is not None and flight.job is not None:
            utterance = flight.job.utterance
            utterance.attempts += 1
            if utterance.attempts >= 2 and utterance in self._queue.items:
                self._queue.remove(utterance)
                self._emit(Dropped(utterance, "failed"))
        self._in_flight = None
        self._failures.append(now)
        while self._failures and now - self._failures[0] > FAILURE_WINDOW:
            self._failures.popleft()
        if len(self._failures) >= MAX_FAILURES:
            self._unavailable(ProblemKind.CRASHED, detail)
        else:
            self._start_worker()

    def _unavailable(self, kind: ProblemKind, detail: str) -> None:
        self._state = ServiceState.UNAVAILABLE
        if self._worker is not None:
            self._worker.kill()
            self._worker = None
        self._in_flight = None
        self._report(kind, detail)
        self._silence("unavailable")
        waiters, self._voice_waiters = self._voice_waiters, []
        for callback in waiters:
            self._call_voices(callback, [])

    def _report(self, kind: ProblemKind, detail: str) -> None:
        if kind not in self._reported:
            self._reported.add(kind)
            self._emit(SpeechProblem(kind, detail))

    def _call_voices(
        self, callback: Callable[[list[VoiceInfo]], None], voices: list[VoiceInfo]
    ) -> None:
        with contextlib.suppress(Exception):
            callback(list(voices))

    def _remember(self, key: CacheKey, entry: CacheEntry) -> None:
        self._cache[key] = entry
        self._cache.move_to_end(key)
        while len(self._cache) > CACHE_SIZE:
            _, old = self._cache.popitem(last=False)
            playing = self._speaking.utterance.wav if self._speaking else None
            if old.path != playing and all(item.wav != old.path for item in self._queue.items):
                old.path.unlink(missing_ok=True)

    # -- the clockwork ------------------------------------------------------------
    def _tick(self) -> None:
        now = self._clock()
        self._watch_output()
        self._reap_playbacks()
        flight = self._in_flight
        if flight is not None and now > flight.deadline:
            self._worker_failed("the speech engine stopped answering")
        starting = self._state is ServiceState.STARTING
        if starting and now - self._state_since > STARTUP_TIMEOUT:
            self._worker_failed("the speech engine did not start")
        if self._state is ServiceState.READY and self._in_flight is None:
            self._send_next()
        if self._speaking is None:
            self._start_next(now)
        self._close_when_idle(now)

    def _reap_playbacks(self) -> None:
        speaking = self._speaking
        if speaking is not None and speaking.sound.done():
            self._speaking = None
            problem = speaking.sound.failed()
            speaking.sound.close()
            if problem:
                self._report(ProblemKind.PLAYBACK_FAILED, problem)
            completed = problem is None and speaking.sound.completed
            ended = speaking.sound.ended_at
            self._emit(Finished(speaking.utterance, completed, ended or self._clock()))
        still = []
        for sound in self._sounds_playing:
            if sound.done():
                problem = sound.failed()
                sound.close()
                if problem:
                    self._report(ProblemKind.PLAYBACK_FAILED, problem)
            else:
                still.append(sound)
        self._sounds_playing = still

    def _send_next(self) -> None:
        assert self._worker is not None
        self._request_ids += 1
        ident = self._request_ids
        if self._voice_waiters and self._voices is None:
            if self._worker.send({"op": "voices", "id": ident}):
                deadline = self._clock() + VOICES_TIMEOUT
                self._in_flight = InFlight(RequestKind.VOICES, ident, deadline)
            return
        for item in self._queue.items:
            if item.wav is None:
                self._request_synth(ident, item)
                return
        self._send_prefetch(ident)

    def _send_prefetch(self, ident: int) -> None:
        """Nothing waits for synthesis: prepare the next text of the session ahead."""
        config = self._config
        while self._prefetch:
            text = self._prefetch.popleft()
            cached = self._cache.get(CacheKey.of(text, config))
            if cached is not None and cached.path.exists():
                continue
            item = Utterance(text, Priority.NORMAL, None, self._clock())
            item.config = config
            item.estimate = seconds_to_say(text, config.rate)
            self._request_synth(ident, item)
            return

    def _request_synth(self, ident: int, item: Utterance) -> None:
        """Ask the worker for ``item``'s audio in its voice; the one place that does."""
        assert self._worker is not None
        job = SynthJob(item, item.config, self._tmp / f"say-{ident}.wav")
        if self._worker.send(synth_request(ident, item.text, job.path, job.config)):
            deadline = self._clock() + self._hang_timeout(item.estimate)
            self._in_flight = InFlight(RequestKind.SYNTH, ident, deadline, job)

    def _start_next(self, now: float) -> None:
        for item, reason in self._queue.expire(now):
            self._emit(Dropped(item, reason))
        head = self._queue.head()
        if head is None or head.wav is None:
            return
        self._queue.pop()
        if not self._output_ready():
            self._emit(Dropped(head, "unavailable"))
            return
        try:
            sound = self.player.play(head.wav, due=head.due)
        except (OSError, ValueError) as exc:
            self._report(ProblemKind.PLAYBACK_FAILED, str(exc))
            self._emit(Dropped(head, "failed"))
            return
        self._speaking = Speaking(head, sound)
        onset = sound.onset
        self._emit(Started(head, onset if onset is not None else now))

    # -- the end ----------------------------------------------------------------------
    def _finish(self) -> None:
        self._silence("silenced")
        for sound in self._sounds_playing:
            sound.stop()
        self._sounds_playing = []
        self.player.close()
        worker, self._worker = self._worker, None
        self._generation += 1
        if worker is not None:
            worker.quit(wait=0.2)
        shutil.rmtree(self._tmp, ignore_errors=True)

    def _force_stop(self) -> None:
        """From the quitting thread: kill the children even if the conductor is stuck."""
        speaking = self._speaking
        if speaking is not None:
            with contextlib.suppress(Exception):
                speaking.sound.stop()
        for sound in list(self._sounds_playing):
            with contextlib.suppress(Exception):
                sound.stop()
        worker = self._worker
        if worker is not None:
            worker.kill()


def _problem_kind(value: Any) -> ProblemKind:
    try:
        return ProblemKind(value)
    except ValueError:
        return ProblemKind.ENGINE_MISSING
