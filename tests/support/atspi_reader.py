"""Reads an application's accessibility tree over AT-SPI, as a screen reader does.

Run with the system Python that has pyatspi (python3-pyatspi), not the test's venv:
    /usr/bin/python3 atspi_reader.py PID dump      -> one JSON object: the tree
    /usr/bin/python3 atspi_reader.py PID tab N     -> JSON list: the focused object
                                                      after each of N Tab presses
Each node is {"role": "push button", "name": ..., "description": ..., "states": [...],
"children": [...]} (hidden parts of the tree are left out).
"""

from __future__ import annotations

import itertools
import json
import sys
import time

import pyatspi

TAB = 23  # the X keycode of Tab (evdev)


def application(pid: int):
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is not None and app.get_process_id() == pid:
                return app
        time.sleep(0.2)
    raise SystemExit(f"no application with pid {pid} on the accessibility bus")


def states(node) -> list[str]:
    return sorted(pyatspi.stateToString(s) for s in node.getState().getStates())


def tree(node, depth: int = 0) -> dict:
    shown = states(node)
    found = {
        "role": node.getRoleName(),
        "name": node.name or "",
        "description": node.description or "",
        "states": shown,
        "children": [],
    }
    if depth < 40:
        for child in node:
            if child is None:
                continue
            if "showing" not in states(child) and child.getRoleName() != "frame":
                continue
            found["children"].append(tree(child, depth + 1))
    return found


def focused(node):
    if "focused" in states(node):
        return node
    for child in node:
        if child is not None and "showing" in states(child):
            hit = focused(child)
            if hit is not None:
                return hit
    return None


def describe(node) -> dict:
    if node is None:
        return {"role": "", "name": ""}
    return {"role": node.getRoleName(), "name": node.name or ""}


def main() -> None:
    pid, command = int(sys.argv[1]), sys.argv[2]
    app = application(pid)
    if command == "dump":
        print(json.dumps(tree(app)))
    elif command == "tab":
        print(json.dumps(tab_walk(app, int(sys.argv[3]))))


def tab_walk(app, presses: int) -> list[dict]:
    """Press Tab ``presses`` times; what gained the focus after each, as a screen reader
    hears it (the focus events), starting with what had it before."""
    from gi.repository import GLib

    pid = app.get_process_id()
    seen = [describe(focused(app))]
    heard: list[dict] = []

    def on_focus(event) -> None:
        source = event.source
        if event.detail1 and source is not None and source.get_process_id() == pid:
            heard.append(describe(source))

    pyatspi.Registry.registerEventListener(on_focus, "object:state-changed:focused")
    left = [presses]
    marks: list[int] = []

    def press() -> bool:
        marks.append(len(heard))
        if left[0] == 0:
            pyatspi.Registry.stop()
            return False
        left[0] -= 1
        pyatspi.Registry.generateKeyboardEvent(TAB, None, pyatspi.KEY_PRESSRELEASE)
        return True

    GLib.timeout_add(400, press)
    pyatspi.Registry.start()
    # the last object that gained the focus after each press
    for before, after in itertools.pairwise(marks):
        seen.append(heard[after - 1] if after > before else {"role": "", "name": ""})
    return seen


if __name__ == "__main__":
    main()
