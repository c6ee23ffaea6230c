"""The library wing: the list of routines and their details, the first page shown.

Kept free of imports (tools walk the package tree).
"""
