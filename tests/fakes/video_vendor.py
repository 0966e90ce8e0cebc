"""Shared machinery for the video-provider fakes (runway, luma, kling, replicate, fal).

Each vendor fake subclasses `FakeVideoVendor`: it keeps tasks that move through the
vendor's states over N polls, serves the result video itself (a tiny real MP4 made with
PyAV, once per shape), and can be scripted to misbehave:

    fake.fail_submit("429", "500")     # the next two submits fail that way
    fake.fail_poll("503")              # the next status poll fails
    fake.outcome = "content"           # new tasks end in a content-policy failure
    fake.result = "corrupt"            # the result URL serves a broken / missing / wrong video

Fault kinds common to all fakes: timeout, 500, 503, 429, content, quota, invalid, auth
(each fake renders them in its vendor's error shape; some add their own, e.g. Kling's
"concurrency"). Task outcomes: ok, content, internal (Runway also: throttled).
Result kinds: ok, missing (404), corrupt, wrong_size, html.
"""

from __future__ import annotations

import base64
import functools
import io
import threading
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

import av
import numpy as np

from tests.fakes.server import FakeVendor, Request, Response


@functools.lru_cache(maxsize=32)
def make_mp4(width: int, height: int, duration_s: float, fps: int = 8) -> bytes:
    """A small real H.264 MP4 (moving gradient), made once per shape."""
    buf = io.BytesIO()
    with av.open(buf, mode="w", format="mp4") as container:
        stream = container.add_stream("libx264", rate=fps)
        stream.width, stream.height, stream.pix_fmt = width, height, "yuv420p"
        stream.time_base = Fraction(1, fps)
        stream.options = {"preset": "ultrafast"}
        ys, xs = np.mgrid[0:height, 0:width]
        for i in range(max(1, round(duration_s * fps))):
            img = np.stack(
                [(xs * 3 + i * 8) % 256, (ys * 2 + i * 4) % 256, np.full_like(xs, 128)], axis=-1
            ).astype(np.uint8)
            frame = av.VideoFrame.from_ndarray(img, format="rgb24")
            frame.pts = i
            for packet in stream.encode(frame):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
    return buf.getvalue()


def encode_bgr_mp4(
    frames: Iterable[np.ndarray], width: int, height: int, fps: int, *, crf: int = 23
) -> bytes:
    """BGR frames as a small real H.264 MP4 (what the fakes that render a photo serve)."""
    buf = io.BytesIO()
    with av.open(buf, mode="w", format="mp4") as container:
        stream = container.add_stream("libx264", rate=fps)
        stream.width, stream.height, stream.pix_fmt = width, height, "yuv420p"
        stream.time_base = Fraction(1, fps)
        stream.options = {"preset": "ultrafast", "crf": str(crf)}
        for i, bgr in enumerate(frames):
            frame = av.VideoFrame.from_ndarray(bgr, format="bgr24")
            frame.pts = i
            for packet in stream.encode(frame):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
    return buf.getvalue()


def corrupt_mp4() -> bytes:
    """Passes a container sniff (ftyp box) but does not decode."""
    return b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2" + bytes(range(256)) * 8


def size_for_aspect(aspect: float, short: int = 72) -> tuple[int, int]:
    if aspect < 1:
        width, height = short, round(short / aspect)
    else:
        width, height = round(short * aspect), short
    return width - width % 2, height - height % 2


def image_aspect_from_bytes(data: bytes) -> float | None:
    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as im:
            return im.size[0] / im.size[1]
    except Exception:
        return None


def image_from_data_uri(uri: str) -> bytes | None:
    if not uri.startswith("data:") or ";base64," not in uri:
        return None
    try:
        return base64.b64decode(uri.split(";base64,", 1)[1], validate=True)
    except ValueError:
        return None


@dataclass
class FakeTask:
    id: str
    body: dict[str, Any]
    aspect: float
    duration_s: float
    outcome: str
    result: str
    callback_url: str | None = None
    polls: int = 0
    canceled: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


class FakeVideoVendor(FakeVendor):
    """Base for the provider fakes; subclasses implement `fault` and the vendor routes."""

    def __init__(self, *, polls_until_done: int = 2) -> None:
        super().__init__()
        self.polls_until_done = polls_until_done
        self.submit_faults: list[str] = []
        self.poll_faults: list[str] = []
        self.outcome = "ok"
        self.result = "ok"
        self.retry_after: str | None = "2"
        self.slow_s = 1.5
        self.tasks: dict[str, FakeTask] = {}
        self._task_lock = threading.Lock()
        self.route("GET", "/files/{name}", self._serve_file)

    # -- scripting -------------------------------------------------------------------------
    def start(self) -> FakeVideoVendor:
        super().start()
        # Remember the scriptable knobs so one running fake can serve many tests.
        self._defaults = {
            k: v
            for k, v in vars(self).items()
            if not k.startswith("_") and isinstance(v, int | float | str | bool | type(None))
        }
        return self

    def reset(self) -> None:
        """Forget requests, tasks and scripted faults; restore the default knobs."""
        with self._task_lock:
            self.tasks.clear()
            self.submit_faults.clear()
            self.poll_faults.clear()
        with self._lock:
            self.requests.clear()
        for key, value in self._defaults.items():
            setattr(self, key, value)

    def fail_submit(self, *kinds: str) -> None:
        self.submit_faults.extend(kinds)

    def fail_poll(self, *kinds: str) -> None:
        self.poll_faults.extend(kinds)

    def _take(self, queue: list[str]) -> str | None:
        with self._task_lock:
            return queue.pop(0) if queue else None

    def fault(self, kind: str) -> Response:
        raise NotImplementedError

    def scripted_fault(self, queue: list[str]) -> Response | None:
        kind = self._take(queue)
        if kind is None:
            return None
        if kind == "timeout":
            response = self.fault("500")
            response.delay_s = self.slow_s
            return response
        return self.fault(kind)

    # -- tasks -----------------------------------------------------------------------------
    def new_task(
        self,
        body: dict[str, Any],
        *,
        aspect: float,
        duration_s: float,
        callback_url: str | None = None,
        task_id: str | None = None,
    ) -> FakeTask:
        task = FakeTask(
            id=task_id or str(uuid.uuid4()),
            body=body,
            aspect=aspect,
            duration_s=duration_s,
            outcome=self.outcome,
            result=self.result,
            callback_url=callback_url,
        )
        with self._task_lock:
            self.tasks[task.id] = task
        return task

    def advance(self, task: FakeTask) -> str:
        """One poll: 'pending', 'running' or 'done' (done on the N-th poll)."""
        with self._task_lock:
            task.polls += 1
            polls = task.polls
        if task.canceled:
            return "canceled"
        if polls >= self.polls_until_done:
            return "done"
        return "pending" if polls <= self.polls_until_done // 2 else "running"

    def finish(self, task: FakeTask) -> None:
        """Fast-forward a task to done (used before sending a callback)."""
        with self._task_lock:
            task.polls = max(task.polls, self.polls_until_done)

    def phase(self, task: FakeTask) -> str:
        if task.canceled:
            return "canceled"
        return "done" if task.polls >= self.polls_until_done else "pending"

    def result_url(self, task: FakeTask) -> str:
        return f"{self.url}/files/{task.id}.mp4"

    def _serve_file(self, request: Request) -> Response:
        task = self.tasks.get(request.params["name"].removesuffix(".mp4"))
        if task is None or task.result == "missing":
            return Response(404, {"detail": "Not found"})
        if task.result == "corrupt":
            return Response(200, corrupt_mp4(), {"Content-Type": "video/mp4"})
        if task.result == "html":
            return Response(200, "<html>denied</html>", {"Content-Type": "text/html"})
        aspect = task.aspect
        if task.result == "wrong_size":
            aspect = 16 / 9 if aspect <= 1 else 9 / 16
        width, height = size_for_aspect(aspect)
        return Response(
            200, make_mp4(width, height, task.duration_s), {"Content-Type": "video/mp4"}
        )
