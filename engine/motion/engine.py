"""The render: photo + GenerationSpec -> MP4 + poster.

Steps: load the photo already scaled to what the output needs; analyse a small copy (subject,
regions); plan the camera; cut the working image (the union of all viewports, at about 1:1
with the output at its most zoomed frame); then a producer thread makes frames (region
effects and the motion brush on the working image, one warpAffine per layer, overlays on the
finished frame) while the calling thread encodes them. Without BGR filters, one-layer scenes
whose effects only move pixels are made straight in I420 (no colour conversion per frame).

Before frame 0, filters that can `place` themselves learn where the faces are on it; before
every frame, the caller's `should_stop` may cancel the render (no file is left behind).
"""

from __future__ import annotations

import math
import queue
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import cv2
import numpy as np

from engine.motion import analysis as an
from engine.motion import camera
from engine.motion.brush import build_brush
from engine.motion.canvas import BgrCanvas, I420Canvas, yuv_planes
from engine.motion.effects import Geometry, WarpEffect, build_effects
from engine.motion.encode import ClipEncoder, FrameFilter, PlacedFilter, write_poster
from engine.motion.errors import MotionError, RenderCanceled
from engine.motion.image import check_size, load_from_image, open_image, oriented_size
from engine.motion.overlays import Overlay, build_overlays
from engine.motion.stage import Stage, apply, compose
from engine.spec import GenerationSpec

Box = tuple[int, int, int, int]

_WARP = cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP
_QUEUE_DEPTH = 4


@dataclass(frozen=True)
class RenderResult:
    out_path: Path
    poster_path: Path | None
    width: int
    height: int
    frames: int
    duration_s: float
    timings_ms: dict[str, float] = field(default_factory=dict)


@dataclass
class Scene:
    """Everything the frame producer needs, prepared once per render."""

    base: np.ndarray  # working image (the subject layer for layered moves)
    background: np.ndarray | None  # layered moves: working image with the subject filled in
    alpha: np.ndarray | None  # layered moves: subject alpha, float32, working pixels
    alpha_box: tuple[int, int, int, int] | None  # x0, y0, x1, y1 of alpha > 0
    bg_matrices: np.ndarray
    fg_matrices: np.ndarray | None
    effects: list[WarpEffect]
    out_size: tuple[int, int]
    overlays: list[Overlay] = field(default_factory=list)  # drawn over the finished frame
    stage: Stage | None = None
    faces: tuple[tuple[float, float, float, float], ...] = ()  # x, y, w, h in loaded pixels


# -- loading -----------------------------------------------------------------------------
def _load(source: Path, spec: GenerationSpec) -> tuple[np.ndarray, float]:
    """The photo as BGR, no bigger than the output needs; returns (image, loaded/original)."""
    img = open_image(source)
    check_size(img)
    width, height = oriented_size(img)
    out_w, out_h = spec.size
    _, _, base_w = camera.base_viewport((width, height), out_w / out_h, None)
    scale = min(1.0, out_w * camera.max_zoom(spec) / base_w * 1.02)
    max_side = math.ceil(max(width, height) * scale) + 2
    bgr = load_from_image(img, max_side=max_side)
    return bgr, bgr.shape[1] / width


def _letterbox(bgr: np.ndarray, aspect: float) -> tuple[np.ndarray, tuple[int, int]]:
    """Pad with black bars to the output aspect (only when the spec asks for it)."""
    h, w = bgr.shape[:2]
    if w / h > aspect:
        pad = round(w / aspect) - h
        top = pad // 2
        return cv2.copyMakeBorder(bgr, top, pad - top, 0, 0, cv2.BORDER_CONSTANT, 0), (0, top)
    pad = round(h * aspect) - w
    left = pad // 2
    return cv2.copyMakeBorder(bgr, 0, 0, left, pad - left, cv2.BORDER_CONSTANT, 0), (left, 0)


# -- preparation -------------------------------------------------------------------------
def _working_region(
    plan: camera.CameraPlan, size: tuple[int, int], out_w: int
) -> tuple[tuple[int, int, int, int], float]:
    """Crop (x0, y0, x1, y1) in loaded pixels and the scale that makes it ~1:1 at max zoom."""
    x0, y0, x1, y1 = camera.bounds(plan.background, plan.aspect)
    x0, y0 = max(0, math.floor(x0) - 2), max(0, math.floor(y0) - 2)
    x1, y1 = min(size[0], math.ceil(x1) + 2), min(size[1], math.ceil(y1) + 2)
    narrowest = float(plan.background.width.min())
    if plan.subject is not None:
        narrowest = min(narrowest, float(plan.subject.width.min()))
    scale = min(1.0, out_w / narrowest)
    return (x0, y0, x1, y1), scale


def _cut_working(bgr: np.ndarray, crop: Box, scale: float) -> np.ndarray:
    x0, y0, x1, y1 = crop
    region = bgr[y0:y1, x0:x1]
    if scale >= 0.999:
        return np.ascontiguousarray(region)
    size = (max(2, round((x1 - x0) * scale)), max(2, round((y1 - y0) * scale)))
    return cv2.resize(region, size, interpolation=cv2.INTER_AREA)


def _fill_subject(base: np.ndarray, hole: np.ndarray) -> np.ndarray:
    """Background layer: the subject (and a margin) inpainted at low resolution."""
    h, w = base.shape[:2]
    factor = max(1, round(max(h, w) / 320))
    small = cv2.resize(base, (w // factor, h // factor), interpolation=cv2.INTER_AREA)
    small_hole = cv2.resize(hole, (small.shape[1], small.shape[0]), interpolation=cv2.INTER_LINEAR)
    filled = cv2.inpaint(small, (small_hole > 0.05).astype(np.uint8), 5, cv2.INPAINT_TELEA)
    # Soften the fill so it reads as out-of-focus background, not a smear.
    filled = cv2.GaussianBlur(filled, (0, 0), 1.5)
    big = cv2.resize(filled, (w, h), interpolation=cv2.INTER_LINEAR)
    weight = cv2.merge([hole] * 3)
    out = base.astype(np.float32) * (1.0 - weight) + big.astype(np.float32) * weight
    return np.clip(out + 0.5, 0, 255).astype(np.uint8)


def _box_of(mask: np.ndarray, threshold: float = 0.01) -> tuple[int, int, int, int] | None:
    ys, xs = np.nonzero(mask > threshold)
    if len(xs) == 0:
        return None
    return int(xs.min()), int(ys.min()), int(xs.max()) + 1, int(ys.max()) + 1


def _prepare(
    bgr: np.ndarray,
    spec: GenerationSpec,
    facts: an.Analysis,
    faces_loaded: Sequence[Sequence[float]],
    photo_rect: tuple[float, float, float, float] | None = None,
) -> Scene:
    """`photo_rect` is where the photo lies in `bgr` (x, y, w, h; letterbox bars aside)."""
    out_w, out_h = spec.size
    size = (bgr.shape[1], bgr.shape[0])
    inv = 1.0 / facts.scale
    sx, sy, sw, sh = facts.subject_box
    subject = (sx * inv, sy * inv, sw * inv, sh * inv)
    faces = None
    if faces_loaded:
        fx0 = min(f[0] for f in faces_loaded)
        fy0 = min(f[1] for f in faces_loaded)
        fx1 = max(f[0] + f[2] for f in faces_loaded)
        fy1 = max(f[1] + f[3] for f in faces_loaded)
        faces = (fx0, fy0, fx1 - fx0, fy1 - fy0)
    plan = camera.plan(spec, size, subject=subject, faces=faces)
    crop, scale = _working_region(plan, size, out_w)
    base = _cut_working(bgr, crop, scale)
    # Exact scale after rounding the working size.
    scale = base.shape[1] / (crop[2] - crop[0])
    origin = (float(crop[0]), float(crop[1]))
    bg_m = camera.matrices(plan.background, origin=origin, scale=scale, out_size=(out_w, out_h))
    fg_m = None
    geo = Geometry(
        working_size=(base.shape[1], base.shape[0]),
        origin=origin,
        scale=scale,
        analysis_scale=facts.scale,
        out_width=out_w,
        fps=spec.fps,
        frames=spec.frame_count,
        loop=spec.loop,
    )
    background = alpha = alpha_box = None
    if plan.subject is not None:
        fg_m = camera.matrices(plan.subject, origin=origin, scale=scale, out_size=(out_w, out_h))
        alpha = geo.to_working(facts.subject)
        alpha_box = _box_of(alpha)
        # The hole is the subject and a thin margin (its colour halo): only where the subject
        # layer moves away does the fill show, never as a ring around a still subject.
        grow = int(0.012 * max(base.shape[:2])) | 1
        hard = (alpha > 0.05).astype(np.uint8)
        hole = cv2.dilate(hard, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (grow, grow)))
        hole = an.feather(hole, max(1.5, grow / 4))
        background = _fill_subject(base, hole)
    effects = build_effects(spec.effects, spec=spec, facts=facts, geo=geo)
    stage = _stage(spec, facts, geo, base, bg_m, fg_m, photo_rect or (0.0, 0.0, *size))
    if spec.brush is not None:
        flow = build_brush(spec.brush, stage=stage, geo=geo, facts=facts)
        if flow is not None:
            effects.append(flow)
    overlays = build_overlays(spec.effects, spec=spec, stage=stage)
    return Scene(
        base=base,
        background=background,
        alpha=alpha,
        alpha_box=alpha_box,
        bg_matrices=bg_m,
        fg_matrices=fg_m,
        effects=effects,
        out_size=(out_w, out_h),
        overlays=overlays,
        stage=stage,
        faces=tuple((float(f[0]), float(f[1]), float(f[2]), float(f[3])) for f in faces_loaded),
    )


def faces_on_frame(scene: Scene, index: int = 0) -> list[tuple[float, float, float, float]]:
    """The subject's face boxes (x, y, w, h in output pixels) as they appear on frame `index`
    (through that frame's camera, and the subject layer's in layered moves), clipped to the
    frame; faces out of frame are left out."""
    if not scene.faces or scene.stage is None:
        return []
    stage = scene.stage
    ox, oy = stage.geo.origin
    k = stage.geo.scale
    # Loaded pixels (continuous) -> working pixel index -> screen pixel index.
    working_from_loaded = np.array([[k, 0.0, -ox * k - 0.5], [0.0, k, -oy * k - 0.5]])
    layer = "subject" if stage.fg_matrices is not None else "scene"
    to_screen = compose(stage.working_to_screen(index, layer=layer), working_from_loaded)
    out_w, out_h = scene.out_size
    boxes = []
    for x, y, w, h in scene.faces:
        xs = np.array([x, x + w, x, x + w])
        ys = np.array([y, y, y + h, y + h])
        sx, sy = apply(to_screen, xs, ys)
        # Pixel index -> edges: a box covers from index - 0.5 to index + 0.5.
        x0, x1 = max(0.0, float(sx.min()) + 0.5), min(float(out_w), float(sx.max()) + 0.5)
        y0, y1 = max(0.0, float(sy.min()) + 0.5), min(float(out_h), float(sy.max()) + 0.5)
        if x1 > x0 and y1 > y0:
            boxes.append((x0, y0, x1 - x0, y1 - y0))
    return boxes


def _stage(
    spec: GenerationSpec,
    facts: an.Analysis,
    geo: Geometry,
    base: np.ndarray,
    bg_m: np.ndarray,
    fg_m: np.ndarray | None,
    photo_rect: tuple[float, float, float, float],
) -> Stage:
    """The transforms between photo, working image and screen (see engine.motion.stage)."""
    px, py, pw, ph = photo_rect
    ox, oy = geo.origin
    k = geo.scale
    working_from_photo = np.array(
        [[pw * k, 0.0, (px - ox) * k - 0.5], [0.0, ph * k, (py - oy) * k - 0.5]], np.float64
    )
    return Stage(
        out_size=spec.size,
        geo=geo,
        bg_matrices=bg_m,
        fg_matrices=fg_m,
        analysis=facts,
        analysis_from_working=geo.analysis_from_working(),
        working_from_photo=working_from_photo,
        working=base,
    )


# -- frames ------------------------------------------------------------------------------
def _warp(
    src: np.ndarray, m: np.ndarray, size: tuple[int, int], dst: np.ndarray | None = None
) -> np.ndarray:
    return cv2.warpAffine(src, m, size, dst=dst, flags=_WARP, borderMode=cv2.BORDER_REFLECT)


def _composite_subject(frame: np.ndarray, scene: Scene, fg: np.ndarray, i: int) -> None:
    """Warp the subject layer and blend it over `frame` inside its on-screen box only."""
    assert scene.fg_matrices is not None and scene.alpha is not None
    if scene.alpha_box is None:
        return
    m = scene.fg_matrices[i]
    inverse = cv2.invertAffineTransform(m)
    x0, y0, x1, y1 = scene.alpha_box
    corners = np.array([[x0, y0, 1], [x1, y0, 1], [x0, y1, 1], [x1, y1, 1]], np.float64)
    on_screen = corners @ inverse.T
    out_w, out_h = scene.out_size
    u0 = max(0, math.floor(on_screen[:, 0].min()) - 1)
    v0 = max(0, math.floor(on_screen[:, 1].min()) - 1)
    u1 = min(out_w, math.ceil(on_screen[:, 0].max()) + 2)
    v1 = min(out_h, math.ceil(on_screen[:, 1].max()) + 2)
    if u1 <= u0 or v1 <= v0:
        return
    local = m.copy()
    local[:, 2] += m[:, :2] @ np.array([u0, v0], np.float64)
    size = (u1 - u0, v1 - v0)
    layer = _warp(fg, local, size)
    a = cv2.warpAffine(scene.alpha, local, size, flags=_WARP, borderMode=cv2.BORDER_CONSTANT)
    roi = frame[v0:v1, u0:u1]
    frame[v0:v1, u0:u1] = cv2.blendLinear(layer, roi, a, 1.0 - a)


def generate_frames(scene: Scene, n: int, *, ring: int = 0) -> Iterator[np.ndarray]:
    """Yield the clip's frames (BGR, output size), one at a time.

    With `ring` > 0 the frames are drawn into `ring` buffers used in turn (no allocation and
    page faults per frame), so a frame is overwritten `ring` frames later: the consumer must be
    done with it by then. Without, every frame is a new array.
    """
    out_w, out_h = scene.out_size
    buffers = [np.empty((out_h, out_w, 3), np.uint8) for _ in range(ring)]
    layered = scene.background is not None
    scene_buf = scene.background if layered else scene.base
    subject_buf = scene.base
    scene_fx = [e for e in scene.effects if not layered or e.layer == "scene"]
    subject_fx = [e for e in scene.effects if layered and e.layer == "subject"]
    # Effects write into copies; the originals restore each effect box every frame.
    scene_work = scene_buf.copy() if scene_fx else scene_buf
    subject_work = subject_buf.copy() if subject_fx else subject_buf
    for i in range(n):
        for work, original, fx in (
            (scene_work, scene_buf, scene_fx),
            (subject_work, subject_buf, subject_fx),
        ):
            for effect in fx:
                x0, y0, x1, y1 = effect.box
                work[y0:y1, x0:x1] = original[y0:y1, x0:x1]
            for effect in fx:
                effect.apply(work, i)
        dst = buffers[i % ring] if ring else None
        frame = _warp(scene_work, scene.bg_matrices[i], scene.out_size, dst)
        if layered:
            _composite_subject(frame, scene, subject_work, i)
        if scene.overlays:
            canvas = BgrCanvas(frame)
            for overlay in scene.overlays:
                overlay.draw(canvas, i)
        yield frame


def is_plain(scene: Scene) -> bool:
    """A single layer without effects: each frame is one warp of the working image."""
    return scene.background is None and not scene.effects and not scene.overlays


def fits_i420(scene: Scene) -> bool:
    """One layer, and effects that only move pixels: the frames can be made in I420."""
    return scene.background is None and all(e.moves_only for e in scene.effects)


def generate_i420(scene: Scene, n: int, *, ring: int) -> Iterator[np.ndarray]:
    """Yield the frames of a one-layer scene (see `fits_i420`) as I420 buffers, warping the
    Y, U and V planes of the working image directly: half the pixels of a BGR warp and no
    colour conversion per frame. Same result as warping BGR and converting (OpenCV's I420
    takes the chroma of the top-left pixel of each 2x2 block, so chroma pixel (u, v) is
    sampled at output pixel (2u, 2v)), up to rounding. Effects move the three full-size
    planes of the working image with the same maps; overlays draw into the I420 frame.
    Buffers are reused as in `generate_frames`."""
    assert fits_i420(scene) and ring > 0
    out_w, out_h = scene.out_size
    luma = out_w * out_h
    half = (out_w // 2, out_h // 2)
    buffers = [np.empty((out_h * 3 // 2, out_w), np.uint8) for _ in range(ring)]
    planes = []
    for buf in buffers:
        flat = buf.reshape(-1)
        planes.append(
            (
                buf[:out_h],
                flat[luma : luma + luma // 4].reshape(half[1], half[0]),
                flat[luma + luma // 4 :].reshape(half[1], half[0]),
            )
        )
    sources = yuv_planes(scene.base)
    # Half-size chroma sampled at full-size pixel (2x + 0.5, 2y + 0.5) -> half pixel (x, y).
    to_half = np.array([[0.5, 0.0, -0.25], [0.0, 0.5, -0.25]])
    if scene.effects:
        # Effects move chroma at half size (a quarter of the pixels): its only use is the
        # half-size chroma of the output.
        height, width = scene.base.shape[:2]
        half_size = (-(-width // 2), -(-height // 2))
        y_full, u_full, v_full = sources
        sources = (
            y_full,
            cv2.resize(u_full, half_size, interpolation=cv2.INTER_AREA),
            cv2.resize(v_full, half_size, interpolation=cv2.INTER_AREA),
        )
    # Effects write into copies; the originals restore each effect box every frame.
    work = tuple(p.copy() for p in sources) if scene.effects else sources
    y_src, u_src, v_src = work
    for i in range(n):
        for effect in scene.effects:
            for plane, original, (x0, y0, x1, y1) in zip(
                work, sources, (effect.box, effect.half_box, effect.half_box), strict=True
            ):
                plane[y0:y1, x0:x1] = original[y0:y1, x0:x1]
        for effect in scene.effects:
            effect.apply_i420(*work, i)
        m = scene.bg_matrices[i]
        chroma_m = m.copy()
        chroma_m[:, :2] *= 2.0  # chroma pixel (u, v) -> output pixel (2u, 2v) -> working
        if scene.effects:
            chroma_m = compose(to_half, chroma_m)
        y_dst, u_dst, v_dst = planes[i % ring]
        _warp(y_src, m, scene.out_size, y_dst)
        _warp(u_src, chroma_m, half, u_dst)
        _warp(v_src, chroma_m, half, v_dst)
        if scene.overlays:
            canvas = I420Canvas(buffers[i % ring], scene.out_size)
            for overlay in scene.overlays:
                overlay.draw(canvas, i)
        yield buffers[i % ring]


class _Producer(threading.Thread):
    """Makes frames ahead of the encoder (cv2 releases the GIL, so both cores work)."""

    _DONE = object()

    def __init__(self, frames: Iterator[np.ndarray]) -> None:
        super().__init__(daemon=True, name="motion-frames")
        self.frames = frames
        self.queue: queue.Queue[object] = queue.Queue(maxsize=_QUEUE_DEPTH)
        self.error: BaseException | None = None
        self.busy_s = 0.0
        self.stop = threading.Event()

    def run(self) -> None:
        try:
            while not self.stop.is_set():
                start = time.perf_counter()
                try:
                    frame = next(self.frames)
                except StopIteration:
                    break
                self.busy_s += time.perf_counter() - start
                self._put(frame)
        except BaseException as exc:  # handed to the consumer, which re-raises it
            self.error = exc
        finally:
            self._put(self._DONE)

    def _put(self, item: object) -> None:
        while not self.stop.is_set():
            try:
                self.queue.put(item, timeout=0.1)
                return
            except queue.Full:
                continue

    def __iter__(self) -> Iterator[np.ndarray]:
        while True:
            item = self.queue.get()
            if item is self._DONE:
                if self.error is not None:
                    raise self.error
                return
            yield item  # type: ignore[misc]


# -- entry points ------------------------------------------------------------------------
def prepare_scene(
    source: Path,
    spec: GenerationSpec,
    subject_boxes: Sequence[tuple[int, int, int, int]] = (),
    *,
    timings: dict[str, float] | None = None,
) -> Scene:
    """Load, analyse and plan: everything before the first frame."""
    t0 = time.perf_counter()
    bgr, loaded_scale = _load(Path(source), spec)
    faces = [tuple(v * loaded_scale for v in box) for box in subject_boxes]
    photo_rect = (0.0, 0.0, float(bgr.shape[1]), float(bgr.shape[0]))
    if spec.letterbox:
        out_w, out_h = spec.size
        photo_h, photo_w = bgr.shape[:2]
        bgr, (ox, oy) = _letterbox(bgr, out_w / out_h)
        faces = [(x + ox, y + oy, w, h) for x, y, w, h in faces]
        photo_rect = (float(ox), float(oy), float(photo_w), float(photo_h))
    t1 = time.perf_counter()
    facts = an.analyse(bgr, faces)
    scene = _prepare(bgr, spec, facts, faces, photo_rect)
    if timings is not None:
        timings["load"] = (t1 - t0) * 1000
        timings["analyse"] = (time.perf_counter() - t1) * 1000
    return scene


def render(
    *,
    source: Path,
    spec: GenerationSpec,
    out_path: Path,
    poster_path: Path | None = None,
    subject_boxes: Sequence[tuple[int, int, int, int]] = (),
    filters: Sequence[FrameFilter] = (),
    should_stop: Callable[[], bool] | None = None,
) -> RenderResult:
    """Render `spec` from the photo at `source` to an MP4 at `out_path` (and a JPEG poster).

    `subject_boxes` are face boxes (x, y, w, h) in source pixels (EXIF-oriented); without
    them the subject is found by saliency + GrabCut. Deterministic for a given spec.seed.

    Filters with a `place(boxes_in_frame, frame_size)` method (see `PlacedFilter`) are told,
    before the first frame, where those faces are on frame 0 (output pixels), so a visible
    label can stay clear of them without detecting faces itself.

    `should_stop` is asked before the work starts, after the preparation and before every
    frame is encoded; when it answers True the render stops there with RenderCanceled and
    leaves no file behind (neither the partial clip nor a poster). It is called from this
    thread; keeping it cheap is the caller's business.
    """

    def check_stop() -> None:
        if should_stop is not None and should_stop():
            raise RenderCanceled("The render was canceled before it finished; no clip was kept.")

    t0 = time.perf_counter()
    timings: dict[str, float] = {}
    check_stop()
    scene = prepare_scene(Path(source), spec, subject_boxes, timings=timings)
    check_stop()
    t2 = time.perf_counter()

    out_w, out_h = spec.size
    placed = [f for f in filters if isinstance(f, PlacedFilter)]
    if placed:
        boxes = faces_on_frame(scene, 0)
        for f in placed:
            f.place(boxes, (out_w, out_h))
    n = spec.frame_count
    # Frame buffers are reused: one being made, _QUEUE_DEPTH queued, one being encoded.
    ring = _QUEUE_DEPTH + 2
    # Without filters (which need the BGR frame) a plain scene is made directly in I420.
    direct_i420 = not filters and fits_i420(scene)
    if direct_i420:
        producer = _Producer(generate_i420(scene, n, ring=ring))
    else:
        producer = _Producer(generate_frames(scene, n, ring=ring))
    encode_s = 0.0
    first_i420: np.ndarray | None = None
    encoder = ClipEncoder(Path(out_path), width=out_w, height=out_h, fps=spec.fps, filters=filters)
    write = encoder.write_i420 if direct_i420 else encoder.write
    producer.start()
    try:
        with encoder:  # an exception here (a cancel too) removes the partial file
            for frame in producer:
                check_stop()
                if direct_i420 and first_i420 is None and poster_path is not None:
                    first_i420 = frame.copy()  # for the poster: the buffer will be reused
                start = time.perf_counter()
                write(frame)
                encode_s += time.perf_counter() - start
            start = time.perf_counter()
        encode_s += time.perf_counter() - start  # the flush at close
    finally:
        producer.stop.set()
        producer.join(timeout=5)
    if encoder.frames_written != n:
        raise MotionError(f"The clip has {encoder.frames_written} frames instead of {n}.")
    t3 = time.perf_counter()
    timings["render"] = producer.busy_s * 1000
    timings["encode"] = encode_s * 1000
    if poster_path is not None:
        # Frame 0 as BGR: the encoder keeps it (after BGR filters) unless it got I420.
        poster = encoder.first_frame_bgr
        if direct_i420 and is_plain(scene):  # one warp of the working image: full chroma
            poster = _warp(scene.base, scene.bg_matrices[0], scene.out_size)
        elif direct_i420 and first_i420 is not None:
            poster = cv2.cvtColor(first_i420, cv2.COLOR_YUV2BGR_I420)
        if poster is not None:
            write_poster(poster, Path(poster_path))
    t4 = time.perf_counter()
    timings["frames"] = (t3 - t2) * 1000  # wall time of render + encode, overlapped
    timings["poster"] = (t4 - t3) * 1000
    timings["total"] = (t4 - t0) * 1000
    return RenderResult(
        out_path=Path(out_path),
        poster_path=Path(poster_path) if poster_path is not None else None,
        width=out_w,
        height=out_h,
        frames=n,
        duration_s=n / spec.fps,
        timings_ms=timings,
    )
