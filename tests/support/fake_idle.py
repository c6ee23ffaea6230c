"""Idle monitors and an inhibit-aware session manager for a private session bus.

Run as a child process by tests/reminders/test_idle_sources.py:

    python fake_idle.py ADDRESS LOG [--mutter MS] [--screensaver S] [--inhibited 0|1]
                                    [--power 0|1]

Each option puts one service on the bus: GNOME's ``org.gnome.Mutter.IdleMonitor``
(``GetIdletime -> t`` milliseconds), the freedesktop ``org.freedesktop.ScreenSaver``
(``GetSessionIdleTime -> u`` seconds), ``org.gnome.SessionManager`` (``IsInhibited(u)
-> b``, true only for the idle flag 8 when --inhibited 1) and
``org.freedesktop.PowerManagement.Inhibit`` (``HasInhibit -> b``). Calls are logged
as JSON lines in LOG.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from jeepney import HeaderFields, MessageType, message_bus, new_error, new_method_return
from jeepney.io.blocking import open_dbus_connection

UNKNOWN = "org.freedesktop.DBus.Error.UnknownMethod"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("address")
    parser.add_argument("log", type=Path)
    parser.add_argument("--mutter", type=int)
    parser.add_argument("--screensaver", type=int)
    parser.add_argument("--inhibited", type=int)
    parser.add_argument("--power", type=int)
    args = parser.parse_args()
    out = args.log.open("a", encoding="utf-8")
    conn = open_dbus_connection(args.address)
    # (bus name, object path, member) -> (reply signature, reply, expected call signature)
    answers: dict[tuple[str, str], tuple[str, object, str]] = {}
    names = []
    if args.mutter is not None:
        names.append("org.gnome.Mutter.IdleMonitor")
        answers[("/org/gnome/Mutter/IdleMonitor/Core", "GetIdletime")] = ("t", args.mutter, "")
    if args.screensaver is not None:
        names.append("org.freedesktop.ScreenSaver")
        answers[("/org/freedesktop/ScreenSaver", "GetSessionIdleTime")] = (
            "u",
            args.screensaver,
            "",
        )
    if args.inhibited is not None:
        names.append("org.gnome.SessionManager")
        answers[("/org/gnome/SessionManager", "IsInhibited")] = ("b", args.inhibited, "u")
    if args.power is not None:
        names.append("org.freedesktop.PowerManagement")
        answers[("/org/freedesktop/PowerManagement/Inhibit", "HasInhibit")] = ("b", args.power, "")
    for name in names:
        assert conn.send_and_get_reply(message_bus.RequestName(name)).body == (1,)
    out.write(json.dumps({"event": "ready"}) + "\n")
    out.flush()
    while True:
        msg = conn.receive()
        if msg.header.message_type is not MessageType.method_call:
            continue
        fields = msg.header.fields
        key = (fields.get(HeaderFields.path), fields.get(HeaderFields.member))
        signature = fields.get(HeaderFields.signature, "")
        out.write(json.dumps({"event": "call", "member": key[1], "args": list(msg.body)}) + "\n")
        out.flush()
        if key not in answers or answers[key][2] != signature:
            conn.send(new_error(msg, UNKNOWN, "s", (f"no {key}",)))
            continue
        kind, value, _expected = answers[key]
        if key[1] == "IsInhibited":
            value = bool(value) and msg.body[0] & 8 == 8
        conn.send(new_method_return(msg, kind, (bool(value) if kind == "b" else value,)))


if __name__ == "__main__":
    main()
