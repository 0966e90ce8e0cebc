"""QA on small real H.264 clips (256x448, 2 s, 24 fps): a clean push-in passes, and each
injected defect lowers its own part and fails the clip."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import cv2
import matplotlib.cbook
import numpy as np
import pytest
from skimage import data

from engine.motion.encode import ClipEncoder
from engine.motion.engine import render
from engine.provenance.label import PlacedLabel
from engine.provenance.reencode import apply_provenance_filters
from engine.provenance.watermark import Watermark
from engine.qa.assess import ExpectedClip, QaReport, assess
from engine.spec import CameraMove, GenerationSpec, Ratio, Resolution
from engine.vision.faces import detect_faces
from engine.vision.frames import UnreadableClip, decode_clip
from tests.fakes.unreliable import render_clip

W, H, FPS, N = 256, 448, 24, 48
EXPECTED = ExpectedClip(width=W, height=H, frames=N, duration_s=N / FPS)


def _bgr(rgb: np.ndarray) -> np.ndarray:
    return cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR)


@pytest.fixture(scope="module")
def astronaut() -> np.ndarray:
    return _bgr(data.astronaut())


@pytest.fixture(scope="module")
def coffee() -> np.ndarray:
    return _bgr(data.coffee())


def push_in(
    photo: np.ndarray, n: int = N, zoom: float = 0.12, loop: bool = False, settle: bool = False
) -> list[np.ndarray]:
    """A slow eased push-in on the photo, cropped to 9:16 (what a render looks like); `loop`:
    in and back out again (0 -> 1 -> 0, turning mid-clip), as the engine's loop mode moves;
    `settle`: fast at first, then slowing to a stop at the end (the engine's cubic ease-out)."""
    h, w = photo.shape[:2]
    cw = round(h * W / H) if w / h > W / H else w
    ch = round(cw * H / W)
    cx, cy = w / 2, min(h / 2, h - ch / 2)
    frames = []
    for i in range(n):
        t = i / (n - 1)
        eased = 0.5 - 0.5 * np.cos(2 * np.pi * i / n) if loop else 3 * t * t - 2 * t * t * t
        if settle:
            eased = 1.0 - (1.0 - t) ** 3
        s = 1.0 + zoom * eased
        scale = W / (cw / s)
        m = np.array([[scale, 0, W / 2 - cx * scale], [0, scale, H / 2 - cy * scale]], np.float32)
        frames.append(cv2.warpAffine(photo, m, (W, H), flags=cv2.INTER_LINEAR))
    return frames


def write(path: Path, frames: list[np.ndarray], fps: int = FPS) -> Path:
    height, width = frames[0].shape[:2]
    with ClipEncoder(path, width=width, height=height, fps=fps) as enc:
        for f in frames:
            enc.write(np.ascontiguousarray(f))
    return path


def paste_face(frame: np.ndarray, donor: np.ndarray) -> np.ndarray:
    """Paste the donor's face over the frame's face, feathered, like a bad generator would."""
    face = detect_faces(frame)[0]
    x, y = max(0, int(face.x - 0.1 * face.w)), max(0, int(face.y - 0.1 * face.h))
    w, h = int(face.w * 1.2), int(face.h * 1.2)
    patch = cv2.resize(donor, (w, h), interpolation=cv2.INTER_AREA).astype(np.float32)
    mask = np.zeros((h, w), np.float32)
    cv2.ellipse(mask, (w // 2, h // 2), (int(w * 0.42), int(h * 0.48)), 0, 0, 360, 1.0, -1)
    mask = cv2.GaussianBlur(mask, (0, 0), 3)[..., None]
    out = frame.copy()
    roi = out[y : y + h, x : x + w].astype(np.float32)
    out[y : y + h, x : x + w] = (roi * (1 - mask) + patch * mask).astype(np.uint8)
    return out


@pytest.fixture(scope="module")
def donor_face() -> np.ndarray:
    hopper = cv2.imread(str(matplotlib.cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)))
    f = detect_faces(hopper)[0]
    x, y = int(f.x - 0.1 * f.w), int(f.y - 0.1 * f.h)
    return hopper[y : y + int(f.h * 1.2), x : x + int(f.w * 1.2)].copy()


@pytest.fixture(scope="module")
def face_frames(astronaut: np.ndarray) -> list[np.ndarray]:
    return push_in(astronaut)


@pytest.fixture(scope="module")
def scene_frames(coffee: np.ndarray) -> list[np.ndarray]:
    return push_in(coffee)


def _assess(photo: np.ndarray, clip: Path, expected: ExpectedClip = EXPECTED) -> QaReport:
    return assess(photo_bgr=photo, clip=clip, expected=expected)


def test_clean_clip_with_a_face_passes(
    tmp_path: Path, astronaut: np.ndarray, face_frames: list[np.ndarray]
) -> None:
    report = _assess(astronaut, write(tmp_path / "clean.mp4", face_frames))
    assert report.passed, report.issues
    assert report.score > 0.95
    assert report.issues == []
    assert set(report.parts) == {
        "identity", "same_scene", "sharpness", "flicker", "frozen", "black_frames", "format",
        "texture", "warp",
    }  # fmt: skip
    assert all(0.0 <= v <= 1.0 for v in report.parts.values())
    assert report.details["identity_min_cosine"] > 0.7
    assert report.ms > 0


def test_clean_clip_without_a_face_passes_on_the_scene(
    tmp_path: Path, coffee: np.ndarray, scene_frames: list[np.ndarray]
) -> None:
    report = _assess(coffee, write(tmp_path / "clean.mp4", scene_frames))
    assert report.passed, report.issues
    assert report.parts["identity"] == 1.0  # nothing to compare
    assert report.details["scene_min_match"] > 0.9


def _freeze(frames: list[np.ndarray]) -> list[np.ndarray]:
    return frames[:16] + [frames[16]] * 10 + frames[26:]


def _flicker(frames: list[np.ndarray]) -> list[np.ndarray]:
    out = list(frames)
    for i in (12, 30):
        out[i] = cv2.convertScaleAbs(out[i], alpha=1.0, beta=40)
    return out


def _blur(frames: list[np.ndarray]) -> list[np.ndarray]:
    return frames[:18] + [cv2.GaussianBlur(f, (0, 0), 2.5) for f in frames[18:24]] + frames[24:]


def _black(frames: list[np.ndarray]) -> list[np.ndarray]:
    return frames[:24] + [np.zeros_like(frames[0])] * 3 + frames[27:]


DEFECTS: list[tuple[str, Callable[[list[np.ndarray]], list[np.ndarray]], str, str]] = [
    ("freeze", _freeze, "frozen", "freezes in frames 16–25"),
    ("flicker", _flicker, "flicker", "brightness flickers at frame 12"),
    ("blur", _blur, "sharpness", "frames 18–23 are blurred"),
    ("black", _black, "black_frames", "frames 24–26 are black"),
]


@pytest.mark.parametrize(("name", "inject", "part", "issue"), DEFECTS)
def test_each_defect_lowers_its_part_and_fails(
    tmp_path: Path,
    coffee: np.ndarray,
    scene_frames: list[np.ndarray],
    name: str,
    inject: Callable[[list[np.ndarray]], list[np.ndarray]],
    part: str,
    issue: str,
) -> None:
    report = _assess(coffee, write(tmp_path / f"{name}.mp4", inject(scene_frames)))
    assert not report.passed
    assert report.parts[part] <= 0.5
    assert min(report.parts, key=lambda k: report.parts[k]) == part
    assert any(issue in text for text in report.issues), report.issues


def test_a_single_unrelated_frame_is_a_glitch(
    tmp_path: Path, coffee: np.ndarray, scene_frames: list[np.ndarray]
) -> None:
    frames = list(scene_frames)
    frames[20] = cv2.resize(_bgr(data.chelsea()), (W, H))
    report = _assess(coffee, write(tmp_path / "glitch.mp4", frames))
    assert not report.passed
    assert report.parts["flicker"] <= 0.5
    assert any("frame 20" in t and "glitch" in t for t in report.issues), report.issues


def test_a_pasted_in_different_face_fails_identity(
    tmp_path: Path, astronaut: np.ndarray, face_frames: list[np.ndarray], donor_face: np.ndarray
) -> None:
    frames = face_frames[:20] + [paste_face(f, donor_face) for f in face_frames[20:]]
    report = _assess(astronaut, write(tmp_path / "swap.mp4", frames))
    assert not report.passed
    assert report.parts["identity"] < 0.3
    assert report.details["identity_min_cosine"] < 0.5
    assert any("the face changes identity in frames" in t for t in report.issues)
    # Classical signals cannot see a face swap: the rest of the clip looks fine.
    assert report.parts["same_scene"] == 1.0 and report.parts["frozen"] == 1.0


def test_identity_looks_at_three_frames_unless_they_look_suspicious(
    tmp_path: Path, astronaut: np.ndarray, face_frames: list[np.ndarray], donor_face: np.ndarray
) -> None:
    clean = decode_clip(write(tmp_path / "clean.mp4", face_frames))
    assert assess(photo_bgr=astronaut, clip=clean, expected=EXPECTED).passed
    assert clean.face_detections == 3  # first, middle and last of the 5 sampled frames
    frames = face_frames[:30] + [paste_face(f, donor_face) for f in face_frames[30:]]
    swapped = decode_clip(write(tmp_path / "swap.mp4", frames))
    assert not assess(photo_bgr=astronaut, clip=swapped, expected=EXPECTED).passed
    assert swapped.face_detections == 5  # a low similarity: every sampled frame is looked at


def test_a_clip_of_another_scene_fails_same_scene(
    tmp_path: Path, coffee: np.ndarray, scene_frames: list[np.ndarray]
) -> None:
    other = push_in(_bgr(data.rocket()))
    report = _assess(coffee, write(tmp_path / "other.mp4", other))
    assert not report.passed
    assert report.parts["same_scene"] < 0.5
    assert any("does not show the scene in the photo" in t for t in report.issues)


def test_a_cut_to_another_scene_mid_clip_fails_same_scene(
    tmp_path: Path, coffee: np.ndarray, scene_frames: list[np.ndarray]
) -> None:
    frames = scene_frames[:28] + push_in(_bgr(data.rocket()))[28:]
    report = _assess(coffee, write(tmp_path / "cut.mp4", frames))
    assert not report.passed
    assert report.parts["same_scene"] < 0.5
    shown = [t for t in report.issues if "does not show the scene in the photo" in t]
    assert shown and all(int(t.split()[1]) >= 28 for t in shown), report.issues


def test_a_clip_that_does_not_move_fails(
    tmp_path: Path, coffee: np.ndarray, scene_frames: list[np.ndarray]
) -> None:
    report = _assess(coffee, write(tmp_path / "still.mp4", [scene_frames[0]] * N))
    assert report.parts["frozen"] == 0.0
    assert "the clip does not move at all" in report.issues


@pytest.mark.parametrize(
    ("expected", "issue"),
    [
        (ExpectedClip(width=720, height=1280, frames=N, duration_s=2.0), "is 256x448 instead"),
        (ExpectedClip(width=W, height=H, frames=72, duration_s=3.0), "has 48 frames instead of 72"),
    ],
)
def test_wrong_size_or_length_fails_format(
    tmp_path: Path,
    coffee: np.ndarray,
    scene_frames: list[np.ndarray],
    expected: ExpectedClip,
    issue: str,
) -> None:
    report = _assess(coffee, write(tmp_path / "fmt.mp4", scene_frames), expected)
    assert not report.passed
    assert report.parts["format"] < 0.5
    assert any(issue in t for t in report.issues), report.issues


def test_threshold_decides_pass(
    tmp_path: Path, coffee: np.ndarray, scene_frames: list[np.ndarray]
) -> None:
    clip = write(tmp_path / "blur.mp4", _blur(scene_frames))
    lenient = assess(photo_bgr=coffee, clip=clip, expected=EXPECTED, threshold=0.1)
    assert lenient.passed and lenient.threshold == 0.1
    assert not _assess(coffee, clip).passed


def test_unreadable_clip_is_explained(tmp_path: Path, coffee: np.ndarray) -> None:
    bad = tmp_path / "bad.mp4"
    bad.write_bytes(b"\x00" * 100)
    with pytest.raises(UnreadableClip, match="could not be opened"):
        _assess(coffee, bad)


# -- photos and defects the ORB-era checks missed ---------------------------------------------
def sky_over_field(width: int = 720, height: int = 960) -> np.ndarray:
    """A low-texture photo: a smooth sky gradient, a soft horizon, faint grass noise below."""
    rng = np.random.default_rng(7)
    y = np.linspace(0.0, 1.0, height, dtype=np.float32)[:, None]
    sky = np.dstack([235 - 60 * y, 200 - 50 * y, 140 - 40 * y]) * np.ones((1, width, 1))
    grass = np.dstack([40 + 0 * y, 120 + 0 * y, 70 + 0 * y]) * np.ones((1, width, 1))
    horizon = 0.62 * height + 12 * np.sin(np.linspace(0, 3, width))[None, :]
    rows = np.arange(height, dtype=np.float32)[:, None]
    mix = np.clip((rows - horizon) / 14.0 + 0.5, 0.0, 1.0)[..., None]
    noise = cv2.GaussianBlur(rng.normal(0, 14, (height, width)).astype(np.float32), (0, 0), 3.0)
    photo = sky * (1 - mix) + (grass + noise[..., None]) * mix
    return np.clip(photo, 0, 255).astype(np.uint8)


def test_a_faithful_clip_of_a_plain_sky_over_a_field_passes(tmp_path: Path) -> None:
    photo = sky_over_field()
    report = _assess(photo, write(tmp_path / "sky.mp4", push_in(photo)))
    assert report.passed, report.issues
    assert report.parts["same_scene"] == 1.0
    assert not any("does not show the scene" in t for t in report.issues)


def _boil(frames: list[np.ndarray]) -> list[np.ndarray]:
    """Re-draw the fine detail every frame from a freshly jittered copy (detail that boils)."""
    rng = np.random.default_rng(3)
    out = []
    for f in frames:
        base = cv2.GaussianBlur(f, (0, 0), 2.0).astype(np.float32)
        detail = f.astype(np.float32) - base
        dx, dy = rng.normal(0, 2.5, (2, *f.shape[:2])).astype(np.float32)
        dx, dy = cv2.GaussianBlur(dx, (0, 0), 1.0), cv2.GaussianBlur(dy, (0, 0), 1.0)
        gx, gy = np.meshgrid(
            np.arange(f.shape[1], dtype=np.float32), np.arange(f.shape[0], dtype=np.float32)
        )
        moved = cv2.remap(
            detail, gx + 3 * dx, gy + 3 * dy, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REFLECT
        )
        out.append(np.clip(base + 1.3 * moved, 0, 255).astype(np.uint8))
    return out


def test_boiling_texture_fails_the_texture_part(
    tmp_path: Path, coffee: np.ndarray, scene_frames: list[np.ndarray]
) -> None:
    clean = _assess(coffee, write(tmp_path / "clean.mp4", scene_frames))
    report = _assess(coffee, write(tmp_path / "boil.mp4", _boil(scene_frames)))
    assert clean.parts["texture"] == 1.0
    assert not report.passed
    assert report.parts["texture"] < 0.5
    assert report.details["texture_residual"] > 3 * clean.details["texture_residual"]
    assert any("boils" in t for t in report.issues), report.issues


def _melt(frames: list[np.ndarray]) -> list[np.ndarray]:
    """The middle of the picture sags and bulges more and more (an elastic warp)."""
    h, w = frames[0].shape[:2]
    gx, gy = np.meshgrid(np.arange(w, dtype=np.float32), np.arange(h, dtype=np.float32))
    bump = np.exp(-(((gx - w / 2) / (0.25 * w)) ** 2 + ((gy - h / 2) / (0.2 * h)) ** 2))
    out = []
    for i, f in enumerate(frames):
        grow = i / (len(frames) - 1)
        sag = 0.16 * h * grow * bump
        sway = 0.1 * w * grow * bump * np.sin(gy / h * 6.0)
        out.append(
            cv2.remap(f, gx - sway, gy - sag, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REFLECT)
        )
    return out


def test_a_growing_elastic_warp_fails_the_warp_part(
    tmp_path: Path, coffee: np.ndarray, scene_frames: list[np.ndarray]
) -> None:
    clean = _assess(coffee, write(tmp_path / "clean.mp4", scene_frames))
    report = _assess(coffee, write(tmp_path / "melt.mp4", _melt(scene_frames)))
    assert clean.parts["warp"] == 1.0
    assert not report.passed
    assert report.parts["warp"] < 0.5
    assert any("stretch or bend" in t for t in report.issues), report.issues


def test_a_face_that_slowly_becomes_someone_else_fails_identity(
    tmp_path: Path, astronaut: np.ndarray, face_frames: list[np.ndarray], donor_face: np.ndarray
) -> None:
    frames = []
    for i, f in enumerate(face_frames):
        weight = i / (len(face_frames) - 1)
        frames.append(cv2.addWeighted(paste_face(f, donor_face), weight, f, 1 - weight, 0))
    report = _assess(astronaut, write(tmp_path / "drift.mp4", frames))
    assert not report.passed
    assert report.parts["identity"] < 0.5
    assert any("drifts away from the person" in t for t in report.issues), report.issues


def handheld(photo: np.ndarray, n: int = N, seed: int = 5) -> list[np.ndarray]:
    """A handheld shot: the photo enlarged 1.2x, smooth random shake, a slow roll of up to
    0.8 degrees, fresh grain on every frame (a faithful clip that moves in every way)."""
    rng = np.random.default_rng(seed)
    h, w = photo.shape[:2]
    cw = round(h * W / H) if w / h > W / H else w
    base = 1.2 * W / cw
    shake = np.stack(
        [cv2.GaussianBlur(rng.normal(0, 6, (n, 1)), (1, 0), 4)[:, 0] for _ in range(3)], 1
    )
    frames = []
    for i in range(n):
        angle = 0.8 * np.sin(2 * np.pi * i / n)
        m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, base)
        m[:, 2] += (W / 2 - w / 2 + shake[i, 0], H / 2 - h / 2 + shake[i, 1])
        frame = cv2.warpAffine(photo, m, (W, H), flags=cv2.INTER_LINEAR)
        grain = rng.normal(0, 2.0, frame.shape[:2]).astype(np.float32)[..., None]
        frames.append(np.clip(frame + grain, 0, 255).astype(np.uint8))
    return frames


def test_a_faithful_handheld_clip_with_roll_and_grain_passes(
    tmp_path: Path, coffee: np.ndarray
) -> None:
    report = _assess(coffee, write(tmp_path / "handheld.mp4", handheld(coffee)))
    assert report.passed, report.issues
    assert report.parts["sharpness"] == 1.0 and report.parts["warp"] == 1.0, report.parts


def test_a_clip_blurred_throughout_is_blurrier_than_the_photo(
    tmp_path: Path, coffee: np.ndarray, scene_frames: list[np.ndarray]
) -> None:
    soft = [cv2.GaussianBlur(f, (0, 0), 3.0) for f in scene_frames]
    clean = _assess(coffee, write(tmp_path / "clean.mp4", scene_frames))
    report = _assess(coffee, write(tmp_path / "soft.mp4", soft))
    assert "the whole clip is much blurrier than the photo" not in clean.issues
    assert "the whole clip is much blurrier than the photo" in report.issues
    assert not report.passed


def test_a_move_that_turns_round_mid_clip_is_not_a_freeze(
    tmp_path: Path, coffee: np.ndarray
) -> None:
    # A slow move: at its turning point three steps are skipped blocks (H.264 repeats them).
    report = _assess(coffee, write(tmp_path / "loop.mp4", push_in(coffee, zoom=0.02, loop=True)))
    assert report.parts["frozen"] == 1.0, report.issues


def test_a_move_that_settles_slowly_or_cuts_to_a_calmer_shot_is_not_a_freeze(
    tmp_path: Path, coffee: np.ndarray
) -> None:
    settling = _assess(coffee, write(tmp_path / "settle.mp4", push_in(coffee, settle=True)))
    assert settling.parts["frozen"] == 1.0, settling.issues
    calmer = push_in(coffee)[:28] + push_in(_bgr(data.rocket()), zoom=0.03)[28:]
    cut = _assess(coffee, write(tmp_path / "cut.mp4", calmer))
    assert cut.parts["frozen"] == 1.0, cut.issues


def test_an_eased_move_that_settles_in_whole_pixel_steps_is_not_a_freeze(
    tmp_path: Path, coffee: np.ndarray
) -> None:
    # A crop pan at integer positions near the end of its ease: still for four frames, one
    # pixel on, still again (a faithful ffmpeg pan did this two steps before its end).
    frames = push_in(coffee)
    nudged = np.roll(frames[41], 1, axis=1)
    report = _assess(
        coffee, write(tmp_path / "steps.mp4", frames[:42] + [frames[41]] * 4 + [nudged] * 2)
    )
    assert report.parts["frozen"] == 1.0, report.issues


def test_a_long_soft_blur_burst_is_caught_in_its_middle(tmp_path: Path, coffee: np.ndarray) -> None:
    # 40 frames softening up to a peak and back: near their middle the frames 4-14 away are
    # soft too, so the burst is only seen against frames beyond it.
    n = 96
    frames = push_in(coffee, n=n)
    for j in range(40):
        sigma = 0.8 * np.sin(np.pi * (j + 0.5) / 40) ** 0.7
        frames[28 + j] = cv2.GaussianBlur(frames[28 + j], (0, 0), sigma)
    expected = ExpectedClip(width=W, height=H, frames=n, duration_s=n / FPS)
    report = _assess(coffee, write(tmp_path / "burst.mp4", frames), expected)
    assert not report.passed
    assert report.parts["sharpness"] < 0.5
    assert any("blurred" in t for t in report.issues), report.issues


def _stall_with_encoder_noise(frames: list[np.ndarray]) -> list[np.ndarray]:
    """Frame 16 held for 10 frames, each copy with fresh faint noise (not an exact repeat,
    like an encoder refining a held frame), then the move goes on from where it stopped (no
    jump that the flicker check could see)."""
    rng = np.random.default_rng(11)
    held = []
    for _ in range(10):
        noise = cv2.GaussianBlur(rng.normal(0, 6.0, frames[16].shape[:2]), (0, 0), 1.5)
        held.append(np.clip(frames[16] + noise[..., None], 0, 255).astype(np.uint8))
    return frames[:16] + held + frames[16:-10]


def test_a_held_frame_that_is_not_an_exact_repeat_is_a_freeze(
    tmp_path: Path, coffee: np.ndarray, scene_frames: list[np.ndarray]
) -> None:
    report = _assess(coffee, write(tmp_path / "stall.mp4", _stall_with_encoder_noise(scene_frames)))
    assert not report.passed
    assert report.parts["frozen"] <= 0.6
    assert any("freezes in frames 1" in t for t in report.issues), report.issues


def _assess_labelled_render(tmp_path: Path, photo: np.ndarray, spec: GenerationSpec) -> QaReport:
    """Our engine's render of `photo`, with the AI label burnt in as the pipeline does, scored
    against the photo."""
    path = tmp_path / "photo.jpg"
    cv2.imwrite(str(path), photo, [cv2.IMWRITE_JPEG_QUALITY, 90])
    clip = tmp_path / "labelled.mp4"
    render(source=path, spec=spec, out_path=clip, filters=[PlacedLabel(brand=None)])
    width, height = spec.size
    expected = ExpectedClip(width, height, spec.frame_count, spec.duration_s)
    return assess(photo_bgr=photo, clip=clip, expected=expected, photo_faces=[])


def test_a_static_badge_over_a_smooth_moving_photo_is_not_boiling_texture(tmp_path):
    """Our "AI-generated" label is burnt into the render before QA. On a smooth photo its
    crisp corners outvoted the scene's when the camera motion was fitted, and a plain
    zoom-out read as boiling detail (three renders refused, the job failed)."""

    src = _bgr(data.coffee())
    smooth = cv2.resize(src[:, 37 : 37 + 225], (720, 1280), interpolation=cv2.INTER_CUBIC)
    grain = np.random.default_rng(1).normal(0, 3, smooth.shape[:2]).astype(np.float32)
    photo = np.clip(smooth.astype(np.float32) + grain[..., None], 0, 255).astype(np.uint8)
    spec = GenerationSpec(
        camera=CameraMove.PULL_OUT,
        camera_strength=0.3,
        duration_s=3.0,
        ratio=Ratio.VERTICAL,
        resolution=Resolution.P720,
    )
    report = _assess_labelled_render(tmp_path, photo, spec)
    assert report.parts["texture"] == 1.0, report.details
    assert report.passed


def test_a_static_badge_over_a_push_in_is_not_a_bend(tmp_path: Path, coffee: np.ndarray) -> None:
    """The burnt-in label stays put while the camera pushes in: a compact patch moving
    against the camera, which the warp check must leave out, not read as a sliding subject
    (the engine's own labelled push-in on the coffee photo was refused for bending)."""

    spec = GenerationSpec(
        camera=CameraMove.PUSH_IN,
        camera_strength=0.5,
        duration_s=2.0,
        ratio=Ratio.SQUARE,
        resolution=Resolution.P540,
    )
    report = _assess_labelled_render(tmp_path, coffee, spec)
    assert report.parts["warp"] == 1.0, report.details
    assert report.passed, report.issues


def _sag(frames: list[np.ndarray], depth: float = 12.0, bend: float = 5.0) -> list[np.ndarray]:
    """A wide patch in the middle (70% of the width) sinks `depth` px and bends by up to
    `bend` px (a smooth random field) from a fifth of the clip on: a melting subject that
    slides as a whole but stretches as it goes."""
    h, w = frames[0].shape[:2]
    gx, gy = np.meshgrid(np.arange(w, dtype=np.float32), np.arange(h, dtype=np.float32))
    patch = np.exp(-((((gx - w / 2) / (0.35 * w)) ** 2 + ((gy - h / 2) / (0.25 * h)) ** 2) ** 3))
    field = cv2.GaussianBlur(
        np.random.default_rng(3).normal(0, 1, (h, w, 2)).astype(np.float32), (0, 0), 0.06 * w
    )
    field /= np.abs(field).max()
    out = []
    for i, f in enumerate(frames):
        r = float(np.clip((i / (len(frames) - 1) - 0.2) / 0.8, 0.0, 1.0))
        grow = r * r * (3 - 2 * r)
        dx = grow * bend * field[..., 0] * patch
        dy = grow * (depth + bend * field[..., 1]) * patch
        out.append(cv2.remap(f, gx - dx, gy - dy, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REFLECT))
    return out


def _drifting_top(frames: list[np.ndarray], px: float = 8.0) -> list[np.ndarray]:
    """The top 40% of the picture slides sideways as one piece, up to `px` px (clouds)."""
    h, w = frames[0].shape[:2]
    rows = np.arange(h, dtype=np.float32)[:, None]
    alpha = np.clip((0.4 * h - rows) / 12.0 + 0.5, 0.0, 1.0)[..., None]
    out = []
    for i, f in enumerate(frames):
        m = np.float32([[1, 0, px * i / (len(frames) - 1)], [0, 1, 0]])
        moved = cv2.warpAffine(f, m, (w, h), borderMode=cv2.BORDER_REFLECT)
        out.append((moved * alpha + f * (1 - alpha)).astype(np.uint8))
    return out


def test_a_wide_patch_that_bends_as_it_sinks_fails_the_warp_part(
    tmp_path: Path, coffee: np.ndarray, scene_frames: list[np.ndarray]
) -> None:
    # The sag moves the patch as one wide layer, which v5 forgave like drifting clouds (warp
    # 1.0): the patch's corners all leave the camera's motion, but not together.
    report = _assess(coffee, write(tmp_path / "sag.mp4", _sag(scene_frames)))
    assert not report.passed
    assert report.parts["warp"] < 0.5, report.details
    assert any("stretch or bend" in t for t in report.issues), report.issues
    # Clouds drifting as one piece are still natural motion.
    clouds = _assess(coffee, write(tmp_path / "clouds.mp4", _drifting_top(scene_frames)))
    assert clouds.parts["warp"] == 1.0, clouds.details
    assert clouds.passed, clouds.issues


def test_a_short_soft_blur_burst_in_a_clean_clip_is_caught(
    tmp_path: Path, coffee: np.ndarray, scene_frames: list[np.ndarray]
) -> None:
    # A clean encode (CRF 12) whose detail jitters little from frame to frame; six frames
    # softened to at most sigma 0.6 px drop it ~50 %: v5's 5-frame running max hid them.
    def encode(path: Path, frames: list[np.ndarray]) -> Path:
        with ClipEncoder(path, width=W, height=H, fps=FPS, crf=12) as enc:
            for f in frames:
                enc.write(np.ascontiguousarray(f))
        return path

    soft = list(scene_frames)
    for j in range(6):
        sigma = 0.6 * np.sin(np.pi * (j + 0.5) / 6) ** 0.7
        soft[20 + j] = cv2.GaussianBlur(soft[20 + j], (0, 0), sigma)
    clean = _assess(coffee, encode(tmp_path / "clean.mp4", scene_frames))
    report = _assess(coffee, encode(tmp_path / "burst.mp4", soft))
    assert clean.parts["sharpness"] == 1.0, clean.issues
    assert not report.passed
    assert report.parts["sharpness"] < 0.5
    assert any("frames 21–24 are blurred" in t for t in report.issues), report.issues


def test_our_badge_over_moving_lights_is_not_a_bend(tmp_path: Path) -> None:
    """A vendor's clip gets our badge burnt in before QA. Over the rocket photo it sits on
    launch-pad lights that the camera carries past it: semi-transparent, so neither still nor
    scene, and its text's corners read as a bend (every vendor clip of that photo was refused,
    QA v6 and earlier). The flow now tells QA where it put the badge."""
    photo = _bgr(data.rocket())
    width, height, frames, fps = 540, 960, 48, 24
    ok, jpeg = cv2.imencode(".jpg", photo, [cv2.IMWRITE_JPEG_QUALITY, 92])
    assert ok
    raw, labelled = tmp_path / "vendor.mp4", tmp_path / "labelled.mp4"
    raw.write_bytes(
        render_clip(
            jpeg.tobytes(),
            width=width,
            height=height,
            frames=frames,
            fps=fps,
            defect=None,
            seed="rocket-0",
        )
    )
    label = PlacedLabel(brand=None)
    label.place([], (width, height))
    apply_provenance_filters(raw, labelled, [label, Watermark(12345)], size=(width, height))
    badge = label.label.box if label.label else None
    told = ExpectedClip(width, height, frames, frames / fps, badge=badge)
    report = assess(photo_bgr=photo, clip=labelled, expected=told, photo_faces=[])
    assert report.parts["warp"] == 1.0 and report.passed, report.issues
    # Not told where the badge is, the same clip reads as bending (what the flow did).
    blind = ExpectedClip(width, height, frames, frames / fps)
    assert not assess(photo_bgr=photo, clip=labelled, expected=blind, photo_faces=[]).passed


def _cat_photo() -> np.ndarray:
    """A 9:16 crop of skimage's cat in which YuNet finds a 'face' at 0.62 (its whole head)."""
    crop = _bgr(data.chelsea())[0:260, 220:366][:, ::-1]
    return cv2.resize(np.ascontiguousarray(crop), (540, 960), interpolation=cv2.INTER_AREA)


def test_an_uncertain_photo_face_missing_from_the_clip_is_not_judged(tmp_path: Path) -> None:
    """Pets are photos people animate: a faithful clip of a cat is not 'missing the face'."""
    photo = _cat_photo()
    (face,) = detect_faces(photo)
    assert face.score < 0.9  # what makes it uncertain
    report = _assess(photo, write(tmp_path / "cat.mp4", push_in(photo)))
    assert report.passed and report.issues == [], report.issues
    assert "uncertain" in report.not_judged["identity"]


def test_a_sure_face_that_vanishes_from_the_clip_fails_identity(
    tmp_path: Path, astronaut: np.ndarray
) -> None:
    (face,) = detect_faces(astronaut)
    assert face.score >= 0.9
    x, y, w, h = (round(v) for v in (face.x, face.y, face.w, face.h))
    faceless = astronaut.copy()
    region = faceless[y - h // 4 : y + h + h // 4, x - w // 4 : x + w + w // 4]
    region[:] = cv2.GaussianBlur(region, (0, 0), 25)
    report = _assess(astronaut, write(tmp_path / "gone.mp4", push_in(faceless)))
    assert "identity" not in report.not_judged
    assert report.parts["identity"] == 0.5 and not report.passed
    assert "the face from the photo is not visible in the clip" in report.issues


def _crisp_every_fourth(frames: list[np.ndarray]) -> list[np.ndarray]:
    """Every 4th frame sharpened (unsharp mask): the detail pattern an encoder's frame types
    leave (x264's finer-quantised frames carry more detail than the ones between them)."""
    out = []
    for i, f in enumerate(frames):
        soft = cv2.GaussianBlur(f, (0, 0), 1.0)
        out.append(cv2.addWeighted(f, 1.2, soft, -0.2, 0) if i % 4 == 0 else f)
    return out


def _encode_clean(path: Path, frames: list[np.ndarray]) -> Path:
    with ClipEncoder(path, width=W, height=H, fps=FPS, crf=12) as enc:
        for f in frames:
            enc.write(np.ascontiguousarray(f))
    return path


def test_a_short_blur_burst_under_the_encoders_frame_pattern_is_caught(
    tmp_path: Path, coffee: np.ndarray, scene_frames: list[np.ndarray]
) -> None:
    # Eight frames softened to at most sigma 0.55 px in a clip whose every 4th frame is
    # crisper: v6 counted that pattern as jitter and missed it (0.69 of its threshold).
    frames = _crisp_every_fourth(scene_frames)
    for j in range(8):
        sigma = 0.55 * np.sin(np.pi * (j + 0.5) / 8) ** 0.7
        frames[20 + j] = cv2.GaussianBlur(frames[20 + j], (0, 0), sigma)
    report = _assess(coffee, _encode_clean(tmp_path / "burst.mp4", frames))
    assert not report.passed
    assert report.parts["sharpness"] < 0.5
    assert any("blurred" in t for t in report.issues), report.issues


def test_the_encoders_frame_pattern_alone_is_not_a_blur_burst(
    tmp_path: Path, coffee: np.ndarray, scene_frames: list[np.ndarray]
) -> None:
    frames = _crisp_every_fourth(scene_frames)
    report = _assess(coffee, _encode_clean(tmp_path / "pattern.mp4", frames))
    assert report.parts["sharpness"] == 1.0, report.issues
    assert report.passed, report.issues
