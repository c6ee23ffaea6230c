"""Hypothesis strategies: valid routine documents and arbitrary JSON."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

POSES = ["cat", "cow", "all-fours", "child-pose", "plank", "standing"]

slugs = st.from_regex(r"[a-z0-9][a-z0-9-]{0,20}", fullmatch=True)
texts = st.text(
    alphabet=st.characters(
        min_codepoint=32, max_codepoint=0x2FFF, exclude_categories=("Cs", "Cc", "Zl", "Zp")
    ),
    min_size=1,
    max_size=40,
).filter(lambda s: s.strip())


@st.composite
def breath_docs(draw: st.DrawFn) -> dict[str, int]:
    doc = {"inhale": draw(st.integers(1, 8)), "exhale": draw(st.integers(1, 8))}
    if draw(st.booleans()):
        doc["pause"] = draw(st.integers(0, 4))
    return doc


@st.composite
def hold_docs(draw: st.DrawFn) -> dict[str, Any]:
    kind = draw(st.sampled_from(["seconds", "breaths", "open"]))
    if kind == "seconds":
        return {"seconds": draw(st.integers(1, 120))}
    if kind == "breaths":
        return {"breaths": draw(st.integers(1, 12))}
    doc: dict[str, Any] = {"open": True}
    if draw(st.booleans()):
        doc["estimate"] = draw(st.integers(1, 60))
    return doc


@st.composite
def step_docs(draw: st.DrawFn) -> dict[str, Any]:
    hold = draw(hold_docs())
    doc: dict[str, Any] = {"title": draw(texts), "hold": hold}
    if draw(st.booleans()):
        doc["instructions"] = draw(st.lists(texts, max_size=3))
    if draw(st.booleans()):
        if draw(st.booleans()):
            doc["illustration"] = "pose:" + draw(st.sampled_from(POSES))
        else:
            frames = draw(
                st.lists(
                    st.sampled_from(["lead_in", "hold", "release", "inhale", "pause", "exhale"]),
                    unique=True,
                )
            )
            doc["illustration"] = {"default": "pose:cat"} | {
                key: "pose:" + draw(st.sampled_from(POSES)) for key in frames
            }
            if draw(st.booleans()):  # a description: for the step, or per frame
                described = draw(st.lists(st.sampled_from(["default", *frames]), unique=True))
                doc["illustration"]["alt"] = (
                    {key: draw(texts) for key in described} if described else draw(texts)
                )
    if draw(st.booleans()):
        doc["reps"] = {"count": draw(st.integers(1, 5)), "release": draw(st.integers(0, 10))}
    if draw(st.booleans()):
        doc["sides"] = draw(st.sampled_from(["none", "both", "alternate"]))
    if draw(st.booleans()):
        doc["motion"] = draw(st.sampled_from(["hold", "move"]))
    if draw(st.booleans()):
        doc["breath"] = draw(breath_docs())
    if draw(st.booleans()):
        doc["rest"] = draw(st.integers(0, 30))
    if draw(st.booleans()):
        cues = []
        for _ in range(draw(st.integers(0, 2))):
            if draw(st.booleans()):
                cues.append({"every": draw(st.integers(10, 60)), "text": draw(texts)})
            elif "seconds" in hold and hold["seconds"] > 1:
                cues.append({"at": draw(st.integers(1, hold["seconds"] - 1)), "text": draw(texts)})
        doc["cues"] = cues
    return doc


@st.composite
def routine_docs(draw: st.DrawFn, max_steps: int = 5) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "format": "supple-routine",
        "version": 1,
        "id": draw(slugs),
        "title": draw(texts),
        "steps": draw(st.lists(step_docs(), min_size=1, max_size=max_steps)),
    }
    if draw(st.booleans()):
        doc["defaults"] = {
            "breath": draw(breath_docs()),
            "rest": draw(st.integers(0, 30)),
            "lead_in": draw(st.integers(0, 10)),
        }
    if draw(st.booleans()):
        doc["tags"] = draw(st.lists(slugs, max_size=3))
    if draw(st.booleans()):
        doc["description"] = draw(texts)
    return doc


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=30,
)
