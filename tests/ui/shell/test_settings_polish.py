"""The settings dialog from the mat: the check boxes in one line down every group, and
the ~100 voices of espeak-ng grouped by language with the person's own first."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QCheckBox, QDialogButtonBox, QGroupBox

from supple.settings import Settings
from supple.speech.voice import VoiceInfo
from supple.ui.shell.settings_dialog import SettingsDialog
from supple.ui.shell.voice_groups import base_language, grouped


def test_check_boxes_stand_at_one_indent_in_every_group(qtbot) -> None:
    """On every tab: a tab's page is laid out when it is shown."""
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    lefts = {}
    boxes = []
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        qtbot.wait(0)  # the page's layout runs
        boxes += [box for box in dialog.tabs.widget(index).findChildren(QCheckBox)]
    assert sorted(boxes, key=id) == sorted(dialog.findChildren(QCheckBox), key=id)
    for box in boxes:
        group = box.parent()
        while group is not None and not isinstance(group, QGroupBox):
            group = group.parent()
        lefts.setdefault(box.mapTo(dialog, box.rect().topLeft()).x(), []).append(
            (group.title() if group else "", box.text())
        )
    groups = {title for boxes in lefts.values() for title, _ in boxes}
    assert len(groups) >= 6  # voice, sounds, pacing, history, keyboard, screen
    assert len(lefts) == 1, {k: [t for _, t in v] for k, v in lefts.items()}


class RealVoices(QObject):
    """The bridge's one signal, carrying the voices the real espeak-ng lists."""

    voices_listed = Signal(list)

    def __init__(self, voices: list[VoiceInfo]) -> None:
        super().__init__()
        self.problem = None
        self.voices = voices

    def request_voices(self) -> None:
        self.voices_listed.emit(self.voices)


@pytest.fixture(scope="module")
def espeak_voices() -> list[VoiceInfo]:
    from supple.speech.oneshot import OneShot
    from supple.speech.voice import EngineUnavailable

    try:
        with OneShot() as shot:
            return list(shot.voices())
    except EngineUnavailable as exc:  # pragma: no cover - espeak-ng is installed here
        pytest.skip(f"no speech engine: {exc}")


def test_voices_are_grouped_by_language_the_system_one_first(qtbot, espeak_voices) -> None:
    assert len(espeak_voices) > 40
    german = next(v.language for v in espeak_voices if base_language(v.language) == "de")
    dialog = SettingsDialog(Settings(), bridge=RealVoices(espeak_voices))
    dialog.system_language = "de_DE"  # as if the desktop spoke German
    dialog._set_voices(espeak_voices, "")
    qtbot.addWidget(dialog)
    combo = dialog.voice_combo
    model = combo.model()
    headings = [
        combo.itemText(i)
        for i in range(combo.count())
        if combo.itemText(i) and not model.item(i).isEnabled()
    ]
    assert headings[0] == "German" and german
    assert len(headings) == len(set(headings)) > 10
    assert headings[1:] == sorted(headings[1:], key=str.casefold)
    # Every voice is listed once, and only a voice can be chosen.
    ids = [combo.itemData(i) for i in range(combo.count()) if model.item(i).isEnabled()]
    assert sorted(i for i in ids if i) == sorted(v.id for v in espeak_voices)
    # Under each heading, only voices of that language.
    groups = grouped(espeak_voices, "de")
    assert {base_language(v.language) for v in groups[0][1]} == {"de"}
    assert sum(len(members) for _name, members in groups) == len(espeak_voices)


def test_a_heading_cannot_be_chosen_by_keys(qtbot) -> None:
    voices = [
        VoiceInfo("gmw/en-us", "English (America)", "en-us"),
        VoiceInfo("gmw/de", "German", "de"),
    ]
    dialog = SettingsDialog(Settings(), bridge=RealVoices(voices))
    dialog.system_language = "en_GB"
    dialog._set_voices(voices, "")
    qtbot.addWidget(dialog)
    combo = dialog.voice_combo
    assert combo.itemText(2) == "English"  # after Default voice and a line
    combo.setFocus()
    for _ in range(6):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
        assert combo.currentData() in ("", "gmw/en-us", "gmw/de")
        assert combo.model().item(combo.currentIndex()).isEnabled()


@pytest.mark.parametrize("language", ["en", "de", "es"])
def test_the_dialog_fits_a_1024x600_screen_in_every_language(qtbot, supple_home, language) -> None:
    """With the Reminders tab and a plan of three rows (its widest page), as the app shows
    it; room left for a title bar and the desktop's panel."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from supple.ui.reminders.settings_section import RemindersSection
    from supple.ui.shell.window_language import install_translations

    default = QLocale()
    installed = install_translations(QCoreApplication.instance(), language)
    try:
        # Qt's and Supple's (for English: supple_en, which holds the English plurals)
        names = sorted(Path(t.filePath()).name for t in installed)
        assert names == [f"qtbase_{language}.qm", f"supple_{language}.qm"]
        section = RemindersSection(
            [
                ("daily-back-care", "Daily back care"),
                ("quick-spasm-relief", "Quick spasm relief"),
                ("back-walk", "A walk for the lower back"),
            ]
        )
        plan = [
            {"routine": "daily-back-care", "time": "08:00", "days": [0, 1, 2, 3, 4]},
            {"routine": "back-walk", "time": "12:30", "days": [5, 6]},
            {"routine": "quick-spasm-relief", "time": None, "days": [0, 1, 2, 3, 4, 5, 6]},
        ]
        dialog = SettingsDialog(Settings(reminder_plan=plan), sections=[section])
        qtbot.addWidget(dialog)
        tabs = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
        assert len(tabs) == 4 and (tabs[0] == "Voice and sounds") == (language == "en")
        size = dialog.sizeHint()
        assert size.width() <= 1000 and size.height() <= 560, (language, size)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.width() <= 1000 and dialog.height() <= 560
    finally:
        for translator in installed:
            QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(default)


def _tab_walk(qtbot, dialog: SettingsDialog, presses: int) -> list[object]:
    seen = [QApplication.focusWidget()]
    for _ in range(presses):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    return seen


def test_tab_goes_from_the_tab_bar_down_its_page_then_to_the_buttons(qtbot) -> None:
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    bar = dialog.tabs.tabBar()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is bar)  # it opens on the tab bar
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert not dialog.test_button.isEnabled()  # no voice to test: Tab passes it by
    assert _tab_walk(qtbot, dialog, 10) == [
        bar,
        dialog.voice_combo,
        dialog.rate_spin,
        dialog.volume_spin,
        dialog.verbosity_combo,
        dialog.mute_check,
        dialog.sounds_check,
        dialog.sound_volume_spin,
        save,
        cancel,
        bar,
    ]
    # Ctrl+Tab turns to the next page; Tab then walks that one.
    qtbot.keyClick(bar, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert dialog.tabs.currentIndex() == 1
    qtbot.keyClick(bar, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert dialog.tabs.currentIndex() == 2
    assert dialog.tabs.tabText(2) == "Screen, keys, language"
    assert _tab_walk(qtbot, dialog, 4)[1:] == [
        dialog.single_keys_check,  # Keyboard, first: where a person looks for the keys
        dialog.keep_screen_check,
        dialog.language_combo,
        save,
    ]
