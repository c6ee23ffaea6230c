"""Hostile pictures in the user's routines: the window appears and answers, no own
picture is read or drawn on the GUI thread, and the library's card, its details and
the player show a placeholder that names the problem."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from helpers import minimal_doc, write_json
from hostile_pictures import bypasses, fan_out, red_png, use_bomb
from PySide6.QtCore import QSize

import supple.routine.picture_file as picture_file
import supple.ui.kit.picture_render as picture_render
from supple.routine.picture_file import PictureData
from supple.ui.kit.picture import CACHE


def _routine(folder: Path, routine_id: str, pictures: list[str]) -> None:
    steps = [
        {"title": f"Step {i + 1}", "hold": {"seconds": 20}, "illustration": name}
        for i, name in enumerate(pictures)
    ]
    write_json(folder / f"{routine_id}.json", minimal_doc(id=routine_id, title=routine_id,
                                                          steps=steps))  # fmt: skip


@pytest.fixture
def hostile_library(user_routines: Path, tmp_path: Path) -> Path:
    outside = tmp_path / "outside"
    outside.mkdir()
    files = bypasses(user_routines, red_png(outside / "red.png"))
    use_bomb(user_routines / "bomb.svg")
    for i in range(30):  # a routine built to amplify: many steps, each a heavy picture
        fan_out(user_routines / f"heavy-{i}.svg", copies=500 + i)
    _routine(user_routines, "bomb", ["bomb.svg"])
    _routine(user_routines, "reach", ["dtd-default-href.svg", *files])
    _routine(user_routines, "amplify", [f"heavy-{i}.svg" for i in range(30)])
    return user_routines


def test_hostile_pictures_are_never_read_on_the_gui_thread_and_say_why(
    qtbot, main_window, hostile_library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    gui = threading.get_ident()
    on_gui: list[Path] = []
    real = picture_file.read_picture

    def watched(path: Path) -> PictureData:
        if threading.get_ident() == gui and hostile_library in path.parents:
            on_gui.append(path)  # (Supple's own logo may be drawn there: it is no own picture)
        return real(path)

    monkeypatch.setattr(picture_file, "read_picture", watched)  # render_picture's reader
    window = main_window()
    view = window.library_view
    for routine_id, label in (
        ("bomb", "Picture too complex"),
        ("reach", "Picture links to other files"),
        ("amplify", "Picture too complex"),
    ):
        assert view.select(routine_id)
        details = view.details.picture
        qtbot.waitUntil(lambda d=details: d.grab() is not None and d.problem is not None)
        assert picture_render.problem_label(details.problem) == label
        assert "This picture can't be shown: it" in details.accessibleDescription()
    # The cards: each thumbnail asked for, drawn (refused) by a worker, then repainted.
    view.list.viewport().grab()
    qtbot.waitUntil(lambda: CACHE.pending() == 0)
    thumb = QSize(100, 72)  # library_view.THUMB less its margins
    for name in ("bomb.svg", "dtd-default-href.svg", "heavy-0.svg"):
        drawn = CACHE.lookup(hostile_library / name, thumb)
        assert drawn is not None and drawn.problem is not None, name

    entry = view.current_entry()
    assert entry is not None and entry.routine is not None
    window.start_routine(entry.routine)  # "amplify": the player on step 1
    player = window.player_view.picture
    qtbot.waitUntil(lambda: player.grab() is not None and player.problem is not None)
    assert player.problem.kind == "complex"
    assert "would draw more than 50,000 elements" in player.problem.message
    window.controller.stop()
    assert on_gui == []
