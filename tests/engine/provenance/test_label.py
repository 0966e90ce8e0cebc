from __future__ import annotations

import numpy as np
import pytest

from engine.provenance.label import VisibleLabel
from tests.engine.provenance.media import moving_frames


def _overlaps(a, b) -> bool:
    return not (
        a[0] + a[2] <= b[0] or b[0] + b[2] <= a[0] or a[1] + a[3] <= b[1] or b[1] + b[3] <= a[1]
    )


@pytest.mark.parametrize(
    ("face", "not_corner"),
    [
        ((250, 1000, 300, 250), "bottom_right"),
        ((20, 1000, 300, 250), "bottom_left"),
        ((380, 30, 330, 300), "top_right"),
    ],
)
def test_label_goes_to_a_corner_away_from_the_face(face, not_corner):
    label = VisibleLabel(720, 1280, avoid_boxes=[face])
    assert label.corner != not_corner
    assert not _overlaps(label.box, face)


def test_label_without_subjects_defaults_to_bottom_right():
    label = VisibleLabel(720, 1280)
    x, y, w, h = label.box
    assert label.corner == "bottom_right" and x + w > 600 and y + h > 1200


def test_label_changes_only_its_region_and_only_in_bgr():
    frame = next(moving_frames(720, 1280, 1))
    original = frame.copy()
    label = VisibleLabel(720, 1280, avoid_boxes=[(400, 900, 300, 380)])
    label.apply_bgr(frame, 0)
    x, y, w, h = label.box
    changed = np.argwhere((frame != original).any(axis=2))
    assert len(changed) > 0.2 * w * h
    assert changed[:, 0].min() >= y and changed[:, 0].max() < y + h
    assert changed[:, 1].min() >= x and changed[:, 1].max() < x + w
    i420 = np.full((1920, 720), 99, np.uint8)
    label.apply_yuv420(i420, 0)
    assert (i420 == 99).all()


def test_badge_scales_with_frame_height_and_fits_narrow_frames():
    small, large = VisibleLabel(540, 960), VisibleLabel(1080, 1920)
    assert 1.7 < large.box[3] / small.box[3] < 2.3
    narrow = VisibleLabel(240, 1280, brand="Stillmotion")
    assert narrow.box[2] <= 240 * 0.6 and narrow.text == "AI-generated | Stillmotion"
