"""Playing WAV files without blocking: every playback is a child process that can be killed.

QtMultimedia is not in PySide6-Essentials and no audio package is needed:
each platform already has a command-line player (PipeWire, PulseAudio, ALSA or
sox on Linux, afplay on macOS, and Python's own winsound on Windows, run in a
child interpreter so that stopping it is just ending that process). Cutting
speech off is therefore as fast as killing a process, a few milliseconds.

``SUPPLE_AUDIO_PLAYER`` may name another command (the file is appended).
"""

from __future__ import annotations

import contextlib
import os
import shlex
import shutil
import subprocess
import sys
import time
from pathlib import Path

PLAYER_ENV = "SUPPLE_AUDIO_PLAYER"

# First found wins. pw-play and paplay go through the desktop's sound server,
# so they mix with other apps; aplay talks to ALSA; sox's play is a last resort.
_LINUX_PLAYERS: tuple[tuple[str, ...], ...] = (
    ("pw-play",),
    ("paplay",),
    ("aplay", "-q"),
    ("play", "-q"),
)

_WINSOUND = "import sys, winsound; winsound.PlaySound(sys.argv[1], winsound.SND_FILENAME)"


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


def player_hint() -> str:
    if sys.platform.startswith("linux"):
        return (
            "install a sound player "
            "(Debian/Ubuntu: sudo apt install pulseaudio-utils or alsa-utils)"
        )
    return "check that the computer has a working sound output"


class Playback:
    """One WAV file playing in a child process."""

    def __init__(self, command: list[str], path: Path) -> None:
        self.path = path
        self.started = time.monotonic()
        flags = 0
        if sys.platform == "win32":
            flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)
        self._process = subprocess.Popen(
            [*command, str(path)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            creationflags=flags,
        )
        self.stopped = False

    @property
    def pid(self) -> int:
        return self._process.pid

    def done(self) -> bool:
        return self._process.poll() is not None

    def failed(self) -> str | None:
        """After the end: the player's complaint if it failed (not if we stopped it)."""
        code = self._process.poll()
        if code is None or code == 0 or self.stopped:
            return None
        err = b""
        if self._process.stderr is not None:
            try:
                err = self._process.stderr.read(2000) or b""
            except (OSError, ValueError):
                err = b""
        text = err.decode("utf-8", "replace").strip().splitlines()
        return (text[-1] if text else "") or f"exit code {code}"

    def stop(self) -> None:
        """Silence it now: the process is killed, not asked."""
        if self._process.poll() is None:
            self.stopped = True
            with contextlib.suppress(OSError):
                self._process.kill()
        self.close()

    def close(self) -> None:
        with contextlib.suppress(subprocess.TimeoutExpired):
            self._process.wait(timeout=0.5)
        if self._process.stderr is not None:
            self._process.stderr.close()


class Player:
    """Starts playbacks with one player command; None means nothing can play here."""

    def __init__(self, command: list[str] | None) -> None:
        self.command = command

    @classmethod
    def detect(cls) -> Player:
        return cls(find_player_command())

    @property
    def available(self) -> bool:
        return bool(self.command)

    def play(self, path: Path) -> Playback:
        if not self.command:
            raise OSError("no audio player")
        return Playback(self.command, path)
