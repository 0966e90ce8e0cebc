"""Faithful clip generators: four independent ways to film a Scene, none of them our engine.

- `ffmpeg`: ffmpeg's own `zoompan` (push-in, pull-out) or `crop` with time expressions then
  `scale` (pans, tilts), graded with ffmpeg filters (eq, curves, colortemperature). Frames go
  in and out of the ffmpeg binary through pipes.
- `moviepy`: MoviePy 2 `resized(lambda t)` + `with_position(lambda t)` in a CompositeVideoClip
  (PIL Lanczos per frame, integer positions), graded with MoviePy's LumContrast plus a lookup
  table for tint/saturation/curve.
- `cv2`: "vendor-like" camera moves with OpenCV warps: handheld shake with a small roll, a slow
  orbit-like perspective drift, and a dolly with a little subject/background parallax.
- `pil`: PIL `Image.transform(AFFINE, BICUBIC or BILINEAR)` Ken Burns with an optional slow
  roll, graded with PIL ImageEnhance.

Each returns exactly n frames of the ordered size (RGB uint8); encoding is encode.py's job.
"""

from __future__ import annotations

import math
import subprocess
import threading
from collections.abc import Callable
from typing import Any

import cv2
import imageio_ffmpeg
import numpy as np

from bench.qa_eval.scene import Scene

MOVES = {
    "ffmpeg": ("push_in", "pull_out", "pan_left", "pan_right", "tilt_up", "tilt_down"),
    "moviepy": ("push_in", "pull_out", "pan_left", "pan_right"),
    "cv2": ("handheld", "orbit", "dolly"),
    "pil": ("push_in", "pull_out", "pan_right", "roll_in"),
}
ZOOM_MAX = 1.25  # default: the work image is zoom_max x the output size


def ease(p: float, kind: str) -> float:
    if kind == "linear":
        return p
    if kind == "ease_out":
        return 1.0 - (1.0 - p) ** 2
    return 0.5 - 0.5 * math.cos(math.pi * p)


def _anchor(scene: Scene) -> tuple[float, float]:
    """Where push-ins aim, as a fraction of the work image (the subject, else the centre)."""
    w, h = scene.work.size
    if scene.work.subject is None:
        return 0.5, 0.5
    x, y, bw, bh = scene.work.subject
    return float(np.clip((x + bw / 2) / w, 0.2, 0.8)), float(np.clip((y + bh / 2) / h, 0.2, 0.8))


# -- a shared description of Ken-Burns style moves ------------------------------------------
def window(
    move: str, p: float, strength: float, anchor: tuple[float, float], zoom_max: float = ZOOM_MAX
):
    """(zoom, fx, fy, roll_deg): zoom >= 1 over the work image; fx, fy in 0..1 place the
    window inside the image (0: left/top edge, 1: right/bottom edge)."""
    zspan = (zoom_max - 1.0) * (0.45 + 0.55 * strength)
    ax, ay = anchor
    if move == "push_in":
        return 1.0 + zspan * p, 0.5 + (ax - 0.5) * p, 0.5 + (ay - 0.5) * p, 0.0
    if move == "pull_out":
        q = 1.0 - p
        return 1.0 + zspan * q, 0.5 + (ax - 0.5) * q, 0.5 + (ay - 0.5) * q, 0.0
    z = 1.0 + zspan * 0.8
    span = 0.5 + 0.5 * strength
    lo, hi = 0.5 - span / 2, 0.5 + span / 2
    if move == "pan_right":
        return z, lo + (hi - lo) * p, ay, 0.0
    if move == "pan_left":
        return z, hi - (hi - lo) * p, ay, 0.0
    if move == "tilt_down":
        return z, ax, lo + (hi - lo) * p, 0.0
    if move == "tilt_up":
        return z, ax, hi - (hi - lo) * p, 0.0
    if move == "roll_in":
        return 1.12 + zspan * 0.6 * p, 0.5, 0.5 + (ay - 0.5) * p, 2.0 * strength * p
    raise ValueError(move)


# -- grades ---------------------------------------------------------------------------------
def grade_numpy(rgb: np.ndarray, grade: dict[str, Any] | None) -> np.ndarray:
    """contrast/saturation/tint/curve on RGB uint8 with lookup tables (the cv2 backend's grade)."""
    if not grade:
        return rgb
    v = np.linspace(0, 1, 256, dtype=np.float32)
    if "curve" in grade:  # a LUT-ish S curve (k > 0) or a fade (k < 0)
        k = grade["curve"]
        v = v + k * (v - 0.5) * (1 - np.abs(2 * v - 1))
    v = 0.5 + (v - 0.5) * grade.get("contrast", 1.0)
    lut = np.clip(v * 255 + 0.5, 0, 255).astype(np.uint8)
    out = cv2.LUT(rgb, lut)
    s = grade.get("saturation", 1.0)
    if s != 1.0:
        grey = cv2.cvtColor(cv2.cvtColor(out, cv2.COLOR_RGB2GRAY), cv2.COLOR_GRAY2RGB)
        out = cv2.addWeighted(out, s, grey, 1.0 - s, 0.0)
    tint = grade.get("tint", 0.0)  # + warm, - cool
    if tint:
        v = np.linspace(0, 255, 256, dtype=np.float32)[:, None]
        gains = np.array((1 + tint, 1 + 0.2 * tint, 1 - tint), np.float32)[None, :]
        table = np.clip(v * gains + 0.5, 0, 255).astype(np.uint8).reshape(1, 256, 3)
        out = cv2.LUT(out, table)
    return out


def ffmpeg_grade(grade: dict[str, Any] | None) -> list[str]:
    if not grade:
        return []
    out = []
    eq = []
    if grade.get("contrast", 1.0) != 1.0:
        eq.append(f"contrast={grade['contrast']:.3f}")
    if grade.get("saturation", 1.0) != 1.0:
        eq.append(f"saturation={grade['saturation']:.3f}")
    if eq:
        out.append("eq=" + ":".join(eq))
    tint = grade.get("tint", 0.0)
    if tint:
        out.append(f"colortemperature=temperature={6500 - 18000 * tint:.0f}")
    if "curve" in grade:
        out.append("curves=preset=" + ("medium_contrast" if grade["curve"] > 0 else "lighter"))
    return out


# -- backends -------------------------------------------------------------------------------
def _frames_rgb(scene: Scene, n: int) -> Callable[[int], np.ndarray]:
    def get(i: int) -> np.ndarray:
        return cv2.cvtColor(scene.frame(min(i, n - 1)), cv2.COLOR_BGR2RGB)

    return get


def render_ffmpeg(
    scene: Scene, out_w: int, out_h: int, n: int, fps: float, cfg: dict[str, Any]
) -> list[np.ndarray]:
    ww, wh = scene.work.size
    move, strength = cfg["move"], cfg["strength"]
    n1 = max(1, n - 1)
    e = f"(0.5-0.5*cos(PI*{{t}}/{n1}))" if cfg["ease"] != "linear" else f"({{t}}/{n1})"
    zspan = (cfg["zoom_max"] - 1.0) * (0.45 + 0.55 * strength)
    ax, ay = _anchor(scene)
    if move in ("push_in", "pull_out"):
        q = e.format(t="on") if move == "push_in" else f"(1-{e.format(t='on')})"
        vf = [
            f"zoompan=z='1+{zspan:.4f}*{q}'"
            f":x='(iw-iw/zoom)*(0.5+{ax - 0.5:.4f}*{q})'"
            f":y='(ih-ih/zoom)*(0.5+{ay - 0.5:.4f}*{q})'"
            f":d=1:s={out_w}x{out_h}:fps={fps}"
        ]
    else:
        z = 1.0 + zspan * 0.8
        cw, ch = round(ww / z) // 2 * 2, round(wh / z) // 2 * 2
        span = 0.5 + 0.5 * strength
        lo, hi = 0.5 - span / 2, 0.5 + span / 2
        q = e.format(t="n")
        fx = {
            "pan_right": f"({lo:.4f}+{hi - lo:.4f}*{q})",
            "pan_left": f"({hi:.4f}-{hi - lo:.4f}*{q})",
        }.get(move, f"{ax:.4f}")
        fy = {
            "tilt_down": f"({lo:.4f}+{hi - lo:.4f}*{q})",
            "tilt_up": f"({hi:.4f}-{hi - lo:.4f}*{q})",
        }.get(move, f"{ay:.4f}")
        vf = [
            f"crop={cw}:{ch}:x='(iw-{cw})*{fx}':y='(ih-{ch})*{fy}'",
            f"scale={out_w}:{out_h}:flags={cfg.get('scaler', 'bicubic')}",
        ]
    vf += ffmpeg_grade(cfg.get("grade"))
    vf.append("format=rgb24")
    cmd = [
        imageio_ffmpeg.get_ffmpeg_exe(),
        "-hide_banner",
        "-loglevel",
        "error",
        "-f",
        "rawvideo",
        "-pix_fmt",
        "bgr24",
        "-s",
        f"{ww}x{wh}",
        "-framerate",
        str(fps),
        "-i",
        "-",
        "-vf",
        ",".join(vf),
        "-frames:v",
        str(n),
        "-threads",
        "1",
        "-filter_threads",
        "1",
        "-f",
        "rawvideo",
        "-pix_fmt",
        "rgb24",
        "-",
    ]
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert proc.stdin is not None and proc.stdout is not None

    def feed() -> None:
        try:
            for i in range(n):
                proc.stdin.write(scene.frame(i).tobytes())  # type: ignore[union-attr]
        except BrokenPipeError:
            pass
        finally:
            proc.stdin.close()  # type: ignore[union-attr]

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    frame_bytes = out_w * out_h * 3
    raw = proc.stdout.read()
    writer.join()
    if proc.wait() != 0:
        raise RuntimeError(f"ffmpeg failed: {' '.join(cmd)}")
    count = len(raw) // frame_bytes
    frames = [
        np.frombuffer(raw, np.uint8, frame_bytes, i * frame_bytes).reshape(out_h, out_w, 3)
        for i in range(count)
    ]
    if not frames:
        raise RuntimeError("ffmpeg produced no frames")
    while len(frames) < n:  # zoompan may end one frame early; hold the last (rare)
        frames.append(frames[-1])
    return [f.copy() for f in frames[:n]]


def render_moviepy(
    scene: Scene, out_w: int, out_h: int, n: int, fps: float, cfg: dict[str, Any]
) -> list[np.ndarray]:
    from moviepy import CompositeVideoClip, VideoClip
    from moviepy.video import fx as vfx

    ww, wh = scene.work.size
    get = _frames_rgb(scene, n)
    duration = n / fps
    anchor = _anchor(scene)

    def params(t: float) -> tuple[float, float, float]:
        p = ease(min(1.0, t * fps / max(1, n - 1)), cfg["ease"])
        z, fx, fy, _ = window(cfg["move"], p, cfg["strength"], anchor, cfg["zoom_max"])
        return z, fx, fy

    base = out_w / ww  # scale that shows the whole work image

    def scale_at(t: float) -> float:
        return base * params(t)[0]

    def pos_at(t: float) -> tuple[int, int]:
        z, fx, fy = params(t)
        sw, sh = ww * base * z, wh * base * z
        return (round(-(sw - out_w) * fx), round(-(sh - out_h) * fy))

    src = VideoClip(lambda t: get(round(t * fps)), duration=duration)
    moving = src.resized(scale_at).with_position(pos_at)
    comp = CompositeVideoClip([moving], size=(out_w, out_h))
    grade = cfg.get("grade") or {}
    effects = []
    if grade.get("contrast", 1.0) != 1.0:
        effects.append(vfx.LumContrast(lum=0, contrast=grade["contrast"] - 1.0))
    if effects:
        comp = comp.with_effects(effects)
    colour = {k: grade[k] for k in ("tint", "saturation", "curve") if k in grade}
    if colour:
        comp = comp.image_transform(lambda f: grade_numpy(np.asarray(f, np.uint8), colour))
    frames = []
    for i in range(n):
        f = np.asarray(comp.get_frame(i / fps))
        if f.shape[:2] != (out_h, out_w):
            f = cv2.resize(f, (out_w, out_h))
        frames.append(np.ascontiguousarray(f.astype(np.uint8)))
    comp.close()
    return frames


def _corners_fit(mat: np.ndarray, out_w: int, out_h: int, ww: int, wh: int) -> bool:
    pts = np.float32([[0, 0], [out_w - 1, 0], [0, out_h - 1], [out_w - 1, out_h - 1]])
    pts = np.concatenate([pts, np.ones((4, 1), np.float32)], 1) @ mat.T
    pts = pts[:, :2] / pts[:, 2:3]
    return bool((pts[:, 0] >= 0).all() and (pts[:, 0] <= ww - 1).all()) and bool(
        (pts[:, 1] >= 0).all() and (pts[:, 1] <= wh - 1).all()
    )


def _vendor_matrix(
    move: str,
    p: float,
    t: float,
    strength: float,
    ww: int,
    wh: int,
    out_w: int,
    out_h: int,
    noise: tuple[np.ndarray, ...],
    extra_zoom: float,
) -> np.ndarray:
    """Output pixel -> work pixel homography for the cv2 moves."""
    if move == "handheld":
        nx, ny, nr, nz = (float(np.interp(t, np.linspace(0, 10, len(c)), c)) for c in noise)
        z = 1.12 * extra_zoom * (1.0 + 0.02 * nz * strength)
        cx = ww / 2 + nx * 0.012 * ww * (0.5 + strength)
        cy = wh / 2 + ny * 0.012 * wh * (0.5 + strength)
        roll = math.radians(0.8 * nr * (0.5 + strength))
        persp = (0.0, 0.0)
    elif move == "orbit":
        q = ease(p, "ease_in_out")
        z = 1.15 * extra_zoom
        cx = ww / 2 + (q - 0.5) * 0.10 * ww * (0.5 + strength)
        cy = wh / 2
        roll = math.radians(0.6 * (q - 0.5) * strength)
        persp = (0.06 * (q - 0.5) * (0.5 + strength), 0.0)
    else:  # dolly
        q = ease(p, "ease_in_out")
        z = (1.0 + 0.25 * (0.5 + 0.5 * strength) * q) * extra_zoom
        cx = ww / 2
        cy = wh / 2 - 0.03 * wh * q
        roll = 0.0
        persp = (0.0, 0.0)
    vw, vh = ww / z, wh / z  # the window in work pixels
    sx, sy = vw / out_w, vh / out_h
    cos, sin = math.cos(roll), math.sin(roll)
    # output centred coords -> rotated, scaled work coords
    m = np.array(
        [
            [sx * cos, -sy * sin, 0.0],
            [sx * sin, sy * cos, 0.0],
            [0.0, 0.0, 1.0],
        ]
    )
    centre = np.array([[1, 0, -out_w / 2], [0, 1, -out_h / 2], [0, 0, 1]], float)
    keystone = np.array(
        [[1, 0, 0], [0, 1, 0], [persp[0] / (out_w / 2), persp[1] / (out_h / 2), 1]], float
    )
    shift = np.array([[1, 0, cx], [0, 1, cy], [0, 0, 1]], float)
    return shift @ m @ keystone @ centre


def render_cv2(
    scene: Scene, out_w: int, out_h: int, n: int, fps: float, cfg: dict[str, Any]
) -> list[np.ndarray]:
    ww, wh = scene.work.size
    rng = np.random.default_rng(cfg["seed"])
    noise = tuple(
        cv2.GaussianBlur(rng.normal(0, 1, (1, 60)).astype(np.float32), (0, 0), 2.0)[0] * 2.2
        for _ in range(4)
    )
    move, strength = cfg["move"], cfg["strength"]
    mats = []
    extra = 1.0
    for _ in range(12):  # the smallest constant extra zoom that keeps every corner inside
        mats = [
            _vendor_matrix(
                move, i / max(1, n - 1), i / fps, strength, ww, wh, out_w, out_h, noise, extra
            )
            for i in range(n)
        ]
        if all(_corners_fit(m, out_w, out_h, ww, wh) for m in mats):
            break
        extra *= 1.03
    parallax = None
    if move == "dolly" and scene.work.subject is not None:
        parallax = scene.work.subject
    interp = cv2.INTER_CUBIC if cfg.get("scaler") == "bicubic" else cv2.INTER_LINEAR
    frames = []
    for i in range(n):
        src = scene.frame(i)
        mat = mats[i]
        if parallax is not None:
            frame = _warp_parallax(src, mat, out_w, out_h, parallax, i / max(1, n - 1), strength)
        else:
            frame = cv2.warpPerspective(
                src,
                mat,
                (out_w, out_h),
                flags=interp | cv2.WARP_INVERSE_MAP,
                borderMode=cv2.BORDER_REFLECT,
            )
        frames.append(grade_numpy(cv2.cvtColor(frame, cv2.COLOR_BGR2RGB), cfg.get("grade")))
    return frames


def _warp_parallax(src, mat, out_w, out_h, subject, p, strength):  # type: ignore[no-untyped-def]
    """Dolly parallax: the subject grows a little faster than the background (<= 2.5%)."""
    inv = np.linalg.inv(mat)
    x, y, bw, bh = subject
    c = inv @ np.array([x + bw / 2, y + bh / 2, 1.0])
    cx, cy = c[0] / c[2], c[1] / c[2]
    sigma = max(bw, bh) / (mat[0, 0] if mat[0, 0] else 1.0) * 0.6
    gy, gx = np.mgrid[0:out_h, 0:out_w].astype(np.float32)
    wgt = np.exp(-(((gx - cx) ** 2 + (gy - cy) ** 2) / (2 * sigma**2)))
    k = 0.025 * (0.5 + 0.5 * strength) * ease(p, "ease_in_out")
    ux = gx - k * (gx - cx) * wgt
    uy = gy - k * (gy - cy) * wgt
    den = mat[2, 0] * ux + mat[2, 1] * uy + mat[2, 2]
    mx = ((mat[0, 0] * ux + mat[0, 1] * uy + mat[0, 2]) / den).astype(np.float32)
    my = ((mat[1, 0] * ux + mat[1, 1] * uy + mat[1, 2]) / den).astype(np.float32)
    return cv2.remap(src, mx, my, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REFLECT)


def render_pil(
    scene: Scene, out_w: int, out_h: int, n: int, fps: float, cfg: dict[str, Any]
) -> list[np.ndarray]:
    from PIL import Image, ImageEnhance

    ww, wh = scene.work.size
    anchor = _anchor(scene)
    grade = cfg.get("grade") or {}
    frames = []
    for i in range(n):
        p = ease(i / max(1, n - 1), cfg["ease"])
        z, fx, fy, roll = window(cfg["move"], p, cfg["strength"], anchor, cfg["zoom_max"])
        vw, vh = ww / z, wh / z
        if roll:
            # Enough zoom that the rolled window stays inside the image.
            r = math.radians(abs(roll))
            need = max(
                (vw * math.cos(r) + vh * math.sin(r)) / ww,
                (vw * math.sin(r) + vh * math.cos(r)) / wh,
            )
            if need > 1.0:
                vw, vh = vw / need, vh / need
        bw = vw * math.cos(math.radians(roll)) + vh * abs(math.sin(math.radians(roll)))
        bh = vw * abs(math.sin(math.radians(roll))) + vh * math.cos(math.radians(roll))
        cx = bw / 2 + (ww - bw) * fx
        cy = bh / 2 + (wh - bh) * fy
        sx, sy = vw / out_w, vh / out_h
        a = math.radians(roll)
        ca, sa = math.cos(a), math.sin(a)
        # output (u, v) -> input (x, y): centre, scale, rotate, shift
        coeffs = (
            sx * ca,
            -sy * sa,
            cx - (sx * ca * out_w / 2 - sy * sa * out_h / 2),
            sx * sa,
            sy * ca,
            cy - (sx * sa * out_w / 2 + sy * ca * out_h / 2),
        )
        img = Image.fromarray(cv2.cvtColor(scene.frame(i), cv2.COLOR_BGR2RGB))
        out = img.transform(
            (out_w, out_h), Image.Transform.AFFINE, coeffs, Image.Resampling.BICUBIC
        )
        if grade.get("contrast", 1.0) != 1.0:
            out = ImageEnhance.Contrast(out).enhance(grade["contrast"])
        if grade.get("saturation", 1.0) != 1.0:
            out = ImageEnhance.Color(out).enhance(grade["saturation"])
        arr = np.asarray(out)
        if grade.get("tint") or "curve" in grade:
            arr = grade_numpy(arr, {k: v for k, v in grade.items() if k in ("tint", "curve")})
        frames.append(np.ascontiguousarray(arr))
    return frames


BACKENDS = {
    "ffmpeg": render_ffmpeg,
    "moviepy": render_moviepy,
    "cv2": render_cv2,
    "pil": render_pil,
}


def render(scene: Scene, out_w: int, out_h: int, n: int, fps: float, cfg: dict[str, Any]):
    frames = BACKENDS[cfg["backend"]](scene, out_w, out_h, n, fps, cfg)
    assert len(frames) == n and frames[0].shape == (out_h, out_w, 3), (len(frames), frames[0].shape)
    return frames
