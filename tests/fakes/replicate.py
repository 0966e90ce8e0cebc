"""Fake Replicate API: predictions by model (POST /v1/models/{owner}/{name}/predictions)
or by version (POST /v1/predictions), GET /v1/predictions/{id}, POST .../cancel.

Bearer auth; RFC 7807 error bodies; a 429 says when the limit resets in its detail (and
sends Retry-After only if `retry_after` is set). Statuses starting -> processing ->
succeeded. `send_callback` POSTs the prediction signed like Replicate's webhooks.
"""

from __future__ import annotations

import base64
import json
import os
import time
import uuid
from typing import Any

import httpx

from tests.fakes.server import Request, Response
from tests.fakes.video_vendor import (
    FakeTask,
    FakeVideoVendor,
    image_aspect_from_bytes,
    image_from_data_uri,
)

ASPECTS = {"16:9": 16 / 9, "9:16": 9 / 16, "1:1": 1.0}


def _signature(secret: str, webhook_id: str, timestamp: str, body: bytes) -> str:
    # Written out here (not imported from our code) so the fake is an independent check.
    import hashlib
    import hmac

    key = base64.b64decode(secret.split("_", 1)[1])
    digest = hmac.new(key, f"{webhook_id}.{timestamp}.".encode() + body, hashlib.sha256)
    return "v1," + base64.b64encode(digest.digest()).decode()


class FakeReplicate(FakeVideoVendor):
    def __init__(
        self,
        *,
        api_token: str = "r8_test",
        model: str = "kwaivgi/kling-v2.1",
        polls_until_done: int = 2,
    ) -> None:
        super().__init__(polls_until_done=polls_until_done)
        self.api_token = api_token
        self.model = model
        self.retry_after = None  # Replicate states the reset time in the detail text
        self.webhook_secret = "whsec_" + base64.b64encode(os.urandom(32)).decode()
        self.route("POST", "/v1/models/{owner}/{name}/predictions", self._create_by_model)
        self.route("POST", "/v1/predictions", self._create_by_version)
        self.route("GET", "/v1/predictions/{id}", self._get)
        self.route("POST", "/v1/predictions/{id}/cancel", self._cancel)

    def problem(self, status: int, title: str, detail: str, **headers: str) -> Response:
        body = {"type": "about:blank", "title": title, "status": status, "detail": detail}
        return Response(
            status,
            json.dumps(body).encode(),
            {"Content-Type": "application/problem+json", **headers},
        )

    def fault(self, kind: str) -> Response:
        if kind in ("500", "503"):
            return self.problem(int(kind), "Server error", "Internal server error")
        if kind == "429":
            headers = {"Retry-After": self.retry_after} if self.retry_after else {}
            return self.problem(
                429,
                "Request was throttled",
                "Request was throttled. Your rate limit resets in ~7s.",
                **headers,
            )
        if kind == "quota":
            return self.problem(
                402, "Payment required", "You have insufficient credit to run this model."
            )
        if kind == "invalid":
            return self.problem(422, "Input validation failed", "- input.duration: must be 5 or 10")
        if kind == "content":
            return self.problem(
                422, "Input validation failed", "The input was flagged as sensitive (E005)"
            )
        if kind == "auth":
            return self.problem(401, "Unauthenticated", "You did not pass a valid token")
        raise ValueError(f"unknown Replicate fault {kind!r}")

    def _auth_error(self, request: Request) -> Response | None:
        if request.headers.get("authorization") != f"Bearer {self.api_token}":
            return self.fault("auth")
        return None

    def _create_by_model(self, request: Request) -> Response:
        model = f"{request.params['owner']}/{request.params['name']}"
        if model != self.model:
            return self.problem(404, "Not found", f"Model {model} not found")
        return self._create(request, version=None)

    def _create_by_version(self, request: Request) -> Response:
        body = request.json() or {}
        if not body.get("version"):
            return self.problem(422, "Input validation failed", "version is required")
        return self._create(request, version=body["version"])

    def _create(self, request: Request, *, version: str | None) -> Response:
        if (error := self._auth_error(request)) is not None:
            return error
        if (scripted := self.scripted_fault(self.submit_faults)) is not None:
            return scripted
        body = request.json()
        inputs = body.get("input") or {}
        if inputs.get("duration") not in (5, 10):
            return self.fault("invalid")
        image = inputs.get("start_image")
        if not isinstance(image, str) or not image.startswith(("data:", "http")):
            return self.problem(422, "Input validation failed", "- input.start_image: required")
        raw = image_from_data_uri(image)
        aspect = ASPECTS.get(inputs.get("aspect_ratio", ""))
        if aspect is None:
            aspect = (image_aspect_from_bytes(raw) if raw else None) or 9 / 16
        task = self.new_task(
            body,
            aspect=aspect,
            duration_s=float(inputs["duration"]),
            callback_url=body.get("webhook"),
            task_id=uuid.uuid4().hex[:26],
        )
        task.extra["version"] = version or "fake-version"
        return Response(201, self.prediction(task, "starting"))

    def prediction(self, task: FakeTask, phase: str) -> dict[str, Any]:
        body: dict[str, Any] = {
            "id": task.id,
            "model": self.model,
            "version": task.extra.get("version"),
            "input": task.body.get("input"),
            "output": None,
            "error": None,
            "logs": "",
            "metrics": {},
            "created_at": "2025-01-01T00:00:00Z",
            "urls": {
                "get": f"{self.url}/v1/predictions/{task.id}",
                "cancel": f"{self.url}/v1/predictions/{task.id}/cancel",
            },
        }
        if phase == "canceled":
            return {**body, "status": "canceled"}
        if phase in ("pending", "starting"):
            return {**body, "status": "starting"}
        if phase == "running":
            return {**body, "status": "processing"}
        if task.outcome == "content":
            return {
                **body,
                "status": "failed",
                "error": "The input or output was flagged as sensitive. (E005)",
            }
        if task.outcome == "internal":
            return {**body, "status": "failed", "error": "CUDA error: out of memory"}
        return {**body, "status": "succeeded", "output": self.result_url(task)}

    def _get(self, request: Request) -> Response:
        if (error := self._auth_error(request)) is not None:
            return error
        if (scripted := self.scripted_fault(self.poll_faults)) is not None:
            return scripted
        task = self.tasks.get(request.params["id"])
        if task is None:
            return self.problem(404, "Not found", "Prediction not found")
        return Response(200, self.prediction(task, self.advance(task)))

    def _cancel(self, request: Request) -> Response:
        if (error := self._auth_error(request)) is not None:
            return error
        task = self.tasks.get(request.params["id"])
        if task is None:
            return self.problem(404, "Not found", "Prediction not found")
        task.canceled = True
        return Response(200, self.prediction(task, "canceled"))

    def signed_callback(
        self,
        task_id: str,
        *,
        bad_signature: bool = False,
        timestamp: int | None = None,
    ) -> tuple[dict[str, str], bytes]:
        """Headers and body of the webhook Replicate would send for a finished task."""
        task = self.tasks[task_id]
        self.finish(task)
        body = json.dumps(self.prediction(task, "done")).encode()
        webhook_id = f"msg_{uuid.uuid4().hex}"
        ts = str(int(time.time()) if timestamp is None else timestamp)
        signature = _signature(self.webhook_secret, webhook_id, ts, body)
        if bad_signature:
            signature = "v1," + base64.b64encode(os.urandom(32)).decode()
        headers = {
            "Content-Type": "application/json",
            "webhook-id": webhook_id,
            "webhook-timestamp": ts,
            "webhook-signature": signature,
        }
        return headers, body

    def send_callback(self, task_id: str, **kw: Any) -> httpx.Response:
        headers, body = self.signed_callback(task_id, **kw)
        url = self.tasks[task_id].callback_url
        assert url, "the prediction was created without a webhook"
        return httpx.post(url, content=body, headers=headers, timeout=5)
