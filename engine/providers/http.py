"""`RemoteProvider`: the HTTP plumbing the vendor adapters specialise (auth headers, status
mapping, the submit -> poll -> download -> verify loop), and helpers they share.

No Django here: plain dataclasses and paths in, plain dataclasses and paths out.
"""

from __future__ import annotations

import base64
import contextlib
import email.utils
import io
import math
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, ClassVar

import httpx
from PIL import Image, UnidentifiedImageError

from engine.providers.callbacks import CallbackWaiter, SleepingWaiter
from engine.providers.download import VideoExpectation, download_video, verify_video
from engine.providers.errors import (
    BadOutput,
    ContentRejected,
    InvalidInput,
    ProviderError,
    ProviderUnavailable,
    QuotaExhausted,
    Retryable,
    TaskTimedOut,
    Throttled,
    short_text,
)
from engine.providers.protocol import DownloadOptions, ProviderResult, TaskState, TaskStatus
from engine.spec import GenerationSpec

# -- helpers shared by the adapters --------------------------------------------------------


def data_uri(image: bytes, mime: str) -> str:
    return f"data:{mime};base64,{base64.b64encode(image).decode()}"


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def nearest_ratio(target_w_over_h: float, choices: Mapping[str, float]) -> str:
    """The choice whose aspect (w/h) is closest to the target, on a log scale so 2:1 and
    1:2 are equally far from 1:1."""
    return min(choices, key=lambda k: abs(math.log(choices[k] / target_w_over_h)))


def spec_aspect(spec: GenerationSpec) -> float:
    w, h = spec.size
    return w / h


def image_aspect(image: bytes) -> float | None:
    """Width/height of an image from its header only (vendors that follow the photo's
    shape return a video of that shape)."""
    try:
        with Image.open(io.BytesIO(image)) as im:
            w, h = im.size
    except (UnidentifiedImageError, OSError, ValueError):
        return None
    return w / h if h else None


def vendor_prompt(spec: GenerationSpec, *, empty: str = "") -> str:
    """The prompt a video model gets: the user's words, and for a motion brush (which these
    vendors can't take as masks) the same brush in words."""
    prompt = spec.prompt or empty
    if spec.brush is not None:
        hint = f"Motion: {spec.brush.describe()}; keep the rest of the picture still."
        prompt = f"{prompt}. {hint}" if prompt else hint
    return prompt


def truncate_utf16(text: str, units: int) -> str:
    """Cut `text` to at most `units` UTF-16 code units (Runway counts that way)."""
    encoded = text.encode("utf-16-le")
    if len(encoded) <= units * 2:
        return text
    return encoded[: units * 2].decode("utf-16-le", errors="ignore")


CONTENT_WORDS = (
    "safety",
    "moderation",
    "content policy",
    "content_policy",
    "nsfw",
    "sensitive",
    "flagged",
    "not allowed",
    "inappropriate",
    "prohibited",
    "blocked",
    "risk control",  # Kling: "Failure to pass the risk control system"
)
QUOTA_WORDS = ("insufficient credit", "credits", "balance", "billing", "payment", "quota")


def mentions(text: str, words: tuple[str, ...]) -> bool:
    low = text.lower()
    return any(w in low for w in words)


# -- the HTTP base class -------------------------------------------------------------------


class RemoteProvider:
    """Plumbing for an HTTP vendor: one `httpx.Client`, status-to-error mapping, and the
    submit -> poll -> download -> verify loop of `generate`.

    Subclasses set `name`, `default_base_url`, `default_poll_interval_s` and implement
    `_auth_headers`, `submit`, `poll`, `cancel`, `estimate_cost_cents`, `expected_aspect`.
    """

    name: ClassVar[str] = "remote"
    default_base_url: ClassVar[str] = ""
    default_poll_interval_s: ClassVar[float] = 5.0
    vendor_label: ClassVar[str] = "The video provider"

    def __init__(
        self,
        *,
        model: str,
        base_url: str | None = None,
        poll_interval_s: float | None = None,
        http_timeout_s: float = 30.0,
        download: DownloadOptions | None = None,
        cost_cents_per_second: float | None = None,
        client: httpx.Client | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        waiter: CallbackWaiter | None = None,
    ) -> None:
        self.model = model
        self.base_url = (base_url or self.default_base_url).rstrip("/")
        self.poll_interval_s = (
            self.default_poll_interval_s if poll_interval_s is None else poll_interval_s
        )
        self.download = download or DownloadOptions()
        self.cost_cents_per_second = cost_cents_per_second
        self._client = client or httpx.Client(timeout=http_timeout_s, follow_redirects=False)
        self._sleep = sleep
        self._waiter = waiter or SleepingWaiter(sleep)
        self._clock = clock

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name}/{self.model} at {self.base_url}>"

    def close(self) -> None:
        self._client.close()

    # -- subclass hooks --------------------------------------------------------------------
    def _auth_headers(self) -> dict[str, str]:
        raise NotImplementedError

    # True when the vendor renders exactly the ratio we asked for; False when its video
    # follows the photo's shape (possibly snapped to a ratio of its own), so only the
    # orientation (portrait, landscape, square) is checked.
    aspect_is_exact: ClassVar[bool] = True

    def expected_aspect(self, spec: GenerationSpec, image: bytes) -> float | None:
        """Aspect (w/h) the vendor's video should have; None to skip the check."""
        return spec_aspect(spec)

    def expected_duration_s(self, spec: GenerationSpec) -> float:
        return spec.duration_s

    def ordered_duration_s(self, task_id: str, spec: GenerationSpec) -> float:
        """The length this task was submitted with (vendors that may change what they send
        after a refusal, like Runway's 5|10 s fallback, remember it per task)."""
        return self.expected_duration_s(spec)

    def error_from_response(self, response: httpx.Response) -> ProviderError:
        """Map an HTTP error response to our taxonomy. Vendors override for their codes."""
        return self.default_error(response)

    # -- HTTP ------------------------------------------------------------------------------
    def _request(
        self,
        method: str,
        path_or_url: str,
        *,
        json: Any = None,
        params: Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
        timeout_s: float | None = None,
    ) -> httpx.Response:
        url = path_or_url if "://" in path_or_url else self.base_url + path_or_url
        all_headers = {"Accept": "application/json", **self._auth_headers(), **(headers or {})}
        try:
            response = self._client.request(
                method,
                url,
                json=json,
                params=params,
                headers=all_headers,
                timeout=timeout_s if timeout_s is not None else httpx.USE_CLIENT_DEFAULT,
            )
        except httpx.TimeoutException as exc:
            raise Retryable(
                f"{self.vendor_label} did not answer in time. We will try again.",
                provider=self.name,
                detail=f"{method} {url}: timeout ({type(exc).__name__})",
            ) from exc
        except httpx.TransportError as exc:
            raise Retryable(
                f"We could not reach {self.vendor_label}. We will try again.",
                provider=self.name,
                detail=f"{method} {url}: {type(exc).__name__}: {exc}",
            ) from exc
        if response.status_code >= 400:
            raise self.error_from_response(response)
        return response

    def _json(self, response: httpx.Response) -> Any:
        try:
            return response.json()
        except ValueError as exc:
            raise Retryable(
                f"{self.vendor_label} sent a reply we could not read. We will try again.",
                provider=self.name,
                detail=f"non-JSON body ({response.status_code}): {short_text(response.text)}",
                status_code=response.status_code,
            ) from exc

    @staticmethod
    def body_detail(response: httpx.Response) -> str:
        try:
            body = response.json()
        except ValueError:
            return short_text(response.text)
        if isinstance(body, dict):
            for key in ("detail", "message", "error", "title"):
                if body.get(key):
                    value = body[key]
                    return short_text(value if isinstance(value, str) else str(value))
        return short_text(response.text)

    def default_error(self, response: httpx.Response, detail: str | None = None) -> ProviderError:
        status = response.status_code
        detail = detail if detail is not None else self.body_detail(response)
        kw: dict[str, Any] = {"provider": self.name, "detail": detail, "status_code": status}
        label = self.vendor_label
        if status == 429:
            return Throttled(
                f"{label} is busy and asked us to wait. We will try again shortly.",
                retry_after_s=parse_retry_after(response.headers.get("Retry-After")),
                **kw,
            )
        if status in (408, 409) or status >= 500:
            return Retryable(f"{label} had a temporary problem. We will try again.", **kw)
        if status == 402 or mentions(detail, QUOTA_WORDS):
            return QuotaExhausted(
                f"{label} has no credit left on our account. We switched to another "
                "provider and told the operators.",
                **kw,
            )
        if status in (401, 403):
            return ProviderUnavailable(
                f"{label} refused our credentials. We switched to another provider and "
                "told the operators.",
                **kw,
            )
        if mentions(detail, CONTENT_WORDS):
            return ContentRejected(
                f"{label} declined this photo or prompt under its content policy. Try a "
                "different prompt or photo.",
                **kw,
            )
        return InvalidInput(
            f"{label} could not accept this request ({short_text(detail, 160)}).", **kw
        )

    # -- the whole attempt -----------------------------------------------------------------
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
        """Submit, poll at the vendor's cadence until done or `timeout_s`, download the
        result to `out_path` and check that it decodes with the expected shape.

        Any error raised after submission carries `task_id` so the caller can record it.
        """
        started = self._clock()
        deadline = started + timeout_s
        task_id = self.submit(
            image=image,
            image_mime=image_mime,
            spec=spec,
            callback_url=callback_url,
            image_url=image_url,
        )
        if on_submitted is not None:
            on_submitted(task_id)
        try:
            status = self.wait(task_id, deadline=deadline)
            assert status.output_url is not None
            remaining = max(1.0, deadline - self._clock())
            download_video(
                status.output_url,
                out_path,
                max_bytes=self.download.max_bytes,
                timeout_s=min(self.download.timeout_s, remaining),
                allow_private=self.download.allow_private,
            )
            verify_video(
                out_path,
                VideoExpectation(
                    aspect=self.expected_aspect(spec, image),
                    orientation_only=not self.aspect_is_exact,
                    min_duration_s=0.5 * self.expected_duration_s(spec),
                ),
            )
        except ProviderError as exc:
            exc.provider = exc.provider or self.name
            exc.task_id = task_id
            raise
        return ProviderResult(
            path=out_path,
            vendor_task_id=task_id,
            provider=self.name,
            model=self.model,
            cost_cents=self.estimate_cost_cents(spec),
            latency_s=self._clock() - started,
            output_url=status.output_url,
            ordered_duration_s=self.ordered_duration_s(task_id, spec),
        )

    def wait(self, task_id: str, *, deadline: float) -> TaskStatus:
        """Poll until the task is done; raise its error, or TaskTimedOut at the deadline
        (after asking the vendor to cancel, so we stop paying for it)."""
        while True:
            status = self.poll(task_id)
            if status.state is TaskState.SUCCEEDED:
                if not status.output_url:
                    raise BadOutput(
                        f"{self.vendor_label} reported success but sent no video.",
                        provider=self.name,
                        detail=f"task {task_id}: no output URL",
                    )
                return status
            if status.state is TaskState.FAILED:
                raise status.error or Retryable(
                    f"{self.vendor_label} could not make this clip. We will try again.",
                    provider=self.name,
                    detail=f"task {task_id} failed without a reason",
                )
            if status.state is TaskState.CANCELED:
                raise Retryable(
                    f"{self.vendor_label} canceled the render. We will try again.",
                    provider=self.name,
                    detail=f"task {task_id} canceled by the vendor",
                )
            self.check_still_waiting(task_id, status)
            left = deadline - self._clock()
            if left <= 0:
                self._cancel_quietly(task_id)
                raise TaskTimedOut(
                    f"{self.vendor_label} took too long to make the clip. We will try another way.",
                    provider=self.name,
                    detail=f"task {task_id} still {status.state.value} at the deadline",
                )
            # A verified callback for this task ends the wait early (see callbacks.py).
            self._waiter.wait(self.name, task_id, min(self.poll_interval_s, left))

    def check_still_waiting(self, task_id: str, status: TaskStatus) -> None:
        """Hook between polls (Runway gives up on a task queued too long)."""

    def _cancel_quietly(self, task_id: str) -> None:
        with contextlib.suppress(ProviderError):  # best effort: abandoned either way
            self.cancel(task_id)

    # Declared for type checkers; subclasses implement.
    def submit(
        self,
        *,
        image: bytes,
        image_mime: str,
        spec: GenerationSpec,
        callback_url: str | None = None,
        image_url: str | None = None,
    ) -> str:
        raise NotImplementedError

    def poll(self, task_id: str) -> TaskStatus:
        raise NotImplementedError

    def cancel(self, task_id: str) -> None:
        raise NotImplementedError

    def estimate_cost_cents(self, spec: GenerationSpec) -> int:
        raise NotImplementedError

    def cost_from_rate(self, spec: GenerationSpec, default_rate: float) -> int:
        rate = (
            self.cost_cents_per_second if self.cost_cents_per_second is not None else default_rate
        )
        return math.ceil(rate * self.expected_duration_s(spec))

    def content_error(self, detail: str, **kw: Any) -> ContentRejected:
        return ContentRejected(
            f"{self.vendor_label} declined this photo or prompt under its content policy. "
            "Try a different prompt or photo.",
            provider=self.name,
            detail=detail,
            **kw,
        )

    def task_failure(self, detail: str) -> ProviderError:
        """A failed task's reason → our error: content words mean a policy refusal,
        anything else is treated as transient."""
        if mentions(detail, CONTENT_WORDS):
            return self.content_error(detail)
        return Retryable(
            f"{self.vendor_label} could not make this clip. We will try again.",
            provider=self.name,
            detail=detail,
        )
