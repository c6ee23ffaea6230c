"""The one error type the routine layer raises."""

from __future__ import annotations

from supple.i18n import _, ngettext
from supple.value_class import value_class


@value_class
class FormatProblem:
    """One thing wrong with a routine document.

    ``path`` is a JSON path such as ``steps[2].hold.breaths``; an empty path
    means the document as a whole.
    """

    path: str
    message: str

    def describe(self, file: str = "") -> str:
        where = self.path or _("(document)")
        return f"{file}: {where}: {self.message}" if file else f"{where}: {self.message}"


class RoutineError(Exception):
    """A routine file or document that cannot be used, with every problem found."""

    def __init__(self, file: str, problems: list[FormatProblem]) -> None:
        if not problems:
            problems = [FormatProblem("", _("invalid routine"))]
        self.file = file
        self.problems = tuple(problems)
        super().__init__(self.summary())

    def summary(self) -> str:
        return "\n".join(p.describe(self.file) for p in self.problems)

    def lines(self) -> list[str]:
        """Each problem as ``FILE: PATH: message``."""
        return [p.describe(self.file) for p in self.problems]

    @property
    def first(self) -> str:
        """The first problem, short enough for a list entry."""
        p = self.problems[0]
        others = len(self.problems) - 1
        more = ngettext(" (and {n} more)", " (and {n} more)", others).format(n=others)
        return f"{p.path or _('file')}: {p.message}{more if others else ''}"
