"""Defect generators, each at three strengths (1 subtle .. 3 obvious), applied on top of a
faithful clip. Frame defects work on the rendered frames; subject defects (elastic_warp and
the identity families) are made in scene space (scene.SourceDefect) so they move with the
camera, and wrong_scene / format are made by the planner (plan.py) with another photo or
another size/length.

Every subtle level is meant to be a defect a person would point at, not noise: the numbers
below were checked on contact sheets and frame-difference plots (see README.md).
"""

from __future__ import annotations

import math
from typing import Any

import cv2
import numpy as np

# -- the levels -----------------------------------------------------------------------------
FREEZE_SECONDS = {1: 0.4, 2: 0.7, 3: 1.2}
FLICKER = {  # pops, brightness change, per-channel colour change
    1: (2, 0.12, 0.0),
    2: (3, 0.22, 0.06),
    3: (5, 0.38, 0.14),
}
BLACK_SECONDS = {1: 0.15, 2: 0.5}  # level 3: the last 40% of the clip
# Blur: the burst's peak frame keeps at most this share of the frame's Laplacian energy.
BLUR = {1: (0.45, 0.35), 2: (0.22, 0.6), 3: (0.08, 1.0)}  # (energy kept, burst seconds)
BOIL = {  # scramble of the detail (px at 720p), detail gain, band-pass noise, weight
    1: (1.7, 1.0, 0.7, 1.0),
    2: (2.6, 1.1, 1.0, 1.0),
    3: (3.8, 1.3, 1.4, 1.0),
}
SOURCE_LEVELS = {
    # final displacement (90th percentile inside the subject) as a share of its size
    "elastic_warp": {1: 0.05, 2: 0.09, 3: 0.16},
    # (blend weight, mask coverage)
    "identity_swap": {1: (0.8, 1.0), 2: (0.92, 1.05), 3: (1.0, 1.15)},
    "identity_drift": {1: (0.8, 1.0), 2: (0.92, 1.05), 3: (1.0, 1.15)},
}


def _scale(frames: list[np.ndarray]) -> float:
    return min(frames[0].shape[:2]) / 720.0


# -- frame defects --------------------------------------------------------------------------
def freeze(frames, level, rng, fps):  # type: ignore[no-untyped-def]
    """A run of repeated frames mid-clip, while the camera is moving (the clip stalls, then
    jumps on to where it should be)."""
    n = len(frames)
    run = max(3, round(FREEZE_SECONDS[level] * fps))
    run = min(run, n - 6)
    lo = round(0.15 * n)
    hi = max(lo + 1, round(0.8 * n) - run)
    start = int(rng.integers(lo, hi))
    held = frames[start]
    out = list(frames)
    for i in range(start + 1, start + run):
        out[i] = held.copy()
    return out, {"start": start, "frames": run}


def flicker(frames, level, rng, fps):  # type: ignore[no-untyped-def]
    """Exposure (and at 2, 3 also colour) pops of one or two frames. A pop is a gain plus, on
    dark frames, a lift of the blacks, so it is visible on night clips too."""
    pops, gain, colour = FLICKER[level]
    n = len(frames)
    out = list(frames)
    slots = rng.choice(np.arange(3, n - 3), size=pops, replace=False)
    events = []
    v = np.arange(256, dtype=np.float32)
    for s in sorted(int(x) for x in slots):
        length = int(rng.integers(1, 3))
        mean = float(frames[s][::8, ::8].mean())
        sign = 1.0 if rng.random() < 0.5 else -1.0
        if mean < 60:
            sign = 1.0  # darkening a night frame further is barely visible
        elif mean > 190:
            sign = -1.0  # brightening a high-key frame only clips it
        g = gain * rng.uniform(0.85, 1.15)
        lift = sign * g * max(0.0, 90.0 - mean)
        ch = 1.0 + rng.uniform(-colour, colour, 3)
        lut = np.stack([np.clip(v * (1 + sign * g) * c + lift, 0, 255) for c in ch], -1)
        lut = lut.astype(np.uint8).reshape(1, 256, 3)
        for i in range(s, min(n, s + length)):
            out[i] = cv2.LUT(frames[i], lut)
        events.append({"frame": s, "length": length, "gain": round(sign * g, 3)})
    return out, {"pops": events}


def black(frames, level, rng, fps):  # type: ignore[no-untyped-def]
    """Black or blank frames: a short flash (1), a black tail (2), a long blank tail (3)."""
    n = len(frames)
    kind = str(rng.choice(["black", "black", "black", "near_black", "grey", "white"]))
    value = {"black": 0, "near_black": 6, "grey": 128, "white": 250}[kind]
    count = round(0.4 * n) if level == 3 else max(3, round(BLACK_SECONDS[level] * fps))
    where = "tail" if level > 1 else str(rng.choice(["tail", "mid", "head"]))
    if where == "tail":
        start = n - count
    elif where == "head":
        start = 0
    else:
        start = int(rng.integers(round(0.3 * n), round(0.7 * n) - count))
    out = list(frames)
    blank = np.full_like(frames[0], value)
    if kind == "near_black":
        blank = np.clip(
            blank.astype(np.int16) + rng.integers(-2, 3, blank.shape[:2])[..., None], 0, 255
        ).astype(np.uint8)
    for i in range(start, start + count):
        out[i] = blank.copy()
    return out, {"kind": kind, "where": where, "start": start, "frames": count}


def _lap_energy(rgb: np.ndarray) -> float:
    grey = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    return float(cv2.Laplacian(grey, cv2.CV_32F).var())


def _blurred(rgb: np.ndarray, sigma: float, motion: float | None) -> np.ndarray:
    if sigma <= 0.05:
        return rgb
    if motion is None:
        return cv2.GaussianBlur(rgb, (0, 0), sigma)
    length = max(3, round(sigma * 3.0) | 1)
    k = np.zeros((length, length), np.float32)
    c = length // 2
    dx, dy = math.cos(motion), math.sin(motion)
    for s in np.linspace(-c, c, 4 * length):
        k[round(c + s * dy), round(c + s * dx)] = 1.0
    k = cv2.GaussianBlur(k, (0, 0), 0.6)
    return cv2.filter2D(rgb, -1, k / k.sum())


def blur(frames, level, rng, fps):  # type: ignore[no-untyped-def]
    """A burst of defocus or motion blur, peaking mid-burst, calibrated on the frame itself."""
    keep, seconds = BLUR[level]
    n = len(frames)
    run = min(n - 2, max(5, round(seconds * fps)))
    start = int(rng.integers(round(0.15 * n), max(round(0.15 * n) + 1, n - run)))
    motion = None if rng.random() < 0.6 else float(rng.uniform(0, math.pi))
    peak = frames[start + run // 2]
    e0 = max(_lap_energy(peak), 1e-6)
    lo, hi = 0.3, 40.0
    for _ in range(14):  # the sigma whose peak frame keeps `keep` of the Laplacian energy
        mid = math.sqrt(lo * hi)
        if _lap_energy(_blurred(peak, mid, motion)) / e0 > keep:
            lo = mid
        else:
            hi = mid
    sigma = hi
    out = list(frames)
    for j in range(run):
        w = math.sin(math.pi * (j + 0.5) / run) ** 0.7
        out[start + j] = _blurred(frames[start + j], sigma * w, motion)
    return out, {
        "start": start,
        "frames": run,
        "sigma": round(sigma, 2),
        "kernel": "gaussian" if motion is None else "motion",
    }


def texture_boil(frames, level, rng, fps, detail=1.0):  # type: ignore[no-untyped-def]
    """Temporally incoherent detail in textured regions: every frame the fine and mid detail
    is re-drawn from a copy of itself scrambled by a fine random displacement, plus band-pass
    noise, as I2V models do when they re-synthesise texture after the camera moves. Flat
    regions (sky, walls, night sky) are left alone, so this is not global noise."""
    disp, gain, noise, weight = BOIL[level]
    s = max(1.0, _scale(frames)) * detail
    n = len(frames)
    h, w = frames[0].shape[:2]
    ramp_frames = max(1, round(0.15 * n))
    cells = (max(8, round(w / (9 * s))), max(8, round(h / (9 * s))))
    gy, gx = np.mgrid[0:h, 0:w].astype(np.float32)
    pad = 64
    bank = []
    for _ in range(2):  # band-pass noise fields; each frame takes a random window of one
        b = rng.standard_normal((h + pad, w + pad), dtype=np.float32)
        b = cv2.GaussianBlur(b, (0, 0), 0.9 * s) - cv2.GaussianBlur(b, (0, 0), 2.4 * s)
        bank.append(b / max(float(b.std()), 1e-6))
    out = []
    for i, f in enumerate(frames):
        x = f.astype(np.float32)
        base = cv2.GaussianBlur(x, (0, 0), 2.2 * s)
        detail = x - base
        lum = cv2.cvtColor(detail, cv2.COLOR_RGB2GRAY)
        energy = np.sqrt(cv2.GaussianBlur(lum * lum, (0, 0), 6.0 * s))
        mask = np.clip((energy - 0.8) / 0.8, 0.0, 1.0)  # detail above the grain of a flat sky
        r = min(1.0, (i + 1) / ramp_frames) * weight
        # A fresh, fine random displacement every frame scrambles the detail locally.
        u = rng.standard_normal((cells[1], cells[0], 2), dtype=np.float32)
        u = cv2.resize(u, (w, h), interpolation=cv2.INTER_CUBIC) * (disp * s)
        moved = cv2.remap(
            detail, gx + u[..., 0], gy + u[..., 1], cv2.INTER_LINEAR, borderMode=cv2.BORDER_REFLECT
        )
        oy, ox = int(rng.integers(pad)), int(rng.integers(pad))
        band = bank[int(rng.integers(2))][oy : oy + h, ox : ox + w]
        amp = noise * np.clip(energy, 5.0, 8.0)
        change = moved * gain - detail + (band * amp)[..., None]
        out.append(np.clip(x + change * (mask * r)[..., None] + 0.5, 0, 255).astype(np.uint8))
    return out, {
        "displacement_px": round(disp * s, 2),
        "gain": gain,
        "noise": noise,
        "detail_scale": round(s, 2),
    }


FRAME_DEFECTS = {
    "freeze": freeze,
    "flicker": flicker,
    "black": black,
    "blur": blur,
    "texture_boil": texture_boil,
}


def apply(
    family: str, frames: list[np.ndarray], level: int, seed: int, fps: float, detail: float = 1.0
):
    """Apply a frame defect; `detail` (>= 1) is how much coarser than a pixel the clip's
    finest texture is (photos enlarged into the clip), used by texture_boil."""
    rng = np.random.default_rng(seed)
    if family == "texture_boil":
        out, params = texture_boil(frames, level, rng, fps, detail)
    else:
        out, params = FRAME_DEFECTS[family](frames, level, rng, fps)
    assert len(out) == len(frames)
    return out, params


def add_grain(frames: list[np.ndarray], sigma: float, seed: int) -> list[np.ndarray]:
    """Vendor-like film grain: fine, global and new every frame (faithful, not a defect).
    Each frame takes a random window of a larger noise field (cheap, and no two frames share
    the same grain at the same place)."""
    if sigma <= 0:
        return frames
    rng = np.random.default_rng(seed)
    h, w = frames[0].shape[:2]
    pad = 97
    bank = [
        np.round(rng.standard_normal((h + pad, w + pad), dtype=np.float32) * sigma).astype(np.int16)
        for _ in range(3)
    ]
    out = []
    for f in frames:
        g = bank[int(rng.integers(3))]
        y, x = int(rng.integers(pad)), int(rng.integers(pad))
        noisy = f.astype(np.int16) + g[y : y + h, x : x + w, None]
        out.append(np.clip(noisy, 0, 255).astype(np.uint8))
    return out


def describe(params: dict[str, Any]) -> dict[str, Any]:
    """JSON-safe copy of a defect's parameters."""
    return {k: (v.item() if hasattr(v, "item") else v) for k, v in params.items()}
