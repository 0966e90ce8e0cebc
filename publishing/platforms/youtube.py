"""YouTube Data API v3: videos.insert over the resumable upload protocol, as a Short.

Flow: POST upload/youtube/v3/videos?uploadType=resumable (the video resource; 200 + Location
is the session URI) -> PUT chunks with Content-Range (308 + Range means "resume at N+1",
200/201 carries the video with its id) -> videos.list?part=status,processingDetails until
processed. The video exists once the last byte is in; there is no separate publish call.

Shorts: the API has no Shorts flag. YouTube makes a Short of any square or vertical video up
to 3 minutes, so we add no "#Shorts" tag; instead `limits()` refuses landscape clips and
clips over 3 min before upload (they would become ordinary videos).

Every upload sets `status.containsSyntheticMedia = true` and always sets `privacyStatus`
(since 2026-11 an unset one means public).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import parse_qs, urlsplit

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
)
from publishing.platforms.errors import (
    PlatformError,
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
from publishing.platforms.oauth import (
    AppCredentials,
    OAuthClient,
    TokenSet,
    build_url,
    code_challenge_s256,
)

SCOPE_UPLOAD = "https://www.googleapis.com/auth/youtube.upload"
SCOPE_READONLY = "https://www.googleapis.com/auth/youtube.readonly"  # channel + status reads
SCOPES = (SCOPE_UPLOAD, SCOPE_READONLY)

# Quota (since 2026-06-01): videos.insert has its own bucket of 100 calls a day at 1 unit;
# everything else shares 10,000 units a day. Both reset at midnight Pacific time.
VIDEOS_INSERT_CALLS_PER_DAY = 100
VIDEOS_INSERT_UNITS = 1
LEGACY_VIDEOS_INSERT_UNITS = 1600  # the cost before the separate bucket
DAILY_UNITS = 10_000
LIST_UNITS = 1  # videos.list, channels.list
RATE_LIMITS: dict[str, RateLimit] = {
    "videos_insert": RateLimit(VIDEOS_INSERT_CALLS_PER_DAY, 86_400, "project", "midnight PT"),
    "units": RateLimit(DAILY_UNITS, 86_400, "project", "1 unit per list call; midnight PT"),
}

CHUNK_MULTIPLE = 256 * 1024  # every chunk but the last is a multiple of 256 KiB
DEFAULT_CHUNK = 32 * CHUNK_MULTIPLE  # 8 MiB
SHORTS_MAX_DURATION_S = 180.0
MAX_VIDEO_BYTES = 256 * 1024**3
MAX_TITLE_CHARS = 100
MAX_DESCRIPTION_BYTES = 5000
CATEGORY_PEOPLE_AND_BLOGS = "22"

PRIVACY_TO_YOUTUBE = {
    Privacy.PUBLIC: "public",
    Privacy.UNLISTED: "unlisted",
    Privacy.PRIVATE: "private",
}

_FAILURE_REASONS = {
    "conversion": "YouTube could not convert the video.",
    "invalidFile": "YouTube could not read the video file.",
    "emptyFile": "The video file was empty.",
    "tooSmall": "The video file is too small for YouTube.",
    "codec": "YouTube does not support the video's codec.",
    "uploadAborted": "The upload was cut off before YouTube had the whole file.",
}
_REJECTION_REASONS: dict[str, tuple[type[PlatformError], str]] = {
    "length": (VideoRejected, "YouTube refused the video's length."),
    "duplicate": (VideoRejected, "YouTube says this video is a duplicate of one already posted."),
    "claim": (VideoRejected, "YouTube rejected the video over a rights claim."),
    "copyright": (VideoRejected, "YouTube rejected the video for copyright."),
    "trademark": (VideoRejected, "YouTube rejected the video for trademark reasons."),
    "legal": (VideoRejected, "YouTube rejected the video for legal reasons."),
    "inappropriate": (SpamPolicy, "YouTube rejected the video as inappropriate."),
    "termsOfUse": (SpamPolicy, "YouTube rejected the video under its Terms of Service."),
    "uploaderAccountClosed": (PlatformError, "The YouTube account is closed."),
    "uploaderAccountSuspended": (PlatformError, "The YouTube account is suspended."),
}
_METADATA_REASONS = (
    "invalidTitle",
    "invalidDescription",
    "invalidTags",
    "invalidCategoryId",
    "invalidVideoMetadata",
    "mediaBodyRequired",
    "invalidFilename",
)


@dataclass(frozen=True)
class YouTubeEndpoints:
    authorize: str = "https://accounts.google.com/o/oauth2/v2/auth"
    token: str = "https://oauth2.googleapis.com/token"
    revoke: str = "https://oauth2.googleapis.com/revoke"
    api: str = "https://www.googleapis.com/youtube/v3"
    upload: str = "https://www.googleapis.com/upload/youtube/v3"

    @classmethod
    def at(cls, base: str) -> YouTubeEndpoints:
        base = base.rstrip("/")
        return cls(
            authorize=f"{base}/o/oauth2/v2/auth",
            token=f"{base}/token",
            revoke=f"{base}/revoke",
            api=f"{base}/youtube/v3",
            upload=f"{base}/upload/youtube/v3",
        )


def seconds_until_pacific_midnight(now: float) -> float:
    """When YouTube quota resets. Falls back to UTC-8 without a tz database."""
    try:
        from zoneinfo import ZoneInfo  # may be missing its tz data: the fallback is below

        tz: Any = ZoneInfo("America/Los_Angeles")
    except Exception:
        tz = UTC
        now -= 8 * 3600
    local = datetime.fromtimestamp(now, tz)
    midnight = (local + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
    return max(60.0, (midnight - local).total_seconds())


def youtube_title(post: PostRequest) -> str:
    """At most 100 characters, no angle brackets (YouTube refuses them), never empty."""
    text = post.title or (post.caption.strip().splitlines() or [""])[0]
    text = text.replace("<", "").replace(">", "").strip()
    return text[:MAX_TITLE_CHARS].strip() or "Stillmotion clip"


def youtube_description(post: PostRequest) -> str:
    encoded = post.caption.replace("<", "").replace(">", "").encode()[:MAX_DESCRIPTION_BYTES]
    return encoded.decode(errors="ignore")


class YouTubeClient(OAuthClient):
    name: ClassVar[str] = "youtube"
    label: ClassVar[str] = "YouTube"
    supports_pkce: ClassVar[bool] = True
    needs_publish_step: ClassVar[bool] = False
    rate_limits: ClassVar[dict[str, RateLimit]] = RATE_LIMITS
    required_scopes = SCOPES

    def __init__(
        self,
        credentials: AppCredentials,
        *,
        endpoints: YouTubeEndpoints | None = None,
        scopes: tuple[str, ...] = SCOPES,
        chunk_size: int = DEFAULT_CHUNK,
        **kw: Any,
    ) -> None:
        super().__init__(credentials, **kw)
        if chunk_size <= 0 or chunk_size % CHUNK_MULTIPLE:
            raise ValueError("YouTube chunk_size must be a positive multiple of 256 KiB")
        self.endpoints = endpoints or YouTubeEndpoints()
        self.scopes = scopes
        self.chunk_size = chunk_size

    # -- OAuth -----------------------------------------------------------------------------
    def authorize_url(self, state: str, redirect_uri: str, code_verifier: str | None = None) -> str:
        return build_url(
            self.endpoints.authorize,
            {
                "client_id": self.credentials.client_id,
                "redirect_uri": redirect_uri,
                "response_type": "code",
                "scope": " ".join(self.scopes),
                "access_type": "offline",  # we need a refresh token to post later
                "prompt": "consent",  # so a reconnect also returns a fresh refresh token
                "include_granted_scopes": "true",
                "state": state,
                "code_challenge": code_challenge_s256(code_verifier) if code_verifier else None,
                "code_challenge_method": "S256" if code_verifier else None,
            },
        )

    def exchange_code(
        self, code: str, redirect_uri: str, code_verifier: str | None = None
    ) -> TokenSet:
        form = {
            "code": code,
            "client_id": self.credentials.client_id,
            "client_secret": self.credentials.client_secret,
            "redirect_uri": redirect_uri,
            "grant_type": "authorization_code",
        }
        if code_verifier:
            form["code_verifier"] = code_verifier
        body = self.token_post(self.endpoints.token, form, grant="authorization_code")
        token = self.token_from_reply(body, scope_separator=" ")
        if SCOPE_READONLY not in token.scopes:
            return token  # no channel to read; the caller's require_scopes() explains
        return self.with_account(token)

    def refresh(self, token: TokenSet) -> TokenSet:
        if not token.refresh_token:
            raise self.error(
                TokenRevoked,
                "This YouTube connection cannot be renewed. Connect the account again.",
                code="no_refresh_token",
            )
        body = self.token_post(
            self.endpoints.token,
            {
                "client_id": self.credentials.client_id,
                "client_secret": self.credentials.client_secret,
                "grant_type": "refresh_token",
                "refresh_token": token.refresh_token,
            },
            grant="refresh_token",
            token=token,
        )
        return self.token_from_reply(body, scope_separator=" ", previous=token)

    def revoke(self, token: TokenSet) -> bool:
        # Revoking the refresh token ends the whole grant; the token goes in the body so it
        # stays out of URLs and access logs.
        value = token.refresh_token or token.access_token
        response = self._send(
            "POST", self.endpoints.revoke, token=token, data={"token": value}, check=False
        )
        return self.revoke_result(response, token)  # 400 invalid_token: already gone

    # -- API -------------------------------------------------------------------------------
    def _auth(self, token: TokenSet) -> dict[str, str]:
        return {"Authorization": f"Bearer {token.access_token}"}

    def account_info(self, token: TokenSet) -> AccountInfo:
        response = self._send(
            "GET",
            f"{self.endpoints.api}/channels",
            token=token,
            headers=self._auth(token),
            params={"part": "snippet", "mine": "true"},
        )
        items = self._json(response, self._secrets(token)).get("items") or []
        if not items:
            raise self.error(
                PlatformError,
                "This Google account has no YouTube channel yet. Create one on YouTube, then "
                "connect again.",
                code="no_channel",
            )
        channel = items[0]
        snippet = channel.get("snippet") or {}
        return AccountInfo(
            account_id=str(channel["id"]),
            name=str(snippet.get("title") or ""),
            username=snippet.get("customUrl"),
            avatar_url=((snippet.get("thumbnails") or {}).get("default") or {}).get("url"),
            raw=channel,
        )

    def limits(self, token: TokenSet) -> PlatformLimits:
        """No API reports these: they are the Shorts rules. No request is made."""
        return PlatformLimits(
            platform=self.name,
            min_duration_s=1.0,
            max_duration_s=SHORTS_MAX_DURATION_S,
            privacy_levels=tuple(PRIVACY_TO_YOUTUBE),
            max_caption_chars=MAX_DESCRIPTION_BYTES,
            max_bytes=MAX_VIDEO_BYTES,
            max_aspect=1.0,  # square or vertical, or it is not a Short
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
        check_post(limits or self.limits(token), post, size, label=self.label)
        resource = {
            "snippet": {
                "title": youtube_title(post),
                "description": youtube_description(post),
                "tags": list(post.tags),
                "categoryId": CATEGORY_PEOPLE_AND_BLOGS,
            },
            "status": {
                "privacyStatus": PRIVACY_TO_YOUTUBE[post.privacy],
                "selfDeclaredMadeForKids": post.made_for_kids,
                "containsSyntheticMedia": True,  # every Stillmotion clip is AI-generated
            },
        }
        response = self._send(
            "POST",
            f"{self.endpoints.upload}/videos",
            token=token,
            params={"uploadType": "resumable", "part": "snippet,status"},
            headers={
                **self._auth(token),
                "X-Upload-Content-Length": str(size),
                "X-Upload-Content-Type": "video/mp4",
            },
            json=resource,  # httpx sends application/json (UTF-8)
        )
        location = response.headers.get("Location")
        if not location:
            raise self.error(
                Transient,
                "YouTube did not start the upload. We will try again.",
                code="no_location",
                detail=f"{response.status_code} without Location",
                status_code=response.status_code,
            )
        upload_id = (parse_qs(urlsplit(location).query).get("upload_id") or [location])[0]
        return UploadSession(
            platform=self.name,
            session_id=upload_id,
            video_size=size,
            upload_url=location,
            chunk_size=self.chunk_size,
            account_id=token.account_id,
            account_name=token.account_name,
            source="resumable",
            created_at=self.now(),
            extra={"short": _is_short(post)},
        )

    def _put(
        self, token: TokenSet, session: UploadSession, content: bytes, content_range: str
    ) -> httpx.Response:
        assert session.upload_url
        response = self._send(
            "PUT",
            session.upload_url,
            token=token,
            secrets=(session.upload_url,),
            upload=True,
            content=content,
            headers={
                **self._auth(token),
                "Content-Length": str(len(content)),
                "Content-Range": content_range,
            },
            check=False,
        )
        if response.status_code in (404, 410):
            raise self.error(
                UploadExpired,
                "YouTube's upload session expired before the video was in. Nothing was "
                "posted; we will start the upload again.",
                code=str(response.status_code),
                detail=f"PUT session: {short_text(response.text)}",
                status_code=response.status_code,
            )
        if response.status_code >= 400:
            raise self.error_from_response(response, (*self._secrets(token), session.upload_url))
        return response

    def _advance(self, session: UploadSession, response: httpx.Response) -> UploadSession:
        """Apply a PUT reply: 308 + Range says how much YouTube has; 200/201 is the video."""
        if response.status_code == 308:
            sent = 0
            range_header = response.headers.get("Range", "")
            if range_header.startswith("bytes="):
                sent = int(range_header.rsplit("-", 1)[1]) + 1
            new_uri = response.headers.get("Location") or session.upload_url
            return replace(session, bytes_sent=sent, upload_url=new_uri)
        if response.status_code in (200, 201):
            video = self._json(response)
            return replace(session, bytes_sent=session.video_size, post_id=str(video["id"]))
        raise self.error(
            Transient,
            "YouTube answered the upload oddly. We will try again.",
            code=str(response.status_code),
            detail=f"unexpected {response.status_code}: {short_text(response.text)}",
            status_code=response.status_code,
        )

    def _resume(self, token: TokenSet, session: UploadSession, size: int) -> UploadSession:
        """The status query: an empty PUT with `Content-Range: bytes */TOTAL`."""
        if size != session.video_size:
            raise ValueError("the saved YouTube session is for a different file")
        if session.post_id:
            return session  # the video exists already: nothing more to send
        response = self._put(token, session, b"", f"bytes */{size}")
        return self._advance(session, response)

    def upload(
        self,
        token: TokenSet,
        session: UploadSession,
        video: Path,
        *,
        on_progress: ProgressCallback | None = None,
    ) -> UploadSession:
        stalls = 0
        while not session.post_id:
            start = session.bytes_sent
            length = min(session.chunk_size or self.chunk_size, session.video_size - start)
            if length <= 0:
                # Every byte is in but no video id came back: ask, don't resend.
                session = self._resume(token, session, session.video_size)
                if not session.post_id:
                    raise self.error(
                        Transient,
                        "YouTube has the whole file but has not confirmed the video yet.",
                        code="no_video_id",
                    )
                break
            body = read_range(video, start, length)
            response = self._put(
                token, session, body, f"bytes {start}-{start + length - 1}/{session.video_size}"
            )
            session = self._advance(session, response)
            if on_progress is not None:
                on_progress(session)
            # A server that keeps answering 308 without taking bytes must not spin us.
            stalls = stalls + 1 if session.bytes_sent <= start else 0
            if stalls >= 3:
                raise self.error(
                    Transient,
                    "YouTube stopped accepting the upload. We will try again later.",
                    code="upload_stalled",
                    detail=f"no progress past byte {start} after {stalls} chunks",
                )
        return session

    def status(self, token: TokenSet, session: UploadSession) -> PublishStatus:
        if not session.post_id:
            progress = session.bytes_sent / session.video_size if session.video_size else None
            return PublishStatus(
                PublishState.PROCESSING, reason="The upload has not finished.", progress=progress
            )
        response = self._send(
            "GET",
            f"{self.endpoints.api}/videos",
            token=token,
            headers=self._auth(token),
            params={"part": "status,processingDetails", "id": session.post_id},
        )
        items = self._json(response, self._secrets(token)).get("items") or []
        if not items:
            error = self.error(
                PlatformError, "YouTube no longer has this video (it was deleted).", code="deleted"
            )
            return PublishStatus(PublishState.FAILED, reason=error.message, error=error)
        video = items[0]
        st = video.get("status") or {}
        processing = video.get("processingDetails") or {}
        upload_status = st.get("uploadStatus")
        url = (
            f"https://www.youtube.com/shorts/{session.post_id}"
            if session.extra.get("short")
            else f"https://www.youtube.com/watch?v={session.post_id}"
        )
        if upload_status == "failed":
            reason = str(st.get("failureReason") or "")
            error = self.error(
                VideoRejected,
                _FAILURE_REASONS.get(reason, "YouTube could not process the video."),
                code=reason,
                detail=f"uploadStatus=failed failureReason={reason}",
            )
            return PublishStatus(PublishState.FAILED, reason=error.message, error=error, raw=video)
        if upload_status == "rejected":
            reason = str(st.get("rejectionReason") or "")
            cls, message = _REJECTION_REASONS.get(
                reason, (VideoRejected, "YouTube rejected the video.")
            )
            error = self.error(cls, message, code=reason, detail=f"rejectionReason={reason}")
            return PublishStatus(PublishState.FAILED, reason=error.message, error=error, raw=video)
        if upload_status == "deleted":
            error = self.error(PlatformError, "The video was deleted on YouTube.", code="deleted")
            return PublishStatus(PublishState.FAILED, reason=error.message, error=error, raw=video)
        if processing.get("processingStatus") in ("failed", "terminated"):
            reason = str(processing.get("processingFailureReason") or "")
            error = self.error(
                VideoRejected,
                "YouTube could not process the video.",
                code=reason or "processing_failed",
            )
            return PublishStatus(PublishState.FAILED, reason=error.message, error=error, raw=video)
        if upload_status == "processed":
            return PublishStatus(PublishState.PUBLISHED, url, session.post_id, raw=video)
        progress = None
        parts = processing.get("processingProgress") or {}
        if parts.get("partsTotal"):
            progress = int(parts.get("partsProcessed") or 0) / int(parts["partsTotal"])
        return PublishStatus(
            PublishState.PROCESSING,
            platform_post_id=session.post_id,
            reason="YouTube is processing the video.",
            progress=progress,
            raw=video,
        )

    def publish(self, token: TokenSet, session: UploadSession) -> UploadSession:
        return session  # the video exists once the last byte is in

    # -- errors ----------------------------------------------------------------------------
    def error_from_response(
        self, response: httpx.Response, secrets: tuple[str, ...]
    ) -> PlatformError:
        status = response.status_code
        reason = message = ""
        try:
            body = response.json()
        except ValueError:
            body = None
        if isinstance(body, dict) and isinstance(body.get("error"), dict):
            err = body["error"]
            message = str(err.get("message") or "")
            errors = err.get("errors") or []
            reason = str((errors[0] or {}).get("reason") or "") if errors else ""
            reason = reason or str(err.get("status") or "")
        elif isinstance(body, dict) and isinstance(body.get("error"), str):
            reason, message = body["error"], str(body.get("error_description") or "")
        detail = f"{status} {reason}: {message}" if reason else f"{status}: {response.text}"
        kw: dict[str, Any] = {
            "code": reason or str(status),
            "detail": detail,
            "status_code": status,
            "secrets": secrets,
        }
        if reason == "quotaExceeded":
            return self.error(
                QuotaExceeded,
                "Stillmotion has used today's YouTube upload allowance. We will post after it "
                "resets at midnight Pacific time.",
                retry_after_s=seconds_until_pacific_midnight(self.now()),
                **kw,
            )
        if reason == "uploadLimitExceeded":
            return self.error(
                QuotaExceeded,
                "This YouTube channel has reached its daily upload limit. Try again tomorrow.",
                **kw,
            )
        if reason in ("rateLimitExceeded", "userRateLimitExceeded") or status == 429:
            return self.error(
                RateLimited,
                "YouTube asked us to slow down. We will try again shortly.",
                retry_after_s=parse_retry_after(response.headers.get("Retry-After")),
                **kw,
            )
        if status == 401:
            return self.error(
                TokenExpired,
                "The YouTube sign-in has expired. We will renew it and try again.",
                **kw,
            )
        if reason in ("insufficientPermissions", "ACCESS_TOKEN_SCOPE_INSUFFICIENT") or (
            status == 403 and "scope" in message.lower()
        ):
            return self.error(
                ScopeMissing,
                "YouTube was connected without a permission Stillmotion needs. Connect again "
                "and allow everything on the consent screen.",
                **kw,
            )
        if reason in _METADATA_REASONS:
            return self.error(
                VideoRejected,
                f"YouTube refused the video's details ({short_text(message or reason, 120)}).",
                **kw,
            )
        if (transient := self.transient_for_status(response, detail, secrets)) is not None:
            return transient
        return self.error(
            PlatformError,
            f"YouTube refused the request ({short_text(message or reason or str(status), 120)}).",
            **kw,
        )


def _is_short(post: PostRequest) -> bool:
    """True when the metadata says YouTube will file it as a Short (or says nothing)."""
    if post.width and post.height and post.width > post.height:
        return False
    return post.duration_s is None or post.duration_s <= SHORTS_MAX_DURATION_S
