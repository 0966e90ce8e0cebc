"""Luma Dream Machine (api.lumalabs.ai/dream-machine/v1).

Luma takes the photo by URL only, so the caller must give `image_url` (a short-lived
signed link of our own). The current SDK posts to `/generations/video`, the docs to
`/generations`; we try the first and fall back to the second on 404. Callbacks are
unsigned: never trust one without re-fetching the generation (see callbacks.py).
"""

from __future__ import annotations

from typing import Any, ClassVar

from engine.providers.errors import InvalidInput, Retryable
from engine.providers.http import RemoteProvider, nearest_ratio, spec_aspect, vendor_prompt
from engine.providers.protocol import TaskState, TaskStatus
from engine.spec import GenerationSpec, Resolution

ASPECTS = {
    "1:1": 1.0,
    "16:9": 16 / 9,
    "9:16": 9 / 16,
    "4:3": 4 / 3,
    "3:4": 3 / 4,
    "21:9": 21 / 9,
    "9:21": 9 / 21,
}
_STATES = {
    "queued": TaskState.PENDING,
    "pending": TaskState.PENDING,
    "dreaming": TaskState.RUNNING,
    "completed": TaskState.SUCCEEDED,
    "failed": TaskState.FAILED,
}
# Estimates in US cents per second of 720p video.
CENTS_PER_SECOND = {"ray-2": 14, "ray-flash-2": 5, "ray-1-6": 10}


def luma_aspect(spec: GenerationSpec) -> str:
    return nearest_ratio(spec_aspect(spec), ASPECTS)


def luma_duration(spec: GenerationSpec) -> str:
    return "5s" if spec.duration_s <= 7 else "9s"


def luma_resolution(spec: GenerationSpec) -> str:
    return {Resolution.P540: "540p", Resolution.P720: "720p", Resolution.P1080: "1080p"}[
        spec.resolution
    ]


class LumaProvider(RemoteProvider):
    name: ClassVar[str] = "luma"
    default_base_url: ClassVar[str] = "https://api.lumalabs.ai/dream-machine/v1"
    default_poll_interval_s: ClassVar[float] = 3.0
    vendor_label: ClassVar[str] = "Luma"

    def __init__(self, *, api_key: str, model: str = "ray-2", **kw: Any) -> None:
        super().__init__(model=model, **kw)
        self._api_key = api_key
        self._create_path = "/generations/video"

    def _auth_headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self._api_key}"}

    def build_body(
        self, *, spec: GenerationSpec, image_url: str, callback_url: str | None
    ) -> dict[str, Any]:
        body: dict[str, Any] = {
            "model": self.model,
            "prompt": vendor_prompt(spec, empty="subtle natural motion"),
            "aspect_ratio": luma_aspect(spec),
            "duration": luma_duration(spec),
            "resolution": luma_resolution(spec),
            "loop": spec.loop,
            "keyframes": {"frame0": {"type": "image", "url": image_url}},
        }
        if callback_url:
            body["callback_url"] = callback_url
        return body

    def submit(
        self,
        *,
        image: bytes,
        image_mime: str,
        spec: GenerationSpec,
        callback_url: str | None = None,
        image_url: str | None = None,
    ) -> str:
        if not image_url:
            raise InvalidInput(
                "Luma needs a link to the photo and none was available. We used another provider.",
                provider=self.name,
                detail="no image_url given (Luma accepts images by URL only)",
            )
        body = self.build_body(spec=spec, image_url=image_url, callback_url=callback_url)
        try:
            response = self._request("POST", self._create_path, json=body)
        except InvalidInput as exc:
            if exc.status_code != 404 or self._create_path == "/generations":
                raise
            self._create_path = "/generations"  # the documented path, older deployments
            response = self._request("POST", self._create_path, json=body)
        task_id = str(self._json(response).get("id") or "")
        if not task_id:
            raise Retryable(
                "Luma did not return a generation id. We will try again.",
                provider=self.name,
                detail=response.text[:300],
            )
        return task_id

    def expected_duration_s(self, spec: GenerationSpec) -> float:
        return float(luma_duration(spec).rstrip("s"))

    def expected_aspect(self, spec: GenerationSpec, image: bytes) -> float | None:
        return ASPECTS[luma_aspect(spec)]

    def poll(self, task_id: str) -> TaskStatus:
        data = self._json(self._request("GET", f"/generations/{task_id}"))
        return self.status_from_payload(data)

    def status_from_payload(self, data: dict[str, Any]) -> TaskStatus:
        raw_state = str(data.get("state", "")).lower()
        state = _STATES.get(raw_state)
        if state is None:
            raise Retryable(
                "Luma sent a status we do not understand. We will try again.",
                provider=self.name,
                detail=f"state {raw_state!r}",
            )
        assets = data.get("assets") or {}
        error = None
        if state is TaskState.FAILED:
            error = self.task_failure(str(data.get("failure_reason") or "failed"))
        return TaskStatus(
            state=state,
            output_url=assets.get("video") if state is TaskState.SUCCEEDED else None,
            error=error,
            raw=data,
        )

    def cancel(self, task_id: str) -> None:
        self._request("DELETE", f"/generations/{task_id}")

    def estimate_cost_cents(self, spec: GenerationSpec) -> int:
        rate = CENTS_PER_SECOND.get(self.model, 14)
        if spec.resolution is Resolution.P1080:
            rate *= 2
        elif spec.resolution is Resolution.P540:
            rate = rate * 0.6
        return self.cost_from_rate(spec, rate)
