"""The settings dialog, driven like a person would, saving to a real file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialogButtonBox

from supple import settings as settings_module
from supple.settings import Settings
from supple.speech.voice import VoiceInfo
from supple.ui.shell.settings_dialog import SettingsDialog


class StandInBridge(QObject):
    """What the dialog needs of the speech bridge."""

    voices_listed = Signal(list)

    def __init__(self) -> None:
        super().__init__()
        self.problem = None
        self.tested = []
        self.applied = []

    def request_voices(self) -> None:
        self.voices_listed.emit(
            [
                VoiceInfo("gmw/en-us", "English (America)", "en-us"),
                VoiceInfo("gmw/de", "German", "de"),
            ]
        )

    def test_voice(self, text=None, config=None) -> None:
        self.tested.append(config)

    def apply_settings(self, settings) -> None:
        self.applied.append(settings)


def test_the_stand_in_bridge_offers_what_the_real_bridge_offers(qtbot) -> None:
    """It cannot drift from SpeechBridge: same signals, same methods and parameters."""
    import inspect

    from supple.ui.player.speech_bridge import SpeechBridge

    own = {"tested", "applied"}  # what the stand-in keeps for the tests to read
    for name, value in vars(StandInBridge).items():
        if isinstance(value, Signal):
            assert isinstance(getattr(SpeechBridge, name), Signal), name
        elif inspect.isfunction(value) and not name.startswith("_"):
            real = getattr(SpeechBridge, name)
            assert list(inspect.signature(value).parameters) == list(
                inspect.signature(real).parameters
            ), name
    real_init = inspect.getsource(SpeechBridge.__init__)
    for name in set(vars(StandInBridge())) - set(dir(QObject)) - own:
        assert f"self.{name}" in real_init, name


def click(qtbot, dialog, which) -> None:
    qtbot.mouseClick(dialog.buttons.button(which), Qt.MouseButton.LeftButton)


def test_change_values_save_and_reload_from_disk(qtbot, supple_home):
    settings_module.save(Settings(window_geometry="abc", last_routine="cat-cow"))
    settings = settings_module.load().settings
    bridge = StandInBridge()
    dialog = SettingsDialog(settings, bridge=bridge)
    qtbot.addWidget(dialog)
    dialog.voice_combo.setCurrentIndex(dialog.voice_combo.findData("gmw/de"))
    dialog.rate_spin.setValue(200)
    dialog.volume_spin.setValue(55)
    dialog.mute_check.setChecked(True)
    dialog.verbosity_combo.setCurrentIndex(dialog.verbosity_combo.findData("counts"))
    dialog.sounds_check.setChecked(False)
    dialog.sound_volume_spin.setValue(30)
    dialog.lead_in_routine.setChecked(False)
    dialog.lead_in_spin.setValue(15)
    dialog.breath_routine.setChecked(False)
    dialog.inhale_spin.setValue(5)
    dialog.pause_spin.setValue(2)
    dialog.exhale_spin.setValue(7)
    dialog.checkin_check.setChecked(True)
    dialog.goal_spin.setValue(20)
    assert dialog.keep_screen_check.isChecked()  # on by default
    dialog.keep_screen_check.setChecked(False)
    assert dialog.single_keys_check.isChecked()  # on by default
    dialog.single_keys_check.setChecked(False)
    with qtbot.waitSignal(dialog.saved, timeout=10000):
        click(qtbot, dialog, QDialogButtonBox.StandardButton.Save)
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    loaded = settings_module.load()
    assert loaded.notes == []
    s = loaded.settings
    assert (s.voice_id, s.rate, s.volume, s.muted, s.verbosity) == (
        "gmw/de",
        200,
        0.55,
        True,
        "counts",
    )
    assert (s.sounds_enabled, s.sound_volume, s.lead_in) == (False, 0.3, 15)
    assert (s.breath_inhale, s.breath_pause, s.breath_exhale) == (5, 2, 7)
    assert (s.checkin_enabled, s.daily_goal_minutes, s.keep_screen_on) == (True, 20, False)
    assert s.single_key_shortcuts is False
    # Fields the dialog does not show are kept.
    assert (s.window_geometry, s.last_routine) == ("abc", "cat-cow")
    # The in-memory settings and the voice follow.
    assert settings.rate == 200 and bridge.applied == [settings]
    # Reopened, the dialog shows what was saved.
    again = SettingsDialog(settings_module.load().settings, bridge=StandInBridge())
    qtbot.addWidget(again)
    assert again.values() == {
        "voice_id": "gmw/de",
        "rate": 200,
        "volume": 0.55,
        "muted": True,
        "verbosity": "counts",
        "sounds_enabled": False,
        "sound_volume": 0.3,
        "lead_in": 15,
        "breath_inhale": 5,
        "breath_pause": 2,
        "breath_exhale": 7,
        "checkin_enabled": True,
        "daily_goal_minutes": 20,
        "keep_screen_on": False,
        "single_key_shortcuts": False,
        "ui_language": "",
    }
    assert again.lead_in_spin.isEnabled() is not False


def test_as_the_routine_says_saves_none(qtbot, supple_home):
    settings = Settings(lead_in=20, breath_inhale=3, breath_pause=1, breath_exhale=3)
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert not dialog.lead_in_routine.isChecked() and dialog.lead_in_spin.isEnabled()
    dialog.lead_in_routine.setChecked(True)
    dialog.breath_routine.setChecked(True)
    assert not dialog.lead_in_spin.isEnabled() and not dialog.inhale_spin.isEnabled()
    with qtbot.waitSignal(dialog.saved, timeout=10000):
        dialog.save()
    s = settings_module.load().settings
    assert (s.lead_in, s.breath_inhale, s.breath_pause, s.breath_exhale) == (None, None, None, None)


def test_invalid_values_cannot_be_entered(qtbot):
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    for spin, low, high in (
        (dialog.rate_spin, 60, 400),
        (dialog.volume_spin, 0, 100),
        (dialog.sound_volume_spin, 0, 100),
        (dialog.lead_in_spin, 0, 60),
        (dialog.inhale_spin, 1, 20),
        (dialog.pause_spin, 0, 20),
        (dialog.exhale_spin, 1, 20),
    ):
        spin.setValue(high + 1000)
        assert spin.value() == high
        spin.setValue(low - 1000)
        assert spin.value() == low
    dialog.rate_spin.lineEdit().selectAll()
    qtbot.keyClicks(dialog.rate_spin.lineEdit(), "9999")
    dialog.rate_spin.interpretText()
    assert 60 <= dialog.rate_spin.value() <= 400
    values = dialog.values()
    _settings, notes = settings_module.from_dict(values)
    assert notes == []  # whatever the controls hold is a valid setting


def test_a_voice_that_is_not_installed_stays_selected_and_is_marked(qtbot):
    dialog = SettingsDialog(Settings(voice_id="xx/gone"), bridge=StandInBridge())
    qtbot.addWidget(dialog)
    assert dialog.voice_combo.currentData() == "xx/gone"
    assert "not found" in dialog.voice_combo.currentText()
    assert dialog.voice_combo.findData("gmw/en-us") > 0


def test_test_voice_uses_the_dialogs_unsaved_choices(qtbot):
    bridge = StandInBridge()
    dialog = SettingsDialog(Settings(), bridge=bridge)
    qtbot.addWidget(dialog)
    dialog.voice_combo.setCurrentIndex(dialog.voice_combo.findData("gmw/en-us"))
    dialog.rate_spin.setValue(222)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert [(c.voice_id, c.rate) for c in bridge.tested] == [("gmw/en-us", 222)]


def test_without_a_bridge_test_voice_is_disabled(qtbot):
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    assert not dialog.test_button.isEnabled()


def _unwritable_settings_path(supple_home: Path) -> Path:
    """A settings path whose folder cannot be created or written, even by root."""
    blocker = supple_home / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    return blocker / "settings.json"


@pytest.mark.parametrize("how", ["file-in-the-way", "read-only-folder"])
def test_a_failed_save_shows_why_and_keeps_the_dialog_open(qtbot, supple_home, how):
    if how == "read-only-folder":
        if os.name != "posix" or os.geteuid() == 0:
            path = _unwritable_settings_path(supple_home)  # root ignores permissions
        else:
            folder = supple_home / "ro"
            folder.mkdir()
            folder.chmod(0o500)
            path = folder / "settings.json"
    else:
        path = _unwritable_settings_path(supple_home)
    settings = Settings()
    dialog = SettingsDialog(settings, path=path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.rate_spin.setValue(250)
    click(qtbot, dialog, QDialogButtonBox.StandardButton.Save)
    qtbot.waitUntil(lambda: dialog.error_row.isVisible(), timeout=10000)
    text = dialog.error_label.text()
    assert text.startswith("Could not save the settings in")
    assert str(path.parent) in text
    assert dialog.isVisible() and dialog.result() == 0
    assert dialog.rate_spin.value() == 250  # the person's choice is still there
    assert settings.rate == 160  # nothing applied that was not saved
    assert dialog.buttons.isEnabled()  # they can try again or cancel
    if how == "read-only-folder" and path.parent.name == "ro":
        path.parent.chmod(0o700)


def test_the_dialog_renders(qtbot, tmp_path):
    dialog = SettingsDialog(Settings(voice_id="gmw/de"), bridge=StandInBridge())
    qtbot.addWidget(dialog)
    dialog.show()
    shot = tmp_path / "settings-dialog.png"
    assert dialog.grab().save(str(shot))
    assert dialog.voice_combo.currentText() == "German (de)"
    assert dialog.sizeHint().width() < 900  # fits a laptop screen
