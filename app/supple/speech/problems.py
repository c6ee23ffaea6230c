"""Plain-language messages for voice problems (command line; the GUI translates its own)."""

from __future__ import annotations

from supple.speech.audio import output_hint
from supple.speech.engine import ProblemKind, install_hint


def problem_text(kind: ProblemKind, detail: str = "") -> str:
    if kind is ProblemKind.ENGINE_MISSING:
        text = (
            "the voice is unavailable: no offline speech engine was found. "
            f"To fix it, {install_hint()}."
        )
    elif kind is ProblemKind.NO_VOICES:
        text = (
            "the voice is unavailable: the speech engine has no voices. "
            f"To fix it, {install_hint()}."
        )
    elif kind is ProblemKind.CRASHED:
        text = "the voice is unavailable: the speech engine keeps failing."
    elif kind is ProblemKind.NO_PLAYER:
        text = f"sound is unavailable: no sound output could be opened. To fix it, {output_hint()}."
    else:
        text = "sound could not be played: check that the computer has a working sound output"
    if detail:
        text += f" ({detail})"
    return text
