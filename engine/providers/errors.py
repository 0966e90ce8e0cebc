"""The video providers' error taxonomy: what a failure means for retries and failover.

`message` is for people (what happened, why, what to do); `detail` is what the vendor actually
said, for operators and the Attempt row.
"""

from __future__ import annotations

from typing import Any

from engine.errors import EngineError


class ProviderError(EngineError):
    """Base class. `message` is for people (what happened, why, what to do); `detail` is
    what the vendor actually said, for operators and the Attempt row."""

    def __init__(
        self,
        message: str,
        *,
        provider: str = "",
        detail: str = "",
        status_code: int | None = None,
        task_id: str | None = None,
    ) -> None:
        super().__init__(message)
        self.provider = provider
        self.detail = detail
        self.status_code = status_code
        self.task_id = task_id


class Retryable(ProviderError):
    """Transient: a timeout, a 5xx, a dropped connection. Trying again may work."""


class TaskTimedOut(Retryable):
    """The vendor did not finish the task before the attempt's deadline."""


class Throttled(ProviderError):
    """The vendor asked us to slow down (429, a long THROTTLED queue, Kling 1302/1303)."""

    def __init__(self, message: str, *, retry_after_s: float | None = None, **kw: Any) -> None:
        super().__init__(message, **kw)
        self.retry_after_s = retry_after_s


class ContentRejected(ProviderError):
    """The vendor's content policy refused the prompt or the image. Not retried as is."""


class InvalidInput(ProviderError):
    """The vendor refused our request as malformed or unsupported. Never retried as is."""


class ProviderUnavailable(ProviderError):
    """The provider cannot serve us at all right now (bad key, no permission, IP not
    allowed): take it out of rotation and tell an operator."""


class QuotaExhausted(ProviderUnavailable):
    """Vendor-side billing or quota is used up (Kling 1100-1102, Replicate 402...)."""


class BadOutput(ProviderError):
    """The vendor said it succeeded but the result is unusable: the URL is gone, the file
    is not a video, it does not decode, or it has the wrong shape."""


def short_text(text: str, limit: int = 500) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
