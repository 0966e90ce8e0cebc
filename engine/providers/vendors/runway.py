"""Runway image-to-video (api.dev.runwayml.com, API version 2024-11-06).

Polling only (no webhooks). Over the concurrency limit Runway accepts the task as
THROTTLED and queues it; we wait, but give up (and cancel) if it stays queued longer than
`throttled_limit_s` so the router can fail over. The daily generation limit is a 429.
"""

from __future__ import annotations

from typing import Any, ClassVar

from engine.providers.errors import InvalidInput, ProviderError, Retryable, Throttled
from engine.providers.http import (
    RemoteProvider,
    data_uri,
    nearest_ratio,
    spec_aspect,
    truncate_utf16,
    vendor_prompt,
)
from engine.providers.protocol import TaskState, TaskStatus
from engine.spec import GenerationSpec

API_VERSION = "2024-11-06"
MAX_DATA_URI_BYTES = 5 * 1024 * 1024

_GEN4_RATIOS = ("1280:720", "720:1280", "1104:832", "832:1104", "960:960", "1584:672")
_VEO_RATIOS = ("1280:720", "720:1280")
RATIOS_BY_MODEL: dict[str, tuple[str, ...]] = {
    "gen4_turbo": _GEN4_RATIOS,
    "gen4.5": _GEN4_RATIOS,
    "veo3": _VEO_RATIOS,
    "veo3.1": _VEO_RATIOS,
    "veo3.1_fast": _VEO_RATIOS,
}
# Estimates in US cents per second of video (Runway credits are $0.01 each).
CENTS_PER_SECOND = {"gen4_turbo": 5, "gen4.5": 12, "veo3": 40, "veo3.1": 40, "veo3.1_fast": 15}

_STATES = {
    "PENDING": TaskState.PENDING,
    "THROTTLED": TaskState.PENDING,
    "RUNNING": TaskState.RUNNING,
    "SUCCEEDED": TaskState.SUCCEEDED,
    "FAILED": TaskState.FAILED,
    "CANCELLED": TaskState.CANCELED,
    "CANCELED": TaskState.CANCELED,
}


def runway_ratio(spec: GenerationSpec, model: str) -> str:
    choices = RATIOS_BY_MODEL.get(model, _GEN4_RATIOS)
    table = {r: int(r.split(":")[0]) / int(r.split(":")[1]) for r in choices}
    return nearest_ratio(spec_aspect(spec), table)


def runway_duration(spec: GenerationSpec) -> int:
    """gen4_turbo takes 2-10 s since late 2025 (5|10 before; see `_legacy_duration`)."""
    return max(2, min(10, round(spec.duration_s)))


def _legacy_duration(seconds: int) -> int:
    return 5 if seconds <= 7 else 10


class RunwayProvider(RemoteProvider):
    name: ClassVar[str] = "runway"
    default_base_url: ClassVar[str] = "https://api.dev.runwayml.com"
    default_poll_interval_s: ClassVar[float] = 6.0  # the SDK polls every 6 ± 1.5 s
    vendor_label: ClassVar[str] = "Runway"

    def __init__(
        self,
        *,
        api_key: str,
        model: str = "gen4_turbo",
        throttled_limit_s: float = 120.0,
        **kw: Any,
    ) -> None:
        super().__init__(model=model, **kw)
        self._api_key = api_key
        self.throttled_limit_s = throttled_limit_s
        self._throttled_since: dict[str, float] = {}
        self._submitted_duration: dict[str, int] = {}

    def _auth_headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self._api_key}", "X-Runway-Version": API_VERSION}

    # -- submit ----------------------------------------------------------------------------
    def build_body(
        self, *, image: bytes, image_mime: str, spec: GenerationSpec, image_url: str | None
    ) -> dict[str, Any]:
        if image_url and image_url.startswith("https://"):
            prompt_image = image_url  # Runway fetches HTTPS only and follows no redirects
        elif len(image) <= MAX_DATA_URI_BYTES:
            prompt_image = data_uri(image, image_mime)
        else:
            raise InvalidInput(
                "This photo is too large to send to Runway (over 5 MB). Use a smaller photo.",
                provider=self.name,
                detail=f"{len(image)} bytes and no https image_url",
            )
        body: dict[str, Any] = {
            "model": self.model,
            "promptImage": prompt_image,
            "ratio": runway_ratio(spec, self.model),
            "duration": runway_duration(spec),
            "seed": spec.seed,
        }
        if vendor_prompt(spec):
            body["promptText"] = truncate_utf16(vendor_prompt(spec), 1000)
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
        body = self.build_body(image=image, image_mime=image_mime, spec=spec, image_url=image_url)
        try:
            response = self._request("POST", "/v1/image_to_video", json=body)
        except InvalidInput as exc:
            # Older API readings only accept 5|10 s: retry once with the nearest of those.
            legacy = _legacy_duration(body["duration"])
            if "duration" not in exc.detail.lower() or legacy == body["duration"]:
                raise
            body["duration"] = legacy
            response = self._request("POST", "/v1/image_to_video", json=body)
        task_id = str(self._json(response).get("id") or "")
        if not task_id:
            raise Retryable(
                "Runway did not return a task id. We will try again.",
                provider=self.name,
                detail=response.text[:300],
            )
        self._submitted_duration[task_id] = body["duration"]
        return task_id

    def expected_duration_s(self, spec: GenerationSpec) -> float:
        return float(runway_duration(spec))

    def ordered_duration_s(self, task_id: str, spec: GenerationSpec) -> float:
        submitted = self._submitted_duration.pop(task_id, None)
        return float(submitted) if submitted is not None else self.expected_duration_s(spec)

    def expected_aspect(self, spec: GenerationSpec, image: bytes) -> float | None:
        w, h = runway_ratio(spec, self.model).split(":")
        return int(w) / int(h)

    # -- poll ------------------------------------------------------------------------------
    def poll(self, task_id: str) -> TaskStatus:
        data = self._json(self._request("GET", f"/v1/tasks/{task_id}"))
        raw_status = str(data.get("status", "")).upper()
        state = _STATES.get(raw_status)
        if state is None:
            raise Retryable(
                "Runway sent a status we do not understand. We will try again.",
                provider=self.name,
                detail=f"task {task_id}: status {raw_status!r}",
            )
        output = data.get("output") or []
        error = None
        if state is TaskState.FAILED:
            error = self.failure_error(
                str(data.get("failureCode") or ""), str(data.get("failure") or "")
            )
        return TaskStatus(
            state=state,
            progress=data.get("progress"),
            output_url=output[0] if output else None,
            error=error,
            throttled=raw_status == "THROTTLED",
            raw=data,
        )

    def failure_error(self, code: str, message: str) -> ProviderError:
        """Runway failure codes: SAFETY.*, INPUT_PREPROCESSING.SAFETY.* (policy),
        ASSET.INVALID / INPUT_PREPROCESSING.* (our input), INTERNAL.* (theirs)."""
        detail = f"{code}: {message}" if code else message
        if "SAFETY" in code.upper():
            return self.content_error(detail)
        if code.upper().startswith(("ASSET", "INPUT_PREPROCESSING")):
            return InvalidInput(
                "Runway could not use this photo. Try a different photo.",
                provider=self.name,
                detail=detail,
            )
        if not code:
            return self.task_failure(detail)
        return Retryable(
            "Runway could not make this clip. We will try again.",
            provider=self.name,
            detail=detail,
        )

    def check_still_waiting(self, task_id: str, status: TaskStatus) -> None:
        if not status.throttled:
            self._throttled_since.pop(task_id, None)
            return
        since = self._throttled_since.setdefault(task_id, self._clock())
        if self._clock() - since > self.throttled_limit_s:
            self._cancel_quietly(task_id)
            raise Throttled(
                "Runway is at capacity for our account and queued the clip too long. We "
                "will try again shortly or use another provider.",
                provider=self.name,
                detail=f"task {task_id} THROTTLED for over {self.throttled_limit_s:g}s",
                retry_after_s=None,
            )

    def cancel(self, task_id: str) -> None:
        self._request("DELETE", f"/v1/tasks/{task_id}")

    def estimate_cost_cents(self, spec: GenerationSpec) -> int:
        return self.cost_from_rate(spec, CENTS_PER_SECOND.get(self.model, 5))
