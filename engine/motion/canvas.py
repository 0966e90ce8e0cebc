"""Where overlays draw: a BGR frame, or an I420 frame straight for the encoder.

Overlays describe what they add (a soft alpha with a colour, added light, sprites) and the
canvas composites it: on BGR every channel at full size; on I420 the luma at full size and
the chroma at half size, with the exact BT.601 limited-range arithmetic of OpenCV's
BGR->I420 conversion, so a clip looks the same whichever path made it. Renders without BGR
filters take the I420 path: half the pixels to blend and no colour conversion per frame.

Alphas may be float32 (0..1) or uint8 (0..255) of any size: they are scaled to the box (and,
for chroma, to the half-size box). Boxes are (x0, y0, x1, y1) in frame pixels.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from functools import lru_cache

import cv2
import numpy as np

Box = tuple[int, int, int, int]

# OpenCV's BGR->I420 (BT.601, limited range) as a linear map of B, G, R: rows give Y, U, V.
_TO_YUV = np.array(
    [[0.098, 0.504, 0.257], [0.439, -0.291, -0.148], [-0.071, -0.368, 0.439]], np.float32
)


@lru_cache(maxsize=64)
def yuv_of(colour: tuple[int, int, int]) -> tuple[int, int, int]:
    """Y, U and V of a BGR colour, exactly as the encoder's conversion makes them."""
    patch = np.empty((2, 2, 3), np.uint8)
    patch[:] = colour
    i420 = cv2.cvtColor(patch, cv2.COLOR_BGR2YUV_I420)
    return int(i420[0, 0]), int(i420[2, 0]), int(i420[2, 1])


def alpha_u8(alpha: np.ndarray, size: tuple[int, int]) -> np.ndarray:
    """An alpha (float 0..1 or uint8) as uint8 0..255 of `size` (width, height)."""
    if (alpha.shape[1], alpha.shape[0]) != size:
        alpha = cv2.resize(alpha, size, interpolation=cv2.INTER_LINEAR)
    if alpha.dtype == np.uint8:
        return alpha
    return cv2.convertScaleAbs(alpha, alpha=255.0)


def _lerp_to(region: np.ndarray, alpha: np.ndarray, value: tuple[float, ...]) -> np.ndarray:
    """region * (1 - a) + value * a, uint8, for a constant colour or plane value."""
    keep = cv2.multiply(region, cv2.bitwise_not(alpha), scale=1 / 255)
    paint = cv2.multiply(alpha, tuple(v / 255 for v in value) + (0.0,) * (4 - len(value)))
    return cv2.add(keep, paint)


def _lighten_to(region: np.ndarray, alpha: np.ndarray, value: tuple[float, ...]) -> np.ndarray:
    """region + (value - region) * a where value is brighter (never darkens)."""
    scalar = tuple(float(v) for v in value) + (0.0,) * (4 - len(value))
    lift = cv2.multiply(cv2.subtract(scalar, region), alpha, scale=1 / 255)
    return cv2.add(region, lift)


def even_box(x0: int, y0: int, x1: int, y1: int, size: tuple[int, int]) -> Box | None:
    """A box grown to even corners (whole chroma samples) and clipped to the frame."""
    width, height = size
    x0, y0 = max(0, x0 - x0 % 2), max(0, y0 - y0 % 2)
    x1, y1 = min(width, x1 + x1 % 2), min(height, y1 + y1 % 2)
    if x1 <= x0 or y1 <= y0:
        return None
    return x0, y0, x1, y1


@dataclass(frozen=True)
class Sprite:
    """A sprite in both colour forms: BGRA, and Y/U/V/A per pixel (for I420 frames)."""

    bgra: np.ndarray = field(repr=False)
    yuva: np.ndarray = field(repr=False)

    @classmethod
    def from_bgra(cls, bgra: np.ndarray) -> Sprite:
        y, u, v = yuv444(bgra[..., :3])
        return cls(bgra=bgra, yuva=cv2.merge((y, u, v, bgra[..., 3])))

    @property
    def size(self) -> int:
        return int(self.bgra.shape[0])


def yuv_planes(bgr: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Y, U and V of every pixel of `bgr` (chroma not subsampled), with exactly the arithmetic
    of OpenCV's BGR->I420 conversion (BT.601 limited range) that `ClipEncoder.write` uses."""
    height, width = bgr.shape[:2]
    y = np.empty((height, width), np.uint8)
    u = np.empty_like(y)
    v = np.empty_like(y)
    step = 128  # rows per strip: keeps the doubled temporary small
    for r0 in range(0, height, step):
        strip = bgr[r0 : r0 + step]
        rows = strip.shape[0]
        # Each pixel doubled into a 2x2 block: the I420 chroma of the doubled strip (one
        # sample per block) is then the chroma of every original pixel.
        twice = cv2.resize(strip, (2 * width, 2 * rows), interpolation=cv2.INTER_NEAREST)
        i420 = cv2.cvtColor(twice, cv2.COLOR_BGR2YUV_I420)
        y[r0 : r0 + rows] = i420[: 2 * rows : 2, ::2]
        chroma = i420[2 * rows :].reshape(2, rows, width)
        u[r0 : r0 + rows] = chroma[0]
        v[r0 : r0 + rows] = chroma[1]
    return y, u, v


def yuv444(bgr: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    return yuv_planes(np.ascontiguousarray(bgr))


class Canvas(ABC):
    """An output frame overlays draw into."""

    size: tuple[int, int]  # width, height

    @abstractmethod
    def lighten(
        self, alpha: np.ndarray, colour: tuple[int, int, int], box: Box | None = None
    ) -> None:
        """Light particles: towards `colour` by alpha where it is brighter."""

    @abstractmethod
    def blend(
        self, alpha: np.ndarray, colour: tuple[int, int, int], box: Box | None = None
    ) -> None:
        """Mist and vapour: towards `colour` by alpha."""

    @abstractmethod
    def add_light(self, light: np.ndarray, box: Box | None = None) -> None:
        """Additive light: `light` is float32 BGR, 1.0 = 255 added."""

    @abstractmethod
    def add_glow(
        self, alpha: np.ndarray, colour: tuple[int, int, int], box: Box | None = None
    ) -> None:
        """Additive light of one colour: `colour` times alpha is added."""

    @abstractmethod
    def stamp(
        self, sprite: Sprite, matrix: np.ndarray, box: Box, alpha: np.ndarray, shade: float
    ) -> None:
        """A sprite warped by `matrix` (sprite pixels -> box pixels) into the even box, its
        alpha multiplied by `alpha` (float32, box-sized) and its colour by `shade`."""

    def _box(self, box: Box | None) -> Box:
        return box if box is not None else (0, 0, self.size[0], self.size[1])


class BgrCanvas(Canvas):
    def __init__(self, frame: np.ndarray) -> None:
        self.frame = frame
        self.size = (frame.shape[1], frame.shape[0])

    def _region(self, box: Box | None) -> tuple[np.ndarray, tuple[int, int]]:
        x0, y0, x1, y1 = self._box(box)
        return self.frame[y0:y1, x0:x1], (x1 - x0, y1 - y0)

    def lighten(
        self, alpha: np.ndarray, colour: tuple[int, int, int], box: Box | None = None
    ) -> None:
        region, size = self._region(box)
        a3 = cv2.cvtColor(alpha_u8(alpha, size), cv2.COLOR_GRAY2BGR)
        region[...] = _lighten_to(region, a3, colour)

    def blend(
        self, alpha: np.ndarray, colour: tuple[int, int, int], box: Box | None = None
    ) -> None:
        region, size = self._region(box)
        a3 = cv2.cvtColor(alpha_u8(alpha, size), cv2.COLOR_GRAY2BGR)
        region[...] = _lerp_to(region, a3, colour)

    def add_light(self, light: np.ndarray, box: Box | None = None) -> None:
        region, size = self._region(box)
        if (light.shape[1], light.shape[0]) != size:
            light = cv2.resize(light, size, interpolation=cv2.INTER_LINEAR)
        region[...] = cv2.add(region, cv2.convertScaleAbs(light, alpha=255.0))

    def add_glow(
        self, alpha: np.ndarray, colour: tuple[int, int, int], box: Box | None = None
    ) -> None:
        region, size = self._region(box)
        a3 = cv2.cvtColor(alpha_u8(alpha, size), cv2.COLOR_GRAY2BGR)
        light = cv2.multiply(a3, (colour[0] / 255, colour[1] / 255, colour[2] / 255, 0.0))
        region[...] = cv2.add(region, light)

    def stamp(
        self, sprite: Sprite, matrix: np.ndarray, box: Box, alpha: np.ndarray, shade: float
    ) -> None:
        x0, y0, x1, y1 = box
        patch = cv2.warpAffine(sprite.bgra, matrix, (x1 - x0, y1 - y0), flags=cv2.INTER_LINEAR,
                               borderMode=cv2.BORDER_CONSTANT)  # fmt: skip
        a = (patch[..., 3].astype(np.float32) * (1 / 255) * alpha)[..., None]
        region = self.frame[y0:y1, x0:x1]
        region[...] = (region * (1.0 - a) + patch[..., :3] * (shade * a)).astype(np.uint8)


class I420Canvas(Canvas):
    def __init__(self, i420: np.ndarray, size: tuple[int, int]) -> None:
        width, height = size
        self.size = size
        flat = i420.reshape(-1)
        luma = width * height
        self.y = i420[:height]
        self.u = flat[luma : luma + luma // 4].reshape(height // 2, width // 2)
        self.v = flat[luma + luma // 4 :].reshape(height // 2, width // 2)

    def _boxes(self, box: Box | None) -> tuple[Box, Box]:
        x0, y0, x1, y1 = self._box(box)
        return (x0, y0, x1, y1), (x0 // 2, y0 // 2, -(-x1 // 2), -(-y1 // 2))

    def _paint(
        self, alpha: np.ndarray, colour: tuple[int, int, int], box: Box | None, *, light: bool
    ) -> None:
        (x0, y0, x1, y1), (c0, r0, c1, r1) = self._boxes(box)
        yc, uc, vc = yuv_of(colour)
        region = self.y[y0:y1, x0:x1]
        a = alpha_u8(alpha, (x1 - x0, y1 - y0))
        region[...] = _lighten_to(region, a, (yc,)) if light else _lerp_to(region, a, (yc,))
        aq = alpha_u8(alpha, (c1 - c0, r1 - r0))
        for plane, value in ((self.u, uc), (self.v, vc)):
            chroma = plane[r0:r1, c0:c1]
            chroma[...] = _lerp_to(chroma, aq, (value,))

    def lighten(
        self, alpha: np.ndarray, colour: tuple[int, int, int], box: Box | None = None
    ) -> None:
        self._paint(alpha, colour, box, light=True)

    def blend(
        self, alpha: np.ndarray, colour: tuple[int, int, int], box: Box | None = None
    ) -> None:
        self._paint(alpha, colour, box, light=False)

    def add_light(self, light: np.ndarray, box: Box | None = None) -> None:
        # Light as Y, U, V offsets (at the light's own, small size; then scaled up).
        dy, du, dv = cv2.split(cv2.transform(light, _TO_YUV))
        self._add_offsets(dy, du, dv, box)

    def add_glow(
        self, alpha: np.ndarray, colour: tuple[int, int, int], box: Box | None = None
    ) -> None:
        if alpha.dtype == np.uint8:
            alpha = alpha.astype(np.float32) * (1 / 255)
        ky, ku, kv = (_TO_YUV @ (np.array(colour, np.float32) / 255)).tolist()
        self._add_offsets(alpha * ky, alpha * ku, alpha * kv, box)

    def _add_offsets(self, dy: np.ndarray, du: np.ndarray, dv: np.ndarray, box: Box | None) -> None:
        """Add Y, U, V offsets (float, 1.0 = 255; chroma signed) scaled to the box."""
        (x0, y0, x1, y1), (c0, r0, c1, r1) = self._boxes(box)
        region = self.y[y0:y1, x0:x1]
        region[...] = cv2.add(region, alpha_u8(dy, (x1 - x0, y1 - y0)))  # light adds luma
        size = (c1 - c0, r1 - r0)
        for plane, delta in ((self.u, du), (self.v, dv)):
            if (delta.shape[1], delta.shape[0]) != size:
                delta = cv2.resize(delta, size, interpolation=cv2.INTER_LINEAR)
            chroma = plane[r0:r1, c0:c1]
            # Signed: add the positive part, take away the negative part (both saturating).
            lifted = cv2.add(chroma, cv2.convertScaleAbs(np.maximum(delta, 0), alpha=255.0))
            chroma[...] = cv2.subtract(
                lifted, cv2.convertScaleAbs(np.minimum(delta, 0), alpha=255.0)
            )

    def stamp(
        self, sprite: Sprite, matrix: np.ndarray, box: Box, alpha: np.ndarray, shade: float
    ) -> None:
        x0, y0, x1, y1 = box  # even corners (see even_box)
        patch = cv2.warpAffine(sprite.yuva, matrix, (x1 - x0, y1 - y0), flags=cv2.INTER_LINEAR,
                               borderMode=cv2.BORDER_CONSTANT)  # fmt: skip
        a = patch[..., 3].astype(np.float32) * (1 / 255) * alpha
        region = self.y[y0:y1, x0:x1]
        region[...] = (region * (1.0 - a) + patch[..., 0] * (shade * a)).astype(np.uint8)
        # Chroma: the sample of each 2x2 block is its top-left pixel's, as in the conversion.
        aq = a[::2, ::2]
        r0, c0 = y0 // 2, x0 // 2
        for plane, channel in ((self.u, 1), (self.v, 2)):
            chroma = plane[r0 : r0 + aq.shape[0], c0 : c0 + aq.shape[1]]
            values = patch[::2, ::2, channel][: chroma.shape[0], : chroma.shape[1]]
            weight = aq[: chroma.shape[0], : chroma.shape[1]]
            chroma[...] = (chroma * (1.0 - weight) + values * weight).astype(np.uint8)
