"""What every publishing platform client shares: the data we pass around, the protocol the
publisher codes against, and `PlatformClient`, the HTTP plumbing (timeouts, transport errors,
JSON, token redaction) that the TikTok, YouTube and Instagram clients specialise.

No Django here: paths and dataclasses in, dataclasses out. Every dataclass that must survive a
worker restart has `to_dict` / `from_dict` (JSON-safe) so the caller can store it.

The publishing loop the caller runs (Celery later):

    limits = client.limits(token)                       # shows creator options, checks caps
    session = client.start_upload(token, video, post, limits=limits)   # persist session!
    session = client.upload(token, session, video, on_progress=persist)
    while (st := client.status(token, session)).state is PublishState.PROCESSING: wait
    if st.state is PublishState.READY: session = client.publish(token, session)  # persist!

After any failure or restart, call `start_upload(..., resume=saved_session)` instead of a
fresh `start_upload`: it asks the platform how far the saved session got and never posts
twice.

Exactly once, for the caller:
- Persist `session.to_dict()` when `start_upload` returns, on every `on_progress`, and when
  `publish` returns - before doing anything else. One saved session per (clip, account).
- With a saved session, never call `start_upload` without `resume=`. Only `UploadExpired`
  (nothing was posted) allows dropping the session and starting fresh.
- The post comes into being at the last TikTok chunk, the last YouTube byte, and Instagram's
  media_publish. Each is made safe to retry: resume asks TikTok's status / YouTube's
  `bytes */N` query / the container's status_code before sending anything again.
- Serialise work on one session (a row lock): two workers resuming it at once could both
  see "not yet published" and race.
- Persist a refreshed `TokenSet` before using it: TikTok's old refresh token is dead.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field, fields
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Protocol, runtime_checkable

import httpx

from publishing.platforms.errors import (
    PlatformError,
    PrivacyNotAllowed,
    QuotaExceeded,
    Transient,
    VideoRejected,
    redact,
)

if TYPE_CHECKING:
    from publishing.platforms.oauth import TokenSet

AI_DISCLOSURE_LINE = "#AIgenerated — made with AI"

# -- data ----------------------------------------------------------------------------------


class Privacy(StrEnum):
    """Who may see the post, in our words; each client maps it to the platform's enum."""

    PUBLIC = "public"
    FOLLOWERS = "followers"  # TikTok private accounts: FOLLOWER_OF_CREATOR
    FRIENDS = "friends"  # TikTok: MUTUAL_FOLLOW_FRIENDS
    UNLISTED = "unlisted"  # YouTube only
    PRIVATE = "private"  # TikTok SELF_ONLY, YouTube private


@dataclass(frozen=True)
class PostRequest:
    """One post of one delivered clip. `duration_s`, `width` and `height` come from the
    clip's own metadata; when given, the client refuses a clip the platform would reject
    before sending a single byte."""

    caption: str
    privacy: Privacy = Privacy.PUBLIC
    title: str = ""  # YouTube title; defaults to the caption's first line
    tags: tuple[str, ...] = ()
    video_url: str | None = None  # a signed HTTPS link to the same file (Instagram pulls it)
    duration_s: float | None = None
    width: int | None = None
    height: int | None = None
    disable_comments: bool = False
    disable_duet: bool = False
    disable_stitch: bool = False
    made_for_kids: bool = False


@dataclass(frozen=True)
class RateLimit:
    """A documented request budget: `calls` per `per_s` seconds, counted per `scope`."""

    calls: int
    per_s: int
    scope: str
    note: str = ""


@dataclass(frozen=True)
class AccountInfo:
    account_id: str
    name: str
    username: str | None = None
    avatar_url: str | None = None
    raw: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)


@dataclass(frozen=True)
class PlatformLimits:
    """What the platform allows this account right now. Aspect is width / height."""

    platform: str
    min_duration_s: float
    max_duration_s: float
    privacy_levels: tuple[Privacy, ...]
    max_caption_chars: int
    max_bytes: int
    min_aspect: float = 0.0
    max_aspect: float = math.inf
    posts_used: int | None = None  # in the current window (Instagram)
    posts_allowed: int | None = None
    window_s: int | None = None
    comments_allowed: bool = True  # the creator's own settings (TikTok)
    duet_allowed: bool = True
    stitch_allowed: bool = True
    username: str | None = None  # TikTok creator_username: needed to build post URLs
    raw: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def posts_remaining(self) -> int | None:
        if self.posts_allowed is None or self.posts_used is None:
            return None
        return max(0, self.posts_allowed - self.posts_used)


@dataclass(frozen=True)
class UploadSession:
    """Everything needed to resume or finish one post. Persist it (`to_dict`) as soon as
    `start_upload` returns and after every `on_progress` call.

    `session_id` is the TikTok publish_id, the YouTube upload_id, the Instagram container
    id. `bytes_sent` counts bytes the platform confirmed. `post_id` is the YouTube video id
    (known once the last byte is in) or the Instagram media id (after `publish`)."""

    platform: str
    session_id: str
    video_size: int
    upload_url: str | None = field(default=None, repr=False)  # carries upload tokens
    chunk_size: int = 0
    bytes_sent: int = 0
    post_id: str | None = None
    account_id: str | None = None
    account_name: str | None = None
    source: str = ""  # TikTok FILE_UPLOAD; Instagram video_url | resumable; YouTube resumable
    created_at: float = 0.0
    extra: Mapping[str, Any] = field(default_factory=dict)

    @property
    def upload_done(self) -> bool:
        return self.bytes_sent >= self.video_size

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["extra"] = dict(self.extra)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> UploadSession:
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})


class PublishState(StrEnum):
    PROCESSING = "processing"  # uploading, transcoding or in moderation: poll again
    READY = "ready"  # Instagram only: the container is FINISHED; call publish()
    PUBLISHED = "published"
    FAILED = "failed"  # `error` says why and whether a fresh attempt can work

    @property
    def done(self) -> bool:
        return self in (PublishState.PUBLISHED, PublishState.FAILED)


@dataclass(frozen=True)
class PublishStatus:
    state: PublishState
    public_url: str | None = None
    platform_post_id: str | None = None
    reason: str = ""  # plain words, for people
    error: PlatformError | None = None
    progress: float | None = None  # 0..1 when the platform tells us
    raw: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)


ProgressCallback = Callable[[UploadSession], None]


# -- the protocol --------------------------------------------------------------------------


@runtime_checkable
class PublishingPlatform(Protocol):
    name: str
    label: str
    supports_pkce: bool
    needs_publish_step: bool
    rate_limits: Mapping[str, RateLimit]

    def authorize_url(
        self, state: str, redirect_uri: str, code_verifier: str | None = None
    ) -> str: ...

    def exchange_code(
        self, code: str, redirect_uri: str, code_verifier: str | None = None
    ) -> TokenSet: ...

    def refresh(self, token: TokenSet) -> TokenSet: ...

    def revoke(self, token: TokenSet) -> bool: ...

    def missing_scopes(self, token: TokenSet) -> tuple[str, ...]: ...

    def account_info(self, token: TokenSet) -> AccountInfo: ...

    def limits(self, token: TokenSet) -> PlatformLimits: ...

    def start_upload(
        self,
        token: TokenSet,
        video: Path,
        post: PostRequest,
        *,
        limits: PlatformLimits | None = None,
        resume: UploadSession | None = None,
    ) -> UploadSession: ...

    def upload(
        self,
        token: TokenSet,
        session: UploadSession,
        video: Path,
        *,
        on_progress: ProgressCallback | None = None,
    ) -> UploadSession: ...

    def status(self, token: TokenSet, session: UploadSession) -> PublishStatus: ...

    def publish(self, token: TokenSet, session: UploadSession) -> UploadSession: ...


# -- helpers -------------------------------------------------------------------------------


def read_range(path: Path, start: int, length: int) -> bytes:
    """`length` bytes of `path` from `start`. Chunks are at most 128 MB (TikTok's largest
    final chunk), so reading one into memory is fine and keeps Content-Length exact."""
    with path.open("rb") as fh:
        fh.seek(start)
        return fh.read(length)


def check_post(limits: PlatformLimits, post: PostRequest, video_size: int, *, label: str) -> None:
    """Refuse locally what the platform would refuse later (and what would waste a daily
    post). Checks only what the post's metadata tells us; `label` names the platform."""
    kw: dict[str, Any] = {"platform": limits.platform, "code": "local_check"}
    if video_size <= 0:
        raise VideoRejected("The video file is empty.", detail="size 0", **kw)
    if video_size > limits.max_bytes:
        raise VideoRejected(
            f"The video is too large for {label} ({video_size // 1_000_000} MB; the limit is "
            f"{limits.max_bytes // 1_000_000} MB).",
            detail=f"size {video_size} > {limits.max_bytes}",
            **kw,
        )
    if post.duration_s is not None:
        if post.duration_s < limits.min_duration_s:
            raise VideoRejected(
                f"The clip is {post.duration_s:g} s long; {label} needs at least "
                f"{limits.min_duration_s:g} s. Make a longer clip or pad it.",
                detail=f"duration {post.duration_s} < {limits.min_duration_s}",
                **kw,
            )
        if post.duration_s > limits.max_duration_s:
            raise VideoRejected(
                f"The clip is {post.duration_s:g} s long; {label} takes at most "
                f"{limits.max_duration_s:g} s here.",
                detail=f"duration {post.duration_s} > {limits.max_duration_s}",
                **kw,
            )
    if post.width and post.height:
        aspect = post.width / post.height
        if not limits.min_aspect <= aspect <= limits.max_aspect:
            raise VideoRejected(
                f"The clip's shape ({post.width}×{post.height}) does not suit {label}: "
                + (
                    "it needs a vertical or square video."
                    if limits.max_aspect <= 1.0
                    else "its width-to-height ratio is out of range."
                ),
                detail=f"aspect {aspect:.3f} not in [{limits.min_aspect}, {limits.max_aspect}]",
                **kw,
            )
    if post.privacy not in limits.privacy_levels:
        allowed = ", ".join(p.value for p in limits.privacy_levels) or "none"
        raise PrivacyNotAllowed(
            f"{label} does not allow '{post.privacy.value}' posts for this account "
            f"(allowed: {allowed}). Choose another visibility.",
            detail=f"privacy {post.privacy} not in {limits.privacy_levels}",
            **kw,
        )
    if limits.posts_remaining == 0:
        raise QuotaExceeded(
            f"This account has used all {limits.posts_allowed} {label} posts allowed in "
            "24 hours. Try again tomorrow.",
            detail=f"publishing limit {limits.posts_used}/{limits.posts_allowed}",
            **kw,
        )


def short_text(text: str, limit: int = 500) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def truncate_utf16(text: str, units: int) -> str:
    """Cut `text` to at most `units` UTF-16 code units (TikTok counts captions that way)."""
    encoded = text.encode("utf-16-le")
    if len(encoded) <= units * 2:
        return text
    return encoded[: units * 2].decode("utf-16-le", errors="ignore")


def parse_retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds; HTTP dates are rare here)."""
    if not value:
        return None
    try:
        return max(0.0, float(value.strip()))
    except ValueError:
        import email.utils  # only for the rare HTTP-date form of Retry-After

        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        return max(0.0, when.timestamp() - time.time())


# -- logs ----------------------------------------------------------------------------------


class RedactSecretsFilter(logging.Filter):
    """httpx logs every request URL at INFO, and some documented calls carry secrets in the
    query (Instagram's ig_exchange_token / ig_refresh_token): scrub them from the record."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:
            return True
        clean = redact(message)
        if clean != message:
            record.msg, record.args = clean, ()
        return True


def install_log_redaction() -> None:
    for name in ("httpx", "httpcore"):
        logger = logging.getLogger(name)
        if not any(isinstance(f, RedactSecretsFilter) for f in logger.filters):
            logger.addFilter(RedactSecretsFilter())


install_log_redaction()


# -- the HTTP base class -------------------------------------------------------------------


class PlatformClient:
    """One `httpx.Client`, explicit timeouts, transport errors as `Transient`, and every
    error detail passed through `redact` so no token reaches a message, a log or a repr."""

    name: ClassVar[str] = "platform"
    label: ClassVar[str] = "The platform"

    def __init__(
        self,
        *,
        client: httpx.Client | None = None,
        timeout_s: float = 30.0,
        upload_timeout_s: float = 300.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.timeout = httpx.Timeout(timeout_s, connect=min(10.0, timeout_s))
        # Chunks can be large and links slow: allow long writes, keep connects short.
        self.upload_timeout = httpx.Timeout(upload_timeout_s, connect=min(10.0, timeout_s))
        self._http = client or httpx.Client(timeout=self.timeout, follow_redirects=False)
        self._clock = clock

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"

    def close(self) -> None:
        self._http.close()

    def _secrets(self, token: TokenSet | None) -> tuple[str, ...]:
        """Values to scrub from error text: the token's and the app's secrets."""
        values: list[str] = []
        if token is not None:
            values += [v for v in (token.access_token, token.refresh_token) if v]
        return tuple(values)

    # -- subclass hook ---------------------------------------------------------------------
    def error_from_response(
        self, response: httpx.Response, secrets: tuple[str, ...]
    ) -> PlatformError:
        raise NotImplementedError

    # -- HTTP ------------------------------------------------------------------------------
    def _send(
        self,
        method: str,
        url: str,
        *,
        token: TokenSet | None = None,
        secrets: tuple[str, ...] = (),
        upload: bool = False,
        check: bool = True,
        ok: Callable[[httpx.Response], bool] | None = None,
        **kw: Any,
    ) -> httpx.Response:
        """Send one request. With `check`, errors (status >= 400, or `ok(response)` false)
        become our taxonomy through `error_from_response`; without, any reply is returned
        (transport failures are always `Transient`)."""
        scrub = self._secrets(token) + secrets
        try:
            response = self._http.request(
                method,
                url,
                timeout=self.upload_timeout if upload else self.timeout,
                follow_redirects=False,  # YouTube's 308 means "resume", not "redirect"
                **kw,
            )
        except httpx.TimeoutException as exc:
            raise self.error(
                Transient,
                f"{self.label} did not answer in time. We will try again.",
                code="timeout",
                detail=f"{method} {url}: {type(exc).__name__}",
                secrets=scrub,
            ) from None  # the httpx exception's text can carry URLs with tokens
        except httpx.TransportError as exc:
            raise self.error(
                Transient,
                f"The connection to {self.label} broke. We will try again.",
                code="connection",
                detail=f"{method} {url}: {type(exc).__name__}: {exc}",
                secrets=scrub,
            ) from None
        if check and (response.status_code >= 400 or (ok is not None and not ok(response))):
            raise self.error_from_response(response, scrub)
        return response

    def _json(self, response: httpx.Response, secrets: tuple[str, ...] = ()) -> Any:
        try:
            return response.json()
        except ValueError:
            raise self.error(
                Transient,
                f"{self.label} sent a reply we could not read. We will try again.",
                code="bad_json",
                detail=f"non-JSON body ({response.status_code}): {short_text(response.text)}",
                status_code=response.status_code,
                secrets=secrets,
            ) from None

    def error(
        self,
        cls: type[PlatformError],
        message: str,
        *,
        code: str = "",
        detail: str = "",
        status_code: int | None = None,
        retry_after_s: float | None = None,
        secrets: tuple[str, ...] = (),
    ) -> PlatformError:
        return cls(
            redact(message, secrets),
            platform=self.name,
            code=code,
            detail=redact(short_text(detail, 1000), secrets),
            status_code=status_code,
            retry_after_s=retry_after_s,
        )

    def transient_for_status(
        self, response: httpx.Response, detail: str, secrets: tuple[str, ...]
    ) -> PlatformError | None:
        """The common cases every platform shares: 5xx and 408 are temporary."""
        if response.status_code >= 500 or response.status_code == 408:
            return self.error(
                Transient,
                f"{self.label} had a temporary problem. We will try again.",
                code=str(response.status_code),
                detail=detail,
                status_code=response.status_code,
                secrets=secrets,
            )
        return None

    def now(self) -> float:
        return self._clock()
