"""The label hook: render() tells filters where the faces are on frame 0, so the visible
label avoids them without running a face detector."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest

from engine.motion.encode import decode_bgr_frames
from engine.motion.engine import render
from engine.provenance.label import PlacedLabel, VisibleLabel, choose_corner
from engine.spec import CameraMove, GenerationSpec, Resolution

# A red square "face" low on the right of a portrait photo: where the default bottom-right
# badge would go.
FACE = (600, 1290, 260, 250)


def _overlaps(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return not (
        a[0] + a[2] <= b[0] or b[0] + b[2] <= a[0] or a[1] + a[3] <= b[1] or b[1] + b[3] <= a[1]
    )


@pytest.fixture(scope="module")
def face_photo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    rng = np.random.default_rng(1)
    photo = rng.integers(60, 140, (1600, 900, 3), dtype=np.uint8)
    photo = cv2.GaussianBlur(photo, (0, 0), 3)
    x, y, w, h = FACE
    photo[y : y + h, x : x + w] = (0, 0, 255)
    path = tmp_path_factory.mktemp("label") / "face.png"
    cv2.imwrite(str(path), photo)
    return path


def _red_box(frame: np.ndarray) -> tuple[float, float, float, float]:
    red = (frame[..., 2] > 180) & (frame[..., 1] < 80) & (frame[..., 0] < 80)
    ys, xs = np.nonzero(red)
    return (
        float(xs.min()),
        float(ys.min()),
        float(xs.max() - xs.min() + 1),
        float(ys.max() - ys.min() + 1),
    )


@pytest.mark.parametrize("move", [CameraMove.PUSH_IN, CameraMove.PAN_LEFT, CameraMove.PARALLAX])
def test_label_is_placed_in_a_corner_away_from_the_mapped_face(
    tmp_path: Path, face_photo: Path, move: CameraMove
) -> None:
    def no_detector(frame: np.ndarray) -> list[tuple[float, float, float, float]]:
        raise AssertionError("the label must not need a face detector")

    label = PlacedLabel(find_faces=no_detector)
    spec = GenerationSpec(
        camera=move, camera_strength=1.0, duration_s=2.0, resolution=Resolution.P720
    )
    result = render(
        source=face_photo,
        spec=spec,
        out_path=tmp_path / "l.mp4",
        subject_boxes=(FACE,),
        filters=[label],
    )
    assert label.placed_boxes is not None and len(label.placed_boxes) == 1
    first = next(decode_bgr_frames(result.out_path))
    seen = _red_box(first)
    placed = label.placed_boxes[0]
    # The face box went through frame 0's camera: it is where the red square is on screen.
    assert np.allclose(placed, seen, atol=4), (placed, seen)
    assert label.label is not None
    assert not _overlaps(label.label.box, seen)
    assert label.label.corner != "bottom_right"  # where it would have gone without the hook
    # And it is the farthest corner from the face, as the label's own rule says.
    _, _, bw, bh = label.label.box
    assert label.label.corner == choose_corner(720, 1280, bw, bh, [seen])[0]


def test_without_place_the_label_falls_back_to_its_finder_or_the_default_corner() -> None:
    frame = np.full((1280, 720, 3), 100, np.uint8)
    found = PlacedLabel(find_faces=lambda f: [(450.0, 1050.0, 260.0, 220.0)])
    found.apply_bgr(frame.copy(), 0)
    assert found.label is not None and found.label.corner != "bottom_right"
    default = PlacedLabel()
    default.apply_bgr(frame.copy(), 0)
    assert default.label is not None and default.label.corner == "bottom_right"


def test_visible_label_place_moves_the_badge_and_scales_boxes() -> None:
    label = VisibleLabel(720, 1280)
    assert label.corner == "bottom_right"
    label.place([(225.0, 525.0, 130.0, 110.0)], (360, 640))  # half-size frame: scaled up
    assert label.corner != "bottom_right"
    assert not _overlaps(label.box, (450.0, 1050.0, 260.0, 220.0))
