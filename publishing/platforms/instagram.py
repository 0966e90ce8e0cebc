"""Instagram Reels through the Instagram API with Instagram Login (graph.instagram.com).

Flow: POST /{ig-user-id}/media with media_type=REELS (a container; Meta pulls our signed
`video_url`, or we push the bytes to the rupload `uri` it returns) -> GET /{container}
?fields=status_code,status until FINISHED -> POST /{ig-user-id}/media_publish (the only call
that makes a post: exactly-once hinges on it) -> GET /{media}?fields=permalink.

AI disclosure: `is_ai_generated=true` on the container (Meta's "AI info" label, official
since 2026-06-22) and, belt and braces, a disclosure line at the end of the caption.

OAuth: a code gives a 1 h token, which we swap at once for a 60-day one; that one refreshes
itself (`ig_refresh_token`, once it is at least 24 h old). There is no refresh token and no
PKCE. Instagram Login documents no revoke call: `revoke` tries Graph's
DELETE /me/permissions and reports whether the platform confirmed it.

Resumable upload is documented only for Facebook Login for Business; it is here for when
`video_url` is not possible, and sends the whole file from offset 0 (a Reel is small).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, ClassVar

import httpx

from publishing.platforms.base import (
    AI_DISCLOSURE_LINE,
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
from publishing.platforms.oauth import AppCredentials, OAuthClient, TokenSet, build_url

API_VERSION = "v26.0"
SCOPES = ("instagram_business_basic", "instagram_business_content_publish")
REQUIRED_SCOPES = SCOPES

# The cap has been documented as 25, 50 and 100 posts per 24 h: `limits()` reads it.
DEFAULT_POSTS_PER_24H = 50
PUBLISH_WINDOW_S = 86_400
RATE_LIMITS: dict[str, RateLimit] = {
    "posts": RateLimit(DEFAULT_POSTS_PER_24H, PUBLISH_WINDOW_S, "account", "read at runtime"),
}
REFRESH_MIN_AGE_S = 86_400  # a long-lived token can be refreshed once it is 24 h old
MIN_DURATION_S = 3.0
MAX_DURATION_S = 15 * 60.0
MAX_VIDEO_BYTES = 300 * 1000 * 1000  # some copies say 1 GB; keep to the smaller
MIN_ASPECT, MAX_ASPECT = 0.01, 10.0
MAX_CAPTION_CHARS = 2200

_SUBCODES: dict[int, tuple[type[PlatformError], str]] = {
    2207051: (
        SpamPolicy,
        "Instagram's spam protection blocked this post. We will not retry it; check the "
        "account in the Instagram app.",
    ),
    2207042: (
        QuotaExceeded,
        "This Instagram account has reached its daily limit for posts from apps. Try again "
        "tomorrow.",
    ),
    2207050: (
        SpamPolicy,
        "The Instagram account is restricted or inactive. Open the Instagram app and finish "
        "any steps it asks for.",
    ),
    2207020: (
        UploadExpired,
        "Instagram's copy of the video expired before it was posted. We will upload it again.",
    ),
    2207053: (UploadExpired, "Instagram lost the upload. We will upload it again."),
    2207003: (UploadExpired, "Instagram took too long to fetch the video. We will try again."),
    2207052: (UploadExpired, "Instagram could not fetch the video from our link. We will retry."),
    2207001: (Transient, "Instagram had a server problem. We will try again."),
    2207032: (Transient, "Instagram could not create the post. We will try again."),
    2207027: (Transient, "Instagram is still processing the video. We will try again shortly."),
    2207026: (VideoRejected, "Instagram does not accept this video (format, length or shape)."),
    2207057: (VideoRejected, "Instagram refused the cover frame position."),
}
_THROTTLE_CODES = {4, 17, 32, 613, 80002}
_SUBCODE_IN_TEXT = re.compile(r"\b(22\d{5})\b")


@dataclass(frozen=True)
class InstagramEndpoints:
    authorize: str = "https://api.instagram.com/oauth/authorize"
    token: str = "https://api.instagram.com/oauth/access_token"
    graph: str = "https://graph.instagram.com"

    @classmethod
    def at(cls, base: str) -> InstagramEndpoints:
        base = base.rstrip("/")
        return cls(
            authorize=f"{base}/oauth/authorize", token=f"{base}/oauth/access_token", graph=base
        )


def caption_with_disclosure(caption: str) -> str:
    """The caption with the AI disclosure line last, within Instagram's 2200 characters."""
    text = caption.rstrip()
    if AI_DISCLOSURE_LINE.lower() in text.lower():
        return text[:MAX_CAPTION_CHARS]
    room = MAX_CAPTION_CHARS - len(AI_DISCLOSURE_LINE) - 2
    body = text[:room].rstrip()
    return f"{body}\n\n{AI_DISCLOSURE_LINE}" if body else AI_DISCLOSURE_LINE


def throttle_retry_after(response: httpx.Response) -> float | None:
    """Seconds from Meta's usage headers (`estimated_time_to_regain_access`, in minutes)."""
    for header in ("X-Business-Use-Case-Usage", "X-App-Usage", "X-Ad-Account-Usage"):
        raw = response.headers.get(header)
        if not raw:
            continue
        try:
            usage = json.loads(raw)
        except ValueError:
            continue
        entries = (
            [e for v in usage.values() if isinstance(v, list) for e in v]
            if isinstance(usage, dict)
            else []
        )
        if isinstance(usage, dict) and "estimated_time_to_regain_access" in usage:
            entries.append(usage)
        minutes = [
            float(e["estimated_time_to_regain_access"])
            for e in entries
            if isinstance(e, dict) and e.get("estimated_time_to_regain_access")
        ]
        if minutes:
            return max(minutes) * 60.0
    return parse_retry_after(response.headers.get("Retry-After"))


class InstagramClient(OAuthClient):
    name: ClassVar[str] = "instagram"
    label: ClassVar[str] = "Instagram"
    supports_pkce: ClassVar[bool] = False
    needs_publish_step: ClassVar[bool] = True
    rate_limits: ClassVar[dict[str, RateLimit]] = RATE_LIMITS
    required_scopes = REQUIRED_SCOPES

    def __init__(
        self,
        credentials: AppCredentials,
        *,
        endpoints: InstagramEndpoints | None = None,
        api_version: str = API_VERSION,
        scopes: tuple[str, ...] = SCOPES,
        **kw: Any,
    ) -> None:
        super().__init__(credentials, **kw)
        self.endpoints = endpoints or InstagramEndpoints()
        self.api_version = api_version
        self.scopes = scopes

    def _graph(self, path: str) -> str:
        return f"{self.endpoints.graph}/{self.api_version}/{path.lstrip('/')}"

    # -- OAuth -----------------------------------------------------------------------------
    def authorize_url(self, state: str, redirect_uri: str, code_verifier: str | None = None) -> str:
        return build_url(
            self.endpoints.authorize,
            {
                "client_id": self.credentials.client_id,
                "redirect_uri": redirect_uri,
                "response_type": "code",
                "scope": ",".join(self.scopes),
                "state": state,
            },
        )

    def exchange_code(
        self, code: str, redirect_uri: str, code_verifier: str | None = None
    ) -> TokenSet:
        body = self.token_post(
            self.endpoints.token,
            {
                "client_id": self.credentials.client_id,
                "client_secret": self.credentials.client_secret,
                "grant_type": "authorization_code",
                "redirect_uri": redirect_uri,
                "code": code.removesuffix("#_"),
            },
            grant="authorization_code",
            wrapped=True,  # newer replies put the token in {"data": [...]}; older are flat
        )
        short = body
        permissions = short.get("permissions") or ""
        short_token = str(short["access_token"])
        # Swap the 1 h token for a 60-day one straight away.
        response = self._send(
            "GET",
            f"{self.endpoints.graph}/access_token",
            secrets=(short_token,),
            params={
                "grant_type": "ig_exchange_token",
                "client_secret": self.credentials.client_secret,
                "access_token": short_token,
            },
        )
        long = self._json(response, (short_token,))
        token = self.token_from_reply(
            {**long, "scope": permissions},
            scope_separator=",",
            account_id=str(short.get("user_id") or ""),
        )
        if "instagram_business_basic" not in token.scopes:
            return token
        return self.with_account(token)

    def refresh(self, token: TokenSet) -> TokenSet:
        try:
            response = self._send(
                "GET",
                f"{self.endpoints.graph}/refresh_access_token",
                token=token,
                params={"grant_type": "ig_refresh_token", "access_token": token.access_token},
            )
        except TokenExpired as exc:
            # An expired long-lived token cannot be refreshed: only a reconnect helps.
            raise self.error(
                TokenRevoked,
                "Your Instagram connection has expired. Connect the account again to keep posting.",
                code=exc.code,
                detail=exc.detail,
                status_code=exc.status_code,
            ) from None
        body = self._json(response, self._secrets(token))
        return self.token_from_reply(body, scope_separator=",", previous=token)

    def revoke(self, token: TokenSet) -> bool:
        """True when Instagram confirmed; False when it would not (delete our copy anyway)."""
        try:
            response = self._send(
                "DELETE", self._graph("me/permissions"), token=token, headers=self._auth(token)
            )
        except (Transient, RateLimited):
            raise
        except PlatformError:
            return False
        body = self._json(response, self._secrets(token))
        return bool(body.get("success"))

    # -- API -------------------------------------------------------------------------------
    def _auth(self, token: TokenSet) -> dict[str, str]:
        return {"Authorization": f"Bearer {token.access_token}"}

    def _get(self, token: TokenSet, path: str, **params: str) -> dict[str, Any]:
        response = self._send(
            "GET", self._graph(path), token=token, headers=self._auth(token), params=params
        )
        return self._json(response, self._secrets(token))

    def _post(self, token: TokenSet, path: str, form: dict[str, str]) -> dict[str, Any]:
        response = self._send(
            "POST", self._graph(path), token=token, headers=self._auth(token), data=form
        )
        return self._json(response, self._secrets(token))

    def account_info(self, token: TokenSet) -> AccountInfo:
        me = self._get(token, "me", fields="user_id,username,name,profile_picture_url")
        return AccountInfo(
            account_id=str(me.get("user_id") or me.get("id") or ""),
            name=str(me.get("username") or me.get("name") or ""),
            username=me.get("username"),
            avatar_url=me.get("profile_picture_url"),
            raw=me,
        )

    def _user(self, token: TokenSet) -> str:
        if not token.account_id:
            raise ValueError("this Instagram TokenSet has no account_id (ig-user-id)")
        return token.account_id

    def limits(self, token: TokenSet) -> PlatformLimits:
        body = self._get(
            token, f"{self._user(token)}/content_publishing_limit", fields="quota_usage,config"
        )
        entry = (body.get("data") or [{}])[0]
        config = entry.get("config") or {}
        return PlatformLimits(
            platform=self.name,
            min_duration_s=MIN_DURATION_S,
            max_duration_s=MAX_DURATION_S,
            privacy_levels=(Privacy.PUBLIC,),  # Reels have no visibility setting
            max_caption_chars=MAX_CAPTION_CHARS,
            max_bytes=MAX_VIDEO_BYTES,
            min_aspect=MIN_ASPECT,
            max_aspect=MAX_ASPECT,
            posts_used=int(entry.get("quota_usage") or 0),
            posts_allowed=int(config.get("quota_total") or DEFAULT_POSTS_PER_24H),
            window_s=int(config.get("quota_duration") or PUBLISH_WINDOW_S),
            username=token.account_name,
            raw=body,
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
        form = {
            "media_type": "REELS",
            "caption": caption_with_disclosure(post.caption),
            "share_to_feed": "true",
            "is_ai_generated": "true",  # Meta's "AI info" label
        }
        if post.video_url:
            form["video_url"] = post.video_url
        else:
            form["upload_type"] = "resumable"
        body = self._post(token, f"{self._user(token)}/media", form)
        source = "video_url" if post.video_url else "resumable"
        return UploadSession(
            platform=self.name,
            session_id=str(body["id"]),
            video_size=size,
            upload_url=body.get("uri"),
            # Meta fetches a video_url itself: there are no bytes for us to send.
            bytes_sent=size if source == "video_url" else 0,
            account_id=token.account_id,
            account_name=token.account_name,
            source=source,
            created_at=self.now(),
        )

    def _container(self, token: TokenSet, session: UploadSession) -> dict[str, Any]:
        return self._get(token, session.session_id, fields="status_code,status")

    def _resume(self, token: TokenSet, session: UploadSession, size: int) -> UploadSession:
        if size != session.video_size:
            raise ValueError("the saved Instagram session is for a different file")
        if session.post_id:
            return session
        container = self._container(token, session)
        code = container.get("status_code")
        if code == "EXPIRED":
            raise self.error(
                UploadExpired,
                "Instagram's copy of the video expired before it was posted. We will upload it "
                "again.",
                code="EXPIRED",
                detail=f"container {session.session_id} EXPIRED",
            )
        if code in ("FINISHED", "PUBLISHED") or session.source == "video_url":
            return replace(session, bytes_sent=size)
        return replace(session, bytes_sent=0)  # no offset query is documented: resend all

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
            raise ValueError("this Instagram session has no rupload uri")
        body = read_range(video, 0, session.video_size)
        response = self._send(
            "POST",
            session.upload_url,
            token=token,
            upload=True,
            content=body,
            headers={
                "Authorization": f"OAuth {token.access_token}",
                "offset": "0",
                "file_size": str(session.video_size),
                "Content-Type": "application/octet-stream",
            },
        )
        reply = self._json(response, self._secrets(token))
        if not reply.get("success"):
            raise self.error(
                Transient,
                "Instagram did not confirm the upload. We will try again.",
                code="upload_unconfirmed",
                detail=short_text(json.dumps(reply)),
            )
        session = replace(session, bytes_sent=session.video_size)
        if on_progress is not None:
            on_progress(session)
        return session

    def status(self, token: TokenSet, session: UploadSession) -> PublishStatus:
        if session.post_id:
            return self._published(token, session)
        container = self._container(token, session)
        code = container.get("status_code")
        if code == "FINISHED":
            return PublishStatus(
                PublishState.READY, reason="Instagram is ready to publish.", raw=container
            )
        if code == "PUBLISHED":
            # Published by an earlier publish() whose reply we lost: never publish again.
            return PublishStatus(
                PublishState.PUBLISHED,
                reason="Instagram published the Reel; its link could not be recovered.",
                raw=container,
            )
        if code == "ERROR":
            error = self._container_error(str(container.get("status") or ""))
            return PublishStatus(
                PublishState.FAILED, reason=error.message, error=error, raw=container
            )
        if code == "EXPIRED":
            error = self.error(
                UploadExpired,
                "Instagram's copy of the video expired before it was posted (24 h). We will "
                "upload it again.",
                code="EXPIRED",
            )
            return PublishStatus(
                PublishState.FAILED, reason=error.message, error=error, raw=container
            )
        return PublishStatus(
            PublishState.PROCESSING, reason="Instagram is processing the video.", raw=container
        )

    def _published(self, token: TokenSet, session: UploadSession) -> PublishStatus:
        permalink = session.extra.get("permalink")
        if not permalink:
            media = self._get(token, str(session.post_id), fields="id,permalink")
            permalink = media.get("permalink")
        return PublishStatus(PublishState.PUBLISHED, permalink, session.post_id)

    def publish(self, token: TokenSet, session: UploadSession) -> UploadSession:
        """media_publish, once. Persist the returned session before anything else."""
        if session.post_id:
            return session
        st = self.status(token, session)
        if st.state is PublishState.PUBLISHED:
            return replace(session, extra={**session.extra, "published_without_id": True})
        if st.state is PublishState.FAILED:
            assert st.error is not None
            raise st.error
        if st.state is PublishState.PROCESSING:
            raise self.error(
                Transient,
                "Instagram is still processing the video. We will publish it shortly.",
                code="IN_PROGRESS",
                retry_after_s=30.0,
            )
        body = self._post(
            token, f"{self._user(token)}/media_publish", {"creation_id": session.session_id}
        )
        session = replace(session, post_id=str(body["id"]))
        try:
            media = self._get(token, session.post_id or "", fields="id,permalink")
        except PlatformError:
            return session  # published; status() fetches the link later
        return replace(session, extra={**session.extra, "permalink": media.get("permalink")})

    # -- errors ----------------------------------------------------------------------------
    def _container_error(self, status_text: str) -> PlatformError:
        match = _SUBCODE_IN_TEXT.search(status_text)
        subcode = int(match.group(1)) if match else 0
        cls, message = _SUBCODES.get(
            subcode, (VideoRejected, "Instagram could not process this video.")
        )
        return self.error(cls, message, code=str(subcode or "ERROR"), detail=status_text)

    def error_from_response(
        self, response: httpx.Response, secrets: tuple[str, ...]
    ) -> PlatformError:
        status = response.status_code
        try:
            body = response.json()
        except ValueError:
            body = None
        err = body.get("error") if isinstance(body, dict) else None
        if not isinstance(err, dict):
            detail = f"{status}: {short_text(response.text)}"
            transient = self.transient_for_status(response, detail, secrets)
            return transient or self.error(
                PlatformError,
                "Instagram refused the request.",
                code=str(status),
                detail=detail,
                status_code=status,
                secrets=secrets,
            )
        code = int(err.get("code") or 0)
        subcode = int(err.get("error_subcode") or 0)
        message = str(err.get("message") or "")
        detail = (
            f"{status} code={code} subcode={subcode} {err.get('type', '')}: {message} "
            f"(fbtrace_id {err.get('fbtrace_id', '')})"
        )
        kw: dict[str, Any] = {
            "code": f"{code}/{subcode}" if subcode else str(code),
            "detail": detail,
            "status_code": status,
            "secrets": secrets,
        }
        if subcode in _SUBCODES:
            cls, text = _SUBCODES[subcode]
            return self.error(cls, text, **kw)
        if code == 190:
            if subcode == 463 or "expired" in message.lower():
                return self.error(
                    TokenExpired,
                    "The Instagram sign-in has expired. We will renew it and try again.",
                    **kw,
                )
            return self.error(
                TokenRevoked,
                "Instagram no longer accepts Stillmotion's access (it was removed or the "
                "password changed). Connect the account again.",
                **kw,
            )
        if code == 10 or 200 <= code <= 299:
            return self.error(
                ScopeMissing,
                "Instagram was connected without permission to publish. Connect again and "
                "allow publishing.",
                **kw,
            )
        if code in _THROTTLE_CODES or code == 9 or status == 429:
            return self.error(
                RateLimited,
                "Instagram asked us to slow down. We will try again later.",
                retry_after_s=throttle_retry_after(response),
                **kw,
            )
        if code in (1, 2) or err.get("is_transient") or status >= 500:
            return self.error(
                Transient, "Instagram had a temporary problem. We will try again.", **kw
            )
        return self.error(
            PlatformError, f"Instagram refused the request ({short_text(message, 120)}).", **kw
        )
