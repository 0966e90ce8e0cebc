"""Overlays and atmospheres: each renders, is deterministic per seed, loops seamlessly, and
sits where it is designed to (behind the subject, above its origin, on the highlights)."""

from __future__ import annotations

import itertools
from pathlib import Path

import cv2
import numpy as np
import pytest

from engine.motion import engine
from engine.motion import particles as pt
from engine.motion.effects import WARP_EFFECTS
from engine.motion.encode import decode_bgr_frames, probe
from engine.motion.overlays import OVERLAYS
from engine.spec import (
    BrushArrow,
    CameraMove,
    EffectKind,
    GenerationSpec,
    MotionBrush,
    Ratio,
    RegionEffect,
    Resolution,
)
from tests.engine.motion.conftest import GRACE_FACE

OVERLAY_KINDS = sorted(OVERLAYS, key=lambda k: k.value)
FALLING = (EffectKind.SNOW, EffectKind.RAIN, EffectKind.FALLING_LEAVES, EffectKind.PETALS)
STILL = {"resolution": Resolution.P540, "duration_s": 2.0, "fps": 24, "camera": CameraMove.NONE}


def _spec(kind: EffectKind, **changes: object) -> GenerationSpec:
    strength = changes.pop("strength", 0.7)
    origin = changes.pop("origin", None)
    effect = RegionEffect(kind, strength=strength, origin=origin)  # type: ignore[arg-type]
    return GenerationSpec(**{**STILL, "effects": (effect,), **changes})  # type: ignore[arg-type]


def _frames(photo: Path, spec: GenerationSpec, boxes: tuple = ()) -> list[np.ndarray]:
    scene = engine.prepare_scene(photo, spec, boxes)
    return [f.copy() for f in engine.generate_frames(scene, spec.frame_count)]


def _dist(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.abs(a.astype(np.int16) - b.astype(np.int16)).mean())


def _steps(frames: list[np.ndarray]) -> np.ndarray:
    return np.array([_dist(a, b) for a, b in itertools.pairwise(frames)])


@pytest.fixture(scope="module")
def plain_grace(photos: dict[str, Path]) -> tuple[np.ndarray, np.ndarray]:
    """Grace Hopper without effects (the still frame) and her subject mask on screen."""
    spec = GenerationSpec(**STILL)  # type: ignore[arg-type]
    scene = engine.prepare_scene(photos["grace"], _spec(EffectKind.SNOW), (GRACE_FACE,))
    still = engine.prepare_scene(photos["grace"], spec, (GRACE_FACE,))
    frame = next(engine.generate_frames(still, 1))
    assert scene.stage is not None
    return frame.copy(), scene.stage.subject_on_screen(0, 1)


def test_every_effect_kind_has_exactly_one_implementation() -> None:
    assert set(WARP_EFFECTS) | set(OVERLAYS) == set(EffectKind)
    assert not set(WARP_EFFECTS) & set(OVERLAYS)


@pytest.mark.parametrize("kind", OVERLAY_KINDS)
def test_each_overlay_renders_a_valid_clip_that_changes_the_picture(
    tmp_path: Path, photos: dict[str, Path], plain_grace: tuple[np.ndarray, np.ndarray], kind
) -> None:
    spec = _spec(kind, origin=(0.5, 0.8) if kind in (EffectKind.STEAM, EffectKind.SMOKE) else None)
    result = engine.render(
        source=photos["grace"], spec=spec, out_path=tmp_path / "o.mp4", subject_boxes=(GRACE_FACE,)
    )
    info = probe(result.out_path)
    assert (info.width, info.height, info.frames) == (540, 960, 48)
    frames = list(decode_bgr_frames(result.out_path))
    plain, _ = plain_grace
    change = np.mean([_dist(f, plain) for f in frames[::6]])
    assert 0.15 < change < 40, f"{kind}: mean change {change:.2f} from the still photo"
    assert _steps(frames).mean() > 0.02, f"{kind} should move"


@pytest.mark.parametrize("kind", OVERLAY_KINDS)
def test_each_overlay_is_deterministic_per_seed(photos: dict[str, Path], kind) -> None:
    spec = _spec(kind, seed=11)
    a = _frames(photos["coffee"], spec)
    b = _frames(photos["coffee"], spec)
    c = _frames(photos["coffee"], spec.with_changes(seed=12))
    assert all(np.array_equal(x, y) for x, y in zip(a, b, strict=True))
    assert np.mean([_dist(x, y) for x, y in zip(a, c, strict=True)]) > 0.01


@pytest.mark.parametrize("kind", OVERLAY_KINDS)
def test_each_overlay_loops_seamlessly(photos: dict[str, Path], kind) -> None:
    vapour = kind in (EffectKind.STEAM, EffectKind.SMOKE)
    changes = {"ratio": Ratio.SQUARE, "origin": (0.5, 0.95) if vapour else None}
    looped = _frames(photos["landscape"], _spec(kind, loop=True, **changes))
    steps = _steps(looped)
    assert np.median(steps) > 0.02, f"{kind} should move"
    seam = _dist(looped[-1], looped[0])
    # The jump from the last frame to the first is like any other step...
    assert seam <= 1.5 * np.median(steps) + 0.05, f"{kind}: seam {seam:.3f}, steps {steps}"
    if kind is EffectKind.RAIN:
        return  # any two frames of rain differ as much as consecutive ones (see test below)
    # ...which it is not without loop mode (so this test would see a broken loop).
    once = _frames(photos["landscape"], _spec(kind, loop=False, **changes))
    assert _dist(once[-1], once[0]) > 2.0 * np.median(_steps(once)) + 0.05


@pytest.mark.parametrize("speed", [(900.0, 1200.0), (20.0, 40.0)])
def test_particle_paths_come_back_to_their_start_after_a_loop(speed) -> None:
    """Fast particles (rain) go round the torus a whole number of times per clip; slow ones
    (far snow) live a whole number of lives: frame N would be frame 0 either way."""
    rng = np.random.default_rng(0)
    frames, seconds, domain = 48, 2.0, (300.0, 500.0)
    paths = pt.drift_paths(
        rng, 200, domain=domain, margin=10.0, frames=frames, seconds=seconds, loop=True,
        speed=speed, angle=0.15, sway=(0.0, 0.0), sway_hz=(0.2, 0.4),
    )  # fmt: skip
    width, height = domain[0] + 20.0, domain[1] + 20.0
    step_x, step_y = paths.x[1] - paths.x[0], paths.y[1] - paths.y[0]
    seam_x, seam_y = paths.x[0] - paths.x[-1], paths.y[0] - paths.y[-1]
    # Leave out particles that go round the torus (jump to the top) at either step.
    laps = (np.abs(step_y) > height / 2) | (np.abs(seam_y) > height / 2)
    visible = (paths.opacity[0] > 0.99) & (paths.opacity[-1] > 0.99) & ~laps
    # Same velocity across the seam as between frames 0 and 1 (modulo the torus).
    wrap = lambda d, size: (d + size / 2) % size - size / 2  # noqa: E731
    assert visible.sum() > 20
    assert np.allclose(wrap(seam_y - step_y, height)[visible], 0, atol=0.05)
    assert np.allclose(wrap(seam_x - step_x, width)[visible], 0, atol=0.05)
    # Opacity fades are periodic too: no particle pops in or out at the seam.
    assert np.abs(paths.opacity[0] - paths.opacity[-1]).max() < 0.5


@pytest.mark.parametrize("kind", FALLING)
def test_falling_overlays_pass_behind_the_subject(
    photos: dict[str, Path], plain_grace: tuple[np.ndarray, np.ndarray], kind
) -> None:
    plain, subject = plain_grace
    frames = _frames(photos["grace"], _spec(kind, strength=1.0), (GRACE_FACE,))
    change = np.mean([np.abs(f.astype(np.int16) - plain).mean(axis=2) for f in frames[::3]], 0)
    on_subject, around = change[subject > 0.95].mean(), change[subject < 0.02].mean()
    assert (subject > 0.95).mean() > 0.1 and (subject < 0.02).mean() > 0.1  # a real subject
    # Far and middle layers are hidden by the subject; only the near layer crosses it.
    assert on_subject < 0.6 * around, f"{kind}: {on_subject:.2f} on vs {around:.2f} around"


def test_fog_is_thinner_on_the_subject_and_thicker_higher_up(
    photos: dict[str, Path], plain_grace: tuple[np.ndarray, np.ndarray]
) -> None:
    plain, subject = plain_grace
    frames = _frames(photos["grace"], _spec(EffectKind.FOG, strength=1.0), (GRACE_FACE,))
    change = np.mean([np.abs(f.astype(np.int16) - plain).mean(axis=2) for f in frames[::8]], 0)
    background = subject < 0.02
    assert change[subject > 0.95].mean() < 0.6 * change[background].mean()
    top, bottom = background.copy(), background.copy()
    top[480:] = False
    bottom[:480] = False
    assert change[top].mean() > change[bottom].mean()


@pytest.mark.parametrize("kind", [EffectKind.STEAM, EffectKind.SMOKE])
def test_vapour_rises_from_its_origin(photos: dict[str, Path], kind) -> None:
    spec = GenerationSpec(**STILL, ratio=Ratio.SQUARE)  # type: ignore[arg-type]
    plain = next(engine.generate_frames(engine.prepare_scene(photos["chelsea"], spec), 1)).copy()
    centres = []
    for origin in ((0.25, 0.9), (0.75, 0.9)):
        frames = _frames(
            photos["chelsea"], _spec(kind, strength=1.0, origin=origin, ratio=Ratio.SQUARE)
        )
        change = np.mean([np.abs(f.astype(np.int16) - plain).mean(axis=2) for f in frames[::8]], 0)
        ys, xs = np.nonzero(change > 0.25 * change.max())
        centres.append((xs.mean(), ys.mean()))
        # Above the origin (the photo's 0.9 is row 486 of the square frame), not below it.
        assert change[:470].sum() > 20 * change[500:].sum()
    (left_x, _), (right_x, _) = centres
    assert left_x < 270 < right_x


def test_sparkles_twinkle_on_the_highlights(photos: dict[str, Path]) -> None:
    spec = GenerationSpec(**STILL)  # type: ignore[arg-type]
    plain = next(engine.generate_frames(engine.prepare_scene(photos["lake"], spec), 1)).copy()
    frames = _frames(photos["lake"], _spec(EffectKind.SPARKLES, strength=1.0))
    peak = np.max([np.abs(f.astype(np.int16) - plain).max(axis=2) for f in frames], 0)
    grey = plain.mean(axis=2)
    cores = peak > 60
    assert cores.sum() > 20
    assert grey[cores].mean() > np.percentile(grey, 90)
    # Twinkling: each frame shows only some of them.
    lit = [int((np.abs(f.astype(np.int16) - plain).max(axis=2) > 60).sum()) for f in frames]
    assert max(lit) > 0 and min(lit) < 0.7 * max(lit)


def test_light_leak_only_adds_warm_light(photos: dict[str, Path]) -> None:
    spec = GenerationSpec(**STILL)  # type: ignore[arg-type]
    plain = next(engine.generate_frames(engine.prepare_scene(photos["coffee"], spec), 1))
    plain = plain.astype(np.int16)
    frames = _frames(photos["coffee"], _spec(EffectKind.LIGHT_LEAK, strength=1.0))
    delta = np.stack([f.astype(np.int16) - plain for f in frames[::4]])
    assert delta.min() >= -1  # light is added, never taken away
    blue, red = delta[..., 0].mean(), delta[..., 2].mean()
    assert red > 2.0 and red > 2 * blue


@pytest.mark.parametrize("kind", [*OVERLAY_KINDS, "brush"])
def test_the_i420_path_draws_what_the_bgr_path_draws(photos: dict[str, Path], kind) -> None:
    """Renders without BGR filters make frames straight in I420: same picture, up to
    rounding and chroma subsampling."""
    if kind == "brush":
        brush = MotionBrush(
            region=((0.0, 0.55), (1.0, 0.55), (1.0, 1.0), (0.0, 1.0)),
            arrows=(BrushArrow((0.2, 0.75), (0.45, 0.75)),),
        )
        spec = GenerationSpec(**{**STILL, "camera": CameraMove.PUSH_IN, "brush": brush})  # type: ignore[arg-type]
    else:
        spec = _spec(kind, strength=1.0, camera=CameraMove.PUSH_IN)
    scene = engine.prepare_scene(photos["lake"], spec)
    assert engine.fits_i420(scene)
    n = spec.frame_count
    bgr = [cv2.cvtColor(f, cv2.COLOR_BGR2YUV_I420) for f in engine.generate_frames(scene, n)]
    scene = engine.prepare_scene(photos["lake"], spec)
    i420 = [f.copy() for f in engine.generate_i420(scene, n, ring=2)]
    plain = engine.prepare_scene(photos["lake"], spec.with_changes(effects=(), brush=None))
    base = [f.copy() for f in engine.generate_i420(plain, n, ring=2)]
    for i in (0, n // 4, n // 2, n - 1):
        effect = _dist(bgr[i], base[i])
        assert i == 0 or effect > 0.05, f"{kind} frame {i} shows nothing"
        assert _dist(i420[i], bgr[i]) < max(0.6, 0.15 * effect), f"{kind} frame {i}"


def test_without_an_origin_steam_rises_from_the_subject_and_stays_in_frame(
    photos: dict[str, Path],
) -> None:
    """The coffee cup fills the photo from the top edge down: the vapour starts in the cup
    (the middle of the subject), not at the photo's top edge where it would leave at once."""
    spec = GenerationSpec(**STILL)  # type: ignore[arg-type]
    plain = next(engine.generate_frames(engine.prepare_scene(photos["coffee"], spec), 1)).copy()
    frames = _frames(photos["coffee"], _spec(EffectKind.STEAM, strength=1.0))
    change = np.mean([np.abs(f.astype(np.int16) - plain).mean(axis=2) for f in frames[::8]], 0)
    ys, xs = np.nonzero(change > 0.25 * change.max())
    assert len(ys) > 500
    assert 200 < ys.mean() < 760 and 135 < xs.mean() < 405  # the middle of the frame
