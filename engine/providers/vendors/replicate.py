"""Replicate predictions (api.replicate.com).

`model` is "owner/name" (official model endpoint) or "owner/name:version" (a pinned
version). Inputs differ per model, so the input builder is configurable: by default it
fits the Kling-on-Replicate family (`prompt`, `start_image`, `duration`, `aspect_ratio`).
Webhooks are signed (see callbacks.py).
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

import httpx

from engine.providers.errors import InvalidInput, ProviderError, Retryable, Throttled
from engine.providers.http import (
    RemoteProvider,
    data_uri,
    image_aspect,
    nearest_ratio,
    spec_aspect,
    vendor_prompt,
)
from engine.providers.protocol import TaskState, TaskStatus
from engine.spec import GenerationSpec

ASPECTS = {"16:9": 16 / 9, "9:16": 9 / 16, "1:1": 1.0}
_STATES = {
    "starting": TaskState.PENDING,
    "processing": TaskState.RUNNING,
    "succeeded": TaskState.SUCCEEDED,
    "failed": TaskState.FAILED,
    "canceled": TaskState.CANCELED,
    "aborted": TaskState.CANCELED,
}
_RESETS_IN = re.compile(r"resets in ~?(\d+(?:\.\d+)?)\s*s", re.IGNORECASE)


def replicate_aspect(spec: GenerationSpec) -> str:
    return nearest_ratio(spec_aspect(spec), ASPECTS)


def replicate_duration(spec: GenerationSpec) -> int:
    return 5 if spec.duration_s <= 7 else 10


class ReplicateProvider(RemoteProvider):
    name: ClassVar[str] = "replicate"
    default_base_url: ClassVar[str] = "https://api.replicate.com"
    default_poll_interval_s: ClassVar[float] = 2.0
    vendor_label: ClassVar[str] = "Replicate"
    aspect_is_exact: ClassVar[bool] = False

    def __init__(
        self,
        *,
        api_token: str,
        model: str = "kwaivgi/kling-v2.1",
        image_param: str = "start_image",
        cost_cents_per_second: float | None = None,
        **kw: Any,
    ) -> None:
        super().__init__(model=model, cost_cents_per_second=cost_cents_per_second, **kw)
        if "/" not in model.split(":")[0]:
            raise ValueError("Replicate model must look like owner/name or owner/name:version")
        self._api_token = api_token
        self.image_param = image_param

    def _auth_headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self._api_token}"}

    def build_input(
        self, *, image: bytes, image_mime: str, spec: GenerationSpec, image_url: str | None
    ) -> dict[str, Any]:
        return {
            "prompt": vendor_prompt(spec, empty="subtle natural motion"),
            self.image_param: image_url or data_uri(image, image_mime),
            "duration": replicate_duration(spec),
            "aspect_ratio": replicate_aspect(spec),
        }

    def submit(
        self,
        *,
        image: bytes,
        image_mime: str,
        spec: GenerationSpec,
        callback_url: str | None = None,
        image_url: str | None = None,
    ) -> str:
        body: dict[str, Any] = {
            "input": self.build_input(
                image=image, image_mime=image_mime, spec=spec, image_url=image_url
            )
        }
        if callback_url:
            body["webhook"] = callback_url
            body["webhook_events_filter"] = ["completed"]
        owner_name, _, version = self.model.partition(":")
        if version:
            body["version"] = version
            path = "/v1/predictions"
        else:
            path = f"/v1/models/{owner_name}/predictions"
        data = self._json(self._request("POST", path, json=body))
        task_id = str(data.get("id") or "")
        if not task_id:
            raise Retryable(
                "Replicate did not return a prediction id. We will try again.",
                provider=self.name,
                detail=str(data)[:300],
            )
        return task_id

    def expected_duration_s(self, spec: GenerationSpec) -> float:
        return float(replicate_duration(spec))

    def expected_aspect(self, spec: GenerationSpec, image: bytes) -> float | None:
        # Image-to-video models on Replicate mostly ignore aspect_ratio when given a start
        # image and follow the photo instead.
        return image_aspect(image) or ASPECTS[replicate_aspect(spec)]

    def poll(self, task_id: str) -> TaskStatus:
        data = self._json(self._request("GET", f"/v1/predictions/{task_id}"))
        return self.status_from_payload(data)

    def status_from_payload(self, data: dict[str, Any]) -> TaskStatus:
        raw_state = str(data.get("status", "")).lower()
        state = _STATES.get(raw_state)
        if state is None:
            raise Retryable(
                "Replicate sent a status we do not understand. We will try again.",
                provider=self.name,
                detail=f"status {raw_state!r}",
            )
        output = data.get("output")
        if isinstance(output, list):
            output = output[-1] if output else None
        if isinstance(output, dict):
            output = output.get("video") or output.get("url")
        error = None
        if state is TaskState.FAILED:
            error = self.task_failure(str(data.get("error") or "failed"))
        return TaskStatus(
            state=state,
            output_url=output if isinstance(output, str) else None,
            error=error,
            raw=data,
        )

    def cancel(self, task_id: str) -> None:
        self._request("POST", f"/v1/predictions/{task_id}/cancel")

    def estimate_cost_cents(self, spec: GenerationSpec) -> int:
        return self.cost_from_rate(spec, 5)

    def error_from_response(self, response: httpx.Response) -> ProviderError:
        error = self.default_error(response)
        if isinstance(error, Throttled) and error.retry_after_s is None:
            # 429 {"detail": "... Your rate limit resets in ~30s."}
            match = _RESETS_IN.search(error.detail)
            if match:
                error.retry_after_s = float(match.group(1))
        if isinstance(error, InvalidInput) and response.status_code == 404:
            error.message = "Replicate does not know the configured model. Check its name."
        return error
