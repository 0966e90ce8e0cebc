"""Building blocks of the overlays: particle paths, splats and tileable noise.

Everything here is vectorised: a particle group's positions for the whole clip are computed
at once (frames x particles) and a frame's particles are splatted with one np.bincount.
Compositing into the frame is the canvas's business (engine/motion/canvas.py).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

import cv2
import numpy as np

# Share of a particle's life spent fading in, and again fading out (loops only).
FADE = 0.22


@dataclass(frozen=True)
class Paths:
    """Where each particle of a group is on every frame (working pixels) and how visible."""

    x: np.ndarray  # (frames, n) float32
    y: np.ndarray  # (frames, n) float32
    opacity: np.ndarray  # (frames, n) float32 in 0..1: fades when a loop respawns a particle
    seed_phase: np.ndarray  # (n,) in 0..1, free for the caller (twinkle, rotation...)


def clip_times(frames: int, *, loop: bool) -> np.ndarray:
    """Clip phase of every frame in [0, 1): i / N in loop mode (frame N would be frame 0)."""
    return np.arange(frames) / (frames if loop else max(1, frames - 1))


def whole_cycles(hz: np.ndarray | float, seconds: float, *, loop: bool) -> np.ndarray:
    """Cycles per clip for a rate; whole cycles (at least one) in loop mode."""
    cycles = np.asarray(hz, np.float64) * seconds
    return np.maximum(1.0, np.round(cycles)) if loop else cycles


def smoothstep(x: np.ndarray) -> np.ndarray:
    x = np.clip(x, 0.0, 1.0)
    return x * x * (3.0 - 2.0 * x)


def drift_paths(
    rng: np.random.Generator,
    n: int,
    *,
    domain: tuple[float, float],
    margin: float,
    frames: int,
    seconds: float,
    loop: bool,
    speed: tuple[float, float],
    angle: float,
    sway: tuple[float, float],
    sway_hz: tuple[float, float],
) -> Paths:
    """Particles falling at `angle` (radians from straight down, positive to the right) on
    a torus covering `domain` (working pixels) and `margin` around it, swaying sideways.

    The torus is sheared along the fall: a particle leaving at the bottom comes back at the
    top shifted sideways by the slant, so a travel of a whole number of turns brings it back
    exactly. Seamless in loop mode: a particle that goes most of the way round in a clip has
    its speed rounded to whole turns; a slower one lives a whole number of times per clip
    instead, fading out and in again somewhere else.
    """
    width, height = domain[0] + 2 * margin, domain[1] + 2 * margin
    t = clip_times(frames, loop=loop)[:, None]  # (frames, 1)
    sin_a, cos_a = math.sin(angle), math.cos(angle)
    turn = height / cos_a  # distance along the fall for one turn of the torus
    v = rng.uniform(*speed, n) * seconds  # distance along the fall per clip
    x0 = rng.uniform(0.0, width, n)
    y0 = rng.uniform(0.0, height, n)
    sway_amp = rng.uniform(*sway, n)
    sway_cycles = whole_cycles(rng.uniform(*sway_hz, n), seconds, loop=loop)
    sway_phase = rng.uniform(0.0, 2 * math.pi, n)
    seed_phase = rng.random(n)
    opacity = np.ones((frames, n), np.float32)
    if loop:
        turns = np.round(v / turn)
        wraps = (turns >= 1) & (np.abs(turns * turn / np.maximum(v, 1e-6) - 1.0) <= 0.4)
        lives = np.where(wraps, 1, np.maximum(1, np.round(v / (0.8 * turn)))).astype(np.int64)
        offset = np.where(wraps, 0.0, rng.random(n))
        u = t * lives + offset
        life = np.floor(u).astype(np.int64) % lives
        tau = u - np.floor(u)
        # Each life starts from its own random place (a wrapping particle has one life).
        starts_x = rng.uniform(0.0, width, (n, int(lives.max())))
        starts_y = rng.uniform(0.0, height, (n, int(lives.max())))
        starts_x[:, 0] = np.where(wraps, x0, starts_x[:, 0])
        starts_y[:, 0] = np.where(wraps, y0, starts_y[:, 0])
        columns = np.arange(n)[None, :]
        sx, sy = starts_x[columns, life], starts_y[columns, life]
        travel = np.where(wraps, turns * turn * t, v / lives * tau)
        envelope = smoothstep(tau / FADE) * smoothstep((1.0 - tau) / FADE)
        opacity = np.where(wraps, 1.0, envelope).astype(np.float32)
    else:
        sx, sy = x0[None, :], y0[None, :]
        travel = v * t
    x_raw = sx + travel * sin_a
    y_raw = sy + travel * cos_a
    laps = np.floor(y_raw / height)
    y = y_raw - laps * height
    x = np.mod(x_raw - laps * height * (sin_a / cos_a), width)
    x += sway_amp * np.sin(2 * math.pi * sway_cycles * t + sway_phase)
    return Paths(
        x=(x - margin).astype(np.float32),
        y=(y - margin).astype(np.float32),
        opacity=opacity,
        seed_phase=seed_phase,
    )


def splat(x: np.ndarray, y: np.ndarray, weight: np.ndarray, size: tuple[int, int]) -> np.ndarray:
    """Add each point's weight to the four pixels around it (bilinear): sub-pixel motion
    without jitter. Returns a float32 image of `size` (width, height)."""
    width, height = size
    x0 = np.floor(x).astype(np.int64)
    y0 = np.floor(y).astype(np.int64)
    fx = (x - x0).astype(np.float32)
    fy = (y - y0).astype(np.float32)
    xs = np.concatenate([x0, x0 + 1, x0, x0 + 1])
    ys = np.concatenate([y0, y0, y0 + 1, y0 + 1])
    ws = np.concatenate(
        [
            weight * (1 - fx) * (1 - fy),
            weight * fx * (1 - fy),
            weight * (1 - fx) * fy,
            weight * fx * fy,
        ]
    )
    inside = (xs >= 0) & (xs < width) & (ys >= 0) & (ys < height)
    flat = np.bincount(ys[inside] * width + xs[inside], ws[inside], minlength=width * height)
    return flat.reshape(height, width).astype(np.float32)


@lru_cache(maxsize=64)
def blur_peak(sigma_x: float, sigma_y: float | None = None) -> float:
    """Peak of a unit impulse after cv2.GaussianBlur: divide by it so a lone splat keeps its
    weight as its peak whatever the blur."""
    probe = np.zeros((65, 65), np.float32)
    probe[32, 32] = 1.0
    blurred = cv2.GaussianBlur(probe, (0, 0), sigma_x, sigmaY=sigma_y or sigma_x)
    return float(blurred.max())


def tileable_noise(
    rng: np.random.Generator, size: int, blur: float, *, octaves: int = 1
) -> np.ndarray:
    """Smooth noise in 0..1 that tiles seamlessly (blurred with wrap-around), float32."""
    out = np.zeros((size, size), np.float32)
    total = 0.0
    for octave in range(octaves):
        raw = rng.standard_normal((size, size)).astype(np.float32)
        sigma = max(0.6, blur / 2**octave)
        # Wrap by padding with the opposite edges, blurring, and cutting the middle out.
        pad = int(3 * sigma) + 1
        padded = np.pad(raw, pad, mode="wrap")
        smooth = cv2.GaussianBlur(padded, (0, 0), sigma)[pad:-pad, pad:-pad]
        weight = 0.5**octave
        out += weight * smooth / max(float(smooth.std()), 1e-6)
        total += weight
    out /= total
    return np.clip(0.5 + 0.2 * out, 0.0, 1.0)
