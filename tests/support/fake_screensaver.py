"""A small screen-saver and GNOME session manager for a private session bus.

Run as a child process by tests/ui/player/test_screen_awake_bus.py:

    python fake_screensaver.py ADDRESS LOG [--only screensaver|gnome]
                               [--hang SERVICE] [--late SERVICE] [--fail SERVICE]

It owns ``org.freedesktop.ScreenSaver`` and ``org.gnome.SessionManager`` on the
bus at ADDRESS and answers as the real ones do: ``Inhibit`` gives a cookie
(random, so a made-up one cannot pass), ``UnInhibit``/``Uninhibit`` releases
it, a call with the wrong signature gets ``InvalidArgs`` (as GDBus and QtDBus
services do), and when a client leaves the bus its inhibits are dropped (seen
through ``NameOwnerChanged``). Every event is one JSON line in LOG, flushed at
once, so the test reads what the service saw. ``--hang`` never answers that
service's Inhibit, ``--late`` answers it after LATE_SECONDS (other calls are
answered meanwhile), ``--fail`` answers it with an error.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path
from typing import Any

from jeepney import (
    HeaderFields,
    MatchRule,
    Message,
    MessageType,
    message_bus,
    new_error,
    new_method_return,
)
from jeepney.io.blocking import open_dbus_connection

SERVICES = {
    "screensaver": {
        "name": "org.freedesktop.ScreenSaver",
        "path": "/org/freedesktop/ScreenSaver",
        "interface": "org.freedesktop.ScreenSaver",
        "inhibit": "ss",
        "uninhibit": "UnInhibit",
    },
    "gnome": {
        "name": "org.gnome.SessionManager",
        "path": "/org/gnome/SessionManager",
        "interface": "org.gnome.SessionManager",
        "inhibit": "susu",
        "uninhibit": "Uninhibit",
    },
}
INVALID_ARGS = "org.freedesktop.DBus.Error.InvalidArgs"
UNKNOWN_METHOD = "org.freedesktop.DBus.Error.UnknownMethod"
LATE_SECONDS = 1.0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("address")
    parser.add_argument("log", type=Path)
    parser.add_argument("--only", choices=sorted(SERVICES))
    parser.add_argument("--hang", choices=sorted(SERVICES))
    parser.add_argument("--late", choices=sorted(SERVICES))
    parser.add_argument("--fail", choices=sorted(SERVICES))
    args = parser.parse_args()
    served = [args.only] if args.only else list(SERVICES)
    out = args.log.open("a", encoding="utf-8")

    def record(**event: Any) -> None:
        out.write(json.dumps(event) + "\n")
        out.flush()

    conn = open_dbus_connection(args.address)
    conn.send_and_get_reply(
        message_bus.AddMatch(
            MatchRule(
                type="signal",
                sender="org.freedesktop.DBus",
                interface="org.freedesktop.DBus",
                member="NameOwnerChanged",
            )
        )
    )
    for key in served:
        reply = conn.send_and_get_reply(message_bus.RequestName(SERVICES[key]["name"]))
        assert reply.body == (1,), f"could not own {SERVICES[key]['name']}: {reply.body}"
    record(event="ready", services=served, name=conn.unique_name)

    held: dict[int, tuple[str, str]] = {}  # cookie -> (service key, client's unique name)
    next_cookie = random.randint(1000, 2**31)
    late: list[tuple[float, Message]] = []  # (when, reply) for --late

    while True:
        if late:
            wait = late[0][0] - time.monotonic()
            if wait <= 0:
                conn.send(late.pop(0)[1])
                continue
            try:
                msg: Message = conn.receive(timeout=wait)
            except TimeoutError:
                continue
        else:
            msg = conn.receive()
        fields = msg.header.fields
        if msg.header.message_type is MessageType.signal:
            if fields.get(HeaderFields.member) == "NameOwnerChanged":
                name, _old, new = msg.body
                if name.startswith(":") and not new:
                    dropped = sorted(c for c, (_k, who) in held.items() if who == name)
                    for cookie in dropped:
                        del held[cookie]
                    if dropped:
                        record(event="vanished", sender=name, dropped=dropped, held=len(held))
            continue
        if msg.header.message_type is not MessageType.method_call:
            continue
        path = fields.get(HeaderFields.path)
        key = next((k for k in served if SERVICES[k]["path"] == path), None)
        member = fields.get(HeaderFields.member)
        signature = fields.get(HeaderFields.signature, "")
        sender = fields.get(HeaderFields.sender)
        if key is None:
            conn.send(new_error(msg, UNKNOWN_METHOD, "s", (f"no object at {path}",)))
            continue
        spec = SERVICES[key]
        if member == "Inhibit":
            if signature != spec["inhibit"]:
                record(event="bad-signature", service=key, member=member, signature=signature)
                conn.send(new_error(msg, INVALID_ARGS, "s", (f"expected {spec['inhibit']}",)))
                continue
            record(event="inhibit-asked", service=key, sender=sender, args=list(msg.body))
            if args.hang == key:
                continue  # never answers
            if args.fail == key:
                conn.send(new_error(msg, "org.freedesktop.DBus.Error.Failed", "s", ("no",)))
                continue
            cookie = next_cookie
            next_cookie += random.randint(1, 50)
            held[cookie] = (key, sender)
            # Logged before the answer goes out: a client that has its answer finds it here.
            record(event="inhibit", service=key, sender=sender, cookie=cookie, held=len(held))
            reply = new_method_return(msg, "u", (cookie,))
            if args.late == key:
                late.append((time.monotonic() + LATE_SECONDS, reply))
            else:
                conn.send(reply)
        elif member == spec["uninhibit"]:
            if signature != "u":
                record(event="bad-signature", service=key, member=member, signature=signature)
                conn.send(new_error(msg, INVALID_ARGS, "s", ("expected u",)))
                continue
            (cookie,) = msg.body
            owner = held.get(cookie)
            known = owner is not None and owner == (key, sender)
            if known:
                del held[cookie]
            record(
                event="uninhibit",
                service=key,
                sender=sender,
                cookie=cookie,
                known=known,
                held=len(held),
            )
            conn.send(new_method_return(msg))
        else:
            conn.send(new_error(msg, UNKNOWN_METHOD, "s", (f"no method {member}",)))


if __name__ == "__main__":
    main()
