"""How long the person has been away, and whether a full-screen app or a presentation
is in front, on each platform. One module per source, each loaded when first asked:

- ``bus``: Linux and the BSDs over the D-Bus session bus: GNOME's
  ``org.gnome.Mutter.IdleMonitor.GetIdletime`` and the freedesktop
  ``org.freedesktop.ScreenSaver.GetSessionIdleTime`` (KDE, Xfce, ...) for the idle
  time; for "busy", ``org.gnome.SessionManager.IsInhibited(8)``, KDE's
  ``org.kde.Solid.PowerManagement.PolicyAgent.HasInhibition(4)`` and
  ``org.freedesktop.PowerManagement.Inhibit.HasInhibit``: presentations, video
  players and full-screen games keep the screen from idling that way;
- ``x11``: XScreenSaverQueryInfo from libXss, when no bus service answers;
- ``fullscreen_x11``: for "busy", the window in front being full screen
  (``_NET_WM_STATE_FULLSCREEN`` of ``_NET_ACTIVE_WINDOW``, through libxcb), on X11
  and for Xwayland's windows;
- ``windows``: GetLastInputInfo; SHQueryUserNotificationState for "busy"
  (presentation mode, a full-screen Direct3D app, "busy");
- ``macos``: the HID system's HIDIdleTime (through ``ioreg``); for "busy", a
  program keeping the display awake (``pmset -g assertions``). Untested on a Mac.

Full-screen detection is best effort: what the platform reports as "do not
disturb" (above); on Wayland a native full-screen window is not seen (no public
interface tells it), though GNOME Shell holds banners back over one itself. A
source that cannot tell says None (idle) or False (busy); the scheduler then counts
every minute the computer is on as use.
"""

from __future__ import annotations

import logging
import sys

from supple.reminders.sources import BusySource, IdleSource, NeverBusy, NoIdle

log = logging.getLogger(__name__)


class FirstAnswer:
    """The first of several idle sources that knows (sources are tried in order)."""

    def __init__(self, *sources: IdleSource) -> None:
        self.sources = sources

    def idle_seconds(self) -> float | None:
        for source in self.sources:
            try:
                seconds = source.idle_seconds()
            except Exception:
                log.debug("idle source %r failed", source, exc_info=True)
                continue
            if seconds is not None:
                return seconds
        return None


class AnyBusy:
    """Busy when any of the sources says so."""

    def __init__(self, *sources: BusySource) -> None:
        self.sources = sources

    def busy(self) -> bool:
        for source in self.sources:
            try:
                if source.busy():
                    return True
            except Exception:
                log.debug("busy source %r failed", source, exc_info=True)
        return False


def platform_idle() -> IdleSource:
    """This platform's idle time."""
    try:
        if sys.platform == "win32":
            from supple.reminders.idle.windows import LastInputIdle

            return LastInputIdle()
        if sys.platform == "darwin":
            from supple.reminders.idle.macos import HidIdle

            return HidIdle()
        from supple.reminders.idle.bus import BusIdle
        from supple.reminders.idle.x11 import x11_idle

        x11 = x11_idle()
        return FirstAnswer(BusIdle(), *([x11] if x11 is not None else []))
    except Exception:  # ImportError (no jeepney), OSError
        log.debug("no idle source on this platform", exc_info=True)
        return NoIdle()


def platform_busy() -> BusySource:
    """Whether this platform says a full-screen app or a presentation is in front."""
    try:
        if sys.platform == "win32":
            from supple.reminders.idle.windows import NotificationState

            return NotificationState()
        if sys.platform == "darwin":
            from supple.reminders.idle.macos import DisplayKeptOn

            return DisplayKeptOn()
        from supple.reminders.idle.bus import BusBusy
        from supple.reminders.idle.fullscreen_x11 import x11_fullscreen

        fullscreen = x11_fullscreen()
        return AnyBusy(BusBusy(), *([fullscreen] if fullscreen is not None else []))
    except Exception:
        log.debug("no busy source on this platform", exc_info=True)
        return NeverBusy()


class LazyIdle:
    """``platform_idle()``, made on the first question (nothing is opened before)."""

    def __init__(self) -> None:
        self._source: IdleSource | None = None

    def idle_seconds(self) -> float | None:
        if self._source is None:
            self._source = platform_idle()
        return self._source.idle_seconds()


class LazyBusy:
    """``platform_busy()``, made on the first question."""

    def __init__(self) -> None:
        self._source: BusySource | None = None

    def busy(self) -> bool:
        if self._source is None:
            self._source = platform_busy()
        return self._source.busy()
