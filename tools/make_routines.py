"""Write the bundled routines in routines/ (run once; the JSON files are committed).

The facts (poses, order, holds, breath and repetition counts, warnings and
advice) come from the seed documents in ../shared/seeds/; every sentence is
written for Supple. Where the seeds give no number, the number is Supple's own
choice, and each such place below says so with a comment starting
"Supple's choice". Those are: the warm-up march, the walk and the cool-down
(their minutes), the bridge and the plank (holds, repetitions and releases),
the pelvic tilt's repetitions (the seed: "as needed"), the side knee drop's
four turns (the seed: "until the discomfort eases"), every rest, lead-in and
release between repetitions, and the relaxed breath pace (4 s in, 6 s out).

Sides: the player does the left side first (session/fit.py FIRST_SIDE) and
shows the pictures as drawn on the left, mirrored on the right; so every step
with sides says which side is which in those terms ("left knee on top").

Each picture has a description for screen readers (``alt``), written in
POSE_ALT once per bundled pose and attached to whatever frames a step uses.

Each routine carries its words in German and Spanish too (format version 2's
``translations``), from tools/routine_translations.py: the same facts, in words
written for Supple.

Keeping the source here makes shared steps (cat-cow appears in two routines)
consistent. Run: python tools/make_routines.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))  # also when loaded by a test
import routine_translations as words

ROOT = Path(__file__).resolve().parent.parent

SAFETY = (
    "Move slowly and stay within a range that feels comfortable. Stop if the pain gets "
    "sharper. See a doctor or physiotherapist if the pain is severe, if it lasts or keeps "
    "getting worse, or if it comes with numbness, tingling or weakness in your legs. This "
    "routine is guidance, not a diagnosis."
)
# What to do during a spasm (seeds: short rest, then gentle movement; no complete
# inactivity beyond 48-72 hours; heat relaxes the muscle; hot or cold compresses;
# fluids prevent cramps).
IN_A_SPASM = (
    "In a spasm: rest for a short while if you need to, then keep moving gently, with "
    "stretches like these. Don't stay in bed for more than two or three days: lying still "
    "for longer weakens the muscles. Warmth (or a cold pack) can help the muscle let go, "
    "and drink enough water."
)
KNEE_PAD = "Sensitive knees? Kneel on a folded towel or blanket."
CREDIT = (
    "Exercises, holds and counts follow common advice for easing lower-back spasms "
    "(supine twist, cat-cow, child's pose, hip lifts, shoelace stretch, side knee drop, "
    "pelvic tilt, hamstring stretch, prayer pose, walking and core work). Where that "
    "advice gives no number (the rests, the warm-up, walk and cool-down minutes, the "
    "bridge, plank and hip-lift holds), Supple chose one. Text written for Supple."
)
RELAX_BREATH = {"inhale": 4, "pause": 0, "exhale": 6}  # Supple's choice: a slow, easy pace

# What each bundled picture shows, as a person would describe it. Pictures are drawn
# for the left side (the player mirrors them on the right).
POSE_ALT = {
    "all-fours": "On hands and knees, back flat, knees under the hips, wrists under the shoulders",
    "cow": "On hands and knees, back arched down, head lifted",
    "cat": "On hands and knees, back rounded up, head dropped",
    "child-pose": "Kneeling and sitting back on the heels, chest resting on the thighs, "
    "forehead down, arms relaxed forward with the elbows on the floor",
    "prayer-pose": "Kneeling and sitting back toward the heels, forehead on the floor, arms "
    "stretched long in front, palms pressed together",
    "hip-lift-down": "Lying on your back, knees bent, feet flat on the floor, arms by your sides",
    "hip-lift-up": "Lying on your back, knees bent, arms by your sides, hips lifted a little "
    "off the floor",
    "bridge-up": "Lying on your back, hips lifted high: one straight line from shoulders to knees",
    "pelvic-tilt": "Lying on your back, knees bent, lower back pressed flat into the floor",
    "supine-twist": "Lying on your back, shoulders flat, bent knees rolled together to the left",
    "supine-twist-start": "Lying on your back, arms spread wide, knees bent and together, "
    "pointing up",
    "pelvic-tilt-rest": "Lying on your back, knees bent, feet flat, a small hollow under the "
    "lower back",
    "knees-to-chest": "Lying on your back, knees drawn up to the chest, hands holding the shins",
    "side-knee-drop": "Lying on your back, arms by your sides, knees bent and falling together "
    "to the left",
    "shoelace": "Sitting on the floor, knees stacked with the left knee on top, hands on the "
    "feet, back tall",
    "shoelace-fold": "Sitting on the floor, knees stacked with the left knee on top, chest "
    "folded forward over the legs",
    "hamstring-stretch": "Sitting on the floor, left leg straight, right leg bent, leaning "
    "forward to reach toward the left toes",
    "plank": "Resting on forearms and toes, body in one straight line from head to heels",
    "standing": "Standing tall, arms relaxed by your sides",
    "march": "Standing tall, marching on the spot with one knee lifted",
    "walking": "Walking upright mid-stride, arms swinging",
}


def alt_for(
    illustration: str | dict[str, str], described_as: dict[str, str] = POSE_ALT
) -> str | dict[str, str]:
    """The description of each frame of ``illustration``, from POSE_ALT (or another
    language's ``described_as``): one text when every frame shows the same thing, else
    the default's plus each frame that differs."""
    frames = {"default": illustration} if isinstance(illustration, str) else illustration
    texts: dict[str, str] = {}
    for key, ref in frames.items():
        pose = ref.removeprefix("pose:")
        if pose not in described_as:
            raise SystemExit(f"make_routines: no description for {ref!r}")
        texts[key] = described_as[pose]
    default = texts["default"]
    differ = {key: text for key, text in texts.items() if key != "default" and text != default}
    return {"default": default, **differ} if differ else default


def described(step: dict[str, Any]) -> dict[str, Any]:
    """``step`` with its pictures' descriptions (``alt``) in its illustration."""
    illustration = step["illustration"]
    frames = {"default": illustration} if isinstance(illustration, str) else dict(illustration)
    frames.pop("alt", None)
    return step | {"illustration": frames | {"alt": alt_for(frames)}}


def routine(
    rid: str,
    title: str,
    description: str,
    tags: list[str],
    steps: list[dict[str, Any]],
    *,
    rest: int = 10,
    lead_in: int = 10,
    cover: str | None = None,
) -> dict[str, Any]:
    doc = {
        "format": "supple-routine",
        "version": 2,  # 2: it has translations
        "id": rid,
        "title": title,
        "description": description,
        "tags": tags,
        "language": "en",
        "safety": SAFETY,
        "credit": CREDIT,
        "defaults": {"breath": RELAX_BREATH, "rest": rest, "lead_in": lead_in},
    }
    if cover is not None:  # the library's picture, when the first step's is not telling
        doc["cover"] = cover
    doc["steps"] = [described(step) for step in steps]
    doc["translations"] = {
        language: translated(rid, description, steps, language) for language in words.LANGUAGES
    }
    return doc


def translated(
    rid: str, description: str, steps: list[dict[str, Any]], language: str
) -> dict[str, Any]:
    """The routine's words in ``language`` (routine_translations.py), step by step."""
    own = words.ROUTINES[rid][language]
    text = own["description"]
    if IN_A_SPASM in description:
        text += "\n\n" + words.IN_A_SPASM[language]
    doc: dict[str, Any] = {
        "title": own["title"],
        "description": text,
        "safety": words.SAFETY[language],
    }
    doc["steps"] = [step_text(step, language) for step in steps]
    return doc


def step_text(step: dict[str, Any], language: str) -> dict[str, Any]:
    said = words.STEPS[step["title"]][language]
    lines = [words.KNEE_PAD[language] if line is None else line for line in said["instructions"]]
    if len(lines) != len(step.get("instructions", [])):
        raise SystemExit(f"make_routines: {step['title']!r} in {language}: not every line")
    doc: dict[str, Any] = {"title": said["title"], "instructions": lines}
    cues = step.get("cues") or []
    if cues:
        texts = said.get("cues", [])
        if len(texts) != len(cues):
            raise SystemExit(f"make_routines: {step['title']!r} in {language}: cues differ")
        doc["cues"] = texts
    illustration = step["illustration"]
    frames = {"default": illustration} if isinstance(illustration, str) else dict(illustration)
    frames.pop("alt", None)
    doc["alt"] = alt_for(frames, words.POSE_ALT[language])
    return doc


SUPINE_TWIST = {
    "title": "Supine twist",
    "exercise": "supine-twist",
    "instructions": [
        "Lie on your back on the mat with your knees bent.",
        "Left side: let both knees roll to your left, toward the floor, until you feel a stretch.",
        "Right side: roll them to your right in the same way.",
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
        KNEE_PAD,
    ],
    "illustration": {
        "default": "pose:all-fours",
        "inhale": "pose:cow",
        "exhale": "pose:cat",
    },
    "hold": {"breaths": 8},  # the seed: 7-10 times
    "breath": {"inhale": 4, "pause": 0, "exhale": 4},  # Supple's choice
}
CHILDS_POSE = {
    "title": "Child's pose",
    "exercise": "childs-pose",
    "instructions": [
        "From hands and knees, place your knees as wide or as close as feels good.",
        "Sit back onto your feet, reach your arms forward and lower your chest to your thighs.",
        "Let your arms relax with the elbows on the floor, and breathe slowly.",
        KNEE_PAD,
    ],
    "illustration": "pose:child-pose",
    "hold": {"seconds": 180},  # the seed: at least a few minutes
    "cues": [{"every": 60, "text": "Keep breathing slowly and let your lower back soften."}],
}
HIP_LIFTS = {
    "title": "Hip lifts",
    "exercise": "hip-lifts",
    "instructions": [
        "Lie on your back, knees bent, feet flat, hands resting by your sides.",
        "Tighten your belly and buttocks to protect your lower back.",
        "Lift your hips a little off the floor and hold them up while the count runs.",
        "Lower your hips when the count ends, or sooner: rest whenever you need.",
    ],
    "illustration": {
        "default": "pose:hip-lift-down",
        "hold": "pose:hip-lift-up",
        "release": "pose:hip-lift-down",
    },
    # The seed says "as long as you can"; a timed hold (Supple's choice) keeps the routine
    # hands-free, and the cue leaves the person free to come down sooner.
    "hold": {"seconds": 10},
    "cues": [{"at": 4, "text": "Lower your hips whenever you need a rest."}],
    "reps": {"count": 8, "release": 5},  # the seed: 7-10 times
}
SHOELACE = {
    "title": "Shoelace stretch",
    "exercise": "shoelace-stretch",
    "instructions": [
        "From hands and knees, cross your left knee over the right (on the right side, "
        "the right knee on top).",
        "Sit back slowly until your sit bones reach the floor; sit tall if you can.",
        "Hands on your feet, feel a stretch in your buttocks and lower back. No stretch "
        "yet? Lean your chest toward your legs.",
        "To come out, lift your hips back onto hands and knees.",
        KNEE_PAD,
    ],
    "illustration": {"default": "pose:shoelace", "lead_in": "pose:all-fours"},
    "hold": {"seconds": 60},  # the seed: at least a minute (the fold step adds 30 s)
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
        "Cross your knees again as in the shoelace stretch, left knee on top (on the right "
        "side, the right knee), and sit down between your feet.",
        "If you feel little stretch, lean your chest forward over your knees.",
        "Rest your hands on the floor in front of you and breathe slowly.",
        KNEE_PAD,
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
        "Let both knees fall to the left and rest there.",
        "Bring them back to the middle, then let them fall to the right.",
        "Keep going side to side until the discomfort eases.",
    ],
    "illustration": {
        "default": "pose:side-knee-drop",
        "lead_in": "pose:knees-to-chest",
        "release": "pose:knees-to-chest",
    },
    "hold": {"seconds": 30},  # the seed: 30 s, then the other side
    # Supple's choice: four turns, left, right, left, right (the seed: until it eases).
    "reps": {"count": 4, "release": 5},
    "sides": "alternate",
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
    "hold": {"seconds": 10},  # the seed: 10 s
    "reps": {"count": 10, "release": 5},  # Supple's choice (the seed: as often as needed)
}
HAMSTRING = {
    "title": "Hamstring stretch",
    "exercise": "hamstring-stretch",
    "instructions": [
        "Sit with one leg straight out in front of you and the other bent: straight left "
        "leg for the left side, straight right leg for the right.",
        "Lean forward gently and reach toward the toes of the straight leg.",
        "Ease off between holds.",
    ],
    "illustration": "pose:hamstring-stretch",
    "hold": {"seconds": 20},  # the seed: 15-20 s
    "reps": {"count": 5, "release": 5},  # the seed: 5-8 repetitions
    "sides": "both",
}
PRAYER = {
    "title": "Prayer pose",
    "exercise": "prayer-pose",
    "instructions": [
        "Kneel on the floor and sit back toward your heels.",
        "Stretch your arms forward along the floor and rest your forehead down.",
        "Let your back lengthen and relax.",
        KNEE_PAD,
    ],
    "illustration": "pose:prayer-pose",
    "hold": {"seconds": 30},  # the seed: 30 s
}
MARCH = {
    "title": "Warm-up march",
    "exercise": "warm-up-march",
    "instructions": [
        "Stand tall and march gently on the spot, lifting your knees a little.",
        "Let your arms swing, and roll your shoulders back now and then.",
    ],
    "illustration": {"default": "pose:march", "lead_in": "pose:standing"},
    "hold": {"seconds": 120},  # Supple's choice (the seeds: warm up before a walk)
    "motion": "move",
    "cues": [{"at": 60, "text": "Roll your shoulders back a few times."}],
}
WALK = {
    "title": "Walk with good posture",
    "exercise": "posture-walk",
    "instructions": [
        "Walk at an easy, comfortable pace, in supportive shoes and on even ground.",
        "Keep your spine tall and neutral and your belly lightly engaged; don't slouch or "
        "lean forward.",
        "Take short strides and keep your shoulders relaxed.",
        "On a long walk or a hot day, take water and drink along the way.",
        "Slow down or stop if the pain gets sharper.",
    ],
    "illustration": {"default": "pose:walking", "lead_in": "pose:standing"},
    "hold": {"seconds": 600},  # Supple's choice (the seed: start short, build up)
    "motion": "move",
    "cues": [{"every": 120, "text": "Posture check: stand tall, no slouching, short strides."}],
}
COOL_DOWN = {
    "title": "Cool-down walk",
    "exercise": "cool-down-walk",
    "instructions": [
        "Slow your pace right down.",
        "Breathe easily and let your shoulders drop.",
    ],
    "illustration": "pose:walking",
    "hold": {"seconds": 120},  # Supple's choice
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
    # Supple's choice: the seeds name strength work for the back but give no numbers.
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
    # Supple's choice: the seeds name planks for the core but give no numbers.
    "hold": {"seconds": 20},
    "reps": {"count": 3, "release": 15},
}
# The desk break (a movement-break reminder's routine): the seeds' advice to stand up
# often rather than sit for long, and to stand and walk with the spine aligned, the
# shoulders relaxed and short strides. The times are Supple's choice: under 3 minutes.
STAND_UP = {
    "title": "Stand up tall",
    "exercise": "stand-tall",
    "instructions": [
        "Get up from your chair and stand with your feet hip-width apart.",
        "Let your spine grow tall and your shoulders drop; tighten your belly a little.",
    ],
    "illustration": "pose:standing",
    "hold": {"seconds": 15},
}
DESK_MARCH = {
    "title": "March on the spot",
    "exercise": "warm-up-march",
    "instructions": [
        "March gently on the spot and let your arms swing.",
        "Sitting still stiffens the back; a little movement loosens it again.",
    ],
    "illustration": {"default": "pose:march", "lead_in": "pose:standing"},
    "hold": {"seconds": 30},
    "motion": "move",
    "cues": [{"at": 15, "text": "Roll your shoulders back a few times."}],
}
ROOM_WALK = {
    "title": "A walk round the room",
    "exercise": "posture-walk",
    "instructions": [
        "Walk around the room or down the corridor, with short, easy strides.",
        "Stay upright: no leaning forward, no slouching.",
        "Passing the kitchen? Have a glass of water.",
    ],
    "illustration": {"default": "pose:walking", "lead_in": "pose:standing"},
    "hold": {"seconds": 50},
    "motion": "move",
    "cues": [
        {"at": 15, "text": "Shoulders relaxed, spine tall, short strides."},
        {"at": 35, "text": "When you sit down again, sit back in the chair, shoulders relaxed."},
    ],
}
ROUTINES = {
    "lower-back-spasm-relief": routine(
        "lower-back-spasm-relief",
        "Lower-back spasm relief",
        "Five gentle moves that loosen the lower back when a spasm strikes: a supine "
        "twist, cat-cow, child's pose, hip lifts and the shoelace stretch. Done daily they "
        "also help prevent the next one.\n\n" + IN_A_SPASM,
        ["back", "relief", "stretch", "floor"],
        [SUPINE_TWIST, CAT_COW, CHILDS_POSE, HIP_LIFTS, SHOELACE, SHOELACE_FOLD],
    ),
    "quick-spasm-relief": routine(
        "quick-spasm-relief",
        "Quick spasm relief",
        "Four short floor stretches for a back in spasm: side knee drops, pelvic tilts, "
        "a hamstring stretch and prayer pose.\n\n" + IN_A_SPASM,
        ["back", "relief", "quick", "floor"],
        [SIDE_KNEE_DROP, PELVIC_TILT, HAMSTRING, PRAYER],
        rest=10,
    ),
    "back-walk": routine(
        "back-walk",
        "A walk for the lower back",
        "Walking is low impact and gets blood flowing to tight back muscles. Warm up, walk "
        "with good posture, then cool down. Start short and lengthen your walks as your "
        "back grows stronger.\n\nWear supportive shoes, keep to even ground and stand tall "
        "rather than slouching. Drink water before and after, and during a long walk or "
        "on a hot day.\n\nSoon after an injury, such as a fall or whiplash, walking can be "
        "hard and may hurt; begin with gentler movement instead, such as the floor "
        "routines, yoga or tai chi.",
        ["back", "walking", "posture", "standing"],
        [MARCH, WALK, COOL_DOWN],
        rest=5,
        cover="pose:walking",  # it opens with the same march as Daily back care
    ),
    "daily-back-care": routine(
        "daily-back-care",
        "Daily back care",
        "For when the sharp pain of a spasm has settled: the bridge and plank build "
        "strength, which a back in spasm is not ready for (use a relief routine then).\n\n"
        "A short daily routine to keep spasms away: warm up, mobilise the spine, then "
        "build the core and hip strength that support your back, and finish with a "
        "long stretch.",
        ["back", "core", "posture", "prevention", "floor"],
        [
            MARCH | {"hold": {"seconds": 60}, "cues": []},  # Supple's choice: 1 minute
            CAT_COW,
            PELVIC_TILT | {"reps": {"count": 8, "release": 4}},  # Supple's choice
            BRIDGE,
            PLANK,
            HAMSTRING,  # the seed's 5-8 repetitions, as in the relief routine
            CHILDS_POSE,  # the seed's few minutes
        ],
        cover="pose:bridge-up",
    ),
    "desk-break": routine(
        "desk-break",
        "Desk break",
        "A short standing break for when you have sat at the computer too long: stand up "
        "tall, march on the spot and walk round the room, then sit down again with a better "
        "posture. "
        "Sitting for long stiffens the back; getting up often is one of the simplest ways "
        "to keep spasms away. Supple suggests it after a stretch of continuous computer "
        "use when movement breaks are on.",
        ["back", "posture", "standing", "quick", "break"],
        [STAND_UP, DESK_MARCH, ROOM_WALK],
        rest=5,
        lead_in=5,
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
