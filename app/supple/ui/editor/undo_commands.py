"""Undo and redo: every edit is a command holding the document before and after.

Snapshots keep undo exact for every kind of edit (typing, reorder, add,
delete, pictures); routine documents are a few kilobytes. Consecutive edits
of the same field (typing a title) merge into one step of undo.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

Apply = Callable[[dict[str, Any], "int | None"], None]  # document, selected step
MERGE_ID = 7301


class DocCommand(QUndoCommand):
    def __init__(
        self,
        apply: Apply,
        before: dict[str, Any],
        after: dict[str, Any],
        text: str,
        *,
        merge_key: str | None = None,
        selected_before: int | None = None,
        selected_after: int | None = None,
    ) -> None:
        super().__init__(text)
        self._apply = apply
        self.before = copy.deepcopy(before)
        self.after = copy.deepcopy(after)
        self.merge_key = merge_key
        self.selected_before = selected_before
        self.selected_after = selected_after

    def id(self) -> int:
        return MERGE_ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, DocCommand) or other.merge_key != self.merge_key:
            return False
        self.after = copy.deepcopy(other.after)
        self.selected_after = other.selected_after
        return True

    def redo(self) -> None:
        self._apply(copy.deepcopy(self.after), self.selected_after)

    def undo(self) -> None:
        self._apply(copy.deepcopy(self.before), self.selected_before)
