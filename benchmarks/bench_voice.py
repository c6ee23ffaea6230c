"""Voice timing: every bundled routine played through the real cue queue, simulated.

For each bundled routine (routines/*.json), each rate (100, 160, 220 wpm) and
each verbosity, every distinct cue text is synthesised with the real engine
(espeak-ng through pyttsx3, as the app does; the speech-length cache of a
temporary SUPPLE_HOME) and the session's own timeline is built for those
settings (session/pacing.py). speech/rehearsal.py then plays it on a stepped
fake clock: the real session Player emits the cues, the real CueQueue with the
speech service's rules decides what is spoken, cut or dropped. Two sound outputs
are modelled in the same run, for a player start overhead of 0, 0.5 and 1.0 s:

* baseline: a player process per utterance (the overhead before every utterance,
  the next waiting for it to exit), as speech/audio.py did;
* new: one persistent stream (the overhead paid once as the session starts,
  before the first lead-in; one 10 ms buffer per utterance, ``--stream-latency``).

A second baseline: the routine's own timeline with no room made for words
(``build_timeline`` without speech) through the new output, to show what the fit
itself adds.

Per configuration (all routines together): counts and breath cues dropped or cut
(target 0), lateness of every count and hold start against its moment (target
p99 <= 50 ms), counts due while other words still play (target 0).
Targets apply to the new output; the baseline is shown beside it.

``--language de`` plays the routines' translations in that language, measured with
its voice (as the app does for a routine in that language).

    python benchmarks/bench_voice.py [--routines ID,...] [--rates 100,160,220]
                                     [--language de|es] [--engine pyttsx3|fake] [--json]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import percentile, report, speech_engine

P99_MS = 50.0
OVERHEADS = (0.0, 0.5, 1.0)
STREAM_LATENCY = 0.01  # one 10 ms buffer of a persistent stream, paid by every utterance
RATES = (100, 160, 220)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--routines", default="", help="comma-separated ids (default: all)")
    parser.add_argument("--rates", default=",".join(str(r) for r in RATES))
    parser.add_argument("--verbosities", default="full,brief,counts,silent")
    parser.add_argument("--overheads", default=",".join(f"{o:g}" for o in OVERHEADS))
    parser.add_argument(
        "--stream-latency",
        type=float,
        default=STREAM_LATENCY,
        help="seconds from play to sound on the persistent stream (one buffer)",
    )
    parser.add_argument("--language", default="", help="the routines' language (default: own)")
    parser.add_argument("--engine", default=None, help="speech engine (default: real if present)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="supple-bench-") as tmp:
        os.environ["SUPPLE_HOME"] = tmp  # the length cache and settings stay in here
        rows, summary = run(
            [r for r in args.routines.split(",") if r],
            [int(r) for r in args.rates.split(",")],
            [v for v in args.verbosities.split(",") if v],
            [float(o) for o in args.overheads.split(",")],
            args.engine or speech_engine(),
            args.stream_latency,
            args.language,
        )
    report(summary, rows, args.json)
    return 0 if all(row["met"] in ("yes", "-") for row in rows) else 1


def run(
    ids: list[str],
    rates: list[int],
    verbosities: list[str],
    overheads: list[float],
    engine: str,
    latency: float = STREAM_LATENCY,
    language: str = "",
) -> tuple[list[dict[str, Any]], str]:
    from supple.paths import bundled_routines_dir
    from supple.routine import load_routine
    from supple.session.cues import Verbosity
    from supple.session.pacing import pacing, planned_timeline, spoken_texts
    from supple.session.timeline import build_timeline
    from supple.settings import Settings
    from supple.speech.durations import shared, voice_key
    from supple.speech.rehearsal import Sink, rehearse

    files = sorted(bundled_routines_dir().glob("*.json"))
    routines = [load_routine(path) for path in files]
    if ids:
        routines = [r for r in routines if r.id in ids]
    if language:
        routines = [r.localized(language) for r in routines]
    store = shared()
    rows: list[dict[str, Any]] = []
    texts_measured = 0
    seconds_played = 0.0
    for rate in rates:
        key = voice_key("", rate, engine, language)
        all_texts = {t: None for r in routines for t in spoken_texts(r, Verbosity.FULL)}
        lengths = store.measure(list(all_texts), key)
        texts_measured += len(lengths)
        for name in verbosities:
            verbosity = Verbosity(name)
            settings = Settings(rate=rate, verbosity=verbosity.value)
            pace = pacing(settings, lengths, language=language)
            timelines = [planned_timeline(r, pace) for r in routines]
            # The routine's own lengths, no room made for words (build_timeline without
            # speech): what the fit adds, through the new output.
            unfitted = [build_timeline(r) for r in routines]
            for overhead in overheads:
                figures = {}
                sinks = (
                    Sink.process_per_utterance(overhead),
                    Sink.persistent_stream(overhead, latency),
                )
                for sink in sinks:
                    runs = [rehearse(t, lengths.__getitem__, verbosity, sink) for t in timelines]
                    figures[sink.name] = _figures(runs)
                    if sink.name == "persistent stream":
                        seconds_played += sum(r.seconds for r in runs)
                stream = Sink.persistent_stream(overhead, latency)
                figures["unfitted"] = _figures(
                    [rehearse(t, lengths.__getitem__, verbosity, stream) for t in unfitted]
                )
                rows.append(_row(rate, name, overhead, figures))
    summary = (
        f"voice timing, simulated ({len(routines)} routines, engine {engine}, "
        f"language {language or 'their own'}, "
        f"{texts_measured} texts measured, {seconds_played / 3600:.1f} h of sessions played "
        f"with the new output, stream latency {latency * 1000:g} ms)"
    )
    return rows, summary


def _figures(runs: list[Any]) -> dict[str, Any]:
    late = [x for r in runs for x in r.lateness()]
    return {
        "moments": len(late),
        "dropped": sum(len(r.dropped_counts()) for r in runs),
        "p99_ms": percentile(late, 99) * 1000,
        "max_ms": max(late, default=0.0) * 1000,
        "over": sum(len({id(c) for c, _ in r.talking_over_counts()}) for r in runs),
    }


def _row(rate: int, verbosity: str, overhead: float, figures: dict[str, Any]) -> dict[str, Any]:
    new = figures["persistent stream"]
    old = figures["process per utterance"]
    bare = figures["unfitted"]
    met = new["dropped"] == 0 and new["over"] == 0 and new["p99_ms"] <= P99_MS
    spoken = new["moments"] > 0 or old["moments"] > 0
    return {
        "what": f"rate {rate}, {verbosity}, overhead {overhead:g} s",
        "moments": new["moments"],
        "dropped": new["dropped"],
        "late_p99_ms": new["p99_ms"],
        "late_max_ms": new["max_ms"],
        "over_counts": new["over"],
        "base_dropped": old["dropped"],
        "base_p99_ms": old["p99_ms"],
        "base_max_ms": old["max_ms"],
        "base_over": old["over"],
        "unfit_dropped": bare["dropped"],
        "unfit_p99_ms": bare["p99_ms"],
        "unfit_over": bare["over"],
        "ratio": (new["p99_ms"] / old["p99_ms"]) if old["p99_ms"] > 0 else 1.0,
        "target": f"0 dropped, p99<={P99_MS:g}, 0 over" if spoken else "-",
        "met": ("yes" if met else "NO") if spoken else "-",
    }


if __name__ == "__main__":
    sys.exit(main())
