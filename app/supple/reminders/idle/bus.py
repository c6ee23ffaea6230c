"""Idle time and "do not disturb" over the D-Bus session bus (Linux and the BSDs).

Each is a blocking call on its own connection, made on a worker thread
(``polled.Polled``); a missing service is normal and answers None.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from supple.reminders.idle.polled import Polled

if TYPE_CHECKING:
    from jeepney.io.blocking import DBusConnection

log = logging.getLogger(__name__)
CALL_TIMEOUT = 1.0

MUTTER = (
    "org.gnome.Mutter.IdleMonitor",
    "/org/gnome/Mutter/IdleMonitor/Core",
    "org.gnome.Mutter.IdleMonitor",
    "GetIdletime",
)  # -> t milliseconds
SCREEN_SAVER = (
    "org.freedesktop.ScreenSaver",
    "/org/freedesktop/ScreenSaver",
    "org.freedesktop.ScreenSaver",
    "GetSessionIdleTime",
)  # -> u seconds
GNOME_SESSION = (
    "org.gnome.SessionManager",
    "/org/gnome/SessionManager",
    "org.gnome.SessionManager",
    "IsInhibited",
)  # (u flags) -> b
KDE_POLICY_AGENT = (
    "org.kde.Solid.PowerManagement.PolicyAgent",
    "/org/kde/Solid/PowerManagement/PolicyAgent",
    "org.kde.Solid.PowerManagement.PolicyAgent",
    "HasInhibition",
)  # (u policies) -> b; what KDE's screen locker asks before locking
POWER_MANAGEMENT = (
    "org.freedesktop.PowerManagement",
    "/org/freedesktop/PowerManagement/Inhibit",
    "org.freedesktop.PowerManagement.Inhibit",
    "HasInhibit",
)  # -> b
GNOME_INHIBIT_IDLE = 8
KDE_CHANGE_SCREEN_SETTINGS = 4  # the screen kept on (org.freedesktop.ScreenSaver.Inhibit)


def open_session_bus() -> DBusConnection:
    from jeepney.io.blocking import open_dbus_connection

    return open_dbus_connection(bus="SESSION")


class _Caller:
    """Calls methods over one connection, opened on first use and again after a failure."""

    def __init__(self, connect: Callable[[], DBusConnection]) -> None:
        self._connect = connect
        self._conn: DBusConnection | None = None

    def call(
        self,
        target: tuple[str, str, str, str],
        signature: str | None = None,
        body: tuple[Any, ...] = (),
    ) -> Any:
        """The reply's first value, or None (no bus, no service, an error)."""
        from jeepney import DBusAddress, MessageType, new_method_call

        name, path, interface, method = target
        try:
            if self._conn is None:
                self._conn = self._connect()
            message = new_method_call(
                DBusAddress(path, bus_name=name, interface=interface), method, signature, body
            )
            reply = self._conn.send_and_get_reply(message, timeout=CALL_TIMEOUT)
        except Exception as exc:
            log.debug("%s.%s: %r", interface, method, exc)
            self.close()
            return None
        if reply.header.message_type is MessageType.error or not reply.body:
            return None
        return reply.body[0]

    def close(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(Exception):
                self._conn.close()
            self._conn = None


class BusIdle:
    """Seconds without input, from Mutter's idle monitor or the freedesktop screen saver."""

    def __init__(self, connect: Callable[[], DBusConnection] = open_session_bus) -> None:
        self._caller = _Caller(connect)
        self._polled: Polled[float] = Polled(self.read, "supple-idle")

    def read(self) -> float | None:
        milliseconds = self._caller.call(MUTTER)
        if milliseconds is not None:
            return int(milliseconds) / 1000.0
        seconds = self._caller.call(SCREEN_SAVER)
        return None if seconds is None else float(seconds)

    def idle_seconds(self) -> float | None:
        return self._polled.value()


class BusBusy:
    """True while the session is kept from idling: a presentation, a video, a game.

    Presentation programs and video players hold that off while they play
    (LibreOffice Impress, Okular, mpv, Firefox's video: ``org.freedesktop.ScreenSaver.Inhibit``
    or GNOME's own ``Inhibit``); GNOME keeps it as an idle inhibitor of its session
    manager, KDE as a "change screen settings" inhibition of its power management's
    policy agent. The first desktop that answers is believed.
    """

    def __init__(self, connect: Callable[[], DBusConnection] = open_session_bus) -> None:
        self._caller = _Caller(connect)
        self._polled: Polled[bool] = Polled(self.read, "supple-busy")

    def read(self) -> bool | None:
        inhibited = self._caller.call(GNOME_SESSION, "u", (GNOME_INHIBIT_IDLE,))
        if inhibited is not None:
            return bool(inhibited)
        kept_on = self._caller.call(KDE_POLICY_AGENT, "u", (KDE_CHANGE_SCREEN_SETTINGS,))
        if kept_on is not None:
            return bool(kept_on)
        has = self._caller.call(POWER_MANAGEMENT)
        return None if has is None else bool(has)

    def busy(self) -> bool:
        return bool(self._polled.value())
