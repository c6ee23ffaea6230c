"""Supple: a hands-free desktop coach for stretch and mobility routines."""

from supple.version import __version__

__all__ = ["__version__"]
