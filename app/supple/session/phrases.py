"""What the coach says, per language: every spoken phrase of the timeline in one table.

The timeline (timeline.py) and the room it leaves for words (fit.py) take their
texts from a :class:`Phrases`, chosen by the routine's language
(:func:`phrases_for`, "de-AT" speaks "de"; a language without a table speaks
English). The phrases are said during a stretch, so each is short and plain.
Counts are digits: the voice reads them in its own language.

A plain class with no Qt and no dataclass: the library's first frame computes
durations with it (benchmarks/README.md, start-up).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType


class Phrases:
    """The spoken texts of one language. Templates use ``str.format`` fields."""

    __slots__ = (
        "breathe_in",
        "breathe_out",
        "complete",
        "first_side",
        "get_ready",
        "go",
        "halfway",
        "hold_breath",
        "hold_for",
        "hold_open",
        "hold_short",
        "keep_going_for",
        "language",
        "last_breath_out",
        "minute",
        "minutes",
        "release",
        "rep",
        "rep_side",
        "rest",
        "seconds",
        "sides",
        "switch",
    )

    breathe_in: str
    breathe_out: str
    complete: str
    first_side: str
    get_ready: str
    go: str
    halfway: str
    hold_breath: str
    hold_for: str
    hold_open: str
    hold_short: str
    keep_going_for: str
    language: str
    last_breath_out: str
    minute: str
    minutes: str
    release: str
    rep: str
    rep_side: str
    rest: str
    seconds: str
    sides: Mapping[str, str]
    switch: str

    def __init__(self, language: str, **texts: object) -> None:
        self.language = language
        for name in self.__slots__:
            if name != "language":
                setattr(self, name, texts[name])  # a missing phrase fails at import
        unknown = set(texts) - set(self.__slots__)
        if unknown:
            raise TypeError(f"unknown phrases: {sorted(unknown)}")

    # -- texts with a value in them ------------------------------------------------
    def side(self, side: str) -> str:
        """``side`` ("left" or "right") as the templates take it."""
        return self.sides[side]

    def opening(self, title: str, side: str | None) -> str:
        """A step's title, with the side it begins on."""
        if side is None:
            return title
        return self.first_side.format(title=title, side=self.side(side))

    def switch_sides(self, side: str) -> str:
        return self.switch.format(side=self.side(side))

    def rest_next(self, upcoming: str) -> str:
        return self.rest.format(title=upcoming)

    def repetition(self, rep: int, count: int, side: str | None) -> str:
        """ "Rep 2 of 8." (with its side when the step goes side to side)."""
        if side is None:
            return self.rep.format(rep=rep, count=count)
        return self.rep_side.format(rep=rep, count=count, side=self.side(side))

    def duration(self, seconds: int) -> str:
        if seconds % 60 == 0 and seconds >= 60:
            minutes = seconds // 60
            return self.minute if minutes == 1 else self.minutes.format(n=minutes)
        return self.seconds.format(n=seconds)

    def hold_start(self, seconds: int, moving: bool) -> str:
        """ "Hold for 30 seconds." / "Keep going for 2 minutes."."""
        template = self.keep_going_for if moving else self.hold_for
        return template.format(time=self.duration(seconds))

    def short_start(self, moving: bool) -> str:
        """A later repetition's start, or one with no room for the long form."""
        return self.go if moving else self.hold_short

    def fixed(self) -> tuple[str, ...]:
        """The texts that take no value (said in many routines: measured once)."""
        return (
            self.get_ready,
            self.release,
            self.breathe_in,
            self.breathe_out,
            self.last_breath_out,
            self.hold_breath,
            self.halfway,
            self.complete,
            self.hold_short,
            self.go,
            self.hold_open,
        )


ENGLISH = Phrases(
    "en",
    get_ready="Get ready.",
    release="Release.",
    # Said as the screen shows it ("Breathe in" / "Breathe out"), not "Inhale" / "Exhale".
    breathe_in="Breathe in.",
    breathe_out="Breathe out.",
    last_breath_out="Last breath out.",
    hold_breath="Hold.",
    halfway="Halfway.",
    complete="Routine complete. Well done.",
    hold_short="Hold.",
    go="Go.",
    hold_open="Hold as long as you can, then press Done.",
    hold_for="Hold for {time}.",
    keep_going_for="Keep going for {time}.",
    seconds="{n} seconds",
    minute="1 minute",
    minutes="{n} minutes",
    sides=MappingProxyType({"left": "left", "right": "right"}),
    first_side="{title}, {side} side first.",
    switch="Switch sides. Now the {side} side.",
    rest="Rest. Next up: {title}.",
    rep="Rep {rep} of {count}.",
    rep_side="Rep {rep} of {count}, {side} side.",
)

GERMAN = Phrases(
    "de",
    get_ready="Bereit machen.",
    release="Lösen.",
    breathe_in="Einatmen.",
    breathe_out="Ausatmen.",
    last_breath_out="Ein letztes Mal ausatmen.",
    hold_breath="Luft anhalten.",
    halfway="Halbzeit.",
    complete="Geschafft. Gut gemacht.",
    hold_short="Halten.",
    go="Los.",
    hold_open="Halten, so lange Sie können, dann Fertig drücken.",
    hold_for="{time} halten.",
    keep_going_for="{time} weitermachen.",
    seconds="{n} Sekunden",
    minute="1 Minute",
    minutes="{n} Minuten",
    sides=MappingProxyType({"left": "links", "right": "rechts"}),
    first_side="{title}, zuerst {side}.",
    switch="Seite wechseln. Jetzt {side}.",
    rest="Pause. Als Nächstes: {title}.",
    rep="Wiederholung {rep} von {count}.",
    rep_side="Wiederholung {rep} von {count}, {side}.",
)

SPANISH = Phrases(
    "es",
    get_ready="Prepárate.",
    release="Suelta.",
    breathe_in="Inspira.",
    breathe_out="Espira.",
    last_breath_out="Espira por última vez.",
    hold_breath="Retén el aire.",
    halfway="A la mitad.",
    complete="Rutina completada. Bien hecho.",
    hold_short="Mantén.",
    go="Vamos.",
    hold_open="Mantén todo lo que puedas y luego pulsa Hecho.",
    hold_for="Mantén {time}.",
    keep_going_for="Sigue {time}.",
    seconds="{n} segundos",
    minute="1 minuto",
    minutes="{n} minutos",
    sides=MappingProxyType({"left": "izquierdo", "right": "derecho"}),
    first_side="{title}, primero el lado {side}.",
    switch="Cambia de lado. Ahora el lado {side}.",
    rest="Descansa. A continuación: {title}.",
    rep="Repetición {rep} de {count}.",
    rep_side="Repetición {rep} de {count}, lado {side}.",
)

TABLE: Mapping[str, Phrases] = MappingProxyType({p.language: p for p in (ENGLISH, GERMAN, SPANISH)})
LANGUAGES: tuple[str, ...] = tuple(TABLE)


def primary_language(tag: str | None) -> str:
    """ "de-AT" -> "de", "pt_BR.UTF-8" -> "pt", "" -> ""."""
    if not tag:
        return ""
    return tag.replace("_", "-").partition(".")[0].partition("-")[0].lower()


def phrases_for(language: str | None) -> Phrases:
    """The phrases for a language tag (English when it has no table)."""
    return TABLE.get(primary_language(language), ENGLISH)
