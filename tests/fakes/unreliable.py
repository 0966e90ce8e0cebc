"""An unreliable image-to-video vendor: Runway's wire format, a generator that breaks.

`FakeUnreliableRunway` answers exactly like `FakeRunway` (same paths, auth, body checks,
task states), but the clip it serves is made from the photo it was sent: a slow camera move
over it, the way an image-to-video model starts from its first frame. At configurable rates
(`DefectRates`) the clip is broken the ways generators break:

    identity_drift  another person's face blends progressively over the subject's face (no
                    face in the photo: another picture blends over the centre, the subject
                    turns into something else)
    warp            the subject bends: a smooth random displacement field, growing and
                    wobbling, over the face (or the centre)
    freeze          the picture stops moving a third of the way in and stays still
    flicker         the brightness jumps up and down from frame to frame

The defect of a task is drawn when it is created, from `seed`, the photo's hash and how many
times that photo was submitted before (so the n-th render of a photo gets the same draw in
every run, whatever order the workers submit in). `clip_seconds` makes every clip that
long, whatever was ordered (a vendor that cuts its clips short). What was injected is ground truth for the
bench: kept in `injected` (task id -> defect or "none"), sent with the file as
`X-Fake-Defect`, and served at the fake-only `GET /_fake/tasks/{id}/defect`.

The defect code is the vendor's own, written for this fake; it shares nothing with the QA
evaluation set (bench/qa_eval), which is the measuring stick of the QA detectors.
"""

from __future__ import annotations

import hashlib
import random
import threading
from collections.abc import Iterator
from dataclasses import dataclass, fields
from functools import lru_cache
from typing import Any

import cv2
import numpy as np

from engine.vision.faces import detect_faces
from tests.fakes.runway import FakeRunway
from tests.fakes.server import Request, Response
from tests.fakes.video_vendor import (
    FakeTask,
    encode_bgr_mp4,
    image_from_data_uri,
    size_for_aspect,
)

DEFECTS = ("identity_drift", "warp", "freeze", "flicker")
Box = tuple[int, int, int, int]  # x, y, w, h


@dataclass(frozen=True)
class DefectRates:
    """The share of renders that get each defect (at most one per render)."""

    identity_drift: float = 0.1
    warp: float = 0.1
    freeze: float = 0.1
    flicker: float = 0.1

    def __post_init__(self) -> None:
        if any(r < 0 for r in self.as_dict().values()) or self.total > 1:
            raise ValueError(f"defect rates must be >= 0 and sum to <= 1: {self}")

    def as_dict(self) -> dict[str, float]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @property
    def total(self) -> float:
        return sum(self.as_dict().values())

    def draw(self, rng: random.Random) -> str | None:
        u = rng.random()
        for name, rate in self.as_dict().items():
            if u < rate:
                return name
            u -= rate
        return None


class FakeUnreliableRunway(FakeRunway):
    def __init__(
        self,
        *,
        rates: DefectRates | None = None,
        seed: int = 0,
        strength: float = 1.0,
        short_side: int = 540,
        fps: int = 24,
        api_key: str = "key_test",
        polls_until_done: int = 2,
    ) -> None:
        super().__init__(api_key=api_key, polls_until_done=polls_until_done)
        self.rates = self._initial_rates = rates or DefectRates()
        self.seed = seed
        self.strength = strength  # 1.0: defects a viewer sees at once; lower is subtler
        self.short_side = short_side  # the clip's short side (Runway's is 720; smaller is faster)
        self.fps = fps
        self.clip_seconds: float | None = None  # set: every clip lasts this long (cut short)
        self.injected: dict[str, str] = {}
        self._submissions: dict[str, int] = {}
        self._scripted: list[str | None] = []
        self._draw_lock = threading.Lock()
        self.route("GET", "/_fake/tasks/{id}/defect", self._defect)

    def reset(self) -> None:
        super().reset()
        self.rates = self._initial_rates
        with self._draw_lock:
            self.injected.clear()
            self._submissions.clear()
            self._scripted.clear()

    def script(self, *defects: str | None) -> None:
        """The next renders get these defects, in order (None: a faithful render), whatever
        the rates say."""
        unknown = {d for d in defects if d is not None} - set(DEFECTS)
        if unknown:
            raise ValueError(f"unknown defects {sorted(unknown)}; known: {DEFECTS}")
        with self._draw_lock:
            self._scripted.extend(defects)

    # -- tasks -----------------------------------------------------------------------------
    def new_task(self, body: dict[str, Any], **kw: Any) -> FakeTask:
        task = super().new_task(body, **kw)
        photo = image_from_data_uri(str(body.get("promptImage", ""))) or b""
        digest = hashlib.sha256(photo).hexdigest()
        with self._draw_lock:
            nth = self._submissions.get(digest, 0)
            self._submissions[digest] = nth + 1
            if self._scripted:
                defect = self._scripted.pop(0)
            else:
                defect = self.rates.draw(random.Random(f"{self.seed}:{digest}:{nth}"))
            self.injected[task.id] = defect or "none"
        task.extra.update(defect=defect, render_seed=f"{self.seed}:{digest}:{nth}")
        return task

    def _defect(self, request: Request) -> Response:
        defect = self.injected.get(request.params["id"])
        if defect is None:
            return Response(404, {"error": "Task not found."})
        return Response(200, {"id": request.params["id"], "defect": defect})

    def _serve_file(self, request: Request) -> Response:
        task = self.tasks.get(request.params["name"].removesuffix(".mp4"))
        photo = image_from_data_uri(str(task.body.get("promptImage", ""))) if task else None
        if task is None or task.result != "ok" or photo is None:
            return super()._serve_file(request)
        width, height = size_for_aspect(task.aspect, short=self.short_side)
        data = render_clip(
            photo,
            width=width,
            height=height,
            frames=max(2, round((self.clip_seconds or task.duration_s) * self.fps)),
            fps=self.fps,
            defect=task.extra["defect"],
            seed=task.extra["render_seed"],
            strength=self.strength,
        )
        headers = {"Content-Type": "video/mp4", "X-Fake-Defect": task.extra["defect"] or "none"}
        return Response(200, data, headers)


# -- the clip -------------------------------------------------------------------------------
def render_clip(
    photo: bytes,
    *,
    width: int,
    height: int,
    frames: int,
    fps: int,
    defect: str | None,
    seed: str,
    strength: float = 1.0,
) -> bytes:
    """An H.264 MP4 of `photo` with a camera move, broken by `defect` (None: faithful)."""
    rng = np.random.default_rng(int(hashlib.sha256(seed.encode()).hexdigest()[:12], 16))
    source = _cover(cv2.imdecode(np.frombuffer(photo, np.uint8), cv2.IMREAD_COLOR), width, height)
    subject = _subject_box(source)
    move = _camera_move(rng, width, height)
    drift = _identity_donor(source, subject) if defect == "identity_drift" else None
    warp_fields = _warp_fields(rng, subject, strength) if defect == "warp" else None
    freeze_at = round(frames * 0.35)
    gains = 1 + strength * 0.14 * rng.choice([-1.0, 1.0], frames) * (rng.random(frames) < 0.6)

    def frame_at(i: int) -> np.ndarray:
        t = i / max(1, frames - 1)
        picture = source
        if drift is not None:
            picture = _blend(picture, *drift, alpha=min(1.0, strength) * _ramp(t, 0.1, 0.6))
        if warp_fields is not None:
            picture = _warp(picture, warp_fields, t)
        return cv2.warpAffine(picture, move(t), (width, height), borderMode=cv2.BORDER_REFLECT)

    def all_frames() -> Iterator[np.ndarray]:
        for i in range(frames):
            if defect == "freeze" and i >= freeze_at:
                i = freeze_at  # the picture stalls: the same frame again and again
            frame = frame_at(i)
            if defect == "flicker":
                frame = np.clip(frame.astype(np.float32) * gains[i], 0, 255).astype(np.uint8)
            yield frame

    return encode_bgr_mp4(all_frames(), width, height, fps, crf=20)


def _cover(image: np.ndarray, width: int, height: int) -> np.ndarray:
    h, w = image.shape[:2]
    scale = max(width / w, height / h)
    resized = cv2.resize(image, (max(width, round(w * scale)), max(height, round(h * scale))))
    x, y = (resized.shape[1] - width) // 2, (resized.shape[0] - height) // 2
    return resized[y : y + height, x : x + width].copy()


def _subject_box(image: np.ndarray) -> tuple[Box, bool]:
    """The largest face (True), or the centre of the picture (False)."""
    faces = detect_faces(image)
    h, w = image.shape[:2]
    if faces:
        f = faces[0]
        # A face at the edge may reach past it: keep the part inside the picture.
        x0, y0 = max(0, round(f.x)), max(0, round(f.y))
        x1, y1 = min(w, round(f.x + f.w)), min(h, round(f.y + f.h))
        if x1 - x0 >= 8 and y1 - y0 >= 8:
            return (x0, y0, x1 - x0, y1 - y0), True
    return (w // 4, h // 4, w // 2, h // 2), False


def _camera_move(rng: np.random.Generator, width: int, height: int):  # type: ignore[no-untyped-def]
    """t in [0, 1] -> a 2x3 affine matrix: a push-in, a pull-out or a slow pan."""
    kind = rng.integers(0, 4)
    centre = (width / 2, height / 2)

    def matrix(t: float) -> np.ndarray:
        if kind == 0:
            return cv2.getRotationMatrix2D(centre, 0, 1.0 + 0.08 * t)
        if kind == 1:
            return cv2.getRotationMatrix2D(centre, 0, 1.08 - 0.08 * t)
        m = cv2.getRotationMatrix2D(centre, 0, 1.06)
        m[0, 2] += (1 if kind == 2 else -1) * 0.025 * width * (t - 0.5) * 2
        return m

    return matrix


def _ramp(t: float, start: float, end: float) -> float:
    x = min(1.0, max(0.0, (t - start) / (end - start)))
    return x * x * (3 - 2 * x)


def _ellipse_mask(w: int, h: int) -> np.ndarray:
    mask = np.zeros((h, w), np.float32)
    cv2.ellipse(mask, (w // 2, h // 2), (int(w * 0.42), int(h * 0.46)), 0, 0, 360, 1.0, -1)
    return cv2.GaussianBlur(mask, (0, 0), max(1.0, min(w, h) * 0.08))[..., None]


@lru_cache(maxsize=1)
def _donor_faces() -> tuple[np.ndarray, ...]:
    """Faces of other people, cropped from images that ship offline."""
    import matplotlib.cbook
    from skimage import data

    with matplotlib.cbook.get_sample_data("grace_hopper.jpg") as handle:
        hopper = cv2.imdecode(np.frombuffer(handle.read(), np.uint8), cv2.IMREAD_COLOR)
    crops = []
    for image in (cv2.cvtColor(data.astronaut(), cv2.COLOR_RGB2BGR), hopper):
        face = detect_faces(image)[0]
        x, y, w, h = (round(v) for v in (face.x, face.y, face.w, face.h))
        crops.append(image[y : y + h, x : x + w].copy())
    return tuple(crops)


@lru_cache(maxsize=1)
def _donor_scenes() -> tuple[np.ndarray, ...]:
    from skimage import data

    return tuple(
        cv2.cvtColor(image, cv2.COLOR_RGB2BGR)
        for image in (data.chelsea(), data.rocket(), data.coffee(), data.astronaut())
    )


def _signature(patch: np.ndarray) -> np.ndarray:
    grey = cv2.resize(cv2.cvtColor(patch, cv2.COLOR_BGR2GRAY), (24, 24)).astype(np.float32)
    return (grey - grey.mean()) / (grey.std() + 1e-6)


def _identity_donor(
    source: np.ndarray, subject: tuple[Box, bool]
) -> tuple[np.ndarray, Box, np.ndarray]:
    """(donor patch fitted to the subject, where it goes, its mask): the donor least like
    the subject (a photo made from the astronaut gets Grace Hopper's face, and so on)."""
    (x, y, w, h), is_face = subject
    target = source[y : y + h, x : x + w]
    pool = _donor_faces() if is_face else _donor_scenes()
    donor = min(pool, key=lambda d: float((_signature(d) * _signature(target)).mean()))
    patch = cv2.resize(donor, (w, h), interpolation=cv2.INTER_AREA).astype(np.float32)
    # Match the subject's colour and light, as a generator would.
    mean_t, std_t = target.reshape(-1, 3).mean(0), target.reshape(-1, 3).std(0) + 1e-6
    mean_p, std_p = patch.reshape(-1, 3).mean(0), patch.reshape(-1, 3).std(0) + 1e-6
    patch = (patch - mean_p) / std_p * std_t + mean_t
    return np.clip(patch, 0, 255), (x, y, w, h), _ellipse_mask(w, h)


def _blend(
    picture: np.ndarray, patch: np.ndarray, box: Box, mask: np.ndarray, *, alpha: float
) -> np.ndarray:
    if alpha <= 0:
        return picture
    x, y, w, h = box
    out = picture.copy()
    region = out[y : y + h, x : x + w].astype(np.float32)
    weight = mask * alpha
    out[y : y + h, x : x + w] = (region * (1 - weight) + patch * weight).astype(np.uint8)
    return out


def _warp_fields(
    rng: np.random.Generator, subject: tuple[Box, bool], strength: float
) -> tuple[np.ndarray, np.ndarray, Box]:
    """Two smooth random displacement fields over the subject grown by half: one that grows
    (the subject bends further and further) and one that wobbles."""
    (x, y, w, h), _ = subject
    grow_x, grow_y = w // 4, h // 4
    box = (x - grow_x, y - grow_y, w + 2 * grow_x, h + 2 * grow_y)
    bw, bh = box[2], box[3]
    amplitude = strength * 0.12 * min(bw, bh)

    def field() -> np.ndarray:
        coarse = rng.normal(0, 1, (5, 5, 2)).astype(np.float32)
        smooth = cv2.resize(coarse, (bw, bh), interpolation=cv2.INTER_CUBIC)
        return smooth / (np.abs(smooth).max() + 1e-6) * amplitude * _ellipse_mask(bw, bh)

    return field(), field(), box


def _warp(
    picture: np.ndarray, warp_fields: tuple[np.ndarray, np.ndarray, Box], t: float
) -> np.ndarray:
    grow, wobble, (x, y, w, h) = warp_fields
    H, W = picture.shape[:2]
    x0, y0, x1, y1 = max(0, x), max(0, y), min(W, x + w), min(H, y + h)
    if x1 <= x0 or y1 <= y0:
        return picture
    shift = grow * _ramp(t, 0.05, 0.8) + wobble * 0.5 * np.sin(2 * np.pi * 1.5 * t)
    shift = shift[y0 - y : y1 - y, x0 - x : x1 - x]
    ys, xs = np.mgrid[y0:y1, x0:x1].astype(np.float32)
    map_x = np.clip(xs + shift[..., 0], 0, W - 1).astype(np.float32)
    map_y = np.clip(ys + shift[..., 1], 0, H - 1).astype(np.float32)
    out = picture.copy()
    out[y0:y1, x0:x1] = cv2.remap(picture, map_x, map_y, cv2.INTER_LINEAR)
    return out
