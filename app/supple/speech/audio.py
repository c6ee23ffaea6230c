"""Sound output: one stream that speech and sounds are mixed into.

:class:`StreamOutput` opens one playback stream with miniaudio when speech
starts and keeps it open; every utterance and sound is a clip mixed into it
(:mod:`supple.speech.mixer`). Starting a clip costs no process and no device
set-up, so it is heard one stream period (10 ms) plus the device's latency
after it is asked for, or at its due time if that is later; cutting one off
takes as long. miniaudio's wheel carries its own backends (PulseAudio and
PipeWire through libpulse, ALSA, JACK on Linux; WASAPI/DirectSound on Windows;
Core Audio on macOS), loaded at run time: nothing else to install.

A stream that stops asking for frames (the sound server went away, the device
was unplugged) is noticed within LOST_AFTER seconds: its clips end, the caller
is told, and it may be opened again later.

:class:`ProcessPlayer`, a command-line player started per file (pw-play, paplay,
aplay, sox's play, afplay, winsound), is the fallback where miniaudio cannot
be imported, and what ``SUPPLE_AUDIO_PLAYER`` (a command; the file is
appended) asks for. Both have the same face: ``open``, ``play``, ``lost``,
``close`` (see :class:`AudioOutput`).
"""

from __future__ import annotations

import array
import collections
import contextlib
import importlib.util
import os
import shlex
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Generator, Sequence
from pathlib import Path
from typing import Any, Protocol

from supple.i18n import _
from supple.speech import wavtools
from supple.speech.mixer import RATE, Clip, Mixer, Voice

PLAYER_ENV = "SUPPLE_AUDIO_PLAYER"
PERIOD_MS = 10  # the stream asks for this much audio at a time
LOST_AFTER = 1.0  # seconds without a request for frames: the stream is gone
START_LIMIT = 4.0  # seconds a new stream may take to start flowing
CLIP_CACHE = 48  # decoded clips kept in memory

# First found wins. pw-play and paplay go through the desktop's sound server,
# so they mix with other apps; aplay talks to ALSA; sox's play is a last resort.
_LINUX_PLAYERS: tuple[tuple[str, ...], ...] = (
    ("pw-play",),
    ("paplay",),
    ("aplay", "-q"),
    ("play", "-q"),
)

_WINSOUND = "import sys, winsound; winsound.PlaySound(sys.argv[1], winsound.SND_FILENAME)"


class PlayingSound(Protocol):
    """A clip playing: the service polls it and may cut it off."""

    @property
    def onset(self) -> float | None: ...  # when its first audible sample leaves (estimate)

    @property
    def ended_at(self) -> float | None: ...

    @property
    def completed(self) -> bool: ...  # once done: played to its end (not cut, not lost)

    def done(self) -> bool: ...

    def failed(self) -> str | None: ...

    def stop(self) -> None: ...

    def close(self) -> None: ...

    def expected_end(self) -> float | None: ...


class AudioOutput(Protocol):
    """Where sound goes: opened once, then clips are played into it."""

    name: str
    problem: str  # why it is not available, for the person

    @property
    def available(self) -> bool: ...

    def open(self) -> bool: ...

    def play(self, path: Path, due: float | None = None) -> PlayingSound: ...

    def preload(self, path: Path) -> None: ...

    def lost(self) -> str | None: ...

    def close(self) -> None: ...


def output_hint() -> str:
    if sys.platform.startswith("linux"):
        return _(
            "check that a sound device is connected and the sound server "
            "(PipeWire or PulseAudio) is running"
        )
    return _("check that the computer has a working sound output")


def default_output(clock: Callable[[], float] = time.monotonic) -> AudioOutput:
    """The stream, unless SUPPLE_AUDIO_PLAYER asks for a command or miniaudio is missing."""
    if os.environ.get(PLAYER_ENV, "").strip():
        return ProcessPlayer.detect()
    # Only whether it is there: the stream imports it (~30 ms, urllib included) when it
    # opens, on the speech service's own thread.
    if importlib.util.find_spec("miniaudio") is None:
        return ProcessPlayer.detect()
    return StreamOutput(clock=clock)


# -- the stream ---------------------------------------------------------------------
class StreamVoice:
    """A clip in a StreamOutput, seen through the PlayingSound interface."""

    def __init__(self, voice: Voice, mixer: Mixer) -> None:
        self.voice = voice
        self._mixer = mixer

    @property
    def onset(self) -> float | None:
        return self.voice.onset

    @property
    def ended_at(self) -> float | None:
        return self.voice.ended_at

    @property
    def completed(self) -> bool:
        return self.voice.completed

    def done(self) -> bool:
        return self.voice.finished

    def failed(self) -> str | None:
        return None

    def stop(self) -> None:
        self._mixer.stop(self.voice)

    def close(self) -> None:
        pass

    def expected_end(self) -> float | None:
        voice = self.voice
        if voice.onset is None:
            return None
        return voice.onset + (voice.clip.frames - voice.clip.lead) / RATE


def backend_names() -> list[str]:
    """miniaudio's backends for real devices on this platform, in its order."""
    import miniaudio

    # JACK is left out: without a JACK server its library prints to stderr at every
    # attempt, and PipeWire (the usual JACK provider now) answers as PulseAudio.
    skip = {"NULL", "CUSTOM", "WEBAUDIO", "JACK"}
    return [b.name.lower() for b in miniaudio.Backend if b.name not in skip]


class StreamOutput:
    """One miniaudio playback stream (mono, 16-bit, 44.1 kHz) and its mixer."""

    name = "stream"

    def __init__(
        self,
        *,
        backends: Sequence[str] | None = None,
        period_ms: int = PERIOD_MS,
        latency: float | None = None,
        clock: Callable[[], float] = time.monotonic,
        tap: Callable[[int, array.array], None] | None = None,
        app_name: str = "Supple",
    ) -> None:
        """``backends``: miniaudio backend names ("pulseaudio", "alsa", "null"...),
        default every real one. ``latency``: seconds from a request for frames to
        their leaving the device, default half a period (measured on PulseAudio:
        4.7 ms with 10 ms periods; a hardware sink adds its own). ``tap`` sees every block
        rendered (its first frame and samples), from the stream's thread."""
        self.backends = list(backends) if backends is not None else None
        self.period_ms = period_ms
        self.latency = latency if latency is not None else period_ms / 2000
        self._clock = clock
        self._tap = tap
        self._app_name = app_name
        self.problem = ""
        self.backend = ""
        self.mixer: Mixer | None = None
        self._device: Any = None
        self._opened_at = 0.0
        self._clips: collections.OrderedDict[tuple[str, int], Clip] = collections.OrderedDict()

    @property
    def available(self) -> bool:
        return self._device is not None

    def open(self) -> bool:
        if self._device is not None:
            return True
        try:
            import miniaudio
        except ImportError as exc:  # pragma: no cover - the dependency is declared
            self.problem = f"the audio library is missing ({exc})"
            return False
        names = self.backends if self.backends is not None else backend_names()
        try:
            backends = [miniaudio.Backend[name.upper()] for name in names]
        except KeyError as exc:
            self.problem = f"unknown audio backend {exc}"
            return False
        mixer = Mixer(self.latency, self._clock)
        try:
            device = miniaudio.PlaybackDevice(
                output_format=miniaudio.SampleFormat.SIGNED16,
                nchannels=1,
                sample_rate=RATE,
                buffersize_msec=self.period_ms,
                backends=backends,
                app_name=self._app_name,
            )
        except miniaudio.MiniaudioError as exc:
            self.problem = f"no sound output device could be opened ({_error_text(exc)})"
            return False
        feed = self._feed(mixer)
        next(feed)
        try:
            device.start(feed)
        except miniaudio.MiniaudioError as exc:
            with contextlib.suppress(Exception):
                device.close()
            self.problem = f"the sound output did not start ({_error_text(exc)})"
            return False
        self.backend = str(getattr(device, "backend", ""))
        self.mixer = mixer
        self._device = device
        self._opened_at = self._clock()
        self.problem = ""
        return True

    def _feed(self, mixer: Mixer) -> Generator[array.array | bytes, int, None]:
        tap = self._tap
        frames = yield b""
        while True:
            try:
                first = mixer.frames
                block: array.array | bytes = mixer.render(frames)
                if tap is not None:
                    tap(first, block)  # type: ignore[arg-type]
            except Exception:
                block = bytes(2 * frames)  # whatever went wrong, the stream goes on
            frames = yield block

    def flowing(self) -> bool:
        """The stream has started asking for frames."""
        return self.mixer is not None and self.mixer.callbacks >= 3

    def play(self, path: Path, due: float | None = None) -> StreamVoice:
        if self.mixer is None:
            raise OSError("the sound output is not open")
        clip = self._clip(path)
        return StreamVoice(self.mixer.play(clip, due), self.mixer)

    def preload(self, path: Path) -> None:
        with contextlib.suppress(OSError, ValueError):
            self._clip(path)

    def lost(self) -> str | None:
        mixer = self.mixer
        if self._device is None or mixer is None:
            return None
        now = self._clock()
        if mixer.last_callback is None or mixer.callbacks < 3:
            if now - self._opened_at > START_LIMIT:
                return f"the sound output did not start within {START_LIMIT:g} s"
            return None
        if now - mixer.last_callback > LOST_AFTER:
            return "the sound output stopped (the device or the sound server went away)"
        return None

    def close(self) -> None:
        """End the stream. Its clips end unfinished; closing never blocks the caller."""
        device, self._device = self._device, None
        mixer, self.mixer = self.mixer, None
        if mixer is not None:
            mixer.abandon(self._clock())
        if device is not None:
            # A device whose server vanished may take long to let go: not our wait.
            threading.Thread(target=_close_quietly, args=(device,), daemon=True).start()

    def _clip(self, path: Path) -> Clip:
        try:
            key = (str(path), path.stat().st_mtime_ns)
        except OSError as exc:
            raise OSError(f"{path}: {exc.strerror or exc}") from exc
        clip = self._clips.get(key)
        if clip is None:
            clip = load_clip(path)
            self._clips[key] = clip
            while len(self._clips) > CLIP_CACHE:
                self._clips.popitem(last=False)
        self._clips.move_to_end(key)
        return clip


def _error_text(exc: Exception) -> str:
    """miniaudio's ("what failed", result code) as one phrase."""
    parts = [str(part) for part in exc.args]
    return f"{parts[0]}, miniaudio result {parts[1]}" if len(parts) == 2 else ", ".join(parts)


def _close_quietly(device: Any) -> None:
    with contextlib.suppress(Exception):
        device.close()


def load_clip(path: Path) -> Clip:
    """A 16-bit WAV file as a mono clip at the stream's rate. Raises ValueError."""
    audio = wavtools.read(path)
    samples = audio.samples
    if audio.rate != RATE or audio.channels != 1:
        import miniaudio

        converted = miniaudio.convert_frames(
            miniaudio.SampleFormat.SIGNED16,
            audio.channels,
            audio.rate,
            samples.tobytes(),
            miniaudio.SampleFormat.SIGNED16,
            1,
            RATE,
        )
        samples = array.array("h")
        samples.frombytes(bytes(converted))
    return Clip.of(samples, path.name)


# -- the fallback: a player process per file ------------------------------------------
def find_player_command() -> list[str] | None:
    """The command (without the file) that plays a WAV file here, or None."""
    override = os.environ.get(PLAYER_ENV, "").strip()
    if override:
        command = shlex.split(override, posix=os.name != "nt")
        return command if command and shutil.which(command[0]) else None
    if sys.platform == "win32":
        return [sys.executable, "-c", _WINSOUND]
    if sys.platform == "darwin":
        return ["afplay"] if shutil.which("afplay") else None
    for candidate in _LINUX_PLAYERS:
        found = shutil.which(candidate[0])
        if found:
            return [found, *candidate[1:]]
    return None


class Playback:
    """One WAV file playing in a child process.

    The child is its own process group (POSIX), so stopping it also ends whatever
    it started; on Linux it is told to die with the app (PR_SET_PDEATHSIG), so a
    hung player does not outlive a killed app. Its complaints go to an unnamed
    temporary file, not a pipe: a pipe would be held open by any child the player
    left behind, and reading it would wait for that child.
    """

    def __init__(self, command: list[str], path: Path) -> None:
        import tempfile

        self.path = path
        self.started = time.monotonic()
        self._err = tempfile.TemporaryFile()  # noqa: SIM115  (closed in close())
        extra: dict[str, Any] = {}
        if sys.platform == "win32":
            extra["creationflags"] = getattr(subprocess, "CREATE_NO_WINDOW", 0)
        else:
            extra["start_new_session"] = True
            die_with_us = _death_signal_hook()
            if die_with_us is not None:
                extra["preexec_fn"] = die_with_us
        try:
            self._process = subprocess.Popen(
                [*command, str(path)],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=self._err,
                **extra,
            )
        except BaseException:
            self._err.close()
            raise
        self.stopped = False

    @property
    def pid(self) -> int:
        return self._process.pid

    @property
    def onset(self) -> float | None:
        return self.started  # the player's own start-up delay is unknown here

    @property
    def ended_at(self) -> float | None:
        return None

    @property
    def completed(self) -> bool:
        return not self.stopped

    def expected_end(self) -> float | None:
        return None

    def done(self) -> bool:
        return self._process.poll() is not None

    def failed(self) -> str | None:
        """After the end: the player's complaint if it failed (not if we stopped it)."""
        code = self._process.poll()
        if code is None or code == 0 or self.stopped:
            return None
        err = b""
        try:
            self._err.seek(0)
            err = self._err.read(4000) or b""
        except (OSError, ValueError):
            err = b""
        text = err.decode("utf-8", "replace").strip().splitlines()
        return (text[-1] if text else "") or f"exit code {code}"

    def stop(self) -> None:
        """Silence it now: the process (and what it started) is killed, not asked."""
        if self._process.poll() is None:
            self.stopped = True
            with contextlib.suppress(OSError):
                self._process.kill()
        self.close()

    def close(self) -> None:
        with contextlib.suppress(subprocess.TimeoutExpired):
            self._process.wait(timeout=0.5)
        if self._process.poll() is not None:
            self._end_leftovers()
        with contextlib.suppress(OSError):
            self._err.close()

    def _end_leftovers(self) -> None:
        """Kill what the player left running in its group once it has ended itself."""
        killpg = getattr(os, "killpg", None)
        if killpg is None:
            return
        import signal

        with contextlib.suppress(OSError):
            killpg(self._process.pid, signal.SIGKILL)


def _death_signal_hook() -> Callable[[], None] | None:
    """On Linux, what a player child runs before exec to be killed when the app dies.

    The libc call is looked up here, in the app, so the child only makes it.
    """
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes

        prctl = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return None
    import signal

    parent = os.getpid()
    kill = int(signal.SIGKILL)

    def die_with_parent() -> None:
        prctl(1, kill, 0, 0, 0)  # PR_SET_PDEATHSIG
        if os.getppid() != parent:  # the app died before the call: nothing to wait for
            os._exit(1)

    return die_with_parent


class ProcessPlayer:
    """Starts a player process per file with one command; None means nothing can play."""

    name = "process"

    def __init__(self, command: list[str] | None) -> None:
        self.command = command
        self.problem = "" if command else "no sound player command was found"

    @classmethod
    def detect(cls) -> ProcessPlayer:
        return cls(find_player_command())

    @property
    def available(self) -> bool:
        return bool(self.command)

    def open(self) -> bool:
        return self.available

    def play(self, path: Path, due: float | None = None) -> Playback:
        if not self.command:
            raise OSError("no audio player")
        return Playback(self.command, path)

    def preload(self, path: Path) -> None:
        pass

    def lost(self) -> str | None:
        return None

    def close(self) -> None:
        pass
