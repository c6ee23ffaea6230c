"""The player wing: a session on screen - the player and summary pages, the session
controller, the voice bridge, keeping the screen awake and the check-in.

Kept free of imports (tools walk the package tree).
"""
