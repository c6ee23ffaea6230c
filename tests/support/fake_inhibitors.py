"""A desktop's inhibitor bookkeeping on a private session bus, GNOME's or KDE's.

Run as a child process by tests/reminders/test_idle_sources.py:

    python fake_inhibitors.py ADDRESS LOG gnome|kde

Other programs hold inhibitors and Supple asks whether any is held, as on the real
desktops:

- both: ``org.freedesktop.ScreenSaver`` ``Inhibit(s app, s reason) -> u cookie`` and
  ``UnInhibit(u)``, what presentation programs and video players call;
- gnome: ``org.gnome.SessionManager`` ``Inhibit(s app, u xid, s reason, u flags) -> u``,
  ``Uninhibit(u)``, ``IsInhibited(u flags) -> b``; a screen-saver inhibit is an idle
  inhibitor (flags 8), as gnome-shell makes it;
- kde: ``org.kde.Solid.PowerManagement.PolicyAgent`` ``AddInhibition(u policies,
  s app, s reason) -> u``, ``ReleaseInhibition(u)``, ``HasInhibition(u policies) -> b``;
  a screen-saver inhibit is a "change screen settings" one (4), as ksmserver makes it.

An inhibitor ends when its holder releases it or leaves the bus (NameOwnerChanged).
What happens is logged as JSON lines in LOG.
"""

from __future__ import annotations

import json
import sys
from itertools import count
from pathlib import Path

from jeepney import HeaderFields, MatchRule, MessageType, message_bus, new_error, new_method_return
from jeepney.io.blocking import open_dbus_connection

UNKNOWN = "org.freedesktop.DBus.Error.UnknownMethod"
SCREEN_SAVER = "org.freedesktop.ScreenSaver"
GNOME = "org.gnome.SessionManager"
KDE = "org.kde.Solid.PowerManagement.PolicyAgent"
SCREEN_SAVER_FLAGS = {"gnome": 8, "kde": 4}


def main() -> None:
    address, log, desktop = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
    out = log.open("a", encoding="utf-8")

    def write(**event: object) -> None:
        out.write(json.dumps(event) + "\n")
        out.flush()

    conn = open_dbus_connection(address)
    names = [SCREEN_SAVER, GNOME if desktop == "gnome" else KDE]
    for name in names:
        assert conn.send_and_get_reply(message_bus.RequestName(name)).body == (1,)
    rule = MatchRule(type="signal", interface="org.freedesktop.DBus", member="NameOwnerChanged")
    conn.send_and_get_reply(message_bus.AddMatch(rule))
    held: dict[int, tuple[str, int]] = {}  # cookie -> (holder's unique name, flags)
    cookies = count(1)

    def hold(holder: str, flags: int) -> int:
        cookie = next(cookies)
        held[cookie] = (holder, flags)
        write(event="held", cookie=cookie, flags=flags)
        return cookie

    def inhibited(flags: int) -> bool:
        return any(mask & flags for _holder, mask in held.values())

    write(event="ready")
    while True:
        msg = conn.receive()
        fields = msg.header.fields
        member = fields.get(HeaderFields.member)
        if msg.header.message_type is MessageType.signal:
            if member == "NameOwnerChanged" and msg.body[2] == "":
                for cookie in [c for c, (who, _) in held.items() if who == msg.body[0]]:
                    del held[cookie]
                    write(event="released", cookie=cookie, why="left the bus")
            continue
        if msg.header.message_type is not MessageType.method_call:
            continue
        interface = fields.get(HeaderFields.interface)
        signature = fields.get(HeaderFields.signature, "")
        sender = fields.get(HeaderFields.sender, "")
        call = (interface, member, signature)
        write(event="call", interface=interface, member=member, args=list(msg.body))
        if call == (SCREEN_SAVER, "Inhibit", "ss"):
            reply = ("u", (hold(sender, SCREEN_SAVER_FLAGS[desktop]),))
        elif call in ((GNOME, "Inhibit", "susu"), (KDE, "AddInhibition", "uss")):
            flags = msg.body[3] if interface == GNOME else msg.body[0]
            reply = ("u", (hold(sender, int(flags)),))
        elif call in (
            (SCREEN_SAVER, "UnInhibit", "u"),
            (GNOME, "Uninhibit", "u"),
            (KDE, "ReleaseInhibition", "u"),
        ):
            if held.pop(int(msg.body[0]), None) is not None:
                write(event="released", cookie=int(msg.body[0]), why="released")
            reply = ("", ())
        elif call in ((GNOME, "IsInhibited", "u"), (KDE, "HasInhibition", "u")):
            reply = ("b", (inhibited(int(msg.body[0])),))
        else:
            conn.send(new_error(msg, UNKNOWN, "s", (f"no {call}",)))
            continue
        conn.send(new_method_return(msg, reply[0] or None, reply[1]))


if __name__ == "__main__":
    main()
