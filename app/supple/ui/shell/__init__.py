"""The shell: the app launch, the main window, the one composition root that
builds and wires every part (``compose.py``), single instance, settings, the
safety notice and About.

Kept free of imports (tools walk the package tree).
"""
