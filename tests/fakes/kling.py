"""Fake Kling API: POST /v1/videos/image2video, GET /v1/videos/image2video/{task_id}.

Verifies the HS256 JWT on every request (signature with the secret key, iss = access
key, exp and nbf present and current) and the body: raw base64 image (a `data:` prefix
is refused), at least 300 px per side, duration a string "5"/"10". Answers in Kling's
envelope {code, message, request_id, data}; errors pair an HTTP status with a code.

A motion brush (`dynamic_masks`, `static_mask`) is checked as Kling documents it: at most 6
groups, each mask a raw-base64 PNG the photo's size with something painted, each trajectory
2 to 77 integer {x, y} pixel points inside the photo; masks exclude `camera_control` and
`image_tail`.
"""

from __future__ import annotations

import base64
import binascii
import io
import time
import uuid
from typing import Any

import httpx
import jwt
from PIL import Image

from tests.fakes.server import Request, Response
from tests.fakes.video_vendor import FakeTask, FakeVideoVendor

MODELS = {
    "kling-v1",
    "kling-v1-5",
    "kling-v1-6",
    "kling-v2-master",
    "kling-v2-1",
    "kling-v2-1-master",
    "kling-v2-5-turbo",
    "kling-v2-6",
    "kling-v3",
}
# fault kind -> (HTTP status, code, message)
FAULTS = {
    "500": (500, 5000, "Internal server error"),
    "503": (503, 5001, "Service temporarily unavailable"),
    "429": (429, 1302, "The API request rate exceeds the limit"),
    "concurrency": (429, 1303, "Concurrency exceeds the resource pack limit"),
    "quota": (429, 1102, "Resource pack has been used up or expired"),
    "arrears": (429, 1101, "Account is in arrears"),
    "content": (400, 1301, "Content security policy triggered"),
    # The same code when the vendor says it was the prompt's words (a wording refusal).
    "content_text": (400, 1301, "Content security policy triggered by the prompt text"),
    "invalid": (400, 1201, "Invalid request parameters"),
    "auth": (401, 1000, "Authentication failed"),
    "ip": (429, 1304, "IP whitelist policy triggered"),
}


class FakeKling(FakeVideoVendor):
    def __init__(
        self,
        *,
        access_key: str = "ak_test",
        secret_key: str = "sk_test_secret_0123456789abcdef_0123456789",
        polls_until_done: int = 2,
    ) -> None:
        super().__init__(polls_until_done=polls_until_done)
        self.access_key = access_key
        self.secret_key = secret_key
        self.tokens: list[dict[str, Any]] = []
        self.route("POST", "/v1/videos/image2video", self._create)
        self.route("GET", "/v1/videos/image2video/{id}", self._query)

    def reset(self) -> None:
        super().reset()
        self.tokens.clear()

    def _envelope(self, status: int, code: int, message: str, data: Any = None) -> Response:
        body: dict[str, Any] = {"code": code, "message": message, "request_id": str(uuid.uuid4())}
        if data is not None:
            body["data"] = data
        return Response(status, body)

    def fault(self, kind: str) -> Response:
        status, code, message = FAULTS[kind]
        return self._envelope(status, code, message)

    def _auth_error(self, request: Request) -> Response | None:
        header = request.headers.get("authorization", "")
        if not header.startswith("Bearer "):
            return self._envelope(401, 1001, "Authorization is empty")
        try:
            claims = jwt.decode(
                header[7:],
                self.secret_key,
                algorithms=["HS256"],
                options={"require": ["iss", "exp", "nbf"]},
            )
        except jwt.ExpiredSignatureError:
            return self._envelope(401, 1004, "Authorization has expired")
        except jwt.ImmatureSignatureError:
            return self._envelope(401, 1003, "Authorization is not yet valid")
        except jwt.InvalidTokenError as exc:
            return self._envelope(401, 1002, f"Authorization is invalid: {exc}")
        if claims["iss"] != self.access_key:
            return self._envelope(401, 1002, "Authorization is invalid: unknown access key")
        if not 0 < claims["exp"] - time.time() <= 1800 + 5:
            return self._envelope(401, 1002, "Authorization exp out of range")
        self.tokens.append(claims)
        return None

    def _create(self, request: Request) -> Response:
        if (error := self._auth_error(request)) is not None:
            return error
        if (scripted := self.scripted_fault(self.submit_faults)) is not None:
            return scripted
        body = request.json()
        problem, aspect = self._validate(body)
        if problem:
            return self._envelope(400, 1201, problem)
        task = self.new_task(
            body,
            aspect=aspect,
            duration_s=float(body["duration"]),
            callback_url=body.get("callback_url"),
            task_id=f"kl{uuid.uuid4().hex[:16]}",
        )
        return self._envelope(200, 0, "SUCCEED", self.task_data(task, "submitted"))

    def _validate(self, body: dict[str, Any]) -> tuple[str | None, float]:
        if body.get("model_name") not in MODELS:
            return "model_name is invalid", 1.0
        image = body.get("image")
        if not isinstance(image, str) or not image:
            return "image is required", 1.0
        if image.startswith("data:"):
            return "image: base64 must not include a data: prefix", 1.0
        if image.startswith("http"):
            return None, 9 / 16  # by URL: the fake does not fetch it
        try:
            raw = base64.b64decode(image, validate=True)
            with Image.open(io.BytesIO(raw)) as im:
                width, height = im.size
        except (binascii.Error, ValueError, OSError):
            return "image: invalid base64 image", 1.0
        if min(width, height) < 300:
            return "image: width and height must be at least 300px", 1.0
        if body.get("duration") not in ("5", "10"):
            return "duration must be the string '5' or '10'", 1.0
        if body.get("mode", "std") not in ("std", "pro"):
            return "mode is invalid", 1.0
        if len(body.get("prompt", "")) > 2500:
            return "prompt is too long", 1.0
        problem = self._masks_problem(body, width, height)
        if problem:
            return problem, 1.0
        return None, width / height

    @staticmethod
    def _mask_problem(value: Any, what: str, width: int, height: int) -> str | None:
        if not isinstance(value, str) or not value or value.startswith("data:"):
            return f"{what}: raw base64 PNG required (no data: prefix)"
        try:
            raw = base64.b64decode(value, validate=True)
            with Image.open(io.BytesIO(raw)) as im:
                if im.format != "PNG":
                    return f"{what}: must be a PNG"
                if im.size != (width, height):
                    return f"{what}: size {im.size} differs from the image ({width}, {height})"
                if im.convert("L").getextrema()[1] == 0:
                    return f"{what}: nothing is painted"
        except (binascii.Error, ValueError, OSError):
            return f"{what}: invalid base64 image"
        return None

    def _masks_problem(self, body: dict[str, Any], width: int, height: int) -> str | None:
        dynamic = body.get("dynamic_masks")
        static = body.get("static_mask")
        if dynamic is None and static is None:
            return None
        if body.get("camera_control") or body.get("image_tail"):
            return "dynamic_masks/static_mask cannot be used with camera_control or image_tail"
        if static is not None:
            problem = self._mask_problem(static, "static_mask", width, height)
            if problem:
                return problem
        if dynamic is None:
            return None
        if not isinstance(dynamic, list) or not 1 <= len(dynamic) <= 6:
            return "dynamic_masks must be a list of 1 to 6 groups"
        for i, group in enumerate(dynamic):
            if not isinstance(group, dict) or set(group) != {"mask", "trajectories"}:
                return f"dynamic_masks[{i}] must have mask and trajectories"
            problem = self._mask_problem(group["mask"], f"dynamic_masks[{i}].mask", width, height)
            if problem:
                return problem
            points = group["trajectories"]
            if not isinstance(points, list) or not 2 <= len(points) <= 77:
                return f"dynamic_masks[{i}].trajectories must have 2 to 77 points"
            for point in points:
                if not isinstance(point, dict) or set(point) != {"x", "y"}:
                    return f"dynamic_masks[{i}].trajectories: points are {{x, y}} objects"
                x, y = point["x"], point["y"]
                if not all(isinstance(c, int) and not isinstance(c, bool) for c in (x, y)):
                    return f"dynamic_masks[{i}].trajectories: x and y are integer pixels"
                if not (0 <= x <= width and 0 <= y <= height):
                    return f"dynamic_masks[{i}].trajectories: ({x}, {y}) is outside the image"
        return None

    def task_data(self, task: FakeTask, phase: str) -> dict[str, Any]:
        data: dict[str, Any] = {
            "task_id": task.id,
            "task_status": "submitted",
            "task_status_msg": "",
            "task_info": {},
            "created_at": 1735689600000,
            "updated_at": 1735689600000,
        }
        if phase in ("pending", "submitted"):
            return data
        if phase == "running":
            return {**data, "task_status": "processing"}
        if task.outcome == "content":
            return {
                **data,
                "task_status": "failed",
                "task_status_msg": "Failure to pass the risk control system",
            }
        if task.outcome == "internal":
            return {**data, "task_status": "failed", "task_status_msg": "Internal error"}
        return {
            **data,
            "task_status": "succeed",
            "final_unit_deduction": "1",
            "task_result": {
                "videos": [
                    {
                        "id": f"v-{task.id}",
                        "url": self.result_url(task),
                        "duration": str(task.body["duration"]),
                    }
                ]
            },
        }

    def _query(self, request: Request) -> Response:
        if (error := self._auth_error(request)) is not None:
            return error
        if (scripted := self.scripted_fault(self.poll_faults)) is not None:
            return scripted
        task = self.tasks.get(request.params["id"])
        if task is None:
            return self._envelope(404, 1203, "Task not found")
        return self._envelope(200, 0, "SUCCEED", self.task_data(task, self.advance(task)))

    def send_callback(self, url: str, payload: dict[str, Any]) -> httpx.Response:
        """POST a (possibly forged) task JSON, unsigned, as Kling does."""
        return httpx.post(url, json=payload, timeout=5)
