"""Where things are on screen: the camera of every frame and the subject as it appears there.

Overlays (particles, fog, steam...) and the brush live in the photo's space but are drawn in
the frame's. `Stage` holds the transforms between the spaces, all affine 2x3 matrices on pixel
indices:

    photo   normalized (0..1) coordinates of the photo as uploaded (EXIF-oriented)
    working pixel index of the working image (the union of all viewports)
    screen  pixel index of the output frame
    low     pixel index of a frame downscaled by an integer factor (cheap soft layers)

and the subject mask of the analysis, resampled on demand onto the screen of frame i (once per
frame and factor, shared by every overlay).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import cv2
import numpy as np

from engine.motion.analysis import Analysis
from engine.motion.effects import Geometry

_WARP = cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP


def to3(m: np.ndarray) -> np.ndarray:
    """A 2x3 affine matrix as 3x3."""
    out = np.eye(3)
    out[:2] = m
    return out


def compose(*matrices: np.ndarray) -> np.ndarray:
    """The affine map applying the last matrix first: compose(a, b)(p) = a(b(p))."""
    out = np.eye(3)
    for m in matrices:
        out = out @ to3(m)
    return out[:2]


def invert(m: np.ndarray) -> np.ndarray:
    return cv2.invertAffineTransform(np.asarray(m, np.float64))


def apply(m: np.ndarray, x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Map point arrays through a 2x3 matrix."""
    return m[0, 0] * x + m[0, 1] * y + m[0, 2], m[1, 0] * x + m[1, 1] * y + m[1, 2]


def screen_from_low(factor: int) -> np.ndarray:
    """Low pixel p covers screen pixels factor*p .. factor*p + factor - 1."""
    return np.array([[factor, 0, (factor - 1) / 2], [0, factor, (factor - 1) / 2]], np.float64)


def low_size(out_size: tuple[int, int], factor: int) -> tuple[int, int]:
    return -(-out_size[0] // factor), -(-out_size[1] // factor)


@dataclass
class Stage:
    """The camera, the layers and the subject, for everything drawn in screen space."""

    out_size: tuple[int, int]  # width, height
    geo: Geometry
    bg_matrices: np.ndarray  # (N, 2, 3) screen -> working (the scene layer)
    fg_matrices: np.ndarray | None  # (N, 2, 3) screen -> working (the subject layer), layered
    analysis: Analysis = field(repr=False)  # its subject mask is computed only when asked
    analysis_from_working: np.ndarray = field(repr=False)
    working_from_photo: np.ndarray = field(repr=False)
    working: np.ndarray = field(repr=False)  # the working image, BGR
    _subject_cache: dict[tuple[int, int], np.ndarray] = field(default_factory=dict, repr=False)
    _unit: float | None = field(default=None, repr=False)

    @property
    def subject(self) -> np.ndarray:
        """Feathered subject mask (float32 0..1) in analysis pixels."""
        return self.analysis.subject

    @property
    def subject_box_analysis(self) -> tuple[float, float, float, float]:
        """x, y, w, h of the subject in analysis pixels."""
        return self.analysis.subject_box

    @property
    def frames(self) -> int:
        return len(self.bg_matrices)

    def working_to_screen(self, index: int, *, layer: str = "scene") -> np.ndarray:
        m = self.fg_matrices if layer == "subject" and self.fg_matrices is not None else None
        return invert((m if m is not None else self.bg_matrices)[index])

    def working_to_low(self, index: int, factor: int, *, layer: str = "scene") -> np.ndarray:
        return compose(invert(screen_from_low(factor)), self.working_to_screen(index, layer=layer))

    def photo_to_working(self, point: tuple[float, float]) -> tuple[float, float]:
        x, y = apply(self.working_from_photo, np.array(point[0]), np.array(point[1]))
        return float(x), float(y)

    @property
    def photo_from_analysis(self) -> np.ndarray:
        return invert(compose(self.analysis_from_working, self.working_from_photo))

    @property
    def unit(self) -> float:
        """Working pixels per screen pixel (median over the clip): sizes given in screen
        pixels become working pixels."""
        if self._unit is None:
            scale = np.hypot(self.bg_matrices[:, 0, 0], self.bg_matrices[:, 1, 0])
            self._unit = float(np.median(scale))
        return self._unit

    @property
    def px(self) -> float:
        """Screen pixels per design pixel: sizes are designed for a 720-pixel-wide frame."""
        return self.out_size[0] / 720.0

    def zoom(self, index: int) -> float:
        """How much bigger than usual a working-space thing looks on frame `index`."""
        m = self.bg_matrices[index]
        return self.unit / float(np.hypot(m[0, 0], m[1, 0]))

    def _subject_matrices(self) -> np.ndarray:
        matrices = self.fg_matrices if self.fg_matrices is not None else self.bg_matrices
        return matrices

    def subject_patch(self, index: int, box: tuple[int, int, int, int]) -> np.ndarray:
        """The subject's alpha (float32) on the screen box (x0, y0, x1, y1) of frame `index`:
        cheap for small boxes (a sprite's patch)."""
        x0, y0, x1, y1 = box
        shift = np.array([[1.0, 0.0, x0], [0.0, 1.0, y0]])
        m = compose(self.analysis_from_working, self._subject_matrices()[index], shift)
        return cv2.warpAffine(
            self.subject, m, (x1 - x0, y1 - y0), flags=_WARP, borderMode=cv2.BORDER_CONSTANT
        )

    def visible_u8(self, index: int) -> np.ndarray:
        """255 where nothing of the subject is on frame `index`, 0 where the subject is:
        uint8, frame-sized (made at half size and scaled up: the mask is soft anyway)."""
        key = (index, -1)
        cached = self._subject_cache.get(key)
        if cached is None:
            half = self.subject_on_screen(index, 2)
            big = cv2.resize(half, self.out_size, interpolation=cv2.INTER_LINEAR)
            cached = cv2.convertScaleAbs(big, alpha=-255.0, beta=255.0)
            self._subject_cache[key] = cached
        return cached

    def subject_on_screen(self, index: int, factor: int = 1) -> np.ndarray:
        """The subject's alpha (float32, 0..1) on frame `index`, `factor` times smaller."""
        key = (index, factor)
        cached = self._subject_cache.get(key)
        if cached is not None:
            return cached
        if len(self._subject_cache) > 8:  # frames come in order: keep only the latest few
            self._subject_cache.clear()
        m = compose(
            self.analysis_from_working, self._subject_matrices()[index], screen_from_low(factor)
        )
        alpha = cv2.warpAffine(
            self.subject, m, low_size(self.out_size, factor), flags=_WARP,
            borderMode=cv2.BORDER_CONSTANT,
        )  # fmt: skip
        self._subject_cache[key] = alpha
        return alpha
