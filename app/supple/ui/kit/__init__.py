"""The kit: what every wing of the window shares - painting, the theme, icons,
pictures, the card delegate, Qt values set by name, and shared text formatting.

It imports no wing. Kept free of imports (tools walk the package tree).
"""
