"""`supple speak TEXT`: say something with the offline voice, or write it to a WAV file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from supple.cli.arguments import words_per_minute
from supple.i18n import _

if TYPE_CHECKING:
    from supple.speech.voice import VoiceConfig


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("speak", help=_("say TEXT with the offline voice (or write a WAV)"))
    parser.add_argument("text", metavar="TEXT", help=_("what to say"))
    parser.add_argument("--voice", metavar="ID", help=_("a voice id from `supple voices`"))
    parser.add_argument(
        "--rate", metavar="N", type=words_per_minute, help=_("words per minute (60-400)")
    )
    parser.add_argument(
        "--language",
        metavar="TAG",
        default="",
        help=_("with no voice chosen, the voice for this language (de, es...)"),
    )
    parser.add_argument("--out", metavar="FILE.wav", type=Path, help=_("write a WAV file instead"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from supple import settings as user_settings
    from supple.session.fit import speaking_rate
    from supple.speech.oneshot import speak_aloud
    from supple.speech.problems import problem_text
    from supple.speech.voice import EngineUnavailable, VoiceConfig
    from supple.speech.voice_choice import voice_language

    text = args.text.strip()
    if not text:
        print("supple: " + _("nothing to say (TEXT is empty)"), file=sys.stderr)
        return 2
    saved = user_settings.load().settings
    voice = args.voice if args.voice is not None else saved.voice_id
    language = voice_language(voice, args.language)
    config = VoiceConfig(
        voice_id=voice,
        # A rate asked for is used as it is; the person's own, as a session says it (never
        # below the language's slowest rate, session/fit.py).
        rate=args.rate if args.rate is not None else speaking_rate(saved.rate, language),
        volume=saved.volume,
        language=language,
    )
    try:
        if args.out is not None:
            return _write(text, args.out, config)
        speak_aloud(text, config)
    except EngineUnavailable as exc:
        print(f"supple: {problem_text(exc.kind, exc.detail)}", file=sys.stderr)
        return 1
    return 0


def _write(text: str, out: Path, config: VoiceConfig) -> int:
    from supple.speech.oneshot import OneShot

    out = out.expanduser()
    if out.suffix.lower() != ".wav":
        print(f"supple: {out}: " + _("the output file should end in .wav"), file=sys.stderr)
        return 2
    if not out.parent.is_dir():
        print(f"supple: {out.parent}: " + _("no such folder"), file=sys.stderr)
        return 1
    with OneShot() as shot:
        seconds, found = shot.synthesize(text, out.absolute(), config)
    if not found:
        missing = _("voice {voice} not found; used the default voice")
        print("supple: " + missing.format(voice=repr(config.voice_id)), file=sys.stderr)
    if not out.exists():
        print(f"supple: {out}: " + _("could not be written"), file=sys.stderr)
        return 1
    print(_("wrote {file} ({seconds} s)").format(file=out, seconds=f"{seconds:.2f}"))
    return 0
