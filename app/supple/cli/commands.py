"""The sub-commands `supple` knows, one module each; each adds itself to the parser."""

from __future__ import annotations

import argparse
from collections.abc import Callable

import supple.cli.cmd_run as cmd_run
from supple.cli import cmd_check, cmd_history, cmd_list, cmd_plan, cmd_speak, cmd_voices

Register = Callable[["argparse._SubParsersAction[argparse.ArgumentParser]"], None]

REGISTRY: list[Register] = [
    cmd_list.register,
    cmd_check.register,
    cmd_plan.register,
    cmd_history.register,
    cmd_voices.register,
    cmd_speak.register,
    cmd_run.register,
]
