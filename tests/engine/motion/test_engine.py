from __future__ import annotations

import itertools
from pathlib import Path

import numpy as np
import pytest

from engine.motion import camera, engine
from engine.motion.encode import decode_bgr_frames, probe
from engine.motion.engine import RenderResult, render
from engine.motion.errors import ImageTooSmall
from engine.spec import CameraMove, EffectKind, GenerationSpec, Ratio, RegionEffect, Resolution
from tests.engine.motion.conftest import ASTRONAUT_FACE, GRACE_FACE

FAST = {"resolution": Resolution.P540, "duration_s": 2.0, "fps": 24}


def _render(
    tmp_path: Path, photo: Path, name: str, **spec_fields: object
) -> tuple[RenderResult, list[np.ndarray]]:
    boxes = spec_fields.pop("boxes", ())
    spec = GenerationSpec(**{**FAST, **spec_fields})  # type: ignore[arg-type]
    result = render(
        source=photo,
        spec=spec,
        out_path=tmp_path / f"{name}.mp4",
        poster_path=tmp_path / f"{name}.jpg",
        subject_boxes=boxes,  # type: ignore[arg-type]
    )
    frames = list(decode_bgr_frames(result.out_path))
    return result, frames


def _motion(frames: list[np.ndarray]) -> np.ndarray:
    """Per-pixel mean absolute change across the clip (grey levels)."""
    stack = np.stack([f.mean(axis=2) for f in frames[:: max(1, len(frames) // 8)]])
    return np.abs(np.diff(stack, axis=0)).mean(axis=0)


def _frame_diffs(frames: list[np.ndarray]) -> np.ndarray:
    return np.array(
        [
            np.abs(a.astype(np.int16) - b.astype(np.int16)).mean()
            for a, b in itertools.pairwise(frames)
        ]
    )


@pytest.mark.parametrize("move", list(CameraMove))
def test_every_camera_move_makes_a_valid_smooth_clip(
    tmp_path: Path, photos: dict[str, Path], move: CameraMove
) -> None:
    boxes = (ASTRONAUT_FACE,) if move in (CameraMove.PARALLAX, CameraMove.ORBIT) else ()
    result, frames = _render(tmp_path, photos["astronaut"], move.value, camera=move, boxes=boxes)
    info = probe(result.out_path)
    assert (info.width, info.height) == (540, 960) == (result.width, result.height)
    assert info.frames == result.frames == len(frames) == 48
    assert info.duration_s == pytest.approx(2.0, abs=0.01)
    assert (info.codec, info.pix_fmt, info.profile) == ("h264", "yuv420p", "High")
    assert result.poster_path is not None and result.poster_path.read_bytes()[:2] == b"\xff\xd8"
    assert {"load", "analyse", "render", "encode", "total"} <= set(result.timings_ms)
    # No black borders on any side of any frame.
    for frame in frames[::6]:
        for edge in (frame[:2], frame[-2:], frame[:, :2], frame[:, -2:]):
            assert edge.mean() > 30
    diffs = _frame_diffs(frames)
    if move is CameraMove.NONE:
        assert diffs.max() < 1.0
    else:
        assert diffs.mean() > 0.3, "the camera should move"
        # Eased, no jerks: consecutive frame differences change gradually.
        assert np.abs(np.diff(diffs)).max() <= 0.35 * diffs.max() + 0.5


def _region_motion(frames: list[np.ndarray], rows: slice, cols: slice = slice(None)) -> float:
    return float(_motion(frames)[rows, cols].mean())


def test_sky_drift_moves_the_sky_and_not_the_ground(
    tmp_path: Path, photos: dict[str, Path]
) -> None:
    effect = RegionEffect(kind=EffectKind.SKY_DRIFT, strength=1.0)
    _, frames = _render(
        tmp_path,
        photos["landscape"],
        "sky",
        camera=CameraMove.NONE,
        ratio=Ratio.SQUARE,
        effects=(effect,),
    )
    # 640x480 photo, square crop 480x480 -> sky is the top 58 %, grass the bottom 42 %.
    sky, ground = _region_motion(frames, slice(20, 260)), _region_motion(frames, slice(380, 540))
    assert sky > 0.4
    assert ground < 0.2 * sky


def test_water_ripple_moves_the_water_and_not_the_sky(
    tmp_path: Path, photos: dict[str, Path]
) -> None:
    effect = RegionEffect(kind=EffectKind.WATER_RIPPLE, strength=1.0)
    _, frames = _render(
        tmp_path,
        photos["lake"],
        "water",
        camera=CameraMove.NONE,
        ratio=Ratio.SQUARE,
        effects=(effect,),
    )
    # 640x600 photo, square crop: the reflection (water) is the bottom half.
    assert _region_motion(frames, slice(330, 540)) > 1.0
    assert _region_motion(frames, slice(0, 200)) < 0.6


def test_sway_moves_the_hair_and_not_the_background(
    tmp_path: Path, photos: dict[str, Path]
) -> None:
    effect = RegionEffect(kind=EffectKind.SWAY, target="auto", strength=1.0)
    _, frames = _render(
        tmp_path,
        photos["astronaut"],
        "sway",
        camera=CameraMove.NONE,
        ratio=Ratio.SQUARE,
        effects=(effect,),
        boxes=(ASTRONAUT_FACE,),
    )
    # Square 512 -> 540: hair above/around the face box (170..270, 60..190), wall to the right.
    assert _region_motion(frames, slice(25, 75), slice(180, 290)) > 1.0
    assert _region_motion(frames, slice(20, 120), slice(460, 530)) < 0.4  # top-right wall


def test_breathing_moves_the_subject_only(tmp_path: Path, photos: dict[str, Path]) -> None:
    effect = RegionEffect(kind=EffectKind.BREATHING, strength=1.0)
    _, frames = _render(
        tmp_path,
        photos["grace"],
        "breathe",
        camera=CameraMove.NONE,
        ratio=Ratio.SQUARE,
        effects=(effect,),
        boxes=(GRACE_FACE,),
    )
    motion = _motion(frames)
    assert motion[300:520, 80:460].mean() > 0.4  # uniform, shoulders, face
    assert motion[:60, :60].mean() < 0.4  # flag in the top-left corner


def test_flicker_changes_the_lights_and_leaves_the_sky(
    tmp_path: Path, photos: dict[str, Path]
) -> None:
    effect = RegionEffect(kind=EffectKind.FLICKER, target="lights", strength=1.0)
    _, frames = _render(
        tmp_path,
        photos["lake"],
        "flicker",
        camera=CameraMove.NONE,
        ratio=Ratio.SQUARE,
        effects=(effect,),
    )
    motion = _motion(frames)
    assert motion.max() > 6.0  # the pad lights flicker
    assert motion[:150].mean() < 0.4


def test_effects_fade_at_mask_edges_without_seams(tmp_path: Path, photos: dict[str, Path]) -> None:
    effect = RegionEffect(kind=EffectKind.SKY_DRIFT, strength=1.0)
    _, frames = _render(
        tmp_path,
        photos["landscape"],
        "seam",
        camera=CameraMove.NONE,
        ratio=Ratio.SQUARE,
        effects=(effect,),
    )
    # Motion profile down the picture: no row-to-row jump (a tear) bigger than a soft ramp.
    profile = _motion(frames).mean(axis=1)
    assert np.abs(np.diff(profile)).max() < 0.25 * profile.max() + 0.5
    # And no flicker: the frame-to-frame difference stays even.
    diffs = _frame_diffs(frames)
    assert diffs.max() < 2.5 * np.median(diffs) + 0.5


def test_loop_mode_ends_where_it_starts(tmp_path: Path, photos: dict[str, Path]) -> None:
    _, frames = _render(
        tmp_path,
        photos["chelsea"],
        "loop",
        camera=CameraMove.PUSH_IN,
        loop=True,
        camera_strength=1.0,
    )

    def dist(a: np.ndarray, b: np.ndarray) -> float:
        return float(np.abs(a.astype(int) - b.astype(int)).mean())

    assert dist(frames[-1], frames[0]) < 0.25 * dist(frames[len(frames) // 2], frames[0])
    # The jump from the last frame to the first is like any other step.
    assert dist(frames[-1], frames[0]) < 2.5 * np.median(_frame_diffs(frames)) + 0.5


def test_same_seed_same_clip_and_other_seed_other_clip(
    tmp_path: Path, photos: dict[str, Path]
) -> None:
    spec = GenerationSpec(camera=CameraMove.HANDHELD, seed=4, **FAST)  # type: ignore[arg-type]
    scene = engine.prepare_scene(photos["coffee"], spec)
    again = engine.prepare_scene(photos["coffee"], spec)
    other = engine.prepare_scene(photos["coffee"], spec.with_changes(seed=5))
    a = list(engine.generate_frames(scene, spec.frame_count))
    b = list(engine.generate_frames(again, spec.frame_count))
    c = list(engine.generate_frames(other, spec.frame_count))
    assert all(np.array_equal(x, y) for x, y in zip(a, b, strict=True))
    assert np.mean([np.abs(x.astype(int) - y).mean() for x, y in zip(a, c, strict=True)]) > 1.0


def test_letterbox_only_when_asked(tmp_path: Path, photos: dict[str, Path]) -> None:
    _, frames = _render(tmp_path, photos["chelsea"], "box", camera=CameraMove.NONE, letterbox=True)
    first = frames[0]
    assert first[:100].mean() < 20 and first[-100:].mean() < 20  # bars above and below
    assert first[400:560].mean() > 40  # the photo in the middle


def test_filters_passed_to_render_mark_the_clip_and_poster(
    tmp_path: Path, photos: dict[str, Path]
) -> None:
    class Corner:
        def apply_bgr(self, frame: np.ndarray, index: int) -> None:
            frame[-40:, -40:] = (0, 0, 255)

        def apply_yuv420(self, i420: np.ndarray, index: int) -> None:
            return None

    spec = GenerationSpec(**FAST)  # type: ignore[arg-type]
    result = render(
        source=photos["coffee"],
        spec=spec,
        out_path=tmp_path / "f.mp4",
        poster_path=tmp_path / "f.jpg",
        filters=[Corner()],
    )
    last = list(decode_bgr_frames(result.out_path))[-1]
    assert last[-30:, -30:, 2].mean() > 200 and last[-30:, -30:, :2].mean() < 50
    import cv2

    poster = cv2.imread(str(result.poster_path))
    assert poster[-30:, -30:, 2].mean() > 200


def test_tiny_photo_is_refused_before_any_render(tmp_path: Path) -> None:
    import cv2

    path = tmp_path / "tiny.png"
    cv2.imwrite(str(path), np.full((120, 180, 3), 128, np.uint8))
    with pytest.raises(ImageTooSmall, match="180×120"):
        render(source=path, spec=GenerationSpec(**FAST), out_path=tmp_path / "t.mp4")  # type: ignore[arg-type]
    assert not (tmp_path / "t.mp4").exists()


@pytest.mark.parametrize("move", list(CameraMove))
def test_camera_keeps_viewports_inside_the_photo_and_faces_in_frame(move: CameraMove) -> None:
    size = (4000, 3000)
    face = (3300.0, 400.0, 400.0, 500.0)  # near the top-right corner
    spec = GenerationSpec(camera=move, camera_strength=1.0)
    plan = camera.plan(spec, size, subject=face, faces=face)
    x0, y0, x1, y1 = camera.bounds(plan.background, plan.aspect)
    assert x0 >= -1e-6 and y0 >= -1e-6 and x1 <= size[0] + 1e-6 and y1 <= size[1] + 1e-6
    path = plan.background
    half_w, half_h = path.width / 2, path.width / plan.aspect / 2
    if move not in (CameraMove.HANDHELD, CameraMove.ORBIT, CameraMove.PARALLAX):
        assert (path.cx - half_w <= face[0] + 1).all() and (
            path.cx + half_w >= face[0] + face[2] - 1
        ).all()
        assert (path.cy - half_h <= face[1] + 1).all() and (
            path.cy + half_h >= face[1] + face[3] - 1
        ).all()
