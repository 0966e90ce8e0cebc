"""Overlays and atmospheres drawn over the finished frame: snow, rain, fog, steam, smoke,
sparkles, falling leaves, petals and light leaks.

One small class per `EffectKind`, registered like the region effects. Each builds what its
frames need once (paths for the whole clip, sprites, noise tiles) and then draws frame i into
a `Canvas` (the BGR frame, or the I420 frame when the render makes I420 directly). They live
in the photo's space and are carried by the camera (`Stage` maps them onto each frame); soft
layers are drawn at a fraction of the frame size and scaled up by the canvas. All of them are deterministic for a spec.seed and, in loop mode, periodic over
the clip: particle paths on a torus or with whole lives per clip, noise fields cross-faded
between two phases one clip apart, twinkles and sways in whole cycles.

Depth: snow, rain, leaves and petals fall in three depth layers; the far and middle ones pass
behind the subject (the analysis's subject mask, on screen), the near one in front. Fog is
thinner in front of the subject and thicker higher up (farther away). Steam and smoke rise
from `RegionEffect.origin` (normalized photo coordinates) or the top of the subject.
"""

from __future__ import annotations

import math
import zlib
from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import ClassVar, Self

import cv2
import numpy as np

from engine.motion import particles as pt
from engine.motion.canvas import Canvas, Sprite, even_box
from engine.motion.stage import Stage, apply, compose, low_size, screen_from_low
from engine.spec import EffectKind, GenerationSpec, RegionEffect

_WARP = cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP


@dataclass
class Overlay(ABC):
    """Something drawn over the output frame; one subclass per effect kind."""

    kind: ClassVar[EffectKind]
    stage: Stage = field(repr=False)

    @classmethod
    @abstractmethod
    def build(cls, request: RegionEffect, stage: Stage, rng: np.random.Generator) -> Self:
        """Precompute paths, sprites and fields for the whole clip."""

    @abstractmethod
    def draw(self, canvas: Canvas, index: int) -> None:
        """Draw frame `index` of the overlay into the output frame (BGR or I420)."""


OVERLAYS: dict[EffectKind, type[Overlay]] = {}


def registers(kind: EffectKind) -> Callable[[type[Overlay]], type[Overlay]]:
    def register(cls: type[Overlay]) -> type[Overlay]:
        if kind in OVERLAYS:
            raise RuntimeError(f"{kind} is registered twice")
        cls.kind = kind
        OVERLAYS[kind] = cls
        return cls

    return register


def build_overlays(
    requested: Sequence[RegionEffect], *, spec: GenerationSpec, stage: Stage
) -> list[Overlay]:
    """The overlays among the requested effects, in order (region effects are skipped)."""
    built: list[Overlay] = []
    for position, request in enumerate(requested):
        cls = OVERLAYS.get(request.kind)
        if cls is None:
            continue
        # Each overlay draws from its own generator (adding one does not change the others),
        # seeded by its kind's name so that a stored spec renders the same in later releases.
        kind_number = zlib.crc32(request.kind.value.encode())
        rng = np.random.default_rng([spec.seed, 0x0E1A, kind_number, position])
        built.append(cls.build(request, stage, rng))
    return built


def _factor(stage: Stage, low_width: int) -> int:
    """Downscale factor giving soft layers about `low_width` pixels across."""
    return max(1, round(stage.out_size[0] / low_width))


def _per_screen(stage: Stage, count: float) -> int:
    """`count` particles per screenful, spread over the whole working image."""
    w, h = stage.geo.working_size
    screens = (w * h) / (stage.unit**2 * stage.out_size[0] * stage.out_size[1])
    return max(1, round(count * max(1.0, screens)))


def _design(stage: Stage, pixels: float) -> float:
    """A size designed in pixels of a 720-wide frame, in working pixels."""
    return pixels * stage.px * stage.unit


def _span(stage: Stage, low: float, high: float) -> tuple[float, float]:
    return _design(stage, low), _design(stage, high)


# -- falling particles ------------------------------------------------------------------------
@dataclass(frozen=True)
class _Fall:
    """One depth layer of a falling-particle overlay."""

    paths: pt.Paths = field(repr=False)
    size: float  # design pixels (blur sigma, streak length or sprite size)
    weight: float  # peak opacity of one particle
    occluded: float  # 0: in front of the subject, 1: fully behind it


def _fall_layer(
    rng: np.random.Generator,
    stage: Stage,
    *,
    count: float,
    speed: tuple[float, float],
    sway: tuple[float, float],
    sway_hz: tuple[float, float],
    angle: float,
    margin: float,
    size: float,
    weight: float,
    occluded: float,
) -> _Fall:
    geo = stage.geo
    paths = pt.drift_paths(
        rng,
        _per_screen(stage, count),
        domain=(float(geo.working_size[0]), float(geo.working_size[1])),
        margin=_design(stage, margin),
        frames=geo.frames,
        seconds=geo.frames / geo.fps,
        loop=geo.loop,
        speed=_span(stage, *speed),
        angle=angle,
        sway=_span(stage, *sway),
        sway_hz=sway_hz,
    )
    return _Fall(paths=paths, size=size, weight=weight, occluded=occluded)


@registers(EffectKind.SNOW)
@dataclass
class Snow(Overlay):
    """Soft flakes in three depth layers: small slow far ones behind the subject, big
    out-of-focus near ones in front. Splatted small, blurred, lightened into the frame."""

    layers: tuple[_Fall, ...] = ()
    factor: int = 2
    colour: tuple[int, int, int] = (255, 251, 246)

    @classmethod
    def build(cls, request: RegionEffect, stage: Stage, rng: np.random.Generator) -> Self:
        k = 0.35 + 0.65 * request.strength  # density
        wind = rng.uniform(-0.3, 0.3)
        layers = tuple(
            _fall_layer(
                rng, stage, count=count * k, speed=speed, sway=sway, sway_hz=(0.12, 0.35),
                angle=wind, margin=12, size=size, weight=weight, occluded=occluded,
            )
            # far: small, slow, behind the subject; near: big, soft, in front
            for count, speed, sway, size, weight, occluded in (
                (1000, (30, 55), (3, 8), 1.0, 0.45, 1.0),
                (300, (60, 100), (6, 14), 1.8, 0.85, 1.0),
                (50, (120, 200), (12, 26), 4.5, 0.85, 0.0),
            )
        )  # fmt: skip
        return cls(stage, layers=layers, factor=_factor(stage, 360))

    def draw(self, canvas: Canvas, index: int) -> None:
        stage, factor = self.stage, self.factor
        size = low_size(stage.out_size, factor)
        to_low = stage.working_to_low(index, factor)
        total = np.zeros((size[1], size[0]), np.float32)
        # The layers behind the subject share one blur (the middle layer's) and one mask;
        # big soft flakes are splatted at half that size again (blurring is cheaper there).
        behind = [la for la in self.layers if la.occluded]
        front = [la for la in self.layers if not la.occluded]
        for layers in (behind, front):
            if not layers:
                continue
            sigma = max(0.5, max(la.size for la in layers) * stage.px / factor)
            coarse = 2 if sigma > 1.5 else 1
            sigma /= coarse
            small = low_size(stage.out_size, factor * coarse)
            to_small = to_low if coarse == 1 else stage.working_to_low(index, factor * coarse)
            xs, ys, weights = [], [], []
            for layer in layers:
                x, y = apply(to_small, layer.paths.x[index], layer.paths.y[index])
                xs.append(x)
                ys.append(y)
                weights.append(layer.paths.opacity[index] * (layer.weight / pt.blur_peak(sigma)))
            points = pt.splat(
                np.concatenate(xs), np.concatenate(ys), np.concatenate(weights), small
            )
            flakes = cv2.GaussianBlur(points, (0, 0), sigma)
            if coarse != 1:
                flakes = cv2.resize(flakes, size, interpolation=cv2.INTER_LINEAR)
            if layers[0].occluded:
                flakes *= 1.0 - stage.subject_on_screen(index, factor)
            total += flakes
        np.minimum(total, 1.0, out=total)
        canvas.lighten(total, self.colour)


@registers(EffectKind.RAIN)
@dataclass
class Rain(Overlay):
    """Thin slanted streaks (each as long as a drop travels while the shutter is open), in
    three depth layers; far and middle ones behind the subject."""

    layers: tuple[_Fall, ...] = ()
    angle: float = 0.0
    colour: tuple[int, int, int] = (225, 222, 215)

    @classmethod
    def build(cls, request: RegionEffect, stage: Stage, rng: np.random.Generator) -> Self:
        k = 0.35 + 0.65 * request.strength
        angle = rng.uniform(-0.22, 0.22)
        fps = stage.geo.fps
        layers = tuple(
            _fall_layer(
                rng, stage, count=count * k, speed=speed, sway=(0, 0), sway_hz=(0, 0),
                angle=angle, margin=80,
                # A streak is what a drop draws while a 180-degree shutter is open.
                size=(speed[0] + speed[1]) / 2 / (2 * fps), weight=weight, occluded=occluded,
            )
            for count, speed, weight, occluded in (
                (420, (650, 850), 0.25, 1.0),
                (170, (1000, 1300), 0.36, 1.0),
                (28, (1600, 2100), 0.5, 0.0),
            )
        )  # fmt: skip
        return cls(stage, layers=layers, angle=angle)

    def _streaks(self, layer: _Fall, index: int, canvas: np.ndarray) -> None:
        """Draw the layer's streaks into `canvas` (uint8 alpha), over what is there."""
        stage = self.stage
        to_screen = stage.working_to_screen(index)
        x, y = apply(to_screen, layer.paths.x[index], layer.paths.y[index])
        length = layer.size * stage.px * stage.zoom(index)
        tail_x = x - length * math.sin(self.angle)
        tail_y = y - length * math.cos(self.angle)
        lines = np.stack([np.stack([x, y], 1), np.stack([tail_x, tail_y], 1)], 1)
        lines = np.round(lines * 16).astype(np.int32)  # 4 fractional bits: smooth motion
        thickness = 2 if layer.occluded == 0.0 and stage.px >= 1.0 else 1
        cv2.polylines(canvas, lines, False, round(255 * layer.weight), thickness,
                      cv2.LINE_AA, 4)  # fmt: skip

    def draw(self, canvas: Canvas, index: int) -> None:
        shape = (canvas.size[1], canvas.size[0])
        behind = np.zeros(shape, np.uint8)
        front = np.zeros(shape, np.uint8)
        for layer in self.layers:  # far to near: nearer streaks are drawn over farther ones
            self._streaks(layer, index, behind if layer.occluded else front)
        behind = cv2.multiply(behind, self.stage.visible_u8(index), scale=1 / 255)
        canvas.lighten(cv2.max(behind, front), self.colour)


# -- fields: fog, steam and smoke ----------------------------------------------------------------
def _sample_tile(tile: np.ndarray, matrix: np.ndarray, size: tuple[int, int]) -> np.ndarray:
    """The periodic tile seen through `matrix` (output pixel -> tile coordinates)."""
    return cv2.warpAffine(tile, matrix, size, flags=_WARP, borderMode=cv2.BORDER_WRAP)


def _cross_faded(
    sample: Callable[[float], np.ndarray], t: float, *, loop: bool, mean: float = 0.5
) -> np.ndarray:
    """A drifting noise field at clip phase t. Looping, two phases one clip apart cross-fade
    (t and t - 1) with their contrast restored, so the last frame flows into the first."""
    if not loop:
        return sample(t)
    a, b = sample(t), sample(t - 1.0)
    mixed = (1.0 - t) * a + t * b
    restore = 1.0 / math.sqrt((1.0 - t) ** 2 + t**2)
    return mean + (mixed - mean) * restore


@registers(EffectKind.FOG)
@dataclass
class Fog(Overlay):
    """Two layers of drifting mist, thicker higher in the frame and thinner in front of
    the subject, blended towards a pale colour taken from the picture."""

    tiles: tuple[np.ndarray, np.ndarray] = field(default=(np.empty(0), np.empty(0)), repr=False)
    scales: tuple[float, float] = (1.0, 1.0)  # working pixels per tile cell
    drift: tuple[tuple[float, float], tuple[float, float]] = ((0.0, 0.0), (0.0, 0.0))
    profile: np.ndarray = field(default_factory=lambda: np.empty(0), repr=False)
    opacity: float = 0.6
    colour: tuple[int, int, int] = (230, 230, 230)
    factor: int = 4

    @classmethod
    def build(cls, request: RegionEffect, stage: Stage, rng: np.random.Generator) -> Self:
        k = request.strength
        tiles = (pt.tileable_noise(rng, 64, 7.0, octaves=2), pt.tileable_noise(rng, 64, 5.0))
        frame_w = stage.out_size[0] * stage.unit  # working pixels across one frame
        scales = (frame_w * 1.6 / 64, frame_w * 0.8 / 64)
        seconds = stage.geo.frames / stage.geo.fps
        sign = 1.0 if rng.random() < 0.5 else -1.0
        # Tile cells the mist travels per clip: about 4 % and 8 % of a frame per second.
        drift = (
            (sign * 0.04 * seconds * frame_w / scales[0], -0.01 * seconds * frame_w / scales[0]),
            (sign * 0.08 * seconds * frame_w / scales[1], 0.0),
        )
        # Depth: thicker towards the top of the photo (farther away), thin on the subject.
        subject = stage.subject
        rows = np.linspace(0.0, 1.0, subject.shape[0], dtype=np.float32)[:, None]
        height = 0.35 + 0.65 * (1.0 - rows) ** 1.3
        profile = (height * (1.0 - 0.75 * subject)).astype(np.float32)
        sky = stage.working[: max(1, stage.working.shape[0] // 3)]
        mean = np.asarray(cv2.mean(sky)[:3])
        colour = np.clip(0.6 * 232 + 0.4 * np.maximum(mean, 160) * 1.05, 0, 255)
        return cls(
            stage,
            tiles=tiles,
            scales=scales,
            drift=drift,
            profile=profile,
            opacity=0.45 + 0.45 * k,
            colour=(int(colour[0]), int(colour[1]), int(colour[2])),
            factor=_factor(stage, 180),
        )

    def density(self, index: int) -> np.ndarray:
        """Fog opacity (float32 0..1) on the small screen of frame `index`."""
        stage, factor = self.stage, self.factor
        size = low_size(stage.out_size, factor)
        working_from_low = compose(stage.bg_matrices[index], screen_from_low(factor))
        t = float(pt.clip_times(stage.frames, loop=stage.geo.loop)[index])
        layers = []
        for tile, scale, (dx, dy) in zip(self.tiles, self.scales, self.drift, strict=True):

            def sample(phase: float, tile: np.ndarray = tile, scale: float = scale,
                       dx: float = dx, dy: float = dy) -> np.ndarray:  # fmt: skip
                to_tile = np.array([[1 / scale, 0, -dx * phase], [0, 1 / scale, -dy * phase]])
                return _sample_tile(tile, compose(to_tile, working_from_low), size)

            layers.append(_cross_faded(sample, t, loop=stage.geo.loop))
        noise = 0.65 * layers[0] + 0.35 * layers[1]
        profile = cv2.warpAffine(
            self.profile,
            compose(stage.analysis_from_working, working_from_low),
            size,
            flags=_WARP,
            borderMode=cv2.BORDER_REPLICATE,
        )
        banks = np.clip((noise - 0.25) * 2.0, 0.0, 1.0)
        return np.clip(self.opacity * profile * (0.3 + 0.7 * banks), 0.0, 1.0)

    def draw(self, canvas: Canvas, index: int) -> None:
        canvas.blend(self.density(index), self.colour)


@dataclass(frozen=True)
class PlumeLook:
    """How a kind of vapour looks: sizes are shares of the frame, speeds per second."""

    height: tuple[float, float]  # of the frame height, at strength 0 and 1
    widths: tuple[float, float]  # half-width at the base and at the top, of the frame width
    sway: float  # sideways swing of the column, of the frame width
    rise: float  # plume heights the vapour climbs per second
    opacity: float
    colour: tuple[int, int, int]  # BGR
    wispy: bool  # thin strands (steam) rather than billows (smoke)
    fade: float  # how fast it thins out with height (exponent)


@dataclass
class _Plume(Overlay):
    """A column of vapour rising from an origin, widening and fading with height, made of
    turbulent noise that scrolls upwards while the column sways."""

    origin: tuple[float, float] = (0.0, 0.0)  # working pixels
    layer: str = "scene"
    tile: np.ndarray = field(default_factory=lambda: np.empty(0), repr=False)
    height: float = 300.0  # screen pixels at zoom 1
    widths: tuple[float, float] = (20.0, 80.0)  # half-width at the base and at the top
    sway: float = 20.0  # screen pixels
    cycles: tuple[float, float] = (1.0, 2.0)
    phases: tuple[float, float] = (0.0, 0.0)
    rise: float = 1.0  # plume heights the vapour climbs per clip
    cell: float = 12.0  # screen pixels per noise cell
    opacity: float = 0.5
    colour: tuple[int, int, int] = (245, 245, 245)
    wispy: bool = True
    fade: float = 1.0
    factor: int = 3

    look: ClassVar[PlumeLook]

    @classmethod
    def build(cls, request: RegionEffect, stage: Stage, rng: np.random.Generator) -> Self:
        look = cls.look
        k = request.strength
        out_w, out_h = stage.out_size
        point = request.origin if request.origin is not None else _top_of_subject(stage)
        origin = stage.photo_to_working(point)
        layer = "scene"
        if stage.fg_matrices is not None and _on_subject(stage, origin):
            layer = "subject"
        seconds = stage.geo.frames / stage.geo.fps
        h0, h1 = look.height
        height = (h0 + (h1 - h0) * k) * out_h
        w0, w1 = look.widths
        cycles = pt.whole_cycles(np.array([0.35, 0.8]) * rng.uniform(0.8, 1.25), seconds,
                                 loop=stage.geo.loop)  # fmt: skip
        return cls(
            stage,
            origin=origin,
            layer=layer,
            tile=pt.tileable_noise(rng, 64, 2.5, octaves=2),
            height=height,
            widths=(w0 * out_w, w1 * out_w),
            sway=look.sway * out_w,
            cycles=(float(cycles[0]), float(cycles[1])),
            phases=(rng.uniform(0, 2 * math.pi), rng.uniform(0, 2 * math.pi)),
            rise=look.rise * seconds,
            cell=0.022 * out_w,
            opacity=look.opacity * (0.6 + 0.4 * k),
            colour=look.colour,
            wispy=look.wispy,
            fade=look.fade,
            factor=_factor(stage, 240),
        )

    def _box(self, index: int) -> tuple[tuple[float, float], float, tuple[int, int, int, int]]:
        """The origin on screen, the zoom, and the plume's screen box (x0, y0, x1, y1)."""
        stage = self.stage
        to_screen = stage.working_to_screen(index, layer=self.layer)
        ox, oy = apply(to_screen, np.array(self.origin[0]), np.array(self.origin[1]))
        zoom = stage.zoom(index)
        half = (self.widths[1] + self.sway) * 1.25 * zoom
        out_w, out_h = stage.out_size
        f = self.factor
        x0 = max(0, math.floor((float(ox) - half) / f) * f)
        x1 = min(out_w, math.ceil((float(ox) + half) / f) * f)
        y0 = max(0, math.floor((float(oy) - self.height * zoom) / f) * f)
        y1 = min(out_h, math.ceil((float(oy) + 0.02 * out_h) / f) * f)
        return (float(ox), float(oy)), zoom, (x0, y0, x1, y1)

    def density(self, index: int) -> tuple[np.ndarray, tuple[int, int, int, int]] | None:
        """Opacity (float32) of the plume's box on a small grid, and the box on screen."""
        (ox, oy), zoom, box = self._box(index)
        x0, y0, x1, y1 = box
        if x1 - x0 < self.factor or y1 - y0 < self.factor:
            return None
        f = self.factor
        cols = (np.arange(x0 // f, -(-x1 // f)) * f + (f - 1) / 2 - ox) / zoom
        rows = (oy - (np.arange(y0 // f, -(-y1 // f)) * f + (f - 1) / 2)) / zoom
        u = cols[None, :].astype(np.float32)  # screen pixels across, from the origin
        v = np.clip(rows[:, None] / self.height, 0.0, None).astype(np.float32)  # 0..1 up
        t = float(pt.clip_times(self.stage.frames, loop=self.stage.geo.loop)[index])
        c1, c2 = self.cycles
        p1, p2 = self.phases
        centre = self.sway * (
            v**1.3 * np.sin(2 * math.pi * (c1 * t - 0.8 * v) + p1)
            + 0.45 * v * np.sin(2 * math.pi * (c2 * t - 2.0 * v) + p2)
        )
        width = self.widths[0] + (self.widths[1] - self.widths[0]) * v**0.8
        shape = (len(rows), len(cols))
        loop = self.stage.geo.loop

        def sampler(cell: float, stretch: float, warp: np.ndarray | None) -> np.ndarray:
            def sample(phase: float) -> np.ndarray:
                # The vapour climbs `rise` plume heights per clip, stretched as it rises.
                across = u - centre if warp is None else u - centre - warp
                map_x = np.broadcast_to(across / cell, shape).astype(np.float32)
                climb = (v - self.rise * phase) * self.height / (stretch * cell)
                map_y = np.broadcast_to(climb, shape).astype(np.float32)
                return cv2.remap(
                    self.tile, map_x, map_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_WRAP
                )

            return (_cross_faded(sample, t, loop=loop) - 0.5) / 0.2  # about -1..1

        # Big slow eddies bend the column (more the higher it gets); small ones make strands.
        eddies = sampler(3.0 * self.cell, 1.5, None)
        warp = 0.45 * width * eddies * np.minimum(1.0, 0.3 + v)
        detail = sampler(self.cell, 2.2 if self.wispy else 1.2, warp)
        across = (u - centre - warp) / width
        # Gaussian across the column, emerging softly above the origin, fading with height.
        rising = pt.smoothstep(v / 0.18)
        fade = (1.0 - np.minimum(v, 1.0)) ** self.fade
        envelope = np.exp(-1.8 * across**2) * rising * fade
        if self.wispy:
            strands = np.clip(1.0 - 0.8 * np.abs(detail), 0.0, 1.0) ** 4  # ridges: strands
            body = 0.3 + 0.9 * strands
        else:
            body = np.clip(0.8 + 0.4 * detail + 0.2 * eddies, 0.0, 1.0)
        alpha = np.clip(self.opacity * envelope * body, 0.0, 1.0)
        return alpha.astype(np.float32), box

    def draw(self, canvas: Canvas, index: int) -> None:
        found = self.density(index)
        if found is None:
            return
        alpha, box = found
        canvas.blend(alpha, self.colour, box)


@registers(EffectKind.STEAM)
@dataclass
class Steam(_Plume):
    """Thin white strands rising and curling from a hot drink or a bath."""

    look: ClassVar[PlumeLook] = PlumeLook(
        height=(0.22, 0.36),
        widths=(0.05, 0.15),
        sway=0.04,
        rise=0.35,
        opacity=1.0,
        colour=(246, 246, 246),
        wispy=True,
        fade=1.1,
    )


@registers(EffectKind.SMOKE)
@dataclass
class Smoke(_Plume):
    """A wider, denser grey column billowing up from a chimney, a candle or a fire."""

    look: ClassVar[PlumeLook] = PlumeLook(
        height=(0.3, 0.5),
        widths=(0.035, 0.18),
        sway=0.05,
        rise=0.22,
        opacity=1.0,
        colour=(128, 130, 136),
        wispy=False,
        fade=0.8,
    )


def _top_of_subject(stage: Stage) -> tuple[float, float]:
    """Where vapour rises from when no origin is given, in normalized photo coordinates: the
    top of the subject's middle (the rim of a cup seen from the side), or the middle of the
    subject when its top is near the top of the photo (a cup seen from above, a close-up:
    vapour from the top edge would leave the frame at once)."""
    subject = stage.subject
    x, y, w, h = stage.subject_box_analysis
    c0, c1 = int(x + 0.35 * w), max(int(x + 0.65 * w), int(x + 0.35 * w) + 1)
    rows = np.nonzero((subject[:, c0:c1] > 0.5).any(axis=1))[0]
    top = float(rows.min()) if len(rows) else y
    to_photo = stage.photo_from_analysis
    px, py = apply(to_photo, np.array(x + w / 2), np.array(top + 0.04 * h))
    if float(py) < 0.25:
        px, py = apply(to_photo, np.array(x + w / 2), np.array(y + 0.45 * h))
    return float(np.clip(px, 0, 1)), float(np.clip(py, 0, 1))


def _on_subject(stage: Stage, working_point: tuple[float, float]) -> bool:
    ax, ay = apply(stage.analysis_from_working, np.array(working_point[0]),
                   np.array(working_point[1]))  # fmt: skip
    h, w = stage.subject.shape
    col, row = int(np.clip(round(float(ax)), 0, w - 1)), int(np.clip(round(float(ay)), 0, h - 1))
    return bool(stage.subject[row, col] > 0.5)


# -- light: sparkles and light leaks -----------------------------------------------------------
@registers(EffectKind.SPARKLES)
@dataclass
class Sparkles(Overlay):
    """Star-shaped glints twinkling on the picture's highlights (whole cycles per clip)."""

    points: tuple[np.ndarray, np.ndarray] = field(default=(np.empty(0), np.empty(0)), repr=False)
    on_subject: np.ndarray = field(default_factory=lambda: np.empty(0, bool), repr=False)
    brightness: np.ndarray = field(default_factory=lambda: np.empty(0), repr=False)  # (frames, n)
    factor: int = 2
    colour: tuple[int, int, int] = (215, 240, 255)

    @classmethod
    def build(cls, request: RegionEffect, stage: Stage, rng: np.random.Generator) -> Self:
        k = request.strength
        count = round(14 + 36 * k)
        x, y = _highlights(stage, count, rng)
        geo = stage.geo
        seconds = geo.frames / geo.fps
        cycles = pt.whole_cycles(rng.uniform(0.4, 1.1, len(x)), seconds, loop=geo.loop)
        phase = rng.random(len(x))
        peak = rng.uniform(0.55, 1.0, len(x))
        t = pt.clip_times(geo.frames, loop=geo.loop)[:, None]
        wave = np.maximum(0.0, np.sin(2 * math.pi * (cycles * t + phase)))
        brightness = (peak * wave**6).astype(np.float32)
        on_subject = np.array([_on_subject(stage, (float(a), float(b))) for a, b in zip(x, y, strict=True)],
                              bool)  # fmt: skip
        return cls(
            stage,
            points=(x, y),
            on_subject=on_subject if stage.fg_matrices is not None else np.zeros(len(x), bool),
            brightness=brightness,
            factor=_factor(stage, 360),
        )

    @cached_property
    def star(self) -> np.ndarray:
        """One glint on the small screen: a soft core and four rays (float32, peak 1), with
        a zero border so it can be shifted by a sub-pixel amount."""
        px = self.stage.px / self.factor
        core_sigma, ray_long, ray_thin = max(0.5, 1.4 * px), 10.0 * px, max(0.4, 0.6 * px)
        half = math.ceil(3 * ray_long) + 1
        probe = np.zeros((2 * half + 1, 2 * half + 1), np.float32)
        probe[half, half] = 1.0
        core = cv2.GaussianBlur(probe, (0, 0), core_sigma) / pt.blur_peak(core_sigma)
        rays = cv2.GaussianBlur(probe, (0, 0), ray_long, sigmaY=ray_thin)
        rays += cv2.GaussianBlur(probe, (0, 0), ray_thin, sigmaY=ray_long)
        star = np.minimum(core + rays * (0.55 / pt.blur_peak(ray_long, ray_thin)), 1.0)
        return np.pad(star, 1)

    def glints(self, index: int) -> np.ndarray:
        """Sparkle light (float32 0..1) on the small screen of frame `index`: a star added
        at each lit glint, shifted bilinearly to its sub-pixel place (only a few are lit at
        once, so this is cheaper than blurring the whole screen)."""
        stage, f = self.stage, self.factor
        width, height = low_size(stage.out_size, f)
        light = np.zeros((height, width), np.float32)
        lit = np.nonzero(self.brightness[index] > 1 / 255)[0]
        x, y = self.points
        star = self.star
        reach = (star.shape[0] - 1) // 2  # star[reach, reach] is its centre (pad included)
        for j in lit:
            layer = "subject" if self.on_subject[j] else "scene"
            lx, ly = apply(stage.working_to_low(index, f, layer=layer), x[j], y[j])
            ix, iy = math.floor(float(lx)), math.floor(float(ly))
            fx, fy = float(lx) - ix, float(ly) - iy
            # The four neighbours' weights applied to the star shifted by (fx, fy).
            shifted = (
                (1 - fx) * (1 - fy) * star[1:, 1:]
                + fx * (1 - fy) * star[1:, :-1]
                + (1 - fx) * fy * star[:-1, 1:]
                + fx * fy * star[:-1, :-1]
            ) * self.brightness[index, j]
            x0, y0 = ix - reach + 1, iy - reach + 1
            x1, y1 = x0 + shifted.shape[1], y0 + shifted.shape[0]
            cx0, cy0, cx1, cy1 = max(0, x0), max(0, y0), min(width, x1), min(height, y1)
            if cx1 > cx0 and cy1 > cy0:
                light[cy0:cy1, cx0:cx1] += shifted[cy0 - y0 : cy1 - y0, cx0 - x0 : cx1 - x0]
        return np.minimum(light, 1.0, out=light)

    def draw(self, canvas: Canvas, index: int) -> None:
        if not self.brightness[index].any():
            return
        canvas.add_glow(self.glints(index), self.colour)


def _highlights(
    stage: Stage, count: int, rng: np.random.Generator
) -> tuple[np.ndarray, np.ndarray]:
    """Up to `count` bright, locally salient points of the working image (working pixels),
    spread out; the brightest points overall when the picture has few highlights."""
    working = stage.working
    scale = min(1.0, 480 / max(working.shape[:2]))
    small = cv2.resize(working, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    grey = cv2.cvtColor(small, cv2.COLOR_BGR2GRAY).astype(np.float32)
    local = grey - cv2.GaussianBlur(grey, (0, 0), 6)
    score = grey * 0.6 + local * 2.0
    peaks = (score == cv2.dilate(score, np.ones((7, 7), np.uint8))) & (
        grey >= np.percentile(grey, 96)
    )
    ys, xs = np.nonzero(peaks)
    if len(xs) < count:  # few highlights: take the brightest places anyway
        flat = np.argsort(score, axis=None)[::-1][: count * 8]
        ys, xs = np.unravel_index(flat, score.shape)
    order = np.argsort(score[ys, xs])[::-1]
    # Spread out: at most one point per cell of a coarse grid, best first.
    cell = max(4, int(max(small.shape[:2]) / 24))
    _, first = np.unique((ys[order] // cell) * 10_000 + xs[order] // cell, return_index=True)
    chosen = order[np.sort(first)][:count]
    jitter = rng.uniform(-0.5, 0.5, (2, len(chosen)))
    x = (xs[chosen] + 0.5 + jitter[0]) / scale - 0.5
    y = (ys[chosen] + 0.5 + jitter[1]) / scale - 0.5
    return x.astype(np.float64), y.astype(np.float64)


@registers(EffectKind.LIGHT_LEAK)
@dataclass
class LightLeak(Overlay):
    """A warm glow drifting in from one side of the frame, as from light leaking into an old
    camera: added light, orange at the edge, yellow in the core. It drifts about a sixth of
    a frame per second; in loop mode it swings out and back (whole cycles) instead."""

    anchor: tuple[float, float] = (0.0, 0.4)  # where it starts, in frame widths and heights
    heading: tuple[float, float] = (1.0, 0.3)  # direction of the drift
    radii: tuple[float, float] = (0.6, 0.9)
    cycles: float = 1.0
    phases: tuple[float, float] = (0.0, 0.0)
    seconds: float = 3.0
    peak: float = 0.5
    factor: int = 8

    @classmethod
    def build(cls, request: RegionEffect, stage: Stage, rng: np.random.Generator) -> Self:
        geo = stage.geo
        seconds = geo.frames / geo.fps
        side = 1.0 if rng.random() < 0.5 else -1.0  # enters from the left (1) or the right
        anchor = (0.5 - side * 0.55, rng.uniform(0.15, 0.6))
        heading = (side, rng.uniform(0.1, 0.45))
        return cls(
            stage,
            anchor=anchor,
            heading=heading,
            radii=(rng.uniform(0.45, 0.7), rng.uniform(0.7, 1.1)),
            cycles=float(pt.whole_cycles(1 / 6.0, seconds, loop=True)),
            phases=(rng.uniform(0, 2 * math.pi), rng.uniform(0, 2 * math.pi)),
            seconds=seconds,
            peak=0.25 + 0.4 * request.strength,
            factor=_factor(stage, 90),
        )

    def light(self, index: int) -> np.ndarray:
        """The leak's light (float32 BGR 0..1) on the small screen of frame `index`."""
        stage = self.stage
        w, h = low_size(stage.out_size, self.factor)
        t = float(pt.clip_times(stage.frames, loop=stage.geo.loop)[index])
        if stage.geo.loop:
            # Out and back along its heading, breathing: periodic over the clip.
            swing = 2 * math.pi * self.cycles * t
            along = 0.3 * (1.0 - math.cos(swing))
            level = 0.75 + 0.25 * math.sin(swing + self.phases[0])
        else:
            along = t * self.seconds / 6.0
            level = pt.smoothstep(np.array(t * self.seconds / 0.8)).item()  # fades in
        cx = (self.anchor[0] + self.heading[0] * along) * w
        cy = (self.anchor[1] + self.heading[1] * along) * h
        ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
        r2 = ((xs - cx) / (self.radii[0] * w)) ** 2 + ((ys - cy) / (self.radii[1] * h)) ** 2
        glow = np.exp(-2.2 * r2)
        core = glow**3
        # BGR: orange-red at the rim, warm yellow in the core.
        rim = np.array([0.12, 0.42, 1.0], np.float32)
        heart = np.array([0.55, 0.88, 1.0], np.float32)
        light = glow[..., None] * rim + core[..., None] * (heart - rim)
        return (self.peak * level) * light

    def draw(self, canvas: Canvas, index: int) -> None:
        light = self.light(index)
        if float(light.max()) < 1 / 255:
            return
        canvas.add_light(light)


# -- sprites: falling leaves and petals -----------------------------------------------------------
def _blank_sprite(size: int, colour: tuple[int, int, int]) -> np.ndarray:
    """A transparent BGRA canvas already of the sprite's colour, so that anti-aliased,
    scaled or blurred edges fade out instead of darkening (alpha is not premultiplied)."""
    canvas = np.zeros((size, size, 4), np.uint8)
    canvas[..., :3] = colour
    return canvas


def _leaf_sprite(colour: tuple[int, int, int], size: int, seed: int) -> np.ndarray:
    """A leaf (pointed oval, midrib, a little shading) as BGRA uint8, drawn 4x and reduced."""
    big = size * 4
    canvas = _blank_sprite(big, colour)
    rng = np.random.default_rng(seed)
    length, width = big * 0.46, big * (0.17 + 0.06 * rng.random())
    t = np.linspace(0, math.pi, 40)
    top = np.stack([big / 2 + length * np.cos(t), big / 2 - width * np.sin(t) ** 1.3], 1)
    bottom = np.stack(
        [big / 2 + length * np.cos(t[::-1]), big / 2 + width * np.sin(t[::-1]) ** 1.3], 1
    )
    outline = np.round(np.concatenate([top, bottom])).astype(np.int32)
    cv2.fillPoly(canvas, [outline], (*colour, 255), cv2.LINE_AA)
    dark = tuple(int(c * 0.6) for c in colour)
    cv2.line(
        canvas,
        (int(big / 2 + length * 0.85), big // 2),
        (big - 2, big // 2 + big // 20),
        (*dark, 255),
        max(1, big // 30),
        cv2.LINE_AA,
    )  # fmt: skip (the stem)
    cv2.line(canvas, (int(big / 2 - length), big // 2), (int(big / 2 + length), big // 2),
             (*dark, 255), max(1, big // 40), cv2.LINE_AA)  # fmt: skip
    shade = np.linspace(1.1, 0.8, big, dtype=np.float32)[None, :, None]
    canvas[..., :3] = np.clip(canvas[..., :3] * shade, 0, 255).astype(np.uint8)
    return cv2.resize(canvas, (size, size), interpolation=cv2.INTER_AREA)


def _petal_sprite(colour: tuple[int, int, int], size: int, seed: int) -> np.ndarray:
    """A blossom petal (rounded, notched at the tip, paler at the base) as BGRA uint8."""
    big = size * 4
    canvas = _blank_sprite(big, colour)
    rng = np.random.default_rng(seed)
    cx, cy = big / 2, big / 2
    rx, ry = big * (0.26 + 0.05 * rng.random()), big * 0.36
    cv2.ellipse(canvas, (int(cx), int(cy)), (int(rx), int(ry)), 0, 0, 360, (*colour, 255), -1,
                cv2.LINE_AA)  # fmt: skip
    notch = np.array(
        [[cx - rx * 0.25, cy - ry - 2], [cx, cy - ry * 0.72], [cx + rx * 0.25, cy - ry - 2]]
    )
    cv2.fillPoly(canvas, [np.round(notch).astype(np.int32)], (*colour, 0), cv2.LINE_AA)
    pale = np.linspace(0.0, 1.0, big, dtype=np.float32)[:, None, None] ** 2
    rgb = canvas[..., :3].astype(np.float32)
    canvas[..., :3] = np.clip(rgb + (255 - rgb) * 0.45 * pale, 0, 255).astype(np.uint8)
    return cv2.resize(canvas, (size, size), interpolation=cv2.INTER_AREA)


@dataclass
class _Sprites(Overlay):
    """Sprites falling, swaying, spinning and tumbling (squashed across as they turn), in
    three depth layers: far and middle behind the subject, near ones bigger and softer."""

    layers: tuple[_Fall, ...] = ()
    sprites: tuple[Sprite, ...] = field(default=(), repr=False)
    soft_sprites: tuple[Sprite, ...] = field(default=(), repr=False)  # for the near layer
    choice: tuple[np.ndarray, ...] = field(default=(), repr=False)  # sprite index per particle
    spin: tuple[np.ndarray, ...] = field(default=(), repr=False)  # (frames, n) radians
    tumble: tuple[np.ndarray, ...] = field(default=(), repr=False)  # (frames, n) radians

    palette: ClassVar[tuple[tuple[int, int, int], ...]] = ()
    counts: ClassVar[tuple[float, float, float]] = (6, 8, 4)
    speed: ClassVar[tuple[float, float]] = (60, 120)
    sprite_px: ClassVar[int] = 36

    @classmethod
    @abstractmethod
    def sprite(cls, colour: tuple[int, int, int], size: int, seed: int) -> np.ndarray: ...

    @classmethod
    def build(cls, request: RegionEffect, stage: Stage, rng: np.random.Generator) -> Self:
        k = 0.5 + request.strength
        wind = rng.uniform(-0.45, 0.45)
        geo = stage.geo
        seconds = geo.frames / geo.fps
        v0, v1 = cls.speed
        base = max(8, round(cls.sprite_px * stage.px * 1.5))
        drawn = [cls.sprite(colour, base, i) for i, colour in enumerate(cls.palette)]
        sprites = tuple(Sprite.from_bgra(s) for s in drawn)
        soft = tuple(
            Sprite.from_bgra(cv2.GaussianBlur(s, (0, 0), max(0.8, base / 28))) for s in drawn
        )
        layers, choice, spin, tumble = [], [], [], []
        t = pt.clip_times(geo.frames, loop=geo.loop)[:, None]
        for count, depth, occluded in zip(cls.counts, (0.7, 1.0, 1.5), (1.0, 1.0, 0.0),
                                          strict=True):  # fmt: skip
            layer = _fall_layer(
                rng, stage, count=count * k, speed=(v0 * depth, v1 * depth),
                sway=(25 * depth, 60 * depth), sway_hz=(0.2, 0.45), angle=wind,
                margin=cls.sprite_px * 2, size=depth, weight=1.0, occluded=occluded,
            )  # fmt: skip
            n = layer.paths.x.shape[1]
            layers.append(layer)
            choice.append(rng.integers(0, len(sprites), n))
            turns = pt.whole_cycles(rng.uniform(0.1, 0.45, n), seconds, loop=geo.loop)
            turns *= rng.choice([-1.0, 1.0], n)
            spin.append((2 * math.pi * (turns * t + rng.random(n))).astype(np.float32))
            flips = pt.whole_cycles(rng.uniform(0.25, 0.7, n), seconds, loop=geo.loop)
            tumble.append((2 * math.pi * (flips * t + rng.random(n))).astype(np.float32))
        return cls(
            stage,
            layers=tuple(layers),
            sprites=sprites,
            soft_sprites=soft,
            choice=tuple(choice),
            spin=tuple(spin),
            tumble=tuple(tumble),
        )

    def draw(self, canvas: Canvas, index: int) -> None:
        stage = self.stage
        out_w, out_h = stage.out_size
        to_screen = stage.working_to_screen(index)
        zoom = stage.zoom(index)
        for number, layer in enumerate(self.layers):
            x, y = apply(to_screen, layer.paths.x[index], layer.paths.y[index])
            opacity = layer.paths.opacity[index]
            sprites = self.soft_sprites if layer.occluded == 0.0 else self.sprites
            base = sprites[0].size
            scale = layer.size * zoom / 1.5  # sprites are drawn at the near layer's size
            reach = base * scale * 0.75
            shown = (opacity > 0.02) & (x > -reach) & (x < out_w + reach)
            shown &= (y > -reach) & (y < out_h + reach)
            for j in np.nonzero(shown)[0]:
                _stamp(
                    canvas,
                    stage,
                    index,
                    sprites[self.choice[number][j]],
                    centre=(float(x[j]), float(y[j])),
                    scale=scale,
                    angle=float(self.spin[number][index, j]),
                    squash=float(np.cos(self.tumble[number][index, j])),
                    opacity=float(opacity[j]),
                    behind=layer.occluded > 0.0,
                )


def _stamp(
    canvas: Canvas,
    stage: Stage,
    index: int,
    sprite: Sprite,
    *,
    centre: tuple[float, float],
    scale: float,
    angle: float,
    squash: float,
    opacity: float,
    behind: bool,
) -> None:
    """Draw a sprite at a sub-pixel centre, scaled, squashed across (a tumbling leaf shows
    its edge), turned and faded; `behind` hides it where the subject is."""
    size = sprite.size
    reach = math.ceil(size * scale * 0.75) + 1
    cx, cy = centre
    box = even_box(int(cx) - reach, int(cy) - reach, int(cx) + reach + 1, int(cy) + reach + 1,
                   canvas.size)  # fmt: skip
    if box is None:
        return
    x0, y0, x1, y1 = box
    # Sprite -> patch: centre on the origin, squash across, turn, scale, move to the patch.
    c, s = math.cos(angle), math.sin(angle)
    sx = scale * (0.3 + 0.7 * abs(squash))
    m = np.array([[c * sx, -s * scale, 0.0], [s * sx, c * scale, 0.0]], np.float64)
    m[:, 2] = np.array([cx - x0, cy - y0]) - m[:, :2] @ np.array([size / 2, size / 2])
    alpha = np.full((y1 - y0, x1 - x0), opacity, np.float32)
    if behind:
        alpha *= 1.0 - stage.subject_patch(index, box)
    # The side facing away is a little darker.
    canvas.stamp(sprite, m, box, alpha, 0.78 + 0.22 * abs(squash))


@registers(EffectKind.FALLING_LEAVES)
@dataclass
class FallingLeaves(_Sprites):
    palette: ClassVar[tuple[tuple[int, int, int], ...]] = (
        (30, 95, 205),  # orange (BGR)
        (25, 45, 170),  # red
        (40, 165, 225),  # yellow
        (35, 75, 125),  # brown
        (40, 120, 190),  # amber
    )
    counts: ClassVar[tuple[float, float, float]] = (7, 9, 4)
    speed: ClassVar[tuple[float, float]] = (70, 130)
    sprite_px: ClassVar[int] = 48

    @classmethod
    def sprite(cls, colour: tuple[int, int, int], size: int, seed: int) -> np.ndarray:
        return _leaf_sprite(colour, size, seed)


@registers(EffectKind.PETALS)
@dataclass
class Petals(_Sprites):
    palette: ClassVar[tuple[tuple[int, int, int], ...]] = (
        (200, 185, 250),  # cherry pink (BGR)
        (215, 200, 255),  # pale pink
        (235, 230, 255),  # almost white
        (190, 160, 245),  # deeper pink
    )
    counts: ClassVar[tuple[float, float, float]] = (12, 14, 6)
    speed: ClassVar[tuple[float, float]] = (45, 95)
    sprite_px: ClassVar[int] = 36

    @classmethod
    def sprite(cls, colour: tuple[int, int, int], size: int, seed: int) -> np.ndarray:
        return _petal_sprite(colour, size, seed)
