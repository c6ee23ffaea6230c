"""The mixer's rules over frames and times, driven by a stepped clock (no device).

Each render stands for one callback of a 10 ms stream; the clock is advanced
between them as the device would. The stream's real thread is exercised in
test_speech_service.py (null backend) and test_audio_pulse.py (a sound server).
"""

from __future__ import annotations

import array

import pytest

from supple.session import FakeClock
from supple.speech.mixer import FADE, MIN_LEAD, RATE, Clip, Mixer

PERIOD = RATE // 100  # frames a render: 10 ms
LATENCY = 0.01


def clip(frames: int, value: int = 1000, lead: int = 0) -> Clip:
    samples = array.array("h", [0] * lead + [value] * (frames - lead))
    return Clip.of(samples)


def run(mixer: Mixer, clock: FakeClock, periods: int) -> array.array:
    out = array.array("h")
    for _ in range(periods):
        out.extend(mixer.render(PERIOD))
        clock.advance(PERIOD / RATE)
    return out


@pytest.fixture
def setup():
    clock = FakeClock()
    mixer = Mixer(LATENCY, clock)
    run(mixer, clock, 2)  # the stream is flowing: the mixer knows when frames leave
    return mixer, clock


def test_a_clips_lead_in_is_found():
    assert clip(1000, lead=300).lead == 300
    assert Clip.of(array.array("h", [0] * 50)).lead == 0  # all silence: nothing to skip


def test_a_clip_due_ahead_starts_so_its_words_leave_on_time(setup):
    mixer, clock = setup
    due = clock() + 0.2
    voice = mixer.play(clip(4410, lead=441), due=due)
    assert voice.onset == pytest.approx(due, abs=1 / RATE)
    out = run(mixer, clock, 40)
    start = 2 * PERIOD  # frames rendered before the play
    first_loud = next(i for i, s in enumerate(out) if s)
    # The frame that leaves at ``due``: its render time plus the latency.
    leaves = 1000.0 + (start + first_loud) / RATE + LATENCY
    assert leaves == pytest.approx(due, abs=1 / RATE)
    assert voice.done() and voice.completed


def test_a_late_clip_starts_now_and_skips_used_up_lead_in(setup):
    mixer, clock = setup
    voice = mixer.play(clip(4410, lead=2205), due=clock() - 0.5)
    assert voice.skip == 2205 - MIN_LEAD
    assert voice.onset == pytest.approx(clock() + LATENCY + MIN_LEAD / RATE, abs=1 / RATE)
    out = run(mixer, clock, 10)
    assert out[:MIN_LEAD].tolist() == [0] * MIN_LEAD  # a little silence is kept
    assert out[MIN_LEAD] == 1000


def test_a_clip_without_a_due_time_starts_with_the_next_frame(setup):
    mixer, clock = setup
    mixer.play(clip(PERIOD * 3))
    out = run(mixer, clock, 4)
    assert out[:10].tolist() == [1000] * 10
    assert out[3 * PERIOD :].tolist() == [0] * PERIOD


def test_overlapping_clips_are_summed_and_clipped(setup):
    mixer, clock = setup
    mixer.play(clip(PERIOD * 4, value=20000))
    mixer.play(clip(PERIOD * 2, value=20000))
    mixer.play(clip(PERIOD * 1, value=-3000))
    out = run(mixer, clock, 5)
    assert out[0] == 32767  # 37000 clipped
    assert out[PERIOD + 5] == 32767
    assert out[2 * PERIOD + 5] == 20000
    assert out[4 * PERIOD + 5] == 0


def test_a_cut_clip_fades_out_within_one_period_and_stays_silent(setup):
    mixer, clock = setup
    voice = mixer.play(clip(RATE))
    run(mixer, clock, 3)
    mixer.stop(voice)
    out = run(mixer, clock, 3)
    assert voice.done() and not voice.completed
    assert 0 < out[0] <= 1000 and out[FADE // 2] < 600
    assert out[FADE:].tolist() == [0] * (len(out) - FADE)
    assert voice.rendered == 3 * PERIOD + FADE


def test_a_clip_cut_before_it_began_is_never_heard(setup):
    mixer, clock = setup
    voice = mixer.play(clip(PERIOD), due=clock() + 1.0)
    mixer.stop(voice)
    assert voice.done() and not voice.completed
    assert run(mixer, clock, 120).tolist() == [0] * (120 * PERIOD)


def test_abandoned_clips_end_unfinished(setup):
    mixer, clock = setup
    voice = mixer.play(clip(RATE))
    run(mixer, clock, 1)
    assert mixer.abandon(clock()) == [voice]
    assert voice.done() and not voice.completed and not mixer.busy()


def test_a_clip_played_before_the_stream_flows_is_placed_at_the_first_render():
    clock = FakeClock()
    mixer = Mixer(LATENCY, clock)
    voice = mixer.play(clip(PERIOD, lead=0), due=clock() - 1.0)
    assert voice.onset is None  # not known until the stream asks for frames
    clock.advance(0.5)
    out = run(mixer, clock, 2)
    assert voice.onset == pytest.approx(1000.5 + LATENCY)
    assert out[0] == 1000 and voice.completed
