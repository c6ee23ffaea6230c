"""Write the bundled routines in routines/ (run once; the JSON files are committed).

The facts (poses, order, holds, breath and repetition counts, warnings) come
from the seed documents; every sentence is written for Supple. Keeping the
source here makes shared steps (cat-cow appears in two routines) consistent.
Run: python tools/make_routines.py
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

SAFETY = (
    "Move slowly and stay within a range that feels comfortable. Stop if the pain gets "
    "sharper. If the pain lasts, or comes with numbness, tingling or weakness in your "
    "legs, see a doctor or physiotherapist. This routine is guidance, not a diagnosis."
)
CREDIT = (
    "Exercises, holds and counts follow common advice for easing lower-back spasms "
    "(supine twist, cat-cow, child's pose, hip lifts, shoelace stretch, side knee drop, "
    "pelvic tilt, hamstring stretch, prayer pose, walking and core work). Text written "
    "for Supple."
)
RELAX_BREATH = {"inhale": 4, "pause": 0, "exhale": 6}


def routine(
    rid: str,
    title: str,
    description: str,
    tags: list[str],
    steps: list[dict[str, Any]],
    *,
    rest: int = 10,
    lead_in: int = 10,
) -> dict[str, Any]:
    return {
        "format": "supple-routine",
        "version": 1,
        "id": rid,
        "title": title,
        "description": description,
        "tags": tags,
        "language": "en",
        "safety": SAFETY,
        "credit": CREDIT,
        "defaults": {"breath": RELAX_BREATH, "rest": rest, "lead_in": lead_in},
        "steps": steps,
    }


SUPINE_TWIST = {
    "title": "Supine twist",
    "exercise": "supine-twist",
    "instructions": [
        "Lie on your back on the mat with your knees bent.",
        "Let your legs roll to one side, toward the floor, until you feel a stretch.",
        "With every breath, let the stretch deepen a little.",
    ],
    "illustration": {"default": "pose:supine-twist", "lead_in": "pose:supine-twist-start"},
    "hold": {"breaths": 8},
    "sides": "both",
}
CAT_COW = {
    "title": "Cat-cow",
    "exercise": "cat-cow",
    "instructions": [
        "Come onto hands and knees: knees under your hips, wrists under your shoulders.",
        "Breathing in, arch your back slowly and lift your head last.",
        "Breathing out, round your back and let your head drop.",
    ],
    "illustration": {
        "default": "pose:all-fours",
        "inhale": "pose:cow",
        "exhale": "pose:cat",
    },
    "hold": {"breaths": 8},
    "breath": {"inhale": 4, "pause": 0, "exhale": 4},
}
CHILDS_POSE = {
    "title": "Child's pose",
    "exercise": "childs-pose",
    "instructions": [
        "From hands and knees, place your knees as wide or as close as feels good.",
        "Sit back onto your feet, reach your arms forward and lower your chest to your thighs.",
        "Let your arms relax with the elbows on the floor, and breathe slowly.",
    ],
    "illustration": "pose:child-pose",
    "hold": {"seconds": 180},
    "cues": [{"every": 60, "text": "Keep breathing slowly and let your lower back soften."}],
}
HIP_LIFTS = {
    "title": "Hip lifts",
    "exercise": "hip-lifts",
    "instructions": [
        "Lie on your back, knees bent, feet flat, hands resting by your sides.",
        "Tighten your belly and buttocks to protect your lower back.",
        "Lift your hips a little off the floor and hold as long as you can.",
        "Press Done as you lower your hips.",
    ],
    "illustration": {
        "default": "pose:hip-lift-down",
        "hold": "pose:hip-lift-up",
        "release": "pose:hip-lift-down",
    },
    "hold": {"open": True, "estimate": 10},
    "reps": {"count": 8, "release": 5},
}
SHOELACE = {
    "title": "Shoelace stretch",
    "exercise": "shoelace-stretch",
    "instructions": [
        "From hands and knees, cross one knee over the other.",
        "Sit back slowly until your sit bones reach the floor, and sit tall if you can.",
        "Rest your hands on your feet. Feel a stretch in your buttocks and lower back.",
        "No stretch yet? Lean your chest toward your legs.",
        "To come out, lift your hips back onto hands and knees.",
    ],
    "illustration": {"default": "pose:shoelace", "lead_in": "pose:all-fours"},
    "hold": {"seconds": 60},
    "sides": "both",
}
# The shoelace's fold forward (the seed: lean forward if you feel no stretch) gets its own
# step, so its picture shows when it is asked for: a step's frames are keyed by phase, not by
# time, so the 45 s cue of a single 90 s hold could not change the picture. Sitting tall holds
# a minute (the seed's "at least a minute or two"); the fold adds 30 s a side.
SHOELACE_FOLD = {
    "title": "Shoelace fold",
    "exercise": "shoelace-stretch",
    "instructions": [
        "Cross your knees again as in the shoelace stretch and sit down between your feet.",
        "If you feel little stretch, lean your chest forward over your knees.",
        "Rest your hands on the floor in front of you and breathe slowly.",
    ],
    "illustration": {"default": "pose:shoelace-fold", "lead_in": "pose:shoelace"},
    "hold": {"seconds": 30},
    "sides": "both",
}
SIDE_KNEE_DROP = {
    "title": "Side knee drop",
    "exercise": "side-knee-drop",
    "instructions": [
        "Lie on your back and draw your knees toward your chest.",
        "Let both knees fall to one side and rest there.",
        "Keep going side to side until the discomfort eases.",
    ],
    "illustration": {
        "default": "pose:side-knee-drop",
        "lead_in": "pose:knees-to-chest",
        "release": "pose:knees-to-chest",
    },
    "hold": {"seconds": 30},
    "reps": {"count": 2, "release": 5},
    "sides": "both",
}
PELVIC_TILT = {
    "title": "Pelvic tilt",
    "exercise": "pelvic-tilt",
    "instructions": [
        "Lie on your back with your knees bent and feet flat on the floor.",
        "Tighten your belly to press your lower back into the floor.",
        "Hold, then relax.",
    ],
    "illustration": {
        "default": "pose:pelvic-tilt-rest",
        "hold": "pose:pelvic-tilt",
        "release": "pose:pelvic-tilt-rest",
    },
    "hold": {"seconds": 10},
    "reps": {"count": 10, "release": 5},
}
HAMSTRING = {
    "title": "Hamstring stretch",
    "exercise": "hamstring-stretch",
    "instructions": [
        "Sit with one leg straight out in front of you and the other bent.",
        "Lean forward gently and reach toward your toes.",
        "Ease off between holds.",
    ],
    "illustration": "pose:hamstring-stretch",
    "hold": {"seconds": 20},
    "reps": {"count": 5, "release": 5},
    "sides": "both",
}
PRAYER = {
    "title": "Prayer pose",
    "exercise": "prayer-pose",
    "instructions": [
        "Kneel on the floor and sit back toward your heels.",
        "Stretch your arms forward along the floor and rest your forehead down.",
        "Let your back lengthen and relax.",
    ],
    "illustration": "pose:prayer-pose",
    "hold": {"seconds": 30},
}
MARCH = {
    "title": "Warm-up march",
    "exercise": "warm-up-march",
    "instructions": [
        "Stand tall and march gently on the spot, lifting your knees a little.",
        "Let your arms swing, and roll your shoulders back now and then.",
    ],
    "illustration": {"default": "pose:march", "lead_in": "pose:standing"},
    "hold": {"seconds": 120},
    "motion": "move",
    "cues": [{"at": 60, "text": "Roll your shoulders back a few times."}],
}
WALK = {
    "title": "Walk with good posture",
    "exercise": "posture-walk",
    "instructions": [
        "Walk at an easy, comfortable pace.",
        "Keep your spine tall and neutral and your belly lightly engaged.",
        "Take short strides and keep your shoulders relaxed.",
        "Slow down or stop if the pain gets sharper.",
    ],
    "illustration": {"default": "pose:walking", "lead_in": "pose:standing"},
    "hold": {"seconds": 600},
    "motion": "move",
    "cues": [{"every": 120, "text": "Posture check: tall spine, belly engaged, short strides."}],
}
COOL_DOWN = {
    "title": "Cool-down walk",
    "exercise": "cool-down-walk",
    "instructions": [
        "Slow your pace right down.",
        "Breathe easily and let your shoulders drop.",
    ],
    "illustration": "pose:walking",
    "hold": {"seconds": 120},
    "motion": "move",
}
BRIDGE = {
    "title": "Bridge",
    "exercise": "bridge",
    "instructions": [
        "Lie on your back, knees bent, feet flat and hip-width apart.",
        "Tighten your belly and buttocks, then lift your hips until your body is a straight "
        "line from shoulders to knees.",
        "Hold, then lower slowly.",
    ],
    "illustration": {
        "default": "pose:hip-lift-down",
        "hold": "pose:bridge-up",
        "release": "pose:hip-lift-down",
    },
    "hold": {"seconds": 10},
    "reps": {"count": 8, "release": 4},
}
PLANK = {
    "title": "Forearm plank",
    "exercise": "plank",
    "instructions": [
        "Rest on your forearms and toes, elbows under your shoulders.",
        "Keep one straight line from head to heels; tighten your belly.",
        "Too hard? Drop your knees to the floor.",
    ],
    "illustration": {
        "default": "pose:plank",
        "lead_in": "pose:all-fours",
        "release": "pose:child-pose",
    },
    "hold": {"seconds": 20},
    "reps": {"count": 3, "release": 15},
}

ROUTINES = {
    "lower-back-spasm-relief": routine(
        "lower-back-spasm-relief",
        "Lower-back spasm relief",
        "Five gentle moves that loosen the lower back when a spasm strikes: a supine "
        "twist, cat-cow, child's pose, hip lifts and the shoelace stretch. Done daily they "
        "also help prevent the next one.",
        ["back", "relief", "stretch", "floor"],
        [SUPINE_TWIST, CAT_COW, CHILDS_POSE, HIP_LIFTS, SHOELACE, SHOELACE_FOLD],
    ),
    "quick-spasm-relief": routine(
        "quick-spasm-relief",
        "Quick spasm relief",
        "Four short floor stretches for a back in spasm: side knee drops, pelvic tilts, "
        "a hamstring stretch and prayer pose.",
        ["back", "relief", "quick", "floor"],
        [SIDE_KNEE_DROP, PELVIC_TILT, HAMSTRING, PRAYER],
        rest=10,
    ),
    "back-walk": routine(
        "back-walk",
        "A walk for the lower back",
        "Walking is low impact and gets blood flowing to tight back muscles. Warm up, walk "
        "with good posture, then cool down. Start short and lengthen your walks as your "
        "back grows stronger. Drink some water before and after.",
        ["back", "walking", "posture", "standing"],
        [MARCH, WALK, COOL_DOWN],
        rest=5,
    ),
    "daily-back-care": routine(
        "daily-back-care",
        "Daily back care",
        "A short daily routine to keep spasms away: warm up, mobilise the spine, then "
        "build the core and hip strength that support your back, and finish with a "
        "stretch.",
        ["back", "core", "posture", "prevention", "floor"],
        [
            MARCH | {"hold": {"seconds": 60}, "cues": []},
            CAT_COW,
            PELVIC_TILT | {"reps": {"count": 8, "release": 4}},
            BRIDGE,
            PLANK,
            HAMSTRING | {"reps": {"count": 2, "release": 5}},
            CHILDS_POSE | {"hold": {"seconds": 60}, "cues": []},
        ],
    ),
}


def main() -> None:
    out = ROOT / "routines"
    out.mkdir(exist_ok=True)
    for rid, doc in ROUTINES.items():
        text = json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
        (out / f"{rid}.json").write_text(text, encoding="utf-8")
        print(f"wrote routines/{rid}.json")


if __name__ == "__main__":
    main()
