"""Fake Runway API: POST /v1/image_to_video, GET/DELETE /v1/tasks/{id}.

Checks `Authorization: Bearer <key>` and `X-Runway-Version: 2024-11-06`, the camelCase
body (promptImage as data URI or https URL, ratio from the gen4_turbo list, integer
duration). `legacy_durations = True` makes it accept only 5|10 (the pre-2025-10 reading).
Task statuses PENDING -> RUNNING -> SUCCEEDED; outcome "throttled" stays THROTTLED.
"""

from __future__ import annotations

from typing import Any

from tests.fakes.server import Request, Response
from tests.fakes.video_vendor import FakeTask, FakeVideoVendor

API_VERSION = "2024-11-06"
RATIOS = {"1280:720", "720:1280", "1104:832", "832:1104", "960:960", "1584:672"}
MODELS = {"gen4_turbo", "gen4.5", "veo3", "veo3.1", "veo3.1_fast"}


class FakeRunway(FakeVideoVendor):
    def __init__(self, *, api_key: str = "key_test", polls_until_done: int = 2) -> None:
        super().__init__(polls_until_done=polls_until_done)
        self.api_key = api_key
        self.legacy_durations = False
        self.throttled_polls = 0  # the first N polls of each task say THROTTLED
        self.route("POST", "/v1/image_to_video", self._create)
        self.route("GET", "/v1/tasks/{id}", self._retrieve)
        self.route("DELETE", "/v1/tasks/{id}", self._delete)

    def fault(self, kind: str) -> Response:
        if kind in ("500", "503"):
            return Response(int(kind), {"error": "An unexpected error occurred."})
        if kind == "429":
            headers = {"Retry-After": self.retry_after} if self.retry_after else {}
            return Response(429, {"error": "You have exceeded your daily task limit."}, headers)
        if kind == "quota":
            return Response(400, {"error": "You do not have enough credits to run this task."})
        if kind == "invalid":
            return Response(400, {"error": "promptImage: Invalid data URI."})
        if kind == "auth":
            return Response(401, {"error": "Incorrect API key provided."})
        raise ValueError(f"unknown Runway fault {kind!r}")

    def _auth_error(self, request: Request) -> Response | None:
        if request.headers.get("authorization") != f"Bearer {self.api_key}":
            return self.fault("auth")
        if request.headers.get("x-runway-version") != API_VERSION:
            return Response(400, {"error": "Invalid or missing X-Runway-Version header."})
        return None

    def _create(self, request: Request) -> Response:
        if (error := self._auth_error(request)) is not None:
            return error
        if (scripted := self.scripted_fault(self.submit_faults)) is not None:
            return scripted
        body = request.json()
        problem = self._validate(body)
        if problem:
            return Response(400, {"error": problem})
        w, h = (int(x) for x in body["ratio"].split(":"))
        task = self.new_task(body, aspect=w / h, duration_s=float(body["duration"]))
        return Response(200, {"id": task.id})

    def _validate(self, body: dict[str, Any]) -> str | None:
        if body.get("model") not in MODELS:
            return "model: Invalid enum value."
        image = body.get("promptImage")
        if not isinstance(image, str) or not (
            image.startswith("https://") or image.startswith("data:image/")
        ):
            return "promptImage: Only HTTPS URLs or data URIs are allowed."
        if body.get("ratio") not in RATIOS:
            return "ratio: Invalid enum value."
        duration = body.get("duration")
        allowed = {5, 10} if self.legacy_durations else set(range(2, 11))
        if not isinstance(duration, int) or duration not in allowed:
            return f"duration: Invalid value, expected one of {sorted(allowed)}."
        if len(body.get("promptText", "")) > 1000:
            return "promptText: String must contain at most 1000 character(s)."
        return None

    def _retrieve(self, request: Request) -> Response:
        if (error := self._auth_error(request)) is not None:
            return error
        if (scripted := self.scripted_fault(self.poll_faults)) is not None:
            return scripted
        task = self.tasks.get(request.params["id"])
        if task is None:
            return Response(404, {"error": "Task not found."})
        return Response(200, self.task_body(task, self.advance(task)))

    def task_body(self, task: FakeTask, phase: str) -> dict[str, Any]:
        body: dict[str, Any] = {"id": task.id, "createdAt": "2025-01-01T00:00:00Z"}
        if phase == "canceled":
            return {**body, "status": "CANCELLED"}
        if task.outcome == "throttled" or (phase != "done" and task.polls <= self.throttled_polls):
            return {**body, "status": "THROTTLED"}
        if phase == "pending":
            return {**body, "status": "PENDING"}
        if phase == "running":
            return {**body, "status": "RUNNING", "progress": 0.5}
        if task.outcome == "content":
            return {
                **body,
                "status": "FAILED",
                "failure": "Your input image did not pass our content moderation.",
                "failureCode": "SAFETY.INPUT.IMAGE",
            }
        if task.outcome == "internal":
            return {
                **body,
                "status": "FAILED",
                "failure": "An internal error occurred.",
                "failureCode": "INTERNAL.BAD_OUTPUT.CODE01",
            }
        return {**body, "status": "SUCCEEDED", "output": [self.result_url(task)]}

    def _delete(self, request: Request) -> Response:
        if (error := self._auth_error(request)) is not None:
            return error
        task = self.tasks.get(request.params["id"])
        if task is None:
            return Response(404, {"error": "Task not found."})
        task.canceled = True
        return Response(204, b"")
