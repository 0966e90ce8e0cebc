"""What can go wrong when we post to a platform, sorted by what the publisher must do next.

Every error has a `message` for people (what happened and what to do, in plain words) and a
`detail` for operators (what the platform actually said, with any token redacted). `code` is
the platform's own error code ("access_token_invalid", "quotaExceeded", "190/463"...), kept
for logs and support tickets. `retryable` says whether trying again can ever work.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import ClassVar


class PlatformError(Exception):
    """Base class. Not retryable unless a subclass says so."""

    retryable: ClassVar[bool] = False

    def __init__(
        self,
        message: str,
        *,
        platform: str = "",
        code: str = "",
        detail: str = "",
        status_code: int | None = None,
        retry_after_s: float | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.platform = platform
        self.code = code
        self.detail = detail
        self.status_code = status_code
        self.retry_after_s = retry_after_s

    def __str__(self) -> str:
        return self.message

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(platform={self.platform!r}, code={self.code!r}, "
            f"status={self.status_code}, message={self.message!r})"
        )


class TokenExpired(PlatformError):
    """The access token is no longer accepted: refresh it and try the call again."""

    retryable = True


class TokenRevoked(PlatformError):
    """The grant is gone (revoked, refresh token dead or rotated away): the person must
    connect the account again."""


class ScopeMissing(PlatformError):
    """The person did not grant a permission we need: connect again and allow it."""


class RateLimited(PlatformError):
    """Too many requests in the platform's short window: wait `retry_after_s` (when the
    platform or its documented window tells us), then retry."""

    retryable = True


class QuotaExceeded(PlatformError):
    """A daily budget is spent (YouTube quota, Instagram's 24 h publishing cap, TikTok's
    daily post cap): retry much later (`retry_after_s` when known) or give up."""

    retryable = True


class Transient(PlatformError):
    """A 5xx, a timeout, a dropped connection: retry with backoff. For an upload, resume
    the saved session (`start_upload(..., resume=session)`) rather than starting over."""

    retryable = True


class UploadExpired(PlatformError):
    """The upload session or container is dead (expired URL, expired container, an upload
    error the platform says needs a new container). Nothing was posted: discard the saved
    session and start a fresh upload."""

    retryable = True


class VideoRejected(PlatformError):
    """The platform will not take this video as it is (too long or short, shape, format,
    size, duplicate). Never retried as is."""


class SpamPolicy(PlatformError):
    """The platform's spam or integrity system refused the post or the account. Never
    retried automatically."""


class PrivacyNotAllowed(PlatformError):
    """The chosen visibility is not available for this account or app (an unaudited TikTok
    app may only post SELF_ONLY to private accounts)."""


class AppMisconfigured(PlatformError):
    """Our app's credentials or redirect URI were refused: an operator must fix settings."""


# -- keeping tokens out of messages --------------------------------------------------------

_QUERY_SECRETS = re.compile(
    r"((?:access_token|refresh_token|client_secret|token|code|fb_exchange_token)=)[^&\s\"']+",
    re.IGNORECASE,
)
_BEARER = re.compile(r"((?:Bearer|OAuth)\s+)[A-Za-z0-9._~+/=-]+")


def redact(text: str, secrets: Iterable[str | None] = ()) -> str:
    """`text` without the given secrets and without anything that looks like a token in a
    query string or an Authorization header."""
    for secret in secrets:
        if secret and len(secret) >= 4:
            text = text.replace(secret, "[redacted]")
    text = _QUERY_SECRETS.sub(r"\1[redacted]", text)
    return _BEARER.sub(r"\1[redacted]", text)
