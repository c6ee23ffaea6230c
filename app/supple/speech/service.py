"""The speech service: a queue of cues, a worker process that synthesises them,
and a player that can be cut off at once. Nothing here blocks its caller.

Process model
-------------
The caller (the GUI thread) only puts commands in an inbox. One daemon thread,
the *conductor*, owns everything else:

* the CueQueue and its rules (what is cut, dropped, spoken next);
* the worker process (worker.py) that holds the engine and writes one WAV file
  per utterance; a reader thread turns its replies into inbox messages;
* the playbacks, each a child process (audio.py) that is killed to cut off.

Synthesis runs ahead of playback (the next cue is ready when the current one
ends) and repeated texts ("3", "Exhale.") come from a small cache, so counts
start on time. If the worker does not answer in time it is killed and
restarted; after three failures in a minute the voice is reported unavailable
and the session goes on with sounds and on-screen cues.

Events (Ready, Problem, Started, Finished, Dropped, Voices) are handed to
``on_event`` *from the conductor thread*; a Qt bridge re-emits them as a
signal for the GUI thread.
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
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from supple.session.cues import Priority
from supple.speech import sounds
from supple.speech.audio import Playback, Player
from supple.speech.cuequeue import CueQueue, Utterance
from supple.speech.engine import ProblemKind, VoiceConfig, VoiceInfo, seconds_to_say
from supple.speech.workerclient import WorkerProcess

STARTUP_TIMEOUT = 15.0  # seconds for the engine to come up (SAPI can be slow the first time)
MAX_FAILURES = 3  # worker deaths or hangs within FAILURE_WINDOW before giving up
FAILURE_WINDOW = 60.0
CACHE_SIZE = 300


# -- events -------------------------------------------------------------------
@dataclass(frozen=True)
class Ready:
    """The speech worker is up with this engine."""

    engine: str


@dataclass(frozen=True)
class Problem:
    """The voice cannot be used (no engine, no sound output...), and why."""

    kind: ProblemKind
    detail: str


@dataclass(frozen=True)
class Started:
    """An utterance began to play at ``at`` (monotonic seconds)."""

    utterance: Utterance
    at: float


@dataclass(frozen=True)
class Finished:
    """An utterance ended, in full or cut off."""

    utterance: Utterance
    completed: bool  # False: cut off or silenced
    at: float


@dataclass(frozen=True)
class Dropped:
    """An utterance that was never spoken, and why."""

    utterance: Utterance
    reason: str  # "late", "stale", "superseded", "silenced", "unavailable", "failed"


@dataclass(frozen=True)
class Voices:
    """The voices the engine offers, as asked for."""

    voices: list[VoiceInfo]


@dataclass(frozen=True)
class SoundStarted:
    """A cue sound began to play."""

    name: str


SpeechEvent = Ready | Problem | Started | Finished | Dropped | Voices | SoundStarted


def default_hang_timeout(estimate: float) -> float:
    """How long a synthesis may take before the worker is taken to be hung."""
    return 5.0 + 2.0 * estimate


class SpeechService:
    def __init__(
        self,
        engine: str = "pyttsx3",
        *,
        player: Player | None = None,
        on_event: Callable[[SpeechEvent], None] | None = None,
        config: VoiceConfig | None = None,
        hang_timeout: Callable[[float], float] = default_hang_timeout,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.engine_spec = engine
        self.player = player if player is not None else Player.detect()
        self._on_event = on_event
        self._hang_timeout = hang_timeout
        self._clock = clock
        self._inbox: queue.Queue[tuple[Any, ...]] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._closed = False
        # Conductor-only state below.
        self._config = config or VoiceConfig()
        self._queue = CueQueue()
        self._worker: WorkerProcess | None = None
        self._generation = 0
        self._state = "down"  # down, starting, ready, unavailable
        self._state_since = 0.0
        self._failures: collections.deque[float] = collections.deque()
        self._in_flight: tuple[str, int, float, Any] | None = None  # op, id, deadline, payload
        self._request_ids = 0
        self._playing: tuple[Utterance, Playback] | None = None
        self._sound_playbacks: list[Playback] = []
        self._pending_sounds: list[tuple[str, float]] = []  # asked for, started after speech
        self._cache: collections.OrderedDict[tuple[str, str, int, float], tuple[Path, float]] = (
            collections.OrderedDict()
        )
        self._voices: list[VoiceInfo] | None = None
        self._prefetch: collections.deque[str] = collections.deque()
        self._voice_waiters: list[Callable[[list[VoiceInfo]], None]] = []
        self._reported: set[ProblemKind] = set()
        self._tmp = Path(tempfile.mkdtemp(prefix="supple-voice-"))
        self._stop_requested = False

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
        self._put("say", utterance)
        return utterance

    def play_sound(self, name: str, volume: float = 1.0) -> None:
        self._put("sound", name, volume)

    def prepare(self, texts: list[str]) -> None:
        """Synthesise ``texts`` ahead, when the worker has nothing more urgent to do.

        A session's cues are known at its start: with their audio ready, a cue
        starts as soon as it is due instead of after its synthesis (tens of ms).
        Replaces what an earlier call left to prepare.
        """
        self._put("prepare", list(texts)[: CACHE_SIZE // 2])

    def silence(self) -> None:
        """Cut off what is being said and forget what waits. Sounds finish."""
        self._put("silence")

    def configure(self, config: VoiceConfig) -> None:
        self._put("config", config)

    def test_voice(self, text: str, config: VoiceConfig | None = None) -> None:
        """Say a sample now with ``config`` (default: the current one), cutting off speech."""
        self._put("test", text, config)

    def request_voices(self, callback: Callable[[list[VoiceInfo]], None]) -> None:
        """``callback`` gets the voices (empty if none) from the conductor thread."""
        self._put("voices", callback)

    def retry(self) -> None:
        """Try the engine again after it was reported unavailable."""
        self._put("retry")

    @property
    def worker_pid(self) -> int | None:
        worker = self._worker
        return worker.pid if worker is not None and worker.alive() else None

    def shutdown(self, timeout: float = 1.0) -> None:
        """Stop speaking and end the worker; returns within ``timeout`` seconds."""
        begin = time.monotonic()
        self._closed = True
        self._inbox.put(("shutdown",))
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
    def _put(self, *message: Any) -> None:
        if not self._closed:
            self._inbox.put(message)

    def _emit(self, event: SpeechEvent) -> None:
        if self._on_event is not None:
            with contextlib.suppress(Exception):
                self._on_event(event)

    def _run(self) -> None:
        self._start_worker()
        while not self._stop_requested:
            try:
                message = self._inbox.get(timeout=self._wait_time())
            except queue.Empty:
                message = None
            while message is not None:
                self._handle(message)
                if self._stop_requested:
                    break
                try:
                    message = self._inbox.get_nowait()
                except queue.Empty:
                    message = None
            if not self._stop_requested:
                self._tick()
            # Sounds due with a cue start once its words have: starting a player
            # process takes 5-15 ms, and the words carry the instruction.
            self._play_pending_sounds()
        self._finish()

    def _wait_time(self) -> float | None:
        if self._playing is not None or self._sound_playbacks:
            return 0.02
        if self._in_flight is not None:
            return 0.05
        if self._state == "starting":
            return 0.1
        if self._queue.items:
            return 0.05
        return None

    def _handle(self, message: tuple[Any, ...]) -> None:
        op = message[0]
        if op == "say":
            self._offer(message[1])
        elif op == "test":
            self._silence("silenced")
            utterance = Utterance(message[1], Priority.CRITICAL, None, self._clock())
            self._offer(utterance, message[2])
        elif op == "sound":
            self._pending_sounds.append((message[1], message[2]))
        elif op == "silence":
            self._silence("silenced")
        elif op == "prepare":
            self._prefetch = collections.deque(message[1])
        elif op == "config":
            self._config = message[1]
        elif op == "voices":
            if self._voices is not None:
                self._call_voices(message[1], self._voices)
            elif self._state == "unavailable":
                self._call_voices(message[1], [])
            else:
                self._voice_waiters.append(message[1])
        elif op == "retry":
            if self._state == "unavailable":
                self._failures.clear()
                self._reported.clear()
                self._start_worker()
        elif op == "worker":
            self._worker_message(message[1], message[2])
        elif op == "shutdown":
            self._stop_requested = True

    def _offer(self, utterance: Utterance, config: VoiceConfig | None = None) -> None:
        now = self._clock()
        if self._state == "unavailable":
            self._emit(Dropped(utterance, "unavailable"))
            return
        if not self.player.available:
            self._report(ProblemKind.NO_PLAYER, "no audio player found")
            self._emit(Dropped(utterance, "unavailable"))
            return
        config = config or self._config
        utterance.config = config
        utterance.estimate = seconds_to_say(utterance.text, config.rate)
        cached = self._cache.get(_key(utterance.text, config))
        if cached is not None and cached[0].exists():
            utterance.wav, utterance.seconds = cached
        playing = self._playing[0] if self._playing else None
        left = 0.0
        if self._playing is not None:
            left = playing.length - (now - self._playing[1].started)  # type: ignore[union-attr]
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
        if self._playing is not None:
            utterance, playback = self._playing
            self._playing = None
            playback.stop()
            self._emit(Finished(utterance, False, self._clock()))

    def _play_pending_sounds(self) -> None:
        pending, self._pending_sounds = self._pending_sounds, []
        if not self._stop_requested:
            for name, volume in pending:
                self._play_sound(name, volume)

    def _play_sound(self, name: str, volume: float) -> None:
        if not self.player.available:
            self._report(ProblemKind.NO_PLAYER, "no audio player found")
            return
        try:
            path = sounds.at_volume(name, volume, self._tmp)
            self._sound_playbacks.append(self.player.play(path))
        except (OSError, ValueError) as exc:
            self._report(ProblemKind.PLAYBACK_FAILED, f"sound {name}: {exc}")
            return
        self._emit(SoundStarted(name))

    # -- the worker -----------------------------------------------------------------
    def _start_worker(self) -> None:
        self._generation += 1
        generation = self._generation
        self._in_flight = None
        try:
            self._worker = WorkerProcess(
                self.engine_spec, lambda msg: self._inbox.put(("worker", generation, msg))
            )
        except OSError as exc:
            self._worker = None
            self._unavailable(ProblemKind.ENGINE_MISSING, f"cannot start the speech worker: {exc}")
            return
        self._state = "starting"
        self._state_since = self._clock()

    def _worker_message(self, generation: int, message: dict[str, Any] | None) -> None:
        if generation != self._generation:
            return  # from a worker already replaced
        if message is None:
            if self._state in ("starting", "ready") and not self._stop_requested:
                self._worker_failed("the speech worker stopped unexpectedly")
            return
        op = message.get("op")
        if op == "ready":
            self._state = "ready"
            self._emit(Ready(str(message.get("engine", ""))))
        elif op == "fatal":
            kind = _problem_kind(message.get("kind"))
            self._unavailable(kind, str(message.get("detail", "")))
        elif op in ("done", "failed", "voices"):
            self._reply(message)

    def _reply(self, message: dict[str, Any]) -> None:
        if self._in_flight is None or message.get("id") != self._in_flight[1]:
            return
        kind, _, _, payload = self._in_flight
        self._in_flight = None
        if kind == "voices":
            self._voices = [VoiceInfo.from_json(v) for v in message.get("voices", [])]
            waiters, self._voice_waiters = self._voice_waiters, []
            for callback in waiters:
                self._call_voices(callback, self._voices)
            self._emit(Voices(self._voices))
            return
        utterance, config, path = payload
        if message.get("op") == "failed":
            path.unlink(missing_ok=True)
            if utterance in self._queue.items:
                self._queue.remove(utterance)
                self._emit(Dropped(utterance, "failed"))
            return
        seconds = float(message.get("seconds", 0.0))
        self._remember(_key(utterance.text, config), path, seconds)
        # Any waiting utterance with the same words and voice can use it too.
        for item in self._queue.items:
            if item.wav is None and _key(item.text, item.config) == _key(utterance.text, config):
                item.wav, item.seconds = path, seconds

    def _worker_failed(self, detail: str) -> None:
        now = self._clock()
        if self._worker is not None:
            self._worker.kill()
            self._worker = None
        if self._in_flight is not None and self._in_flight[0] == "synth":
            utterance = self._in_flight[3][0]
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
        self._state = "unavailable"
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
            self._emit(Problem(kind, detail))

    def _call_voices(
        self, callback: Callable[[list[VoiceInfo]], None], voices: list[VoiceInfo]
    ) -> None:
        with contextlib.suppress(Exception):
            callback(list(voices))

    def _remember(self, key: tuple[str, str, int, float], path: Path, seconds: float) -> None:
        self._cache[key] = (path, seconds)
        self._cache.move_to_end(key)
        while len(self._cache) > CACHE_SIZE:
            _, (old, _) = self._cache.popitem(last=False)
            playing = self._playing[0].wav if self._playing else None
            if old != playing and all(item.wav != old for item in self._queue.items):
                old.unlink(missing_ok=True)

    # -- the clockwork ------------------------------------------------------------
    def _tick(self) -> None:
        now = self._clock()
        self._reap_playbacks()
        if self._in_flight is not None and now > self._in_flight[2]:
            self._worker_failed("the speech engine stopped answering")
        if self._state == "starting" and now - self._state_since > STARTUP_TIMEOUT:
            self._worker_failed("the speech engine did not start")
        if self._state == "ready" and self._in_flight is None:
            self._send_next()
        if self._playing is None:
            self._start_next(now)

    def _reap_playbacks(self) -> None:
        if self._playing is not None and self._playing[1].done():
            utterance, playback = self._playing
            self._playing = None
            problem = playback.failed()
            playback.close()
            if problem:
                self._report(ProblemKind.PLAYBACK_FAILED, problem)
            self._emit(Finished(utterance, problem is None, self._clock()))
        still = []
        for playback in self._sound_playbacks:
            if playback.done():
                problem = playback.failed()
                playback.close()
                if problem:
                    self._report(ProblemKind.PLAYBACK_FAILED, problem)
            else:
                still.append(playback)
        self._sound_playbacks = still

    def _send_next(self) -> None:
        assert self._worker is not None
        self._request_ids += 1
        ident = self._request_ids
        if self._voice_waiters and self._voices is None:
            if self._worker.send({"op": "voices", "id": ident}):
                self._in_flight = ("voices", ident, self._clock() + 5.0, None)
            return
        for item in self._queue.items:
            if item.wav is not None:
                continue
            config = item.config
            path = self._tmp / f"say-{ident}.wav"
            request = {
                "op": "synth",
                "id": ident,
                "text": item.text,
                "path": str(path),
                "voice": config.voice_id,
                "rate": config.rate,
                "volume": config.volume,
            }
            if self._worker.send(request):
                deadline = self._clock() + self._hang_timeout(item.estimate)
                self._in_flight = ("synth", ident, deadline, (item, config, path))
            return
        self._send_prefetch(ident)

    def _send_prefetch(self, ident: int) -> None:
        """Nothing waits for synthesis: prepare the next text of the session ahead."""
        assert self._worker is not None
        config = self._config
        while self._prefetch:
            text = self._prefetch.popleft()
            cached = self._cache.get(_key(text, config))
            if cached is not None and cached[0].exists():
                continue
            item = Utterance(text, Priority.NORMAL, None, self._clock())
            item.config = config
            item.estimate = seconds_to_say(text, config.rate)
            path = self._tmp / f"say-{ident}.wav"
            request = {
                "op": "synth",
                "id": ident,
                "text": text,
                "path": str(path),
                "voice": config.voice_id,
                "rate": config.rate,
                "volume": config.volume,
            }
            if self._worker.send(request):
                deadline = self._clock() + self._hang_timeout(item.estimate)
                self._in_flight = ("synth", ident, deadline, (item, config, path))
            return

    def _start_next(self, now: float) -> None:
        for item, reason in self._queue.expire(now):
            self._emit(Dropped(item, reason))
        head = self._queue.head()
        if head is None or head.wav is None:
            return
        self._queue.pop()
        try:
            playback = self.player.play(head.wav)
        except OSError as exc:
            self._report(ProblemKind.PLAYBACK_FAILED, str(exc))
            self._emit(Dropped(head, "failed"))
            return
        self._playing = (head, playback)
        self._emit(Started(head, now))

    # -- the end ----------------------------------------------------------------------
    def _finish(self) -> None:
        self._silence("silenced")
        for playback in self._sound_playbacks:
            playback.stop()
        self._sound_playbacks = []
        worker, self._worker = self._worker, None
        self._generation += 1
        if worker is not None:
            worker.quit(wait=0.2)
        shutil.rmtree(self._tmp, ignore_errors=True)

    def _force_stop(self) -> None:
        """From the quitting thread: kill the children even if the conductor is stuck."""
        playing = self._playing
        if playing is not None:
            with contextlib.suppress(Exception):
                playing[1].stop()
        for playback in list(self._sound_playbacks):
            with contextlib.suppress(Exception):
                playback.stop()
        worker = self._worker
        if worker is not None:
            worker.kill()


def _key(text: str, config: VoiceConfig) -> tuple[str, str, int, float]:
    return (text, config.voice_id, int(config.rate), round(float(config.volume), 2))


def _problem_kind(value: Any) -> ProblemKind:
    try:
        return ProblemKind(value)
    except ValueError:
        return ProblemKind.ENGINE_MISSING
