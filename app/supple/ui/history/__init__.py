"""The history wing: the History page, its weekly chart, and writing each session
into the history as it runs.

Kept free of imports (tools walk the package tree).
"""
