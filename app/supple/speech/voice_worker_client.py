"""The parent's side of the speech worker: start it, talk to it, kill it.

Replies are read by a daemon thread and handed to a callback, so nothing ever
waits on the worker: a hung engine simply stops answering, and the service's
deadline kills it.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from supple.speech.voice import VoiceConfig

WORKER_MODULE = "supple.speech.voice_worker"


def synth_request(ident: int, text: str, path: Path, config: VoiceConfig) -> dict[str, Any]:
    """The one place a synthesis request is written (see voice_worker.py for the protocol)."""
    return {
        "op": "synth",
        "id": ident,
        "text": text,
        "path": str(path),
        "voice": config.voice_id,
        "language": config.language,
        "rate": config.rate,
        "volume": config.volume,
    }


def worker_command(engine: str) -> list[str]:
    return [sys.executable, "-m", WORKER_MODULE, "--engine", engine]


class WorkerProcess:
    def __init__(self, engine: str, on_message: Callable[[dict[str, Any] | None], None]) -> None:
        """``on_message`` gets each reply, then None once the worker has exited."""
        flags = 0
        if sys.platform == "win32":
            flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)
        env = dict(os.environ)
        env["PYTHONUNBUFFERED"] = "1"
        env["PYTHONIOENCODING"] = "utf-8"
        self._process = subprocess.Popen(
            worker_command(engine),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
            creationflags=flags,
        )
        self._on_message = on_message
        self._lock = threading.Lock()
        self._reader = threading.Thread(target=self._read, name="supple-voice-reader", daemon=True)
        self._reader.start()

    @property
    def pid(self) -> int:
        return self._process.pid

    def alive(self) -> bool:
        return self._process.poll() is None

    def send(self, message: dict[str, Any]) -> bool:
        """Write one request; False if the worker is gone."""
        data = (json.dumps(message) + "\n").encode("utf-8")
        with self._lock:
            stdin = self._process.stdin
            if stdin is None or stdin.closed:
                return False
            try:
                stdin.write(data)
                stdin.flush()
            except (OSError, ValueError):
                return False
        return True

    def kill(self) -> None:
        with contextlib.suppress(OSError):
            self._process.kill()
        self._close_stdin()

    def quit(self, wait: float) -> None:
        """Ask it to leave, give it ``wait`` seconds, then kill it."""
        self.send({"op": "quit"})
        self._close_stdin()
        try:
            self._process.wait(timeout=wait)
        except subprocess.TimeoutExpired:
            self.kill()
            with contextlib.suppress(subprocess.TimeoutExpired):
                self._process.wait(timeout=0.2)

    def _close_stdin(self) -> None:
        with self._lock:
            stdin = self._process.stdin
            if stdin is not None and not stdin.closed:
                with contextlib.suppress(OSError):
                    stdin.close()

    def _read(self) -> None:
        stdout = self._process.stdout
        assert stdout is not None
        try:
            for raw in stdout:
                try:
                    message = json.loads(raw.decode("utf-8", "replace"))
                except ValueError:
                    continue
                if isinstance(message, dict):
                    self._on_message(message)
        except (OSError, ValueError):
            pass
        finally:
            with contextlib.suppress(subprocess.TimeoutExpired):
                self._process.wait(timeout=1.0)
            self._on_message(None)
