"""Desktop notifications over the freedesktop Notifications service (D-Bus).

``org.freedesktop.Notifications.Notify(s app_name, u replaces_id, s app_icon,
s summary, s body, as actions, a{sv} hints, i expire_timeout) -> u id`` shows one;
the service answers a button with the signal ``ActionInvoked(u id, s action_key)``
and says it is gone with ``NotificationClosed(u id, u reason)``.

Everything runs on a worker thread with its own connection (pure-Python
``jeepney``, as ``ui/player/awake/bus_inhibitor.py`` does, and for the same reason: QtDBus
cannot send the ``uint32`` that ``replaces_id`` is). ``notify`` and ``close``
never block the caller; the answers come back through the callbacks, *on the
worker thread* (the ui turns them into queued Qt signals).

A desktop without the service (or without a bus) is normal: ``available`` turns
False and the caller shows its own message instead (the tray's).
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jeepney import Message
    from jeepney.io.threading import DBusRouter

log = logging.getLogger(__name__)

NAME = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
CALL_TIMEOUT = 3.0
CLOSED_REASONS = {1: "expired", 2: "dismissed", 3: "closed", 4: "undefined"}

OnAction = Callable[[str, str], None]  # (the caller's key, the action's id)
OnClosed = Callable[[str, str], None]  # (the caller's key, why: CLOSED_REASONS' values)


def open_router() -> DBusRouter:
    from jeepney.io.threading import DBusRouter, open_dbus_connection

    return DBusRouter(open_dbus_connection(bus="SESSION"))


@dataclass(frozen=True)
class Note:
    """One notification as asked for."""

    key: str  # the caller's name for it (a reminder's key)
    summary: str
    body: str
    actions: tuple[tuple[str, str], ...]  # (id, label) pairs; "default" is a click on it
    app_name: str = "Supple"
    icon: str = ""
    desktop_entry: str = ""


def notify_message(note: Note, replaces: int) -> Message:
    from jeepney import DBusAddress, new_method_call

    where = DBusAddress(PATH, bus_name=NAME, interface=NAME)
    actions = [part for pair in note.actions for part in pair]
    hints: dict[str, tuple[str, Any]] = {"urgency": ("y", 1), "category": ("s", "reminder")}
    if note.desktop_entry:
        hints["desktop-entry"] = ("s", note.desktop_entry)
    body = (note.app_name, replaces, note.icon, note.summary, note.body, actions, hints, -1)
    return new_method_call(where, "Notify", "susssasa{sv}i", body)


def _call(method: str, signature: str | None = None, body: tuple[Any, ...] = ()) -> Message:
    from jeepney import DBusAddress, new_method_call

    where = DBusAddress(PATH, bus_name=NAME, interface=NAME)
    return new_method_call(where, method, signature, body)


def _is_error(reply: Message) -> bool:
    from jeepney import MessageType

    return reply.header.message_type is MessageType.error


class DesktopNotifier:
    """Shows and closes notifications; answers through ``on_action``/``on_closed``."""

    def __init__(
        self,
        on_action: OnAction,
        on_closed: OnClosed | None = None,
        *,
        connect: Callable[[], DBusRouter] = open_router,
    ) -> None:
        self._on_action = on_action
        self._on_closed = on_closed
        self._connect = connect
        self._queue: queue.Queue[Any] = queue.Queue()
        self._ready = threading.Event()
        self._idle = threading.Condition()
        self._busy = 0
        self.available: bool | None = None  # None until the service was asked
        self.capabilities: tuple[str, ...] = ()
        self._ids: dict[str, int] = {}  # caller's key -> the service's id (worker's own)
        self._thread = threading.Thread(target=self._run, name="supple-notify", daemon=True)
        self._thread.start()

    # -- from any thread --------------------------------------------------------------
    def notify(self, note: Note) -> None:
        """Show ``note`` (replacing the one shown with the same key)."""
        self._put(("notify", note))

    def close(self, key: str) -> None:
        self._put(("close", key))

    def shutdown(self, wait: float = 1.0) -> None:
        self._queue.put(("stop",))
        self._thread.join(wait)

    def wait_ready(self, timeout: float = 5.0) -> bool:
        """Wait until the service was asked whether it is there (``available``)."""
        return self._ready.wait(timeout)

    def wait_idle(self, timeout: float = 5.0) -> bool:
        """Wait until every call asked for so far was made (for tests)."""
        with self._idle:
            return self._idle.wait_for(lambda: self._busy == 0, timeout)

    def _put(self, command: tuple[Any, ...]) -> None:
        with self._idle:
            self._busy += 1
        self._queue.put(command)

    # -- the worker thread --------------------------------------------------------------
    def _run(self) -> None:
        try:
            router = self._connect()
        except Exception as exc:  # no bus: KeyError (no address) or OSError
            log.debug("no session bus for notifications: %s", exc)
            self.available = False
            self._ready.set()
            self._drain_without_bus()
            return
        try:
            self._serve(router)
        finally:
            try:
                router.close()
                router.conn.close()
            except Exception as exc:
                log.debug("closing the notification connection: %s", exc)

    def _drain_without_bus(self) -> None:
        while True:
            command = self._queue.get()
            if command[0] == "stop":
                return
            self._done()

    def _serve(self, router: DBusRouter) -> None:
        from jeepney import MatchRule, Message, message_bus

        rules = [
            MatchRule(type="signal", interface=NAME, path=PATH, member=member)
            for member in ("ActionInvoked", "NotificationClosed")
        ]
        handles = [router.filter(rule, queue=self._queue) for rule in rules]
        try:
            for rule in rules:
                router.send_and_get_reply(message_bus.AddMatch(rule), timeout=CALL_TIMEOUT)
            reply = router.send_and_get_reply(_call("GetCapabilities"), timeout=CALL_TIMEOUT)
            self.available = not _is_error(reply)
            if self.available:
                self.capabilities = tuple(str(c) for c in reply.body[0])
        except Exception as exc:
            log.debug("no notification service: %s", exc)
            self.available = False
        self._ready.set()
        try:
            while True:
                item = self._queue.get()
                if isinstance(item, Message):
                    self._signal(item)
                    continue
                if item[0] == "stop":
                    return
                try:
                    self._command(router, item)
                except Exception as exc:  # a service that hangs or fails: nothing shown
                    log.debug("notification call failed: %r", exc)
                finally:
                    self._done()
        finally:
            for handle in handles:
                handle.close()

    def _command(self, router: DBusRouter, command: tuple[Any, ...]) -> None:
        if not self.available:
            return
        if command[0] == "notify":
            note: Note = command[1]
            message = notify_message(note, self._ids.get(note.key, 0))
            reply = router.send_and_get_reply(message, timeout=CALL_TIMEOUT)
            if _is_error(reply):
                log.debug("Notify failed: %r", reply.body)
                return
            self._ids[note.key] = int(reply.body[0])
        elif command[0] == "close":
            number = self._ids.pop(command[1], None)
            if number is not None:
                router.send_and_get_reply(
                    _call("CloseNotification", "u", (number,)), timeout=CALL_TIMEOUT
                )

    def _signal(self, message: Message) -> None:
        from jeepney import HeaderFields

        member = message.header.fields.get(HeaderFields.member)
        try:
            number = int(message.body[0])
        except (IndexError, TypeError, ValueError):
            return
        key = next((k for k, n in self._ids.items() if n == number), None)
        if key is None:
            return  # another program's notification
        try:
            if member == "ActionInvoked":
                self._on_action(key, str(message.body[1]))
            elif member == "NotificationClosed":
                self._ids.pop(key, None)
                reason = CLOSED_REASONS.get(int(message.body[1]), "undefined")
                if self._on_closed is not None:
                    self._on_closed(key, reason)
        except Exception:  # the caller's callback failing must not end the worker
            log.exception("handling a notification's answer")

    def _done(self) -> None:
        with self._idle:
            self._busy -= 1
            self._idle.notify_all()
