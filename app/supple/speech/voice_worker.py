"""The speech worker: a child process that owns the engine and synthesises WAV files.

Run as ``python -m supple.speech.voice_worker --engine SPEC``. It reads one JSON
request per line on stdin and answers one JSON line each on stdout:

    {"op": "synth", "id": 7, "text": "...", "path": "...", "voice": "", "rate": 160,
     "volume": 1.0}                     -> {"op": "done", "id": 7, "seconds": 1.2,
                                           "voice_found": true} or {"op": "failed", ...}
    {"op": "voices", "id": 8}           -> {"op": "voices", "id": 8, "voices": [...]}
    {"op": "quit"}                      -> exits

Its first line is {"op": "ready", ...} or {"op": "fatal", "kind": ..., "detail": ...}.
The engine's own chatter (pyttsx3 prints "Audio saved to ...") is sent to
stderr so it can never corrupt the protocol. A hung or crashed engine only
takes this process with it: the service kills and restarts it.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any, TextIO

from supple.speech import wavtools
from supple.speech.engine import make_engine
from supple.speech.voice import EngineUnavailable, ProblemKind, VoiceConfig


def _send(out: TextIO, message: dict[str, Any]) -> None:
    out.write(json.dumps(message) + "\n")
    out.flush()


def _protocol_stream() -> TextIO:
    """A private copy of stdout for the protocol; fd 1 then points at stderr."""
    fd = os.dup(1)
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    return os.fdopen(fd, "w", encoding="utf-8", newline="\n")


def serve(engine_spec: str, requests: TextIO, out: TextIO) -> int:
    try:
        engine = make_engine(engine_spec)
        voices = engine.voices()
    except EngineUnavailable as exc:
        _send(out, {"op": "fatal", "kind": exc.kind.value, "detail": exc.detail})
        return 3
    except Exception as exc:
        _send(out, {"op": "fatal", "kind": ProblemKind.ENGINE_MISSING.value, "detail": str(exc)})
        return 3
    if not voices:
        _send(out, {"op": "fatal", "kind": ProblemKind.NO_VOICES.value, "detail": "no voices"})
        return 3
    _send(out, {"op": "ready", "engine": engine.name, "voices": len(voices)})
    for line in requests:
        try:
            request = json.loads(line)
        except ValueError:
            continue
        op = request.get("op")
        if op == "quit":
            break
        if op == "voices":
            _send(
                out,
                {"op": "voices", "id": request.get("id"), "voices": [v.to_json() for v in voices]},
            )
        elif op == "synth":
            _send(out, _synth(engine, request))
    return 0


def _synth(engine: Any, request: dict[str, Any]) -> dict[str, Any]:
    ident = request.get("id")
    path = Path(request["path"])
    config = VoiceConfig(
        str(request.get("voice", "")),
        int(request.get("rate", 160)),
        float(request.get("volume", 1.0)),
        str(request.get("language", "")),
    )
    try:
        found = engine.synthesize(str(request.get("text", "")), path, config)
        audio = wavtools.trim_silence(wavtools.read(path))
        wavtools.write(path, audio)
    except Exception as exc:
        return {"op": "failed", "id": ident, "error": f"{type(exc).__name__}: {exc}"}
    reply = {"op": "done", "id": ident, "seconds": audio.seconds, "voice_found": found}
    # What the engine itself says it spoke (espeak-ng: its current voice's language).
    reply["language"] = str(getattr(engine, "spoken_language", "") or "")
    return reply


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="supple-speech-worker")
    parser.add_argument("--engine", default="pyttsx3")
    args = parser.parse_args(argv)
    out = _protocol_stream()
    return serve(args.engine, sys.stdin, out)


if __name__ == "__main__":
    sys.exit(main())
