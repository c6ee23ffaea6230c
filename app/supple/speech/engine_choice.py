"""Which speech engine the app speaks with: pyttsx3, unless ``SUPPLE_SPEECH_ENGINE``
names another (``fake`` in tests, a variant for diagnosis).

A module of its own, needing only ``os``: the library's first frame asks it for the
voice its spoken lengths were measured with (``durations.voice_key``), before anything
else of the voice is loaded.
"""

from __future__ import annotations

import os

ENGINE_ENV = "SUPPLE_SPEECH_ENGINE"


def default_engine_spec() -> str:
    """The engine the app uses: pyttsx3, unless SUPPLE_SPEECH_ENGINE names another."""
    return os.environ.get(ENGINE_ENV, "").strip() or "pyttsx3"
