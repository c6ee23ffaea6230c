"""An SVG drawing rebuilt from an allow-list, so that drawing it reads no other file and
costs a bounded amount of work.

Filtering the text of an SVG cannot work: a DTD can add attributes by default, an
entity can spell out an attribute, another encoding can hide one. So the file is
parsed by a real XML parser (expat) that refuses any DTD, entity or external
reference outright, and a new document is written from what was parsed: only the
elements and attributes of static vector drawing, in UTF-8, with no DTD. A link
(``href``, ``xlink:href``, ``url(...)``) may only name an element of the same
drawing (``#id``); any other link refuses the picture, with a message that says so.

The cost of drawing is counted on the tree as it will be drawn: every ``<use>``
counts the element it copies again, as often as it is used, and a clip path counts
for every element clipped by it, so a few kilobytes whose copies of copies multiply
to a billion elements are refused before anything is drawn. Cycles of references
are refused too.

Qt-free: the routine checker, the importer and the picture renderer share it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from xml.parsers import expat

from supple.i18n import N_, _, number
from supple.routine.picture_refused import PictureRefused

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
XML_NS = "http://www.w3.org/XML/1998/namespace"

MAX_SVG_BYTES = 4 * 1024 * 1024  # far more than any illustration needs
MAX_ELEMENTS = 20_000  # elements as written
MAX_DEPTH = 48  # nesting as drawn, <use> included
MAX_COST = 50_000  # elements as drawn (every copy counted), plus path data / 64
MAX_TEXT = 1_000_000  # characters of text content

# Elements of static drawing. Anything else is left out with its content (metadata,
# editors' own elements, scripts, foreign objects, animation), except the ones below
# that would pull in other pictures or multiply work (refused with a reason).
CONTAINERS = {"svg", "g", "defs", "symbol", "switch"}
SHAPES = {"path", "rect", "circle", "ellipse", "line", "polyline", "polygon"}
TEXT = {"text", "tspan", "textPath"}
PAINT = {"linearGradient", "radialGradient", "stop", "solidColor", "clipPath"}
ELEMENTS = CONTAINERS | SHAPES | TEXT | PAINT | {"use", "title", "desc", "style", "a"}
REFUSED_ELEMENTS = {
    "image": N_(
        "cannot be drawn safely: it embeds or links another picture (<image>); "
        "Supple draws only self-contained SVG files"
    ),
    "feImage": N_(
        "cannot be drawn safely: it embeds or links another picture (<feImage>); "
        "Supple draws only self-contained SVG files"
    ),
    "foreignObject": N_(
        "cannot be drawn safely: it embeds other content (<foreignObject>); "
        "Supple draws only self-contained SVG files"
    ),
}
# Left out silently: effects that cost a full extra layer or a copy per vertex or tile.
DROPPED_ELEMENTS = {"filter", "mask", "pattern", "marker", "script", "animate", "set"}

ATTRIBUTES = {
    # geometry and structure
    "id", "class", "style", "transform", "viewBox", "preserveAspectRatio", "version",
    "baseProfile", "width", "height", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r",
    "rx", "ry", "fx", "fy", "fr", "d", "points", "pathLength", "offset", "type", "media",
    "requiredFeatures", "requiredExtensions", "systemLanguage", "href",
    # painting
    "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-linecap",
    "stroke-linejoin", "stroke-miterlimit", "stroke-dasharray", "stroke-dashoffset",
    "stroke-opacity", "opacity", "color", "display", "visibility", "clip-path",
    "clip-rule", "clipPathUnits", "vector-effect", "solid-color", "solid-opacity",
    "stop-color", "stop-opacity", "gradientUnits", "gradientTransform", "spreadMethod",
    "color-rendering", "shape-rendering", "text-rendering", "overflow",
    "viewport-fill", "viewport-fill-opacity",
    # text
    "font-family", "font-size", "font-style", "font-weight", "font-variant",
    "text-anchor", "dx", "dy", "rotate", "letter-spacing", "word-spacing",
    "text-decoration", "startOffset", "method", "spacing",
}  # fmt: skip
# Encodings expat reads itself; any other declaration is refused (UTF-7 can hide markup).
ENCODINGS = {"utf-8", "utf8", "us-ascii", "ascii", "iso-8859-1", "latin1", "utf-16"}

_DECLARED = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([^"']*)["']""")
_ID = re.compile(r"[A-Za-z_][\w.\-:]*\Z")
_URL = re.compile(r"url\s*\(\s*(['\"]?)(.*?)\1\s*\)", re.IGNORECASE | re.DOTALL)
_URL_START = re.compile(r"url\s*\(", re.IGNORECASE)
_FRAGMENT_URL = re.compile(r"#([A-Za-z_][\w.\-:]*)\Z")
_CLIP_REF = re.compile(r"clip-path\s*:\s*url\(\s*['\"]?#([A-Za-z_][\w.\-:]*)")
_SHOW = 60  # characters of a refused value quoted in a message


def _quote(value: str) -> str:
    shown = value if len(value) <= _SHOW else value[:_SHOW] + "..."
    return repr(shown)  # control characters come out escaped


@dataclass
class _Node:
    """One element kept: its name, its allowed attributes, its children and text."""

    tag: str
    attrs: dict[str, str]
    children: list[_Node | str] = field(default_factory=list)


def _external(message: str) -> PictureRefused:
    outside = _(
        "links to something outside the drawing ({what}); "
        "Supple draws only self-contained SVG files"
    )
    return PictureRefused(outside.format(what=message), kind="outside")


def _check_urls(value: str) -> None:
    """Every ``url(...)`` in an attribute or style must name an element of this drawing."""
    opened = len(_URL_START.findall(value))
    if not opened:
        return
    found = 0
    for match in _URL.finditer(value):
        found += 1
        if not _FRAGMENT_URL.match(match.group(2).strip()):
            raise _external(f"url({_quote(match.group(2))})")
    if opened != found:
        raise _external(_("an unreadable url(...) in {value}").format(value=_quote(value)))


def _check_style(value: str) -> None:
    if "\\" in value or "@" in value:
        # CSS escapes can spell url( in other ways; @import loads other files.
        raise _external(f"style {_quote(value)}")
    _check_urls(value)


class _SvgBuilder:
    """Expat handlers that build the allowed tree and refuse what must not be read."""

    def __init__(self) -> None:
        self.root: _Node | None = None
        self.stack: list[_Node | None] = []  # None: inside a left-out element
        self.elements = 0
        self.text = 0

    # -- what is refused outright ------------------------------------------------------
    @staticmethod
    def doctype(*_args: object) -> None:
        raise PictureRefused(
            _(
                "has a document type declaration (DTD), which can add links and multiply "
                "content; Supple draws SVG files without one"
            ),
            kind="outside",
        )

    @staticmethod
    def entity(*_args: object) -> None:
        entities = _("declares entities, which SVG pictures do not need")
        raise PictureRefused(entities, kind="outside")

    @staticmethod
    def external_entity(*_args: object) -> int:
        raise PictureRefused(_("refers to an external entity"), kind="outside")

    # -- the tree --------------------------------------------------------------------------
    def start(self, name: str, raw: dict[str, str]) -> None:
        self.elements += 1
        if self.elements > MAX_ELEMENTS:
            raise PictureRefused(
                _("has more than {limit} elements; that is too complex to draw").format(
                    limit=number(MAX_ELEMENTS)
                ),
                kind="complex",
            )
        if len(self.stack) >= MAX_DEPTH:
            raise PictureRefused(
                _("nests elements more than {limit} deep; that is too complex to draw").format(
                    limit=MAX_DEPTH
                ),
                kind="complex",
            )
        parent_dropped = bool(self.stack) and self.stack[-1] is None
        namespace, _sep, local = name.rpartition(" ")
        if namespace not in ("", SVG_NS) or parent_dropped:
            self.stack.append(None)
            return
        if local in REFUSED_ELEMENTS:
            raise PictureRefused(_(REFUSED_ELEMENTS[local]), kind="outside")
        if local not in ELEMENTS:
            self.stack.append(None)
            return
        if self.root is None and local != "svg":
            starts = _("is not an SVG drawing (it starts with {element})")
            raise PictureRefused(starts.format(element=f"<{local}>"), kind="damaged")
        node = _Node("g" if local == "a" else local, self._attributes(local, raw))
        if self.root is None:
            self.root = node
        else:
            parent = self.stack[-1]
            assert parent is not None
            parent.children.append(node)
        self.stack.append(node)

    def _attributes(self, element: str, raw: dict[str, str]) -> dict[str, str]:
        attrs: dict[str, str] = {}
        for qualified, value in raw.items():
            namespace, _sep, local = qualified.rpartition(" ")
            if local == "href" and namespace in (XLINK_NS, ""):
                link = value.strip()
                if not link:
                    continue
                if element == "a":
                    continue  # a link to follow when clicked, never loaded: left out
                if not _FRAGMENT_URL.match(link):
                    raise _external(f"href={_quote(value)}")
                attrs["href"] = link
            elif namespace == XML_NS and local == "space":
                attrs["xml:space"] = value
            elif namespace == "" and local in ATTRIBUTES:
                if local == "style":
                    _check_style(value)
                else:
                    _check_urls(value)
                attrs[local] = value
        return attrs

    def end(self, _name: str) -> None:
        self.stack.pop()

    def characters(self, data: str) -> None:
        if not self.stack or self.stack[-1] is None:
            return
        node = self.stack[-1]
        assert node is not None
        if node.tag not in TEXT and node.tag not in ("title", "desc", "style"):
            return  # whitespace between elements: not drawn
        self.text += len(data)
        if self.text > MAX_TEXT:
            raise PictureRefused(_("holds too much text to draw"), kind="complex")
        if node.tag == "style":
            _check_style(data)
        if node.children and isinstance(node.children[-1], str):
            node.children[-1] += data
        else:
            node.children.append(data)


def _declared_encoding(data: bytes) -> str | None:
    match = _DECLARED.match(data[:200])
    return match.group(1).decode("ascii", "replace").strip().lower() if match else None


def _parse(data: bytes) -> _Node:
    encoding = _declared_encoding(data)
    if encoding is not None and encoding not in ENCODINGS:
        raise PictureRefused(
            _("is written in the {encoding} encoding; Supple reads SVG files in UTF-8").format(
                encoding=_quote(encoding)
            ),
            kind="damaged",
        )
    builder = _SvgBuilder()
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.StartDoctypeDeclHandler = builder.doctype
    parser.EntityDeclHandler = builder.entity
    parser.UnparsedEntityDeclHandler = builder.entity
    parser.NotationDeclHandler = builder.entity
    parser.ElementDeclHandler = builder.entity
    parser.AttlistDeclHandler = builder.entity
    parser.ExternalEntityRefHandler = builder.external_entity
    parser.StartElementHandler = builder.start
    parser.EndElementHandler = builder.end
    parser.CharacterDataHandler = builder.characters
    try:
        parser.Parse(data, True)
    except expat.ExpatError as exc:
        raise PictureRefused(
            _("is not a well-formed SVG file ({reason} at line {line}, column {column})").format(
                reason=expat.ErrorString(exc.code), line=exc.lineno, column=exc.offset + 1
            ),
            kind="damaged",
        ) from None
    except RecursionError:
        raise PictureRefused(_("nests too deeply to draw"), kind="complex") from None
    if builder.root is None:
        raise PictureRefused(_("is not an SVG drawing (no <svg> element)"), kind="damaged")
    return builder.root


# -- the cost of drawing ------------------------------------------------------------------
def _references(node: _Node) -> list[str]:
    """The ids whose content is drawn again for ``node``: what it uses or is clipped by."""
    ids = []
    href = node.attrs.get("href")
    if href is not None and node.tag in ("use", "textPath"):
        ids.append(href[1:])
    clip = node.attrs.get("clip-path", "")
    match = _FRAGMENT_URL.match(_URL.sub(lambda m: m.group(2).strip(), clip).strip())
    if match:
        ids.append(match.group(1))
    ids += _CLIP_REF.findall(node.attrs.get("style", ""))
    return ids


def _too_deep() -> PictureRefused:
    return PictureRefused(
        _("nests copies of elements more than {limit} deep; that is too complex to draw").format(
            limit=MAX_DEPTH
        ),
        kind="complex",
    )


class _Cost:
    """Elements as drawn under each node, every copy counted, cycles refused."""

    def __init__(self, root: _Node) -> None:
        self.by_id: dict[str, _Node] = {}
        self.done: dict[int, tuple[int, int]] = {}  # id(node) -> (cost, depth)
        self.busy: set[int] = set()
        stack: list[_Node] = [root]
        while stack:
            node = stack.pop()
            ident = node.attrs.get("id")
            if ident is not None:
                self.by_id.setdefault(ident, node)
            stack += [c for c in node.children if isinstance(c, _Node)]
        # Gradients may inherit from each other by href: a cycle there is refused too.
        for node in self.by_id.values():
            if node.tag in ("linearGradient", "radialGradient"):
                self._gradient_chain(node)

    def _gradient_chain(self, node: _Node) -> None:
        seen: set[int] = set()
        current: _Node | None = node
        while current is not None:
            if id(current) in seen:
                circle = _("has gradients that inherit from each other in a circle")
                raise PictureRefused(circle, kind="complex")
            seen.add(id(current))
            href = current.attrs.get("href")
            current = self.by_id.get(href[1:]) if href else None

    def measure(self, node: _Node, depth: int = 1) -> tuple[int, int]:
        key = id(node)
        if key in self.done:
            return self.done[key]
        if key in self.busy:
            raise PictureRefused(
                _("has a <use> that copies itself (a circle of references)"), kind="complex"
            )
        if depth > MAX_DEPTH:
            raise _too_deep()
        self.busy.add(key)
        cost = 1 + (len(node.attrs.get("d", "")) + len(node.attrs.get("points", ""))) // 64
        height = 0
        below = [c for c in node.children if isinstance(c, _Node)]
        below += [self.by_id[i] for i in _references(node) if i in self.by_id]
        for child in below:
            child_cost, child_height = self.measure(child, depth + 1)
            if depth + child_height > MAX_DEPTH:
                raise _too_deep()
            cost += child_cost
            height = max(height, child_height)
            if cost > MAX_COST:
                raise PictureRefused(
                    _(
                        "would draw more than {limit} elements once its <use> copies are "
                        "counted; that is too complex to draw"
                    ).format(limit=number(MAX_COST)),
                    kind="complex",
                )
        self.busy.discard(key)
        self.done[key] = (cost, height + 1)
        return self.done[key]


# -- writing the clean document -------------------------------------------------------------
# What XML text cannot hold as itself; in an attribute also the quote and the whitespace
# an XML reader would fold into spaces. (A table rather than xml.sax.saxutils.escape:
# that module imports urllib.request, http.client and email, ~15 ms before the first frame.)
_IN_TEXT = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
_IN_ATTRIBUTE = str.maketrans(
    {
        "&": "&amp;",
        "<": "&lt;",
        ">": "&gt;",
        '"': "&quot;",
        "\t": "&#9;",
        "\n": "&#10;",
        "\r": "&#13;",
    }
)


def _escape(text: str, attribute: bool = False) -> str:
    return text.translate(_IN_ATTRIBUTE if attribute else _IN_TEXT)


def _write(node: _Node, out: list[str], root: bool = False) -> None:
    out.append("<" + node.tag)
    if root:
        out.append(f' xmlns="{SVG_NS}" xmlns:xlink="{XLINK_NS}"')
    for name, value in node.attrs.items():
        shown = "xlink:href" if name == "href" else name
        out.append(f' {shown}="{_escape(value, True)}"')
    if not node.children:
        out.append("/>")
        return
    out.append(">")
    for child in node.children:
        if isinstance(child, str):
            out.append(_escape(child))
        else:
            _write(child, out)
    out.append(f"</{node.tag}>")


@dataclass(frozen=True)
class CleanSvg:
    """A drawing safe to hand to a renderer, and what drawing it costs."""

    data: bytes
    cost: int  # elements as drawn, every copy counted


def clean_svg(data: bytes) -> CleanSvg:
    """``data`` (an SVG file's bytes) rebuilt from the allow-list; PictureRefused if it
    cannot be drawn safely or within bounds."""
    if len(data) > MAX_SVG_BYTES:
        raise PictureRefused(
            _("is an SVG file of {size} MB; SVG pictures are limited to {limit} MB").format(
                size=f"{len(data) / 2**20:.1f}", limit=MAX_SVG_BYTES // 2**20
            ),
            kind="large",
        )
    root = _parse(data)
    cost, _height = _Cost(root).measure(root)
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n']
    _write(root, out, root=True)
    return CleanSvg("".join(out).encode("utf-8"), cost)
