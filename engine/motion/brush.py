"""The motion brush: a painted region flows along arrows, cinemagraph style (Motionleap,
Pixaloop, Kling's motion brush), while the rest of the picture stays still.

The arrows become a steady velocity field on the coarse grid (inverse-distance blend of the
arrows' vectors), masked by the feathered region and pinned to zero around each anchor.
Frames use the classic two-phase advection: over one flow cycle of C seconds, phase A shows
the photo advected forward by tC and phase B the photo as it will be after (1 - t)C more;
they cross-fade from A to B, and at the end of a cycle B has become the untouched photo,
which is where A starts again. Displacements are integrated along the field (a few Euler
steps on the coarse grid), so curved flows follow their arrows. Whole cycles per clip in loop
mode, so the clip loops seamlessly.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Self

import cv2
import numpy as np

from engine.motion import analysis as an
from engine.motion.effects import STEP, Fields, Gain, Geometry, Region, WarpEffect
from engine.motion.stage import Stage, apply
from engine.spec import ARROW_SECONDS, MotionBrush, RegionEffect

# Cross-fade cycle: the flow restarts every CYCLE_S seconds or so (whole cycles when looping),
# shorter when the flow is fast so that the two phases never drift far apart (ghosting).
CYCLE_S = (0.8, 2.5)
MAX_TRAVEL = 0.06  # of the frame width, per cycle
# Around an anchor the flow is zero within half this radius (of the frame width) and back to
# full strength at one and a half times it.
ANCHOR_RADIUS = 0.04
EULER_STEPS = 6


@dataclass
class BrushFlow(WarpEffect):
    """The brushed region flowing along its arrows (not registered: built from the spec's
    `brush`, not from an EffectKind)."""

    velocity: tuple[np.ndarray, np.ndarray] = field(default=(np.empty(0), np.empty(0)), repr=False)
    cycle_s: float = 2.0
    seconds: float = 3.0
    on_subject: bool = False

    @classmethod
    def build(
        cls, request: RegionEffect, region: Region, geo: Geometry, rng: np.random.Generator
    ) -> Self:
        raise TypeError("a brush flow is built from the spec's brush: use build_brush")

    @property
    def layer(self) -> str:
        return "subject" if self.on_subject else "scene"

    def _advect(self, seconds: float) -> tuple[np.ndarray, np.ndarray]:
        """Where each cell's content comes from after `seconds` of flow (negative: where it
        goes), as displacements in working pixels, by Euler steps along the field."""
        vx, vy = self.velocity
        dx = np.zeros_like(vx)
        dy = np.zeros_like(vy)
        if seconds == 0.0:
            return dx, dy
        gh, gw = vx.shape
        cols, rows = np.meshgrid(np.arange(gw, dtype=np.float32), np.arange(gh, dtype=np.float32))
        h = -seconds / EULER_STEPS  # sampling looks upstream
        for _ in range(EULER_STEPS):
            map_x = cols + dx / STEP
            map_y = rows + dy / STEP
            sx = cv2.remap(vx, map_x, map_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT)
            sy = cv2.remap(vy, map_x, map_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT)
            dx += h * sx
            dy += h * sy
        return dx, dy

    def phase(self, index: int) -> float:
        """Where frame `index` is in its flow cycle, 0..1."""
        t = float(self.geo.times()[index]) * self.seconds
        return (t / self.cycle_s) % 1.0

    def fields(self, index: int) -> tuple[Fields, Gain]:
        tau = self.phase(index)
        ax, ay = self._advect(tau * self.cycle_s)  # flowed for tau of a cycle
        bx, by = self._advect(-(1.0 - tau) * self.cycle_s)  # to flow for the rest
        return [(ax, ay, 0.0), (bx, by, tau)], None


def _segment_distance(
    px: np.ndarray, py: np.ndarray, a: tuple[float, float], b: tuple[float, float]
) -> np.ndarray:
    ax, ay = a
    bx, by = b
    vx, vy = bx - ax, by - ay
    length2 = max(vx * vx + vy * vy, 1e-9)
    t = np.clip(((px - ax) * vx + (py - ay) * vy) / length2, 0.0, 1.0)
    return np.hypot(px - (ax + t * vx), py - (ay + t * vy))


def build_brush(
    brush: MotionBrush, *, stage: Stage, geo: Geometry, facts: an.Analysis
) -> BrushFlow | None:
    """The flow effect for a brush, or None when its region is not in the picture."""
    w, h = geo.working_size
    grid_w, grid_h = math.ceil(w / STEP), math.ceil(h / STEP)

    def to_cells(point: tuple[float, float]) -> tuple[float, float]:
        x, y = apply(stage.working_from_photo, np.array(point[0]), np.array(point[1]))
        return float(x) / STEP - 0.5, float(y) / STEP - 0.5

    # Region: the polygon rasterised on the coarse grid (sub-cell precision), feathered.
    polygon = np.array([to_cells(p) for p in brush.region], np.float64)
    canvas = np.zeros((grid_h, grid_w), np.uint8)
    cv2.fillPoly(canvas, [np.round(polygon * 16).astype(np.int32)], 255, cv2.LINE_AA, 4)
    mask = an.feather(canvas.astype(np.float32) / 255.0, 1.2)
    cols, rows = np.meshgrid(
        np.arange(grid_w, dtype=np.float32), np.arange(grid_h, dtype=np.float32)
    )
    # Arrows: each one's velocity (working px per second), blended by inverse distance.
    frame_w_cells = stage.out_size[0] * stage.unit / STEP
    total_w = np.zeros_like(mask)
    vx = np.zeros_like(mask)
    vy = np.zeros_like(mask)
    for arrow in brush.arrows:
        start, end = to_cells(arrow.start), to_cells(arrow.end)
        distance = _segment_distance(cols, rows, start, end)
        weight = 1.0 / (distance**2 + (0.05 * frame_w_cells) ** 2)
        total_w += weight
        vx += weight * (end[0] - start[0]) * STEP / ARROW_SECONDS
        vy += weight * (end[1] - start[1]) * STEP / ARROW_SECONDS
    vx /= total_w
    vy /= total_w
    # Anchors: the flow is exactly zero near each one (so what is there never moves, even
    # sampled along the flow) and rises smoothly to full strength around it.
    pin = np.ones_like(mask)
    radius = ANCHOR_RADIUS * frame_w_cells
    for anchor in brush.anchors:
        ax, ay = to_cells(anchor)
        r = np.hypot(cols - ax, rows - ay) / radius
        ramp = np.clip(r - 0.5, 0.0, 1.0)
        pin *= ramp * ramp * (3.0 - 2.0 * ramp)
    strength = mask * pin
    ys, xs = np.nonzero(strength > 0.01)
    if len(xs) == 0:
        return None
    gx0, gy0 = max(0, int(xs.min()) - 1), max(0, int(ys.min()) - 1)
    gx1, gy1 = min(grid_w, int(xs.max()) + 2), min(grid_h, int(ys.max()) + 2)
    box_strength = np.ascontiguousarray(strength[gy0:gy1, gx0:gx1])
    velocity = (
        np.ascontiguousarray(vx[gy0:gy1, gx0:gx1] * box_strength).astype(np.float32),
        np.ascontiguousarray(vy[gy0:gy1, gx0:gx1] * box_strength).astype(np.float32),
    )
    # Cycle: short enough that the fastest content travels at most MAX_TRAVEL per cycle.
    fastest = float(np.hypot(*velocity).max())
    frame_w = stage.out_size[0] * stage.unit
    cycle = float(np.clip(MAX_TRAVEL * frame_w / max(fastest, 1e-6), *CYCLE_S))
    seconds = geo.frames / geo.fps
    if geo.loop:
        cycle = seconds / max(1, round(seconds / cycle))
    region = Region(
        target="brush",
        box=(gx0 * STEP, gy0 * STEP, min(w, gx1 * STEP), min(h, gy1 * STEP)),
        cells=(gx0, gy0, gx1, gy1),
        mask=box_strength,
        subject_cells=(0.0, 0.0, 0.0, 0.0),
    )
    on_subject = False
    if stage.fg_matrices is not None:  # layered move: flow with the layer it is painted on
        subject = geo.to_grid(facts.subject)[gy0:gy1, gx0:gx1]
        on_subject = float((subject * box_strength).sum()) > 0.5 * float(box_strength.sum())
    return BrushFlow(
        region, geo, velocity=velocity, cycle_s=cycle, seconds=seconds, on_subject=on_subject
    )
