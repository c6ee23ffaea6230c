"""Small helpers shared by tests (imported as a plain module)."""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
import zlib
from pathlib import Path
from typing import Any

SUPPORT = Path(__file__).resolve().parent  # this folder: on sys.path for the tests
ROOT = SUPPORT.parent.parent
BUNDLED = ROOT / "routines"


# For test children run with ``python -c``: play ``routine`` to its end on a FakeClock,
# recording it through ``worker`` (errors go to ``errors``), then close the worker.
PLAY_AND_RECORD = """
recorder = SessionRecorder(worker, on_error=errors.append, checkpoint_seconds=5)
timeline = build_timeline(routine)
clock = FakeClock()
player = Player(timeline, clock)
player.start()
recorder.started(routine, timeline.estimated_seconds, timeline.step_count)
for _ in range(int(timeline.estimated_seconds * 2) + 20):
    clock.advance(0.5)
    recorder.apply(player.poll(), player.report())
    if player.state is State.FINISHED:
        break
worker.wait_idle()
worker.close()
"""


def bundled_doc(name: str = "lower-back-spasm-relief") -> dict[str, Any]:
    return json.loads((BUNDLED / f"{name}.json").read_text(encoding="utf-8"))


def minimal_doc(**overrides: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "format": "supple-routine",
        "version": 1,
        "id": "test-routine",
        "title": "Test routine",
        "steps": [{"title": "Stand", "hold": {"seconds": 10}}],
    }
    doc.update(overrides)
    return doc


def write_json(path: Path, doc: Any) -> Path:
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def run_cli(
    *args: str, env: dict[str, str] | None = None, cwd: Path | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    full_env = dict(os.environ)
    if env:
        full_env.update(env)
    return subprocess.run(
        [sys.executable, "-m", "supple", *args],
        capture_output=True,
        text=True,
        env=full_env,
        cwd=cwd or ROOT,
        timeout=timeout,
    )


def png_header_only(path: Path, width: int, height: int) -> Path:
    """A tiny PNG file whose header claims ``width`` x ``height`` pixels."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 64)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")
    )
    return path
