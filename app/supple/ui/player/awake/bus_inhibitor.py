"""Linux: inhibit the screen saver and idle over the D-Bus session bus.

Two services are asked, each where present:

- ``org.freedesktop.ScreenSaver``: ``Inhibit(s app_name, s reason) -> u cookie``,
  released by ``UnInhibit(u cookie)`` (KDE, Xfce, LXQt, Cinnamon, MATE...);
- ``org.gnome.SessionManager``: ``Inhibit(s app_id, u toplevel_xid, s reason,
  u flags) -> u cookie`` with flags 8 (idle), released by ``Uninhibit(u cookie)``.

The calls run on a worker thread, over one connection per service (pure-Python
``jeepney``), so the GUI thread never waits for a bus or a slow service, and a
service that hangs costs only its own inhibit. Why not
QtDBus: PySide6 cannot send a D-Bus ``uint32`` (a Python int goes out as int32
or int64, ``QDBusArgument << int`` as uint16), and every one of these methods
takes one; services built on GDBus or QtDBus adaptors reject the wrong type.

A missing bus or service is normal (logged at debug level, nothing shown);
a failing one never disturbs the session. A crash needs no clean-up: both
services drop an inhibit when the connection that took it closes, which the
kernel does for a process that dies. The same rule covers a service that does
not answer in time: the worker closes that service's connection, so nothing it
may still grant outlives the call (it is asked again at the next resume or start).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from jeepney import Message

log = logging.getLogger(__name__)

GNOME_INHIBIT_IDLE = 8  # GsmInhibitorFlag: the session may not be marked idle
CALL_TIMEOUT = 2.0  # seconds a service may take to answer


@dataclass(frozen=True)
class Service:
    """One inhibiting service: where it is and how its two methods are called."""

    key: str  # short name for logs and tests
    name: str
    path: str
    interface: str
    uninhibit: str  # the release method's name (the two spell it differently)


SCREEN_SAVER = Service(
    "screensaver",
    "org.freedesktop.ScreenSaver",
    "/org/freedesktop/ScreenSaver",
    "org.freedesktop.ScreenSaver",
    "UnInhibit",
)
GNOME_SESSION = Service(
    "gnome",
    "org.gnome.SessionManager",
    "/org/gnome/SessionManager",
    "org.gnome.SessionManager",
    "Uninhibit",
)
SERVICES = (SCREEN_SAVER, GNOME_SESSION)


class Connection(Protocol):
    """What the worker needs of a bus connection (jeepney's blocking one)."""

    def send_and_get_reply(self, message: Message, *, timeout: float | None = None) -> Message: ...

    def close(self) -> None: ...


def open_session_bus() -> Connection:
    """A new connection to the session bus ($DBUS_SESSION_BUS_ADDRESS)."""
    from jeepney.io.blocking import open_dbus_connection

    return open_dbus_connection(bus="SESSION")


@dataclass(frozen=True)
class Request:
    """What is said to the services when inhibiting."""

    app_name: str  # shown by screen savers ("Supple")
    app_id: str  # the desktop entry's id, for GNOME
    reason: str  # shown to the person, translated


def inhibit_message(service: Service, request: Request) -> Message:
    from jeepney import DBusAddress, new_method_call

    where = DBusAddress(service.path, bus_name=service.name, interface=service.interface)
    if service is GNOME_SESSION:
        body: tuple[object, ...] = (request.app_id, 0, request.reason, GNOME_INHIBIT_IDLE)
        return new_method_call(where, "Inhibit", "susu", body)
    return new_method_call(where, "Inhibit", "ss", (request.app_name, request.reason))


def uninhibit_message(service: Service, cookie: int) -> Message:
    from jeepney import DBusAddress, new_method_call

    where = DBusAddress(service.path, bus_name=service.name, interface=service.interface)
    return new_method_call(where, service.uninhibit, "u", (cookie,))


def _error_name(reply: Message) -> str | None:
    from jeepney import HeaderFields, MessageType

    if reply.header.message_type is MessageType.error:
        return str(reply.header.fields.get(HeaderFields.error_name, "unknown error"))
    return None


class BusInhibitor:
    """Holds the inhibits while wanted; ``acquire``/``release`` never block.

    The worker applies the latest wish: a quick pause and resume in between
    two calls costs nothing. ``held`` is the cookies it holds now, by service.
    """

    def __init__(
        self,
        request: Request,
        *,
        connect: Callable[[], Connection] = open_session_bus,
        services: tuple[Service, ...] = SERVICES,
        timeout: float = CALL_TIMEOUT,
    ) -> None:
        self.request = request
        self._connect = connect
        self._services = services
        self._timeout = timeout
        self._lock = threading.Condition()
        self._wanted = False
        self._applied = False
        self._closing = False
        self._thread: threading.Thread | None = None
        self._connections: dict[str, Connection] = {}  # by service key; the worker's own
        self._held: dict[str, int] = {}  # service key -> cookie; the worker's own

    # -- from the GUI thread ------------------------------------------------------
    def acquire(self) -> None:
        self._want(True)

    def release(self) -> None:
        self._want(False)

    def close(self, wait: float = 1.0) -> None:
        """Release, then end the worker (waiting up to ``wait`` seconds for it)."""
        with self._lock:
            self._wanted = False
            self._closing = True
            self._lock.notify()
            thread = self._thread
        if thread is not None:
            thread.join(wait)

    @property
    def held(self) -> dict[str, int]:
        with self._lock:
            return dict(self._held)

    def wait_idle(self, timeout: float = 5.0) -> bool:
        """Wait until the latest wish has been applied (for tests and shutdown)."""
        with self._lock:
            return self._lock.wait_for(
                lambda: self._applied == self._wanted or self._thread is None, timeout
            )

    def _want(self, wanted: bool) -> None:
        with self._lock:
            if self._closing:
                return
            self._wanted = wanted
            if self._thread is None and wanted:
                self._thread = threading.Thread(
                    target=self._run, name="supple-screen-awake", daemon=True
                )
                self._thread.start()
            self._lock.notify()

    # -- the worker thread -----------------------------------------------------
    def _run(self) -> None:
        try:
            while True:
                with self._lock:
                    self._lock.wait_for(lambda: self._closing or self._wanted != self._applied)
                    target, closing = self._wanted, self._closing
                if target:
                    self._inhibit()
                else:
                    self._uninhibit()
                with self._lock:
                    self._applied = target
                    self._lock.notify_all()
                    if closing and not self._wanted:
                        break
        finally:
            for service in self._services:
                self._disconnect(service)
            with self._lock:
                self._thread = None
                self._lock.notify_all()

    def _connected(self, service: Service) -> Connection | None:
        """The connection for ``service``, opened on first use; None when there is no bus."""
        connection = self._connections.get(service.key)
        if connection is None:
            try:
                connection = self._connect()
            except Exception as exc:
                # KeyError: no $DBUS_SESSION_BUS_ADDRESS; OSError: nothing listening there.
                log.debug("no session bus to keep the screen awake: %s", exc)
                return None
            self._connections[service.key] = connection
        return connection

    def _call(self, service: Service, message: Message) -> Message | None:
        """The reply, or None when there is no bus or no answer came in time."""
        connection = self._connected(service)
        if connection is None:
            return None
        try:
            return connection.send_and_get_reply(message, timeout=self._timeout)
        except Exception as exc:  # TimeoutError, OSError, or a garbled message
            # Whatever a late answer would grant dies with this connection; the
            # next call opens another.
            log.debug("%s: no answer (%r); dropping its connection", service.name, exc)
            self._disconnect(service)
            return None

    def _inhibit(self) -> None:
        for service in self._services:
            if service.key in self._held:
                continue
            reply = self._call(service, inhibit_message(service, self.request))
            if reply is None:
                continue
            error = _error_name(reply)
            if error is not None:
                # ServiceUnknown: this desktop has no such service (normal).
                log.debug("%s: no inhibit (%s)", service.name, error)
                continue
            try:
                cookie = int(reply.body[0])
            except (IndexError, TypeError, ValueError):
                log.debug("%s: unexpected reply %r", service.name, reply.body)
                continue
            with self._lock:
                self._held[service.key] = cookie
            log.debug("%s: inhibited, cookie %d", service.name, cookie)

    def _uninhibit(self) -> None:
        for service in self._services:
            with self._lock:
                cookie = self._held.pop(service.key, None)
            if cookie is None:
                continue
            reply = self._call(service, uninhibit_message(service, cookie))
            error = None if reply is None else _error_name(reply)
            if error is not None:
                log.debug("%s: uninhibit %d failed (%s)", service.name, cookie, error)

    def _disconnect(self, service: Service) -> None:
        connection = self._connections.pop(service.key, None)
        with self._lock:
            self._held.pop(service.key, None)  # the service drops it with the connection
        if connection is not None:
            try:
                connection.close()
            except Exception as exc:
                log.debug("closing the screen-awake connection: %s", exc)
