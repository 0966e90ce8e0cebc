"""fal.ai queue API (queue.fal.run).

Submit to the full endpoint id; status, result and cancel live under `owner/alias` only
(fal-ai/kling-video/v1.6/pro/image-to-video is polled at /fal-ai/kling-video/requests/{id}).
We build those URLs ourselves rather than following the URLs in the reply, so a reply can
never point us elsewhere. COMPLETED can still carry an error. Webhooks are Ed25519-signed.
"""

from __future__ import annotations

from typing import Any, ClassVar

import httpx

from engine.providers.errors import ProviderError, QuotaExhausted, Retryable
from engine.providers.http import (
    CONTENT_WORDS,
    QUOTA_WORDS,
    RemoteProvider,
    data_uri,
    image_aspect,
    mentions,
    vendor_prompt,
)
from engine.providers.protocol import TaskState, TaskStatus
from engine.spec import GenerationSpec

_STATES = {
    "IN_QUEUE": TaskState.PENDING,
    "IN_PROGRESS": TaskState.RUNNING,
    "COMPLETED": TaskState.SUCCEEDED,
}


def fal_app_path(endpoint_id: str) -> str:
    """`owner/alias` of an endpoint id (the queue's status/result URLs use only this)."""
    parts = endpoint_id.strip("/").split("/")
    if len(parts) < 2:
        raise ValueError("fal endpoint id must look like owner/alias[/path]")
    return "/".join(parts[:2])


def fal_duration(spec: GenerationSpec) -> str:
    return "5" if spec.duration_s <= 7 else "10"


class FalProvider(RemoteProvider):
    name: ClassVar[str] = "fal"
    default_base_url: ClassVar[str] = "https://queue.fal.run"
    default_poll_interval_s: ClassVar[float] = 2.0
    vendor_label: ClassVar[str] = "fal.ai"
    aspect_is_exact: ClassVar[bool] = False

    def __init__(
        self,
        *,
        api_key: str,
        endpoint_id: str = "fal-ai/kling-video/v1.6/pro/image-to-video",
        **kw: Any,
    ) -> None:
        super().__init__(model=endpoint_id, **kw)
        self._api_key = api_key
        self.endpoint_id = endpoint_id.strip("/")
        self.app_path = fal_app_path(self.endpoint_id)

    def _auth_headers(self) -> dict[str, str]:
        return {"Authorization": f"Key {self._api_key}"}

    def build_input(
        self, *, image: bytes, image_mime: str, spec: GenerationSpec, image_url: str | None
    ) -> dict[str, Any]:
        return {
            "prompt": vendor_prompt(spec, empty="subtle natural motion"),
            "image_url": image_url or data_uri(image, image_mime),
            "duration": fal_duration(spec),
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
        body = self.build_input(image=image, image_mime=image_mime, spec=spec, image_url=image_url)
        params = {"fal_webhook": callback_url} if callback_url else None
        data = self._json(self._request("POST", f"/{self.endpoint_id}", json=body, params=params))
        task_id = str(data.get("request_id") or "")
        if not task_id:
            raise Retryable(
                "fal.ai did not return a request id. We will try again.",
                provider=self.name,
                detail=str(data)[:300],
            )
        return task_id

    def expected_duration_s(self, spec: GenerationSpec) -> float:
        return float(fal_duration(spec))

    def expected_aspect(self, spec: GenerationSpec, image: bytes) -> float | None:
        return image_aspect(image)  # Kling-on-fal follows the photo's shape

    def poll(self, task_id: str) -> TaskStatus:
        base = f"/{self.app_path}/requests/{task_id}"
        data = self._json(self._request("GET", f"{base}/status"))
        raw_state = str(data.get("status", "")).upper()
        state = _STATES.get(raw_state)
        if state is None:
            raise Retryable(
                "fal.ai sent a status we do not understand. We will try again.",
                provider=self.name,
                detail=f"status {raw_state!r}",
            )
        if state is not TaskState.SUCCEEDED:
            return TaskStatus(state=state, raw=data)
        if data.get("error"):
            error = self.error_for_type(str(data.get("error_type") or ""), str(data["error"]))
            return TaskStatus(state=TaskState.FAILED, error=error, raw=data)
        result = self._json(self._request("GET", base))
        return self.status_from_result(result)

    def status_from_result(self, result: dict[str, Any]) -> TaskStatus:
        video = result.get("video") if isinstance(result, dict) else None
        url = video.get("url") if isinstance(video, dict) else None
        return TaskStatus(state=TaskState.SUCCEEDED, output_url=url, raw=result)

    def cancel(self, task_id: str) -> None:
        self._request("PUT", f"/{self.app_path}/requests/{task_id}/cancel")

    def estimate_cost_cents(self, spec: GenerationSpec) -> int:
        return self.cost_from_rate(spec, 10)

    def error_for_type(
        self, error_type: str, detail: str, status: int | None = None
    ) -> ProviderError:
        text = f"{error_type}: {detail}" if error_type else detail
        if "content_policy" in error_type or mentions(detail, CONTENT_WORDS):
            return self.content_error(text, status_code=status)
        return Retryable(
            "fal.ai could not make this clip. We will try again.",
            provider=self.name,
            detail=text,
            status_code=status,
        )

    def error_from_response(self, response: httpx.Response) -> ProviderError:
        detail = self.body_detail(response)
        error_type = response.headers.get("x-fal-error-type", "")
        try:
            body = response.json()
            if isinstance(body, dict) and body.get("error_type"):
                error_type = str(body["error_type"])
        except ValueError:
            pass
        if response.status_code in (401, 403) and mentions(detail, QUOTA_WORDS):
            # fal: 403 "User is locked. Reason: Exhausted balance."
            return QuotaExhausted(
                "fal.ai has no credit left on our account. We switched to another provider "
                "and told the operators.",
                provider=self.name,
                detail=detail,
                status_code=response.status_code,
            )
        if "content_policy" in error_type:
            return self.content_error(f"{error_type}: {detail}", status_code=response.status_code)
        text = f"{error_type}: {detail}" if error_type else detail
        return self.default_error(response, detail=text)
