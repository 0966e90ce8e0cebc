"""Region effects: displacement (and gain) fields masked to a region of the picture.

Each effect kind is one small class (registered by its `EffectKind`) that precomputes what its
frames need and answers `fields(i)`. The shared `apply` works inside the mask's bounding box
only: fields are computed on a coarse grid (one cell per STEP working pixels), multiplied by
the feathered mask so they fade to zero at the region's edge (no tearing), then upsampled and
applied with one cv2.remap per phase. Time functions use whole cycles per clip in loop mode so
the last frame flows into the first.
"""

from __future__ import annotations

import math
from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import ClassVar, Self

import cv2
import numpy as np

from engine.motion import analysis as an
from engine.spec import EffectKind, GenerationSpec, RegionEffect

STEP = 8  # working pixels per field cell

# Layer an effect belongs to when the subject is rendered as its own layer (parallax).
SUBJECT_TARGETS = frozenset({"hair", "fabric", "subject"})


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

    def analysis_from_working(self) -> np.ndarray:
        """2x3 affine map from working pixel index to analysis pixel index."""
        k = self.analysis_scale / self.scale
        return np.array(
            [
                [k, 0, 0.5 * k + self.origin[0] * self.analysis_scale - 0.5],
                [0, k, 0.5 * k + self.origin[1] * self.analysis_scale - 0.5],
            ]
        )

    def to_working(self, mask: np.ndarray) -> np.ndarray:
        """Resample an analysis-space mask onto the working image (full resolution)."""
        return cv2.warpAffine(
            mask.astype(np.float32),
            self.analysis_from_working(),
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


Fields = list[tuple[np.ndarray, np.ndarray, float]]  # (dx, dy, weight) per phase
Gain = np.ndarray | None  # per-cell brightness factor, or None for no change


@dataclass(frozen=True)
class Region:
    """Where an effect works: its box on the working image and its feathered coarse mask."""

    target: str
    box: tuple[int, int, int, int]  # x0, y0, x1, y1 in working pixels
    cells: tuple[int, int, int, int]  # the box on the coarse grid
    mask: np.ndarray = field(repr=False)  # feathered mask on the coarse grid, box only
    subject_cells: tuple[float, float, float, float]  # subject box (x, y, w, h) in cells

    @property
    def layer(self) -> str:
        """The layer it moves with when the subject is its own layer: "scene" or "subject"."""
        return "subject" if self.target in SUBJECT_TARGETS else "scene"

    @property
    def grid_shape(self) -> tuple[int, int]:
        gx0, gy0, gx1, gy1 = self.cells
        return gy1 - gy0, gx1 - gx0

    @cached_property
    def cell_coords(self) -> tuple[np.ndarray, np.ndarray]:
        """Column and row index of every cell of the box (absolute, float32)."""
        gx0, gy0, gx1, gy1 = self.cells
        ys, xs = np.mgrid[gy0:gy1, gx0:gx1].astype(np.float32)
        return xs, ys

    @cached_property
    def cell_centres_px(self) -> tuple[np.ndarray, np.ndarray]:
        """Working-pixel centre of every cell of the box."""
        xs, ys = self.cell_coords
        return (xs + 0.5) * STEP, (ys + 0.5) * STEP


@dataclass
class WarpEffect(ABC):
    """A region effect: per-frame displacement fields (and gain) over a region.

    Subclasses set `kind`, build themselves from the request with `build` (drawing from the
    shared random generator in a fixed order, so renders are deterministic) and answer
    `fields(i)`: the phases to warp and blend, and an optional brightness gain.
    """

    kind: ClassVar[EffectKind]
    # Only moves pixels (never changes their brightness): it can work on Y, U and V planes
    # as well as on BGR, so the render can stay in I420 (see engine.generate_i420).
    moves_only: ClassVar[bool] = True
    region: Region
    geo: Geometry = field(repr=False)
    grid_x: np.ndarray = field(init=False, repr=False)
    grid_y: np.ndarray = field(init=False, repr=False)

    def __post_init__(self) -> None:
        x0, y0, x1, y1 = self.region.box
        self.grid_y, self.grid_x = np.mgrid[y0:y1, x0:x1].astype(np.float32)

    @classmethod
    @abstractmethod
    def build(
        cls, request: RegionEffect, region: Region, geo: Geometry, rng: np.random.Generator
    ) -> Self:
        """Precompute what the frames need (random draws in a fixed order)."""

    @abstractmethod
    def fields(self, index: int) -> tuple[Fields, Gain]:
        """Displacement phases (coarse grid, box only) and gain for frame `index`."""

    # The engine reads these off every effect.
    @property
    def target(self) -> str:
        return self.region.target

    @property
    def layer(self) -> str:
        return self.region.layer

    @property
    def box(self) -> tuple[int, int, int, int]:
        return self.region.box

    @property
    def mask(self) -> np.ndarray:
        return self.region.mask

    def maps(
        self, index: int, phases: Fields | None = None, *, half: bool = False
    ) -> tuple[list[tuple[np.ndarray, np.ndarray, float]], Gain]:
        """Frame `index` as remap maps over the box (one per phase) and the gain; `half`
        for a half-size plane (I420 chroma kept at half size)."""
        gain: Gain = None
        if phases is None:
            phases, gain = self.fields(index)
        if half:
            x0, y0, x1, y1 = self.half_box
            grid_x, grid_y, scale = self._half_grid()
        else:
            x0, y0, x1, y1 = self.box
            grid_x, grid_y, scale = self.grid_x, self.grid_y, 1.0
        size = (x1 - x0, y1 - y0)
        maps = []
        for dx, dy, weight in phases:
            map_x = cv2.resize(dx, size, interpolation=cv2.INTER_LINEAR)
            map_y = cv2.resize(dy, size, interpolation=cv2.INTER_LINEAR)
            if scale != 1.0:
                map_x *= scale
                map_y *= scale
            map_x += grid_x
            map_y += grid_y
            maps.append((map_x, map_y, weight))
        if gain is not None:
            gain = cv2.resize(gain, size, interpolation=cv2.INTER_LINEAR)
        return maps, gain

    @property
    def half_box(self) -> tuple[int, int, int, int]:
        x0, y0, x1, y1 = self.box
        return x0 // 2, y0 // 2, -(-x1 // 2), -(-y1 // 2)

    def _half_grid(self) -> tuple[np.ndarray, np.ndarray, float]:
        cached = getattr(self, "_half_grid_cache", None)
        if cached is None:
            x0, y0, x1, y1 = self.half_box
            gy, gx = np.mgrid[y0:y1, x0:x1].astype(np.float32)
            cached = (gx, gy, 0.5)
            self._half_grid_cache = cached
        return cached

    def apply(self, buffer: np.ndarray, index: int) -> None:
        """Apply frame `index` of the effect to `buffer` (the working image) in place."""
        self._apply_maps(buffer, *self.maps(index))

    def apply_i420(self, y: np.ndarray, u: np.ndarray, v: np.ndarray, index: int) -> None:
        """Apply frame `index` to the working image as planes: full-size Y, half-size U, V."""
        assert self.moves_only
        phases, _ = self.fields(index)
        luma, _ = self.maps(index, phases)
        self._apply_maps(y, luma, None, self.box)
        chroma, _ = self.maps(index, phases, half=True)
        for plane in (u, v):
            self._apply_maps(plane, chroma, None, self.half_box)

    def _apply_maps(
        self,
        buffer: np.ndarray,
        maps: list[tuple[np.ndarray, np.ndarray, float]],
        gain: Gain,
        box: tuple[int, int, int, int] | None = None,
    ) -> None:
        x0, y0, x1, y1 = box or self.box
        out: np.ndarray | None = None
        for map_x, map_y, weight in maps:
            warped = cv2.remap(
                buffer, map_x, map_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REFLECT
            )
            out = warped if out is None else cv2.addWeighted(out, 1.0 - weight, warped, weight, 0)
        if out is None:
            out = buffer[y0:y1, x0:x1].copy()
        if gain is not None:
            out = cv2.multiply(out, cv2.merge((gain, gain, gain)), dtype=cv2.CV_8U)
        buffer[y0:y1, x0:x1] = out


WARP_EFFECTS: dict[EffectKind, type[WarpEffect]] = {}


def registers(kind: EffectKind) -> Callable[[type[WarpEffect]], type[WarpEffect]]:
    """Class decorator: the class is what `kind` builds."""

    def register(cls: type[WarpEffect]) -> type[WarpEffect]:
        if kind in WARP_EFFECTS:
            raise RuntimeError(f"{kind} is registered twice")
        cls.kind = kind
        WARP_EFFECTS[kind] = cls
        return cls

    return register


# -- random fields ---------------------------------------------------------------------
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


# -- one class per kind -------------------------------------------------------------------
@registers(EffectKind.SKY_DRIFT)
@dataclass
class SkyDrift(WarpEffect):
    """Clouds travel sideways, the higher ones faster (perspective)."""

    sign: float
    total: float  # working pixels the clouds travel per clip
    profile: np.ndarray = field(repr=False)
    zero: np.ndarray = field(repr=False)

    @classmethod
    def build(
        cls, request: RegionEffect, region: Region, geo: Geometry, rng: np.random.Generator
    ) -> Self:
        sign = 1.0 if rng.random() < 0.5 else -1.0
        total = (0.04 + 0.08 * request.strength) * geo.working_size[0]
        gh, _ = region.grid_shape
        _, ys = region.cell_coords
        y_rel = (ys - region.cells[1]) / max(1, gh - 1)
        profile = region.mask * (1.0 - 0.5 * y_rel)
        zero = np.zeros(region.grid_shape, np.float32)
        return cls(region, geo, sign=sign, total=total, profile=profile, zero=zero)

    def fields(self, index: int) -> tuple[Fields, Gain]:
        t = float(self.geo.times()[index])
        shift = -self.sign * self.total
        if not self.geo.loop:
            return [((shift * t) * self.profile, self.zero, 1.0)], None
        # Two phases cross-fade so the drift restarts invisibly.
        a = (shift * t) * self.profile
        b = (shift * (t - 1.0)) * self.profile
        return [(a, self.zero, 0.0), (b, self.zero, t)], None


@registers(EffectKind.WATER_RIPPLE)
@dataclass
class WaterRipple(WarpEffect):
    """Horizontal ripples travelling down, a slower sideways wave, and a light shimmer."""

    moves_only: ClassVar[bool] = False  # the shimmer changes brightness

    amp: float
    wavelength: float
    cycles: tuple[float, float]
    shimmer: float
    phase: np.ndarray = field(repr=False)

    @classmethod
    def build(
        cls, request: RegionEffect, region: Region, geo: Geometry, rng: np.random.Generator
    ) -> Self:
        k, res = request.strength, geo.res
        return cls(
            region,
            geo,
            amp=(0.8 + 2.2 * k) * res,
            wavelength=22.0 * res,
            cycles=(geo.cycles(0.7 + 0.5 * k), geo.cycles(0.45 + 0.3 * k)),
            shimmer=0.03 + 0.06 * k,
            phase=_noise(region.grid_shape, rng, 3.0) * math.pi,
        )

    def fields(self, index: int) -> tuple[Fields, Gain]:
        t = float(self.geo.times()[index])
        xs_px, ys_px = self.region.cell_centres_px
        mask, amp, wavelength = self.region.mask, self.amp, self.wavelength
        w1 = 2 * math.pi * self.cycles[0] * t
        w2 = 2 * math.pi * self.cycles[1] * t
        dy = amp * mask * np.sin(2 * math.pi * ys_px / wavelength - w1 + self.phase)
        dx = 0.4 * amp * mask * np.sin(2 * math.pi * xs_px / (3 * wavelength) + w2 + self.phase)
        gain = 1.0 + self.shimmer * mask * np.sin(2 * math.pi * ys_px / (1.3 * wavelength) + w1)
        return [(dx.astype(np.float32), dy.astype(np.float32), 1.0)], gain.astype(np.float32)


@registers(EffectKind.SWAY)
@dataclass
class Sway(WarpEffect):
    """Hair, foliage or fabric swinging sideways with a little lift (fabric moves less)."""

    amp: float
    cycles: float
    phase: np.ndarray = field(repr=False)
    phase2: np.ndarray = field(repr=False)

    @classmethod
    def build(
        cls, request: RegionEffect, region: Region, geo: Geometry, rng: np.random.Generator
    ) -> Self:
        k = request.strength
        amp = (1.2 + 3.3 * k) * geo.res * (0.6 if region.target == "fabric" else 1.0)
        cycles = geo.cycles(0.35 + 0.25 * k)
        phase = _noise(region.grid_shape, rng, 4.0) * math.pi
        phase2 = _noise(region.grid_shape, rng, 4.0) * math.pi
        return cls(region, geo, amp=amp, cycles=cycles, phase=phase, phase2=phase2)

    def fields(self, index: int) -> tuple[Fields, Gain]:
        t = 2 * math.pi * float(self.geo.times()[index])
        c1, c2 = self.cycles, 2.0 * self.cycles
        amp, mask = self.amp, self.region.mask
        dx = (
            amp
            * mask
            * (0.65 * np.sin(c1 * t + 0.3 * self.phase) + 0.35 * np.sin(c2 * t + self.phase))
        )
        dy = 0.3 * amp * mask * np.sin(c1 * t + self.phase2)
        return [(dx.astype(np.float32), dy.astype(np.float32), 1.0)], None


@registers(EffectKind.FLICKER)
@dataclass
class Flicker(WarpEffect):
    """Flames and lights: two random brightness series blended in space; flames lick up."""

    moves_only: ClassVar[bool] = False

    depth: float
    lift: float
    series: tuple[np.ndarray, np.ndarray] = field(repr=False)
    blend: np.ndarray = field(repr=False)
    zero: np.ndarray = field(repr=False)

    @classmethod
    def build(
        cls, request: RegionEffect, region: Region, geo: Geometry, rng: np.random.Generator
    ) -> Self:
        k, sigma = request.strength, 1.2
        s1 = _smooth_series(geo.frames, rng, sigma, loop=geo.loop)
        s2 = _smooth_series(geo.frames, rng, sigma, loop=geo.loop)
        blend = (_noise(region.grid_shape, rng, 2.0) + 1.0) / 2.0
        return cls(
            region,
            geo,
            depth=0.06 + 0.2 * k,
            lift=(0.5 + 1.5 * k) * geo.res,
            series=(s1, s2),
            blend=blend,
            zero=np.zeros(region.grid_shape, np.float32),
        )

    def fields(self, index: int) -> tuple[Fields, Gain]:
        s1, s2 = self.series
        mask = self.region.mask
        level = self.blend * s1[index] + (1.0 - self.blend) * s2[index]
        gain = (1.0 + self.depth * mask * level).astype(np.float32)
        dy = (self.lift * mask * np.maximum(level, 0.0)).astype(np.float32)
        return [(self.zero, dy, 1.0)], gain


@registers(EffectKind.BREATHING)
@dataclass
class Breathing(WarpEffect):
    """A slow, tiny swell of the subject around the bottom of its box (the chest)."""

    depth: float
    cycles: float
    anchor: tuple[float, float]  # working pixels

    @classmethod
    def build(
        cls, request: RegionEffect, region: Region, geo: Geometry, rng: np.random.Generator
    ) -> Self:
        sx, sy, sw, sh = region.subject_cells
        anchor = ((sx + sw / 2 + 0.5) * STEP, (sy + sh) * STEP)
        return cls(
            region,
            geo,
            depth=0.004 + 0.008 * request.strength,
            cycles=geo.cycles(0.25),
            anchor=anchor,
        )

    def fields(self, index: int) -> tuple[Fields, Gain]:
        e = self.depth * math.sin(2 * math.pi * self.cycles * float(self.geo.times()[index]))
        xs_px, ys_px = self.region.cell_centres_px
        mask = self.region.mask
        dx = (-(xs_px - self.anchor[0]) * e * mask).astype(np.float32)
        dy = (-(ys_px - self.anchor[1]) * e * mask).astype(np.float32)
        return [(dx, dy, 1.0)], None


def build_effects(
    requested: Sequence[RegionEffect],
    *,
    spec: GenerationSpec,
    facts: an.Analysis,
    geo: Geometry,
) -> list[WarpEffect]:
    """Resolve each requested region effect to a region and build its class.

    Kinds that are not region effects (overlays) are left to `overlays.build_overlays`.
    """
    rng = np.random.default_rng(spec.seed + 7919)
    effects: list[WarpEffect] = []
    sx, sy, sw, sh = facts.subject_box
    box_on_grid = geo.to_grid(np.zeros(facts.image.shape[:2], np.float32))  # grid shape only
    grid_h, grid_w = box_on_grid.shape
    k_cells = geo.scale / (facts.scale * STEP)  # analysis pixels -> grid cells
    ox, oy = geo.origin[0] * facts.scale, geo.origin[1] * facts.scale
    subject_cells = ((sx - ox) * k_cells, (sy - oy) * k_cells, sw * k_cells, sh * k_cells)
    for request in requested:
        cls = WARP_EFFECTS.get(request.kind)
        if cls is None:
            continue
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
        w, h = geo.working_size
        resolved = Region(
            target=target,
            box=(
                int(gx0) * STEP,
                int(gy0) * STEP,
                min(w, int(gx1) * STEP),
                min(h, int(gy1) * STEP),
            ),
            cells=(int(gx0), int(gy0), int(gx1), int(gy1)),
            mask=np.ascontiguousarray(grid[gy0:gy1, gx0:gx1]),
            subject_cells=subject_cells,
        )
        effects.append(cls.build(request, resolved, geo, rng))
    return effects
