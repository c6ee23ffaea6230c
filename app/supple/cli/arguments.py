"""Argument types shared by the sub-commands: each says plainly what is wrong."""

from __future__ import annotations

import argparse

from supple.i18n import _

MIN_RATE, MAX_RATE = 60, 400  # words a minute the offline voices manage


def words_per_minute(text: str) -> int:
    """A speaking rate (``--rate``): a whole number of words a minute, 60-400."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("{text} is not a whole number").format(text=repr(text))
        ) from None
    if not MIN_RATE <= value <= MAX_RATE:
        raise argparse.ArgumentTypeError(
            _("{value} is outside {low}-{high} words a minute").format(
                value=value, low=MIN_RATE, high=MAX_RATE
            )
        )
    return value
