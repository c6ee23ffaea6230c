"""Sound timing against a real sound server: "play" to first sample, and a routine's onsets.

A private PulseAudio with a null sink is started here (benchmarks/soundserver.py)
and its monitor recorded with parec, each chunk stamped on arrival, so every
recorded frame has a time on the monotonic clock.

1. "play" -> first sample: a short tone is played ``--plays`` times into the
   stream (speech/audio.py StreamOutput) and, as the same-run baseline, with the
   process player the stream replaced (``paplay``, a process per file); the delay
   from the call to the tone's first sample in the recording.
2. stop() -> the last sample heard, for a long clip cut after 0.4 s (same baseline).
3. Two cues due at once ("Rep 2 of 8." and "Hold.") through the real service, with
   either output: the end of the first one's words to the start of the second's.
4. A routine's cues through the real SpeechService (real voice, real clock) for
   ``--seconds``: each utterance's onset found in the recording against the
   moment its cue was planned for. "free" utterances are those due while no
   other words were playing or waiting (the others wait behind words by the
   timeline's design, issue 14 item 1); their p99 is the target (<= 50 ms).
   Also the onset against the service's own estimate (Started.at).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import soundserver
from common import percentile, report, speech_engine

TARGET_MS = 50.0


def tone(path: Path, seconds: float = 0.08) -> None:
    import array
    import math

    from supple.speech import wavtools

    rate = 44100
    samples = array.array(
        "h",
        (int(12000 * math.sin(2 * math.pi * 660 * i / rate)) for i in range(int(seconds * rate))),
    )
    samples[0] = 12000  # the first sample is already sound
    wavtools.write(path, wavtools.Audio(samples, rate))


def play_latency(
    server: soundserver.SoundServer, output: object, wav: Path, plays: int, every: float
) -> list[float]:
    """Milliseconds from play() to the first sample of each play in the recording."""
    recorder = soundserver.Recorder(server)
    recorder.wait_flowing()
    calls: list[float] = []
    sounds = []
    for _ in range(plays):
        calls.append(time.monotonic())
        sounds.append(output.play(wav))  # type: ignore[attr-defined]
        time.sleep(every)
    time.sleep(1.0)
    recording = recorder.stop()
    for sound in sounds:
        sound.stop()
    found = soundserver.find_onsets(
        recording,
        [(at, int(0.05 * soundserver.RATE)) for at in calls],
        before=0.0,
        window=every - 0.01,
    )
    return [
        1000 * (onset - at) for onset, at in zip(found, calls, strict=True) if onset is not None
    ]


def cut_off(server: soundserver.SoundServer, output: object, wav: Path, plays: int) -> list[float]:
    """Milliseconds from stop() to the last sample of a long clip in the recording."""
    recorder = soundserver.Recorder(server)
    recorder.wait_flowing()
    stops: list[float] = []
    for _ in range(plays):
        sound = output.play(wav)  # type: ignore[attr-defined]
        time.sleep(0.4)
        stops.append(time.monotonic())
        sound.stop()
        time.sleep(0.6)
    time.sleep(0.5)
    recording = recorder.stop()
    samples = recording.samples
    level = soundserver.LEVEL
    cuts = []
    for at in stops:
        first = recording.frame_of(at - 0.05)
        last = min(len(samples), recording.frame_of(at + 0.5))
        loud = [i for i in range(first, last) if samples[i] > level or samples[i] < -level]
        if loud:
            cuts.append(1000 * (recording.time_of(loud[-1]) - at))
    return cuts


PAIRS = (("Rep 2 of 8.", "Hold."), ("Switch sides.", "3"), ("Rest.", "Next up: Cat-cow."))


def back_to_back(
    server: soundserver.SoundServer, engine: str, output: object, rounds: int
) -> list[float]:
    """Two cues due at once through the real service: milliseconds from the end of
    the first one's words to the start of the second's, in the recording."""
    from supple.session.cues import Priority
    from supple.speech.audio import load_clip
    from supple.speech.service import Ready, SpeechService, Started

    started: list[object] = []
    ready = []

    def on_event(event: object) -> None:
        if isinstance(event, Ready):
            ready.append(event)
        elif isinstance(event, Started):
            started.append(event.utterance)

    service = SpeechService(engine, player=output, on_event=on_event)  # type: ignore[arg-type]
    service.start()
    gaps: list[float] = []
    try:
        deadline = time.monotonic() + 30
        while not ready and time.monotonic() < deadline:
            time.sleep(0.01)
        service.prepare([text for pair in PAIRS for text in pair])
        time.sleep(2.5)  # synthesised ahead, and the stream flowing
        recorder = soundserver.Recorder(server)
        recorder.wait_flowing()
        planned: list[float] = []
        for i in range(rounds):
            first, second = PAIRS[i % len(PAIRS)]
            planned.append(time.monotonic())
            service.say(first, Priority.NORMAL, step=i)
            service.say(second, Priority.NORMAL, step=i)
            time.sleep(4.0)
        recording = recorder.stop()
        wanted = []
        lengths = []
        for utterance in started:
            frames = load_clip(utterance.wav).samples  # type: ignore[attr-defined]
            a, b = soundserver.audible(frames)
            lengths.append(b - a + 1)
            wanted.append(
                (planned[len(wanted) // 2] if len(wanted) // 2 < len(planned) else 0, b - a + 1)
            )
        onsets = soundserver.find_onsets(recording, wanted)
        for k in range(0, len(onsets) - 1, 2):
            a_on, b_on = onsets[k], onsets[k + 1]
            if a_on is not None and b_on is not None:
                gaps.append(1000 * (b_on - (a_on + lengths[k] / soundserver.RATE)))
    finally:
        service.shutdown(1.0)
    return gaps


def summary(values: list[float]) -> dict[str, float]:
    if not values:
        return {"n": 0, "p50_ms": float("nan"), "p99_ms": float("nan"), "max_ms": float("nan")}
    return {
        "n": len(values),
        "p50_ms": statistics.median(values),
        "p99_ms": percentile(values, 99),
        "max_ms": max(values, key=abs),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plays", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=120.0)
    parser.add_argument("--routine", default="quick-spasm-relief")
    parser.add_argument("--engine", default=None)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    engine = args.engine or speech_engine()
    rows: list[dict[str, object]] = []
    if not soundserver.tools_present():
        rows.append({"what": "skipped: pulseaudio and pulseaudio-utils are not installed"})
        report("audio timing on a PulseAudio null sink", rows, args.json)
        return 1
    from supple.speech.audio import ProcessPlayer, StreamOutput
    from supple.speech.service import SpeechService

    folder = Path(tempfile.mkdtemp(prefix="supple-pa-"))
    server = soundserver.SoundServer(folder / "server")
    server.start()
    import os

    os.environ.update(server.env)
    try:
        wav = folder / "tone.wav"
        tone(wav)
        stream = StreamOutput(backends=["pulseaudio"])
        begin = time.monotonic()
        if not stream.open():
            raise SystemExit(f"the stream did not open: {stream.problem}")
        while not stream.flowing():
            time.sleep(0.001)
        flowing_ms = 1000 * (time.monotonic() - begin)
        stream_ms = play_latency(server, stream, wav, args.plays, 0.3)
        stream.close()
        paplay = shutil.which("paplay")
        process_ms = (
            play_latency(
                server, ProcessPlayer([paplay, "--server", server.address]), wav, args.plays, 1.5
            )
            if paplay
            else []
        )
        base = statistics.median(process_ms) if process_ms else float("nan")
        for what, values in (
            ("play -> first sample: one stream (miniaudio)", stream_ms),
            ("play -> first sample: process per file (paplay, baseline)", process_ms),
        ):
            row: dict[str, object] = {"what": what, **summary(values)}
            row["ratio"] = statistics.median(values) / base if values and process_ms else "-"
            row["target"] = "-"
            row["met"] = "-"
            rows.append(row)
        long_wav = folder / "long.wav"
        tone(long_wav, 2.0)
        cut_stream = StreamOutput(backends=["pulseaudio"])
        cut_stream.open()
        while not cut_stream.flowing():
            time.sleep(0.001)
        stream_cut = cut_off(server, cut_stream, long_wav, max(2, args.plays // 2))
        cut_stream.close()
        process_cut = (
            cut_off(
                server,
                ProcessPlayer([paplay, "--server", server.address]),
                long_wav,
                args.plays // 2,
            )
            if paplay
            else []
        )
        for what, values in (
            ("stop() -> last sample heard: one stream (4 ms fade)", stream_cut),
            ("stop() -> last sample heard: paplay killed (baseline)", process_cut),
        ):
            row = {"what": what, **summary(values)}
            row["ratio"] = (
                "-"  # the baseline is about 0 (PulseAudio drops a killed stream's buffer)
            )
            row["target"] = "-"
            row["met"] = "-"
            rows.append(row)
        rounds = max(2, args.plays // 3)
        stream_gap = back_to_back(server, engine, StreamOutput(backends=["pulseaudio"]), rounds)
        process_gap = (
            back_to_back(
                server, engine, ProcessPlayer([paplay, "--server", server.address]), rounds
            )
            if paplay
            else []
        )
        gap_base = statistics.median(process_gap) if process_gap else float("nan")
        for what, values in (
            ("end of words -> next words due with them: one stream", stream_gap),
            ("end of words -> next words due with them: paplay (baseline)", process_gap),
        ):
            row = {"what": what, **summary(values)}
            row["ratio"] = statistics.median(values) / gap_base if values and process_gap else "-"
            row["target"] = "-"
            row["met"] = "-"
            rows.append(row)
        rows.append(
            {
                "what": "stream open -> first frames asked for",
                "n": 1,
                "p50_ms": flowing_ms,
                "p99_ms": flowing_ms,
                "max_ms": flowing_ms,
                "ratio": "-",
                "target": "-",
                "met": "-",
            }
        )

        recorder = soundserver.Recorder(server)
        recorder.wait_flowing()
        services: list[SpeechService] = []

        def factory(on_event):  # type: ignore[no-untyped-def]
            service = SpeechService(
                engine, player=StreamOutput(backends=["pulseaudio"]), on_event=on_event
            )
            services.append(service)
            service.start()
            return service

        try:
            run = soundserver.play_routine(factory, args.routine, args.seconds)
            recording = recorder.stop()
            heard = soundserver.locate(run, recording)
            recording.write_wav(folder / "routine.wav")
        finally:
            for service in services:
                service.shutdown(1.0)
        free = [1000 * (s.onset - s.planned) for s in heard if s.onset is not None and s.free]
        every = [1000 * (s.onset - s.planned) for s in heard if s.onset is not None]
        estimate = [1000 * (s.onset - s.started) for s in heard if s.onset is not None]  # type: ignore[operator]
        missing = sum(1 for s in heard if s.onset is None)
        dropped = sum(1 for s in run.said if s.dropped)
        for what, values, target in (
            (f"onset - plan, words free when due ({args.routine})", free, True),
            ("onset - plan, every utterance (incl. waiting behind words)", every, False),
            ("onset - the service's estimate (Started.at)", estimate, True),
        ):
            row = {"what": what, **summary(values), "ratio": "-"}
            row["target"] = f"p99<={TARGET_MS:g}ms" if target else "-"
            ok = bool(values) and abs(percentile(values, 99)) <= TARGET_MS and missing == 0
            row["met"] = ("yes" if ok else "NO") if target else "-"
            rows.append(row)
        rows.append(
            {
                "what": f"utterances said {len(run.said)}, heard {len(heard) - missing}, "
                f"not found {missing}, dropped by the queue {dropped}",
                "n": len(run.said),
                "p50_ms": "-",
                "p99_ms": "-",
                "max_ms": "-",
                "ratio": "-",
                "target": "not found 0",
                "met": "yes" if missing == 0 else "NO",
            }
        )
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)
    report(
        f"audio timing on a PulseAudio null sink (engine {engine}, {args.seconds:g} s of "
        f"{args.routine}, {args.plays} plays)",
        rows,
        args.json,
    )
    return 0 if all(r.get("met") != "NO" for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
