"""A picture's description (``alt``) on screen: the player's picture carries the description
of the step and frame it shows as its tooltip and accessible description, also in a rest
(the next step's) and on a mirrored right side; the library details do the same for the
first step. And a side-to-side step turns the picture round on every other repetition.

Driven for real: the main window, its SessionController and Player on a FakeClock, offscreen."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from gui_support import play_until
from helpers import minimal_doc, write_json

from supple.routine import Library
from supple.session import FakeClock, Segment, SegmentKind, Side
from supple.ui.kit.picture import TOOLTIP_LINE, PictureView, tooltip_html
from supple.ui.shell.main_window import MainWindow

TICK = 0.25
FLAT = "On hands and knees, back flat"
ARCHED = "On hands and knees, back arched down"
ROUNDED = "On hands and knees, back rounded up"
KNEES_UP = "Lying on your back, knees drawn up"
KNEES_LEFT = "Lying on your back, knees fallen to the left"


def described_doc() -> dict:
    return minimal_doc(
        id="described",
        title="Described",
        defaults={"lead_in": 3, "rest": 4, "breath": {"inhale": 2, "exhale": 2}},
        steps=[
            {
                "title": "Cat-cow",
                "illustration": {
                    "default": "pose:all-fours",
                    "inhale": "pose:cow",
                    "exhale": "pose:cat",
                    "alt": {"default": FLAT, "inhale": ARCHED, "exhale": ROUNDED},
                },
                "hold": {"breaths": 1},
            },
            {
                "title": "Knee drop",
                "illustration": {
                    "default": "pose:side-knee-drop",
                    "lead_in": "pose:knees-to-chest",
                    "release": "pose:knees-to-chest",
                    "alt": {"default": KNEES_LEFT, "lead_in": KNEES_UP, "release": KNEES_UP},
                },
                "hold": {"seconds": 5},
                "reps": {"count": 3, "release": 4},
                "sides": "alternate",
            },
        ],
    )


@pytest.fixture
def window(main_window, user_routines: Path) -> MainWindow:
    write_json(user_routines / "described.json", described_doc())
    return main_window()


def until(window: MainWindow, clock: FakeClock, test: Callable[[], bool]) -> Segment:
    play_until(window, clock, test, TICK)
    return segment(window)


def segment(window: MainWindow) -> Segment:
    player = window.controller.player
    assert player is not None
    return player.segment


def described(view: PictureView) -> str:
    """What the picture says about itself, checked to be the same in both places."""
    text = view.accessibleDescription()
    assert view.toolTip() == tooltip_html(text)
    assert bool(text) == bool(view.toolTip())
    return text


def is_(kind: SegmentKind, side: Side | None = None, rep: int | None = None):
    def test(window: MainWindow) -> bool:
        seg = segment(window)
        return (
            seg.kind is kind
            and (side is None or seg.side is side)
            and (rep is None or seg.rep == rep)
        )

    return test


def test_the_players_picture_describes_the_step_and_frame_it_shows(
    qtbot, main_window, user_routines: Path
) -> None:
    write_json(user_routines / "described.json", described_doc())
    clock = FakeClock()
    window = main_window(clock=clock)
    routine = Library.scan().by_id("described")
    assert routine is not None and window.start_routine(routine)
    view = window.player_view.picture
    at = lambda test: until(window, clock, lambda: test(window))  # noqa: E731

    # Cat-cow: the get-ready frame has no description of its own, so the step's is used;
    # each breath frame has its own.
    at(is_(SegmentKind.LEAD_IN))
    assert view.path is not None and view.path.name == "all-fours.svg"
    assert described(view) == FLAT
    at(is_(SegmentKind.INHALE))
    assert view.path.name == "cow.svg" and described(view) == ARCHED
    at(is_(SegmentKind.EXHALE))
    assert view.path.name == "cat.svg" and described(view) == ROUNDED

    # The rest shows what comes next, and says so.
    at(is_(SegmentKind.REST))
    assert view.path.name == "knees-to-chest.svg" and described(view) == KNEES_UP

    # Side to side: left as drawn, right mirrored (and said to be), left again.
    seg = at(is_(SegmentKind.HOLD, rep=1))
    assert seg.side is Side.LEFT and not view.mirrored
    assert view.path.name == "side-knee-drop.svg" and described(view) == KNEES_LEFT
    seg = at(is_(SegmentKind.RELEASE))
    assert seg.side is Side.LEFT and described(view) == KNEES_UP
    seg = at(is_(SegmentKind.HOLD, rep=2))
    assert seg.side is Side.RIGHT and view.mirrored
    assert described(view) == f"{KNEES_LEFT} (shown mirrored, for the right side)"
    assert window.player_view.side_label.text() == "Right side"
    seg = at(is_(SegmentKind.HOLD, rep=3))
    assert seg.side is Side.LEFT and not view.mirrored and described(view) == KNEES_LEFT
    assert window.player_view.side_label.text() == "Left side"


def test_a_picture_without_a_description_has_no_stale_one(
    main_window, qtbot, user_routines: Path
) -> None:
    doc = described_doc()
    doc["steps"][1]["illustration"] = "pose:side-knee-drop"  # no alt at all
    write_json(user_routines / "described.json", doc)
    clock = FakeClock()
    window = main_window(clock=clock)
    routine = Library.scan().by_id("described")
    assert routine is not None and window.start_routine(routine)
    view = window.player_view.picture
    until(window, clock, lambda: is_(SegmentKind.INHALE)(window))
    assert described(view) == ARCHED
    until(window, clock, lambda: is_(SegmentKind.HOLD, rep=1)(window))
    assert view.path is not None and view.path.name == "side-knee-drop.svg"
    assert described(view) == ""


def test_the_library_details_describe_the_first_picture(qtbot, window: MainWindow) -> None:
    library = window.library_view
    details = library.details
    # Pick the routine the way a person does: its card in the list.
    for row in range(library.list.count()):
        library.list.setCurrentRow(row)
        if details.title.text() == "Described":
            break
    assert details.title.text() == "Described"
    assert described(details.picture) == FLAT
    # A bundled routine: its first picture has a description too.
    for row in range(library.list.count()):
        library.list.setCurrentRow(row)
        if details.title.text() == "Lower-back spasm relief":
            break
    assert details.title.text() == "Lower-back spasm relief"
    assert described(details.picture).startswith("Lying on your back")


def test_a_description_is_shown_as_text_never_as_markup() -> None:
    assert tooltip_html("Knees <b>left</b> & down") == (
        "<p style='white-space:pre'>Knees &lt;b&gt;left&lt;/b&gt; &amp; down</p>"
    )
    assert tooltip_html("") == tooltip_html("  ") == ""


def test_a_long_description_is_a_tooltip_of_short_lines() -> None:
    text = "Sitting on the floor, left leg straight, right leg bent, leaning forward " * 3
    body = tooltip_html(text).removeprefix("<p style='white-space:pre'>").removesuffix("</p>")
    lines = body.split("<br>")
    assert len(lines) > 3 and all(len(line) <= TOOLTIP_LINE for line in lines)
    assert " ".join(lines) == text.strip()  # every word, in order
