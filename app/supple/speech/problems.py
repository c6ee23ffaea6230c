"""Plain-language messages for voice problems (command line; the GUI translates its own),
in the language of supple.i18n."""

from __future__ import annotations

from supple.i18n import _
from supple.speech.audio import output_hint
from supple.speech.voice import ProblemKind, install_hint


def problem_text(kind: ProblemKind, detail: str = "") -> str:
    if kind is ProblemKind.ENGINE_MISSING:
        text = _(
            "the voice is unavailable: no offline speech engine was found. To fix it, {hint}."
        ).format(hint=install_hint())
    elif kind is ProblemKind.NO_VOICES:
        text = _(
            "the voice is unavailable: the speech engine has no voices. To fix it, {hint}."
        ).format(hint=install_hint())
    elif kind is ProblemKind.CRASHED:
        text = _("the voice is unavailable: the speech engine keeps failing.")
    elif kind is ProblemKind.NO_PLAYER:
        text = _(
            "sound is unavailable: no sound output could be opened. To fix it, {hint}."
        ).format(hint=output_hint())
    else:
        text = _("sound could not be played: check that the computer has a working sound output")
    if detail:
        text += f" ({detail})"
    return text
