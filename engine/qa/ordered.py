"""What the order itself changes, so QA does not count it as a defect.

QA's artifact checks measure change that no camera move explains. Some orders ask for exactly
that: falling snow or petals draw new detail every frame (the texture check reads it as
boiling, the warp check as bending), fog and a light leak wash over the picture (the scene
match drops), flickering flames are brightness pops, a motion brush makes one region flow, a
still camera with nothing else moving is a "freeze". Without this, the embedded engine's own
renders of those orders were refused three times and the job ended `failed_qa`.

`allowances(spec, ...)` names, per QA part, why the order moves it; `assess` then reports
that part as not judged (its raw measurement stays in the details) and judges every other
part as usual: a snow clip must still show the photo's person and scene, keep its sharpness,
never freeze, go black or come out in the wrong size.
"""

from __future__ import annotations

from collections.abc import Sequence

import cv2
import numpy as np

from engine.spec import CameraMove, EffectKind, GenerationSpec, polygon_area
from engine.vision.faces import FaceBox

# Overlays that draw moving detail over the picture (particles, wisps).
_DRAWN_OVER = {
    EffectKind.SNOW: "falling snow",
    EffectKind.RAIN: "rain",
    EffectKind.PETALS: "drifting petals",
    EffectKind.FALLING_LEAVES: "falling leaves",
    EffectKind.SPARKLES: "sparkles",
    EffectKind.STEAM: "rising steam",
    EffectKind.SMOKE: "rising smoke",
    EffectKind.FOG: "drifting fog",
}
# Overlays that move over the whole frame: even under a still camera a freeze shows.
_WHOLE_FRAME = frozenset(
    {EffectKind.SNOW, EffectKind.RAIN, EffectKind.PETALS, EffectKind.FALLING_LEAVES}
)
# A brush over this much of the photo reshapes the scene the frames are matched against.
BRUSH_RESHAPES_SCENE = 0.4


def allowances(
    spec: GenerationSpec,
    *,
    photo_faces: Sequence[FaceBox] = (),
    photo_size: tuple[int, int] = (1, 1),
) -> dict[str, str]:
    """QA part -> why the order changes what it measures. `photo_faces` in the photo's pixels
    (`photo_size` = width, height): a brushed region over a face lets the face change."""
    allowed: dict[str, str] = {}

    def allow(part: str, why: str) -> None:
        allowed.setdefault(part, why)

    kinds = {effect.kind for effect in spec.effects}
    for kind, name in _DRAWN_OVER.items():
        if kind in kinds:
            allow("texture", f"{name} was ordered")
            allow("warp", f"{name} was ordered")
    if EffectKind.FOG in kinds:
        allow("same_scene", "drifting fog was ordered")
        allow("sharpness", "drifting fog was ordered")
    if EffectKind.FLICKER in kinds:
        allow("flicker", "flickering light was ordered")
    if EffectKind.LIGHT_LEAK in kinds:
        for part in ("same_scene", "flicker", "warp"):
            allow(part, "a light leak was ordered")
    if spec.brush is not None:
        allow("texture", "a motion brush was ordered")
        allow("warp", "a motion brush was ordered")
        width, height = photo_size
        region = np.array(spec.brush.region, np.float32)
        for face in photo_faces:
            centre = ((face.x + face.w / 2) / width, (face.y + face.h / 2) / height)
            if cv2.pointPolygonTest(region, centre, measureDist=False) >= 0:
                allow("identity", "the motion brush covers a face")
        if polygon_area(spec.brush.region) >= BRUSH_RESHAPES_SCENE:
            allow("same_scene", "the motion brush covers most of the photo")
    if spec.camera is CameraMove.NONE and not kinds & _WHOLE_FRAME:
        # A cinemagraph: a flame, a wisp or a brushed region moves, the rest holds still,
        # and H.264 turns the held parts into near repeats that read as a freeze.
        allow(
            "frozen",
            "a still camera with local motion was ordered"
            if kinds or spec.brush is not None
            else "a still picture was ordered",
        )
    return allowed


def not_judged_lines(not_judged: dict[str, str]) -> list[str]:
    """One line per reason: "texture and warp not judged: falling snow was ordered"."""
    by_reason: dict[str, list[str]] = {}
    for part, why in sorted(not_judged.items()):  # sorted: stored as jsonb, keys reordered
        by_reason.setdefault(why, []).append(part.replace("_", " "))
    return [f"{' and '.join(parts)} not judged: {why}" for why, parts in by_reason.items()]
