"""Fake fal.ai queue: POST /{endpoint_id}[?fal_webhook=...], and under owner/alias only:
GET .../requests/{id}/status, GET .../requests/{id}, PUT .../requests/{id}/cancel.

`Authorization: Key <FAL_KEY>`. IN_QUEUE -> IN_PROGRESS -> COMPLETED (a failed task is
COMPLETED with `error`). Webhooks are signed with an Ed25519 key whose JWKS the fake serves
at /.well-known/jwks.json.
"""

from __future__ import annotations

import base64
import hashlib
import json
import time
from typing import Any

import httpx
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from tests.fakes.server import Request, Response
from tests.fakes.video_vendor import (
    FakeTask,
    FakeVideoVendor,
    image_aspect_from_bytes,
    image_from_data_uri,
)


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


class FakeFal(FakeVideoVendor):
    def __init__(
        self,
        *,
        api_key: str = "fal-key-id:fal-key-secret",
        endpoint_id: str = "fal-ai/kling-video/v1.6/pro/image-to-video",
        polls_until_done: int = 2,
    ) -> None:
        super().__init__(polls_until_done=polls_until_done)
        self.api_key = api_key
        self.endpoint_id = endpoint_id
        self.app_path = "/".join(endpoint_id.split("/")[:2])
        self.user_id = "user-123"
        self.signing_key = Ed25519PrivateKey.generate()
        base = f"/{self.app_path}/requests/{{id}}"
        self.route("GET", "/.well-known/jwks.json", self._jwks)
        self.route("GET", f"{base}/status", self._status)
        self.route("GET", base, self._result)
        self.route("PUT", f"{base}/cancel", self._cancel)
        self.route("POST", f"/{endpoint_id}", self._submit)

    @property
    def jwks(self) -> dict[str, Any]:
        raw = self.signing_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        return {"keys": [{"kty": "OKP", "crv": "Ed25519", "x": _b64url(raw), "kid": "k1"}]}

    def _jwks(self, request: Request) -> Response:
        return Response(200, self.jwks)

    def fault(self, kind: str) -> Response:
        if kind in ("500", "503"):
            return Response(
                int(kind), {"detail": "Internal error"}, {"x-fal-error-type": "internal_error"}
            )
        if kind == "429":
            headers = {"Retry-After": self.retry_after} if self.retry_after else {}
            return Response(429, {"detail": "Too many requests"}, headers)
        if kind == "quota":
            return Response(
                403, {"detail": "User is locked. Reason: Exhausted balance. Top up your balance."}
            )
        if kind == "invalid":
            return Response(
                422,
                {
                    "detail": [
                        {
                            "loc": ["body", "image_url"],
                            "msg": "field required",
                            "type": "value_error.missing",
                        }
                    ]
                },
            )
        if kind == "content":
            return Response(
                422,
                {
                    "detail": "The content could not be processed because it was flagged.",
                    "error_type": "content_policy_violation",
                },
                {"x-fal-error-type": "content_policy_violation"},
            )
        if kind == "auth":
            return Response(401, {"detail": "Invalid key"})
        raise ValueError(f"unknown fal fault {kind!r}")

    def _auth_error(self, request: Request) -> Response | None:
        if request.headers.get("authorization") != f"Key {self.api_key}":
            return self.fault("auth")
        return None

    def _submit(self, request: Request) -> Response:
        if (error := self._auth_error(request)) is not None:
            return error
        if (scripted := self.scripted_fault(self.submit_faults)) is not None:
            return scripted
        body = request.json() or {}
        image_url = body.get("image_url")
        if not isinstance(image_url, str) or not image_url.startswith(("data:", "http")):
            return self.fault("invalid")
        if body.get("duration") not in ("5", "10"):
            return Response(
                422, {"detail": [{"loc": ["body", "duration"], "msg": "must be '5' or '10'"}]}
            )
        raw = image_from_data_uri(image_url)
        aspect = (image_aspect_from_bytes(raw) if raw else None) or 9 / 16
        webhook = (request.query.get("fal_webhook") or [None])[0]
        task = self.new_task(
            body, aspect=aspect, duration_s=float(body["duration"]), callback_url=webhook
        )
        base = f"{self.url}/{self.app_path}/requests/{task.id}"
        return Response(
            200,
            {
                "request_id": task.id,
                "gateway_request_id": task.id,
                "response_url": base,
                "status_url": f"{base}/status",
                "cancel_url": f"{base}/cancel",
            },
        )

    def _status(self, request: Request) -> Response:
        if (error := self._auth_error(request)) is not None:
            return error
        if (scripted := self.scripted_fault(self.poll_faults)) is not None:
            return scripted
        task = self.tasks.get(request.params["id"])
        if task is None:
            return Response(404, {"detail": "Request not found"})
        phase = self.advance(task)
        body: dict[str, Any] = {
            "request_id": task.id,
            "response_url": f"{self.url}/{self.app_path}/requests/{task.id}",
            "logs": None,
            "metrics": {},
        }
        if phase == "pending":
            return Response(202, {**body, "status": "IN_QUEUE", "queue_position": 0})
        if phase == "running":
            return Response(202, {**body, "status": "IN_PROGRESS"})
        if phase == "canceled":
            return Response(
                200,
                {
                    **body,
                    "status": "COMPLETED",
                    "error": "Request canceled",
                    "error_type": "request_canceled",
                },
            )
        if task.outcome == "content":
            return Response(
                200,
                {
                    **body,
                    "status": "COMPLETED",
                    "error": "Output flagged by the content checker",
                    "error_type": "content_policy_violation",
                },
            )
        if task.outcome == "internal":
            return Response(
                200,
                {
                    **body,
                    "status": "COMPLETED",
                    "error": "Internal error",
                    "error_type": "internal_error",
                },
            )
        return Response(200, {**body, "status": "COMPLETED", "metrics": {"inference_time": 1}})

    def result_payload(self, task: FakeTask) -> dict[str, Any]:
        return {"video": {"url": self.result_url(task), "content_type": "video/mp4"}}

    def _result(self, request: Request) -> Response:
        if (error := self._auth_error(request)) is not None:
            return error
        task = self.tasks.get(request.params["id"])
        if task is None:
            return Response(404, {"detail": "Request not found"})
        if self.phase(task) != "done":
            return Response(400, {"detail": "Request is still in progress"})
        return Response(200, self.result_payload(task))

    def _cancel(self, request: Request) -> Response:
        if (error := self._auth_error(request)) is not None:
            return error
        task = self.tasks.get(request.params["id"])
        if task is None:
            return Response(404, {"detail": "Request not found"})
        task.canceled = True
        return Response(202, {"status": "CANCELLATION_REQUESTED"})

    def signed_callback(
        self, task_id: str, *, bad_signature: bool = False, timestamp: int | None = None
    ) -> tuple[dict[str, str], bytes]:
        task = self.tasks[task_id]
        self.finish(task)
        body = json.dumps(
            {
                "request_id": task.id,
                "gateway_request_id": task.id,
                "status": "OK",
                "payload": self.result_payload(task),
            }
        ).encode()
        ts = str(int(time.time()) if timestamp is None else timestamp)
        message = "\n".join([task.id, self.user_id, ts, hashlib.sha256(body).hexdigest()])
        signer = Ed25519PrivateKey.generate() if bad_signature else self.signing_key
        signature = signer.sign(message.encode()).hex()
        headers = {
            "Content-Type": "application/json",
            "X-Fal-Webhook-Request-Id": task.id,
            "X-Fal-Webhook-User-Id": self.user_id,
            "X-Fal-Webhook-Timestamp": ts,
            "X-Fal-Webhook-Signature": signature,
        }
        return headers, body

    def send_callback(self, task_id: str, **kw: Any) -> httpx.Response:
        headers, body = self.signed_callback(task_id, **kw)
        url = self.tasks[task_id].callback_url
        assert url, "the request was submitted without fal_webhook"
        return httpx.post(url, content=body, headers=headers, timeout=5)
