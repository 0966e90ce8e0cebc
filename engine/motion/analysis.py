"""Finding regions in a photo: the subject, sky, water, foliage, hair, lights.

Everything runs on a small analysis copy (long side ANALYSIS_SIDE) so it costs a few tens of
milliseconds whatever the photo size. Masks are float32 in [0, 1], already feathered, in
analysis coordinates; the engine maps them to its working image.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property

import cv2
import numpy as np

ANALYSIS_SIDE = 256
GRABCUT_SIDE = 160

Box = tuple[int, int, int, int]  # x, y, w, h


class Analysis:
    """Facts about the picture at analysis resolution; the subject mask is computed on demand
    (GrabCut is the costliest step and plain camera moves do not need it)."""

    def __init__(self, image: np.ndarray, scale: float, faces: Sequence[Sequence[float]]) -> None:
        self.image = image  # analysis copy, BGR uint8
        self.scale = scale  # analysis pixels per loaded-image pixel
        self.faces: tuple[tuple[float, float, float, float], ...] = tuple(
            (float(f[0]), float(f[1]), float(f[2]), float(f[3])) for f in faces
        )

    @cached_property
    def subject(self) -> np.ndarray:
        """Feathered float32 foreground mask."""
        return feather(subject_mask(self.image, self.faces), 1.5)

    @cached_property
    def subject_box(self) -> tuple[float, float, float, float]:
        """x, y, w, h in analysis pixels: around the faces, else the salient region."""
        if self.faces:
            xs0 = [f[0] for f in self.faces]
            ys0 = [f[1] for f in self.faces]
            xs1 = [f[0] + f[2] for f in self.faces]
            ys1 = [f[1] + f[3] for f in self.faces]
            return (min(xs0), min(ys0), max(xs1) - min(xs0), max(ys1) - min(ys0))
        salient = (spectral_residual_saliency(self.image) > 0.35).astype(np.uint8)
        return mask_box(_largest_components(salient, keep=1))


def make_analysis_image(bgr: np.ndarray) -> tuple[np.ndarray, float]:
    scale = min(1.0, ANALYSIS_SIDE / max(bgr.shape[:2]))
    size = (max(1, round(bgr.shape[1] * scale)), max(1, round(bgr.shape[0] * scale)))
    return cv2.resize(bgr, size, interpolation=cv2.INTER_AREA), scale


def feather(mask: np.ndarray, radius: float) -> np.ndarray:
    """Soft edges so that effects fade out instead of tearing at the mask boundary."""
    mask = mask.astype(np.float32)
    if radius <= 0:
        return mask
    return cv2.GaussianBlur(mask, (0, 0), radius)


def _largest_components(binary: np.ndarray, keep: int = 2, min_frac: float = 0.15) -> np.ndarray:
    count, labels, stats, _ = cv2.connectedComponentsWithStats(binary.astype(np.uint8), 8)
    if count <= 1:
        return binary.astype(np.uint8)
    areas = stats[1:, cv2.CC_STAT_AREA]
    order = np.argsort(areas)[::-1][:keep] + 1
    largest = areas.max()
    out = np.zeros_like(binary, dtype=np.uint8)
    for label in order:
        if stats[label, cv2.CC_STAT_AREA] >= min_frac * largest:
            out[labels == label] = 1
    return out


# -- subject -----------------------------------------------------------------------------
def spectral_residual_saliency(bgr: np.ndarray) -> np.ndarray:
    """Hou & Zhang's spectral-residual saliency with a centre prior, in [0, 1]."""
    gray = cv2.cvtColor(bgr, cv2.COLOR_BGR2GRAY).astype(np.float32)
    small = cv2.resize(gray, (64, 64), interpolation=cv2.INTER_AREA)
    spectrum = np.fft.fft2(small)
    log_amp = np.log(np.abs(spectrum) + 1e-6)
    residual = log_amp - cv2.blur(log_amp, (3, 3))
    sal = np.abs(np.fft.ifft2(np.exp(residual + 1j * np.angle(spectrum)))) ** 2
    sal = cv2.GaussianBlur(sal.astype(np.float32), (0, 0), 2.5)
    yy, xx = np.mgrid[0:64, 0:64].astype(np.float32)
    prior = np.exp(-(((xx - 31.5) / 24) ** 2 + ((yy - 31.5) / 24) ** 2))
    sal *= prior
    sal = cv2.resize(sal, (bgr.shape[1], bgr.shape[0]), interpolation=cv2.INTER_LINEAR)
    return sal / max(float(sal.max()), 1e-9)


def _grabcut(bgr: np.ndarray, init: np.ndarray, iterations: int = 3) -> np.ndarray | None:
    if not (init == cv2.GC_PR_FGD).any() and not (init == cv2.GC_FGD).any():
        return None
    mask = init.copy()
    bgd = np.zeros((1, 65), np.float64)
    fgd = np.zeros((1, 65), np.float64)
    cv2.setRNGSeed(0)  # GrabCut's GMM init is random; keep renders deterministic
    try:
        cv2.grabCut(bgr, mask, None, bgd, fgd, iterations, cv2.GC_INIT_WITH_MASK)
    except cv2.error:
        return None
    return ((mask == cv2.GC_FGD) | (mask == cv2.GC_PR_FGD)).astype(np.uint8)


def _grabcut_small(
    bgr: np.ndarray, init: np.ndarray, side: int = GRABCUT_SIDE
) -> np.ndarray | None:
    """GrabCut on an even smaller copy (its cost grows fast with size), mask scaled back."""
    height, width = bgr.shape[:2]
    scale = side / max(height, width)
    if scale >= 1:
        return _grabcut(bgr, init)
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    small = cv2.resize(bgr, size, interpolation=cv2.INTER_AREA)
    small_init = cv2.resize(init, size, interpolation=cv2.INTER_NEAREST)
    fg = _grabcut(small, small_init)
    if fg is None:
        return None
    up = cv2.resize(fg.astype(np.float32), (width, height), interpolation=cv2.INTER_LINEAR)
    return (up > 0.5).astype(np.uint8)


def _body_box(face: Sequence[float], width: int, height: int) -> tuple[int, int, int, int]:
    """A face box grown to take in hair and shoulders (x0, y0, x1, y1)."""
    x, y, w, h = face
    x0 = max(0, int(x - 0.9 * w))
    x1 = min(width, int(x + 1.9 * w))
    y0 = max(0, int(y - 0.6 * h))
    y1 = min(height, int(y + 3.5 * h))
    return x0, y0, x1, y1


def subject_mask(bgr: np.ndarray, faces: Sequence[Sequence[float]] = ()) -> np.ndarray:
    """Binary (uint8) foreground mask: face-seeded GrabCut, or saliency-seeded GrabCut."""
    height, width = bgr.shape[:2]
    init = np.full((height, width), cv2.GC_PR_BGD, np.uint8)
    border = max(2, min(height, width) // 40)
    if faces:
        init[:] = cv2.GC_BGD
        for face in faces:
            x0, y0, x1, y1 = _body_box(face, width, height)
            init[y0:y1, x0:x1] = cv2.GC_PR_FGD
        for x, y, w, h in faces:
            init[int(y + 0.15 * h) : int(y + 0.85 * h), int(x + 0.15 * w) : int(x + 0.85 * w)] = (
                cv2.GC_FGD
            )
    else:
        sal = spectral_residual_saliency(bgr)
        init[sal > 0.35] = cv2.GC_PR_FGD
        init[sal > 0.75] = cv2.GC_FGD
        init[:border, :] = cv2.GC_BGD
        init[:, :border] = cv2.GC_BGD
        init[:, -border:] = cv2.GC_BGD
    fg = _grabcut_small(bgr, init)
    area = 0.0 if fg is None else float(fg.mean())
    if fg is None or not 0.01 <= area <= 0.85:
        fg = (init == cv2.GC_FGD) | (init == cv2.GC_PR_FGD)
    fg = cv2.morphologyEx(fg.astype(np.uint8), cv2.MORPH_OPEN, np.ones((3, 3), np.uint8))
    fg = _largest_components(fg, keep=max(1, len(faces)) + 1)
    if not fg.any():  # nothing found: the centre of the picture is the subject
        fg[height // 4 : 3 * height // 4, width // 4 : 3 * width // 4] = 1
    return fg


def mask_box(mask: np.ndarray, threshold: float = 0.5) -> tuple[float, float, float, float]:
    ys, xs = np.nonzero(mask > threshold)
    if len(xs) == 0:
        h, w = mask.shape[:2]
        return (w / 4, h / 4, w / 2, h / 2)
    return (
        float(xs.min()),
        float(ys.min()),
        float(xs.max() - xs.min() + 1),
        float(ys.max() - ys.min() + 1),
    )


def analyse(bgr: np.ndarray, faces_loaded: Sequence[Sequence[float]] = ()) -> Analysis:
    """Analysis facts; `faces_loaded` are face boxes in loaded-image pixels."""
    small, scale = make_analysis_image(bgr)
    return Analysis(small, scale, [[float(v) * scale for v in f] for f in faces_loaded])


# -- scene regions -----------------------------------------------------------------------
def _texture(gray: np.ndarray) -> np.ndarray:
    gx = cv2.Sobel(gray, cv2.CV_32F, 1, 0, ksize=3)
    gy = cv2.Sobel(gray, cv2.CV_32F, 0, 1, ksize=3)
    return cv2.GaussianBlur(cv2.magnitude(gx, gy), (0, 0), 2.0)


def _touching(binary: np.ndarray, side: str) -> np.ndarray:
    """Components of `binary` that touch the top or bottom edge."""
    count, labels = cv2.connectedComponents(binary.astype(np.uint8), connectivity=8)
    edge = labels[0, :] if side == "top" else labels[-1, :]
    keep = np.unique(edge[edge > 0])
    return np.isin(labels, keep).astype(np.uint8) if count > 1 else binary.astype(np.uint8)


def sky_mask(bgr: np.ndarray, subject: np.ndarray | None = None) -> np.ndarray:
    """Bright, smooth, blue-or-grey region connected to the top edge."""
    hsv = cv2.cvtColor(bgr, cv2.COLOR_BGR2HSV)
    hue, sat, val = (hsv[..., i].astype(np.float32) for i in range(3))
    gray = cv2.cvtColor(bgr, cv2.COLOR_BGR2GRAY).astype(np.float32)
    smooth = _texture(gray) < 18
    blue = (hue >= 85) & (hue <= 135) & (sat > 25) & (val > 90)
    grey = (sat < 45) & (val > 150)
    candidate = (blue | grey) & smooth
    height = bgr.shape[0]
    candidate[int(height * 0.8) :, :] = False  # the sky is not at the very bottom
    if subject is not None:
        candidate &= subject < 0.5
    candidate = cv2.morphologyEx(candidate.astype(np.uint8), cv2.MORPH_CLOSE, np.ones((5, 5)))
    return _touching(candidate, "top")


def water_mask(bgr: np.ndarray, subject: np.ndarray | None = None) -> np.ndarray:
    """Blue/cyan/dark-reflective region connected to the bottom edge in the lower part."""
    hsv = cv2.cvtColor(bgr, cv2.COLOR_BGR2HSV)
    hue, sat, val = (hsv[..., i].astype(np.float32) for i in range(3))
    candidate = (hue >= 80) & (hue <= 130) & (sat > 30) & (val > 40)
    # Water lies below the horizon: nothing connected to the sky counts.
    candidate &= sky_mask(bgr, subject) == 0
    candidate[: int(bgr.shape[0] * 0.35), :] = False
    if subject is not None:
        candidate &= subject < 0.5
    candidate = cv2.morphologyEx(candidate.astype(np.uint8), cv2.MORPH_CLOSE, np.ones((5, 5)))
    return _touching(candidate, "bottom")


def foliage_mask(bgr: np.ndarray, subject: np.ndarray | None = None) -> np.ndarray:
    """Green, textured vegetation."""
    hsv = cv2.cvtColor(bgr, cv2.COLOR_BGR2HSV)
    hue, sat, val = (hsv[..., i].astype(np.float32) for i in range(3))
    gray = cv2.cvtColor(bgr, cv2.COLOR_BGR2GRAY).astype(np.float32)
    candidate = (hue >= 28) & (hue <= 90) & (sat > 40) & (val > 30) & (_texture(gray) > 6)
    if subject is not None:
        candidate &= subject < 0.5
    return cv2.morphologyEx(candidate.astype(np.uint8), cv2.MORPH_OPEN, np.ones((3, 3)))


def lights_mask(bgr: np.ndarray) -> np.ndarray:
    """Flames and lights: the brightest warm or near-white spots."""
    hsv = cv2.cvtColor(bgr, cv2.COLOR_BGR2HSV)
    hue, sat, val = (hsv[..., i].astype(np.float32) for i in range(3))
    warm = ((hue <= 35) | (hue >= 170)) & (sat > 80) & (val > 170)
    bright = val >= max(235.0, float(np.percentile(val, 99.0)))
    candidate = (warm | bright).astype(np.uint8)
    return cv2.dilate(candidate, np.ones((5, 5), np.uint8))


def hair_mask(subject: np.ndarray, faces: Sequence[Sequence[float]]) -> np.ndarray:
    """Subject pixels around and above each face, minus the face itself."""
    height, width = subject.shape
    out = np.zeros((height, width), np.uint8)
    for x, y, w, h in faces:
        band = np.zeros_like(out)
        x0, y0 = max(0, int(x - 0.6 * w)), max(0, int(y - 0.6 * h))
        x1, y1 = min(width, int(x + 1.6 * w)), min(height, int(y + 1.6 * h))
        band[y0:y1, x0:x1] = 1
        centre = (int(x + w / 2), int(y + h / 2))
        cv2.ellipse(band, centre, (int(w * 0.42), int(h * 0.55)), 0, 0, 360, 0, -1)
        out |= band
    return out & (subject > 0.5).astype(np.uint8)


def fabric_mask(subject: np.ndarray, faces: Sequence[Sequence[float]]) -> np.ndarray:
    """Subject pixels below the faces (clothes); the whole subject when there is no face."""
    binary = (subject > 0.5).astype(np.uint8)
    if not faces:
        return binary
    lowest = max(y + h * 1.1 for _, y, _, h in faces)
    binary[: int(lowest), :] = 0
    return binary


def band_mask(shape: tuple[int, int], side: str, fraction: float) -> np.ndarray:
    """Fallback region: the top or bottom band of the picture."""
    out = np.zeros(shape, np.uint8)
    rows = max(1, int(shape[0] * fraction))
    if side == "top":
        out[:rows] = 1
    else:
        out[-rows:] = 1
    return out


# -- scene facts for the intent stage ------------------------------------------------------
# A region must cover at least this share of the picture to count: a sliver of blue at the
# top edge is not a sky the engine could drift.
MIN_SCENE_SHARE = 0.04


def scene_facts(bgr: np.ndarray) -> tuple[bool, bool]:
    """(has_sky, has_water) for a photo (any size; read on the small analysis copy), so the
    parser never asks for a sky drift or ripples the photo has no region for."""
    small, _ = make_analysis_image(bgr)
    sky = sky_mask(small)
    water = water_mask(small)
    return (
        float(sky.mean()) >= MIN_SCENE_SHARE,
        float(water.mean()) >= MIN_SCENE_SHARE,
    )
