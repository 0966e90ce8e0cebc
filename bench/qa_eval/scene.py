"""The scene a camera films: the photo at working resolution, frame by frame, with the small
natural motion real image-to-video clips have (drifting clouds, swaying foliage or flags, water
shimmer, a gently bobbing head or boat, flickering lights) and, for some defects, changes made
on the subject itself before the camera sees it (elastic warps, identity swap and drift).

Every natural motion is zero at frame 0 (the clip starts on the photo) and stays small; the
subject defects grow well past it (see defects.SOURCE_LEVELS).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np

from bench.qa_eval import faces
from bench.qa_eval.photos import Box, Photo


@dataclass
class Work:
    """A photo cropped to the output aspect and scaled so the tightest shot is 1:1."""

    image: np.ndarray
    scale: float  # work pixels per photo pixel
    origin: tuple[float, float]  # the crop's top-left corner, in photo pixels
    subject: Box | None
    face_lm: np.ndarray | None
    effects: list[dict[str, Any]] = field(default_factory=list)
    sky: np.ndarray | None = None
    fg_alpha: np.ndarray | None = None

    @property
    def size(self) -> tuple[int, int]:
        return self.image.shape[1], self.image.shape[0]

    def box(self, box: Box) -> Box:
        x, y, w, h = box
        ox, oy = self.origin
        s = self.scale
        return (round((x - ox) * s), round((y - oy) * s), round(w * s), round(h * s))


def _crop_scale(arr: np.ndarray, x0: int, y0: int, cw: int, ch: int, size: tuple[int, int]):
    crop = arr[y0 : y0 + ch, x0 : x0 + cw]
    interp = cv2.INTER_AREA if size[0] < cw else cv2.INTER_CUBIC
    return cv2.resize(crop, size, interpolation=interp)


def prepare(photo: Photo, out_w: int, out_h: int, zoom_max: float) -> Work:
    """The largest crop of the output aspect (around the subject), scaled to zoom_max x out."""
    ph, pw = photo.image.shape[:2]
    aspect = out_w / out_h
    if pw / ph > aspect:
        ch, cw = ph, min(pw, round(ph * aspect))
    else:
        cw, ch = pw, min(ph, round(pw / aspect))
    if photo.subject is not None:
        sx, sy, sw, sh = photo.subject
        cx, cy = sx + sw / 2, sy + sh / 2
    else:
        cx, cy = pw / 2, ph / 2
    # Half way between the photo centre and the subject: framed, not forced.
    cx, cy = (cx + pw / 2) / 2, (cy + ph / 2) / 2
    x0 = int(np.clip(round(cx - cw / 2), 0, pw - cw))
    y0 = int(np.clip(round(cy - ch / 2), 0, ph - ch))
    size = (round(out_w * zoom_max), round(out_h * zoom_max))
    scale = size[0] / cw
    image = _crop_scale(photo.image, x0, y0, cw, ch, size)
    work = Work(image=image, scale=scale, origin=(x0, y0), subject=None, face_lm=None)
    if photo.subject is not None:
        work.subject = _clip_box(work.box(photo.subject), size)
    if photo.face is not None:
        work.face_lm = (photo.face.landmarks - np.array([x0, y0], np.float32)) * scale
    if photo.sky is not None and photo.fg_alpha is not None:
        work.sky = _crop_scale(photo.sky, x0, y0, cw, ch, size)
        work.fg_alpha = _crop_scale(photo.fg_alpha, x0, y0, cw, ch, size)
    for eff in photo.effects:
        e = dict(eff)
        if "region" in e:
            e["region"] = _clip_box(work.box(e["region"]), size)
            if e["region"] is None:
                continue
        if "mask" in e:
            e["mask"] = _crop_scale(e["mask"], x0, y0, cw, ch, size)
        for key in ("amp", "speed", "wavelength"):
            if key in e:
                e[key] = np.multiply(e[key], scale).tolist()
        work.effects.append(e)
    return work


def _clip_box(box: Box, size: tuple[int, int]) -> Box | None:
    x, y, w, h = box
    x0, y0 = max(0, x), max(0, y)
    x1, y1 = min(size[0], x + w), min(size[1], y + h)
    if x1 - x0 < 8 or y1 - y0 < 8:
        return None
    return (x0, y0, x1 - x0, y1 - y0)


def _soft_mask(shape: tuple[int, int], box: Box, ellipse: bool, feather: float) -> np.ndarray:
    """A box or ellipse with a Gaussian edge (blurred only around the box, for speed)."""
    x, y, w, h = box
    sigma = max(1.0, feather * min(w, h))
    r = int(3 * sigma) + 2
    y0, y1 = max(0, y - r), min(shape[0], y + h + r)
    x0, x1 = max(0, x - r), min(shape[1], x + w + r)
    local = np.zeros((y1 - y0, x1 - x0), np.float32)
    if ellipse:
        centre = (x + w // 2 - x0, y + h // 2 - y0)
        cv2.ellipse(local, centre, (w // 2, h // 2), 0, 0, 360, 1.0, -1)
    else:
        local[y - y0 : y - y0 + h, x - x0 : x - x0 + w] = 1.0
    m = np.zeros(shape, np.float32)
    m[y0:y1, x0:x1] = cv2.GaussianBlur(local, (0, 0), sigma, borderType=cv2.BORDER_CONSTANT)
    return m


def _melt_field(mask: np.ndarray, sigma: float, rng: np.random.Generator, sag: float) -> np.ndarray:
    """A smooth random 2-vector field plus a downward sag (features droop, like a melting
    face), scaled so that the 90th percentile of its magnitude inside the mask is 1."""
    h, w = mask.shape
    f = rng.normal(0, 1, (h, w, 2)).astype(np.float32)
    f = cv2.GaussianBlur(f, (0, 0), sigma)
    inside = mask > 0.5
    mag = np.sqrt((f**2).sum(-1))
    f /= max(float(np.percentile(mag[inside], 90)) if inside.any() else 1.0, 1e-6)
    f[..., 1] += sag
    mag = np.sqrt((f**2).sum(-1))
    return f / max(float(np.percentile(mag[inside], 90)) if inside.any() else 1.0, 1e-6)


@dataclass
class SourceDefect:
    """A defect made on the subject, in scene space (it moves with the camera)."""

    family: str  # elastic_warp | identity_swap | identity_drift
    level: float  # elastic: final displacement (p90) / subject size; identity: blend weight
    onset: float  # fraction of the clip where it starts (identity_swap: the switch)
    donor: faces.Donor | None = None
    coverage: float = 1.0


class Scene:
    def __init__(
        self,
        work: Work,
        fps: float,
        n_frames: int,
        seed: int,
        natural: bool = True,
        defect: SourceDefect | None = None,
    ) -> None:
        self.work = work
        self.fps = fps
        self.n = n_frames
        self.natural = natural
        self.defect = defect
        rng = np.random.default_rng(seed)
        h, w = work.image.shape[:2]
        self._shape = (h, w)
        self._prep: list[tuple[str, Any]] = []
        if natural:
            for e in work.effects:
                self._prep.append((e["type"], self._prepare_effect(e, rng)))
        self._swap: faces.PreparedSwap | None = None
        self._elastic = None
        if defect is not None:
            if defect.family in ("identity_swap", "identity_drift"):
                assert work.face_lm is not None and defect.donor is not None
                self._swap = faces.prepare_swap(
                    work.image, work.face_lm, defect.donor, defect.coverage, seed
                )
            elif defect.family == "elastic_warp":
                assert work.subject is not None
                x, y, bw, bh = work.subject
                grow = 0.12
                box = (int(x - grow * bw), int(y - grow * bh), int(bw * 1.24), int(bh * 1.24))
                box = _clip_box(box, (w, h)) or work.subject
                mask = _soft_mask(self._shape, box, ellipse=True, feather=0.18)
                roi = _roi(mask)
                y0, y1, x0, x1 = roi
                size = max(bw, bh)
                local = mask[y0:y1, x0:x1]
                f1 = _melt_field(local, size / 7.0, rng, sag=-0.8)
                f2 = _melt_field(local, size / 6.0, rng, sag=-0.8)
                self._elastic = (roi, local, f1, f2, defect.level * size)
            else:
                raise ValueError(defect.family)

    # -- natural motion --------------------------------------------------------------------
    def _prepare_effect(self, e: dict[str, Any], rng: np.random.Generator) -> Any:
        kind = e["type"]
        if kind in ("sway", "bob", "shimmer"):
            feather = 0.05 if kind == "shimmer" else 0.2
            mask = _soft_mask(self._shape, e["region"], ellipse=kind == "bob", feather=feather)
            roi = _roi(mask)
            y0, y1, x0, x1 = roi
            return {
                **e,
                "roi": roi,
                "mask": mask[y0:y1, x0:x1],
                "phase": float(rng.uniform(0, 2 * math.pi)),
            }
        if kind == "lights":
            roi = _roi(e["mask"])
            y0, y1, x0, x1 = roi
            grid = rng.uniform(0, 2 * math.pi, (24, 24)).astype(np.float32)
            return {**e, "roi": roi, "mask": e["mask"][y0:y1, x0:x1], "grid": grid}
        if kind == "sky_drift":
            sky, fg = self.work.sky, self.work.fg_alpha
            if sky is None or fg is None:
                return None
            rows = np.nonzero(fg.min(axis=1) < 0.999)[0]
            y1 = int(rows.max()) + 1 if len(rows) else 0
            a = np.ascontiguousarray(fg[:y1], np.float32)
            return {**e, "y1": y1, "a": a, "b": np.ascontiguousarray(1.0 - a)}
        raise ValueError(kind)

    def frame(self, i: int) -> np.ndarray:
        """Frame i of the scene (BGR uint8, work size)."""
        t = i / self.fps
        p = i / max(1, self.n - 1)
        img = self.work.image
        if self._swap is not None:
            img = faces.apply_swap(img, self._swap, self._identity_alpha(i, p))
        fields: list[tuple[tuple[int, int, int, int], np.ndarray, np.ndarray]] = []
        for kind, e in self._prep:
            if kind == "sky_drift" and e is not None:
                img = self._sky(img, e, e["speed"] * t)
            elif kind in ("sway", "bob", "shimmer"):
                fx, fy = self._field(kind, e, t)
                fields.append((e["roi"], fx, fy))
        if self._elastic is not None:
            roi, mask, f1, f2, peak = self._elastic
            start = self.defect.onset if self.defect else 0.0
            r = float(np.clip((p - start) / max(1e-6, 1.0 - start), 0.0, 1.0))
            amp = peak * r * r * (3 - 2 * r)
            if amp > 0:
                ang = 1.2 * r
                ma = mask * amp
                fields.append(
                    (
                        roi,
                        (math.cos(ang) * f1[..., 0] + math.sin(ang) * f2[..., 0]) * ma,
                        (math.cos(ang) * f1[..., 1] + math.sin(ang) * f2[..., 1]) * ma,
                    )
                )
        if fields:
            img = _remap(img, fields)
        for kind, e in self._prep:
            if kind == "lights":
                img = self._lights(img, e, t)
        return img

    def _identity_alpha(self, i: int, p: float) -> float:
        d = self.defect
        assert d is not None
        if d.family == "identity_swap":
            start = round(d.onset * (self.n - 1))
            return d.level * float(np.clip((i - start + 1) / 4.0, 0.0, 1.0))
        r = float(np.clip((p - d.onset) / max(1e-6, 1.0 - d.onset), 0.0, 1.0))
        return d.level * r

    def _sky(self, img: np.ndarray, e: dict[str, Any], shift: float) -> np.ndarray:
        sky = self.work.sky
        y1 = e["y1"]
        if sky is None or y1 == 0 or abs(shift) < 0.05:
            return img
        m = np.float32([[1, 0, -shift], [0, 1, 0]])
        moved = cv2.warpAffine(
            sky[:y1], m, (sky.shape[1], y1), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REFLECT
        )
        out = img.copy()
        out[:y1] = cv2.blendLinear(img[:y1], moved, e["a"], e["b"])
        return out

    def _field(self, kind: str, e: dict[str, Any], t: float) -> tuple[np.ndarray, np.ndarray]:
        y0, y1, x0, x1 = e["roi"]
        mask = e["mask"]
        if kind == "sway":
            _, ry, _, rh = e["region"]
            yy = np.arange(y0, y1, dtype=np.float32)[:, None]
            k = 2 * math.pi * 0.8 * (yy - ry) / max(rh, 1)
            ph = 2 * math.pi * e["freq"] * t + e["phase"]
            amp = float(np.mean(e["amp"]))
            dx = amp * (np.sin(ph + k) - np.sin(e["phase"] + k)) * mask
            dy = 0.3 * amp * (np.cos(ph * 1.3 + k) - np.cos(e["phase"] + k)) * mask
            return dx.astype(np.float32), dy.astype(np.float32)
        if kind == "bob":
            ax, ay = e["amp"]
            ph = 2 * math.pi * e["freq"] * t
            return (
                ((ax * math.sin(ph + e["phase"]) - ax * math.sin(e["phase"])) * mask),
                ((ay * (1 - math.cos(ph)) / 2) * mask),
            )
        # shimmer: a travelling wave across the water rows
        yy = np.arange(y0, y1, dtype=np.float32)[:, None]
        xx = np.arange(x0, x1, dtype=np.float32)[None, :]
        lam = float(np.mean(e["wavelength"]))
        amp = float(np.mean(e["amp"]))
        base = 2 * math.pi * (yy / lam + 0.15 * np.sin(xx / (4 * lam)))
        ph = 2 * math.pi * e["speed"] * t
        dx = amp * (np.sin(base + ph) - np.sin(base)) * mask
        dy = 0.35 * amp * (np.cos(base + ph) - np.cos(base)) * mask
        return dx.astype(np.float32), dy.astype(np.float32)

    def _lights(self, img: np.ndarray, e: dict[str, Any], t: float) -> np.ndarray:
        y0, y1, x0, x1 = e["roi"]
        grid = e["grid"]
        ph = 2 * math.pi * e["freq"] * t
        wave = 0.65 * (np.sin(ph + grid) - np.sin(grid)) + 0.35 * (
            np.sin(2.7 * ph + 2 * grid) - np.sin(2 * grid)
        )
        wave = cv2.resize(
            wave.astype(np.float32), (x1 - x0, y1 - y0), interpolation=cv2.INTER_NEAREST
        )
        gain = 1.0 + (e["depth"] * wave) * e["mask"]
        out = img.copy()
        roi = out[y0:y1, x0:x1].astype(np.float32)
        out[y0:y1, x0:x1] = np.clip(roi * gain[..., None] + 0.5, 0, 255).astype(np.uint8)
        return out


def _roi(mask: np.ndarray, eps: float = 1e-3, pad: int = 2) -> tuple[int, int, int, int]:
    ys, xs = np.nonzero(mask > eps)
    if len(ys) == 0:
        return (0, 1, 0, 1)
    h, w = mask.shape
    return (
        max(0, int(ys.min()) - pad),
        min(h, int(ys.max()) + 1 + pad),
        max(0, int(xs.min()) - pad),
        min(w, int(xs.max()) + 1 + pad),
    )


def _remap(
    img: np.ndarray, fields: list[tuple[tuple[int, int, int, int], np.ndarray, np.ndarray]]
) -> np.ndarray:
    """Sample img at (x + dx, y + dy) over the union of the fields' boxes."""
    y0 = min(f[0][0] for f in fields)
    y1 = max(f[0][1] for f in fields)
    x0 = min(f[0][2] for f in fields)
    x1 = max(f[0][3] for f in fields)
    gx = np.arange(x0, x1, dtype=np.float32)[None, :]
    gy = np.arange(y0, y1, dtype=np.float32)[:, None]
    mx = np.repeat(gx, y1 - y0, 0)
    my = np.repeat(gy, x1 - x0, 1)
    for (fy0, fy1, fx0, fx1), dx, dy in fields:
        mx[fy0 - y0 : fy1 - y0, fx0 - x0 : fx1 - x0] += dx
        my[fy0 - y0 : fy1 - y0, fx0 - x0 : fx1 - x0] += dy
    out = img.copy()
    out[y0:y1, x0:x1] = cv2.remap(
        img, mx, my, interpolation=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REFLECT
    )
    return out
