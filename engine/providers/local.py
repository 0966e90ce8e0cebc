"""The embedded provider: Stillmotion's own motion engine (`engine.motion.engine.render`).

Always enabled, costs nothing, needs no key. It renders synchronously, so `submit` does the
work and `poll` reports the finished task; `generate` renders straight to `out_path`.
"""

from __future__ import annotations

import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar

from engine.errors import Canceled
from engine.motion.engine import render as engine_render
from engine.motion.errors import (
    DecodeError,
    EncodeError,
    ImageTooLarge,
    ImageTooSmall,
    MotionError,
    UnreadableImage,
)
from engine.providers.errors import BadOutput, InvalidInput, ProviderError, Retryable
from engine.providers.protocol import ProviderResult, TaskState, TaskStatus
from engine.spec import GenerationSpec

_SUFFIX = {
    "image/jpeg": ".jpg",
    "image/png": ".png",
    "image/webp": ".webp",
    "image/heic": ".heic",
    "image/heif": ".heif",
}

RenderFn = Callable[..., Any]


class LocalMotionProvider:
    name: ClassVar[str] = "local"

    def __init__(
        self,
        *,
        model: str = "stillmotion-motion-1",
        work_dir: Path | None = None,
        render: RenderFn | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.model = model
        self._work_dir = Path(work_dir or tempfile.gettempdir()) / "stillmotion-local"
        self._render = render
        self._clock = clock
        self._tasks: dict[str, TaskStatus] = {}
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"<LocalMotionProvider {self.model}>"

    def _render_to(self, *, image: bytes, image_mime: str, spec: GenerationSpec, out: Path) -> Any:
        render = self._render or engine_render
        out.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(
            suffix=_SUFFIX.get(image_mime.lower(), ".img"), dir=out.parent, delete=True
        ) as source:
            source.write(image)
            source.flush()
            try:
                return render(source=Path(source.name), spec=spec, out_path=out)
            except Canceled:
                raise  # the job was canceled: not a provider failure
            except (UnreadableImage, ImageTooSmall, ImageTooLarge) as exc:
                raise InvalidInput(str(exc), provider=self.name, detail=repr(exc)) from exc
            except (EncodeError, DecodeError) as exc:
                raise BadOutput(
                    "Our motion engine could not encode this clip. We will try again.",
                    provider=self.name,
                    detail=repr(exc),
                ) from exc
            except MotionError as exc:
                raise Retryable(
                    "Our motion engine could not make this clip. We will try again.",
                    provider=self.name,
                    detail=repr(exc),
                ) from exc

    # -- the VideoProvider protocol --------------------------------------------------------
    def submit(
        self,
        *,
        image: bytes,
        image_mime: str,
        spec: GenerationSpec,
        callback_url: str | None = None,
        image_url: str | None = None,
    ) -> str:
        task_id = f"local-{uuid.uuid4().hex[:12]}"
        out = self._work_dir / f"{task_id}.mp4"
        try:
            self._render_to(image=image, image_mime=image_mime, spec=spec, out=out)
            status = TaskStatus(state=TaskState.SUCCEEDED, progress=1.0, output_url=out.as_uri())
        except ProviderError as exc:
            exc.task_id = task_id
            status = TaskStatus(state=TaskState.FAILED, error=exc)
        with self._lock:
            self._tasks[task_id] = status
        return task_id

    def poll(self, task_id: str) -> TaskStatus:
        with self._lock:
            status = self._tasks.get(task_id)
        if status is None:
            raise InvalidInput(
                "This local render is unknown.", provider=self.name, detail=f"task {task_id}"
            )
        return status

    def cancel(self, task_id: str) -> None:
        with self._lock:
            self._tasks.pop(task_id, None)

    def estimate_cost_cents(self, spec: GenerationSpec) -> int:
        return 0

    def generate(
        self,
        *,
        image: bytes,
        image_mime: str,
        spec: GenerationSpec,
        out_path: Path,
        timeout_s: float,
        image_url: str | None = None,
        callback_url: str | None = None,
        on_submitted: Callable[[str], None] | None = None,
    ) -> ProviderResult:
        task_id = f"local-{uuid.uuid4().hex[:12]}"
        if on_submitted is not None:
            on_submitted(task_id)
        started = self._clock()
        try:
            self._render_to(image=image, image_mime=image_mime, spec=spec, out=Path(out_path))
        except ProviderError as exc:
            exc.task_id = task_id
            raise
        return ProviderResult(
            path=Path(out_path),
            vendor_task_id=task_id,
            provider=self.name,
            model=self.model,
            cost_cents=0,
            latency_s=self._clock() - started,
            ordered_duration_s=spec.duration_s,
        )
