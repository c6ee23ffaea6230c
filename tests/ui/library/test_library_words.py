"""The library's words: "1 step", not "1 steps"."""

from __future__ import annotations

from helpers import minimal_doc, write_json

from supple.ui.kit.text import size_text, steps_text


def test_steps_are_counted_in_plain_words(qapp) -> None:
    assert steps_text(1) == "1 step" and steps_text(2) == "2 steps"
    assert size_text(50, 1) == "about 1 min · 1 step"
    assert size_text(0, 0) == "no steps yet"
    assert size_text(600, 5) == "about 10 min · 5 steps"


def test_a_one_step_routine_says_one_step(qtbot, main_window, user_routines) -> None:
    write_json(user_routines / "one.json", minimal_doc(id="one", title="One"))
    window = main_window()
    assert window.library_view.select("one")
    meta = window.library_view.details.meta.text()
    assert "1 step" in meta and "1 steps" not in meta
