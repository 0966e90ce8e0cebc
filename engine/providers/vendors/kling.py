"""Kling AI image-to-video (api-singapore.klingai.com).

Auth is a fresh HS256 JWT per request (iss = access key, exp = now + 1800, nbf = now - 5).
The photo goes as raw base64 (no `data:` prefix); duration is a string. Every response
carries a numeric `code` next to the HTTP status; the code decides the error class.

A motion brush becomes Kling's own motion brush (imageToVideo `dynamic_masks` and
`static_mask`): each dynamic mask is a PNG the size of the photo, white where it moves, sent
as raw base64 like the image, with a `trajectories` list of {x, y} pixel points (2 to 77,
origin at the photo's bottom-left corner); at most 6 groups. Our region is split between its
arrows (each pixel goes with the nearest arrow), and the anchors become the static mask.
"""

from __future__ import annotations

import base64
import io
import time
from collections.abc import Callable
from typing import Any, ClassVar

import httpx
import jwt
import numpy as np
from PIL import Image, ImageDraw, UnidentifiedImageError

from engine.providers.errors import (
    ContentRejected,
    InvalidInput,
    ProviderError,
    ProviderUnavailable,
    QuotaExhausted,
    Retryable,
    Throttled,
)
from engine.providers.http import RemoteProvider, image_aspect, parse_retry_after
from engine.providers.protocol import TaskState, TaskStatus
from engine.spec import BrushArrow, GenerationSpec, MotionBrush, Resolution

MAX_IMAGE_BYTES = 10 * 1024 * 1024
_STATES = {
    "submitted": TaskState.PENDING,
    "processing": TaskState.RUNNING,
    "succeed": TaskState.SUCCEEDED,
    "failed": TaskState.FAILED,
}
# Estimates in US cents per second (std mode; pro costs about 1.75x).
CENTS_PER_SECOND = {"kling-v1-6": 6, "kling-v2-1": 6, "kling-v2-master": 28, "kling-v2-5-turbo": 7}


# Kling's motion brush limits (imageToVideo): groups of dynamic masks, points per trajectory.
MAX_DYNAMIC_MASKS = 6
MAX_TRAJECTORY_POINTS = 77
TRAJECTORY_POINTS = 12
ANCHOR_RADIUS = 0.04  # of the photo's width, as the built-in engine pins its anchors
LABEL_SIDE = 512  # arrows are assigned to region pixels on a copy this size, then scaled


def _png_base64(mask: Image.Image) -> str:
    buffer = io.BytesIO()
    mask.save(buffer, "PNG")
    return base64.b64encode(buffer.getvalue()).decode()


def _nearest_arrow(arrows: list[BrushArrow], width: int, height: int) -> np.ndarray:
    """For each pixel of a (width x height) grid, the index of the nearest arrow."""
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    px, py = (xs + 0.5) / width, (ys + 0.5) / height
    best = np.full((height, width), np.inf, np.float32)
    label = np.zeros((height, width), np.int16)
    for index, arrow in enumerate(arrows):
        (ax, ay), (bx, by) = arrow.start, arrow.end
        vx, vy = bx - ax, by - ay
        t = np.clip(((px - ax) * vx + (py - ay) * vy) / max(vx * vx + vy * vy, 1e-9), 0, 1)
        distance = np.hypot(px - (ax + t * vx), py - (ay + t * vy))
        closer = distance < best
        best[closer] = distance[closer]
        label[closer] = index
    return label


def kling_brush(brush: MotionBrush, width: int, height: int) -> dict[str, Any]:
    """The brush as Kling's `dynamic_masks` (and `static_mask` for anchors)."""
    arrows = sorted(brush.arrows, key=lambda a: a.length, reverse=True)[:MAX_DYNAMIC_MASKS]
    region = Image.new("L", (width, height), 0)
    ImageDraw.Draw(region).polygon([(x * width, y * height) for x, y in brush.region], fill=255)
    static = Image.new("L", (width, height), 0)
    radius = ANCHOR_RADIUS * width
    for x, y in brush.anchors:
        cx, cy = x * width, y * height
        ImageDraw.Draw(static).ellipse((cx - radius, cy - radius, cx + radius, cy + radius), 255)
    scale = min(1.0, LABEL_SIDE / max(width, height))
    small = (max(1, round(width * scale)), max(1, round(height * scale)))
    labels = Image.fromarray(_nearest_arrow(arrows, *small).astype(np.uint8)).resize(
        (width, height), Image.Resampling.NEAREST
    )
    moving = np.asarray(region) > 0
    moving &= np.asarray(static) == 0
    label_array = np.asarray(labels)
    groups = []
    for index, arrow in enumerate(arrows):
        mask = moving & (label_array == index)
        if not mask.any():
            continue
        points = []
        for step in range(TRAJECTORY_POINTS):
            t = step / (TRAJECTORY_POINTS - 1)
            x = arrow.start[0] + t * (arrow.end[0] - arrow.start[0])
            y = arrow.start[1] + t * (arrow.end[1] - arrow.start[1])
            # Kling's trajectory origin is the bottom-left corner of the photo.
            points.append({"x": round(x * (width - 1)), "y": round((1.0 - y) * (height - 1))})
        groups.append(
            {
                "mask": _png_base64(Image.fromarray((mask * 255).astype(np.uint8))),
                "trajectories": points,
            }
        )
    body: dict[str, Any] = {"dynamic_masks": groups}
    if brush.anchors:
        body["static_mask"] = _png_base64(static)
    return body


def kling_duration(spec: GenerationSpec, model: str) -> str:
    if model.endswith("v3"):
        return str(max(3, min(15, round(spec.duration_s))))
    return "5" if spec.duration_s <= 7 else "10"


def kling_token(access_key: str, secret_key: str, *, now: float | None = None) -> str:
    issued = int(time.time() if now is None else now)
    payload = {"iss": access_key, "exp": issued + 1800, "nbf": issued - 5}
    return jwt.encode(payload, secret_key, algorithm="HS256", headers={"typ": "JWT"})


class KlingProvider(RemoteProvider):
    name: ClassVar[str] = "kling"
    default_base_url: ClassVar[str] = "https://api-singapore.klingai.com"
    default_poll_interval_s: ClassVar[float] = 5.0
    vendor_label: ClassVar[str] = "Kling"
    aspect_is_exact: ClassVar[bool] = False

    def __init__(
        self,
        *,
        access_key: str,
        secret_key: str,
        model: str = "kling-v2-1",
        wall_clock: Callable[[], float] = time.time,
        **kw: Any,
    ) -> None:
        super().__init__(model=model, **kw)
        self._access_key = access_key
        self._secret_key = secret_key
        self._wall_clock = wall_clock

    def _auth_headers(self) -> dict[str, str]:
        token = kling_token(self._access_key, self._secret_key, now=self._wall_clock())
        return {"Authorization": f"Bearer {token}"}

    def build_body(
        self, *, image: bytes, spec: GenerationSpec, image_url: str | None, callback_url: str | None
    ) -> dict[str, Any]:
        if len(image) <= MAX_IMAGE_BYTES:
            image_field = base64.b64encode(image).decode()  # raw base64, no data: prefix
        elif image_url:
            image_field = image_url
        else:
            raise InvalidInput(
                "This photo is too large for Kling (over 10 MB). Use a smaller photo.",
                provider=self.name,
                detail=f"{len(image)} bytes",
            )
        body: dict[str, Any] = {
            "model_name": self.model,
            "image": image_field,
            "prompt": spec.prompt[:2500],
            "mode": "pro" if spec.resolution is Resolution.P1080 else "std",
            "duration": kling_duration(spec, self.model),
        }
        if self.model.startswith("kling-v1"):
            body["cfg_scale"] = 0.5  # only v1.x models accept it
        if spec.brush is not None:
            body.update(kling_brush(spec.brush, *self._photo_size(image)))
        if callback_url:
            body["callback_url"] = callback_url
        return body

    def _photo_size(self, image: bytes) -> tuple[int, int]:
        try:
            with Image.open(io.BytesIO(image)) as im:
                return im.size
        except (UnidentifiedImageError, OSError, ValueError) as exc:
            raise InvalidInput(
                "The photo could not be read to draw the motion brush for Kling.",
                provider=self.name,
                detail=str(exc)[:200],
            ) from exc

    def submit(
        self,
        *,
        image: bytes,
        image_mime: str,
        spec: GenerationSpec,
        callback_url: str | None = None,
        image_url: str | None = None,
    ) -> str:
        body = self.build_body(
            image=image, spec=spec, image_url=image_url, callback_url=callback_url
        )
        data = self._envelope(self._request("POST", "/v1/videos/image2video", json=body))
        task_id = str((data.get("data") or {}).get("task_id") or "")
        if not task_id:
            raise Retryable(
                "Kling did not return a task id. We will try again.",
                provider=self.name,
                detail=str(data)[:300],
            )
        return task_id

    def _envelope(self, response: httpx.Response) -> dict[str, Any]:
        """Kling can answer HTTP 200 with a non-zero code: treat that as an error too."""
        data = self._json(response)
        if not isinstance(data, dict):
            raise Retryable(
                "Kling sent a reply we could not read. We will try again.",
                provider=self.name,
                detail=str(data)[:300],
            )
        code = data.get("code", 0)
        if code not in (0, "0"):
            raise self.error_for_code(
                int(code), str(data.get("message", "")), response.status_code, None
            )
        return data

    def expected_duration_s(self, spec: GenerationSpec) -> float:
        return float(kling_duration(spec, self.model))

    def expected_aspect(self, spec: GenerationSpec, image: bytes) -> float | None:
        return image_aspect(image)  # Kling's video follows the photo's shape

    def poll(self, task_id: str) -> TaskStatus:
        data = self._envelope(self._request("GET", f"/v1/videos/image2video/{task_id}"))
        return self.status_from_payload(data.get("data") or {})

    def status_from_payload(self, data: dict[str, Any]) -> TaskStatus:
        raw_state = str(data.get("task_status", "")).lower()
        state = _STATES.get(raw_state)
        if state is None:
            raise Retryable(
                "Kling sent a status we do not understand. We will try again.",
                provider=self.name,
                detail=f"task_status {raw_state!r}",
            )
        videos = (data.get("task_result") or {}).get("videos") or []
        error = None
        if state is TaskState.FAILED:
            error = self.task_failure(str(data.get("task_status_msg") or "failed"))
        return TaskStatus(
            state=state,
            output_url=videos[0].get("url") if videos else None,
            error=error,
            raw=data,
        )

    def cancel(self, task_id: str) -> None:
        """Kling has no cancel endpoint; an abandoned task simply runs out."""

    def estimate_cost_cents(self, spec: GenerationSpec) -> int:
        rate = CENTS_PER_SECOND.get(self.model, 7)
        if spec.resolution is Resolution.P1080:
            rate *= 1.75
        return self.cost_from_rate(spec, rate)

    def error_from_response(self, response: httpx.Response) -> ProviderError:
        try:
            body = response.json()
        except ValueError:
            body = None
        if isinstance(body, dict) and "code" in body:
            try:
                code = int(body["code"])
            except (TypeError, ValueError):
                code = -1
            retry_after = parse_retry_after(response.headers.get("Retry-After"))
            return self.error_for_code(
                code, str(body.get("message", "")), response.status_code, retry_after
            )
        return self.default_error(response)

    def error_for_code(
        self, code: int, message: str, status: int, retry_after: float | None
    ) -> ProviderError:
        """Kling's documented codes (commonInfo)."""
        kw: dict[str, Any] = {
            "provider": self.name,
            "detail": f"code {code}: {message}",
            "status_code": status,
        }
        if 1000 <= code <= 1004 or code in (1103, 1304):
            return ProviderUnavailable(
                "Kling refused our account's credentials or permissions. We switched to "
                "another provider and told the operators.",
                **kw,
            )
        if 1100 <= code <= 1102:
            return QuotaExhausted(
                "Kling has no credit left on our account. We switched to another provider "
                "and told the operators.",
                **kw,
            )
        if code in (1302, 1303):
            return Throttled(
                "Kling is at capacity for our account. We will try again shortly.",
                retry_after_s=retry_after,
                **kw,
            )
        if code in (1300, 1301):
            return ContentRejected(
                "Kling declined this photo or prompt under its content policy. Try a "
                "different prompt or photo.",
                **kw,
            )
        if 1200 <= code <= 1203:
            return InvalidInput(f"Kling could not accept this request ({message}).", **kw)
        if code >= 5000 or status >= 500:
            return Retryable("Kling had a temporary problem. We will try again.", **kw)
        return Retryable("Kling returned an unexpected error. We will try again.", **kw)
