"""Argument types shared by the sub-commands: each says plainly what is wrong."""

from __future__ import annotations

import argparse

MIN_RATE, MAX_RATE = 60, 400  # words a minute the offline voices manage


def words_per_minute(text: str) -> int:
    """A speaking rate (``--rate``): a whole number of words a minute, 60-400."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if not MIN_RATE <= value <= MAX_RATE:
        raise argparse.ArgumentTypeError(f"{value} is outside {MIN_RATE}-{MAX_RATE} words a minute")
    return value
