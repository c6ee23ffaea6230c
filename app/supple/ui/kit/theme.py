"""Colours and type derived from the system palette, so light and dark both work.

Nothing here hard-codes a text colour: surfaces are the palette's own colours,
softly tinted with its accent (Highlight). ``dark_palette`` exists for the
screenshot script and tests, which run offscreen where no system theme exists.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

Role = QPalette.ColorRole


def mix(a: QColor, b: QColor, t: float) -> QColor:
    """``a`` moved ``t`` (0..1) of the way towards ``b``."""
    t = max(0.0, min(1.0, t))
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
        a.alphaF() + (b.alphaF() - a.alphaF()) * t,
    )


def is_dark(palette: QPalette) -> bool:
    return palette.color(Role.Window).lightnessF() < 0.5


def accent(palette: QPalette) -> QColor:
    return palette.color(Role.Highlight)


def card(palette: QPalette) -> QColor:
    """A surface for pictures and panels: the base colour with a hint of accent."""
    base = palette.color(Role.Base)
    return mix(base, accent(palette), 0.14 if is_dark(palette) else 0.07)


def card_border(palette: QPalette) -> QColor:
    return mix(card(palette), palette.color(Role.WindowText), 0.10)


def muted_text(palette: QPalette) -> QColor:
    """Secondary text: between the text and the window colour, never below 4.5:1."""
    muted = mix(palette.color(Role.WindowText), palette.color(Role.Window), 0.38)
    return readable(readable(muted, palette.color(Role.Window)), card(palette))


# -- contrast (WCAG 2.x) ------------------------------------------------------------------
TEXT_CONTRAST = 4.5  # body text; large text (24 px, or 18.7 px bold) needs 3.0
LARGE_TEXT_CONTRAST = 3.0
NON_TEXT_CONTRAST = 3.0  # the outline of a control (a check box's border) on what is around it
# What colours are moved to: a little over 4.5, since a colour written as #rrggbb and
# drawn antialiased can land a hair lower than computed.
AIM = 4.6
NON_TEXT_AIM = 3.1


def _white() -> QColor:  # fromRgbF: no overloads to resolve before the first frame
    return QColor.fromRgbF(1.0, 1.0, 1.0)


def _black() -> QColor:
    return QColor.fromRgbF(0.0, 0.0, 0.0)


def luminance(color: QColor) -> float:
    """Relative luminance, as WCAG 2 defines it (sRGB, 0 black .. 1 white)."""

    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(color.redF())
        + 0.7152 * linear(color.greenF())
        + 0.0722 * linear(color.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours, 1 to 21."""
    la, lb = luminance(a), luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def readable(fg: QColor, bg: QColor, ratio: float = AIM) -> QColor:
    """``fg`` as little changed as it takes to reach ``ratio`` on ``bg``: moved towards
    white on a dark background, towards black on a light one (the hue stays)."""
    if contrast(fg, bg) >= ratio:
        return fg
    target = _white() if luminance(bg) < 0.18 else _black()
    for step in range(1, 41):
        moved = mix(fg, target, step / 40)
        if contrast(moved, bg) >= ratio:
            return moved
    return target


def indicator_outline(palette: QPalette) -> QColor:
    """The border of a check box (kit/indicator_style.py): the window colour moved
    towards the text until it reaches 3:1 against both the window it sits on and the
    base colour it is filled with (WCAG 2: non-text contrast), with AIM's margin."""
    window, base = palette.color(Role.Window), palette.color(Role.Base)
    text = palette.color(Role.WindowText)
    for step in range(1, 41):
        outline = mix(window, text, step / 40)
        if min(contrast(outline, window), contrast(outline, base)) >= NON_TEXT_AIM:
            return outline
    return text


def accent_text(palette: QPalette) -> QColor:
    """The accent as a text colour ("Get ready", "Next up"): readable on the window and
    on the cards. A system accent (GTK's dark #15539e on grey) can be far too dark."""
    return readable(readable(accent(palette), palette.color(Role.Window)), card(palette))


def accent_fill(palette: QPalette) -> QColor:
    """The accent as the background of a main button, with HighlightedText on it at
    4.5:1 (Fusion's light accent under white text is only 3.7:1)."""
    on = palette.color(Role.HighlightedText)
    fill = accent(palette)
    if contrast(on, fill) >= AIM:
        return fill
    away = _black() if luminance(on) > 0.18 else _white()
    for step in range(1, 41):
        moved = mix(fill, away, step / 40)
        if contrast(on, moved) >= AIM:
            return moved
    return away


def accent_fill_hover(palette: QPalette) -> QColor:
    """A main button under the pointer: its fill a little towards the text colour, kept
    readable."""
    fill = mix(accent_fill(palette), palette.color(Role.WindowText), 0.12)
    on = palette.color(Role.HighlightedText)
    return fill if contrast(on, fill) >= AIM else accent_fill(palette)


def gtk_dark_palette() -> QPalette:
    """What Qt's GTK 3 platform theme reads from Adwaita-dark: grey surfaces and the
    dark blue selection accent. Tests use it to check contrast with a system accent."""
    p = QPalette()
    colours = {
        Role.Window: "#353535",
        Role.WindowText: "#eeeeec",
        Role.Base: "#2d2d2d",
        Role.AlternateBase: "#323232",
        Role.Text: "#eeeeec",
        Role.Button: "#353535",
        Role.ButtonText: "#eeeeec",
        Role.Highlight: "#15539e",
        Role.HighlightedText: "#ffffff",
        Role.PlaceholderText: "#919190",
        Role.ToolTipBase: "#262626",
        Role.ToolTipText: "#ffffff",
        Role.Link: "#3584e4",
        Role.Light: "#474747",
        Role.Midlight: "#3e3e3e",
        Role.Mid: "#2b2b2b",
        Role.Dark: "#1b1b1b",
        Role.Shadow: "#000000",
    }
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for role, name in colours.items():
            p.setColor(group, role, QColor(name))
    disabled = dict(colours)  # GTK greys out the text, not the surfaces
    for role in (Role.WindowText, Role.Text, Role.ButtonText, Role.HighlightedText):
        disabled[role] = "#919190"
    disabled[Role.Highlight] = "#3c3c3c"
    for role, name in disabled.items():
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(name))
    return p


def focus_ring(palette: QPalette) -> QColor:
    """The keyboard focus outline: the text colour, which stands out on the window, the
    cards and the accent alike (the accent itself would vanish on an accent button)."""
    return palette.color(Role.WindowText)


def css(color: QColor) -> str:
    return color.name(QColor.NameFormat.HexArgb) if color.alpha() < 255 else color.name()


def scaled_font(widget: QWidget, factor: float, *, bold: bool = False) -> QFont:
    """The widget's font at ``factor`` times the application's point size."""
    font = QFont(widget.font())
    base = QApplication.font().pointSizeF()
    if base <= 0:
        base = 10.0
    font.setPointSizeF(max(6.0, base * factor))
    font.setBold(bold)
    return font


def pixel_font(widget: QWidget, pixels: int, *, weight: QFont.Weight | None = None) -> QFont:
    font = QFont(widget.font())
    font.setPixelSize(max(6, int(pixels)))
    if weight is not None:
        font.setWeight(weight)
    return font


def unit_font(
    widget: QWidget,
    unit: float,
    share: float,
    low: int,
    high: int,
    weight: QFont.Weight | None = None,
) -> QFont:
    """A font ``share`` of ``unit`` pixels high (``unit``: the page's size), kept in
    ``low``..``high`` so text grows with the window but stays sensible."""
    return pixel_font(widget, max(low, min(high, round(unit * share))), weight=weight)


def slim_scrollbar_css(palette: QPalette) -> str:
    """Style-sheet rules for the thin, quiet vertical scroll bars of the app's pages."""
    handle = css(mix(palette.color(Role.Window), muted_text(palette), 0.5))
    return f"""
        QScrollBar:vertical {{ background: transparent; width: 10px; margin: 2px; }}
        QScrollBar::handle:vertical {{ background: {handle}; border-radius: 3px;
            min-height: 32px; }}
        QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical {{ height: 0; }}
        QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical {{ background: none; }}
    """


def dark_palette() -> QPalette:
    """A calm dark palette for the Fusion style (used offscreen and on request)."""
    p = QPalette()
    window = QColor("#1d1f23")
    base = QColor("#25282d")
    text = QColor("#e6e7e9")
    button = QColor("#2c3036")
    highlight = QColor("#3aa8c9")
    disabled = QColor("#7d828a")
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        p.setColor(group, Role.Window, window)
        p.setColor(group, Role.WindowText, text)
        p.setColor(group, Role.Base, base)
        p.setColor(group, Role.AlternateBase, QColor("#2a2d33"))
        p.setColor(group, Role.ToolTipBase, QColor("#31353b"))
        p.setColor(group, Role.ToolTipText, text)
        p.setColor(group, Role.PlaceholderText, QColor("#8e939b"))
        p.setColor(group, Role.Text, text)
        p.setColor(group, Role.Button, button)
        p.setColor(group, Role.ButtonText, text)
        p.setColor(group, Role.BrightText, QColor("#ff6b6b"))
        p.setColor(group, Role.Highlight, highlight)
        p.setColor(group, Role.HighlightedText, QColor("#0d1114"))
        p.setColor(group, Role.Link, QColor("#6cc4e0"))
        p.setColor(group, Role.Light, QColor("#3a3f46"))
        p.setColor(group, Role.Midlight, QColor("#32363c"))
        p.setColor(group, Role.Mid, QColor("#2a2d32"))
        p.setColor(group, Role.Dark, QColor("#15171a"))
        p.setColor(group, Role.Shadow, QColor("#0b0c0e"))
    g = QPalette.ColorGroup.Disabled
    p.setColor(g, Role.Window, window)
    p.setColor(g, Role.Base, base)
    p.setColor(g, Role.Button, button)
    for role in (Role.WindowText, Role.Text, Role.ButtonText, Role.PlaceholderText):
        p.setColor(g, role, disabled)
    p.setColor(g, Role.Highlight, QColor("#3b4047"))
    p.setColor(g, Role.HighlightedText, disabled)
    return p


def light_palette() -> QPalette:
    """Fusion's own light palette with the app's accent."""
    from PySide6.QtWidgets import QStyleFactory

    style = QStyleFactory.create("Fusion")
    p = QPalette(style.standardPalette()) if style is not None else QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        p.setColor(group, Role.Highlight, QColor("#1f8fad"))
        p.setColor(group, Role.HighlightedText, QColor("#ffffff"))
        p.setColor(group, Role.Window, QColor("#f4f5f7"))
        p.setColor(group, Role.Base, QColor("#ffffff"))
        p.setColor(group, Role.Button, QColor("#eceef1"))
    return p


def apply_theme(app: QApplication, theme: str) -> None:
    """Fusion with an explicit "light", "dark" or "gtk-dark" palette (offscreen has no
    system theme; "gtk-dark" is what GTK's Adwaita-dark gives Qt)."""
    from supple.ui.kit.indicator_style import OutlinedIndicators

    app.setStyle(OutlinedIndicators("Fusion"))
    palettes = {"dark": dark_palette, "gtk-dark": gtk_dark_palette}
    app.setPalette(palettes.get(theme, light_palette)())


# -- the desktop's theme changing while Supple runs ----------------------------------------
class _Restyle(QObject):
    """A styled view's part in following the palette; it goes with the view."""

    def __init__(self, view: QWidget, restyle: Callable[[], None]) -> None:
        super().__init__(view)
        self._view = view
        self._restyle = restyle

    def palette_changed(self, _palette: QPalette) -> None:
        QTimer.singleShot(0, self.refresh)  # once every window has the new palette

    def refresh(self) -> None:
        self._view.setStyleSheet("")  # its palette follows the window's again
        self._restyle()


def follow_app_palette(view: QWidget, restyle: Callable[[], None]) -> None:
    """Make ``view``'s style sheet anew (``restyle``) when the application's palette changes.

    A widget with a style sheet keeps the palette it was polished with: when the desktop
    turned dark while Supple ran, the window went dark and the library's text stayed
    black on it (Qt tells only the application and its top-level windows; a styled
    widget gets no PaletteChange)."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.paletteChanged.connect(_Restyle(view, restyle).palette_changed)
