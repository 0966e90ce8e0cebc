"""Region effects: displacement (and gain) fields masked to a region of the picture.

Each effect works inside its mask's bounding box only. Its fields are computed on a coarse
grid (one cell per STEP working pixels), multiplied by the feathered mask so they fade to
zero at the region's edge (no tearing), then upsampled and applied with one cv2.remap.
Time functions use whole cycles per clip in loop mode so the last frame flows into the first.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import cv2
import numpy as np

from engine.motion import analysis as an
from engine.spec import EffectKind, GenerationSpec, RegionEffect

STEP = 8  # working pixels per field cell

# Layer an effect belongs to when the subject is rendered as its own layer (parallax).
SUBJECT_TARGETS = frozenset({"hair", "fabric", "subject"})

Fields = list[tuple[np.ndarray, np.ndarray, float]]  # (dx, dy, weight) per phase


@dataclass
class Effect:
    kind: EffectKind
    target: str
    layer: str  # "scene" or "subject"
    box: tuple[int, int, int, int]  # x0, y0, x1, y1 in working pixels
    cells: tuple[int, int, int, int]  # the box on the coarse grid
    mask: np.ndarray  # feathered mask on the coarse grid, box only
    fields: Callable[[int], tuple[Fields, np.ndarray | None]]
    grid_x: np.ndarray = field(repr=False, default_factory=lambda: np.empty(0))
    grid_y: np.ndarray = field(repr=False, default_factory=lambda: np.empty(0))

    def apply(self, buffer: np.ndarray, index: int) -> None:
        """Apply frame `index` of the effect to `buffer` (the working image) in place."""
        x0, y0, x1, y1 = self.box
        size = (x1 - x0, y1 - y0)
        phases, gain = self.fields(index)
        out: np.ndarray | None = None
        for dx, dy, weight in phases:
            map_x = cv2.resize(dx, size, interpolation=cv2.INTER_LINEAR)
            map_y = cv2.resize(dy, size, interpolation=cv2.INTER_LINEAR)
            map_x += self.grid_x
            map_y += self.grid_y
            warped = cv2.remap(
                buffer, map_x, map_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REFLECT
            )
            out = warped if out is None else cv2.addWeighted(out, 1.0 - weight, warped, weight, 0)
        if out is None:
            out = buffer[y0:y1, x0:x1].copy()
        if gain is not None:
            g = cv2.resize(gain, size, interpolation=cv2.INTER_LINEAR)
            out = cv2.multiply(out, cv2.merge((g, g, g)), dtype=cv2.CV_8U)
        buffer[y0:y1, x0:x1] = out


@dataclass(frozen=True)
class Geometry:
    """How the analysis image maps onto the working image."""

    working_size: tuple[int, int]  # width, height
    origin: tuple[float, float]  # working image origin in loaded pixels
    scale: float  # working pixels per loaded pixel
    analysis_scale: float  # analysis pixels per loaded pixel
    out_width: int
    fps: int
    frames: int
    loop: bool

    def to_grid(self, mask: np.ndarray, step: int = STEP) -> np.ndarray:
        """Resample an analysis-space mask onto the coarse grid of the working image."""
        w, h = self.working_size
        gw, gh = math.ceil(w / step), math.ceil(h / step)
        k = step * self.analysis_scale / self.scale
        m = np.array(
            [
                [k, 0, 0.5 * k + self.origin[0] * self.analysis_scale - 0.5],
                [0, k, 0.5 * k + self.origin[1] * self.analysis_scale - 0.5],
            ]
        )
        return cv2.warpAffine(
            mask.astype(np.float32),
            m,
            (gw, gh),
            flags=cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP,
            borderMode=cv2.BORDER_REPLICATE,
        )

    def to_working(self, mask: np.ndarray) -> np.ndarray:
        """Resample an analysis-space mask onto the working image (full resolution)."""
        k = self.analysis_scale / self.scale
        m = np.array(
            [
                [k, 0, 0.5 * k + self.origin[0] * self.analysis_scale - 0.5],
                [0, k, 0.5 * k + self.origin[1] * self.analysis_scale - 0.5],
            ]
        )
        return cv2.warpAffine(
            mask.astype(np.float32),
            m,
            self.working_size,
            flags=cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP,
            borderMode=cv2.BORDER_REPLICATE,
        )

    @property
    def res(self) -> float:
        """Amplitudes are designed for a 720-pixel-wide frame; scale them to ours."""
        return self.working_size[0] / 720.0

    def times(self) -> np.ndarray:
        """Clip phase in [0, 1): i / N in loop mode, i / (N - 1) otherwise."""
        n = self.frames
        return np.arange(n) / (n if self.loop else max(1, n - 1))

    def cycles(self, hz: float) -> float:
        """Cycles per clip for a rate; whole cycles (at least one) in loop mode."""
        c = hz * self.frames / self.fps
        return max(1.0, round(c)) if self.loop else c


# -- region resolution -------------------------------------------------------------------
def default_target(kind: EffectKind, facts: an.Analysis) -> str:
    if kind is EffectKind.SKY_DRIFT:
        return "sky"
    if kind is EffectKind.WATER_RIPPLE:
        return "water"
    if kind is EffectKind.FLICKER:
        return "lights"
    if kind is EffectKind.BREATHING:
        return "subject"
    if facts.faces:
        return "hair"
    foliage = an.foliage_mask(facts.image, facts.subject)
    return "foliage" if foliage.mean() > 0.03 else "subject"


def region_mask(target: str, facts: an.Analysis) -> np.ndarray:
    """Binary region for a target name in analysis pixels (fallback bands when none found)."""
    img, subject = facts.image, facts.subject
    shape = subject.shape
    if target == "sky":
        mask = an.sky_mask(img, subject)
        return mask if mask.mean() > 0.02 else an.band_mask(shape, "top", 0.3) & (subject < 0.5)
    if target == "water":
        mask = an.water_mask(img, subject)
        return mask if mask.mean() > 0.02 else an.band_mask(shape, "bottom", 0.3) & (subject < 0.5)
    if target == "foliage":
        return an.foliage_mask(img, subject)
    if target in ("flame", "lights", "flames", "light"):
        return an.lights_mask(img)
    if target == "hair":
        if facts.faces:
            return an.hair_mask(subject, facts.faces)
        # No face: the outer rim of the subject stands in for hair or fur.
        solid = (subject > 0.5).astype(np.uint8)
        inner = cv2.erode(solid, np.ones((9, 9), np.uint8))
        return solid - inner
    if target == "fabric":
        return an.fabric_mask(subject, facts.faces)
    return (subject > 0.5).astype(np.uint8)


# -- field builders ----------------------------------------------------------------------
def _noise(shape: tuple[int, int], rng: np.random.Generator, blur: float) -> np.ndarray:
    """Smooth random field in about [-1, 1]."""
    raw = rng.standard_normal(shape).astype(np.float32)
    smooth = cv2.GaussianBlur(raw, (0, 0), max(blur, 0.5), borderType=cv2.BORDER_REFLECT)
    return smooth / max(float(np.abs(smooth).max()), 1e-6)


def _smooth_series(n: int, rng: np.random.Generator, sigma: float, *, loop: bool) -> np.ndarray:
    """A flickery random series in about [-1, 1], circular when looping."""
    raw = rng.standard_normal(n + (0 if loop else 8))
    radius = max(1, int(3 * sigma))
    kernel = np.exp(-0.5 * (np.arange(-radius, radius + 1) / sigma) ** 2)
    kernel /= kernel.sum()
    padded = (
        np.concatenate([raw[-radius:], raw, raw[:radius]])
        if loop
        else np.pad(raw, radius, mode="edge")
    )
    series = np.convolve(padded, kernel, mode="valid")[:n]
    return series / max(float(np.abs(series).max()), 1e-6)


def _make_fields(
    kind: EffectKind,
    target: str,
    strength: float,
    geo: Geometry,
    mask: np.ndarray,
    cells: tuple[int, int, int, int],
    rng: np.random.Generator,
    subject_box_cells: tuple[float, ...],
) -> Callable[[int], tuple[Fields, np.ndarray | None]]:
    gx0, gy0, gx1, gy1 = cells
    gh, gw = gy1 - gy0, gx1 - gx0
    ys, xs = np.mgrid[gy0:gy1, gx0:gx1].astype(np.float32)
    xs_px, ys_px = (xs + 0.5) * STEP, (ys + 0.5) * STEP  # working pixels
    res, times, k = geo.res, geo.times(), strength
    zero = np.zeros((gh, gw), np.float32)

    if kind is EffectKind.SKY_DRIFT:
        sign = 1.0 if rng.random() < 0.5 else -1.0
        total = (0.04 + 0.08 * k) * geo.working_size[0]  # pixels the clouds travel per clip
        y_rel = (ys - gy0) / max(1, gh - 1)
        profile = mask * (1.0 - 0.5 * y_rel)  # higher clouds move faster: perspective

        def sky(i: int) -> tuple[Fields, np.ndarray | None]:
            t = float(times[i])
            if not geo.loop:
                return [((-sign * total * t) * profile, zero, 1.0)], None
            # Two phases cross-fade so the drift restarts invisibly.
            a = (-sign * total * t) * profile
            b = (-sign * total * (t - 1.0)) * profile
            return [(a, zero, 0.0), (b, zero, t)], None

        return sky

    if kind is EffectKind.WATER_RIPPLE:
        amp = (0.8 + 2.2 * k) * res
        wavelength = 22.0 * res
        c1, c2 = geo.cycles(0.7 + 0.5 * k), geo.cycles(0.45 + 0.3 * k)
        phase = _noise((gh, gw), rng, 3.0) * math.pi
        shimmer = 0.03 + 0.06 * k

        def water(i: int) -> tuple[Fields, np.ndarray | None]:
            w1 = 2 * math.pi * c1 * float(times[i])
            w2 = 2 * math.pi * c2 * float(times[i])
            dy = amp * mask * np.sin(2 * math.pi * ys_px / wavelength - w1 + phase)
            dx = 0.4 * amp * mask * np.sin(2 * math.pi * xs_px / (3 * wavelength) + w2 + phase)
            gain = 1.0 + shimmer * mask * np.sin(2 * math.pi * ys_px / (1.3 * wavelength) + w1)
            return [(dx.astype(np.float32), dy.astype(np.float32), 1.0)], gain.astype(np.float32)

        return water

    if kind is EffectKind.SWAY:
        amp = (1.2 + 3.3 * k) * res * (0.6 if target == "fabric" else 1.0)
        c1 = geo.cycles(0.35 + 0.25 * k)
        c2 = 2.0 * c1
        phase = _noise((gh, gw), rng, 4.0) * math.pi
        phase2 = _noise((gh, gw), rng, 4.0) * math.pi

        def sway(i: int) -> tuple[Fields, np.ndarray | None]:
            t = 2 * math.pi * float(times[i])
            dx = amp * mask * (0.65 * np.sin(c1 * t + 0.3 * phase) + 0.35 * np.sin(c2 * t + phase))
            dy = 0.3 * amp * mask * np.sin(c1 * t + phase2)
            return [(dx.astype(np.float32), dy.astype(np.float32), 1.0)], None

        return sway

    if kind is EffectKind.FLICKER:
        depth = 0.06 + 0.2 * k
        sigma = 1.2
        s1 = _smooth_series(geo.frames, rng, sigma, loop=geo.loop)
        s2 = _smooth_series(geo.frames, rng, sigma, loop=geo.loop)
        blend = (_noise((gh, gw), rng, 2.0) + 1.0) / 2.0
        lift = (0.5 + 1.5 * k) * res

        def flicker(i: int) -> tuple[Fields, np.ndarray | None]:
            level = blend * s1[i] + (1.0 - blend) * s2[i]
            gain = (1.0 + depth * mask * level).astype(np.float32)
            dy = (lift * mask * np.maximum(level, 0.0)).astype(np.float32)  # flames lick up
            return [(zero, dy, 1.0)], gain

        return flicker

    # BREATHING: a slow, tiny swell of the subject around the bottom of its box (the chest).
    depth = 0.004 + 0.008 * k
    cyc = geo.cycles(0.25)
    ax = (subject_box_cells[0] + subject_box_cells[2] / 2 + 0.5) * STEP
    ay = (subject_box_cells[1] + subject_box_cells[3]) * STEP

    def breathe(i: int) -> tuple[Fields, np.ndarray | None]:
        e = depth * math.sin(2 * math.pi * cyc * float(times[i]))
        dx = (-(xs_px - ax) * e * mask).astype(np.float32)
        dy = (-(ys_px - ay) * e * mask).astype(np.float32)
        return [(dx, dy, 1.0)], None

    return breathe


def build_effects(
    requested: Sequence[RegionEffect],
    *,
    spec: GenerationSpec,
    facts: an.Analysis,
    geo: Geometry,
) -> list[Effect]:
    """Resolve each requested effect to a region and precompute what its frames need."""
    rng = np.random.default_rng(spec.seed + 7919)
    effects: list[Effect] = []
    sx, sy, sw, sh = facts.subject_box
    box_on_grid = geo.to_grid(np.zeros(facts.image.shape[:2], np.float32))  # grid shape only
    grid_h, grid_w = box_on_grid.shape
    k_cells = geo.scale / (facts.scale * STEP)  # analysis pixels -> grid cells
    ox, oy = geo.origin[0] * facts.scale, geo.origin[1] * facts.scale
    subject_cells = ((sx - ox) * k_cells, (sy - oy) * k_cells, sw * k_cells, sh * k_cells)
    for request in requested:
        target = request.target if request.target != "auto" else default_target(request.kind, facts)
        region = region_mask(target, facts)
        if not region.any():
            continue
        feathered = an.feather(region, 2.0)
        grid = geo.to_grid(feathered)
        ys, xs = np.nonzero(grid > 0.02)
        if len(xs) == 0:
            continue
        gx0, gy0 = max(0, xs.min() - 1), max(0, ys.min() - 1)
        gx1, gy1 = min(grid_w, xs.max() + 2), min(grid_h, ys.max() + 2)
        cells = (int(gx0), int(gy0), int(gx1), int(gy1))
        w, h = geo.working_size
        box = (gx0 * STEP, gy0 * STEP, min(w, gx1 * STEP), min(h, gy1 * STEP))
        mask = np.ascontiguousarray(grid[gy0:gy1, gx0:gx1])
        fields = _make_fields(
            request.kind, target, request.strength, geo, mask, cells, rng, subject_cells
        )
        gy, gx = np.mgrid[box[1] : box[3], box[0] : box[2]].astype(np.float32)
        effects.append(
            Effect(
                kind=request.kind,
                target=target,
                layer="subject" if target in SUBJECT_TARGETS else "scene",
                box=box,
                cells=cells,
                mask=mask,
                fields=fields,
                grid_x=gx,
                grid_y=gy,
            )
        )
    return effects
