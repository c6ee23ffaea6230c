"""Text stays readable in every palette the app meets: the light and dark ones it ships
and the system's GTK dark (Adwaita-dark, whose dark blue accent on grey made "Get ready"
1.6:1). Each colour pair the theme hands out for text is measured (WCAG 2: 4.5:1), then
the player is drawn and the pixels of its labels and main button are measured too."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from helpers import minimal_doc, write_json
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from supple.routine import Library
from supple.session import FakeClock
from supple.ui.kit import theme

Role = QPalette.ColorRole
THEMES = ("light", "dark", "gtk-dark")


def text_pairs(p: QPalette) -> dict[str, tuple[QColor, QColor]]:
    """Every (text, background) the theme gives the pages."""
    window, base, card = p.color(Role.Window), p.color(Role.Base), theme.card(p)
    on_accent = p.color(Role.HighlightedText)
    return {
        "text on window": (p.color(Role.WindowText), window),
        "muted on window": (theme.muted_text(p), window),
        "muted on card": (theme.muted_text(p), card),
        "accent text on window": (theme.accent_text(p), window),
        "accent text on card": (theme.accent_text(p), card),
        "main button": (on_accent, theme.accent_fill(p)),
        "main button hovered": (on_accent, theme.accent_fill_hover(p)),
        "button text on card": (p.color(Role.ButtonText), card),
        "text on base": (p.color(Role.Text), base),
    }


def palette_of(name: str) -> QPalette:
    return {"light": theme.light_palette, "dark": theme.dark_palette}.get(
        name, theme.gtk_dark_palette
    )()


def test_the_gtk_dark_accent_itself_is_unreadable_as_text() -> None:
    """The reason for accent_text: the raw accent fails, so the test below can fail."""
    p = theme.gtk_dark_palette()
    assert theme.contrast(theme.accent(p), p.color(Role.Window)) < 2.0
    assert theme.contrast(QColor("#000"), QColor("#fff")) == pytest.approx(21.0)


@pytest.mark.parametrize("name", THEMES)
def test_every_text_colour_reaches_4_5_to_1(name: str) -> None:
    pairs = text_pairs(palette_of(name))
    low = {
        role: round(theme.contrast(fg, bg), 2)
        for role, (fg, bg) in pairs.items()
        if theme.contrast(fg, bg) < theme.TEXT_CONTRAST
    }
    assert low == {}


def measured(image: QImage) -> float:
    """The contrast of a piece of screen: its commonest colour is the background, the
    pixel farthest from it is the text (antialiased edges are in between)."""
    counts: Counter[int] = Counter(
        image.pixel(x, y) for y in range(image.height()) for x in range(image.width())
    )
    background = QColor.fromRgb(counts.most_common(1)[0][0])
    return max(theme.contrast(QColor.fromRgb(rgb), background) for rgb in counts)


def piece(window: QWidget, widget: QWidget, inset: int = 0) -> QImage:
    """What ``widget`` shows, inside its border when ``inset`` (the border is no text)."""
    top_left = widget.mapTo(window, QPoint(0, 0))
    rect = QRect(top_left, widget.size()).adjusted(inset, inset, -inset, -inset)
    return window.grab(rect).toImage()


@pytest.mark.parametrize("name", THEMES)
def test_the_player_as_drawn_is_readable(qtbot, main_window, user_routines: Path, name) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    old_palette, old_style = app.palette(), app.style().name()
    theme.apply_theme(app, name)
    try:
        write_json(
            user_routines / "shades.json",
            minimal_doc(
                id="shades",
                title="Shades",
                defaults={"lead_in": 5, "rest": 4},
                steps=[
                    {"title": "One", "hold": {"seconds": 9}},
                    {"title": "Two", "hold": {"seconds": 9}},
                ],
            ),
        )
        clock = FakeClock()
        window = main_window(library=Library.scan(), clock=clock, size=(1024, 600))
        lib = window.library_view
        window.setFocus()  # no focus ring on a button: the ring is not its text
        QApplication.processEvents()
        library = {
            "library hint (muted)": measured(piece(window, lib.subheading)),
            "start button": measured(piece(window, lib.start_button, 5)),
            "edit button": measured(piece(window, lib.edit_button, 5)),
            "details meta (muted on the panel)": measured(piece(window, lib.details.meta)),
        }
        low = {k: round(v, 2) for k, v in library.items() if v < theme.TEXT_CONTRAST}
        assert low == {}, library
        entry = next(e for e in window.library.entries if e.id == "shades")
        assert window.sessions.start_routine(entry.routine)
        clock.advance(0.5)
        window.controller.tick()
        view = window.player_view
        view.setFocus()  # no focus ring on a button: the ring is not its text
        QApplication.processEvents()
        assert view.phase_label.text() == "Get ready"
        found = {
            "phase": measured(piece(window, view.phase_label)),
            "step": measured(piece(window, view.step_label)),
            "routine (muted)": measured(piece(window, view.routine_label)),
            "pause button": measured(piece(window, view.toggle_button, 5)),
            "back button": measured(piece(window, view.back_button, 5)),
        }
        low = {k: round(v, 2) for k, v in found.items() if v < theme.TEXT_CONTRAST}
        assert low == {}, found
    finally:
        app.setStyle(old_style)
        app.setPalette(old_palette)


# -- the outline of an unchecked check box (WCAG 2: non-text contrast, 3:1) ---------------
@pytest.mark.parametrize("name", THEMES)
def test_an_indicators_outline_reaches_3_to_1_on_the_window_and_in_the_box(name: str) -> None:
    p = palette_of(name)
    outline = theme.indicator_outline(p)
    for around in (p.color(Role.Window), p.color(Role.Base)):
        assert theme.contrast(outline, around) >= theme.NON_TEXT_CONTRAST, name


def test_fusions_own_outline_is_lost_on_the_dark_theme() -> None:
    """Why the outline is redrawn: Fusion's (the window darkened by 40 %) is 1.1:1."""
    p = theme.dark_palette()
    fusion = p.color(Role.Window).darker(140)
    assert theme.contrast(fusion, p.color(Role.Window)) < 1.5


@pytest.mark.parametrize("name", THEMES)
def test_an_unchecked_box_as_drawn_shows_its_outline(qtbot, name: str) -> None:
    """A check box drawn in the theme: the pixels of its box's border against the
    window around it and the fill inside it."""
    from PySide6.QtWidgets import QCheckBox, QStyle, QStyleOptionButton, QVBoxLayout

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    old_palette, old_style = app.palette(), app.style().name()
    theme.apply_theme(app, name)
    try:
        page = QWidget()
        layout = QVBoxLayout(page)
        boxes = {
            "check box": (QCheckBox("Remind me"), QStyle.SubElement.SE_CheckBoxIndicator),
        }
        for box, _ in boxes.values():
            layout.addWidget(box)
        qtbot.addWidget(page)
        page.resize(240, 90)
        page.show()
        QApplication.processEvents()
        found = {}
        for what, (box, element) in boxes.items():
            assert not box.isChecked()
            option = QStyleOptionButton()
            box.initStyleOption(option)
            rect = box.style().subElementRect(element, option, box)
            image = box.grab().toImage()
            middle = rect.center().y()
            window = app.palette().color(Role.Window)
            inside = QColor.fromRgb(image.pixel(rect.center()))
            edge = max(
                (
                    QColor.fromRgb(image.pixel(x, middle))
                    for x in range(rect.left(), rect.left() + 3)
                ),
                key=lambda c: theme.contrast(c, inside),
            )
            found[what] = round(min(theme.contrast(edge, window), theme.contrast(edge, inside)), 2)
        low = {k: v for k, v in found.items() if v < theme.NON_TEXT_CONTRAST}
        assert low == {}, found
    finally:
        app.setStyle(old_style)
        app.setPalette(old_palette)
