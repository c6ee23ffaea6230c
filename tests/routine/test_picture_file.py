"""A routine's own pictures are judged by their bytes and SVG is rebuilt by a real parser:
every known way of reaching outside the folder or multiplying work is refused, with one
message naming the file and the problem, by `supple check` and by import alike."""

from __future__ import annotations

import struct
from pathlib import Path
from xml.parsers import expat

import pytest
from helpers import minimal_doc, png_header_only, run_cli, write_json
from hostile_pictures import bypasses, fan_out, red_png, use_bomb

from supple import paths
from supple.routine import RoutineError, load_routine
from supple.routine.picture_file import picture_problem, picture_problems, read_picture, sniff
from supple.routine.svg_clean import MAX_COST, MAX_DEPTH, PictureRefused, clean_svg
from supple.routine.transfer import import_routine

SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">{}</svg>'

# What each bypass is refused for: (kind, words of the message).
EXPECTED = {
    "plain-href.svg": ("outside", "<image>"),
    "dtd-default-href.svg": ("outside", "document type declaration"),
    "dtd-default-xlink.svg": ("outside", "document type declaration"),
    "entity.svg": ("outside", "document type declaration"),
    "nested-data.svg": ("outside", "<image>"),
    "utf7.svg": ("damaged", "'utf-7' encoding"),
    "svg-as.png": ("type", "is named .png but is an SVG drawing; rename it to .svg"),
    "svg-as.jpg": ("type", "is named .jpg but is an SVG drawing; rename it to .svg"),
}


@pytest.fixture
def hostile(tmp_path: Path) -> tuple[Path, dict[str, Path]]:
    outside = tmp_path / "outside"
    outside.mkdir()
    folder = tmp_path / "routine"
    folder.mkdir()
    return folder, bypasses(folder, red_png(outside / "red.png"))


def test_every_bypass_of_the_old_filter_is_refused_with_its_reason(
    hostile: tuple[Path, dict[str, Path]],
) -> None:
    _folder, files = hostile
    assert set(files) == set(EXPECTED)
    for name, path in files.items():
        refused = picture_problem(path)
        assert refused is not None, name
        kind, words = EXPECTED[name]
        assert refused.kind == kind, (name, refused.message)
        assert words in refused.message, (name, refused.message)


def test_a_use_bomb_is_refused_before_anything_is_expanded(tmp_path: Path) -> None:
    bomb = use_bomb(tmp_path / "bomb.svg")
    assert bomb.stat().st_size < 2500  # the 1.9 KB drawing of issue 22
    refused = picture_problem(bomb)
    assert refused is not None and refused.kind == "complex"
    assert f"more than {MAX_COST:,} elements" in refused.message


def test_a_heavy_fan_out_is_refused_and_a_modest_one_drawn(tmp_path: Path) -> None:
    heavy = picture_problem(fan_out(tmp_path / "heavy.svg", copies=600))  # 60,000 circles
    assert heavy is not None and heavy.kind == "complex" and "too complex" in heavy.message
    modest = read_picture(fan_out(tmp_path / "modest.svg", copies=20))
    assert modest.kind == "svg" and 2_000 < modest.cost < MAX_COST


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ('<g id="a"><use href="#a"/></g>', "copies itself"),
        ('<g id="a"><use href="#b"/></g><g id="b"><use href="#a"/></g>', "copies itself"),
        ('<linearGradient id="a" href="#b"/><linearGradient id="b" href="#a"/>', "circle"),
        ("<g>" * (MAX_DEPTH + 1) + "</g>" * (MAX_DEPTH + 1), "deep"),
        ('<rect style="fill:url(file:///etc/x.svg#p)"/>', "url('file:///etc/x.svg#p')"),
        ('<rect fill="url( /abs/x.svg#p )"/>', "url('/abs/x.svg#p')"),
        ("<style>@import url(a.css);</style>", "style"),
        ('<rect style="fill:u\\72l(/x.svg#p)"/>', "style"),
        ('<use href="x.svg#a"/>', "href='x.svg#a'"),
        ('<use href="#xpointer(id(a))"/>', "href='#xpointer(id(a))'"),
        ('<foreignObject><img src="/x.png"/></foreignObject>', "<foreignObject>"),
        ("<feImage href='#a'/>", "<feImage>"),
        ("&undefined;", "undefined entity"),
    ],
)
def test_links_cycles_and_tricks_are_refused(body: str, words: str) -> None:
    with pytest.raises(PictureRefused) as refused:
        clean_svg(SVG.format(body).encode())
    assert words in refused.value.message


def test_an_external_entity_and_a_processing_instruction_never_reach_a_file(
    tmp_path: Path,
) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET")
    xxe = f'<!DOCTYPE svg [<!ENTITY x SYSTEM "{secret.as_uri()}">]>' + SVG.format("&x;")
    with pytest.raises(PictureRefused, match="document type declaration"):
        clean_svg(xxe.encode())
    styled = f'<?xml-stylesheet href="{secret.as_uri()}"?>' + SVG.format("<rect/>")
    assert b"secret" not in clean_svg(styled.encode()).data


def test_what_is_kept_is_static_drawing_with_local_links_only() -> None:
    source = SVG.format(
        '<metadata><rdf:RDF xmlns:rdf="urn:x"/></metadata>'
        '<script>alert(1)</script><a href="https://example.com"><rect id="r" width="2"/></a>'
        '<linearGradient id="g"><stop offset="0" stop-color="red"/></linearGradient>'
        '<use xlink:href="#r" xmlns:xlink="http://www.w3.org/1999/xlink" onclick="x()"/>'
        '<circle r="3" fill="url(#g)" inkscape:label="c" xmlns:inkscape="urn:i"/>'
        '<text x="1" y="9">A &amp; B</text>'
    ).encode()
    clean = clean_svg(source).data
    assert b"script" not in clean and b"metadata" not in clean and b"example.com" not in clean
    assert b"onclick" not in clean and b"inkscape" not in clean
    assert b'xlink:href="#r"' in clean and b'fill="url(#g)"' in clean
    assert b"A &amp; B" in clean
    expat.ParserCreate().Parse(clean, True)  # well-formed


def test_the_format_comes_from_the_bytes(tmp_path: Path) -> None:
    png = red_png(tmp_path / "red.png")
    assert sniff(png.read_bytes()) == "png"
    assert read_picture(png).width == 50
    jpeg_named_png = tmp_path / "photo.png"
    sof = b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, 30, 40, 3) + b"\x00" * 9
    jpeg_named_png.write_bytes(b"\xff\xd8\xff\xe0\x00\x04ab" + sof + b"\xff\xd9")
    picture = read_picture(jpeg_named_png)  # a raster picture either way: drawn as a JPEG
    assert (picture.kind, picture.width, picture.height) == ("jpeg", 40, 30)
    png_named_svg = tmp_path / "drawing.svg"
    png_named_svg.write_bytes(png.read_bytes())
    refused = picture_problem(png_named_svg)
    assert refused is not None and "is named .svg but is a PNG picture" in refused.message
    gif = tmp_path / "anim.png"
    gif.write_bytes(b"GIF89a" + b"\x00" * 20)
    refused = picture_problem(gif)
    assert refused is not None and "not a PNG, JPEG or SVG" in refused.message


def test_a_raster_header_claiming_a_gigantic_picture_is_refused(tmp_path: Path) -> None:
    refused = picture_problem(png_header_only(tmp_path / "bomb.png", 50000, 50000))
    assert refused is not None and refused.kind == "large" and "50000×50000" in refused.message


def test_a_fifo_is_refused_without_waiting(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.svg"
    try:
        import os

        os.mkfifo(fifo)
    except (AttributeError, OSError):
        pytest.skip("no FIFOs here")
    refused = picture_problem(fifo)
    assert refused is not None and "not a regular file" in refused.message


def test_every_bundled_picture_passes_and_keeps_every_element() -> None:
    for path in sorted(paths.poses_dir().glob("*.svg")):
        picture = read_picture(path)
        source = path.read_bytes()
        for tag in (b"<path", b"<rect", b"<circle", b"<polyline"):
            assert picture.data.count(tag) == source.count(tag), (path.name, tag)


def _routine_with(folder: Path, pictures: list[str]) -> Path:
    steps = [
        {"title": f"Step {i}", "hold": {"seconds": 5}, "illustration": name}
        for i, name in enumerate(pictures)
    ]
    return write_json(folder / "hostile.json", minimal_doc(id="hostile", steps=steps))


def test_check_and_import_give_the_same_message_naming_file_and_problem(
    hostile: tuple[Path, dict[str, Path]], user_routines: Path
) -> None:
    folder, files = hostile
    use_bomb(folder / "bomb.svg")
    names = [*files, "bomb.svg", "bomb.svg"]  # the same file twice: read once, named twice
    source = _routine_with(folder, names)
    problems = picture_problems(load_routine(source))
    assert [p.path for p in problems] == [f"steps[{i}].illustration" for i in range(len(names))]
    for problem, name in zip(problems, names, strict=True):
        assert problem.message.startswith(f"the picture {name!r} "), problem.message

    result = run_cli("check", str(source))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines == [p.describe(str(source)) for p in problems]
    assert "steps[8].illustration: the picture 'bomb.svg' would draw more than" in lines[8]

    with pytest.raises(RoutineError) as err:
        import_routine(source)
    assert [(p.path, p.message) for p in err.value.problems] == [
        (p.path, p.message) for p in problems
    ]
    assert not any(user_routines.iterdir())  # nothing written
