"""A small freedesktop notification server for a private session bus.

Run as a child process by the reminder tests:

    python fake_notifications.py ADDRESS LOG [--answer ACTION] [--no-actions]

It owns ``org.freedesktop.Notifications`` on the bus at ADDRESS and answers as a
desktop's notification daemon does: ``GetCapabilities``, ``GetServerInformation``,
``Notify`` (a new id, or the one it replaces), ``CloseNotification`` (then the
``NotificationClosed`` signal, reason 3). A call with the wrong signature gets
``InvalidArgs``, as GDBus services do. With ``--answer ACTION`` it presses that
button of every notification that offers it: the ``ActionInvoked`` signal, then
``NotificationClosed`` with reason 2, as GNOME Shell does. Every event is one JSON
line in LOG, flushed at once.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from jeepney import (
    DBusAddress,
    HeaderFields,
    Message,
    MessageType,
    message_bus,
    new_error,
    new_method_return,
    new_signal,
)
from jeepney.io.blocking import open_dbus_connection

NAME = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
NOTIFY_SIGNATURE = "susssasa{sv}i"
INVALID_ARGS = "org.freedesktop.DBus.Error.InvalidArgs"
UNKNOWN_METHOD = "org.freedesktop.DBus.Error.UnknownMethod"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("address")
    parser.add_argument("log", type=Path)
    parser.add_argument("--answer")
    parser.add_argument("--no-actions", action="store_true")
    args = parser.parse_args()
    out = args.log.open("a", encoding="utf-8")

    def record(**event: Any) -> None:
        out.write(json.dumps(event) + "\n")
        out.flush()

    conn = open_dbus_connection(args.address)
    reply = conn.send_and_get_reply(message_bus.RequestName(NAME))
    assert reply.body == (1,), f"could not own {NAME}: {reply.body}"
    record(event="ready", name=conn.unique_name)
    emitter = DBusAddress(PATH, interface=NAME)
    shown: set[int] = set()
    next_id = 1
    capabilities = ["body"] if args.no_actions else ["actions", "body"]

    while True:
        msg: Message = conn.receive()
        if msg.header.message_type is not MessageType.method_call:
            continue
        fields = msg.header.fields
        member = fields.get(HeaderFields.member)
        signature = fields.get(HeaderFields.signature, "")
        if fields.get(HeaderFields.path) != PATH:
            conn.send(new_error(msg, UNKNOWN_METHOD, "s", ("no such object",)))
        elif member == "GetCapabilities":
            record(event="capabilities-asked")
            conn.send(new_method_return(msg, "as", (capabilities,)))
        elif member == "GetServerInformation":
            conn.send(new_method_return(msg, "ssss", ("fake", "supple-tests", "1", "1.2")))
        elif member == "Notify":
            if signature != NOTIFY_SIGNATURE:
                record(event="bad-signature", member=member, signature=signature)
                conn.send(new_error(msg, INVALID_ARGS, "s", (f"expected {NOTIFY_SIGNATURE}",)))
                continue
            app, replaces, icon, summary, body, actions, hints, timeout = msg.body
            number = replaces if replaces in shown else next_id
            if number == next_id:
                next_id += 1
            shown.add(number)
            record(
                event="notify",
                id=number,
                replaces=replaces,
                app=app,
                icon=icon,
                summary=summary,
                body=body,
                actions=list(actions),
                hints={key: value[1] for key, value in hints.items()},
                timeout=timeout,
            )
            conn.send(new_method_return(msg, "u", (number,)))
            pairs = dict(zip(actions[::2], actions[1::2], strict=False))
            if args.answer and args.answer in pairs and not args.no_actions:
                conn.send(new_signal(emitter, "ActionInvoked", "us", (number, args.answer)))
                conn.send(new_signal(emitter, "NotificationClosed", "uu", (number, 2)))
                shown.discard(number)
                record(event="answered", id=number, action=args.answer)
        elif member == "CloseNotification":
            (number,) = msg.body
            record(event="close", id=number, known=number in shown)
            conn.send(new_method_return(msg))
            if number in shown:
                shown.discard(number)
                conn.send(new_signal(emitter, "NotificationClosed", "uu", (number, 3)))
        else:
            conn.send(new_error(msg, UNKNOWN_METHOD, "s", (f"no method {member}",)))


if __name__ == "__main__":
    main()
