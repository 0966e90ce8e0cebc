"""The motion brush: the painted region flows along its arrows, the rest stays still, anchors
stay put, and a looping clip loops."""

from __future__ import annotations

import itertools
from pathlib import Path

import cv2
import numpy as np
import pytest

from engine.motion import engine
from engine.motion.brush import BrushFlow
from engine.motion.encode import decode_bgr_frames
from engine.spec import BrushArrow, CameraMove, GenerationSpec, MotionBrush, Ratio, Resolution

# The lake photo (640x600) in a 540x540 frame: the water (its lower half) is rows 270..540.
WATER = ((0.0, 0.55), (1.0, 0.55), (1.0, 1.0), (0.0, 1.0))
RIGHT = BrushArrow(start=(0.2, 0.75), end=(0.45, 0.75))
STILL = {
    "resolution": Resolution.P540,
    "ratio": Ratio.SQUARE,
    "duration_s": 2.0,
    "camera": CameraMove.NONE,
}


def _frames(photo: Path, brush: MotionBrush, **changes: object) -> list[np.ndarray]:
    spec = GenerationSpec(**{**STILL, "brush": brush, **changes})  # type: ignore[arg-type]
    scene = engine.prepare_scene(photo, spec)
    return [f.copy() for f in engine.generate_frames(scene, spec.frame_count)]


def _motion(frames: list[np.ndarray]) -> np.ndarray:
    return np.mean(
        [np.abs(a.astype(np.int16) - b).mean(axis=2) for a, b in itertools.pairwise(frames)], 0
    )


def test_brush_moves_pixels_inside_the_region_and_none_outside(photos: dict[str, Path]) -> None:
    frames = _frames(photos["lake"], MotionBrush(region=WATER, arrows=(RIGHT,)))
    motion = _motion(frames)
    inside, outside = motion[330:530].mean(), motion[:250].mean()
    assert inside > 1.0
    # Outside the region (and its feathered edge) the picture is untouched, bit for bit.
    assert outside == 0.0
    assert all(np.array_equal(f[:250], frames[0][:250]) for f in frames)


@pytest.mark.parametrize(
    ("arrow", "sign"), [(RIGHT, 1), (BrushArrow((0.45, 0.75), (0.2, 0.75)), -1)]
)
def test_brushed_content_travels_along_the_arrow(
    photos: dict[str, Path], arrow: BrushArrow, sign: int
) -> None:
    frames = _frames(photos["lake"], MotionBrush(region=WATER, arrows=(arrow,)))
    grey = [cv2.cvtColor(f[340:520, 60:480], cv2.COLOR_BGR2GRAY).astype(np.float32) for f in frames]
    (dx, dy), _ = cv2.phaseCorrelate(grey[0], grey[4])  # early in the first cycle: phase A
    assert sign * dx > 1.0 and abs(dy) < 0.5 * abs(dx)


def test_anchors_stay_still(photos: dict[str, Path]) -> None:
    anchored = MotionBrush(region=WATER, arrows=(RIGHT,), anchors=((0.5, 0.78),))
    motion = _motion(_frames(photos["lake"], anchored))
    free = _motion(_frames(photos["lake"], MotionBrush(region=WATER, arrows=(RIGHT,))))
    # The anchor is at (270, 421) on screen; the flow is pinned within ~24 px of it.
    at_anchor = motion[414:429, 263:278].mean()
    assert free[414:429, 263:278].mean() > 1.0  # it would move without the anchor
    assert at_anchor < 0.1 * free[414:429, 263:278].mean()
    assert motion[330:530, 20:150].mean() > 0.7 * free[330:530, 20:150].mean()  # far: flows


def test_looping_brush_loops_seamlessly_in_whole_cycles(photos: dict[str, Path]) -> None:
    brush = MotionBrush(region=WATER, arrows=(RIGHT,))
    spec = GenerationSpec(**{**STILL, "brush": brush, "loop": True})  # type: ignore[arg-type]
    scene = engine.prepare_scene(photos["lake"], spec)
    (flow,) = [e for e in scene.effects if isinstance(e, BrushFlow)]
    cycles = spec.duration_s / flow.cycle_s
    assert cycles == pytest.approx(round(cycles)) and round(cycles) >= 1
    frames = [f.copy() for f in engine.generate_frames(scene, spec.frame_count)]

    def dist(a: np.ndarray, b: np.ndarray) -> float:
        return float(np.abs(a.astype(np.int16) - b).mean())

    steps = [dist(a, b) for a, b in itertools.pairwise(frames)]
    assert np.median(steps) > 0.3
    assert dist(frames[-1], frames[0]) <= 1.5 * np.median(steps) + 0.05


def test_a_curved_flow_follows_two_arrows(photos: dict[str, Path]) -> None:
    """Left half flows down, right half flows up: each side moves its own way."""
    region = ((0.05, 0.55), (0.95, 0.55), (0.95, 0.98), (0.05, 0.98))
    down = BrushArrow((0.2, 0.65), (0.2, 0.85))
    up = BrushArrow((0.8, 0.85), (0.8, 0.65))
    frames = _frames(photos["lake"], MotionBrush(region=region, arrows=(down, up)))
    shifts = []
    for cols in (slice(40, 160), slice(380, 500)):
        a = cv2.cvtColor(frames[0][330:510, cols], cv2.COLOR_BGR2GRAY).astype(np.float32)
        b = cv2.cvtColor(frames[4][330:510, cols], cv2.COLOR_BGR2GRAY).astype(np.float32)
        shifts.append(cv2.phaseCorrelate(a, b)[0][1])
    assert shifts[0] > 0.5 and shifts[1] < -0.5


def test_a_brushed_clip_renders_end_to_end(tmp_path: Path, photos: dict[str, Path]) -> None:
    brush = MotionBrush(region=WATER, arrows=(RIGHT,), anchors=((0.8, 0.9),))
    spec = GenerationSpec(**{**STILL, "brush": brush})  # type: ignore[arg-type]
    result = engine.render(source=photos["lake"], spec=spec, out_path=tmp_path / "b.mp4")
    motion = _motion(list(decode_bgr_frames(result.out_path)))
    assert motion[330:530].mean() > 5 * motion[:230].mean() + 0.3
