"""The gate on real images: face policy, consent, protected identities, unsafe imagery,
output moderation of clips, and models loaded once per process."""

from __future__ import annotations

from pathlib import Path

import cv2
import matplotlib.cbook
import numpy as np
import pytest
from skimage import data

from engine.motion.encode import ClipEncoder
from engine.safety import screening as safety
from engine.safety.policy import MESSAGES
from engine.safety.screening import Category, SafetyPolicy, check, check_clip, check_image
from engine.vision.faces import FaceBox
from engine.vision.frames import UnreadableClip

UNSAFE_PROXY = Path(__file__).resolve().parents[3] / "bench" / "data" / "unsafe_proxy.png"


@pytest.fixture(scope="module")
def astronaut() -> np.ndarray:
    return cv2.cvtColor(data.astronaut(), cv2.COLOR_RGB2BGR)


@pytest.fixture(scope="module")
def hopper() -> np.ndarray:
    return cv2.imread(str(matplotlib.cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)))


@pytest.fixture(scope="module")
def coffee() -> np.ndarray:
    return cv2.cvtColor(data.coffee(), cv2.COLOR_RGB2BGR)


@pytest.fixture(scope="module")
def unsafe_image() -> np.ndarray:
    """A synthetic pattern that open_nsfw scores as explicit (there is no real explicit
    image on the machine; bench/safety.py explains how it was found)."""
    pattern = cv2.imread(str(UNSAFE_PROXY))
    assert pattern is not None, UNSAFE_PROXY
    return cv2.resize(pattern, (256, 448), interpolation=cv2.INTER_CUBIC)


@pytest.fixture(scope="module")
def astronaut_id(astronaut: np.ndarray) -> safety.ProtectedFace:
    return safety.embed_protected_face(astronaut, label="astronaut (opted out)")


PROMPT = "slow push in while her hair blows in the wind"


def test_image_check_reports_faces_and_a_low_unsafe_score(astronaut: np.ndarray) -> None:
    verdict = check_image(astronaut)
    assert verdict.faces == 1 and len(verdict.boxes) == 1
    assert verdict.nsfw < 0.1
    assert verdict.ms > 0 and set(verdict.timings_ms) == {"downscale", "faces", "nsfw"}


def test_unsafe_image_scores_high_and_is_blocked(unsafe_image: np.ndarray) -> None:
    assert check_image(unsafe_image).nsfw > 0.8
    verdict = check(prompt=PROMPT, image_bgr=unsafe_image, policy=SafetyPolicy(faces="allow"))
    assert not verdict.allowed
    assert verdict.category == Category.UNSAFE_IMAGE
    assert "Choose another photo" in verdict.reason


def test_unsafe_prompt_blocks_before_any_model_runs(coffee: np.ndarray) -> None:
    verdict = check(prompt="turn this into porn", image_bgr=coffee, policy=SafetyPolicy())
    assert not verdict.allowed and verdict.category == Category.SEXUAL
    assert "nsfw" not in verdict.timings_ms and "faces" not in verdict.timings_ms
    assert verdict.reason == MESSAGES[Category.SEXUAL] and verdict.layer == "rules"


@pytest.mark.parametrize("mode", ["block", "require_consent", "allow"])
def test_a_photo_without_faces_passes_every_policy(coffee: np.ndarray, mode: str) -> None:
    verdict = check(prompt=PROMPT, image_bgr=coffee, policy=SafetyPolicy(faces=mode))  # type: ignore[arg-type]
    assert verdict.allowed and verdict.faces == 0 and verdict.reason == ""
    assert verdict.scores["nsfw"] < 0.1


@pytest.mark.parametrize(
    ("mode", "consent", "allowed", "category"),
    [
        ("block", True, False, Category.FACES_NOT_ALLOWED),
        ("require_consent", False, False, Category.CONSENT_REQUIRED),
        ("require_consent", True, True, None),
        ("allow", False, True, None),
    ],
)
def test_face_policy_modes(
    astronaut: np.ndarray, mode: str, consent: bool, allowed: bool, category: Category | None
) -> None:
    policy = SafetyPolicy(faces=mode, consent_given=consent)  # type: ignore[arg-type]
    verdict = check(prompt=PROMPT, image_bgr=astronaut, policy=policy)
    assert verdict.allowed is allowed
    assert verdict.category == category
    assert verdict.faces == 1


def test_consent_message_tells_the_user_to_confirm_consent(astronaut: np.ndarray) -> None:
    verdict = check(prompt=PROMPT, image_bgr=astronaut, policy=SafetyPolicy())
    assert "Confirm that everyone in the photo agreed to be animated" in verdict.reason


def test_protected_identity_is_blocked_even_when_faces_are_allowed(
    astronaut: np.ndarray, astronaut_id: safety.ProtectedFace
) -> None:
    bigger = cv2.resize(astronaut, (1024, 1024), interpolation=cv2.INTER_CUBIC)
    policy = SafetyPolicy(faces="allow", consent_given=True, protected_embeddings=(astronaut_id,))
    verdict = check(prompt=PROMPT, image_bgr=bigger, policy=policy)
    assert not verdict.allowed
    assert verdict.category == Category.PROTECTED_IDENTITY
    assert verdict.scores["identity"] > 0.8
    assert "astronaut (opted out)" in verdict.detail  # the label is for the admin...
    assert "astronaut" not in verdict.reason  # ...not shown to the user


def test_someone_else_is_not_mistaken_for_a_protected_identity(
    hopper: np.ndarray, astronaut_id: safety.ProtectedFace
) -> None:
    policy = SafetyPolicy(faces="allow", protected_embeddings=(astronaut_id.embedding,))
    verdict = check(prompt=PROMPT, image_bgr=hopper, policy=policy)
    assert verdict.allowed
    assert verdict.scores["identity"] < 0.4


@pytest.mark.parametrize(
    ("prompt", "category"),
    [
        ("a sultry jazz singer on stage, smoke", Category.SEXUAL),
        ("he grips the knife and stares", Category.VIOLENCE_GORE),
    ],
)
def test_a_face_plus_a_sexual_or_violent_prompt_is_always_blocked(
    astronaut: np.ndarray, coffee: np.ndarray, prompt: str, category: Category
) -> None:
    policy = SafetyPolicy(faces="allow")
    assert check(prompt=prompt, image_bgr=coffee, policy=policy).allowed  # no face: a lean only
    verdict = check(prompt=prompt, image_bgr=astronaut, policy=policy)
    assert not verdict.allowed and verdict.category == category
    assert verdict.layer == "photo" and verdict.children == 0


def _face(*, eyes: float, eye_to_mouth: float, size: float = 200.0, x: float = 100.0) -> FaceBox:
    """A frontal face box with YuNet's five landmarks placed for a given proportion."""
    cx, ey = x + size / 2, 100.0 + size * 0.4
    my = ey + eye_to_mouth
    return FaceBox(
        x=x, y=100.0, w=size, h=size, score=0.9,
        landmarks=(
            (cx - eyes / 2, ey), (cx + eyes / 2, ey), (cx, (ey + my) / 2),
            (cx - eyes / 3, my), (cx + eyes / 3, my),
        ),
    )  # fmt: skip


def test_the_apparent_child_heuristic_on_face_proportions_and_relative_size(
    astronaut: np.ndarray, hopper: np.ndarray
) -> None:
    adult, child = _face(eyes=60, eye_to_mouth=66), _face(eyes=60, eye_to_mouth=42)
    assert safety.apparent_child([adult]) == [False]
    assert safety.apparent_child([child]) == [True]
    # Much smaller than the adult next to it, and not long-faced: counted as a child.
    small = _face(eyes=30, eye_to_mouth=25, size=90, x=400)
    assert safety.apparent_child([adult, small]) == [False, True]
    # Real adult photos are not children.
    for photo in (astronaut, hopper):
        boxes = safety.vision.detect_faces(photo)
        assert boxes and not any(safety.apparent_child(boxes))


def test_a_child_in_the_photo_makes_any_sexual_or_violent_lean_minors(coffee: np.ndarray) -> None:
    """The faces are given (as the parse stage hands them over): a child-proportioned face.
    No photo of a child ships offline, so the face is synthetic; the decision is real."""
    child = [_face(eyes=60, eye_to_mouth=42)]
    policy = SafetyPolicy(faces="allow")
    for prompt in ("a sultry jazz singer on stage, smoke", "he grips the knife and stares"):
        verdict = check(prompt=prompt, image_bgr=coffee, policy=policy, faces=child)
        assert not verdict.allowed and verdict.category == Category.MINORS
        assert verdict.layer == "photo" and verdict.children == 1
    calm = check(prompt=PROMPT, image_bgr=coffee, policy=policy, faces=child)
    assert calm.allowed and calm.children == 1


def test_unknown_face_policy_is_rejected() -> None:
    with pytest.raises(ValueError, match="Unknown face policy"):
        SafetyPolicy(faces="sometimes")  # type: ignore[arg-type]


def test_reference_photo_without_a_face_is_explained(coffee: np.ndarray) -> None:
    with pytest.raises(safety.SafetyError, match="couldn't find a face"):
        safety.embed_protected_face(coffee, label="nobody")


# -- output moderation -----------------------------------------------------------------------
def _clip(path: Path, frames: list[np.ndarray]) -> Path:
    height, width = frames[0].shape[:2]
    with ClipEncoder(path, width=width, height=height, fps=24) as enc:
        for f in frames:
            enc.write(f.copy())
    return path


def _frames_of(image: np.ndarray, n: int = 24) -> list[np.ndarray]:
    base = cv2.resize(image, (256, 448), interpolation=cv2.INTER_AREA)
    return [np.roll(base, i, axis=1) for i in range(n)]


def test_output_moderation_passes_a_clean_clip(tmp_path: Path, coffee: np.ndarray) -> None:
    clip = _clip(tmp_path / "clean.mp4", _frames_of(coffee))
    verdict = check_clip(clip=clip, policy=SafetyPolicy(faces="allow"))
    assert verdict.allowed
    assert verdict.scores["nsfw"] < 0.1


def test_output_moderation_flags_unsafe_frames(
    tmp_path: Path, coffee: np.ndarray, unsafe_image: np.ndarray
) -> None:
    frames = _frames_of(coffee)
    frames[6:14] = [unsafe_image] * 8
    clip = _clip(tmp_path / "unsafe.mp4", frames)
    verdict = check_clip(clip=clip, policy=SafetyPolicy(faces="allow"))
    assert not verdict.allowed
    assert verdict.category == Category.UNSAFE_IMAGE
    assert "frame 12" in verdict.detail  # samples 0, 6, 12, 17, 23 of 24 frames


def test_output_moderation_flags_a_protected_face(
    tmp_path: Path, astronaut: np.ndarray, astronaut_id: safety.ProtectedFace
) -> None:
    crop = astronaut[0:512, 60:352]  # a 9:16-ish portrait around her face
    clip = _clip(tmp_path / "face.mp4", _frames_of(crop, 12))
    policy = SafetyPolicy(faces="allow", protected_embeddings=(astronaut_id,))
    verdict = check_clip(clip=clip, policy=policy)
    assert not verdict.allowed
    assert verdict.category == Category.PROTECTED_IDENTITY
    assert verdict.faces == 1


def test_unreadable_clip_is_explained(tmp_path: Path) -> None:
    bad = tmp_path / "bad.mp4"
    bad.write_bytes(b"not a video")
    with pytest.raises(UnreadableClip, match="could not be opened"):
        check_clip(clip=bad, policy=SafetyPolicy())


def test_models_load_once_per_process(astronaut: np.ndarray, hopper: np.ndarray) -> None:
    policy = SafetyPolicy(faces="allow", protected_embeddings=(np.ones(128, np.float32),))
    check(prompt=PROMPT, image_bgr=astronaut, policy=policy)
    first = safety.loaded_model_count()
    assert first == {"yunet": 1, "sface": 1, "open_nsfw": 1, "minilm": 1, "semantic_heads": 1}
    for image in (hopper, astronaut, hopper):
        check(prompt=PROMPT, image_bgr=image, policy=policy)
    assert safety.loaded_model_count() == first


def test_a_prompt_blocked_as_sexual_over_a_child_face_is_minors(coffee: np.ndarray) -> None:
    """The rules block the prompt on its own; the child's face in the photo makes it minors."""
    policy = SafetyPolicy(faces="allow")
    prompt = "make her naked on the bed"
    child = check(
        prompt=prompt, image_bgr=coffee, policy=policy, faces=[_face(eyes=60, eye_to_mouth=42)]
    )
    assert child.category == Category.MINORS and child.layer == "photo" and child.children == 1
    adult = check(
        prompt=prompt, image_bgr=coffee, policy=policy, faces=[_face(eyes=60, eye_to_mouth=66)]
    )
    assert adult.category == Category.SEXUAL and adult.layer == "rules"


def test_a_12mp_photo_is_shrunk_to_the_detector_size_with_area_averaging() -> None:
    # A fine checkerboard averages to mid grey; a subsampling shortcut would alias it.
    board = (np.indices((3000, 4000)).sum(axis=0) % 2 * 255).astype(np.uint8)
    photo = cv2.cvtColor(board, cv2.COLOR_GRAY2BGR)
    work, scale = safety._downscale(photo, 640)
    assert work.shape[:2] == (480, 640) and abs(scale - 0.16) < 1e-9
    assert abs(float(work.mean()) - 127.5) < 2 and float(work.std()) < 3
