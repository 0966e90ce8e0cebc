"""Fake Luma Dream Machine API under /dream-machine/v1.

POST /generations/video (the current SDK) and POST /generations (the docs) both create,
unless `legacy_path_only` (then only /generations exists). GET/DELETE /generations/{id}.
The photo must come by URL (keyframes.frame0). States queued -> dreaming -> completed.
Callbacks are unsigned: `send_callback` posts whatever generation JSON it is given.
"""

from __future__ import annotations

from typing import Any

import httpx

from tests.fakes.server import Request, Response
from tests.fakes.video_vendor import FakeTask, FakeVideoVendor

PREFIX = "/dream-machine/v1"
ASPECTS = {
    "1:1": 1.0,
    "16:9": 16 / 9,
    "9:16": 9 / 16,
    "4:3": 4 / 3,
    "3:4": 3 / 4,
    "21:9": 21 / 9,
    "9:21": 9 / 21,
}
MODELS = {"ray-1-6", "ray-2", "ray-flash-2"}


class FakeLuma(FakeVideoVendor):
    def __init__(self, *, api_key: str = "luma-test", polls_until_done: int = 2) -> None:
        super().__init__(polls_until_done=polls_until_done)
        self.api_key = api_key
        self.legacy_path_only = False
        self.route("POST", f"{PREFIX}/generations/video", self._create_sdk_path)
        self.route("POST", f"{PREFIX}/generations", self._create)
        self.route("GET", f"{PREFIX}/generations/{{id}}", self._get)
        self.route("DELETE", f"{PREFIX}/generations/{{id}}", self._delete)

    @property
    def api_base(self) -> str:
        return self.url + PREFIX

    def fault(self, kind: str) -> Response:
        if kind in ("500", "503"):
            return Response(int(kind), {"detail": "Internal Server Error"})
        if kind == "429":
            headers = {"Retry-After": self.retry_after} if self.retry_after else {}
            return Response(429, {"detail": "Too many requests"}, headers)
        if kind == "content":
            return Response(
                400, {"detail": "400: prompt not allowed because advanced moderation failed"}
            )
        if kind == "quota":
            return Response(400, {"detail": "Insufficient credits"})
        if kind == "invalid":
            return Response(400, {"detail": "Invalid aspect_ratio"})
        if kind == "auth":
            return Response(401, {"detail": "Invalid API key"})
        raise ValueError(f"unknown Luma fault {kind!r}")

    def _auth_error(self, request: Request) -> Response | None:
        if request.headers.get("authorization") != f"Bearer {self.api_key}":
            return self.fault("auth")
        return None

    def _create_sdk_path(self, request: Request) -> Response:
        if self.legacy_path_only:
            return Response(404, {"detail": "Not Found"})
        return self._create(request)

    def _create(self, request: Request) -> Response:
        if (error := self._auth_error(request)) is not None:
            return error
        if (scripted := self.scripted_fault(self.submit_faults)) is not None:
            return scripted
        body = request.json()
        problem = self._validate(body)
        if problem:
            return Response(400, {"detail": problem})
        task = self.new_task(
            body,
            aspect=ASPECTS[body["aspect_ratio"]],
            duration_s=float(body["duration"].rstrip("s")),
            callback_url=body.get("callback_url"),
        )
        return Response(201, self.generation(task, "queued"))

    def _validate(self, body: dict[str, Any]) -> str | None:
        if body.get("model") not in MODELS:
            return "Invalid model"
        if body.get("aspect_ratio") not in ASPECTS:
            return "Invalid aspect_ratio"
        if body.get("duration") not in ("5s", "9s"):
            return "Invalid duration"
        if body.get("resolution") not in ("540p", "720p", "1080p", "4k"):
            return "Invalid resolution"
        frame0 = (body.get("keyframes") or {}).get("frame0") or {}
        if frame0.get("type") != "image" or not str(frame0.get("url", "")).startswith("http"):
            return "keyframes.frame0 must be an image URL"
        return None

    def generation(self, task: FakeTask, phase: str) -> dict[str, Any]:
        body: dict[str, Any] = {
            "id": task.id,
            "model": task.body.get("model"),
            "created_at": "2025-01-01T00:00:00Z",
            "request": task.body,
            "failure_reason": None,
            "assets": None,
        }
        if phase in ("pending", "queued"):
            return {**body, "state": "queued"}
        if phase == "running":
            return {**body, "state": "dreaming"}
        if task.outcome == "content":
            return {
                **body,
                "state": "failed",
                "failure_reason": "Prompt not allowed because advanced moderation failed",
            }
        if task.outcome == "internal":
            return {**body, "state": "failed", "failure_reason": "Internal server error"}
        return {**body, "state": "completed", "assets": {"video": self.result_url(task)}}

    def _get(self, request: Request) -> Response:
        if (error := self._auth_error(request)) is not None:
            return error
        if (scripted := self.scripted_fault(self.poll_faults)) is not None:
            return scripted
        task = self.tasks.get(request.params["id"])
        if task is None:
            return Response(404, {"detail": "Generation not found"})
        return Response(200, self.generation(task, self.advance(task)))

    def _delete(self, request: Request) -> Response:
        if (error := self._auth_error(request)) is not None:
            return error
        task = self.tasks.get(request.params["id"])
        if task is None:
            return Response(404, {"detail": "Generation not found"})
        task.canceled = True
        return Response(204, b"")

    def send_callback(self, url: str, payload: dict[str, Any]) -> httpx.Response:
        """POST a (possibly forged) generation JSON, unsigned, as Luma does."""
        return httpx.post(url, json=payload, timeout=5)
