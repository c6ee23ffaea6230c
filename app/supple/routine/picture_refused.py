"""Why a picture cannot be shown: the one exception every picture check raises.

Its own module, so the windows can name it without loading the SVG cleaner and the
XML parser behind it, which only a routine's own pictures need (the first frame
shows bundled poses only; ARCHITECTURE.md, start-up rules).
"""

from __future__ import annotations


class PictureRefused(Exception):
    """Why a picture cannot be drawn safely; the message reads after "the picture ..."."""

    def __init__(self, message: str, *, kind: str) -> None:
        super().__init__(message)
        self.message = message
        self.kind = kind  # "outside", "complex", "damaged", "large": what the placeholder says
