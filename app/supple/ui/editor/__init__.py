"""The routine editor: build and change routines in the app, and manage the library's
own routines (new, duplicate, rename, delete, import, export).

The composition root wires it into the window (``supple.ui.shell.compose.attach_routine_menu``).
Kept free of imports: the editor is built when first needed.
"""
