"""TikTok Content Posting API, Direct Post with FILE_UPLOAD (open.tiktokapis.com/v2).

Flow: creator_info/query (privacy options, max duration) -> video/init (publish_id and an
upload_url) -> PUT the file in chunks with Content-Range -> status/fetch until
PUBLISH_COMPLETE. TikTok publishes by itself once the last chunk is in: there is no
separate publish call, so "the last chunk" is the moment a post exists.

Every post sets `post_info.is_aigc = true` (TikTok's AI-generated label).

Login Kit for the web does not use PKCE (TikTok documents it for mobile and desktop only),
so `authorize_url` ignores a code verifier. Refresh tokens rotate: the old one dies as soon
as a new one is issued.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, ClassVar

import httpx

from publishing.platforms.base import (
    AccountInfo,
    PlatformLimits,
    PostRequest,
    Privacy,
    ProgressCallback,
    PublishState,
    PublishStatus,
    RateLimit,
    UploadSession,
    check_post,
    parse_retry_after,
    read_range,
    short_text,
    truncate_utf16,
)
from publishing.platforms.errors import (
    AppMisconfigured,
    PlatformError,
    PrivacyNotAllowed,
    QuotaExceeded,
    RateLimited,
    ScopeMissing,
    SpamPolicy,
    TokenExpired,
    TokenRevoked,
    Transient,
    UploadExpired,
    VideoRejected,
)
from publishing.platforms.oauth import AppCredentials, OAuthClient, TokenSet, build_url

SCOPES = ("user.info.basic", "video.publish", "video.upload")
REQUIRED_SCOPES = ("user.info.basic", "video.publish")

# Documented request budgets, per user access token.
RATE_LIMITS: dict[str, RateLimit] = {
    "video_init": RateLimit(6, 60, "user access token"),
    "creator_info": RateLimit(20, 60, "user access token"),
    "status_fetch": RateLimit(30, 60, "user access token"),
    "daily_posts": RateLimit(15, 86_400, "creator", "about 15 a day, a third-party figure"),
}

# Chunk rules (media transfer guide). TikTok's "MB" is MiB in every client we read.
MIB = 1024 * 1024
MIN_CHUNK = 5 * MIB
MAX_CHUNK = 64 * MIB
MAX_FINAL_CHUNK = 128 * MIB
MAX_CHUNKS = 1000
DEFAULT_CHUNK = 10 * MIB

MIN_DURATION_S = 3.0  # third-party figure; our clips are padded to 3 s anyway
API_MAX_DURATION_S = 600.0  # capped further by the creator's max_video_post_duration_sec
MAX_VIDEO_BYTES = 4 * 1024 * MIB
MAX_CAPTION_UTF16 = 2200

PRIVACY_TO_TIKTOK = {
    Privacy.PUBLIC: "PUBLIC_TO_EVERYONE",
    Privacy.FRIENDS: "MUTUAL_FOLLOW_FRIENDS",
    Privacy.FOLLOWERS: "FOLLOWER_OF_CREATOR",
    Privacy.PRIVATE: "SELF_ONLY",
}
TIKTOK_TO_PRIVACY = {v: k for k, v in PRIVACY_TO_TIKTOK.items()}

MIME_BY_SUFFIX = {".mp4": "video/mp4", ".mov": "video/quicktime", ".webm": "video/webm"}

_VIDEO_CHECKS = (
    "invalid_file_upload",
    "file_format_check_failed",
    "duration_check_failed",
    "frame_rate_check_failed",
    "picture_size_check_failed",
)
_FAIL_REASONS: dict[str, tuple[type[PlatformError], str]] = {
    "file_format_check_failed": (VideoRejected, "TikTok could not read the video format."),
    "duration_check_failed": (VideoRejected, "TikTok refused the clip's length."),
    "frame_rate_check_failed": (VideoRejected, "TikTok refused the clip's frame rate."),
    "picture_size_check_failed": (VideoRejected, "TikTok refused the clip's picture size."),
    "video_pull_failed": (Transient, "TikTok could not fetch the video. We will try again."),
    "internal": (Transient, "TikTok had an internal problem. We will try again."),
    "auth_removed": (TokenRevoked, "The TikTok account removed Stillmotion's access."),
    "publish_cancelled": (PlatformError, "The post was cancelled on TikTok."),
}


@dataclass(frozen=True)
class TikTokEndpoints:
    authorize: str = "https://www.tiktok.com/v2/auth/authorize/"
    api: str = "https://open.tiktokapis.com"

    @classmethod
    def at(cls, base: str) -> TikTokEndpoints:
        """Everything under one base URL (the fake serves TikTok's paths)."""
        base = base.rstrip("/")
        return cls(authorize=f"{base}/v2/auth/authorize/", api=base)


def chunk_plan(video_size: int, chunk_size: int = DEFAULT_CHUNK) -> tuple[int, int]:
    """(chunk_size, total_chunk_count) under TikTok's rules: a file under 5 MB, or one that
    fits a single allowed chunk, goes whole; otherwise chunks of 5-64 MB (at least two past
    64 MB), count rounded down, the last chunk taking the trailing bytes (so it is under
    2 x chunk <= 128 MB)."""
    if video_size <= 0:
        raise ValueError("video_size must be positive")
    chunk = min(max(chunk_size, MIN_CHUNK), MAX_CHUNK)
    if video_size < MIN_CHUNK or video_size <= chunk:
        return video_size, 1
    if video_size > MAX_CHUNK:  # over 64 MB must go in at least two chunks
        chunk = min(chunk, video_size // 2)
    total = video_size // chunk
    if total > MAX_CHUNKS:  # only past 5 GB at the minimum chunk; TikTok caps files at 4 GB
        chunk = -(-video_size // MAX_CHUNKS)
        total = video_size // chunk
    return chunk, total


def chunk_ranges(video_size: int, chunk_size: int, total: int) -> list[tuple[int, int]]:
    """[start, end) of each chunk; the last one runs to the end of the file."""
    starts = [i * chunk_size for i in range(total)]
    return [(s, starts[i + 1] if i + 1 < total else video_size) for i, s in enumerate(starts)]


class TikTokClient(OAuthClient):
    name: ClassVar[str] = "tiktok"
    label: ClassVar[str] = "TikTok"
    supports_pkce: ClassVar[bool] = False
    needs_publish_step: ClassVar[bool] = False
    rate_limits: ClassVar[dict[str, RateLimit]] = RATE_LIMITS
    required_scopes = REQUIRED_SCOPES

    def __init__(
        self,
        credentials: AppCredentials,
        *,
        endpoints: TikTokEndpoints | None = None,
        scopes: tuple[str, ...] = SCOPES,
        chunk_size: int = DEFAULT_CHUNK,
        **kw: Any,
    ) -> None:
        super().__init__(credentials, **kw)
        self.endpoints = endpoints or TikTokEndpoints()
        self.scopes = scopes
        self.chunk_size = chunk_size

    # -- OAuth -----------------------------------------------------------------------------
    def authorize_url(self, state: str, redirect_uri: str, code_verifier: str | None = None) -> str:
        # Web Login Kit: no PKCE (TikTok documents it for mobile and desktop apps only).
        return build_url(
            self.endpoints.authorize,
            {
                "client_key": self.credentials.client_id,
                "response_type": "code",
                "scope": ",".join(self.scopes),
                "redirect_uri": redirect_uri,
                "state": state,
            },
        )

    def exchange_code(
        self, code: str, redirect_uri: str, code_verifier: str | None = None
    ) -> TokenSet:
        body = self.token_post(
            f"{self.endpoints.api}/v2/oauth/token/",
            {
                "client_key": self.credentials.client_id,
                "client_secret": self.credentials.client_secret,
                "code": code,
                "grant_type": "authorization_code",
                "redirect_uri": redirect_uri,
            },
            grant="authorization_code",
        )
        token = self.token_from_reply(
            body, scope_separator=",", account_id=str(body.get("open_id") or "")
        )
        if "user.info.basic" not in token.scopes:
            return token  # the caller's require_scopes() explains; no name to fetch
        return self.with_account(token)

    def refresh(self, token: TokenSet) -> TokenSet:
        if not token.refresh_token:
            raise self.error(
                TokenRevoked,
                "This TikTok connection cannot be renewed. Connect the account again.",
                code="no_refresh_token",
            )
        body = self.token_post(
            f"{self.endpoints.api}/v2/oauth/token/",
            {
                "client_key": self.credentials.client_id,
                "client_secret": self.credentials.client_secret,
                "grant_type": "refresh_token",
                "refresh_token": token.refresh_token,
            },
            grant="refresh_token",
            token=token,
        )
        # Rotation: the reply's refresh token replaces ours, and ours is now dead.
        return self.token_from_reply(body, scope_separator=",", previous=token)

    def revoke(self, token: TokenSet) -> bool:
        response = self._send(
            "POST",
            f"{self.endpoints.api}/v2/oauth/revoke/",
            token=token,
            data={
                "client_key": self.credentials.client_id,
                "client_secret": self.credentials.client_secret,
                "token": token.access_token,
            },
            check=False,
        )
        return self.revoke_result(response, token)

    # -- API -------------------------------------------------------------------------------
    def _api(self, method: str, path: str, token: TokenSet, **kw: Any) -> dict[str, Any]:
        headers = {"Authorization": f"Bearer {token.access_token}"}
        if "json" in kw:
            headers["Content-Type"] = "application/json; charset=UTF-8"
        response = self._send(
            method,
            f"{self.endpoints.api}{path}",
            token=token,
            headers=headers,
            ok=_envelope_ok,
            **kw,
        )
        body = self._json(response, self._secrets(token))
        return body.get("data") or {}

    def account_info(self, token: TokenSet) -> AccountInfo:
        data = self._api(
            "GET",
            "/v2/user/info/",
            token,
            params={"fields": "open_id,union_id,avatar_url,display_name"},
        )
        user = data.get("user") or {}
        return AccountInfo(
            account_id=str(user.get("open_id") or token.account_id or ""),
            name=str(user.get("display_name") or ""),
            avatar_url=user.get("avatar_url"),
            raw=user,
        )

    def limits(self, token: TokenSet) -> PlatformLimits:
        """creator_info/query: TikTok asks apps to call it before every post (20/min)."""
        data = self._api("POST", "/v2/post/publish/creator_info/query/", token, json={})
        options = tuple(
            TIKTOK_TO_PRIVACY[o]
            for o in data.get("privacy_level_options") or []
            if o in TIKTOK_TO_PRIVACY
        )
        max_s = float(data.get("max_video_post_duration_sec") or API_MAX_DURATION_S)
        return PlatformLimits(
            platform=self.name,
            min_duration_s=MIN_DURATION_S,
            max_duration_s=min(max_s, API_MAX_DURATION_S),
            privacy_levels=options,
            max_caption_chars=MAX_CAPTION_UTF16,
            max_bytes=MAX_VIDEO_BYTES,
            comments_allowed=not data.get("comment_disabled", False),
            duet_allowed=not data.get("duet_disabled", False),
            stitch_allowed=not data.get("stitch_disabled", False),
            username=data.get("creator_username"),
            raw=data,
        )

    def start_upload(
        self,
        token: TokenSet,
        video: Path,
        post: PostRequest,
        *,
        limits: PlatformLimits | None = None,
        resume: UploadSession | None = None,
    ) -> UploadSession:
        size = video.stat().st_size
        if resume is not None:
            return self._resume(token, resume, size)
        limits = limits or self.limits(token)
        check_post(limits, post, size, label=self.label)
        chunk, total = chunk_plan(size, self.chunk_size)
        body = {
            "post_info": {
                "title": truncate_utf16(post.caption, MAX_CAPTION_UTF16),
                "privacy_level": PRIVACY_TO_TIKTOK[post.privacy],
                # The creator's own "no comments/duets/stitches" settings win over ours.
                "disable_comment": post.disable_comments or not limits.comments_allowed,
                "disable_duet": post.disable_duet or not limits.duet_allowed,
                "disable_stitch": post.disable_stitch or not limits.stitch_allowed,
                "brand_content_toggle": False,
                "brand_organic_toggle": False,
                "is_aigc": True,  # every Stillmotion clip is AI-generated
            },
            "source_info": {
                "source": "FILE_UPLOAD",
                "video_size": size,
                "chunk_size": chunk,
                "total_chunk_count": total,
            },
        }
        data = self._api("POST", "/v2/post/publish/video/init/", token, json=body)
        return UploadSession(
            platform=self.name,
            session_id=str(data["publish_id"]),
            video_size=size,
            upload_url=data.get("upload_url"),
            chunk_size=chunk,
            bytes_sent=0,
            account_id=token.account_id,
            account_name=limits.username,
            source="FILE_UPLOAD",
            created_at=self.now(),
            extra={"total_chunk_count": total, "privacy_level": body["post_info"]["privacy_level"]},
        )

    def _resume(self, token: TokenSet, session: UploadSession, size: int) -> UploadSession:
        """Ask TikTok how far the saved publish got instead of initialising a second one."""
        if size != session.video_size:
            raise ValueError("the saved TikTok session is for a different file")
        data = self._fetch_status(token, session)
        status = data.get("status")
        if status == "PROCESSING_UPLOAD" and "uploaded_bytes" in data:
            # Resume at the last whole chunk TikTok has; a chunk is never half-accepted.
            got = int(data["uploaded_bytes"])
            total = int(session.extra.get("total_chunk_count") or 1)
            done_chunks = min(got // session.chunk_size, total) if session.chunk_size else 0
            sent = size if got >= size else done_chunks * session.chunk_size
            return replace(session, bytes_sent=sent)
        if status in ("PROCESSING_DOWNLOAD", "SEND_TO_USER_INBOX", "PUBLISH_COMPLETE"):
            return replace(session, bytes_sent=size)  # every byte is in: never send again
        return session  # FAILED or unknown: status() explains; upload() would be refused

    def upload(
        self,
        token: TokenSet,
        session: UploadSession,
        video: Path,
        *,
        on_progress: ProgressCallback | None = None,
    ) -> UploadSession:
        if session.upload_done:
            return session
        if not session.upload_url:
            raise ValueError("this TikTok session has no upload_url (not FILE_UPLOAD)")
        total = int(session.extra.get("total_chunk_count") or 1)
        mime = MIME_BY_SUFFIX.get(video.suffix.lower(), "video/mp4")
        for start, end in chunk_ranges(session.video_size, session.chunk_size, total):
            if end <= session.bytes_sent:
                continue  # TikTok already has this chunk
            body = read_range(video, start, end - start)
            response = self._send(
                "PUT",
                session.upload_url,
                token=token,
                secrets=(session.upload_url,),
                upload=True,
                content=body,
                headers={
                    "Content-Type": mime,
                    "Content-Length": str(len(body)),
                    "Content-Range": f"bytes {start}-{end - 1}/{session.video_size}",
                },
                check=False,
            )
            if response.status_code in (403, 410):
                raise self.error(
                    UploadExpired,
                    "TikTok's upload link expired before the video was in. Nothing was "
                    "posted; we will start the upload again.",
                    code=str(response.status_code),
                    detail=f"chunk PUT {start}-{end - 1}: {short_text(response.text)}",
                    status_code=response.status_code,
                    secrets=(session.upload_url,),
                )
            if response.status_code >= 400:
                raise self.error_from_response(
                    response, (*self._secrets(token), session.upload_url)
                )
            session = replace(session, bytes_sent=end)
            if on_progress is not None:
                on_progress(session)
        return session

    def _fetch_status(self, token: TokenSet, session: UploadSession) -> dict[str, Any]:
        return self._api(
            "POST", "/v2/post/publish/status/fetch/", token, json={"publish_id": session.session_id}
        )

    def status(self, token: TokenSet, session: UploadSession) -> PublishStatus:
        data = self._fetch_status(token, session)
        status = str(data.get("status") or "")
        uploaded = data.get("uploaded_bytes")
        progress = min(1.0, int(uploaded) / session.video_size) if uploaded else None
        if status == "PUBLISH_COMPLETE":
            ids = data.get("publicaly_available_post_id") or []  # sic: TikTok's spelling
            post_id = str(ids[0]) if ids else None
            url = (
                f"https://www.tiktok.com/@{session.account_name}/video/{post_id}"
                if post_id and session.account_name
                else None
            )
            reason = (
                ""
                if post_id
                else "TikTok has the post; its link appears after moderation (never, for "
                "posts only the creator can see)."
            )
            return PublishStatus(PublishState.PUBLISHED, url, post_id, reason, raw=data)
        if status == "FAILED":
            error = self._failure(str(data.get("fail_reason") or ""))
            return PublishStatus(PublishState.FAILED, reason=error.message, error=error, raw=data)
        if status == "SEND_TO_USER_INBOX":  # the draft flow; Direct Post should not get here
            return PublishStatus(
                PublishState.PUBLISHED,
                reason="TikTok sent the video to the creator's inbox to finish the post.",
                raw=data,
            )
        return PublishStatus(PublishState.PROCESSING, progress=progress, raw=data)

    def publish(self, token: TokenSet, session: UploadSession) -> UploadSession:
        return session  # TikTok publishes on its own once the last chunk is in

    # -- errors ----------------------------------------------------------------------------
    def _failure(self, reason: str) -> PlatformError:
        if reason.startswith("spam_risk"):
            return self.error(
                SpamPolicy,
                "TikTok's spam protection stopped this post. We will not retry it.",
                code=reason,
                detail=f"fail_reason={reason}",
            )
        cls, message = _FAIL_REASONS.get(
            reason,
            (PlatformError, f"TikTok could not publish the clip ({reason or 'no reason given'})."),
        )
        return self.error(cls, message, code=reason, detail=f"fail_reason={reason}")

    def error_from_response(
        self, response: httpx.Response, secrets: tuple[str, ...]
    ) -> PlatformError:
        status = response.status_code
        code = message = log_id = ""
        try:
            body = response.json()
        except ValueError:
            body = None
        if isinstance(body, dict) and isinstance(body.get("error"), dict):
            err = body["error"]
            code, message, log_id = (str(err.get(k) or "") for k in ("code", "message", "log_id"))
        detail = (
            f"{status} {code}: {message} (log_id {log_id})"
            if code
            else f"{status}: {short_text(response.text)}"
        )
        kw: dict[str, Any] = {
            "code": code or str(status),
            "detail": detail,
            "status_code": status,
            "secrets": secrets,
        }
        if code == "access_token_invalid":
            return self.error(
                TokenExpired,
                "The TikTok sign-in has expired. We will renew it and try again.",
                **kw,
            )
        if code in ("scope_not_authorized", "scope_permission_missed"):
            return self.error(
                ScopeMissing,
                "The TikTok account was connected without permission to post. Connect again "
                "and allow posting.",
                **kw,
            )
        if code == "rate_limit_exceeded" or status == 429:
            # TikTok's limits are per minute: a minute is always enough when it does not say.
            retry = parse_retry_after(response.headers.get("Retry-After")) or 60.0
            return self.error(
                RateLimited,
                "TikTok asked us to slow down. We will try again in a minute.",
                retry_after_s=retry,
                **kw,
            )
        if code in (
            "spam_risk_too_many_posts",
            "spam_risk_too_many_pending_share",
            "reached_active_user_cap",
        ):
            return self.error(
                QuotaExceeded,
                "This TikTok account has reached TikTok's daily limit for posts from apps. "
                "Try again tomorrow.",
                **kw,
            )
        if code.startswith("spam_risk"):
            return self.error(
                SpamPolicy,
                "TikTok's spam protection refused this post or account. We will not retry it; "
                "check the account in the TikTok app.",
                **kw,
            )
        if code in (
            "unaudited_client_can_only_post_to_private_accounts",
            "privacy_level_option_mismatch",
        ):
            return self.error(
                PrivacyNotAllowed,
                "TikTok only lets Stillmotion post privately ('Only me') for now, and only to "
                "private accounts. Choose 'private' or make the account private.",
                **kw,
            )
        if code == "url_ownership_unverified":
            return self.error(
                AppMisconfigured,
                "TikTok has not verified our download domain. Our team has been told.",
                **kw,
            )
        if code in _VIDEO_CHECKS:
            return self.error(
                VideoRejected, f"TikTok refused the video file ({message or code}).", **kw
            )
        if code == "internal_error" or status >= 500:
            return self.error(Transient, "TikTok had a temporary problem. We will try again.", **kw)
        if status == 401:
            return self.error(
                TokenExpired,
                "The TikTok sign-in was not accepted. We will renew it and try again.",
                **kw,
            )
        return self.error(
            PlatformError, f"TikTok refused the request ({short_text(message or code, 120)}).", **kw
        )


def _envelope_ok(response: httpx.Response) -> bool:
    """TikTok wraps every reply in {"error": {"code": "ok"}} - a success still has one."""
    try:
        body = response.json()
    except ValueError:
        return True  # not JSON: _json() reports it as a reply we could not read
    err = body.get("error") if isinstance(body, dict) else None
    return not isinstance(err, dict) or err.get("code") in ("ok", "", None)
