"""The visible "AI-generated" label burnt into every frame.

The badge (rounded dark box, anti-aliased white text, alpha) is drawn once per job into a
small patch; each frame then blends only the badge's region, in place, with 8-bit integer
arithmetic (about 0.1 ms per 720x1280 frame, against ~1 ms for a full-frame blend).
The corner is the one farthest from the subject boxes, so the label never covers a face.
The motion engine can tell a label where the faces are on the first frame (`place`, called by
`engine.motion.engine.render` before frame 0), so no face detector needs to run on it;
`PlacedLabel` is the label for that, with a detector only as the fallback for clips the
engine did not make.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import cv2
import numpy as np

Box = tuple[float, float, float, float]  # (x, y, width, height) in output pixels

_FONT = cv2.FONT_HERSHEY_SIMPLEX
_TEXT_HEIGHT_FRACTION = 0.022  # of the frame height: ~28 px at 1280, ~21 px at 960
_MIN_TEXT_PX = 10
_MAX_WIDTH_FRACTION = 0.6  # the badge never takes more than this share of the width
_MARGIN_FRACTION = 0.03  # of the short side, from the frame edges
_BOX_OPACITY = 0.55
_TEXT_OPACITY = 0.95
# Tie-break when corners are equally far from every subject: bottom corners first, as
# platforms' own overlays mostly sit at the top.
CORNERS = ("bottom_right", "bottom_left", "top_right", "top_left")


@dataclass(frozen=True)
class _Badge:
    premultiplied: np.ndarray  # h x w x 3 uint16: colour * alpha (alpha in 0..256)
    inverse_alpha: np.ndarray  # h x w x 1 uint16: 256 - alpha


def _render_badge(text: str, text_px: int) -> _Badge:
    scale = cv2.getFontScaleFromHeight(_FONT, text_px, 1)
    thickness = max(1, round(text_px / 12))
    (tw, th), baseline = cv2.getTextSize(text, _FONT, scale, thickness)
    pad_x, pad_y = round(text_px * 0.6), round(text_px * 0.45)
    w, h = tw + 2 * pad_x, th + baseline + 2 * pad_y
    radius = max(2, round(h * 0.3))

    box_mask = np.zeros((h, w), np.uint8)
    cv2.rectangle(box_mask, (radius, 0), (w - 1 - radius, h - 1), 255, -1)
    cv2.rectangle(box_mask, (0, radius), (w - 1, h - 1 - radius), 255, -1)
    for cx, cy in ((radius, radius), (w - 1 - radius, radius), (radius, h - 1 - radius)):
        cv2.circle(box_mask, (cx, cy), radius, 255, -1, cv2.LINE_AA)
    cv2.circle(box_mask, (w - 1 - radius, h - 1 - radius), radius, 255, -1, cv2.LINE_AA)
    text_mask = np.zeros((h, w), np.uint8)
    cv2.putText(text_mask, text, (pad_x, pad_y + th), _FONT, scale, 255, thickness, cv2.LINE_AA)

    box_a = box_mask.astype(np.float32) / 255 * _BOX_OPACITY
    text_a = text_mask.astype(np.float32) / 255 * _TEXT_OPACITY
    alpha = text_a + box_a * (1 - text_a)  # white text over a dark box ("over" operator)
    colour = np.where(alpha > 0, 255 * text_a / np.maximum(alpha, 1e-6), 0)  # white/black
    alpha256 = np.rint(alpha * 256).astype(np.uint16)
    premultiplied = np.rint(colour * alpha256).astype(np.uint16)
    return _Badge(
        premultiplied=np.repeat(premultiplied[:, :, None], 3, axis=2),
        inverse_alpha=(256 - alpha256)[:, :, None],
    )


def _rect_distance(a: Box, b: Box) -> float:
    """Euclidean gap between two rectangles (0 when they overlap)."""
    dx = max(b[0] - (a[0] + a[2]), a[0] - (b[0] + b[2]), 0.0)
    dy = max(b[1] - (a[1] + a[3]), a[1] - (b[1] + b[3]), 0.0)
    return float(np.hypot(dx, dy))


def corner_origin(corner: str, width: int, height: int, bw: int, bh: int) -> tuple[int, int]:
    margin = round(min(width, height) * _MARGIN_FRACTION)
    x = width - margin - bw if corner.endswith("right") else margin
    y = height - margin - bh if corner.startswith("bottom") else margin
    return max(0, x), max(0, y)


def choose_corner(
    width: int, height: int, bw: int, bh: int, avoid_boxes: Sequence[Box]
) -> tuple[str, tuple[int, int]]:
    """The corner whose badge rectangle is farthest from the nearest subject box."""
    best = CORNERS[0], corner_origin(CORNERS[0], width, height, bw, bh)
    if not avoid_boxes:
        return best
    best_gap = -1.0
    for corner in CORNERS:
        x, y = corner_origin(corner, width, height, bw, bh)
        gap = min(_rect_distance((x, y, bw, bh), tuple(map(float, b))) for b in avoid_boxes)
        if gap > best_gap:
            best, best_gap = (corner, (x, y)), gap
    return best


class VisibleLabel:
    """FrameFilter drawing the AI-generated badge; build once per job, apply per frame.

    `avoid_boxes` are subject/face boxes (x, y, w, h) in output pixels; `.corner` and
    `.box` tell where the badge went. apply_yuv420 is a no-op.
    """

    def __init__(
        self,
        width: int,
        height: int,
        text: str = "AI-generated",
        brand: str | None = None,
        avoid_boxes: Sequence[Box] = (),
    ) -> None:
        self.width, self.height = width, height
        self.text = f"{text} | {brand}" if brand else text
        text_px = max(_MIN_TEXT_PX, round(height * _TEXT_HEIGHT_FRACTION))
        badge = _render_badge(self.text, text_px)
        while badge.inverse_alpha.shape[1] > width * _MAX_WIDTH_FRACTION and text_px > 6:
            text_px -= 1  # long brand or very narrow frame: shrink until it fits
            badge = _render_badge(self.text, text_px)
        self._badge = badge
        bh, bw = badge.inverse_alpha.shape[:2]
        bw, bh = min(bw, width), min(bh, height)
        self._badge = _Badge(badge.premultiplied[:bh, :bw], badge.inverse_alpha[:bh, :bw])
        self.corner, (x, y) = choose_corner(width, height, bw, bh, avoid_boxes)
        self.box: tuple[int, int, int, int] = (x, y, bw, bh)
        self._scratch = np.empty((bh, bw, 3), np.uint16)

    def place(self, boxes_in_frame: Sequence[Box], frame_size: tuple[int, int]) -> None:
        """Move the badge to the corner farthest from these boxes (output pixels of a frame
        of `frame_size`; scaled if that is not the label's own size)."""
        fw, fh = frame_size
        sx, sy = self.width / max(fw, 1), self.height / max(fh, 1)
        boxes = [(x * sx, y * sy, w * sx, h * sy) for x, y, w, h in boxes_in_frame]
        _, _, bw, bh = self.box
        self.corner, (x, y) = choose_corner(self.width, self.height, bw, bh, boxes)
        self.box = (x, y, bw, bh)

    def apply_bgr(self, frame: np.ndarray, index: int) -> None:
        x, y, w, h = self.box
        region = frame[y : y + h, x : x + w]
        # out = (pixel * (256 - a) + colour * a) >> 8, in uint16 without temporaries
        np.multiply(region, self._badge.inverse_alpha, out=self._scratch)
        self._scratch += self._badge.premultiplied
        self._scratch >>= 8
        region[...] = self._scratch

    def apply_yuv420(self, i420: np.ndarray, index: int) -> None:
        return None


FaceFinder = Callable[[np.ndarray], Sequence[Box]]


class PlacedLabel:
    """The visible label as a FrameFilter that needs no face detection: the motion engine
    calls `place` with the faces' boxes on frame 0 before the first frame. For a clip the
    engine did not make (nobody calls `place`), `find_faces` (if given) is run once on the
    first frame instead; without it the label takes the default corner.
    """

    def __init__(
        self,
        *,
        text: str = "AI-generated",
        brand: str | None = None,
        find_faces: FaceFinder | None = None,
    ) -> None:
        self.text = text
        self.brand = brand or None
        self.find_faces = find_faces
        self.label: VisibleLabel | None = None
        self.placed_boxes: list[Box] | None = None  # what `place` was told, for the record

    def place(self, boxes_in_frame: Sequence[Box], frame_size: tuple[int, int]) -> None:
        width, height = frame_size
        self.placed_boxes = [tuple(map(float, b)) for b in boxes_in_frame]  # type: ignore[misc]
        self.label = VisibleLabel(
            width, height, text=self.text, brand=self.brand, avoid_boxes=self.placed_boxes
        )

    def apply_bgr(self, frame: np.ndarray, index: int) -> None:
        height, width = frame.shape[:2]
        if self.label is None or (self.label.width, self.label.height) != (width, height):
            boxes = list(self.find_faces(frame)) if self.find_faces is not None else []
            self.label = VisibleLabel(
                width, height, text=self.text, brand=self.brand, avoid_boxes=boxes
            )
        self.label.apply_bgr(frame, index)

    def apply_yuv420(self, i420: np.ndarray, index: int) -> None:
        return None
