"""Fuzzing the SVG cleaner: mutated drawings are refused with a reason or come out as
well-formed XML without a DTD, without any link out of the drawing, and unchanged
when cleaned again."""

from __future__ import annotations

import re
from xml.parsers import expat

from hypothesis import given, settings
from hypothesis import strategies as st

from supple import paths
from supple.routine.svg_clean import XLINK_NS, PictureRefused, clean_svg

SEEDS = [
    (paths.poses_dir() / "cat.svg")
    .read_bytes()[:4000]
    .rsplit(b"<path", 1)[0]
    .replace(b"<svg ", b'<svg xmlns:xlink="http://www.w3.org/1999/xlink" ')
    + b"</svg>",
    b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
    b'<defs><g id="a"><rect width="2" height="2" style="fill:url(#g)"/></g>'
    b'<linearGradient id="g"><stop offset="0"/></linearGradient></defs>'
    b'<use xlink:href="#a"/><text x="1">Hi <tspan>there</tspan></text></svg>',
]
# Pieces an attacker would splice in: before the drawing, into a start tag, between
# elements, and a few that break the XML anywhere.
PROLOG = [
    b'<!DOCTYPE svg [<!ATTLIST image href CDATA "/abs/x.png">]>',
    b"<!DOCTYPE svg [<!ENTITY e \"&#104;ref='/x.png'\">]>",
    b'<!DOCTYPE svg SYSTEM "file:///etc/passwd">',
    b"<?xml-stylesheet href='/x.css'?>",
    b"<!-- a comment -->",
]
# Refused when they are spliced in:
HOSTILE_ATTRIBUTES = [
    b' href="/abs/x.png"',
    b' xlink:href="file:///etc/passwd"',
    b' href="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4="',
    b' style="fill:url(/x.svg#p)"',
    b" fill=\"url( 'http://example.com/x' )\"",
    b' style="background:u\\72l(/x)"',
]
HOSTILE_CONTENT = [
    b'<image href="/abs/x.png"/>',
    b'<use href="other.svg#a"/>',
    b"<style>@import url(/x.css);</style>",
    b"<foreignObject><img src='/x.png'/></foreignObject>",
    b'<g xmlns:x="http://www.w3.org/1999/xlink"><use x:href="/abs.svg#a"/></g>',
    b'<g id="b"><use xlink:href="#b"/></g>',
]
# Kept or left out without a word:
HARMLESS_ATTRIBUTES = [
    b' xlink:href="#a"',
    b' clip-path="url(#a)"',
    b' transform="scale(1e9)"',
    b' onload="alert(1)"',
    b' xml:base="file:///etc/"',
    b' src="/abs/x.png"',
    b' style="fill:url(#g);stroke:red"',
]
HARMLESS_CONTENT = [
    b"&#104;ref='/etc/passwd'",
    b'<use href="#a"/>',
    b'<use xlink:href="#a" x="3"/>',
    b"<style>rect{fill:url(#g)}</style>",
    b"<![CDATA[<image href='/x'/>]]>",
    b'<a href="https://example.com"><rect/></a>',
    b'<script>alert(1)</script><metadata><x:y xmlns:x="urn:x"/></metadata>',
    b"<text>data: url(/x) &amp; &lt;image&gt;</text>",
    b"<title>x</title><desc>href=/abs</desc>",
]
ATTRIBUTES = HOSTILE_ATTRIBUTES + HARMLESS_ATTRIBUTES * 4
CONTENT = HOSTILE_CONTENT + HARMLESS_CONTENT * 4
BREAKING = [b"\x00", b"\xff\xfe", b"]]>", b"<", b"&e;"]


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    """A seed with pieces spliced in where they parse, and now and then a cut, a copy,
    a stray byte or a piece that breaks the XML."""
    data = bytearray(draw(st.sampled_from(SEEDS)))
    if draw(st.integers(0, 3)) == 0:
        root = data.index(b"<svg")
        data[root:root] = draw(st.sampled_from(PROLOG))
    for _ in range(draw(st.integers(1, 6))):
        # The ends of tags (not of a declaration, not of the last tag).
        ends = [m.start() for m in re.finditer(rb"(?<![?\]])/?>", bytes(data))][:-1]
        action = draw(st.sampled_from(["attribute"] * 4 + ["content"] * 4 + ["other"]))
        if action == "attribute" and ends:
            where = draw(st.sampled_from(ends))
            data[where:where] = draw(st.sampled_from(ATTRIBUTES))
        elif action == "content" and ends:
            where = data.index(b">", draw(st.sampled_from(ends))) + 1
            data[where:where] = draw(st.sampled_from(CONTENT))
        else:
            where = draw(st.integers(0, len(data)))
            kind = draw(st.sampled_from(["delete", "duplicate", "byte", "break"]))
            if kind == "delete":
                data[where : where + draw(st.integers(1, 40))] = b""
            elif kind == "duplicate":
                data[where:where] = data[where : where + draw(st.integers(1, 200))]
            elif kind == "byte":
                data[where:where] = bytes([draw(st.integers(0, 255))])
            else:
                data[where:where] = draw(st.sampled_from(BREAKING))
    return bytes(data)


def _no_dtd(*_args: object) -> None:
    raise AssertionError("the clean document has a DTD or an entity")


def _attributes(clean: bytes) -> list[tuple[str, str, str]]:
    """Every (element, attribute, value) of ``clean``, parsed strictly."""
    found: list[tuple[str, str, str]] = []
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.StartDoctypeDeclHandler = _no_dtd
    parser.EntityDeclHandler = _no_dtd
    parser.StartElementHandler = lambda name, attrs: found.extend(
        (name, key, value) for key, value in attrs.items()
    )
    parser.Parse(clean, True)
    return found


@settings(max_examples=400)
@given(mutated())
def test_a_mutated_svg_is_refused_or_comes_out_without_any_link_out(data: bytes) -> None:
    try:
        clean = clean_svg(data).data
    except PictureRefused as refused:
        assert refused.message and refused.kind
        return
    for element, name, value in _attributes(clean):
        local = element.rpartition(" ")[2]
        assert local not in {"image", "feImage", "foreignObject", "script"}
        if name.rpartition(" ")[2] == "href":
            assert name == f"{XLINK_NS} href" and re.fullmatch(r"#[A-Za-z_][\w.\-:]*", value)
        for target in re.findall(r"url\s*\(\s*['\"]?([^'\")]*)", value, re.IGNORECASE):
            assert target.strip().startswith("#"), (name, value)
        assert "\\" not in value or name != "style"
    assert b"<!DOCTYPE" not in clean and b"<!ENTITY" not in clean
    assert clean_svg(clean).data == clean  # cleaning is stable: nothing left to remove


@given(st.text(alphabet=st.sampled_from(list("ab &<>\"'\t\n\r\x85\u2028é")), max_size=40))
def test_the_writer_escapes_as_the_standard_library_does(text: str) -> None:
    """The cleaner's own escape table (kept off the first frame) against xml.sax.saxutils."""
    from xml.sax.saxutils import escape

    from supple.routine.svg_clean import _escape

    assert _escape(text) == escape(text)
    in_attribute = {'"': "&quot;", "\t": "&#9;", "\n": "&#10;", "\r": "&#13;"}
    assert _escape(text, attribute=True) == escape(text, in_attribute)
