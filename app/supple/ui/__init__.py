"""Qt widgets and windows.

Kept free of imports: tools that walk the package tree import this file, and
the layers below must load without Qt. Modules that drive Qt hard (the app,
the session controller, the views) import ``supple.ui.kit.pyside_fix`` first.
"""
