"""`supple plan ROUTINE`: the timeline as a table, or as JSON.

It is the session's timeline: the person's settings (lead-in, breath, voice,
rate, verbosity) unless flags override them, with room for every cue's words as
measured from the synthesised voice (speech/durations.py), so its total is what
the session plays and what the library shows.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from supple.cli.arguments import words_per_minute
from supple.cli.format import duration, printable, table, terminal_width
from supple.i18n import N_, _, ngettext, pgettext

# Small (two enums and a dataclass); its values are the --verbosity choices.
from supple.session.cues import Verbosity

if TYPE_CHECKING:
    from supple.routine import Routine
    from supple.session.timeline import Segment, Timeline


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("plan", help=_("print a routine's timeline"))
    parser.add_argument(
        "routine", metavar="ROUTINE", help=_("a routine id (see `supple list`) or file")
    )
    parser.add_argument("--json", action="store_true", help=_("print one JSON object"))
    parser.add_argument(
        "--verbosity",
        choices=[v.value for v in Verbosity],
        default=None,
        help=_("which cues are spoken (default: your setting)"),
    )
    parser.add_argument(
        "--rate",
        type=words_per_minute,
        default=None,
        metavar="WPM",
        help=_("words a minute the voice speaks (default: your setting)"),
    )
    parser.add_argument(
        "--routine-pacing",
        action="store_true",
        help=_("the routine's own lead-in and breath instead of your settings"),
    )
    parser.add_argument(
        "--language",
        metavar="TAG",
        default=None,
        help=_(
            "the routine's words and the cues in this language (de, es...; default: your locale's)"
        ),
    )
    parser.add_argument(
        "--estimate",
        action="store_true",
        help=_("estimate how long the words take instead of synthesising them"),
    )
    parser.set_defaults(run=run)


def _cues(segment: Segment, verbosity: Verbosity) -> list[dict[str, Any]]:
    return [
        {
            "at": round(segment.start + cue.offset, 3),
            "text": cue.text,
            "priority": int(cue.priority),
        }
        for cue in segment.cues
        if cue.spoken_at(verbosity)
    ]


def plan_document(
    timeline: Timeline, verbosity: Verbosity, pacing: dict[str, Any] | None = None
) -> dict[str, Any]:
    return {
        "routine": timeline.routine.id,
        "language": timeline.routine.language,
        "pacing": pacing or {},
        "total_seconds": timeline.total_seconds,
        "estimated_seconds": timeline.estimated_seconds,
        "segments": [
            {
                "start": seg.start,
                "duration": seg.duration,
                "kind": seg.kind.value,
                "step": seg.step,
                "title": seg.title,
                "side": seg.side.value if seg.side else None,
                "rep": seg.rep,
                "reps": seg.reps,
                "breath": seg.breath,
                "breaths": seg.breaths,
                "frame": seg.frame,
                "cues": _cues(seg, verbosity),
            }
            for seg in timeline.segments
        ],
    }


def _of(n: int | None, total: int | None) -> str:
    return f"{n}/{total}" if n is not None and total is not None else ""


def run(args: argparse.Namespace) -> int:
    from supple.cli.language import chosen_language
    from supple.routine import RoutineError, resolve_routine

    try:
        routine = resolve_routine(args.routine)
    except RoutineError as exc:
        for line in exc.lines():
            print(printable(line), file=sys.stderr)
        return 1
    routine = routine.localized(chosen_language(getattr(args, "language", None)))
    timeline, verbosity, said = paced_timeline(routine, args)
    if args.json:
        pacing = {key: value for key, value in said.items() if key != "_shown"}
        print(json.dumps(plan_document(timeline, verbosity, pacing), ensure_ascii=False))
        return 0
    rows = []
    for seg in timeline.segments:
        texts = " | ".join(cue["text"] for cue in _cues(seg, verbosity))
        rows.append(
            [
                duration(seg.start),
                _("open") if seg.duration is None else f"{seg.duration:g}s",
                seg.kind.value,
                f"{seg.step + 1} {seg.title}",
                seg.side.value if seg.side else "",
                _of(seg.rep, seg.reps),
                _of(seg.breath, seg.breaths),
                texts,
            ]
        )
    print(f"{routine.title} ({routine.id}, {routine.language})")
    print(_pacing_text(said))
    headers = [_("AT"), _("FOR"), _("KIND"), _("STEP"), _("SIDE"), _("REP"), _("BREATH")]
    print(table(rows, [*headers, _("SAYS")], width=terminal_width()))
    total = duration(timeline.total_seconds)
    if timeline.estimated_seconds != timeline.total_seconds:
        about = duration(timeline.estimated_seconds)
        print(
            "\n"
            + _("Total {total}, about {about} with open-ended holds").format(
                total=total, about=about
            )
        )
    else:
        print("\n" + _("Total {total}").format(total=total))
    return 0


def paced_timeline(
    routine: Routine, args: argparse.Namespace
) -> tuple[Timeline, Verbosity, dict[str, Any]]:
    """The session's timeline for ``routine``, its verbosity, and what it was paced by."""
    from supple import settings as settings_file
    from supple.session.pacing import pacing, planned_timeline, spoken_texts, verbosity_of

    loaded = settings_file.load()
    person = loaded.settings
    if args.routine_pacing:
        person = dataclasses.replace(
            person, lead_in=None, breath_inhale=None, breath_pause=None, breath_exhale=None
        )
    verbosity = Verbosity(args.verbosity) if args.verbosity else verbosity_of(person.verbosity)
    rate = int(args.rate if args.rate is not None else person.rate)
    said: dict[str, Any] = {
        "settings": "the routine's own pacing" if args.routine_pacing else "yours",
        "settings_file": str(settings_file.paths.settings_path()),
        "verbosity": verbosity.value + ("" if args.verbosity else " (your setting)"),
        "rate": f"{rate} wpm" + ("" if args.rate is not None else " (your setting)"),
        "lead_in": "as the routine sets it" if person.lead_in is None else f"{person.lead_in} s",
    }
    said["_shown"] = {  # the same in the command line's language, for the table's header
        "verbosity": verbosity_words(verbosity) + ("" if args.verbosity else _(" (your setting)")),
        "rate": _("{rate} wpm").format(rate=rate)
        + ("" if args.rate is not None else _(" (your setting)")),
        "lead_in": _("as the routine sets it")
        if person.lead_in is None
        else _("{seconds} s").format(seconds=person.lead_in),
    }
    lengths: dict[str, float] = {}
    if verbosity is not Verbosity.SILENT:
        lengths, measured = _lengths(
            spoken_texts(routine, verbosity), person.voice_id, rate, args.estimate, routine.language
        )
        said["speech_lengths"] = measured.text(translated=False)
        said["_shown"]["speech_lengths"] = measured.text(translated=True)
    pace = pacing(person, lengths, rate=rate, verbosity=verbosity, language=routine.language)
    return planned_timeline(routine, pace), verbosity, said


def verbosity_words(verbosity: Verbosity) -> str:
    """A verbosity as the header says it ("vollständig"); ``--verbosity`` takes the English
    values, which the JSON keeps."""
    return {
        Verbosity.FULL: pgettext("verbosity", "full"),
        Verbosity.BRIEF: pgettext("verbosity", "brief"),
        Verbosity.COUNTS: pgettext("verbosity", "counts only"),
        Verbosity.SILENT: pgettext("verbosity", "silent"),
    }[verbosity]


@dataclasses.dataclass(frozen=True)
class _Measured:
    """How many of the texts' lengths are known, and how they were found."""

    known: int
    total: int
    engine: str = ""  # measured with this engine now
    estimated: bool = False  # --estimate: the rest estimated
    missing: str | None = None  # no speech engine: why

    def text(self, translated: bool) -> str:
        """In words: in English for the JSON, or in the command line's language."""
        if self.missing is not None:
            how = N_("measured earlier, the rest estimated (no speech engine: {detail})")
        elif self.estimated:
            how = N_("measured earlier, the rest estimated (--estimate)")
        else:
            how = N_("measured with {engine}")
        counted = "{known} of {total} text" if self.total == 1 else "{known} of {total} texts"
        if translated:
            how = _(how)
            counted = ngettext("{known} of {total} text", "{known} of {total} texts", self.total)
        counted = counted.format(known=self.known, total=self.total)
        return counted + " " + how.format(detail=self.missing, engine=self.engine)


def _lengths(
    texts: list[str], voice: str, rate: int, estimate: bool, language: str = ""
) -> tuple[dict[str, float], _Measured]:
    """Measured lengths of ``texts`` (synthesised now where not cached) in ``language``'s
    voice unless ``voice`` is chosen, and how."""
    from supple.speech.durations import shared, voice_key
    from supple.speech.voice import EngineUnavailable

    store = shared()
    key = voice_key(voice, rate, language=language)
    missing = None
    if not estimate:
        try:
            store.measure(texts, key)
        except EngineUnavailable as exc:
            missing = exc.detail
    known = store.lengths(key)
    lengths = {text: known[text] for text in texts if text in known}
    how = _Measured(len(lengths), len(texts), key.engine, estimate, missing)
    return lengths, how


def _pacing_text(said: dict[str, Any]) -> str:
    whose = _("the routine's own lead-in and breath")
    if said["settings"] == "yours":
        where = said["settings_file"]
        if Path(where).exists():
            whose = _("your settings ({file})").format(file=where)
        else:
            whose = _("the default settings (no {file} yet)").format(file=where)
    shown = said["_shown"]
    lines = [
        _("Paced as the session plays it, for {whose}:").format(whose=whose),
        "  "
        + _("verbosity {verbosity}, rate {rate}, lead-in {lead_in}").format(
            verbosity=shown["verbosity"], rate=shown["rate"], lead_in=shown["lead_in"]
        ),
    ]
    if "speech_lengths" in shown:
        lines.append(
            "  " + _("room for the words: {lengths}").format(lengths=shown["speech_lengths"])
        )
    return "\n".join(lines)
