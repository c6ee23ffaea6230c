"""A session's states and how it ended: the words the player, the history and the
windows share.

They stand apart from the player so that what only names a state (the history's rows,
the voice's bridge) does not load the player's machinery with it.
"""

from __future__ import annotations

from enum import Enum


class State(str, Enum):
    """Where the player is: idle → running ⇄ paused → finished or stopped."""

    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"
    STOPPED = "stopped"


class Outcome(str, Enum):
    """How a session ended, as the history keeps it."""

    FINISHED = "finished"
    STOPPED = "stopped"
    INTERRUPTED = "interrupted"
