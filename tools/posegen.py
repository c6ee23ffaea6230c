"""Generate Supple's exercise illustrations (flat SVG) from a small skeleton model.

Every pose is a handful of joint angles in ``POSES`` below; the model turns them into a body
with volume, stands it on the mat, projects it through a camera chosen per exercise and writes
a Qt-friendly SVG (SVG Tiny 1.2: plain fill/stroke attributes only).

    python tools/posegen.py                      # regenerate assets/poses/*.svg and the icon
    python tools/posegen.py --only cat cow       # just these poses
    python tools/render_poses.py OUTDIR          # contact sheet + key, as the app draws them

The body. Bones of fixed length (thigh, shin, foot, trunk, neck, upper arm, forearm, hand)
carry spheres at the joints (``LEG_R``, ``ARM_R``, ``NECK_R``; the trunk has two side by side
per cross-section, ``TORSO_PROFILE``: a pelvis, a waist and a deeper chest). A sphere projects
to a circle, so each bone is drawn as the convex hull of its end circles (a tapered capsule)
and each body part (trunk, head with neck, each arm, each leg) as the union of those, filled,
with a dark outline under the fill so a limb in front of the trunk stays visible. Parts are
painted back to front; a far limb behind the trunk takes the far shade (``FAR``: another hue,
not transparency, so it keeps its contrast on the dark card). The head carries a nose, so it
shows which way the face looks.

Angle conventions (degrees). The figure faces right: ``torso`` is the direction from hip to
shoulder (90 = upright, 0 = lying face down with the head to the right, 180 = lying on the back
with the head to the left). Limbs are relative to the torso:

* arm ``(shoulder, elbow, wrist)``: shoulder flexion (0 = hanging along the body, 90 = reaching
  forward, 180 = overhead), elbow flexion (0 = straight), wrist (+ = fingers toward the front).
* leg ``(hip, knee, ankle[, rotation[, abduction]])``: hip flexion (0 = in line with the torso,
  90 = thigh forward), knee flexion (0 = straight, + only: knees bend one way), ankle plantar
  flexion (0 = foot at a right angle to the shin, 90 = toes pointed along the shin); optional
  hip rotation (spins the shin about the thigh, for folded legs) and extra abduction.
  ``Pose`` refuses angles outside the joints' limits.
* ``curve``: spine bend, + rounds the back (cat), - arches it (cow, the pelvic tilt at rest).
  ``neck``/``head``: flexion, + tucks the chin; ``head_turn`` turns the face to one side.
  ``arms_out``/``legs_out``: abduction out of the side plane (90 = arms in a T).
  ``knees_drop``: both legs rolled about the spine toward the viewer (the twists on the back).
  ``top``: with crossed legs, which one lies on top (drawn over the other, which recedes).
* The camera: ``view`` is its elevation (0 = side view, 90 = straight down), ``yaw`` how far it
  turns toward the figure's front (12 by default, so far limbs peek out; 6 for the twists: a
  diagonal body read as a tangle in the first blind check). Movements in the body's plane are
  side views; the twists and knee drops are seen from high above the near side (``view`` >=
  ``FLOOR_VIEW``), the body lying across the picture, where the knees that fall to the side lie
  full length on a floor that fills the picture; the folded legs (shoelace, hamstring) a little
  from above and in front. Knees-to-chest, the knee drop's lead-in, is a side view: from above
  the thighs folded onto the belly hide the fold.
* ``near_side``: which of the person's sides faces the viewer. ``"right"`` (the default) is
  the drawing described above: the figure faces right and the near limbs are its RIGHT ones
  (x forward, y up, z toward us: forward x up = z, the person's right). ``"left"`` draws the
  pose mirrored left to right (facing left; lying on the back, the head is on the right), so
  the near limbs are the person's LEFT ones; everything else (camera, size, contacts, accent)
  is mirrored with it.
* Lying on the back, the head is on the RIGHT of the picture, in every pose: the one-sided
  twists must be drawn mirrored to depict the left side (below), so every other pose lying on
  the back (the ``supine`` family, knees-to-chest) is drawn with ``near_side="left"`` too. A
  new pose lying on the back needs ``near_side="left"``; the tests check every bundled step
  keeps its head on one side.
* Sides: a two-sided step shows its picture as drawn on the first side, the left, and mirrored
  on the right (``mirrored_for`` in the player), so every pose a two-sided step uses must
  depict the LEFT side. Those entries say why they do ("depicts the left side: ...").
* ``family``: poses that follow each other in a routine (hip-lift-down / hip-lift-up...) share
  one scale, camera and position, so only the moving part moves. ``accent``: an extra mark in
  the accent colour (``press``: an arrow down onto the lower belly, "press the lower back into
  the floor"; ``lift``: an arrow rising over the pelvis, "hips up"; ``drop``: an arrow from
  where the knees stood to where they fell).
* ``touch``: landmarks (``hands``, ``knees``, ``near_toe``, ``head``...) that rest on the floor.
  The figure is lowered until its lowest surface meets the mat; the tests then check that every
  named contact really touches it, so a pose cannot float a hand or sink a knee unnoticed.

Framing: each pose (or family) is drawn as large as the 400x300 picture allows, leaving
``MARGIN`` px around the figure and its mat. Seen from the side the mat is a bar under the
figure; seen a little from above it is a floor plane in the same projection as the body.

Adding a pose: copy the nearest entry, change the angles, name its exercise in ``EXERCISES``,
run this script and ``tools/render_poses.py OUTDIR --labelled``, and look at the PNGs.
"""

from __future__ import annotations

import argparse
import functools
import math
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

# --------------------------------------------------------------------------------------------
# Pose table: name -> joint angles. Anything left out keeps the Pose default (standing tall).
# ``touch`` names what rests on the floor; the tests hold the pose to it.
# --------------------------------------------------------------------------------------------
# fmt: off
POSES: dict[str, dict[str, object]] = {
    # Lying on the back seen from high above the near side (the head on the RIGHT, the body
    # across the picture), arms out wide along the floor, knees bent at right angles above the
    # hips, feet off the floor: the start of the twist.
    "supine-twist-start": dict(
        family="twist", torso=180, neck=2.7, view=54, yaw=6, arms_out=72,
        near_arm=(-6, 0, 0), far_arm=(-6, 0, 0), near_leg=(90, 90, 10), far_leg=(90, 90, 10),
        touch=("head", "shoulder", "hip", "hands"), near_side="left",
    ),
    # The twist: both bent knees rolled down to one side onto the floor, the arms staying wide
    # and the head turned the other way. Seen from above, so the knees lie full length on the
    # floor beside the body; the accent arrow shows them falling.
    # Depicts the left side: drawn mirrored (near_side="left"), head on the RIGHT of the picture.
    # Face up with the head to our right, the person's left side is the one toward us (lower on
    # the picture), so the knees fall to their LEFT: a twist to the left, "left side first".
    # The player mirrors it on the right side.
    "supine-twist": dict(
        family="twist", torso=180, neck=2.3, view=54, yaw=6, arms_out=72,
        near_arm=(-6.1, 0, 0), far_arm=(-6.1, 0, 0), near_leg=(90, 90, 10), far_leg=(90, 90, 10),
        knees_drop=96.1, head_turn=-40, accent="drop",
        touch=("head", "shoulder", "hip", "hands", "near_knee", "near_toe"), near_side="left",
    ),
    # All fours, spine rounded up, chin tucked toward the chest between the arms (exhale).
    "cat": dict(
        family="tabletop", torso=11.8, curve=12, neck=80, head=20,
        near_arm=(73.6, 0, 90), far_arm=(73.6, 0, 90),
        near_leg=(76, 90, 74.9), far_leg=(76, 90, 74.9),
        touch=("hands", "knees", "toes"),
    ),
    # All fours, belly dropped, chest lifted and the head raised last, looking ahead (inhale).
    "cow": dict(
        family="tabletop", torso=11.8, curve=-10, neck=5, head=-30,
        near_arm=(73.6, 0, 90), far_arm=(73.6, 0, 90),
        near_leg=(76, 90, 74.9), far_leg=(76, 90, 74.9),
        touch=("hands", "knees", "toes"),
    ),
    # Neutral tabletop: hands under shoulders, knees under hips, long flat back.
    # Lead-in of the two-sided shoelace: symmetric, the same for either side (mirroring it on the
    # right side only turns it round).
    "all-fours": dict(
        family="tabletop", torso=11.8, neck=10,
        near_arm=(73.6, 0, 90), far_arm=(73.6, 0, 90),
        near_leg=(76, 90, 74.9), far_leg=(76, 90, 74.9),
        touch=("hands", "knees", "toes"),
    ),
    # Sitting right back on the heels, chest down on the thighs with the back well rounded (a
    # compact hump), forehead on the mat; the arms relaxed with the elbows on the floor by the
    # head and the hands flat and apart ahead of it (the seed: "relax your arms and rest your
    # elbows on the floor"), not the long reach and joined hands of the prayer pose.
    "child-pose": dict(
        torso=12.6, curve=11, neck=64.3, near_arm=(108.8, 62, 0), far_arm=(108.8, 62, 0),
        near_leg=(151.5, 161.9, 90), far_leg=(151.5, 161.9, 90),
        touch=("knees", "toes", "head", "elbows"),
    ),
    # Kneeling, sitting back toward the heels, the arms stretched long and straight forward,
    # forehead on the mat (the seed: "arms extended forward, forehead resting on the ground"),
    # the palms pressed together at the end of the arms, fingers up: the whole body one long
    # slope ending in joined hands. The blind check read the bent-armed child's pose as
    # "prayer"; the joined hands are what a person looks for under that name.
    "prayer-pose": dict(
        torso=3, curve=4, neck=25.1, arms_out=13,
        near_arm=(159.1, 0, 85), far_arm=(159.1, 0, 85),
        near_leg=(159.3, 161, 90), far_leg=(159.3, 161, 90),
        touch=("knees", "toes", "head", "wrists"),
    ),
    # Lying on the back, knees bent, feet flat, arms along the body.
    # Head on the right (near_side="left"), as the twist and every pose lying on the back: the
    # whole supine family keeps one scale and position, so only the hips move.
    "hip-lift-down": dict(
        family="supine", torso=180, neck=3.1, near_arm=(-5.8, 0, 0), far_arm=(-5.8, 0, 0),
        near_leg=(57, 117.6, 29.4), far_leg=(57, 117.6, 29.4),
        touch=("head", "shoulder", "hip", "hands", "feet"),
        near_side="left",
    ),
    # Hips lifted a little off the mat (a hand's breadth, not a bridge): shoulders, arms and
    # feet down; the accent arrow rises over the pelvis ("hips up"), which the bridge, held
    # high, does not need.
    "hip-lift-up": dict(
        family="supine", torso=192, neck=8, near_arm=(-18, 0, 0), far_arm=(-18, 0, 0),
        near_leg=(29, 118, 13), far_leg=(29, 118, 13), accent="lift",
        touch=("head", "shoulder", "hands", "feet"),
        near_side="left",
    ),
    # Full bridge: a straight line from shoulders to knees.
    "bridge-up": dict(
        family="supine", torso=208, neck=37.2, near_arm=(-31.9, 0, 0), far_arm=(-31.9, 0, 0),
        near_leg=(-2.9, 123.8, 351.3), far_leg=(-2.9, 123.8, 351.3),
        touch=("head", "shoulder", "hands", "feet"),
        near_side="left",
    ),
    # Pelvic tilt, at rest: lying on the back, knees bent, feet flat, hands on the lower belly;
    # the lower back keeps its natural curve, a hollow between it and the mat. The feet stand
    # farther from the hips than in the hip lifts (a low, wide knee triangle) and the hands
    # lie on the belly, not along the body, so the two exercises differ at a glance.
    "pelvic-tilt-rest": dict(
        family="supine", torso=180, curve=-8, neck=29, near_arm=(-6, 70, -70),
        far_arm=(-6, 70, -70), near_leg=(40, 86, 47.4), far_leg=(40, 86, 47.4),
        touch=("head", "hip", "feet"),
        near_side="left",
    ),
    # Pelvic tilt, pressed: the belly tightened, the pelvis rolled back so the lower back lies
    # flat on the mat (no hollow); the accent arrow says "press down".
    "pelvic-tilt": dict(
        family="supine", torso=180, curve=0.5, neck=0.8, near_arm=(-6, 70, -70),
        far_arm=(-6, 70, -70), near_leg=(50, 102, 41.8), far_leg=(50, 102, 41.8),
        accent="press",
        touch=("head", "shoulder", "hip", "feet"),
        near_side="left",
    ),
    # Seated tall, seen from the front and a little above: the knees stacked one on the other
    # in front of the belly, each shin folded back to the opposite hip, hands on the feet.
    # Depicts the left side: the far (left) leg crosses over on top, drawn over the near one.
    "shoelace": dict(
        family="shoelace", torso=90, arms_out=16.1, near_arm=(12, 15, 0), far_arm=(12, 15, 0),
        near_leg=(84.5, 142.9, -30.1, 86.5, -13), far_leg=(111.9, 142.7, 44.5, 86.7, -14.1),
        yaw=40, view=25, top="far",
        touch=("hip", "near_knee", "far_toe"),
    ),
    # Shoelace, folding forward over the stacked knees: back rounded, head down, hands on the
    # floor ahead of the knees (the legs stay put: hip flexion grows as the torso leans).
    # Depicts the left side, as the shoelace: the far (left) knee on top.
    "shoelace-fold": dict(
        family="shoelace", torso=35, curve=6, neck=35, arms_out=10, near_arm=(100, 20, 0),
        far_arm=(100, 20, 0), near_leg=(139.8, 142.9, -28.6, 86.5, -13),
        far_leg=(166.4, 142.7, 43.6, 86.7, -14.1), yaw=40, view=25, top="far",
        touch=("hip", "near_knee", "far_toe"),
    ),
    # Lying on the back seen from the side (the head on the right, as every pose lying on the
    # back), knees drawn up to the chest, hands holding the shins below the knees: the start and
    # end of the side knee drop. A side view reads this fold at once; from above the thighs
    # folded onto the belly hide it.
    "knees-to-chest": dict(
        torso=180, neck=3.1, near_arm=(15, 50, 0), far_arm=(15, 50, 0),
        near_leg=(118, 140, 20), far_leg=(118, 140, 20),
        touch=("head", "shoulder", "hip"), near_side="left",
    ),
    # Knees drawn toward the chest and let fall together to one side, the arms resting low and
    # a little out from the body, clear of the legs (the twist has them out in a T and the
    # knees lower).
    # Depicts the left side, as the supine twist: mirrored, head on the right, so the knees
    # falling toward us fall to the person's LEFT.
    "side-knee-drop": dict(
        torso=180, neck=0.2, view=58, yaw=6, arms_out=40,
        near_arm=(-6.8, 0, 0), far_arm=(-6.8, 0, 0),
        near_leg=(118, 140, 20), far_leg=(118, 140, 20), knees_drop=98.7, accent="drop",
        touch=("head", "shoulder", "hip", "hands", "near_knee"), near_side="left",
    ),
    # Seated, far leg long on the floor, near knee bent out toward us with the foot at the inner
    # thigh, folding forward with both hands reaching along the long leg to the shin and toes
    # (the near arm crosses in toward it: the hands meet either side of the ankle).
    # Depicts the left side: the figure faces right, so its right side is toward us: the bent
    # near leg is the right one and the long far leg is the LEFT one, the leg whose hamstring is
    # stretched, which names the side.
    "hamstring-stretch": dict(
        torso=40, neck=20, near_arm=(110, 0, 0), far_arm=(112, 0, 0), arms_out=40, far_arms_out=10,
        far_leg=(136.1, 0, 10), near_leg=(130.4, 158, 20, 93, 54.6), view=20,
        touch=("hip", "far_heel", "near_knee"),
    ),
    # Forearm plank: one straight line from head to heels.
    "plank": dict(
        torso=4, near_arm=(85.8, 90, 0), far_arm=(85.8, 90, 0),
        near_leg=(0, 0, 4), far_leg=(0, 0, 4),
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

# Which exercise each picture belongs to, and the frames of exercises drawn in several: what
# a person doing the blind check of tools/render_poses.py is told, and what the tests hold
# apart (different exercises never draw the same picture; a movement's frames differ
# clearly). Every pose appears exactly once.
EXERCISES: dict[str, dict[str, str]] = {
    "Supine twist": {"knees up": "supine-twist-start", "knees dropped to the side": "supine-twist"},
    "Cat-cow": {"neutral back": "all-fours", "cow": "cow", "cat": "cat"},
    "Child's pose": {"": "child-pose"},
    "Hip lifts": {"hips down": "hip-lift-down", "hips up": "hip-lift-up"},
    "Bridge": {"bridge up": "bridge-up"},
    "Shoelace stretch": {"sitting tall": "shoelace", "folding forward": "shoelace-fold"},
    "Side knee drop": {
        "knees to chest": "knees-to-chest",
        "knees dropped to the side": "side-knee-drop",
    },
    "Pelvic tilt": {"rest": "pelvic-tilt-rest", "lower back pressed into the floor": "pelvic-tilt"},
    "Hamstring stretch": {"": "hamstring-stretch"},
    "Prayer pose": {"": "prayer-pose"},
    "Forearm plank": {"": "plank"},
    "Warm-up march": {"standing": "standing", "marching": "march"},
    "Walking": {"": "walking"},
}

# --------------------------------------------------------------------------------------------
# Body proportions (model units, roughly centimetres) and drawing style.
# --------------------------------------------------------------------------------------------
THIGH = 44.0
SHIN = 44.0
HEEL = 6.0  # ankle joint to the sole, along the shin
FOOT = 20.0  # heel to toes
TORSO = 52.0  # hip joint to shoulder joint
NECK = 10.0
HEAD_R = 11.0
UPPER_ARM = 30.0
FOREARM = 26.0
HAND = 10.0
SHOULDER_HALF = 15.0  # half the distance between the shoulder joints
HIP_HALF = 9.0

# Radii of the body's volume (model units) at its joints: limbs taper from the trunk out.
LEG_R = (8.6, 5.5, 5.6, 3.5, 3.4, 3.0)  # hip, knee, calf, ankle, heel (sole), toes
ARM_R = (5.2, 3.9, 3.0, 3.8, 2.6)  # shoulder, elbow, wrist, palm, fingertips
NECK_R = (5.2, 4.4)
NOSE = 0.24  # the nose's radius as a share of the head's: a bump that shows the face's way
# The trunk, from the hip joints (t = 0) to the shoulder joints (t = 1) along the spine:
# (t, depth front to back, width side to side, shift toward the front). A pelvis, a waist and a
# deeper chest, so it reads as a body and not as a tube.
TORSO_PROFILE = (
    (0.0, 19.0, 31.0, -0.5),
    (0.2, 19.0, 30.0, 0.0),
    (0.47, 16.0, 26.0, 0.5),
    (0.72, 21.0, 30.0, 2.0),
    (0.9, 18.5, 33.0, 0.75),
    (1.0, 16.0, 34.0, -2.0),
)
LIMB_W = 2 * LEG_R[1]  # a leg's thickness at the knee (for pose geometry: stacked knees)
TORSO_W = TORSO_PROFILE[0][1]

WIDTH, HEIGHT = 400, 300
VIEWBOX = f"0 0 {WIDTH} {HEIGHT}"
MARGIN = 16.0  # px of air between the figure (with the mat) and the picture's edge
MAX_SCALE = 2.9  # px per model unit at most, so compact poses are not blown up
FADE_DEPTH = 7.0  # model units behind the torso from which a limb is drawn in the far shade
YAW = 12.0  # degrees the camera turns toward the figure's front, so far limbs peek out
MAT_INSET = 15.0  # px from the picture's sides to the mat's ends
MAT_DEPTH = 70.0  # model units (only visible from above)
MAT_PAD = 5.0  # model units of mat around a figure seen from above
MAT_THICK_PX = 7.0
FLOOR_VIEW = 40.0  # seen from this high or higher, the floor runs out of the picture (cut)
MAT_CLIP = 0.0  # px from the picture's edges where such a floor is cut
CIRCLE_STEPS = 24  # points per circle in the outlines

# Colours. The pictures are drawn on the app's card (theme.card: near white in the light theme,
# a dark slate in the dark one); every fill keeps >= 3:1 against both (tests/test_posegen.py).
# Near and far limbs differ in hue and saturation, not in lightness: a lighter or darker far
# side would fail one of the two themes (at 60 % opacity it vanished in the dark one).
NEAR = "#1e92b5"  # body and near limbs
FAR = "#6c8da5"  # far limbs: a greyer blue, so they read as behind
OUTLINE = "#0b3442"  # the edge of every body part, so a limb in front of the trunk shows
OUTLINE_PX = 1.5  # visible outline outside each shape, in picture px
ACCENT = "#d06a20"  # marks that point something out (arrows)
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
Ball = tuple[Vec, float]  # a sphere: centre and radius (model units)
Px = tuple[float, float]


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
    far_arms_out: float | None = None  # the far arm's abduction when it differs
    legs_out: float = 0.0
    knees_drop: float = 0.0
    head_turn: float = 0.0  # the head turned about the neck (+ toward the viewer's side)
    view: float = 0.0
    yaw: float = YAW
    touch: tuple[str, ...] = ()  # landmarks that rest on the floor (checked by the tests)
    family: str = ""  # poses of one family share a scale and position (see ``placement``)
    accent: str = ""  # an accent mark: "press" (lower back down), "lift" (hips up), "drop" (knees)
    near_side: str = "right"  # the person's side toward the viewer; "left" draws it mirrored
    top: str = ""  # which leg lies on top where both cross ("near"/"far"): drawn last

    def __post_init__(self) -> None:
        if self.near_side not in ("right", "left"):
            raise ValueError(f"near_side {self.near_side!r} is neither 'right' nor 'left'")
        for leg in (self.near_leg, self.far_leg):
            if not 0.0 <= leg[1] <= 165.0:
                raise ValueError(f"knee flexion {leg[1]} outside 0..165")
            if not -40.0 <= leg[0] <= 175.0:
                raise ValueError(f"hip flexion {leg[0]} outside -40..175")
        for arm in (self.near_arm, self.far_arm):
            if not 0.0 <= arm[1] <= 160.0:
                raise ValueError(f"elbow flexion {arm[1]} outside 0..160")
        if not -60.0 <= self.neck <= 90.0:
            raise ValueError(f"neck flexion {self.neck} outside -60..90")
        if not 0.0 <= self.view <= 90.0:
            raise ValueError(f"view {self.view} outside 0..90")

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


def lerp(a: Vec, b: Vec, t: float) -> Vec:
    return add(a, mul(sub(b, a), t))


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
# Skeleton and body
# --------------------------------------------------------------------------------------------
@dataclass
class Ring:
    """A cross-section of a body part: its joint (``centre``) and the spheres that give it
    volume there (one for a limb, two side by side for the trunk)."""

    centre: Vec
    balls: list[Ball]

    def moved(self, fn: Callable[[Vec], Vec]) -> Ring:
        return Ring(fn(self.centre), [(fn(c), r) for c, r in self.balls])


@dataclass
class Part:
    """One body part drawn as a single filled silhouette: the union of the convex hulls of
    each pair of neighbouring rings (a tapered capsule per bone; the trunk's pelvis, waist and
    chest)."""

    name: str  # torso, head, near_leg, far_arm...
    rings: list[Ring]
    far: bool = False  # a far-side limb (drawn in the far shade when it is behind the trunk)

    def balls(self) -> list[Ball]:
        return [b for ring in self.rings for b in ring.balls]

    def move(self, fn: Callable[[Vec], Vec]) -> None:
        self.rings = [ring.moved(fn) for ring in self.rings]

    def pieces(self) -> list[list[Ball]]:
        if len(self.rings) == 1:
            return [self.rings[0].balls]
        return [a.balls + b.balls for a, b in zip(self.rings, self.rings[1:], strict=False)]


@dataclass
class Figure:
    parts: list[Part] = field(default_factory=list)
    view: float = 0.0
    yaw: float = YAW
    marks: dict[str, tuple[Part, int]] = field(default_factory=dict)
    knees_up: list[Vec] = field(default_factory=list)  # where rolled knees were before the roll
    mirrored: bool = False  # built reflected in x: the near limbs are the person's left ones
    top: str = ""  # the leg drawn over the other where they cross

    def part(self, name: str) -> Part:
        (found,) = [p for p in self.parts if p.name == name]
        return found

    def mark(self, name: str) -> Vec:
        """Position of a named landmark (``near_knee``, ``head``, ...)."""
        part, index = self.marks[name]
        return part.rings[index].centre

    def clearance(self, name: str) -> float:
        """Height of the underside of a landmark above the floor."""
        part, index = self.marks[name]
        return min(c[1] - r for c, r in part.rings[index].balls)

    def balls(self) -> list[Ball]:
        return [b for p in self.parts for b in p.balls()]

    def move(self, fn: Callable[[Vec], Vec]) -> None:
        for p in self.parts:
            p.move(fn)
        self.knees_up = [fn(v) for v in self.knees_up]

    def depth(self, part: Part) -> float:
        """Mean distance of a part toward the camera (larger is nearer)."""
        pts = [ring.centre for ring in part.rings]
        return sum(_depth(pt, self.view, self.yaw) for pt in pts) / len(pts)

    def painted(self) -> list[tuple[Part, bool]]:
        """Parts back to front, each with whether it is drawn in the far shade: a far limb
        clearly behind the trunk where it joins it (the far arm and leg seen from the side; not
        arms spread on the floor seen from the feet). The head and neck come right after the
        trunk, or later; ``top`` puts one leg over the other where they cross."""
        torso = self.part("torso")
        base = self.depth(torso)

        def key(part: Part) -> float:
            d = self.depth(part)
            if part.name == "head":
                return max(d, base + 1e-3)
            if self.top and part.name.endswith("_leg"):
                return d + (50.0 if part.name == f"{self.top}_leg" else 0.0)
            return d

        def behind(part: Part) -> bool:
            if self.top and part.name.endswith("_leg"):  # crossed legs: the lower one recedes
                return part.name != f"{self.top}_leg"
            ring = torso.rings[0 if part.name.endswith("_leg") else -1]
            root = _depth(ring.centre, self.view, self.yaw)
            return part.far and self.depth(part) < root - FADE_DEPTH

        return [(p, behind(p)) for p in sorted(self.parts, key=key)]


def _limb_swing(points: list[Vec], deg: float) -> list[Vec]:
    """Swing a limb chain out of the side plane about its root (toward +z for +deg)."""
    if not deg:
        return points
    root = points[0]
    axis = unit(cross(unit(sub(points[1], root)), (0.0, 0.0, 1.0)))
    return rotate_about(points, root, axis, deg)


def _bezier(p0: Vec, p1: Vec, p2: Vec, t: float) -> Vec:
    return add(add(mul(p0, (1 - t) ** 2), mul(p1, 2 * t * (1 - t))), mul(p2, t * t))


def _torso_rings(hip: Vec, ctrl: Vec, shoulder: Vec) -> list[Ring]:
    rings = []
    for t, depth, width, front in TORSO_PROFILE:
        pos = _bezier(hip, ctrl, shoulder, t)
        tangent = unit(
            sub(
                _bezier(hip, ctrl, shoulder, min(t + 0.01, 1.0)),
                _bezier(hip, ctrl, shoulder, max(t - 0.01, 0.0)),
            )
        )
        fwd = (tangent[1], -tangent[0], 0.0)  # the body's front: the back normal turned round
        c = add(pos, mul(fwd, front))
        half = width / 2 - depth / 2
        rings.append(
            Ring(
                pos, [(add(c, (0.0, 0.0, half)), depth / 2), (add(c, (0.0, 0.0, -half)), depth / 2)]
            )
        )
    return rings


def build(p: Pose) -> Figure:
    """Joint positions and body volumes for pose ``p``, hip centre at the origin (not yet
    grounded)."""
    hip = (0.0, 0.0, 0.0)
    t_dir = heading(p.torso)
    back = heading(p.torso + 90)  # the back of the body; the front is -back
    shoulder = mul(t_dir, TORSO)
    ctrl = add(mul(t_dir, TORSO / 2), mul(back, p.curve * 2))  # quadratic control point
    top_tangent = unit(sub(shoulder, ctrl))
    top_angle = math.degrees(math.atan2(top_tangent[1], top_tangent[0]))

    neck_dir = heading(top_angle - p.neck)
    neck_end = add(shoulder, mul(neck_dir, NECK))
    axis_a = top_angle - p.neck - p.head
    head_c = add(neck_end, mul(heading(axis_a), HEAD_R * 0.8))
    face = heading(axis_a - 90)
    if p.head_turn:
        face = rotate(face, heading(axis_a), p.head_turn)
    nose = add(add(head_c, mul(face, HEAD_R * 0.9)), mul(heading(axis_a), -HEAD_R * 0.1))

    fig = Figure(view=p.view, yaw=p.camera_yaw, mirrored=p.mirrored, top=p.top)
    torso = Part("torso", _torso_rings(hip, ctrl, shoulder))
    neck_base = add(shoulder, mul(neck_dir, -3.0))
    head = Part(
        "head",
        [
            Ring(neck_base, [(neck_base, NECK_R[0])]),
            Ring(neck_end, [(neck_end, NECK_R[1])]),
            Ring(head_c, [(head_c, HEAD_R), (nose, HEAD_R * NOSE)]),
        ],
    )
    fig.parts += [torso, head]
    fig.marks.update(hip=(torso, 0), shoulder=(torso, len(TORSO_PROFILE) - 1), head=(head, 2))

    down = p.torso + 180
    for side, arm, leg in (("far", p.far_arm, p.far_leg), ("near", p.near_arm, p.near_leg)):
        sign = 1.0 if side == "near" else -1.0
        # Legs.
        h = add(hip, (0.0, 0.0, sign * HIP_HALF))
        thigh_a = down + leg[0]
        shin_a = thigh_a - leg[1]
        knee = add(h, mul(heading(thigh_a), THIGH))
        ankle = add(knee, mul(heading(shin_a), SHIN))
        calf = lerp(knee, ankle, 0.3)
        heel = add(ankle, mul(heading(shin_a), HEEL))
        toe = add(heel, mul(heading(shin_a + 90 - leg[2]), FOOT))
        turn, spread = (*leg[3:], 0.0, 0.0)[:2]
        if turn:  # hip rotation: spin the lower leg about the thigh
            calf, ankle, heel, toe = rotate_about(
                [calf, ankle, heel, toe], knee, heading(thigh_a), sign * turn
            )
        leg_pts = _limb_swing([h, knee, calf, ankle, heel, toe], sign * (p.legs_out + spread))
        # Arms.
        s = add(shoulder, (0.0, 0.0, sign * SHOULDER_HALF))
        arm_a = down + arm[0]
        fore_a = arm_a + arm[1]
        elbow = add(s, mul(heading(arm_a), UPPER_ARM))
        wrist = add(elbow, mul(heading(fore_a), FOREARM))
        palm = add(wrist, mul(heading(fore_a + arm[2]), HAND * 0.45))
        tip = add(wrist, mul(heading(fore_a + arm[2]), HAND))
        arm_pts = [s, elbow, wrist, palm, tip]
        out = p.arms_out if side == "near" or p.far_arms_out is None else p.far_arms_out
        if out:  # abduction: about the front-to-back axis, so a lowered arm stays lowered
            arm_pts = rotate_about(arm_pts, s, mul(back, sign), out)
        leg_s = Part(
            f"{side}_leg",
            [Ring(c, [(c, r)]) for c, r in zip(leg_pts, LEG_R, strict=True)],
            far=side == "far",
        )
        arm_s = Part(
            f"{side}_arm",
            [Ring(c, [(c, r)]) for c, r in zip(arm_pts, ARM_R, strict=True)],
            far=side == "far",
        )
        fig.parts += [leg_s, arm_s]
        for i, part in ((1, "knee"), (3, "ankle"), (4, "heel"), (5, "toe")):
            fig.marks[f"{side}_{part}"] = (leg_s, i)
        for i, part in ((1, "elbow"), (2, "wrist"), (3, "hand")):
            fig.marks[f"{side}_{part}"] = (arm_s, i)

    if p.knees_drop:
        # Roll both legs about the spine so the knees fall toward the viewer (+z): the near leg
        # comes to lie on the floor and the far one on top of it. The axis sits a little in
        # front of the hip joints so that a leg rolled flat rests level with the back. Where the
        # knees were before the roll is kept for the "drop" accent arrow.
        pivot = sub(hip, mul(back, LEG_R[0] - TORSO_W / 2 + HIP_HALF))
        fig.knees_up = [mul(add(fig.mark("near_knee"), fig.mark("far_knee")), 0.5)]
        for name in ("near_leg", "far_leg"):
            fig.part(name).move(lambda v: add(pivot, rotate(sub(v, pivot), t_dir, -p.knees_drop)))
    if p.mirrored:  # reflect the whole body in x: the same pose, its left side toward us
        fig.move(lambda v: (-v[0], v[1], v[2]))
    return fig


def ground(fig: Figure) -> Figure:
    """Shift the figure so its lowest surface rests exactly on the floor (y = 0)."""
    low = lowest(fig)
    fig.move(lambda v: (v[0], v[1] - low, v[2]))
    return fig


def lowest(fig: Figure) -> float:
    """Height of the lowest drawn surface above the floor (0 once grounded)."""
    return min(c[1] - r for c, r in fig.balls())


def figure(p: Pose) -> Figure:
    """Pose ``p`` built and set on the floor."""
    return ground(build(p))


# --------------------------------------------------------------------------------------------
# Projection and layout
# --------------------------------------------------------------------------------------------
def _project(v: Vec, view: float, yaw: float = YAW) -> tuple[float, float]:
    """Orthographic camera turned ``yaw`` degrees toward the face and raised ``view`` degrees.

    Returns (x, up) in model units.
    """
    e = math.radians(view)
    a = math.radians(yaw)
    x = v[0] * math.cos(a) - v[2] * math.sin(a)
    z = v[0] * math.sin(a) + v[2] * math.cos(a)
    return x, v[1] * math.cos(e) - z * math.sin(e)


def _depth(v: Vec, view: float, yaw: float = YAW) -> float:
    """Distance toward the camera of ``_project`` (larger is nearer)."""
    e = math.radians(view)
    a = math.radians(yaw)
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
    carries: ``MAT_PAD`` around every body part (outstretched arms and dropped knees
    included), at least ``MAT_DEPTH`` deep. Corners go round: far-left, far-right, near-right,
    near-left.
    """
    balls = [b for f in figs for b in f.balls()]
    x0 = min(c[0] - r for c, r in balls) - MAT_PAD
    x1 = max(c[0] + r for c, r in balls) + MAT_PAD
    z0 = min(-MAT_DEPTH / 2, min(c[2] - r for c, r in balls) - MAT_PAD)
    z1 = max(MAT_DEPTH / 2, max(c[2] + r for c, r in balls) + MAT_PAD)
    return [(x0, 0.0, z0), (x1, 0.0, z0), (x1, 0.0, z1), (x0, 0.0, z1)]


def mat_slab(corners: Sequence[Vec], view: float, yaw: float, scale: float) -> list[list[Px]]:
    """The mat seen from above as polygons in px (x right, up up; origin at model 0): its top
    face first, then the edge faces its thickness shows toward the camera."""
    top = [(x * scale, up * scale) for x, up in (_project(c, view, yaw) for c in corners)]
    drop = MAT_THICK_PX * math.cos(math.radians(view))
    if drop < 0.5:
        return [top]
    centre = sum(up for _, up in top) / 4
    faces = [top]
    for a, b in zip(top, top[1:] + top[:1], strict=True):
        if (a[1] + b[1]) / 2 < centre - 1e-6:  # an edge on the camera's side of the mat
            faces.append([a, b, (b[0], b[1] - drop), (a[0], a[1] - drop)])
    return faces


def _box(p: Pose, scale: float) -> tuple[float, float, float, float]:
    """(left, right, bottom, top) in px of the grounded figure and its mat; x right, up up."""
    fig = figure(p)
    xs, ups = [], []
    for c, r in fig.balls():
        x, up = _project(c, fig.view, fig.yaw)
        xs += [(x - r) * scale, (x + r) * scale]
        ups += [(up - r) * scale, (up + r) * scale]
    if fig.view >= FLOOR_VIEW:
        pass  # the floor runs out of the picture: only the figure sets the size
    elif fig.view:
        slab = [
            pt
            for face in mat_slab(mat_corners(family_figures(p)), fig.view, fig.yaw, scale)
            for pt in face
        ]
        xs += [x for x, _ in slab]
        ups += [up for _, up in slab]
    else:
        ups += _mat_band(fig.view, scale)
    return min(xs), max(xs), min(ups), max(ups)


def family_figures(p: Pose) -> list[Figure]:
    """Every member of ``p``'s family built and grounded (they share one mat)."""
    return [figure(m) for m in family(p)]


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
    corners = mat_corners(family_figures(p))
    if p.view >= FLOOR_VIEW:  # a floor, not a mat: wider than the picture every way
        (x0, _, z0), (x1, _, _), (_, _, z1), _ = corners
        big = 2 * (WIDTH + HEIGHT) / scale
        corners = [
            (x0 - big, 0.0, z0 - big),
            (x1 + big, 0.0, z0 - big),
            (x1 + big, 0.0, z1 + big),
            (x0 - big, 0.0, z1 + big),
        ]
    faces = [
        [(dx + x, floor - up) for x, up in face]
        for face in mat_slab(corners, p.view, p.camera_yaw, scale)
    ]
    if p.view >= FLOOR_VIEW:  # a floor larger than the picture: cut at the picture's edges
        faces = [f for f in (_clip(face, MAT_CLIP) for face in faces) if len(f) >= 3]
    slab = tuple(tuple(face) for face in faces)
    xs = [x for face in slab for x, _ in face]
    ys = [y for face in slab for _, y in face]
    mat = (min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
    return Placement(scale, dx, floor, mat, slab)


def _clip(poly: Sequence[Px], inset: float) -> list[Px]:
    """``poly`` cut to the picture less ``inset`` px on every side (Sutherland-Hodgman)."""
    edges = (
        (lambda q: q[0] >= inset, lambda a, b: _cross_x(a, b, inset)),
        (lambda q: q[0] <= WIDTH - inset, lambda a, b: _cross_x(a, b, WIDTH - inset)),
        (lambda q: q[1] >= inset, lambda a, b: _cross_y(a, b, inset)),
        (lambda q: q[1] <= HEIGHT - inset, lambda a, b: _cross_y(a, b, HEIGHT - inset)),
    )
    out = list(poly)
    for inside, cut in edges:
        pts, out = out, []
        for i, cur in enumerate(pts):
            prev = pts[i - 1]
            if inside(cur):
                if not inside(prev):
                    out.append(cut(prev, cur))
                out.append(cur)
            elif inside(prev):
                out.append(cut(prev, cur))
    return out


def _cross_x(a: Px, b: Px, x: float) -> Px:
    t = (x - a[0]) / (b[0] - a[0])
    return x, a[1] + t * (b[1] - a[1])


def _cross_y(a: Px, b: Px, y: float) -> Px:
    t = (y - a[1]) / (b[1] - a[1])
    return a[0] + t * (b[0] - a[0]), y


def _screen(fig: Figure, place: Placement, pt: Vec) -> Px:
    x, up = _project(pt, fig.view, fig.yaw)
    return place.dx + place.scale * x, place.floor - place.scale * up


def _hull(points: list[Px]) -> list[Px]:
    """Convex hull (Andrew's monotone chain), counter-clockwise on screen."""
    pts = sorted(set(points))
    if len(pts) <= 2:
        return pts

    def turn(o: Px, a: Px, b: Px) -> float:
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower: list[Px] = []
    for pt in pts:
        while len(lower) >= 2 and turn(lower[-2], lower[-1], pt) <= 0:
            lower.pop()
        lower.append(pt)
    upper: list[Px] = []
    for pt in reversed(pts):
        while len(upper) >= 2 and turn(upper[-2], upper[-1], pt) <= 0:
            upper.pop()
        upper.append(pt)
    return lower[:-1] + upper[:-1]


def outline(fig: Figure, place: Placement, part: Part) -> list[list[Px]]:
    """A part's silhouette in viewBox px: one convex polygon per piece (their union is the
    part). Spheres project to circles, so a piece is the hull of its circles."""
    polys = []
    for piece in part.pieces():
        pts = []
        for c, r in piece:
            cx, cy = _screen(fig, place, c)
            rr = r * place.scale
            for i in range(CIRCLE_STEPS):
                a = 2 * math.pi * i / CIRCLE_STEPS
                pts.append((round(cx + rr * math.cos(a), 1), round(cy + rr * math.sin(a), 1)))
        polys.append(_hull(pts))
    return polys


Screen = list[tuple[Part, bool, list[list[Px]]]]


def to_screen(fig: Figure, place: Placement) -> Screen:
    """Every part back to front, whether it is in the far shade, and its outline polygons."""
    return [(part, far, outline(fig, place, part)) for part, far in fig.painted()]


# --------------------------------------------------------------------------------------------
# SVG
# --------------------------------------------------------------------------------------------
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


def _path_data(polys: Iterable[Sequence[Px]]) -> str:
    return " ".join(
        "M" + " L".join(f"{_fmt(x)} {_fmt(y)}" for x, y in poly) + " Z" for poly in polys
    )


def render(p: Pose) -> str:
    """SVG text for one pose: the mat, then every body part back to front, each as its outline
    (a dark edge) under its fill, then the accent mark."""
    place = placement(p)
    fig = figure(p)
    items = _mat_items(p, place)
    for part, far, polys in to_screen(fig, place):
        d = _path_data(polys)
        items.append(
            f'<path d="{d}" fill="{OUTLINE}" stroke="{OUTLINE}" '
            f'stroke-width="{_fmt(2 * OUTLINE_PX)}" stroke-linejoin="round"/>'
        )
        items.append(f'<path id="{part.name}" d="{d}" fill="{FAR if far else NEAR}"/>')
    if p.accent == "press":
        items += _press_mark(fig, place)
    elif p.accent == "drop":
        items += _drop_mark(fig, place)
    elif p.accent == "lift":
        items += _arrow(lift_arrow(fig, place))
    return svg_document(items)


def _mat_items(p: Pose, place: Placement) -> list[str]:
    """The mat: a thick bar seen from the side; seen from above, a floor plane (a faint top
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


def _arrow(points: tuple[Px, Px, Px]) -> list[str]:
    """An accent arrow along a quadratic curve (start, control, end), its head at the end."""
    (sx, sy), (cx, cy), (ex, ey) = points
    line = (
        f'fill="none" stroke="{ACCENT}" stroke-width="{_fmt(ACCENT_PX)}" '
        'stroke-linecap="round" stroke-linejoin="round"'
    )
    tx, ty = ex - cx, ey - cy  # the curve's direction at its end
    n = math.hypot(tx, ty) or 1.0
    tx, ty = tx / n, ty / n
    wing = 12.0
    a = (ex - wing * (tx + 0.75 * ty), ey - wing * (ty - 0.75 * tx))
    b = (ex - wing * (tx - 0.75 * ty), ey - wing * (ty + 0.75 * tx))
    d = f"M{_fmt(sx)} {_fmt(sy)} Q{_fmt(cx)} {_fmt(cy)} {_fmt(ex)} {_fmt(ey)}"
    return [
        f'<path d="{d}" {line}/>',
        f'<polyline points="{_fmt(a[0])},{_fmt(a[1])} {_fmt(ex)},{_fmt(ey)} '
        f'{_fmt(b[0])},{_fmt(b[1])}" {line}/>',
    ]


ARROW_GAP = 14.0  # px between an arrow's tip and the body part it points at


def drop_arrow(fig: Figure, place: Placement) -> tuple[Px, Px, Px]:
    """The knees' fall as a screen curve (start, control, end): from where the knees stood
    before they rolled, bowing out toward the feet, to just short of the knees where they lie
    now (so the arrow follows the figure). A mirrored figure gets the mirrored arrow."""
    ahead = -1.0 if fig.mirrored else 1.0  # screen x toward the feet
    (up,) = fig.knees_up
    sx, sy = _screen(fig, place, up)
    knees = mul(add(fig.mark("near_knee"), fig.mark("far_knee")), 0.5)
    kx, ky = _screen(fig, place, knees)
    dist = math.hypot(kx - sx, ky - sy) or 1.0
    gap = LEG_R[1] * place.scale + ARROW_GAP
    ex, ey = kx - (kx - sx) / dist * gap, ky - (ky - sy) / dist * gap
    sx, sy = sx + (kx - sx) / dist * 0.15 * dist, sy + (ky - sy) / dist * 0.15 * dist
    bow = 0.35 * math.hypot(ex - sx, ey - sy)
    return (sx, sy), ((sx + ex) / 2 + ahead * bow, (sy + ey) / 2), (ex, ey)


def _drop_mark(fig: Figure, place: Placement) -> list[str]:
    """An accent arrow from where bent knees stood to where they fell: "let them drop"."""
    return _arrow(drop_arrow(fig, place))


def press_arrow(fig: Figure, place: Placement) -> tuple[Px, Px, Px]:
    """A short straight arrow down onto the belly, over the lower back: "press it down"."""
    torso = fig.part("torso")
    low_back = torso.rings[2].centre
    x, _ = _screen(fig, place, low_back)
    top = min(_screen(fig, place, c)[1] - r * place.scale for c, r in torso.rings[2].balls)
    end = top - 6.0
    start = end - 46.0
    return (x, start), (x, (start + end) / 2), (x, end)


def lift_arrow(fig: Figure, place: Placement) -> tuple[Px, Px, Px]:
    """A short straight arrow rising from just above the pelvis: "lift the hips"."""
    torso = fig.part("torso")
    pelvis = torso.rings[0]
    x, _ = _screen(fig, place, pelvis.centre)
    top = min(_screen(fig, place, c)[1] - r * place.scale for c, r in pelvis.balls)
    start = top - 8.0
    end = start - 44.0
    return (x, start), (x, (start + end) / 2), (x, end)


def _press_mark(fig: Figure, place: Placement) -> list[str]:
    return _arrow(press_arrow(fig, place))


ICON_SIZE = 256
ICON_BG = "#1a88a8"  # the app icon keeps its own teal


def render_icon() -> str:
    """The app icon: a white figure in a standing side stretch inside a rounded teal square.

    Drawn by hand on a 256 grid with few, thick shapes so it still reads at 16 px.
    """
    line = 'fill="none" stroke="#ffffff" stroke-linecap="round" stroke-linejoin="round"'
    items = [
        f'<rect x="0" y="0" width="{ICON_SIZE}" height="{ICON_SIZE}" rx="56" fill="{ICON_BG}"/>',
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
