"""Generate Supple's exercise illustrations (flat SVG) from a small skeleton model.

Every pose is a handful of joint angles in ``POSES`` below; the model turns them into a stick
figure seen from the side (or from a camera raised a little, for the twists on the back and
the folded legs), stands it on the mat and writes a
Qt-friendly SVG (SVG Tiny 1.2: plain fill/stroke attributes only).

    python tools/posegen.py                      # regenerate assets/poses/*.svg and the icon
    python tools/posegen.py --only cat cow       # just these poses

Angle conventions (degrees). The figure faces right: ``torso`` is the direction from hip to
shoulder (90 = upright, 0 = lying face down with the head to the right, 180 = lying on the back
with the head to the left). Limbs are relative to the torso:

* arm ``(shoulder, elbow, wrist)``: shoulder flexion (0 = hanging along the body, 90 = reaching
  forward, 180 = overhead), elbow flexion (0 = straight), wrist (+ = fingers toward the front).
* leg ``(hip, knee, ankle[, rotation[, abduction]])``: hip flexion (0 = in line with the torso,
  90 = thigh forward), knee flexion (0 = straight, + only: knees bend one way), ankle plantar
  flexion (0 = foot at a right angle to the shin, 90 = toes pointed along the shin); optional
  hip rotation (spins the shin about the thigh, for folded legs) and extra abduction.
* ``curve``: spine bend, + rounds the back (cat), - arches it (cow). ``neck``/``head``: flexion,
  + tucks the chin. ``arms_out``/``legs_out``: abduction out of the side plane (90 = arms in a T).
  ``knees_drop``: both legs rolled about the spine toward the viewer (the twists on the back).
  ``view``: camera elevation, 0 = side view, 90 = looking straight down on the mat (keep it
  at 50 or less: a floor plan of a stick figure reads as an abstract cross); ``yaw``: how far
  the camera turns toward the figure's front (12 by default, so far limbs peek out).
* ``near_side``: which of the person's sides faces the viewer. ``"right"`` (the default) is
  the drawing described above: the figure faces right and the near limbs are its RIGHT ones
  (x forward, y up, z toward us: forward x up = z, the person's right). ``"left"`` draws the
  pose mirrored left to right (facing left; lying on the back, the head is on the right), so
  the near limbs are the person's LEFT ones; everything else (camera, size, contacts, accent)
  is mirrored with it.
* Lying on the back, the head is on the RIGHT of the picture, in every pose: the one-sided
  twists must be drawn mirrored to depict the left side (below), so every other pose lying on
  the back (the ``supine`` family, knees-to-chest) is drawn with ``near_side="left"`` too. Those
  are symmetric left to right, so for them it only turns the picture round; it keeps the head
  where it was when a step moves from its lead-in (hip-lift-down, knees-to-chest) to its hold
  (a twist), and all lying, kneeling and seated poses then face one way (head to the right).
  Only the standing poses face right with the head above the hips. A new pose lying on the
  back needs ``near_side="left"``; the tests check every bundled step keeps its head on one
  side.
* Sides: a two-sided step shows its picture as drawn on the first side, the left, and mirrored
  on the right (``mirrored_for`` in the player), so every pose a two-sided step uses must
  depict the LEFT side. Those entries say why they do ("depicts the left side: ...").
* ``family``: poses that follow each other in a routine (hip-lift-down / hip-lift-up...) share
  one scale and position, so only the moving part moves. ``accent``: an extra mark in the
  accent colour (``press``: the lower back pressing into the floor; ``drop``: an arrow from
  where the knees stood down to where they fell).

Framing: each pose (or family) is drawn as large as the 400x300 picture allows, leaving
``MARGIN`` px around the figure and its mat, so a pose lying on the floor fills the width as a
standing one fills the height. Stroke widths are fixed in picture pixels whatever the scale, so
the set stays one family; the head grows with the square root of the scale. Seen from the
side the mat is a bar under the figure, across the picture; seen from above (``view`` > 0) it
is a floor plane in the same projection as the body (a faint top face, its near edges showing
its thickness), sized to carry everything the figure lays on it.
* ``touch``: landmarks (``hands``, ``knees``, ``near_toe``, ``head``...) that rest on the floor.
  The figure is lowered until its lowest surface meets the mat; the tests then check that every
  named contact really touches it, so a pose cannot float a hand or sink a knee unnoticed.

Adding a pose: copy the nearest entry, change the angles, run this script and
``tools/render_poses.py OUTDIR``, and look at the PNGs.
"""

from __future__ import annotations

import argparse
import functools
import math
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

# --------------------------------------------------------------------------------------------
# Pose table: name -> joint angles. Anything left out keeps the Pose default (standing tall).
# ``touch`` names what rests on the floor; the tests hold the pose to it.
# --------------------------------------------------------------------------------------------
# fmt: off
POSES: dict[str, dict[str, object]] = {
    # Lying on the back, arms out wide along the floor, both knees bent at right angles and
    # dropped together toward us: the near leg on the floor, the far one stacked on it; the
    # accent arrow shows the knees falling. A low camera (20 deg, turned a little toward the
    # feet) shows the floor as a thin plane and the knees out of the body's plane.
    # Depicts the left side: drawn mirrored (near_side="left"), head on the RIGHT of the picture.
    # Face up with the head to our right, the person's left side is the one toward us, so the
    # knees falling toward us fall to their LEFT: a twist to the left, "left side first". The
    # player mirrors it on the right side (head left, knees toward us = to their right).
    "supine-twist": dict(
        torso=180, neck=8, view=20, yaw=-12, arms_out=120, near_arm=(-4, 0, 0),
        far_arm=(-4, 0, 0), near_leg=(90, 90, 10), far_leg=(90, 90, 10), knees_drop=90.9,
        accent="drop", touch=("head", "shoulder", "hip", "hands", "near_knee", "near_toe"),
        near_side="left",
    ),
    # All fours, spine rounded up, chin tucked toward the chest between the arms (exhale).
    "cat": dict(
        family="tabletop", torso=14, curve=12, neck=80, head=20,
        near_arm=(72, 0, 90), far_arm=(72, 0, 90),
        near_leg=(76, 90, 90), far_leg=(76, 90, 90),
        touch=("hands", "knees", "toes"),
    ),
    # All fours, belly dropped, chest and head lifted (inhale).
    "cow": dict(
        family="tabletop", torso=14, curve=-10, neck=-40, head=-10,
        near_arm=(72, 0, 90), far_arm=(72, 0, 90),
        near_leg=(76, 90, 90), far_leg=(76, 90, 90),
        touch=("hands", "knees", "toes"),
    ),
    # Neutral tabletop: hands under shoulders, knees under hips, long flat back.
    # Lead-in of the two-sided shoelace: symmetric, the same for either side (mirroring it on the
    # right side only turns it round).
    "all-fours": dict(
        family="tabletop", torso=14, neck=10,
        near_arm=(72, 0, 90), far_arm=(72, 0, 90),
        near_leg=(76, 90, 90), far_leg=(76, 90, 90),
        touch=("hands", "knees", "toes"),
    ),
    # Sitting back on the heels, chest folded down the thighs with the back rounded, forehead
    # on the mat, the arms forward and a little wide: elbows down by the head, forearms along
    # the floor (not the long reach of the prayer pose).
    "child-pose": dict(
        torso=-14, curve=8, neck=-28.7, arms_out=35,
        near_arm=(166.3, 25.3, 0), far_arm=(166.3, 25.3, 0),
        near_leg=(160, 145.6, 89.6), far_leg=(160, 145.6, 89.6),
        touch=("knees", "toes", "head", "elbows", "hands"),
    ),
    # As child's pose, but the arms reach long and far forward along the floor.
    "prayer-pose": dict(
        torso=-4, curve=6, neck=16,
        near_arm=(167.8, 0, 0), far_arm=(167.8, 0, 0),
        near_leg=(154, 150, 90), far_leg=(154, 150, 90),
        touch=("knees", "toes", "head", "hands"),
    ),
    # Lying on the back, knees bent, feet flat, arms along the body.
    # Lead-in of the two-sided supine twist: symmetric, the same for either side.
    # Head on the right (near_side="left"), as the twist and every pose lying on the back: the
    # whole supine family, so it keeps one scale and position and only the hips move.
    "hip-lift-down": dict(
        family="supine", torso=180, neck=7.9, near_arm=(-3.1, 0, 0), far_arm=(-3.1, 0, 0),
        near_leg=(57, 111, 36), far_leg=(57, 111, 36),
        touch=("head", "shoulder", "hip", "hands", "feet"),
        near_side="left",
    ),
    # Hips lifted clear of the mat: shoulders and feet down, a slope from shoulders to knees.
    "hip-lift-up": dict(
        family="supine", torso=199, neck=30.2, near_arm=(-21.2, 0, 0), far_arm=(-21.2, 0, 0),
        near_leg=(19.3, 107.3, 20.9), far_leg=(19.3, 107.3, 20.9),
        touch=("head", "shoulder", "hands", "feet"),
        near_side="left",
    ),
    # Full bridge: a straight line from shoulders to knees.
    "bridge-up": dict(
        family="supine", torso=208, neck=39.2, near_arm=(-30.2, 0, 0), far_arm=(-30.2, 0, 0),
        near_leg=(-2.9, 90.8, 24.3), far_leg=(-2.9, 90.8, 24.3),
        touch=("head", "shoulder", "hands", "feet"),
        near_side="left",
    ),
    # Lying on the back, knees bent, feet flat, hands resting on the lower belly; the accent
    # mark under the lower back says "press it into the floor".
    "pelvic-tilt": dict(
        family="supine", torso=180, neck=7.9, near_arm=(-6, 70, -70), far_arm=(-6, 70, -70),
        near_leg=(57, 111, 36), far_leg=(57, 111, 36), accent="press",
        touch=("head", "shoulder", "hip", "elbows", "feet"),
        near_side="left",
    ),
    # Seated tall between the feet, seen a little from the front and above: the far knee
    # stacked on the near one (thigh on thigh), each shin folded back to the opposite hip, the
    # hands on the floor by the feet.
    # Depicts the left side: the figure faces right, so its right side is toward us and the far
    # leg is the LEFT one; the left knee is crossed over and on top. A shoelace's side is the top
    # leg (its outer hip gets the stretch), so this is the left side. (The leg angles are the
    # near and far ones of the right-knee-on-top drawing swapped: the legs exactly reflected.)
    "shoelace": dict(
        torso=90, arms_out=9.1, near_arm=(-28.4, 63.8, 0),
        far_arm=(-28.4, 63.8, 0), near_leg=(86, 142.9, 12.5, 86.5, -13),
        far_leg=(95.4, 142.7, 18.4, 86.7, -14.1), yaw=40, view=22,
        touch=("hip", "near_knee", "near_toe", "far_toe", "hands"),
    ),
    # Shoelace, folding forward over the stacked knees: back rounded, head down, hands on the
    # floor ahead of the knees (the legs stay put: hip flexion grows as the torso leans).
    # Depicts the left side, as the shoelace: the far (left) knee on top.
    "shoelace-fold": dict(
        torso=26, curve=6, neck=35, arms_out=2.9, near_arm=(110, 36.1, 0),
        far_arm=(110, 36.1, 0), near_leg=(150, 142.9, 12.5, 86.5, -13),
        far_leg=(159.4, 142.7, 18.4, 86.7, -14.1), yaw=40, view=22,
        touch=("hip", "near_knee", "near_toe", "far_toe", "hands"),
    ),
    # Lying on the back, knees drawn up toward the chest and dropped together toward us, arms
    # out wide on the floor (the same low camera and arrow as the supine twist).
    # Depicts the left side, as the supine twist: mirrored, head on the right, so the knees
    # falling toward us fall to the person's LEFT.
    "side-knee-drop": dict(
        torso=180, neck=8.9, view=20, yaw=-12, arms_out=120, near_arm=(-2.9, 0, 0),
        far_arm=(-2.9, 0, 0), near_leg=(122, 128, 20), far_leg=(122, 128, 20), knees_drop=91.1,
        accent="drop", touch=("head", "shoulder", "hip", "hands", "near_knee", "near_toe"),
        near_side="left",
    ),
    # Lying on the back, knees hugged up to the chest (heels toward the seat, feet off the
    # floor), arms reaching round the knees with the hands wrapped over the shins.
    # Lead-in and release of the two-sided side knee drop: symmetric, the same for either side.
    # Head on the right (near_side="left"), as the side knee drop it leads into.
    "knees-to-chest": dict(
        torso=180, neck=15, near_arm=(36, 12, -60), far_arm=(36, 12, -60),
        near_leg=(125, 155, 40), far_leg=(125, 155, 40),
        touch=("head", "shoulder", "hip"),
        near_side="left",
    ),
    # Seated, far leg long on the floor, near knee bent out toward us with the foot at the inner
    # thigh, folding forward with the hands reaching along the long leg to the toes (seen a
    # little from above, so the bent knee lies on the mat beside the hip).
    # Depicts the left side: the figure faces right, so its right side is toward us: the bent
    # near leg is the right one and the long far leg is the LEFT one, the leg whose hamstring is
    # stretched, which names the side.
    "hamstring-stretch": dict(
        torso=32, neck=10, near_arm=(140, 0, 0), far_arm=(142, 0, 0),
        far_leg=(146, 0, 10), near_leg=(142, 158, 20, 93, 72), view=20,
        touch=("hip", "far_heel", "near_knee"),
    ),
    # Forearm plank: one straight line from head to heels.
    "plank": dict(
        torso=4, near_arm=(86, 90, 0), far_arm=(86, 90, 0),
        near_leg=(0, 0, 16), far_leg=(0, 0, 16),
        touch=("elbows", "hands", "toes"),
    ),
    # Standing tall, arms relaxed by the sides.
    "standing": dict(family="upright", near_arm=(8, 14, 0), far_arm=(4, 10, 0), touch=("feet",)),
    # Marching on the spot: near knee at hip height, far arm swinging forward.
    "march": dict(
        family="upright", near_arm=(-30, 20, 0), far_arm=(45, 70, 0),
        near_leg=(90, 90, 20), far_leg=(0, 0, 0),
        touch=("far_heel", "far_toe"),
    ),
    # Mid-stride walking: upright, opposite arm and leg swinging.
    "walking": dict(
        family="upright", torso=88, near_arm=(-25, 15, 0), far_arm=(30, 25, 0),
        near_leg=(15, 5, -10), far_leg=(-19, 30, 29),
        touch=("near_heel", "far_toe"),
    ),
}
# fmt: on

# --------------------------------------------------------------------------------------------
# Body proportions (model units, roughly centimetres) and drawing style.
# --------------------------------------------------------------------------------------------
THIGH = 44.0
SHIN = 44.0
HEEL = 6.0  # ankle joint to the sole, along the shin
FOOT = 20.0  # heel to toes
TORSO = 52.0  # hip joint to shoulder joint
NECK = 10.0
HEAD_R = 11.5
UPPER_ARM = 30.0
FOREARM = 26.0
HAND = 10.0
SHOULDER_HALF = 16.0  # half the shoulder width (only visible from above)
HIP_HALF = 9.0

# Stroke widths are fixed on screen (viewBox px) so every picture, whatever its scale, looks like
# one family; the head is part of the body and scales with it.
LIMB_PX = 14.5
TORSO_PX = 26.0
NECK_PX = 14.5

WIDTH, HEIGHT = 400, 300
VIEWBOX = f"0 0 {WIDTH} {HEIGHT}"
MARGIN = 16.0  # px of air between the figure (with the mat) and the picture's edge
MAX_SCALE = 2.9  # px per model unit at most, so compact poses keep their strokes in proportion
BASE_SCALE = 1.45  # px per model unit of a standing figure; only sets nominal model widths
LIMB_W = LIMB_PX / BASE_SCALE  # nominal widths in model units (used for pose geometry only)
TORSO_W = TORSO_PX / BASE_SCALE
FADE_DEPTH = 7.0  # model units behind the torso from which a limb is drawn faded
YAW = 12.0  # degrees the camera turns toward the figure's front, so far limbs peek out
MAT_INSET = 15.0  # px from the picture's sides to the mat's ends
MAT_DEPTH = 70.0  # model units (only visible from above)
MAT_PAD = 5.0  # model units of mat around a figure seen from above
MAT_THICK_PX = 7.0

NEAR = "#1a88a8"  # body and near limbs: ~4:1 contrast on white and on #1e1e1e alike
FAR = NEAR  # far limbs: the same hue, part transparent, so they recede on light and dark alike
FAR_OPACITY = "0.6"
ACCENT = "#d9732b"  # marks that point something out: ~3:1 on white, ~5:1 on #1e1e1e
ACCENT_PX = 6.0
MAT = "#8a8f98"
MAT_FILL_OPACITY = "0.35"
MAT_TOP_OPACITY = "0.14"  # the mat seen from above (a large area)
MAT_TOP_EDGE = "0.5"

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "assets" / "poses"
ICON_PATH = Path(__file__).resolve().parent.parent / "assets" / "icons" / "supple.svg"

Vec = tuple[float, float, float]
Triple = tuple[float, float, float]
Leg = tuple[float, ...]  # (hip, knee, ankle[, hip rotation[, abduction]])


@dataclass(frozen=True)
class Pose:
    """Joint angles for one frame; see the module docstring for the conventions."""

    torso: float = 90.0
    curve: float = 0.0
    neck: float = 0.0
    head: float = 0.0
    near_arm: Triple = (0.0, 0.0, 0.0)
    far_arm: Triple = (0.0, 0.0, 0.0)
    near_leg: Leg = (0.0, 0.0, 0.0)
    far_leg: Leg = (0.0, 0.0, 0.0)
    arms_out: float = 0.0
    legs_out: float = 0.0
    knees_drop: float = 0.0
    view: float = 0.0
    yaw: float = YAW
    touch: tuple[str, ...] = ()  # landmarks that rest on the floor (checked by the tests)
    family: str = ""  # poses of one family share a scale and position (see ``placement``)
    accent: str = ""  # an accent mark: "press" (lower back into the floor), "drop" (knees fall)
    near_side: str = "right"  # the person's side toward the viewer; "left" draws it mirrored

    def __post_init__(self) -> None:
        if self.near_side not in ("right", "left"):
            raise ValueError(f"near_side {self.near_side!r} is neither 'right' nor 'left'")
        for leg in (self.near_leg, self.far_leg):
            if not 0.0 <= leg[1] <= 165.0:
                raise ValueError(f"knee flexion {leg[1]} outside 0..165")
        for arm in (self.near_arm, self.far_arm):
            if not 0.0 <= arm[1] <= 160.0:
                raise ValueError(f"elbow flexion {arm[1]} outside 0..160")

    @property
    def mirrored(self) -> bool:
        """Drawn mirrored left to right: the person's left side toward the viewer."""
        return self.near_side == "left"

    @property
    def camera_yaw(self) -> float:
        """The camera's turn in model coordinates: a mirrored figure is built reflected in x, so
        the camera turns the other way to keep turning toward its front (the picture is then the
        exact mirror image of the ``near_side="right"`` one)."""
        return -self.yaw if self.mirrored else self.yaw


# Names usable in ``touch``: any landmark, or a pair word for both sides.
PAIRS = {
    "hands": ("near_hand", "far_hand"),
    "wrists": ("near_wrist", "far_wrist"),
    "elbows": ("near_elbow", "far_elbow"),
    "knees": ("near_knee", "far_knee"),
    "heels": ("near_heel", "far_heel"),
    "toes": ("near_toe", "far_toe"),
    "feet": ("near_heel", "near_toe", "far_heel", "far_toe"),
}


def touch_points(p: Pose) -> list[str]:
    """The landmark names a pose says rest on the floor, pair words expanded."""
    return [m for word in p.touch for m in PAIRS.get(word, (word,))]


def pose(name: str) -> Pose:
    """The named pose from the table as a ``Pose``."""
    return Pose(**POSES[name])  # type: ignore[arg-type]


# --------------------------------------------------------------------------------------------
# Small vector helpers (3D: x forward, y up, z toward the viewer).
# --------------------------------------------------------------------------------------------
def add(a: Vec, b: Vec) -> Vec:
    return (a[0] + b[0], a[1] + b[1], a[2] + b[2])


def sub(a: Vec, b: Vec) -> Vec:
    return (a[0] - b[0], a[1] - b[1], a[2] - b[2])


def mul(a: Vec, k: float) -> Vec:
    return (a[0] * k, a[1] * k, a[2] * k)


def cross(a: Vec, b: Vec) -> Vec:
    return (a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0])


def dot(a: Vec, b: Vec) -> float:
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]


def unit(a: Vec) -> Vec:
    n = math.sqrt(dot(a, a))
    return mul(a, 1.0 / n) if n else a


def heading(deg: float) -> Vec:
    """Unit vector in the side plane at ``deg`` (0 = forward/right, 90 = up)."""
    r = math.radians(deg)
    return (math.cos(r), math.sin(r), 0.0)


def rotate(v: Vec, axis: Vec, deg: float) -> Vec:
    """Rodrigues rotation of ``v`` about the unit ``axis``."""
    r = math.radians(deg)
    c, s = math.cos(r), math.sin(r)
    return add(add(mul(v, c), mul(cross(axis, v), s)), mul(axis, dot(axis, v) * (1 - c)))


def rotate_about(points: list[Vec], pivot: Vec, axis: Vec, deg: float) -> list[Vec]:
    return [add(pivot, rotate(sub(p, pivot), axis, deg)) for p in points]


# --------------------------------------------------------------------------------------------
# Skeleton
# --------------------------------------------------------------------------------------------
@dataclass
class Stroke:
    """One drawn element: a polyline (or a quadratic curve when ``curve``) or a disc."""

    points: list[Vec]
    width: float  # model units; for strokes with ``px`` it follows the figure's scale
    far: bool = False
    curve: bool = False
    disc: bool = False
    px: float = 0.0  # fixed width on screen (viewBox px), the same in every pose; 0 = scales

    def samples(self, n: int = 16) -> list[Vec]:
        """Points along the centre line, for bounds and floor contact."""
        if self.curve:
            p0, p1, p2 = self.points
            out = []
            for i in range(n + 1):
                t = i / n
                a, b, c = (1 - t) ** 2, 2 * t * (1 - t), t * t
                out.append(add(add(mul(p0, a), mul(p1, b)), mul(p2, c)))
            return out
        return list(self.points)


@dataclass
class Figure:
    far: list[Stroke] = field(default_factory=list)
    body: list[Stroke] = field(default_factory=list)
    near: list[Stroke] = field(default_factory=list)
    view: float = 0.0
    yaw: float = YAW
    marks: dict[str, tuple[Stroke, int]] = field(default_factory=dict)
    scale: float = BASE_SCALE  # px per model unit the stroke widths are set for
    knees_up: list[Vec] = field(default_factory=list)  # where rolled knees were before the roll
    mirrored: bool = False  # built reflected in x: the near limbs are the person's left ones

    def set_scale(self, scale: float) -> None:
        """Give every fixed-width stroke its width in model units at ``scale`` px per unit."""
        self.scale = scale
        for s in self.strokes():
            if s.px:
                s.width = s.px / scale

    def mark(self, name: str) -> Vec:
        """Position of a named landmark (``near_knee``, ``head``, ...)."""
        stroke, index = self.marks[name]
        return stroke.points[index]

    def clearance(self, name: str) -> float:
        """Height of the underside of a landmark above the floor."""
        stroke, _ = self.marks[name]
        return self.mark(name)[1] - stroke.width / 2

    def strokes(self) -> list[Stroke]:
        """Every stroke, far side first."""
        return [*self.far, *self.body, *self.near]

    def depth(self, s: Stroke) -> float:
        """Mean distance of a stroke toward the camera (larger is nearer)."""
        pts = s.samples()
        return sum(_depth(pt, self.view, self.yaw) for pt in pts) / len(pts)

    def painted(self) -> list[tuple[Stroke, bool]]:
        """Strokes back to front, each with whether it is drawn faded (clearly behind the torso).

        Seen from the side that is the far arm and leg; seen from above, a leg lying under the
        other one, while arms spread on the floor stay strong.
        """
        torso = self.depth(self.body[0])
        order = sorted(self.strokes(), key=self.depth)
        return [(s, s.far and self.depth(s) < torso - FADE_DEPTH) for s in order]


def _limb_swing(points: list[Vec], deg: float) -> list[Vec]:
    """Swing a limb chain out of the side plane about its root (toward +z for +deg)."""
    if not deg:
        return points
    root = points[0]
    axis = unit(cross(unit(sub(points[1], root)), (0.0, 0.0, 1.0)))
    return rotate_about(points, root, axis, deg)


def head_radius(scale: float) -> float:
    """Head radius in model units when drawn at ``scale``: it grows with the figure, but only as
    the square root of the scale, so big floor poses do not get a cartoon head."""
    return HEAD_R * math.sqrt(BASE_SCALE / scale)


def build(p: Pose, scale: float = BASE_SCALE) -> Figure:
    """Joint positions for pose ``p`` with the hip centre at the origin (not yet grounded)."""
    head_r = head_radius(scale)
    hip = (0.0, 0.0, 0.0)
    t_dir = heading(p.torso)
    back = heading(p.torso + 90)  # the back of the body; the front is -back
    shoulder = mul(t_dir, TORSO)
    ctrl = add(mul(t_dir, TORSO / 2), mul(back, p.curve * 2))  # quadratic control point
    top_tangent = unit(sub(shoulder, ctrl))
    top_angle = math.degrees(math.atan2(top_tangent[1], top_tangent[0]))

    neck_dir = heading(top_angle - p.neck)
    neck_end = add(shoulder, mul(neck_dir, NECK))
    head_c = add(neck_end, mul(heading(top_angle - p.neck - p.head), head_r * 0.85))

    fig = Figure(view=p.view, yaw=p.camera_yaw, mirrored=p.mirrored)
    torso = Stroke([hip, ctrl, shoulder], TORSO_W, curve=True, px=TORSO_PX)
    head = Stroke([head_c], head_r * 2, disc=True)
    fig.body += [torso, Stroke([shoulder, neck_end], LIMB_W, px=NECK_PX), head]
    fig.marks.update(hip=(torso, 0), shoulder=(torso, 2), head=(head, 0))

    down = p.torso + 180
    for side, arm, leg in (("far", p.far_arm, p.far_leg), ("near", p.near_arm, p.near_leg)):
        sign = 1.0 if side == "near" else -1.0
        # Legs.
        h = add(hip, (0.0, 0.0, sign * HIP_HALF))
        thigh_a = down + leg[0]
        shin_a = thigh_a - leg[1]
        knee = add(h, mul(heading(thigh_a), THIGH))
        ankle = add(knee, mul(heading(shin_a), SHIN))
        heel = add(ankle, mul(heading(shin_a), HEEL))
        toe = add(heel, mul(heading(shin_a + 90 - leg[2]), FOOT))
        turn, spread = (*leg[3:], 0.0, 0.0)[:2]
        if turn:  # hip rotation: spin the lower leg about the thigh
            lower = rotate_about([ankle, heel, toe], knee, heading(thigh_a), sign * turn)
            ankle, heel, toe = lower
        leg_pts = _limb_swing([h, knee, ankle, heel, toe], sign * (p.legs_out + spread))
        # Arms.
        s = add(shoulder, (0.0, 0.0, sign * SHOULDER_HALF))
        arm_a = down + arm[0]
        fore_a = arm_a + arm[1]
        elbow = add(s, mul(heading(arm_a), UPPER_ARM))
        wrist = add(elbow, mul(heading(fore_a), FOREARM))
        tip = add(wrist, mul(heading(fore_a + arm[2]), HAND))
        arm_pts = [s, elbow, wrist, tip]
        if p.arms_out:  # abduction: about the front-to-back axis, so a lowered arm stays lowered
            arm_pts = rotate_about(arm_pts, s, mul(back, sign), p.arms_out)
        group = fig.near if side == "near" else fig.far
        leg_s = Stroke(leg_pts, LIMB_W, far=side == "far", px=LIMB_PX)
        arm_s = Stroke(arm_pts, LIMB_W, far=side == "far", px=LIMB_PX)
        group += [leg_s, arm_s]
        for i, part in enumerate(("knee", "ankle", "heel", "toe"), start=1):
            fig.marks[f"{side}_{part}"] = (leg_s, i)
        for i, part in enumerate(("elbow", "wrist", "hand"), start=1):
            fig.marks[f"{side}_{part}"] = (arm_s, i)

    if p.knees_drop:
        # Roll both legs about the spine so the knees fall toward the viewer (+z): the near leg
        # comes to lie on the floor and the far one on top of it. The axis sits a little in
        # front of the hip joints so that a leg rolled flat rests level with the back. Where the
        # knees were before the roll is kept for the "drop" accent arrow.
        pivot = sub(hip, mul(back, HIP_HALF + (LIMB_PX - TORSO_PX) / scale / 2))
        fig.knees_up = [mul(add(fig.mark("near_knee"), fig.mark("far_knee")), 0.5)]
        for group in (fig.near, fig.far):
            leg = group[0]
            leg.points = rotate_about(leg.points, pivot, t_dir, -p.knees_drop)
    # Shoulder and pelvis girdles join the limbs to the spine (they show when seen from above).
    far_leg, far_arm = fig.far
    near_leg, near_arm = fig.near
    fig.body.append(Stroke([far_arm.points[0], near_arm.points[0]], LIMB_W, px=LIMB_PX))
    if not p.knees_drop:  # rolled legs stack: a pelvis line would stick up out of the hips
        fig.body.append(Stroke([far_leg.points[0], near_leg.points[0]], LIMB_W, px=LIMB_PX))
    if p.mirrored:  # reflect the whole body in x: the same pose, its left side toward us
        for s in fig.strokes():
            s.points = [(-x, y, z) for x, y, z in s.points]
        fig.knees_up = [(-x, y, z) for x, y, z in fig.knees_up]
    return fig


def ground(fig: Figure) -> Figure:
    """Shift the figure so its lowest surface rests exactly on the floor (y = 0)."""
    low = lowest(fig)
    for s in fig.strokes():
        s.points = [(x, y - low, z) for x, y, z in s.points]
    fig.knees_up = [(x, y - low, z) for x, y, z in fig.knees_up]
    return fig


def lowest(fig: Figure) -> float:
    """Height of the lowest drawn surface above the floor (0 once grounded)."""
    return min(pt[1] - s.width / 2 for s in fig.strokes() for pt in s.samples())


def figure(p: Pose, scale: float | None = None) -> Figure:
    """Pose ``p`` built, given stroke widths for its drawing scale, and set on the floor."""
    scale = placement(p).scale if scale is None else scale
    fig = build(p, scale)
    fig.set_scale(scale)
    return ground(fig)


# --------------------------------------------------------------------------------------------
# Projection and layout
# --------------------------------------------------------------------------------------------
def _project(v: Vec, view: float, yaw: float = YAW) -> tuple[float, float]:
    """Orthographic camera turned ``yaw`` degrees toward the face and raised ``view`` degrees.

    Returns (x, up) in model units.
    """
    e = math.radians(view)
    a = math.radians(yaw) * math.cos(e)  # no turn when looking straight down
    x = v[0] * math.cos(a) - v[2] * math.sin(a)
    z = v[0] * math.sin(a) + v[2] * math.cos(a)
    return x, v[1] * math.cos(e) - z * math.sin(e)


def _depth(v: Vec, view: float, yaw: float = YAW) -> float:
    """Distance toward the camera of ``_project`` (larger is nearer)."""
    e = math.radians(view)
    a = math.radians(yaw) * math.cos(e)
    z = v[0] * math.sin(a) + v[2] * math.cos(a)
    return v[1] * math.sin(e) + z * math.cos(e)


def _fmt(v: float) -> str:
    s = f"{v:.1f}"
    return "0" if s in ("-0.0", "0.0") else s.removesuffix(".0")


def _mat_band(view: float, scale: float) -> tuple[float, float]:
    """(bottom, top) of a side view's mat in px above the floor line, as the camera sees it."""
    e = math.radians(view)
    half = scale * MAT_DEPTH / 2 * math.sin(e)
    return -half - MAT_THICK_PX * math.cos(e), half


def mat_corners(figs: Iterable[Figure]) -> list[Vec]:
    """The four top corners (on the floor, y = 0) of the mat under figures seen from above.

    Seen from above the mat is the floor plane the figure lies on, so it is sized to what it
    carries: ``MAT_PAD`` around every stroke (outstretched arms and dropped knees included), at
    least ``MAT_DEPTH`` deep. Corners go round: far-left, far-right,
    near-right, near-left.
    """
    pts = [(pt, s.width / 2) for f in figs for s in f.strokes() for pt in s.samples()]
    x0 = min(pt[0] - r for pt, r in pts) - MAT_PAD
    x1 = max(pt[0] + r for pt, r in pts) + MAT_PAD
    z0 = min(-MAT_DEPTH / 2, min(pt[2] - r for pt, r in pts) - MAT_PAD)
    z1 = max(MAT_DEPTH / 2, max(pt[2] + r for pt, r in pts) + MAT_PAD)
    return [(x0, 0.0, z0), (x1, 0.0, z0), (x1, 0.0, z1), (x0, 0.0, z1)]


Px = tuple[float, float]


def mat_slab(corners: Sequence[Vec], view: float, yaw: float, scale: float) -> list[list[Px]]:
    """The mat seen from above as polygons in px (x right, up up; origin at model 0): its top
    face first, then the edge faces its thickness shows toward the camera."""
    top = [(x * scale, up * scale) for x, up in (_project(c, view, yaw) for c in corners)]
    drop = MAT_THICK_PX * math.cos(math.radians(view))
    centre = sum(up for _, up in top) / 4
    faces = [top]
    for a, b in zip(top, top[1:] + top[:1], strict=True):
        if (a[1] + b[1]) / 2 < centre - 1e-6:  # an edge on the camera's side of the mat
            faces.append([a, b, (b[0], b[1] - drop), (a[0], a[1] - drop)])
    return faces


def _box(p: Pose, scale: float) -> tuple[float, float, float, float]:
    """(left, right, bottom, top) in px of the grounded figure and its mat; x right, up up."""
    fig = figure(p, scale)
    xs, ups = [], []
    for s in fig.strokes():
        r = s.width * scale / 2
        for pt in s.samples():
            x, up = _project(pt, fig.view, fig.yaw)
            xs += [x * scale - r, x * scale + r]
            ups += [up * scale - r, up * scale + r]
    if fig.view:
        slab = [
            pt
            for face in mat_slab(mat_corners(family_figures(p, scale)), fig.view, fig.yaw, scale)
            for pt in face
        ]
        xs += [x for x, _ in slab]
        ups += [up for _, up in slab]
    else:
        ups += _mat_band(fig.view, scale)
    return min(xs), max(xs), min(ups), max(ups)


def family_figures(p: Pose, scale: float) -> list[Figure]:
    """Every member of ``p``'s family built and grounded at ``scale`` (they share one mat)."""
    return [figure(m, scale) for m in family(p)]


def _union(boxes: Iterable[tuple[float, float, float, float]]) -> tuple[float, ...]:
    ls, rs, bs, ts = zip(*boxes, strict=True)
    return min(ls), max(rs), min(bs), max(ts)


def family(p: Pose) -> list[Pose]:
    """The poses drawn at one scale and position with ``p`` (so a routine stepping from one to
    the next, like hip-lift-down to hip-lift-up, keeps the body still on screen)."""
    if not p.family:
        return [p]
    # A mirrored member is placed as the mirror image of its family (same scale and floor).
    members = [
        replace(pose(n), near_side=p.near_side) for n in POSES if POSES[n].get("family") == p.family
    ]
    return members if p in members else [p, *members]


@dataclass(frozen=True)
class Placement:
    scale: float  # px per model unit
    dx: float  # screen x of model x = 0
    floor: float  # screen y of the floor's centre line (model up = 0)
    mat: tuple[float, float, float, float]  # x, y, w, h in px (the bounding box, seen from above)
    slab: tuple[tuple[Px, ...], ...] = ()  # seen from above: the mat's faces in viewBox px


@functools.cache
def placement(p: Pose) -> Placement:
    """The largest scale at which ``p`` and its family fit the picture with ``MARGIN`` to spare,
    and where to put them: the family's common bounding box (figure and mat) centred."""
    members = family(p)
    room_w, room_h = WIDTH - 2 * MARGIN, HEIGHT - 2 * MARGIN

    def fits(scale: float) -> bool:
        left, right, bottom, top = _union(_box(m, scale) for m in members)
        return right - left <= room_w and top - bottom <= room_h

    lo, hi = 0.5, MAX_SCALE
    if fits(hi):
        lo = hi
    for _ in range(40):
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if fits(mid) else (lo, mid)
    scale = math.floor(lo * 1000) / 1000
    left, right, bottom, top = _union(_box(m, scale) for m in members)
    dx = WIDTH / 2 - (left + right) / 2
    floor = HEIGHT / 2 + (bottom + top) / 2
    if not p.view:
        mat_bottom, mat_top = _mat_band(p.view, scale)
        mat = (MAT_INSET, floor - mat_top, WIDTH - 2 * MAT_INSET, mat_top - mat_bottom)
        return Placement(scale, dx, floor, mat)
    corners = mat_corners(family_figures(p, scale))
    slab = tuple(
        tuple((dx + x, floor - up) for x, up in face)
        for face in mat_slab(corners, p.view, p.camera_yaw, scale)
    )
    xs = [x for face in slab for x, _ in face]
    ys = [y for face in slab for _, y in face]
    mat = (min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
    return Placement(scale, dx, floor, mat, slab)


Screen = list[tuple[Stroke, bool, list[tuple[float, float]]]]


def to_screen(fig: Figure, place: Placement) -> Screen:
    """Every stroke back to front, whether it is faded, and its points in viewBox pixels."""
    out = []
    for s, faded in fig.painted():
        pts = []
        for pt in s.points:
            x, up = _project(pt, fig.view, fig.yaw)
            pts.append((place.dx + place.scale * x, place.floor - place.scale * up))
        out.append((s, faded, pts))
    return out


# --------------------------------------------------------------------------------------------
# SVG
# --------------------------------------------------------------------------------------------
def _stroke_attrs(s: Stroke, faded: bool) -> str:
    attrs = f'stroke="{FAR if faded else NEAR}" stroke-width="{_fmt(s.px)}"'
    if faded:
        attrs += f' stroke-opacity="{FAR_OPACITY}"'
    return attrs + ' stroke-linecap="round" stroke-linejoin="round" fill="none"'


def svg_document(body: Iterable[str], width: int = WIDTH, height: int = HEIGHT) -> str:
    """A complete SVG Tiny 1.2 document around the given elements."""
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}">',
        *(f"  {line}" for line in body),
        "</svg>",
        "",
    ]
    return "\n".join(lines)


def render(p: Pose) -> str:
    """SVG text for one pose."""
    place = placement(p)
    fig = figure(p, place.scale)
    items = _mat_items(p, place)
    if p.accent == "press":
        items += _press_mark(fig, place)
    elif p.accent == "drop":
        items += _drop_mark(fig, place)
    for s, faded, pts in to_screen(fig, place):
        if s.disc:
            (cx, cy) = pts[0]
            items.append(
                f'<circle cx="{_fmt(cx)}" cy="{_fmt(cy)}" r="{_fmt(s.width / 2 * place.scale)}" '
                f'fill="{NEAR}"/>'
            )
        elif s.curve:
            (x0, y0), (x1, y1), (x2, y2) = pts
            d = f"M{_fmt(x0)} {_fmt(y0)} Q{_fmt(x1)} {_fmt(y1)} {_fmt(x2)} {_fmt(y2)}"
            items.append(f'<path d="{d}" {_stroke_attrs(s, faded)}/>')
        else:
            coords = " ".join(f"{_fmt(x)},{_fmt(y)}" for x, y in pts)
            items.append(f'<polyline points="{coords}" {_stroke_attrs(s, faded)}/>')
    return svg_document(items)


def _mat_items(p: Pose, place: Placement) -> list[str]:
    """The mat: a thick line seen from the side; seen from above, a floor plane (a faint top
    face, its near edges showing the mat's thickness) that the figure lies on."""
    if not p.view:
        mx, my, mw, mh = place.mat
        return [
            f'<rect x="{_fmt(mx)}" y="{_fmt(my)}" width="{_fmt(mw)}" height="{_fmt(mh)}" '
            f'rx="{_fmt(min(mh / 2, 14))}" fill="{MAT}" fill-opacity="{MAT_FILL_OPACITY}" '
            f'stroke="{MAT}" stroke-width="2"/>'
        ]
    top, *edges = place.slab
    out = []
    for face, fill in [*((e, MAT_FILL_OPACITY) for e in edges), (top, MAT_TOP_OPACITY)]:
        d = "M" + " L".join(f"{_fmt(x)} {_fmt(y)}" for x, y in face) + " Z"
        out.append(
            f'<path d="{d}" fill="{MAT}" fill-opacity="{fill}" stroke="{MAT}" stroke-width="2" '
            f'stroke-opacity="{MAT_TOP_EDGE}" stroke-linejoin="round"/>'
        )
    return out


def _screen(fig: Figure, place: Placement, pt: Vec) -> Px:
    x, up = _project(pt, fig.view, fig.yaw)
    return place.dx + place.scale * x, place.floor - place.scale * up


def drop_arrow(fig: Figure, place: Placement) -> tuple[Px, Px, Px]:
    """The knees' fall as a screen curve (start, control, end): from where the knees stood
    before they rolled, bowing out toward the feet, down to just above the knees that are up
    now (``knees_up`` and the top knee, so the arrow follows the figure). A mirrored figure gets
    the mirrored arrow (its feet are to the left)."""
    ahead = -1.0 if fig.mirrored else 1.0  # screen x toward the feet
    (up,) = fig.knees_up
    top = max(("near_knee", "far_knee"), key=lambda m: fig.mark(m)[1])
    sx, sy = _screen(fig, place, up)
    kx, ky = _screen(fig, place, fig.mark(top))
    gap = LIMB_PX + ACCENT_PX + 4  # clear of the knee stroke, arrowhead included
    ex, ey = kx + ahead * 0.6 * gap, ky - 0.9 * gap  # above the knee, on the side of the shins
    bow = 0.45 * (ey - sy)
    return (sx, sy), ((sx + ex) / 2 + ahead * bow, (sy + ey) / 2 - 0.25 * bow), (ex, ey)


def _drop_mark(fig: Figure, place: Placement) -> list[str]:
    """An accent arrow from where bent knees stood down to where they fell: "let them drop"."""
    (sx, sy), (cx, cy), (ex, ey) = drop_arrow(fig, place)
    line = (
        f'fill="none" stroke="{ACCENT}" stroke-width="{_fmt(ACCENT_PX)}" '
        'stroke-linecap="round" stroke-linejoin="round"'
    )
    tx, ty = ex - cx, ey - cy  # the curve's direction at its end
    n = math.hypot(tx, ty) or 1.0
    tx, ty = tx / n, ty / n
    wing = 11.0
    a = (ex - wing * (tx + 0.75 * ty), ey - wing * (ty - 0.75 * tx))
    b = (ex - wing * (tx - 0.75 * ty), ey - wing * (ty + 0.75 * tx))
    d = f"M{_fmt(sx)} {_fmt(sy)} Q{_fmt(cx)} {_fmt(cy)} {_fmt(ex)} {_fmt(ey)}"
    return [
        f'<path d="{d}" {line}/>',
        f'<polyline points="{_fmt(a[0])},{_fmt(a[1])} {_fmt(ex)},{_fmt(ey)} '
        f'{_fmt(b[0])},{_fmt(b[1])}" {line}/>',
    ]


def _press_mark(fig: Figure, place: Placement) -> list[str]:
    """An accent arc under the lower back, bowing down into the mat, with an arrowhead at its
    lowest point: "press the lower back into the floor"."""
    torso = fig.body[0]
    hip, _, shoulder = torso.points
    (x0, _), (x1, _) = (_project(pt, fig.view, fig.yaw) for pt in (hip, shoulder))
    a = place.dx + place.scale * (x0 + 0.12 * (x1 - x0))
    b = place.dx + place.scale * (x0 + 0.62 * (x1 - x0))
    y = place.floor + MAT_THICK_PX + ACCENT_PX
    mid, low = (a + b) / 2, y + 12
    line = (
        f'fill="none" stroke="{ACCENT}" stroke-width="{_fmt(ACCENT_PX)}" '
        'stroke-linecap="round" stroke-linejoin="round"'
    )
    d = f"M{_fmt(a)} {_fmt(y)} Q{_fmt(mid)} {_fmt(2 * low - y)} {_fmt(b)} {_fmt(y)}"
    return [
        f'<path d="{d}" {line}/>',
        f'<polyline points="{_fmt(mid - 9)},{_fmt(low + 2)} {_fmt(mid)},{_fmt(low + 11)} '
        f'{_fmt(mid + 9)},{_fmt(low + 2)}" {line}/>',
    ]


ICON_SIZE = 256


def render_icon() -> str:
    """The app icon: a white figure in a standing side stretch inside a rounded teal square.

    Drawn by hand on a 256 grid with few, thick shapes so it still reads at 16 px.
    """
    line = 'fill="none" stroke="#ffffff" stroke-linecap="round" stroke-linejoin="round"'
    items = [
        f'<rect x="0" y="0" width="{ICON_SIZE}" height="{ICON_SIZE}" rx="56" fill="{NEAR}"/>',
        f'<polyline points="86,222 124,146 162,222" {line} stroke-width="32"/>',
        f'<path d="M124 146 Q126 98 104 68 Q86 44 48 38" {line} stroke-width="34"/>',
        '<circle cx="160" cy="78" r="29" fill="#ffffff"/>',
    ]
    return svg_document(items, ICON_SIZE, ICON_SIZE)


def write_all(out: Path, names: Sequence[str] | None = None, icon: Path | None = None) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name in names or list(POSES):
        (out / f"{name}.svg").write_text(render(pose(name)), encoding="utf-8", newline="\n")
    if icon is not None:
        icon.parent.mkdir(parents=True, exist_ok=True)
        icon.write_text(render_icon(), encoding="utf-8", newline="\n")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="directory for NAME.svg")
    ap.add_argument("--only", nargs="+", metavar="NAME", help="generate just these poses")
    ap.add_argument("--icon", type=Path, default=ICON_PATH, help="where to write the app icon")
    args = ap.parse_args(argv)
    unknown = sorted(set(args.only or ()) - set(POSES))
    if unknown:
        ap.error(f"unknown pose(s): {', '.join(unknown)}; known: {', '.join(POSES)}")
    write_all(args.out, args.only, None if args.only else args.icon)
    return 0


if __name__ == "__main__":
    sys.exit(main())
