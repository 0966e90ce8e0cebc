"""What every video provider shares: task status, results, and the `VideoProvider` protocol."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from engine.providers.errors import ProviderError
from engine.spec import GenerationSpec


class TaskState(StrEnum):
    PENDING = "pending"
    RUNNING = "running"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    CANCELED = "canceled"

    @property
    def done(self) -> bool:
        return self in (TaskState.SUCCEEDED, TaskState.FAILED, TaskState.CANCELED)


@dataclass(frozen=True)
class TaskStatus:
    state: TaskState
    progress: float | None = None  # 0..1 when the vendor tells us
    output_url: str | None = None
    error: ProviderError | None = None  # set when state is FAILED
    throttled: bool = False  # queued behind the vendor's concurrency limit (Runway)
    raw: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)


@dataclass(frozen=True)
class ProviderResult:
    path: Path
    vendor_task_id: str
    provider: str
    model: str
    cost_cents: int
    latency_s: float
    output_url: str | None = None
    # The clip length asked of the provider (a vendor renders only the lengths its model
    # supports, e.g. 5 or 10 s): what QA expects the clip to last. None: the spec's length.
    ordered_duration_s: float | None = None


@dataclass(frozen=True)
class DownloadOptions:
    max_bytes: int = 200 * 1024 * 1024
    timeout_s: float = 120.0
    allow_private: bool = False  # tests point the vendors at 127.0.0.1


@runtime_checkable
class VideoProvider(Protocol):
    name: str
    model: str

    def submit(
        self,
        *,
        image: bytes,
        image_mime: str,
        spec: GenerationSpec,
        callback_url: str | None = None,
        image_url: str | None = None,
    ) -> str: ...

    def poll(self, task_id: str) -> TaskStatus: ...

    def cancel(self, task_id: str) -> None: ...

    def estimate_cost_cents(self, spec: GenerationSpec) -> int: ...

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
    ) -> ProviderResult: ...
