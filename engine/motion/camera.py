"""Camera paths: one viewport per frame, eased, then turned into affine matrices.

A viewport is a rectangle of the output's aspect ratio in loaded-image pixels: its centre,
its width and a small rotation. Zoom z means the viewport is the base viewport's width / z.
Layered moves (parallax, orbit) have a second path for the subject layer.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from engine.spec import CameraMove, Easing, GenerationSpec

Rect = tuple[float, float, float, float]  # x, y, w, h

LAYERED_MOVES = frozenset({CameraMove.PARALLAX, CameraMove.ORBIT})


@dataclass(frozen=True)
class CameraPath:
    cx: np.ndarray  # (N,) viewport centre x, loaded pixels
    cy: np.ndarray
    width: np.ndarray  # (N,) viewport width, loaded pixels
    angle: np.ndarray  # (N,) radians


@dataclass(frozen=True)
class CameraPlan:
    background: CameraPath  # the whole picture (the only path for flat moves)
    subject: CameraPath | None  # the subject layer for parallax / orbit
    aspect: float  # width / height of the output


# -- timing ------------------------------------------------------------------------------
def ease(t: np.ndarray, easing: Easing) -> np.ndarray:
    if easing is Easing.LINEAR:
        return t
    if easing is Easing.EASE_OUT:
        return 1.0 - (1.0 - t) ** 3
    # Smootherstep: zero velocity and acceleration at both ends, so moves never jerk.
    return t * t * t * (t * (6.0 * t - 15.0) + 10.0)


def progress(n: int, *, loop: bool, easing: Easing) -> np.ndarray:
    """0 -> 1 over the clip; in loop mode 0 -> 1 -> 0 so the last frame flows into the first."""
    if loop:
        phase = np.arange(n, dtype=np.float64) / n
        return 0.5 - 0.5 * np.cos(2.0 * math.pi * phase)
    t = np.arange(n, dtype=np.float64) / max(1, n - 1)
    return ease(t, easing)


def smooth_noise(n: int, *, seconds: float, rng: np.random.Generator, loop: bool) -> np.ndarray:
    """Sum of a few slow sines in [-1, 1]; integer cycles per clip in loop mode."""
    t = np.arange(n, dtype=np.float64) / (n if loop else max(1, n - 1))
    out = np.zeros(n)
    for hz, weight in ((0.21, 1.0), (0.47, 0.5), (0.93, 0.25)):
        cycles = hz * seconds * rng.uniform(0.8, 1.25)
        if loop:
            cycles = max(1.0, round(cycles))
        out += weight * np.sin(2.0 * math.pi * cycles * t + rng.uniform(0, 2 * math.pi))
    return out / 1.75


# -- geometry ----------------------------------------------------------------------------
def base_viewport(size: tuple[int, int], aspect: float, subject: Rect | None) -> tuple[float, ...]:
    """Largest viewport of `aspect` inside the picture, centred on the subject (cx, cy, w)."""
    width, height = size
    vw = float(width) if width / height <= aspect else height * aspect
    vh = vw / aspect
    if subject is None:
        cx, cy = width / 2, height / 2
    else:
        sx, sy, sw, sh = subject
        cx, cy = sx + sw / 2, sy + sh / 2
    cx = min(max(cx, vw / 2), width - vw / 2)
    cy = min(max(cy, vh / 2), height - vh / 2)
    return cx, cy, vw


def amplitude(strength: float) -> float:
    return 0.08 + 0.22 * strength


def max_zoom(spec: GenerationSpec) -> float:
    """Upper bound of the zoom any frame uses (sizes the working image before loading)."""
    a = amplitude(spec.camera_strength)
    return {
        CameraMove.NONE: 1.0,
        CameraMove.PUSH_IN: 1.0 + a,
        CameraMove.PULL_OUT: 1.0 + a,
        CameraMove.PAN_LEFT: 1.0 + 0.5 * a,
        CameraMove.PAN_RIGHT: 1.0 + 0.5 * a,
        CameraMove.TILT_UP: 1.0 + 0.5 * a,
        CameraMove.TILT_DOWN: 1.0 + 0.5 * a,
        CameraMove.HANDHELD: 1.1,
        CameraMove.PARALLAX: 1.08 + 0.5 * a,
        CameraMove.ORBIT: 1.12,
    }[spec.camera]


def _face_zoom_limit(vw: float, aspect: float, faces: Rect | None) -> float:
    """The most we may zoom in while the faces stay in frame with a margin."""
    if faces is None:
        return math.inf
    _, _, fw, fh = faces
    return max(1.0, min(vw / max(fw * 1.3, 1.0), vw / aspect / max(fh * 1.5, 1.0)))


def _travel_limits(
    centre: float, half: float, extent: float, keep: tuple[float, float] | None
) -> tuple[float, float]:
    """Allowed range of a viewport centre on one axis (inside the picture, faces inside)."""
    lo, hi = half, extent - half
    if keep is not None:
        k0, k1 = keep
        lo, hi = max(lo, k1 - half), min(hi, k0 + half)
    if lo > hi:
        lo = hi = min(max(centre, half), extent - half)
    return lo, hi


def _pan(
    base: tuple[float, ...],
    size: tuple[int, int],
    aspect: float,
    p: np.ndarray,
    *,
    strength: float,
    axis: int,
    sign: float,
    zoom: float,
    faces: Rect | None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    cx, cy, vw = base
    w = vw / zoom
    half = (w / 2, w / aspect / 2)[axis]
    centre = (cx, cy)[axis]
    keep = (
        None
        if faces is None
        else ((faces[0], faces[0] + faces[2]), (faces[1], faces[1] + faces[3]))[axis]
    )
    lo, hi = _travel_limits(centre, half, size[axis], keep)
    travel = min(hi - lo, vw * (0.12 + 0.3 * strength))
    # Centred on the subject, then slid back inside the allowed range.
    first = min(max(centre - travel / 2, lo), hi - travel)
    start = first if sign > 0 else first + travel
    moving = start + sign * travel * p
    still = np.full_like(p, (cy, cx)[axis])
    xs, ys = (moving, still) if axis == 0 else (still, moving)
    return xs, ys, np.full_like(p, w)


def plan(
    spec: GenerationSpec,
    size: tuple[int, int],
    *,
    subject: Rect | None,
    faces: Rect | None,
    seconds: float | None = None,
) -> CameraPlan:
    """Per-frame viewports for the spec's move on a picture of `size` (loaded pixels)."""
    n = spec.frame_count
    out_w, out_h = spec.size
    aspect = out_w / out_h
    frame_of = faces if faces is not None else subject
    base = base_viewport(size, aspect, frame_of)
    cx, cy, vw = base
    k = spec.camera_strength
    a = amplitude(k)
    p = progress(n, loop=spec.loop, easing=spec.easing)
    rng = np.random.default_rng(spec.seed)
    zero = np.zeros(n)
    limit = _face_zoom_limit(vw, aspect, faces)
    move = spec.camera
    fg: CameraPath | None = None

    if move in (CameraMove.PUSH_IN, CameraMove.PULL_OUT):
        z_end = min(1.0 + a, limit)
        zp = p if move is CameraMove.PUSH_IN else 1.0 - p
        zoom = 1.0 + (z_end - 1.0) * zp
        tx, ty = (cx, cy) if frame_of is None else _centre(frame_of)
        xs, ys = cx + (tx - cx) * zp, cy + (ty - cy) * zp
        bg = CameraPath(xs, ys, vw / zoom, zero)
    elif move in (
        CameraMove.PAN_LEFT,
        CameraMove.PAN_RIGHT,
        CameraMove.TILT_UP,
        CameraMove.TILT_DOWN,
    ):
        axis = 0 if move in (CameraMove.PAN_LEFT, CameraMove.PAN_RIGHT) else 1
        sign = -1.0 if move in (CameraMove.PAN_LEFT, CameraMove.TILT_UP) else 1.0
        zoom = min(1.0 + 0.5 * a, max(limit, 1.0))
        xs, ys, ws = _pan(
            base, size, aspect, p, strength=k, axis=axis, sign=sign, zoom=zoom, faces=faces
        )
        bg = CameraPath(xs, ys, ws, zero)
    elif move is CameraMove.HANDHELD:
        secs = seconds or spec.duration_s
        zoom = min(1.1, 1.05 + 0.05 * k)
        amp = (0.008 + 0.012 * k) * vw
        xs = cx + amp * smooth_noise(n, seconds=secs, rng=rng, loop=spec.loop)
        ys = cy + amp * smooth_noise(n, seconds=secs, rng=rng, loop=spec.loop)
        angle = math.radians(0.25 + 0.35 * k) * smooth_noise(
            n, seconds=secs, rng=rng, loop=spec.loop
        )
        bg = CameraPath(xs, ys, np.full(n, vw / zoom), angle)
    elif move is CameraMove.PARALLAX:
        zoom = 1.08 + 0.5 * a * p
        travel = vw * (0.025 + 0.045 * k)
        xs = cx + travel * (p - 0.5)
        bg = CameraPath(xs, np.full(n, cy), vw / zoom, zero)
        # The near layer moves 1.6x as far and grows a little more: depth.
        fg = CameraPath(
            cx + 1.6 * travel * (p - 0.5), np.full(n, cy), vw / (zoom * (1 + 0.04 * p)), zero
        )
    elif move is CameraMove.ORBIT:
        # The layers slide 3x `travel` against each other over the clip: much more and the
        # frames stop matching the photo, and QA refuses the engine's own orbit.
        travel = vw * (0.012 + 0.02 * k)
        swing = 2.0 * p - 1.0
        zoom = 1.08 + 0.04 * np.sin(math.pi * p)
        bg = CameraPath(cx + travel * swing, np.full(n, cy), vw / zoom, zero)
        fg = CameraPath(cx - 0.5 * travel * swing, np.full(n, cy), vw / (zoom * 1.02), zero)
    else:  # NONE
        bg = CameraPath(np.full(n, cx), np.full(n, cy), np.full(n, vw), zero)

    clamped = clamp(bg, size, aspect)
    if fg is not None:
        # Keep the layers' relative motion when the background had to be clamped.
        fg = CameraPath(
            fg.cx + (clamped.cx - bg.cx), fg.cy + (clamped.cy - bg.cy), fg.width, fg.angle
        )
    return CameraPlan(background=clamped, subject=fg, aspect=aspect)


def _centre(rect: Rect) -> tuple[float, float]:
    return rect[0] + rect[2] / 2, rect[1] + rect[3] / 2


def clamp(path: CameraPath, size: tuple[int, int], aspect: float) -> CameraPath:
    """Keep every (rotated) viewport inside the picture: no borders, no reflections."""
    width, height = size
    cos, sin = np.abs(np.cos(path.angle)), np.abs(np.sin(path.angle))
    w = path.width.copy()
    half_w = w / 2 * cos + w / aspect / 2 * sin
    half_h = w / 2 * sin + w / aspect / 2 * cos
    fit = np.minimum(1.0, np.minimum(width / (2 * half_w), height / (2 * half_h)))
    w, half_w, half_h = w * fit, half_w * fit, half_h * fit
    xs = np.clip(path.cx, half_w, width - half_w)
    ys = np.clip(path.cy, half_h, height - half_h)
    return CameraPath(xs, ys, w, path.angle)


def bounds(path: CameraPath, aspect: float) -> tuple[float, float, float, float]:
    """Union of all viewports (x0, y0, x1, y1), rotation included."""
    cos, sin = np.abs(np.cos(path.angle)), np.abs(np.sin(path.angle))
    half_w = path.width / 2 * cos + path.width / aspect / 2 * sin
    half_h = path.width / 2 * sin + path.width / aspect / 2 * cos
    return (
        float((path.cx - half_w).min()),
        float((path.cy - half_h).min()),
        float((path.cx + half_w).max()),
        float((path.cy + half_h).max()),
    )


def matrices(
    path: CameraPath, *, origin: tuple[float, float], scale: float, out_size: tuple[int, int]
) -> np.ndarray:
    """(N, 2, 3) affine maps from output pixel index to working-image pixel index.

    The working image is the loaded picture from `origin`, scaled by `scale`. For
    cv2.warpAffine with WARP_INVERSE_MAP.
    """
    out_w, out_h = out_size
    n = len(path.cx)
    unit = scale * path.width / out_w  # working pixels per output pixel
    cos, sin = np.cos(path.angle) * unit, np.sin(path.angle) * unit
    m = np.empty((n, 2, 3), np.float64)
    m[:, 0, 0], m[:, 0, 1] = cos, -sin
    m[:, 1, 0], m[:, 1, 1] = sin, cos
    du, dv = 0.5 - out_w / 2, 0.5 - out_h / 2
    m[:, 0, 2] = scale * (path.cx - origin[0]) - 0.5 + cos * du - sin * dv
    m[:, 1, 2] = scale * (path.cy - origin[1]) - 0.5 + sin * du + cos * dv
    return m
