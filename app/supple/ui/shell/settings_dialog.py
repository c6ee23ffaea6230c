"""The settings dialog: voice, sounds and pacing, saved under the per-user folder.

Its groups stand on tabs (voice and sounds; the session; each part's own section, e.g.
Reminders; screen, keys and language), so the dialog fits a 1024x600 screen in every
language Supple speaks.

Every value is typed into a control with a range, so nothing invalid can be
entered. Saving runs off the GUI thread; if it fails (a read-only folder, a
full disk) the dialog stays open with the reason and the person's choices.
Only the fields shown here are written: the file is re-read first, so what
other parts of the app saved meanwhile (window geometry...) is kept.

    dialog = SettingsDialog(settings, parent=window, bridge=speech_bridge)
    dialog.open()        # or exec(); ``saved`` carries the updated Settings
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from supple import paths
from supple import settings as settings_module
from supple.settings import Settings
from supple.speech.voice import VoiceConfig, VoiceInfo

FIELDS = (
    "voice_id",
    "rate",
    "volume",
    "muted",
    "verbosity",
    "sounds_enabled",
    "sound_volume",
    "lead_in",
    "breath_inhale",
    "breath_pause",
    "breath_exhale",
    "checkin_enabled",
    "daily_goal_minutes",
    "keep_screen_on",
    "single_key_shortcuts",
    "ui_language",
)


class SettingsSection(Protocol):
    """A part's own group of settings (e.g. the reminders wing's), on a tab of its own."""

    def title(self) -> str: ...  # the name of its tab

    def load(self, settings: Settings) -> None: ...

    def values(self) -> dict[str, Any]: ...


# The routine format's own defaults, offered when "as the routine says" is unticked.
DEFAULT_LEAD_IN = 10
DEFAULT_BREATH = (4, 0, 6)


def _spin(low: int, high: int, suffix: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setSuffix(suffix)
    spin.setAccelerated(True)
    return spin


class SettingsDialog(QDialog):
    saved = Signal(object)  # Settings, after they were written
    _save_done = Signal(object)  # None or an error message, from the saving thread

    def __init__(
        self,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        bridge: Any = None,
        path: Path | None = None,
        sections: Sequence[SettingsSection] = (),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setObjectName("SettingsDialog")
        self.settings = settings
        self._bridge = bridge
        self._path = path
        self._saving = False
        self._pending: dict[str, Any] = {}
        self._save_done.connect(self._after_save)
        self.sections = list(sections)
        self.system_language = QLocale.system().name()  # whose voices are listed first

        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settingsTabs")
        # Its tab bar is read by the current tab's name (Qt's own), the whole by this one.
        self.tabs.setAccessibleName(self.tr("Settings pages"))
        self._add_tab(self.tr("Voice and sounds"), self._voice_group(), self._sound_group())
        self._add_tab(self.tr("Session"), self._pacing_group(), self._history_group())
        for section in self.sections:  # e.g. Reminders: a tab of its own, named by it
            title = section.title()
            section.setTitle("")  # the tab says it; the box's frame would say it again
            section.setAccessibleName(title)
            self._add_tab(title, section)
        self._add_tab(
            self.tr("Screen, keys, language"),
            self._keys_group(),
            self._screen_group(),
            self._language_group(),
        )
        layout.addWidget(self.tabs)
        self._align_forms(
            [
                self._voice_form,
                self._sound_form,
                self._pacing_form,
                self._history_form,
                self._keys_form,
                self._screen_form,
                self._language_form,
            ]
        )

        self.error_label = QLabel()
        self.error_label.setObjectName("settingsError")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.error_icon.setPixmap(icon.pixmap(size, size))
        self.error_row = QWidget()
        row = QHBoxLayout(self.error_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.error_icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.error_label, 1)
        self.error_row.hide()
        layout.addWidget(self.error_row)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self._load(settings)
        if bridge is not None:
            bridge.voices_listed.connect(self._fill_voices)
            bridge.request_voices()
            problem = getattr(bridge, "problem", None)
            if problem:
                self.voice_problem.setText(problem)
                self.voice_problem.show()

    # -- building ---------------------------------------------------------------
    def _add_tab(self, title: str, *groups: QWidget) -> None:
        """A tab's page: its groups one under the other, the room left below them."""
        page = QWidget()
        page.setAccessibleName(title)  # a screen reader names the page, not "filler"
        column = QVBoxLayout(page)
        for group in groups:
            column.addWidget(group)
        column.addStretch(1)
        self.tabs.addTab(page, title)

    @staticmethod
    def _align_forms(forms: list[QFormLayout]) -> None:
        """One label column for every group: each form sized its own, so the check boxes
        (in the field column) stood at a different indent in each group."""
        labels = [
            form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            for form in forms
            for row in range(form.rowCount())
            if form.itemAt(row, QFormLayout.ItemRole.LabelRole) is not None
        ]
        width = max((label.sizeHint().width() for label in labels if label), default=0)
        for label in labels:
            if label is not None:
                label.setMinimumWidth(width)
        for form in forms:  # only check boxes (Keyboard, Screen): indent them as the rest
            rows = range(form.rowCount())
            if not any(form.itemAt(row, QFormLayout.ItemRole.LabelRole) for row in rows):
                # The form keeps its spacing before the (empty) label column's width.
                margins = form.contentsMargins()
                margins.setLeft(margins.left() + width)
                form.setContentsMargins(margins)

    def _voice_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Voice"))
        form = self._voice_form = QFormLayout(group)
        self.voice_combo = QComboBox()
        self.voice_combo.setObjectName("voice")
        self.voice_combo.setMinimumContentsLength(24)
        self.rate_spin = _spin(60, 400, self.tr(" words/min"))
        self.volume_spin = _spin(0, 100, self.tr(" %"))
        self.mute_check = QCheckBox(self.tr("Mute the voice (sounds still play)"))
        self.verbosity_combo = QComboBox()
        for value, label in (
            ("full", self.tr("Full: names, instructions, counts and breath")),
            ("brief", self.tr("Brief: names, counts and breath")),
            ("counts", self.tr("Counts only: counts, breath and repetitions")),
            ("silent", self.tr("Silent: say nothing")),
        ):
            self.verbosity_combo.addItem(label, value)
        self.test_button = QPushButton(self.tr("Test voice"))
        self.test_button.clicked.connect(self.test_voice)
        self.test_button.setEnabled(self._bridge is not None)
        self.voice_problem = QLabel()
        self.voice_problem.setWordWrap(True)
        self.voice_problem.hide()
        voice_row = QHBoxLayout()
        voice_row.addWidget(self.voice_combo, 1)
        voice_row.addWidget(self.test_button)
        form.addRow(self.tr("Voice:"), voice_row)
        form.addRow(self.tr("Speed:"), self.rate_spin)
        form.addRow(self.tr("Volume:"), self.volume_spin)
        form.addRow(self.tr("What is said:"), self.verbosity_combo)
        form.addRow("", self.mute_check)
        form.addRow("", self.voice_problem)
        return group

    def _sound_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Sounds"))
        form = self._sound_form = QFormLayout(group)
        self.sounds_check = QCheckBox(self.tr("Play a sound at each phase, count and the end"))
        self.sound_volume_spin = _spin(0, 100, self.tr(" %"))
        self.sounds_check.toggled.connect(self.sound_volume_spin.setEnabled)
        form.addRow("", self.sounds_check)
        form.addRow(self.tr("Sound volume:"), self.sound_volume_spin)
        return group

    def _pacing_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Pacing"))
        form = self._pacing_form = QFormLayout(group)
        self.lead_in_routine = QCheckBox(self.tr("Get-ready time as the routine says"))
        self.lead_in_spin = _spin(0, 60, self.tr(" s"))
        self.lead_in_routine.toggled.connect(lambda on: self.lead_in_spin.setEnabled(not on))
        form.addRow("", self.lead_in_routine)
        form.addRow(self.tr("Get-ready time:"), self.lead_in_spin)
        self.breath_routine = QCheckBox(self.tr("Breathe as the routine says"))
        self.inhale_spin = _spin(1, 20, self.tr(" s"))
        self.pause_spin = _spin(0, 20, self.tr(" s"))
        self.exhale_spin = _spin(1, 20, self.tr(" s"))
        for spin in (self.inhale_spin, self.pause_spin, self.exhale_spin):
            self.breath_routine.toggled.connect(lambda on, s=spin: s.setEnabled(not on))
        form.addRow("", self.breath_routine)
        form.addRow(self.tr("Breathe in:"), self.inhale_spin)
        form.addRow(self.tr("Hold:"), self.pause_spin)
        form.addRow(self.tr("Breathe out:"), self.exhale_spin)
        return group

    def _history_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("History"))
        form = self._history_form = QFormLayout(group)
        self.checkin_check = QCheckBox(self.tr("Ask how my back feels before and after"))
        self.goal_spin = _spin(0, 600, self.tr(" min a day"))
        self.goal_spin.setSpecialValueText(self.tr("No daily goal"))
        form.addRow("", self.checkin_check)
        form.addRow(self.tr("Daily goal:"), self.goal_spin)
        return group

    def _keys_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Keyboard"))
        form = self._keys_form = QFormLayout(group)
        self.single_keys_check = QCheckBox(
            self.tr("One-key shortcuts in the player (Space, arrows, M, Enter)")
        )
        self.single_keys_check.setObjectName("singleKeys")
        self.single_keys_check.setToolTip(
            self.tr("Off: only Ctrl+Space, Ctrl+Left, Ctrl+Right, Ctrl+M and Ctrl+Enter work")
        )
        form.addRow("", self.single_keys_check)
        return group

    def _screen_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Screen"))
        form = self._screen_form = QFormLayout(group)
        self.keep_screen_check = QCheckBox(self.tr("Keep the screen on during a session"))
        self.keep_screen_check.setObjectName("keepScreenOn")
        form.addRow("", self.keep_screen_check)
        return group

    def _language_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Language"))
        form = self._language_form = QFormLayout(group)
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("uiLanguage")
        # The languages' own names, as each speaker looks for theirs.
        for label, value in (
            (self.tr("System language"), ""),
            ("English", "en"),
            ("Deutsch", "de"),
            ("Español", "es"),
        ):
            self.language_combo.addItem(label, value)
        note = QLabel(self.tr("A new language applies when Supple starts next."))
        note.setWordWrap(True)
        note.setObjectName("languageNote")
        form.addRow(self.tr("Language:"), self.language_combo)
        form.addRow(note)
        return group

    # -- values -------------------------------------------------------------------
    def _load(self, s: Settings) -> None:
        self._set_voices([], s.voice_id)
        self.rate_spin.setValue(int(s.rate))
        self.volume_spin.setValue(round(s.volume * 100))
        self.mute_check.setChecked(s.muted)
        index = self.verbosity_combo.findData(s.verbosity)
        self.verbosity_combo.setCurrentIndex(max(0, index))
        self.sounds_check.setChecked(s.sounds_enabled)
        self.sound_volume_spin.setValue(round(s.sound_volume * 100))
        self.sound_volume_spin.setEnabled(s.sounds_enabled)
        self.lead_in_routine.setChecked(s.lead_in is None)
        self.lead_in_spin.setValue(DEFAULT_LEAD_IN if s.lead_in is None else s.lead_in)
        self.lead_in_spin.setEnabled(s.lead_in is not None)
        breath = (s.breath_inhale, s.breath_pause, s.breath_exhale)
        as_routine = any(value is None for value in breath)
        self.breath_routine.setChecked(as_routine)
        for spin, value, default in zip(
            (self.inhale_spin, self.pause_spin, self.exhale_spin),
            breath,
            DEFAULT_BREATH,
            strict=True,
        ):
            spin.setValue(default if value is None else value)
            spin.setEnabled(not as_routine)
        self.checkin_check.setChecked(s.checkin_enabled)
        self.goal_spin.setValue(int(s.daily_goal_minutes))
        self.keep_screen_check.setChecked(s.keep_screen_on)
        self.single_keys_check.setChecked(s.single_key_shortcuts)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(s.ui_language)))
        for section in self.sections:
            section.load(s)

    def values(self) -> dict[str, Any]:
        """The dialog's choices, as Settings fields."""
        as_routine = self.breath_routine.isChecked()
        return {
            "voice_id": str(self.voice_combo.currentData() or ""),
            "rate": self.rate_spin.value(),
            "volume": self.volume_spin.value() / 100,
            "muted": self.mute_check.isChecked(),
            "verbosity": str(self.verbosity_combo.currentData()),
            "sounds_enabled": self.sounds_check.isChecked(),
            "sound_volume": self.sound_volume_spin.value() / 100,
            "lead_in": None if self.lead_in_routine.isChecked() else self.lead_in_spin.value(),
            "breath_inhale": None if as_routine else self.inhale_spin.value(),
            "breath_pause": None if as_routine else self.pause_spin.value(),
            "breath_exhale": None if as_routine else self.exhale_spin.value(),
            "checkin_enabled": self.checkin_check.isChecked(),
            "daily_goal_minutes": self.goal_spin.value(),
            "keep_screen_on": self.keep_screen_check.isChecked(),
            "single_key_shortcuts": self.single_keys_check.isChecked(),
            "ui_language": str(self.language_combo.currentData() or ""),
            **{k: v for section in self.sections for k, v in section.values().items()},
        }

    def voice_config(self) -> VoiceConfig:
        values = self.values()
        return VoiceConfig(values["voice_id"], values["rate"], values["volume"])

    def _fill_voices(self, voices: list[VoiceInfo]) -> None:
        self._set_voices(voices, str(self.voice_combo.currentData() or ""))

    def _set_voices(self, voices: list[VoiceInfo], current: str) -> None:
        combo = self.voice_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Default voice"), "")
        from supple.ui.shell.voice_groups import grouped

        model = combo.model()
        assert isinstance(model, QStandardItemModel)  # a QComboBox's own model
        bold = combo.font()
        bold.setBold(True)
        for language, members in grouped(voices, self.system_language):
            combo.insertSeparator(combo.count())
            combo.addItem(language)  # a heading: not a voice, not to be chosen
            heading = model.item(combo.count() - 1)
            heading.setFlags(Qt.ItemFlag.NoItemFlags)
            heading.setFont(bold)
            for voice in members:
                label = f"{voice.name} ({voice.language})" if voice.language else voice.name
                combo.addItem(label, voice.id)
        if current and combo.findData(current) < 0:
            missing = self.tr("{voice} (not found)") if voices else "{voice}"
            combo.addItem(missing.format(voice=current), current)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    # -- actions --------------------------------------------------------------------
    def test_voice(self) -> None:
        if self._bridge is not None:
            self._bridge.test_voice(None, self.voice_config())

    def save(self) -> None:
        if self._saving:
            return
        self._saving = True
        self.buttons.setEnabled(False)
        values = self.values()
        self._pending = values
        path = self._path
        threading.Thread(
            target=self._write, args=(values, path), name="supple-settings-dialog", daemon=True
        ).start()

    def _write(self, values: dict[str, Any], path: Path | None) -> None:
        target = path or paths.settings_path()
        try:
            current = settings_module.load(target).settings
            for name, value in values.items():
                setattr(current, name, value)
            settings_module.save(current, target)
        except OSError as exc:
            reason = exc.strerror or str(exc)
            self._save_done.emit(
                self.tr(
                    "Could not save the settings in {folder}: {reason}. "
                    "Nothing was changed. Check that this folder can be written to, "
                    "then save again, or cancel."
                ).format(folder=str(target.parent), reason=reason)
            )
            return
        self._save_done.emit(None)

    def _after_save(self, error: str | None) -> None:
        self._saving = False
        self.buttons.setEnabled(True)
        if error:
            self.error_label.setText(error)
            self.error_row.show()
            return
        self.error_row.hide()
        for name, value in self._pending.items():
            setattr(self.settings, name, value)
        if self._bridge is not None:
            self._bridge.apply_settings(self.settings)
        self.saved.emit(self.settings)
        self.accept()
