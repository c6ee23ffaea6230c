"""The pose illustration generator (tools/posegen.py) and the SVGs it commits to assets/."""

from __future__ import annotations

import dataclasses
import importlib.util
import os
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
POSE_DIR = ROOT / "assets" / "poses"
ICON = ROOT / "assets" / "icons" / "supple.svg"
SVG_NS = "{http://www.w3.org/2000/svg}"


def _load_posegen():
    spec = importlib.util.spec_from_file_location("posegen", ROOT / "tools" / "posegen.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("posegen", module)
    spec.loader.exec_module(module)
    return module


pg = _load_posegen()
NAMES = list(pg.POSES)

# fmt: off
REQUIRED = {
    "supine-twist", "supine-twist-start", "pelvic-tilt-rest", "cat", "cow", "all-fours",
    "child-pose", "prayer-pose", "hip-lift-down", "hip-lift-up", "bridge-up", "pelvic-tilt",
    "shoelace", "shoelace-fold", "side-knee-drop", "knees-to-chest", "hamstring-stretch",
    "plank", "standing", "march", "walking",
}
# fmt: on


def _grounded(name: str):
    return pg.figure(pg.pose(name))


def test_every_required_pose_is_in_the_table():
    assert set(NAMES) >= REQUIRED


@pytest.mark.parametrize("name", NAMES)
def test_pose_renders_well_formed_svg_with_the_shared_viewbox(name):
    root = ET.fromstring(pg.render(pg.pose(name)).encode("utf-8"))
    assert root.tag == f"{SVG_NS}svg"
    assert root.get("viewBox") == "0 0 400 300"
    tags = {el.tag.removeprefix(SVG_NS) for el in root.iter()}
    assert tags <= {"svg", "rect", "polyline", "path", "circle"}
    parts = {el.get("id") for el in root if el.get("id")}
    # every body part a filled shape of its own, not a line
    assert parts == {"torso", "head", "near_leg", "far_leg", "near_arm", "far_arm"}
    for el in root:
        if el.get("id"):
            assert el.get("fill") in (pg.NEAR, pg.FAR) and el.get("stroke") is None
    mats = [el for el in root if el.get("fill") == pg.MAT]
    assert mats and mats == list(root)[: len(mats)]  # the mat comes first, under the figure
    # Seen from the side the mat is a rounded bar; seen from above, a floor plane (top face and
    # the edges its thickness shows), drawn as closed paths.
    if pg.pose(name).view:
        assert {el.tag for el in mats} == {f"{SVG_NS}path"}
        assert all(el.get("d").endswith("Z") for el in mats)
    else:
        assert [el.tag for el in mats] == [f"{SVG_NS}rect"]
    assert "text" not in tags


@pytest.mark.parametrize("name", NAMES)
def test_svg_uses_only_plain_attributes_qt_understands(name):
    text = pg.render(pg.pose(name))
    for banned in ("class=", "style=", "filter", "mask", "currentColor", "<text", 'opacity="0"'):
        assert banned not in text


def test_generation_is_deterministic():
    first = [pg.render(pg.pose(n)) for n in NAMES]
    second = [pg.render(pg.pose(n)) for n in NAMES]
    assert first == second
    assert pg.render_icon() == pg.render_icon()


def test_cli_writes_the_same_bytes_twice(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    assert pg.main(["--out", str(a), "--icon", str(a / "icon.svg")]) == 0
    assert pg.main(["--out", str(b), "--icon", str(b / "icon.svg")]) == 0
    files = sorted(p.name for p in a.iterdir())
    assert files == sorted(p.name for p in b.iterdir())
    assert set(files) == {f"{n}.svg" for n in NAMES} | {"icon.svg"}
    for f in files:
        assert (a / f).read_bytes() == (b / f).read_bytes()


def test_cli_only_writes_just_the_named_poses(tmp_path):
    assert pg.main(["--out", str(tmp_path), "--only", "cat", "cow"]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cat.svg", "cow.svg"]


def test_cli_rejects_an_unknown_pose(tmp_path, capsys):
    with pytest.raises(SystemExit):
        pg.main(["--out", str(tmp_path), "--only", "handstand"])
    assert "handstand" in capsys.readouterr().err


@pytest.mark.parametrize("name", NAMES)
def test_committed_svg_matches_a_fresh_generation(name):
    path = POSE_DIR / f"{name}.svg"
    assert path.exists(), f"{path} missing: run python tools/posegen.py"
    assert path.read_text(encoding="utf-8") == pg.render(pg.pose(name)), (
        f"{path} differs from the generator: edit POSES in tools/posegen.py and regenerate"
    )


def test_committed_icon_matches_a_fresh_generation():
    assert ICON.read_text(encoding="utf-8") == pg.render_icon()


def test_no_stray_svgs_in_the_pose_folder():
    assert {p.stem for p in POSE_DIR.glob("*.svg")} == set(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_nothing_goes_through_the_floor(name):
    fig = _grounded(name)
    assert pg.lowest(fig) == pytest.approx(0.0, abs=1e-6)
    for (x, y, z), r in fig.balls():
        assert y - r >= -1e-6, (name, x, y, z)


SIDE_VIEWS = [n for n in NAMES if not pg.pose(n).view]  # from above the mat is under it all


def test_most_poses_are_side_views():
    """Straight side views for movements in the body's plane, plus a few raised views where a
    side view hides what the pose is about (folded legs; the twists on the back, seen from the
    feet). None is seen from straight overhead: a floor plan reads as an abstract cross."""
    assert len(SIDE_VIEWS) >= len(NAMES) - 9
    assert all(pg.pose(n).view <= 60 for n in NAMES)


@pytest.mark.parametrize("name", SIDE_VIEWS)
def test_side_views_sit_on_the_mat_line(name):
    """In the drawing itself no point of the figure dips below the mat's top edge."""
    fig = _grounded(name)
    place = pg.placement(pg.pose(name))
    assert place.mat[1] == pytest.approx(place.floor)  # the mat's top edge is the floor
    lowest_px = max(
        y for _, _, polys in pg.to_screen(fig, place) for poly in polys for _, y in poly
    )
    assert lowest_px <= place.floor + 1.0
    assert lowest_px >= place.floor - 1.0  # and it is on it, not floating above


def _screen_box(name: str) -> tuple[float, float, float, float]:
    """Left, top, right, bottom in px of everything drawn for a pose (figure and mat)."""
    place = pg.placement(pg.pose(name))
    fig = _grounded(name)
    pts = [pt for _, _, polys in pg.to_screen(fig, place) for poly in polys for pt in poly]
    xs, ys = [x for x, _ in pts], [y for _, y in pts]
    if pg.pose(name).view >= pg.FLOOR_VIEW:  # the floor runs out of the picture
        return min(xs), min(ys), max(xs), max(ys)
    mx, my, mw, mh = place.mat
    return min([*xs, mx]), min([*ys, my]), max([*xs, mx + mw]), max([*ys, my + mh])


@pytest.mark.parametrize("name", NAMES)
def test_every_pose_fills_its_picture(name):
    """Each figure is drawn as large as the picture allows (its family's box fills the width or
    the height, less the margin), so floor poses are not tiny next to standing ones."""
    m = pg.MARGIN
    left, top, right, bottom = _screen_box(name)
    assert left >= m - 1 and top >= m - 1, (left, top)
    assert right <= pg.WIDTH - m + 1 and bottom <= pg.HEIGHT - m + 1, (right, bottom)
    family = pg.pose(name).family
    members = [n for n in NAMES if family and pg.pose(n).family == family] or [name]
    boxes = [_screen_box(n) for n in members]
    left, top = min(b[0] for b in boxes), min(b[1] for b in boxes)
    right, bottom = max(b[2] for b in boxes), max(b[3] for b in boxes)
    fill = max((right - left) / (pg.WIDTH - 2 * m), (bottom - top) / (pg.HEIGHT - 2 * m))
    assert fill >= 0.8 or pg.placement(pg.pose(name)).scale == pg.MAX_SCALE, (name, fill)


def test_every_pose_has_the_same_body():
    """One figure in every picture: the same bones and the same volumes (a body part's radii
    are the model's, whatever the pose), so the set reads as one person."""
    for name in NAMES:
        fig = _grounded(name)
        for side in ("near", "far"):
            assert [r for _, r in fig.part(f"{side}_leg").balls()] == list(pg.LEG_R)
            assert [r for _, r in fig.part(f"{side}_arm").balls()] == list(pg.ARM_R)
        assert len(fig.part("torso").rings) == len(pg.TORSO_PROFILE)
    # tapered limbs: thicker at the trunk than at the hands and feet
    assert pg.LEG_R[0] > pg.LEG_R[1] > pg.LEG_R[3] and pg.ARM_R[0] > pg.ARM_R[1] > pg.ARM_R[2]
    # a chest and a pelvis with a waist between them
    depths = [d for _, d, _, _ in pg.TORSO_PROFILE]
    waist = min(depths)
    assert depths[0] > waist and max(depths[2:]) > waist + 3


def test_a_family_keeps_its_scale_and_floor():
    """Steps that follow each other in a routine (hip-lift-down, hip-lift-up...) keep the body
    the same size and the floor at the same height, so only the moving part moves."""
    for fam in ("supine", "tabletop", "upright"):
        members = [pg.pose(n) for n in NAMES if pg.pose(n).family == fam]
        assert len(members) >= 3, fam
        places = {pg.placement(p) for p in members}
        assert len({(p.scale, round(p.floor, 6), round(p.dx, 6)) for p in places}) == 1


@pytest.mark.parametrize("name", NAMES)
def test_declared_contacts_rest_on_the_floor(name):
    """Hands, knees, feet... that a pose says are on the floor are on it, not hovering."""
    pose = pg.pose(name)
    fig = _grounded(name)
    assert pose.touch, f"{name}: say which landmarks rest on the floor"
    for mark in pg.touch_points(pose):
        assert abs(fig.clearance(mark)) <= 3.0, (name, mark, fig.clearance(mark))


@pytest.mark.parametrize("name", NAMES)
def test_joints_bend_the_right_way(name):
    pose = pg.pose(name)
    for leg in (pose.near_leg, pose.far_leg):
        assert 0 <= leg[1] <= 165  # knees only flex
    for arm in (pose.near_arm, pose.far_arm):
        assert 0 <= arm[1] <= 160  # elbows only flex


def test_bad_joint_angles_are_refused():
    with pytest.raises(ValueError, match="knee"):
        pg.Pose(near_leg=(0, -20, 0))
    with pytest.raises(ValueError, match="elbow"):
        pg.Pose(far_arm=(0, 200, 0))
    with pytest.raises(ValueError, match="hip"):
        pg.Pose(near_leg=(-60, 0, 0))
    with pytest.raises(ValueError, match="neck"):
        pg.Pose(neck=120)
    with pytest.raises(ValueError, match="view"):
        pg.Pose(view=120)


def test_limbs_stay_attached():
    """Segment lengths are the model's proportions whatever the pose (no stretched joints)."""
    for name in NAMES:
        fig = _grounded(name)
        for side in ("near", "far"):
            hip = fig.marks[f"{side}_knee"][0].rings[0].centre
            knee, ankle = fig.mark(f"{side}_knee"), fig.mark(f"{side}_ankle")
            assert _dist(hip, knee) == pytest.approx(pg.THIGH)
            assert _dist(knee, ankle) == pytest.approx(pg.SHIN)
            shoulder = fig.marks[f"{side}_elbow"][0].rings[0].centre
            elbow, wrist = fig.mark(f"{side}_elbow"), fig.mark(f"{side}_wrist")
            assert _dist(shoulder, elbow) == pytest.approx(pg.UPPER_ARM)
            assert _dist(elbow, wrist) == pytest.approx(pg.FOREARM)


def _dist(a, b):
    return sum((p - q) ** 2 for p, q in zip(a, b, strict=True)) ** 0.5


def test_pelvic_tilt_changes_the_back_not_just_an_arrow():
    """At rest the lower back keeps its hollow (the waist clear of the mat); pressed, the back
    lies flat on it and the pelvis rolls the knees up a little. The arrow only adds "press"."""
    rest, pressed = _grounded("pelvic-tilt-rest"), _grounded("pelvic-tilt")

    def waist_gap(fig):
        ring = fig.part("torso").rings[2]  # the waist, between pelvis and chest
        return min(c[1] - r for c, r in ring.balls)

    assert waist_gap(rest) >= waist_gap(pressed) + 3.0
    assert waist_gap(pressed) <= 2.5  # the waist's own slimness, no more
    assert pg.pose("pelvic-tilt").near_leg[0] > pg.pose("pelvic-tilt-rest").near_leg[0] + 5
    assert pg.ACCENT in pg.render(pg.pose("pelvic-tilt"))
    assert pg.ACCENT not in pg.render(pg.pose("pelvic-tilt-rest"))
    assert abs(rest.clearance("hip")) <= 2.0 and abs(pressed.clearance("hip")) <= 2.0


def test_pelvic_tilt_and_hip_lifts_differ_at_a_glance():
    """Both lie on the back with the knees bent; the blind check found them near-identical.
    The pelvic tilt keeps the feet farther out (a low knee triangle) with the hands on the
    belly; the hip lifts stand the knees high with the arms along the floor (the seed: "rest
    your hands along the body")."""
    for tilt in ("pelvic-tilt-rest", "pelvic-tilt"):
        t = _grounded(tilt)
        assert abs(t.clearance("near_hand")) > 15, tilt  # on the belly, off the floor
        for lift in ("hip-lift-down", "hip-lift-up"):
            h = _grounded(lift)
            assert abs(h.clearance("near_hand")) <= 3.0, lift
            assert h.mark("near_knee")[1] > t.mark("near_knee")[1] + 2, (tilt, lift)
    assert _grounded("pelvic-tilt-rest").mark("near_knee")[1] < (
        _grounded("hip-lift-down").mark("near_knee")[1] - 5
    )


def test_hip_lift_up_raises_the_hips_a_little():
    """Off the mat clearly enough to tell at thumbnail size, but "a little": well short of the
    bridge's straight line from shoulders to knees."""
    px = pg.placement(pg.pose("hip-lift-up")).scale
    lift = _grounded("hip-lift-up").clearance("hip")
    bridge = _grounded("bridge-up").clearance("hip")
    assert lift * px >= 20  # px in a 400x300 picture
    assert lift <= 0.65 * bridge
    assert abs(_grounded("hip-lift-down").clearance("hip")) <= 2.0


def test_hip_lift_up_shows_the_hips_rising():
    """The blind check read hips-up as hips-down "a few pixels higher": an accent arrow rises
    from just above the lifted pelvis; the bridge (held high, no change to show) has none, and
    neither has the hips-down frame."""
    pose = pg.pose("hip-lift-up")
    assert pose.accent == "lift" and pg.ACCENT in pg.render(pose)
    assert pg.ACCENT not in pg.render(pg.pose("bridge-up"))
    assert pg.ACCENT not in pg.render(pg.pose("hip-lift-down"))
    fig, place = _grounded("hip-lift-up"), pg.placement(pose)
    (sx, sy), _, (ex, ey) = pg.lift_arrow(fig, place)
    pelvis = fig.part("torso").rings[0]
    px, py = pg._screen(fig, place, pelvis.centre)
    assert abs(sx - px) < 1 and abs(ex - px) < 1  # straight up over the pelvis
    assert ey < sy - 30 and sy < py  # pointing up, starting above it
    assert ey >= pg.MARGIN / 2


def test_knees_to_chest_is_a_side_view_with_the_thighs_folded_on_the_belly():
    """Seen from above the thighs folded onto the belly hid the fold: it is drawn from the
    side, head on the right like every pose on the back, knees over the chest, the hands on
    the shins."""
    pose = pg.pose("knees-to-chest")
    assert pose.view == 0 and pose.near_side == "left"
    fig = _grounded("knees-to-chest")
    hip, shoulder, knee = fig.mark("hip"), fig.mark("shoulder"), fig.mark("near_knee")
    along = pg.dot(pg.sub(knee, hip), pg.unit(pg.sub(shoulder, hip)))
    assert along > 0.3 * pg.TORSO  # the knee is over the trunk, not over the hips
    shin = pg.lerp(fig.mark("near_knee"), fig.mark("near_ankle"), 0.25)
    hand = fig.mark("near_hand")
    assert _dist((hand[0], hand[1], 0.0), (shin[0], shin[1], 0.0)) < 4  # on it, seen from the side
    assert abs(hand[2] - shin[2]) < pg.LEG_R[1] + pg.ARM_R[3]  # beside it, holding it


def test_child_pose_and_prayer_pose_differ_in_the_arms():
    """Prayer pose reaches the arms long and straight, elbows off the floor, and presses the
    palms together at the end of them, fingers up (what the word "prayer" makes a person look
    for); child's pose rests them bent with the elbows down, hands apart and flat, nearer."""

    def reach(name):
        fig = _grounded(name)
        return fig.mark("near_wrist")[0] - fig.mark("shoulder")[0]

    assert reach("prayer-pose") > reach("child-pose") + 8
    assert pg.pose("prayer-pose").near_arm[1] == 0 and pg.pose("child-pose").near_arm[1] >= 40
    prayer, child = _grounded("prayer-pose"), _grounded("child-pose")
    assert prayer.clearance("near_elbow") > 5
    assert abs(child.clearance("near_elbow")) < 1
    # palms together: the two hands meet at the midline (touching, not apart) ...
    gap = abs(prayer.mark("near_hand")[2] - prayer.mark("far_hand")[2])
    assert gap <= 2 * pg.ARM_R[3] + 0.5
    assert abs(child.mark("near_hand")[2] - child.mark("far_hand")[2]) >= 2 * pg.SHOULDER_HALF - 1
    # ... and stand up from the floor, fingers up: the fingertips well above the wrists
    tip = prayer.part("near_arm").rings[-1].centre
    assert tip[1] - prayer.mark("near_wrist")[1] >= 0.8 * pg.HAND
    # and the forehead rests on the floor in both
    assert abs(prayer.clearance("head")) < 1 and abs(child.clearance("head")) < 1


def test_child_pose_and_prayer_pose_look_different(silhouettes):
    """The blind check swapped them ("the same lump"): their silhouettes now overlap far less
    than the general limit for different exercises."""
    a, b = silhouettes["child-pose"], silhouettes["prayer-pose"]
    assert len(a & b) / len(a | b) < 0.6


@pytest.mark.parametrize("name", [*NAMES, "icon"])
def test_svg_loads_in_qt(name):
    qtsvg = pytest.importorskip("PySide6.QtSvg")
    path = ICON if name == "icon" else POSE_DIR / f"{name}.svg"
    renderer = qtsvg.QSvgRenderer(str(path))
    assert renderer.isValid()
    box = renderer.viewBoxF()
    expected = (256, 256) if name == "icon" else (400, 300)
    assert (box.width(), box.height()) == expected


RAISED_VIEWS = [n for n in NAMES if pg.pose(n).view]


def _inside(pt, polygon) -> bool:
    """Whether a screen point lies inside a convex polygon (either winding)."""
    signs = set()
    for (ax, ay), (bx, by) in zip(polygon, polygon[1:] + polygon[:1], strict=True):
        cross = (bx - ax) * (pt[1] - ay) - (by - ay) * (pt[0] - ax)
        if abs(cross) > 1e-9:
            signs.add(cross > 0)
    return len(signs) <= 1


@pytest.mark.parametrize("name", RAISED_VIEWS)
def test_raised_views_lie_on_a_floor_plane_mat(name):
    """Seen from above, the mat is drawn as the floor plane the figure rests on: every declared
    contact (already on the floor in 3D) is drawn inside the mat's top face, so mat and figure
    are projected by the same camera and nothing rests beside the mat."""
    pose = pg.pose(name)
    fig = _grounded(name)
    place = pg.placement(pose)
    top = list(place.slab[0])
    if pose.view < pg.FLOOR_VIEW:
        assert len(top) == 4 and len(place.slab) >= 2  # a top face and at least one edge face
    else:  # a floor cut at the picture's edges, still under everything on it
        assert len(top) >= 4
    for mark in pg.touch_points(pose):
        x, _, z = fig.mark(mark)  # where it meets the floor (its height is checked in 3D above)
        x, up = pg._project((x, 0.0, z), fig.view, fig.yaw)
        on_screen = (place.dx + place.scale * x, place.floor - place.scale * up)
        assert _inside(on_screen, top), (name, mark, on_screen)


TWISTS = ["supine-twist", "side-knee-drop"]


@pytest.mark.parametrize("name", TWISTS)
def test_twists_are_seen_from_above_the_feet_with_both_knees_fallen_to_one_side(name):
    """The twists on the back are seen from high up, the body lying across the picture (the
    camera barely turned, so trunk, head and arms do not cross: the diagonal view of the
    first blind check read as a tangle), so the knees that fall to the side lie full length
    on the floor (a low side view shortens them into stubs) and the floor reads as a floor.
    Head, shoulders and hips on the floor, both bent knees fallen well out of the body's
    plane, the lower knee on the floor, the upper one on it."""
    pose = pg.pose(name)
    assert pg.FLOOR_VIEW <= pose.view <= 60 and 0 <= pose.yaw <= 15
    fig = _grounded(name)
    for mark in ("head", "shoulder", "hip", "near_knee"):
        assert mark in pg.touch_points(pose) and abs(fig.clearance(mark)) <= 3.0, mark
    hip_z = fig.mark("hip")[2]
    for side in ("near", "far"):
        assert fig.mark(f"{side}_knee")[2] - hip_z >= 0.5 * pg.THIGH, side  # out to the side
    assert pose.near_leg[1] >= 80 and pose.far_leg[1] >= 80  # and bent, not straight
    rise = fig.clearance("far_knee") - fig.clearance("near_knee")
    assert 0.5 * pg.LIMB_W <= rise <= 2.5 * pg.LIMB_W
    # On screen: the knees lie well below the hips, toward the viewer.
    place = pg.placement(pose)
    _, py = pg._screen(fig, place, fig.mark("hip"))
    _, ky = pg._screen(fig, place, fig.mark("near_knee"))
    assert ky > py + 25


@pytest.mark.parametrize("name", TWISTS)
def test_twists_are_drawn_as_large_as_the_other_lying_poses(name):
    assert pg.placement(pg.pose(name)).scale >= 0.85 * pg.placement(pg.pose("hip-lift-down")).scale


@pytest.mark.parametrize("name", TWISTS)
def test_an_accent_arrow_shows_the_knees_falling(name):
    """From where the bent knees stood (above the hips) toward the knees where they lie now,
    stopping short of them."""
    pose = pg.pose(name)
    assert pose.accent == "drop" and pg.ACCENT in pg.render(pose)
    fig = _grounded(name)
    place = pg.placement(pose)
    (sx, sy), _, (ex, ey) = pg.drop_arrow(fig, place)
    knees = pg.mul(pg.add(fig.mark("near_knee"), fig.mark("far_knee")), 0.5)
    kx, ky = pg._screen(fig, place, knees)
    ux, uy = pg._screen(fig, place, fig.knees_up[0])
    assert ((ex - kx) ** 2 + (ey - ky) ** 2) ** 0.5 < ((sx - kx) ** 2 + (sy - ky) ** 2) ** 0.5 - 30
    assert ((sx - ux) ** 2 + (sy - uy) ** 2) ** 0.5 < ((sx - kx) ** 2 + (sy - ky) ** 2) ** 0.5
    for x, y in ((sx, sy), (ex, ey)):
        assert pg.MARGIN / 2 <= x <= pg.WIDTH - pg.MARGIN / 2
        assert pg.MARGIN / 2 <= y <= pg.HEIGHT - pg.MARGIN / 2


def test_side_knee_drop_draws_the_knees_closer_to_the_chest_than_the_twist():
    def knee_toward_head(name):
        fig = _grounded(name)
        hip, head = fig.mark("hip"), fig.mark("head")
        return pg.dot(pg.sub(fig.mark("far_knee"), hip), pg.unit(pg.sub(head, hip)))

    assert knee_toward_head("side-knee-drop") > knee_toward_head("supine-twist") + 15


def test_shoelace_stacks_one_knee_on_the_other():
    """Shoelace: the knees meet in front of the hips, the far one resting on the near one, and
    each foot lies beside the opposite hip."""
    for name in ("shoelace", "shoelace-fold"):
        fig = _grounded(name)
        near, far = fig.mark("near_knee"), fig.mark("far_knee")
        assert far[0] > 30  # in front of the hips
        assert abs(near[0] - far[0]) < 4 and abs(near[2] - far[2]) < 6  # one above the other
        assert 0.5 * pg.LIMB_W <= far[1] - near[1] <= 2.5 * pg.LIMB_W
        assert fig.mark("near_ankle")[2] < -12 < 12 < fig.mark("far_ankle")[2]  # feet crossed
    fold, tall = _grounded("shoelace-fold"), _grounded("shoelace")
    assert fold.mark("head")[1] < tall.mark("head")[1] - 30  # the fold brings the head down


def test_child_pose_sits_back_on_the_heels_with_a_rounded_back():
    fig = _grounded("child-pose")
    pose = pg.pose("child-pose")
    assert pose.curve > 4  # the back rounds over the thighs
    hip, heel = fig.mark("hip"), fig.mark("near_heel")
    assert hip[0] - heel[0] < pg.THIGH * 0.6  # hips back over the heels
    assert fig.mark("head")[0] > fig.mark("near_knee")[0]  # forehead down in front of the knees
    assert fig.mark("near_hand")[0] > fig.mark("head")[0]  # arms reaching forward


@pytest.mark.parametrize("name", ["child-pose", "prayer-pose"])
def test_kneeling_folds_sit_on_the_heels_not_above_them(name):
    """The seat rests on the heels: the underside of the pelvis is within a few units of the
    top of the heels, not a thigh's height above them."""
    fig = _grounded(name)
    pelvis = fig.part("torso").rings[0]
    seat = min(c[1] - r for c, r in pelvis.balls)
    leg = fig.part("near_leg")
    heel_top = max(c[1] + r for c, r in leg.rings[3].balls + leg.rings[4].balls)
    assert seat - heel_top <= 4.0, (name, seat, heel_top)


def _direction(a, b) -> float:
    """Angle above the horizontal (degrees) of the line from a to b, in the side plane."""
    import math

    return math.degrees(math.atan2(b[1] - a[1], abs(b[0] - a[0])))


def test_cow_lifts_the_head_forward_not_straight_up():
    """Cow: chest forward and the head raised last, looking ahead: the neck slopes up and
    forward, it does not stand upright as in the first drawing."""
    fig = _grounded("cow")
    neck = fig.part("head")
    angle = _direction(neck.rings[0].centre, neck.rings[1].centre)
    assert 10 <= angle <= 60, angle
    assert fig.mark("head")[0] > fig.mark("shoulder")[0]  # the head ahead of the shoulders


def test_hamstring_stretch_reaches_the_hands_to_the_shin_and_toes():
    """The hands rest along the straight leg between the knee and the toes (the seed: "reaching
    for your toes"), not floating above it at shoulder height."""
    fig = _grounded("hamstring-stretch")
    knee, ankle = fig.mark("far_knee"), fig.mark("far_ankle")
    for side in ("near", "far"):
        hand = fig.mark(f"{side}_hand")
        assert knee[0] < hand[0] <= fig.mark("far_toe")[0] + 5, side
        t = pg.dot(pg.sub(hand, knee), pg.unit(pg.sub(ankle, knee)))
        closest = pg.add(knee, pg.mul(pg.unit(pg.sub(ankle, knee)), t))
        assert _dist(hand, closest) < 16, (side, _dist(hand, closest))  # at the shin


@pytest.mark.parametrize("name", ["shoelace", "shoelace-fold"])
def test_shoelace_draws_the_top_knee_over_the_other(name):
    """Which knee is on top reads in the picture: the top leg (the far, left one) is painted
    after the other, in the near shade, and the leg underneath recedes in the far shade."""
    pose = pg.pose(name)
    assert pose.top == "far"
    fig = _grounded(name)
    assert fig.clearance("far_knee") > fig.clearance("near_knee") + 0.5 * pg.LIMB_W
    order = [(p.name, far) for p, far in fig.painted()]
    names = [n for n, _ in order]
    assert names.index("far_leg") > names.index("near_leg")
    shade = dict(order)
    assert shade["far_leg"] is False and shade["near_leg"] is True


def test_render_poses_writes_an_unlabelled_sheet_and_its_key(tmp_path, qapp):
    """The blind check's material: one sheet, a key naming every pose once, the names list."""
    spec = importlib.util.spec_from_file_location(
        "render_poses", ROOT / "tools" / "render_poses.py"
    )
    assert spec is not None and spec.loader is not None
    rp = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(rp)
    assert rp.main([str(tmp_path), "--seed", "3"]) == 0
    from PySide6.QtGui import QImage

    sheet = QImage(str(tmp_path / "sheet.png"))
    assert not sheet.isNull() and sheet.width() > 1000
    key = [line.split("\t") for line in (tmp_path / "key.txt").read_text().splitlines()]
    assert [int(k[0]) for k in key] == list(range(1, len(NAMES) + 1))
    assert sorted(k[1] for k in key) == sorted(NAMES)
    assert [k[1] for k in key] != sorted(NAMES)  # shuffled
    names = (tmp_path / "names.txt").read_text()
    for exercise in pg.EXERCISES:
        assert f"- {exercise}" in names
    assert not any(n in names for n in NAMES if "-" in n)  # no file names given away


# --------------------------------------------------------------------------------------------
# Sides. A two-sided step shows its picture as drawn on the first side, the left, and mirrored
# on the right (the player's ``mirrored_for``), so a picture a two-sided step uses must depict
# the LEFT side. Which side a picture shows is worked out here from the drawn 3D body itself,
# as a person reads it, not from the table's labels: for a real (unmirrored) person the right
# side is front x up (x forward, y up, z toward us: forward x up = z, the right).
# --------------------------------------------------------------------------------------------
def _side_of(fig, front, point) -> str:
    """Which of the drawn person's sides ``point`` is on: ``front`` is where their front faces,
    their up runs from the hip to the shoulder."""
    hip = fig.mark("hip")
    up = pg.sub(fig.mark("shoulder"), hip)
    right = pg.cross(front, up)
    offset = pg.dot(pg.sub(point, hip), pg.unit(right))
    assert abs(offset) >= 0.5 * pg.HIP_HALF, "too close to the body's midline to tell"
    return "right" if offset > 0 else "left"


def _mirror(fig):
    """The figure a mirrored picture shows (left to right is x, in the model too)."""
    fig.move(lambda v: (-v[0], v[1], v[2]))
    return fig


def _twist_side(fig) -> str:
    """A twist on the back is named by where the knees fall. Lying face up: the front is up."""
    assert fig.clearance("head") < 2 and fig.clearance("hip") < 2  # lying down
    knees = pg.mul(pg.add(fig.mark("near_knee"), fig.mark("far_knee")), 0.5)
    return _side_of(fig, (0.0, 1.0, 0.0), knees)


def _hamstring_side(fig) -> str:
    """Named by the straight leg, the one stretched: the leg with the farther heel."""
    hip = fig.mark("hip")
    heels = {m: _dist(fig.mark(f"{m}_heel"), hip) for m in ("near", "far")}
    long = max(heels, key=heels.__getitem__)
    assert heels[long] > pg.THIGH + pg.SHIN - 2 > heels[min(heels, key=heels.__getitem__)] + 20
    hands = pg.mul(pg.add(fig.mark("near_hand"), fig.mark("far_hand")), 0.5)
    front = pg.unit(pg.sub(hands, hip))  # folding forward, reaching for the toes
    return _side_of(fig, front, fig.marks[f"{long}_knee"][0].rings[0].centre)  # its hip joint


def _shoelace_side(fig) -> str:
    """Named by the top leg (its outer hip gets the stretch): the knee on top of the other."""
    hip = fig.mark("hip")
    top = max(("near", "far"), key=lambda m: fig.mark(f"{m}_knee")[1])
    front = pg.sub(pg.mul(pg.add(fig.mark("near_knee"), fig.mark("far_knee")), 0.5), hip)
    front = pg.unit((front[0], 0.0, front[2]))  # the knees point forward, along the floor
    # The top knee sits on the midline: its hip joint shows the side it comes from.
    return _side_of(fig, front, fig.marks[f"{top}_knee"][0].rings[0].centre)


SIDED = {
    "supine-twist": _twist_side,
    "side-knee-drop": _twist_side,
    "hamstring-stretch": _hamstring_side,
    "shoelace": _shoelace_side,
    "shoelace-fold": _shoelace_side,
}


@pytest.mark.parametrize("name", sorted(SIDED))
def test_one_sided_pictures_depict_the_left_side(name):
    assert SIDED[name](_grounded(name)) == "left"


@pytest.mark.parametrize("name", sorted(SIDED))
def test_mirroring_a_picture_shows_the_other_side(name):
    """What the player shows on the right side really is the right side."""
    assert SIDED[name](_mirror(_grounded(name))) == "right"


@pytest.mark.parametrize("name", TWISTS)
def test_twists_drop_the_knees_to_the_persons_left(name):
    """Face up with the head to our right, the person's left side is toward us: the knees fall
    toward us, down the picture, to their left ("left side first"). The player's mirror on the
    second side (head to our left) shows them falling to the person's right."""
    fig = _grounded(name)
    hip, head = fig.mark("hip"), fig.mark("head")
    place = pg.placement(pg.pose(name))
    for side in ("near", "far"):
        left = pg.cross(pg.sub(head, hip), (0.0, 1.0, 0.0))
        assert pg.dot(pg.sub(fig.mark(f"{side}_knee"), hip), left) > 0
    ky = pg._screen(fig, place, fig.mark("near_knee"))[1]  # the lower knee, on the floor
    assert ky > pg._screen(fig, place, hip)[1] + 25  # down the picture, toward us
    assert _twist_side(fig) == "left"


def test_the_player_mirrors_only_the_second_side():
    """The convention the pictures are drawn for: as drawn on the left, mirrored on the right."""
    from supple.session import Side
    from supple.ui.player.player_view import mirrored_for

    assert not mirrored_for(Side.LEFT) and mirrored_for(Side.RIGHT)


def _two_sided_poses() -> set[str]:
    from supple.paths import bundled_routines_dir
    from supple.routine import Sides, load_routine

    names = set()
    for path in sorted(bundled_routines_dir().glob("*.json")):
        for step in load_routine(path).steps:
            if step.sides is not Sides.NONE and step.illustration is not None:
                frames = step.illustration.frames.values()
                names |= {f.ref.removeprefix("pose:") for f in frames if f.ref.startswith("pose:")}
    return names


def test_every_picture_of_a_two_sided_step_depicts_the_left_side():
    """Each pose a bundled two-sided step shows is either symmetric (the same on both sides:
    mirroring only turns it round) or checked above to depict the left side. A new two-sided
    step with a one-sided picture has to be worked out and added to SIDED."""
    names = _two_sided_poses()
    assert {"supine-twist", "side-knee-drop", "hamstring-stretch", "shoelace"} <= names
    for name in sorted(names):
        pose = pg.pose(name)
        symmetric = (
            pose.near_leg == pose.far_leg and pose.near_arm == pose.far_arm and not pose.knees_drop
        )
        assert symmetric or name in SIDED, f"{name}: which side does it depict?"
        if name in SIDED:
            assert SIDED[name](_grounded(name)) == "left", name


def test_a_mirrored_pose_is_drawn_as_the_exact_mirror_image(qapp):
    """``near_side="left"`` keeps everything else (camera, size, contacts, the accent arrow):
    the picture is the ``near_side="right"`` one flipped left to right. Compared as Qt draws
    them: at most a few edge pixels in a thousand differ (outlines are rounded to 0.1 px)."""
    from PySide6.QtCore import Qt

    for name in [*TWISTS, "hip-lift-down"]:
        pose = pg.pose(name)
        assert pose.near_side == "left"
        plain = dataclasses.replace(pose, near_side="right")
        assert pg.placement(pose).scale == pg.placement(plain).scale
        mine, theirs = _raster(pg.render(pose)), _raster(pg.render(plain))
        theirs = theirs.flipped(Qt.Orientation.Horizontal)
        differ = sum(
            1
            for y in range(0, mine.height(), 2)
            for x in range(0, mine.width(), 2)
            if _far_apart(mine.pixelColor(x, y), theirs.pixelColor(x, y))
        )
        assert differ <= 0.004 * mine.width() * mine.height() / 4, (name, differ)


def _raster(svg: str, w: int = 400, h: int = 300):
    from PySide6.QtCore import QByteArray, QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    img = QImage(w, h, QImage.Format.Format_ARGB32)
    img.fill(Qt.GlobalColor.white)
    painter = QPainter(img)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(QByteArray(svg.encode("utf-8"))).render(painter, QRectF(0, 0, w, h))
    painter.end()
    return img


def _far_apart(a, b) -> bool:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) > 90


def test_near_side_must_be_left_or_right():
    with pytest.raises(ValueError, match="near_side"):
        pg.Pose(near_side="front")


# --------------------------------------------------------------------------------------------
# Which way the head lies. A step's frames (lead-in, hold, release, inhale...) follow each
# other in the player, so they must keep the head on one side of the picture or the figure
# jumps round when the hold starts; a two-sided step's frames are all mirrored together on the
# right side, so what holds for the drawn pictures holds there too. Worked out from the committed
# SVG, as the player draws it (the head is the one disc, the torso the one TORSO_PX-wide curve
# from the hip to the shoulder), not from the table's labels.
# --------------------------------------------------------------------------------------------
def _head_side(svg_text: str) -> str:
    """Where the head is: "right" or "left" of the hip when the hip-to-head line runs more across
    the picture than up it (lying, kneeling, folded forward), else "up" (standing, sitting, or
    lying seen from the feet)."""
    root = ET.fromstring(svg_text.encode("utf-8"))

    def polys(part):
        (el,) = [e for e in root if e.get("id") == part]
        return [
            [(float(x), float(y)) for x, y in re.findall(r"(-?[\d.]+) (-?[\d.]+)", sub)]
            for sub in el.get("d").split("M")[1:]
        ]

    head = polys("head")[-1]  # the last piece: the head itself
    pelvis = polys("torso")[0]
    (hx, hy), (px, py) = (
        (sum(x for x, _ in p) / len(p), sum(y for _, y in p) / len(p)) for p in (head, pelvis)
    )
    dx, dy = hx - px, hy - py
    if abs(dx) <= abs(dy):
        return "up"
    return "right" if dx > 0 else "left"


def test_head_side_reads_the_picture():
    """The measure itself, on pictures whose look is not in doubt."""
    assert _head_side(pg.render(pg.pose("all-fours"))) == "right"
    assert _head_side(pg.render(pg.pose("standing"))) == "up"
    flat = pg.pose("hip-lift-down")
    assert _head_side(pg.render(flat)) == "right"
    assert _head_side(pg.render(dataclasses.replace(flat, near_side="right"))) == "left"


def _bundled_steps():
    from supple.paths import bundled_routines_dir
    from supple.routine import load_routine

    for path in sorted(bundled_routines_dir().glob("*.json")):
        routine = load_routine(path)
        for i, step in enumerate(routine.steps):
            yield pytest.param(step, id=f"{routine.id}-{i + 1}")


@pytest.mark.parametrize("step", list(_bundled_steps()))
def test_a_step_keeps_the_head_on_one_side_in_every_frame(step):
    frames = step.illustration.frames
    sides = {
        key: _head_side(pic.path.read_text(encoding="utf-8"))
        for key, pic in frames.items()
        if pic.ref.startswith("pose:")
    }
    assert len(sides) == len(frames)  # every bundled picture is a generated pose
    assert len(set(sides.values()) - {"up"}) <= 1, (step.title, sides)


def test_every_pose_lying_on_the_back_has_the_head_on_the_right():
    """Lying on the back (shoulders on the floor, the hip-to-head line across the picture), the
    head is on the right in every pose, as in the twists that must be drawn that way."""
    lying = []
    for name in NAMES:
        if abs(pg.pose(name).yaw) == 90:
            continue  # seen from the feet: the head is up the picture
        if abs(_grounded(name).clearance("shoulder")) <= 3.0:
            lying.append(name)
            assert _head_side(pg.render(pg.pose(name))) == "right", name
    assert set(lying) >= {"hip-lift-down", "pelvic-tilt", "pelvic-tilt-rest"}


def test_a_family_is_drawn_facing_one_way():
    """Members of a family share a scale and a position only if they face the same way."""
    for fam in {pg.pose(n).family for n in NAMES} - {""}:
        assert len({pg.pose(n).near_side for n in NAMES if pg.pose(n).family == fam}) == 1, fam


# --------------------------------------------------------------------------------------------
# What a person sees: the pictures rasterised by Qt's SVG renderer, as the app draws them.
# --------------------------------------------------------------------------------------------
def _contrast(a, b) -> float:
    """WCAG contrast ratio of two QColors."""

    def lum(c):
        def chan(v):
            return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * chan(c.redF()) + 0.7152 * chan(c.greenF()) + 0.0722 * chan(c.blueF())

    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_body_shades_keep_3_to_1_on_the_light_and_the_dark_card(qapp):
    """Near and far limbs (and the accent arrows) stand out on the card the player draws the
    picture on, in both themes: no shade fades into the dark theme as 60 % opacity did."""
    from PySide6.QtGui import QColor

    from supple.ui.kit import theme

    cards = {"light": theme.card(theme.light_palette()), "dark": theme.card(theme.dark_palette())}
    for colour in (pg.NEAR, pg.FAR, pg.ACCENT):
        for tone, card in cards.items():
            # 3:1 with a margin (the dark card was at 3.09 for the body)
            assert _contrast(QColor(colour), card) >= 3.2, (colour, tone)
    assert pg.NEAR != pg.FAR  # the far side still reads as behind
    for name in NAMES:
        assert "opacity" not in "".join(
            line for line in pg.render(pg.pose(name)).splitlines() if pg.MAT not in line
        )


SIL_W, SIL_H = 200, 150


@pytest.fixture(scope="module")
def silhouettes(qapp):
    """Each pose's body (mat and accent marks left out) as a set of covered pixels at a small
    thumbnail size, rasterised by QSvgRenderer."""
    from PySide6.QtCore import QByteArray, QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    out = {}
    for name in NAMES:
        lines = pg.render(pg.pose(name)).splitlines()
        body = [ln for ln in lines if f'fill="{pg.MAT}"' not in ln and pg.ACCENT not in ln]
        renderer = QSvgRenderer(QByteArray("\n".join(body).encode("utf-8")))
        img = QImage(SIL_W, SIL_H, QImage.Format.Format_ARGB32)
        img.fill(Qt.GlobalColor.transparent)
        painter = QPainter(img)
        renderer.render(painter, QRectF(0, 0, SIL_W, SIL_H))
        painter.end()
        out[name] = frozenset(
            (x, y) for y in range(SIL_H) for x in range(SIL_W) if img.pixelColor(x, y).alpha() > 127
        )
    return out


def _exercise_of() -> dict[str, str]:
    return {pose: ex for ex, frames in pg.EXERCISES.items() for pose in frames.values()}


def test_every_pose_belongs_to_one_exercise():
    assert sorted(_exercise_of()) == sorted(NAMES)


def test_no_two_poses_draw_the_same_picture(silhouettes):
    """Silhouettes overlap (intersection over union) well below identity for every pair of
    poses, whether of different exercises or frames of one movement."""
    worst = []
    names = sorted(silhouettes)
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            sa, sb = silhouettes[a], silhouettes[b]
            worst.append((len(sa & sb) / len(sa | sb), a, b))
    worst.sort(reverse=True)
    assert worst[0][0] < 0.8, worst[:3]
    # different exercises further apart still (the first blind check's closest such pair,
    # hip-lift-up and pelvic-tilt-rest, was at 0.755)
    exercise = _exercise_of()
    apart = [w for w in worst if exercise[w[1]] != exercise[w[2]]]
    assert apart[0][0] < 0.73, apart[:3]


def test_the_frames_of_a_movement_differ_clearly(silhouettes):
    """Start and end of each movement change a good share of the picture (not an arrow alone):
    at least 4 % of the thumbnail's pixels change from body to background or back."""
    for exercise, frames in pg.EXERCISES.items():
        names = list(frames.values())
        for i, a in enumerate(names):
            for b in names[i + 1 :]:
                changed = len(silhouettes[a] ^ silhouettes[b])
                assert changed >= 0.04 * SIL_W * SIL_H, (exercise, a, b, changed)


def test_the_silhouettes_are_bodies_not_empty_pictures(silhouettes):
    """The measure itself: every silhouette covers a real share of the thumbnail, so the
    overlap figures above compare drawn bodies, not blanks."""
    for name, sil in silhouettes.items():
        assert len(sil) > 0.05 * SIL_W * SIL_H, name
