"""A real sound server for timing checks: a private PulseAudio with a null sink,
its monitor recorded, and utterance onsets found in the recording.

Used by benchmarks/bench_audio.py and tests/test_audio_pulse.py. Nothing here
starts by itself: ``SoundServer.start`` runs ``pulseaudio`` in a private runtime
folder (its own socket, no autospawn, no effect on a desktop's own server) with
one null sink, the default output; ``Recorder`` records that sink's monitor
with ``parec`` and stamps every chunk as it arrives, so each recorded frame has
a time on the monotonic clock: the monitor gets a frame when the sink plays it.

Needs the Debian packages pulseaudio and pulseaudio-utils (.ci/run installs them).
"""

from __future__ import annotations

import array
import bisect
import contextlib
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

RATE = 44100
SINK = "supple_null"
STAMP_SPAN = 2.0  # seconds of arrival stamps that place a frame in time
LEVEL = int(0.01 * 32768)  # the mixer's LEAD_LEVEL: a sample above it is sound


class ToolMissing(RuntimeError):
    """pulseaudio or parec is not installed."""


def tools_present() -> bool:
    return all(shutil.which(tool) for tool in ("pulseaudio", "parec", "pactl"))


class SoundServer:
    """PulseAudio with one null sink, in ``folder``; ``env`` points clients at it."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.socket = folder / "native"
        self.address = f"unix:{self.socket}"
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def env(self) -> dict[str, str]:
        return {"PULSE_SERVER": self.address}

    def start(self, timeout: float = 15.0) -> None:
        if not tools_present():
            raise ToolMissing("pulseaudio, parec and pactl are needed (pulseaudio-utils)")
        self.folder.mkdir(parents=True, exist_ok=True)
        self.socket.unlink(missing_ok=True)
        env = dict(
            os.environ,
            XDG_RUNTIME_DIR=str(self.folder),
            PULSE_RUNTIME_PATH=str(self.folder / "runtime"),
            HOME=str(self.folder),
        )
        env.pop("PULSE_SERVER", None)
        log = (self.folder / "pulseaudio.log").open("wb")
        self._process = subprocess.Popen(
            [
                "pulseaudio",
                "--daemonize=no",
                "--exit-idle-time=-1",
                "--system=false",
                "-n",  # no default.pa: only the modules below
                "--disallow-exit",
                "--use-pid-file=no",
                "-L",
                f"module-native-protocol-unix auth-anonymous=1 socket={self.socket}",
                "-L",
                f"module-null-sink sink_name={SINK} rate={RATE}",
                "--log-target=stderr",
            ],
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=log,
            env=env,
        )
        log.close()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                text = (self.folder / "pulseaudio.log").read_text(errors="replace")
                raise RuntimeError(f"pulseaudio exited: {text[-1500:]}")
            if self.socket.exists() and self._answers():
                return
            time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"pulseaudio did not answer within {timeout:g} s")

    def _answers(self) -> bool:
        result = subprocess.run(
            ["pactl", "--server", self.address, "info"],
            capture_output=True,
            timeout=5,
            check=False,
        )
        return result.returncode == 0

    def kill(self) -> None:
        """The server vanishes at once, as a crashed one does."""
        if self._process is not None and self._process.poll() is None:
            self._process.send_signal(signal.SIGKILL)
            with contextlib.suppress(subprocess.TimeoutExpired):
                self._process.wait(timeout=5)

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is not None and process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=5)


@dataclass
class Recording:
    """Mono samples of the sink's monitor, and when each chunk of them arrived.

    A frame arrives after it was played, never before, so the earliest line
    through the arrival stamps tells when a frame was played. The sink's clock
    and the monotonic clock drift apart (about 0.2 ms a second here), so that
    line is drawn through the stamps of the STAMP_SPAN seconds after the frame.
    """

    samples: array.array
    stamps: list[tuple[float, int]]  # (arrival, frames received by then)

    @property
    def t0(self) -> float:
        return self.time_of(0)

    def time_of(self, frame: int) -> float:
        stamps = self.stamps
        lo = bisect.bisect_left(stamps, frame, key=lambda stamp: stamp[1])
        hi = bisect.bisect_right(stamps, frame + int(STAMP_SPAN * RATE), key=lambda s: s[1])
        near = stamps[lo:hi] or stamps[-1:]
        return min(at - (frames - frame) / RATE for at, frames in near)

    def frame_of(self, at: float) -> int:
        guess = max(0, round((at - self.t0) * RATE))
        for _ in range(2):  # the drift over a session is tiny: two steps converge
            guess = max(0, guess + round((at - self.time_of(guess)) * RATE))
        return guess

    def write_wav(self, path: Path) -> None:
        import wave

        with wave.open(str(path), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(RATE)
            data = array.array("h", self.samples)
            if sys.byteorder == "big":
                data.byteswap()
            out.writeframes(data.tobytes())


class Recorder:
    """``parec`` on the null sink's monitor, every chunk stamped on arrival."""

    def __init__(self, server: SoundServer) -> None:
        self._process = subprocess.Popen(
            [
                "parec",
                "--server",
                server.address,
                "-d",
                f"{SINK}.monitor",
                "--raw",
                "--format=s16le",
                "--channels=1",
                f"--rate={RATE}",
                "--latency-msec=5",
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        self._data = bytearray()
        self._stamps: list[tuple[float, int]] = []  # (arrival, frames received by then)
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        stdout = self._process.stdout
        assert stdout is not None
        while True:
            chunk = stdout.read1(4096)  # type: ignore[attr-defined]
            if not chunk:
                return
            now = time.monotonic()
            self._data.extend(chunk)
            self._stamps.append((now, len(self._data) // 2))

    def wait_flowing(self, timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while len(self._stamps) < 5:
            if time.monotonic() > deadline:
                raise RuntimeError("parec records nothing")
            time.sleep(0.01)

    def stop(self) -> Recording:
        self._process.terminate()
        with contextlib.suppress(subprocess.TimeoutExpired):
            self._process.wait(timeout=5)
        self._thread.join(timeout=5)
        data = bytes(self._data[: len(self._data) // 2 * 2])
        samples = array.array("h")
        samples.frombytes(data)
        if sys.byteorder == "big":
            samples.byteswap()
        return Recording(samples, list(self._stamps))


def audible(samples: array.array, level: int = LEVEL) -> tuple[int, int]:
    """First and last frame above ``level`` (0, 0 if none)."""
    first = next((i for i, s in enumerate(samples) if s > level or s < -level), None)
    if first is None:
        return 0, 0
    last = len(samples) - 1
    while last > first and -level <= samples[last] <= level:
        last -= 1
    return first, last


def find_onsets(
    recording: Recording,
    wanted: list[tuple[float, int]],
    *,
    before: float = 0.3,
    window: float = 3.0,
    level: int = LEVEL,
) -> list[float | None]:
    """Onset times of utterances said in this order.

    ``wanted``: for each, the moment it was planned for and how many frames its
    words last (first to last audible sample of its clip). Each is looked for
    from ``before`` seconds ahead of its plan, but never inside the words found
    for the one before it (so a pause inside a sentence is not taken for a new
    one), up to ``window`` seconds on; None if nothing is heard there.
    """
    samples = recording.samples
    found: list[float | None] = []
    cursor = 0
    for planned, length in wanted:
        start = max(cursor, recording.frame_of(planned - before))
        stop = min(len(samples), start + int(window * RATE))
        onset = next(
            (i for i in range(start, stop) if samples[i] > level or samples[i] < -level), None
        )
        if onset is None:
            found.append(None)
            continue
        found.append(recording.time_of(onset))
        cursor = onset + length + int(0.01 * RATE)
    return found


# -- a routine played through the real service on the real clock --------------------
@dataclass
class Said:
    """One cue given to the service: when it was planned, and what became of it."""

    text: str
    planned: float
    utterance: object
    started: float | None = None  # the service's estimate of its onset
    ended: float | None = None
    finished: bool = False
    dropped: str | None = None
    onset: float | None = None  # found in the recording
    free: bool = True  # no other words were playing or waiting when it was due


@dataclass
class SessionRun:
    said: list[Said] = field(default_factory=list)
    problems: list[object] = field(default_factory=list)


def play_routine(
    service_factory: Callable[[Callable[[object], None]], object],
    routine_id: str,
    seconds: float,
    *,
    verbosity: str = "full",
) -> SessionRun:
    """Play ``routine_id`` for ``seconds`` (or to its end) on the real clock through
    the service ``service_factory(on_event)`` makes and starts, as the GUI's bridge
    does: every spoken cue is said when its moment comes. Waits for the words to end.
    """
    from supple.routine import resolve_routine
    from supple.session import CueDue, Player, State, Verbosity, build_timeline
    from supple.speech.service import Dropped, Finished, Ready, SpeechProblem, Started

    run = SessionRun()
    by_utterance: dict[int, Said] = {}
    lock = threading.Lock()
    ready = threading.Event()

    def on_event(event: object) -> None:
        with lock:
            if isinstance(event, Ready):
                ready.set()
            elif isinstance(event, SpeechProblem):
                run.problems.append(event)
            elif isinstance(event, Started | Finished | Dropped):
                said = by_utterance.get(id(event.utterance))
                if said is None:
                    return
                if isinstance(event, Started):
                    said.started = event.at
                elif isinstance(event, Finished):
                    said.finished = True
                    said.ended = event.at
                else:
                    said.dropped = event.reason

    service = service_factory(on_event)
    if not ready.wait(30):
        raise RuntimeError(f"the speech service did not start: {run.problems}")
    # As in the app, where the voice starts with the window: the stream is flowing
    # before a session begins (a new PulseAudio stream takes up to 2 s to).
    output = service.player  # type: ignore[attr-defined]
    deadline = time.monotonic() + 10
    while hasattr(output, "flowing") and not output.flowing() and time.monotonic() < deadline:
        time.sleep(0.01)
    level = Verbosity(verbosity)
    timeline = build_timeline(resolve_routine(routine_id))
    texts = list(
        dict.fromkeys(
            cue.text
            for segment in timeline.segments
            for cue in segment.cues
            if cue.spoken_at(level)
        )
    )
    service.prepare(texts)  # type: ignore[attr-defined]
    player = Player(timeline)
    player.start()
    begin = time.monotonic()
    while player.state is State.RUNNING and time.monotonic() - begin < seconds:
        for event in player.poll():
            if isinstance(event, CueDue) and event.cue.spoken_at(level):
                now = time.monotonic()
                with lock:
                    busy = any(
                        s.started is None or not s.finished for s in run.said if not s.dropped
                    )
                    utterance = service.say(  # type: ignore[attr-defined]
                        event.cue.text, event.cue.priority, step=event.segment.step, late=event.late
                    )
                    said = Said(event.cue.text, now - event.late, utterance, free=not busy)
                    by_utterance[id(utterance)] = said
                    run.said.append(said)
        time.sleep(0.002)
    player.stop()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        with lock:
            if all(s.finished or s.dropped for s in run.said):
                break
        time.sleep(0.02)
    time.sleep(0.2)  # the last words' tail leaves the sink
    return run


def locate(run: SessionRun, recording: Recording) -> list[Said]:
    """Find each started utterance's onset in ``recording`` (before the service
    removes its files); returns them in the order they were heard."""
    from supple.speech.audio import load_clip

    spoken = sorted((s for s in run.said if s.started is not None), key=lambda s: s.started or 0)
    wanted = []
    for said in spoken:
        clip = load_clip(said.utterance.wav)  # type: ignore[attr-defined]
        first, last = audible(clip.samples)
        length = last - first + 1
        if said.ended is not None and said.started is not None:  # cut off: only what was heard
            length = min(length, max(0, int((said.ended - said.started) * RATE)))
        wanted.append((said.planned, length))
    for said, onset in zip(spoken, find_onsets(recording, wanted), strict=True):
        said.onset = onset
    return spoken


def percentile(values: list[float], fraction: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]
