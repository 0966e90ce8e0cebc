"""Fake TikTok: Login Kit, OAuth v2 and the Content Posting API (Direct Post, FILE_UPLOAD).

Routes (TikTok's own paths, all on one host):
  GET  /v2/auth/authorize/                 consent page (Allow -> redirect_uri?code&scopes&state)
  POST /v2/oauth/token/                    code exchange; refresh (rotates: the old one dies)
  POST /v2/oauth/revoke/                   ends the grant
  GET  /v2/user/info/                      user.info.basic
  POST /v2/post/publish/creator_info/query/   privacy options, max duration (20/min)
  POST /v2/post/publish/video/init/        publish_id + upload_url (6/min per token)
  PUT  /video/?upload_id&upload_token      the chunks, Content-Range checked against the rules
  POST /v2/post/publish/status/fetch/      PROCESSING_UPLOAD ... PUBLISH_COMPLETE | FAILED

Chunk rules enforced: total_chunk_count = floor(size / chunk_size); chunks 5-64 MiB, the
last up to 128 MiB; a file under 5 MiB whole; 1-1000 chunks, in order, each the exact
expected range and length. The assembled file is judged from its own boxes (ftyp,
duration against 3 s and the creator's max, picture 360-4096 px).

Fault kinds for `fail(op, ...)`, op in token | revoke | user_info | creator_info | init |
chunk | status: token_expired, scope_missing, rate_limited, spam, daily_cap, pending_cap,
unaudited, privacy_mismatch, invalid_params, 500, slow, drop; for chunks also expired_url
and lost_reply (the chunk is stored, then the connection closes: the reply is lost).
`fail_chunk(i, kind)` aims a fault at chunk i. Switches: `unaudited`, `private_account`,
`max_duration_s`, `video_fault` (too_long | too_short | bad_format | picture_size | spam),
`moderation_polls`, `polls_until_done`, `daily_cap`, `retry_after`, `oauth_errors_http_200`.
"""

from __future__ import annotations

import re
import secrets
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from tests.fakes.mp4box import probe
from tests.fakes.platform import FakePlatform, Pending, first, form
from tests.fakes.server import Request, Response

CLIENT_KEY = "aw_fake_stillmotion"
CLIENT_SECRET = "tt_secret_fake_stillmotion"
MIB = 1024 * 1024
ACCESS_TTL_S = 2 * 3600
REFRESH_TTL_S = 180 * 86_400
OPTIONS_PUBLIC = ["PUBLIC_TO_EVERYONE", "MUTUAL_FOLLOW_FRIENDS", "SELF_ONLY"]
OPTIONS_PRIVATE = ["FOLLOWER_OF_CREATOR", "MUTUAL_FOLLOW_FRIENDS", "SELF_ONLY"]
_RANGE = re.compile(r"^bytes (\d+)-(\d+)/(\d+)$")


def log_id() -> str:
    return time.strftime("%Y%m%d%H%M%S") + secrets.token_hex(8).upper()


def envelope(status: int, code: str, message: str, data: Any = None) -> Response:
    return Response(
        status,
        {"data": data or {}, "error": {"code": code, "message": message, "log_id": log_id()}},
    )


def ok(data: Any) -> Response:
    return envelope(200, "ok", "", data)


@dataclass
class Publish:
    id: str
    token: str
    post_info: dict[str, Any]
    video_size: int
    chunk_size: int
    total_chunks: int
    upload_token: str
    received: bytearray = field(default_factory=bytearray)
    next_chunk: int = 0
    complete: bool = False
    polls: int = 0
    status: str = "PROCESSING_UPLOAD"
    fail_reason: str = ""
    post_id: int | None = None
    url_expired: bool = False
    chunk_puts: list[tuple[int, int]] = field(default_factory=list)


class FakeTikTok(FakePlatform):
    label = "TikTok"

    def __init__(self, *, client_key: str = CLIENT_KEY, client_secret: str = CLIENT_SECRET) -> None:
        super().__init__(client_id=client_key, client_secret=client_secret)
        self.open_id = "tt-open-" + "a1b2c3"
        self.display_name = "Ada Lovelace"
        self.username = "ada.makes"
        self.private_account = False
        self.unaudited = False
        self.max_duration_s = 180
        self.video_fault: str | None = None
        self.polls_until_done = 2
        self.moderation_polls = 1  # PUBLISH_COMPLETE polls before the post id shows
        self.daily_cap = 15
        self.init_per_minute = 6
        self.retry_after: str | None = None  # TikTok documents no Retry-After
        self.oauth_errors_http_200 = False
        self.publishes: dict[str, Publish] = {}
        self.chunk_faults: dict[int, str] = {}
        self._inits: dict[str, deque[float]] = {}
        self._post_ids = iter(range(7_300_000_000_000_000_001, 7_400_000_000_000_000_000))
        self._pub_lock = threading.Lock()
        self.route("GET", "/v2/auth/authorize/", self._authorize)
        self.route("POST", "/v2/oauth/token/", self._token)
        self.route("POST", "/v2/oauth/revoke/", self._revoke)
        self.route("GET", "/v2/user/info/", self._user_info)
        self.route("POST", "/v2/post/publish/creator_info/query/", self._creator_info)
        self.route("POST", "/v2/post/publish/video/init/", self._init)
        self.route("PUT", "/video/", self._chunk)
        self.route("POST", "/v2/post/publish/status/fetch/", self._status)

    def reset_state(self) -> None:
        self.publishes.clear()
        self.chunk_faults.clear()
        self._inits.clear()

    def fail_chunk(self, index: int, kind: str) -> None:
        self.chunk_faults[index] = kind

    def expire_upload_urls(self) -> None:
        for publish in self.publishes.values():
            publish.url_expired = True

    # -- faults ----------------------------------------------------------------------------
    def fault(self, kind: str) -> Response:
        if kind == "slow":
            return self.slow(envelope(500, "internal_error", "slow"))
        if kind == "drop":
            return self.dropped()
        table = {
            "token_expired": (
                401,
                "access_token_invalid",
                "The access token is invalid or not found in the request.",
            ),
            "scope_missing": (
                401,
                "scope_not_authorized",
                "The user did not authorize the scope required for completing this request.",
            ),
            "rate_limited": (
                429,
                "rate_limit_exceeded",
                "API rate limit was exceeded. Please try again later.",
            ),
            "spam": (
                403,
                "spam_risk_user_banned_from_posting",
                "The user is banned from making new posts.",
            ),
            "daily_cap": (
                403,
                "spam_risk_too_many_posts",
                "The daily post cap from the API is reached for the current user.",
            ),
            "pending_cap": (
                403,
                "spam_risk_too_many_pending_share",
                "The daily upload cap from the API is reached for the current user.",
            ),
            "unaudited": (
                403,
                "unaudited_client_can_only_post_to_private_accounts",
                "Unaudited clients can only post to a private account.",
            ),
            "privacy_mismatch": (
                400,
                "privacy_level_option_mismatch",
                "privacy_level is not in privacy_level_options.",
            ),
            "invalid_params": (400, "invalid_params", "Invalid request parameters."),
            "500": (500, "internal_error", "Something went wrong. Please try again later."),
        }
        status, code, message = table[kind]
        response = envelope(status, code, message)
        if kind == "rate_limited" and self.retry_after:
            response.headers["Retry-After"] = self.retry_after
        return response

    def _scripted(self, op: str) -> Response | None:
        kind = self.take_fault(op)
        return None if kind is None else self.fault(kind)

    def _auth(self, request: Request, scope: str) -> tuple[Response | None, str]:
        value = self.bearer(request)
        token = self.find_token(value)
        if token is None or not token.alive(time.time()):
            return self.fault("token_expired"), ""
        if scope not in token.grant.scopes:
            return self.fault("scope_missing"), ""
        return None, value or ""

    # -- OAuth -----------------------------------------------------------------------------
    def _authorize(self, request: Request) -> Response:
        params = {k: v[0] for k, v in request.query.items()}
        if params.get("client_key") != self.client_id:
            return Response(400, "<h1>client_key is invalid</h1>", {"Content-Type": "text/html"})
        if params.get("response_type") != "code" or not params.get("redirect_uri"):
            return Response(400, "<h1>Invalid request</h1>", {"Content-Type": "text/html"})
        scopes = tuple(s for s in params.get("scope", "").split(",") if s)
        return self.consent(params, scopes)

    def issue_code(self, pending: Pending) -> str:
        return self.new_code(pending, client_id=self.client_id)

    def allow_params(self, pending: Pending, code: str) -> dict[str, str]:
        granted = self.codes[code].scopes
        return {"code": code, "scopes": ",".join(granted), "state": pending.params.get("state", "")}

    def _oauth_error(self, error: str, description: str) -> Response:
        status = 200 if self.oauth_errors_http_200 else 400
        return Response(
            status, {"error": error, "error_description": description, "log_id": log_id()}
        )

    def _token(self, request: Request) -> Response:
        if (scripted := self.take_fault("token")) is not None:
            return (
                self.fault(scripted)
                if scripted in ("slow", "drop", "500")
                else self._oauth_error(scripted, "scripted")
            )
        if not request.headers.get("content-type", "").startswith(
            "application/x-www-form-urlencoded"
        ):
            return self._oauth_error(
                "invalid_request", "Content-Type must be application/x-www-form-urlencoded"
            )
        body = form(request)
        if (
            body.get("client_key") != self.client_id
            or body.get("client_secret") != self.client_secret
        ):
            return self._oauth_error("invalid_client", "Client key or secret is incorrect.")
        grant_type = body.get("grant_type")
        with self._state:
            if grant_type == "authorization_code":
                code = self.codes.get(body.get("code", ""))
                if code is None or code.used:
                    return self._oauth_error("invalid_grant", "Authorization code is expired.")
                if code.redirect_uri != body.get("redirect_uri"):
                    return self._oauth_error("invalid_request", "redirect_uri does not match.")
                code.used = True
                grant = self.new_grant(code.scopes)
            elif grant_type == "refresh_token":
                old = self.find_token(body.get("refresh_token"), "refresh")
                if old is None or not old.alive(time.time()):
                    return self._oauth_error(
                        "invalid_grant", "Refresh token is invalid or expired."
                    )
                old.dead = True  # rotation: the old refresh token is gone for good
                grant = old.grant
            else:
                return self._oauth_error("unsupported_grant_type", "grant_type is not supported.")
            access = self.new_token("access", grant, ACCESS_TTL_S, "act.")
            refresh = self.new_token("refresh", grant, REFRESH_TTL_S, "rft.")
        return Response(
            200,
            {
                "open_id": self.open_id,
                "scope": ",".join(grant.scopes),
                "access_token": access.value,
                "expires_in": ACCESS_TTL_S,
                "refresh_token": refresh.value,
                "refresh_expires_in": REFRESH_TTL_S,
                "token_type": "Bearer",
            },
        )

    def _revoke(self, request: Request) -> Response:
        if (scripted := self._scripted("revoke")) is not None:
            return scripted
        body = form(request)
        if (
            body.get("client_key") != self.client_id
            or body.get("client_secret") != self.client_secret
        ):
            return self._oauth_error("invalid_client", "Client key or secret is incorrect.")
        token = self.find_token(body.get("token"))
        if token is not None:
            token.grant.revoked = True
        return Response(200, {})

    # -- API -------------------------------------------------------------------------------
    def _user_info(self, request: Request) -> Response:
        if (scripted := self._scripted("user_info")) is not None:
            return scripted
        error, _ = self._auth(request, "user.info.basic")
        if error is not None:
            return error
        fields = first(request, "fields").split(",")
        user = {
            "open_id": self.open_id,
            "union_id": "tt-union-1",
            "avatar_url": "https://p16.tiktokcdn.test/avatar.jpeg",
            "display_name": self.display_name,
        }
        return ok({"user": {k: v for k, v in user.items() if k in fields}})

    def options(self) -> list[str]:
        return OPTIONS_PRIVATE if self.private_account else OPTIONS_PUBLIC

    def _creator_info(self, request: Request) -> Response:
        if (scripted := self._scripted("creator_info")) is not None:
            return scripted
        error, _ = self._auth(request, "video.publish")
        if error is not None:
            return error
        return ok(
            {
                "creator_avatar_url": "https://p16.tiktokcdn.test/avatar.jpeg",
                "creator_username": self.username,
                "creator_nickname": self.display_name,
                "privacy_level_options": self.options(),
                "comment_disabled": False,
                "duet_disabled": False,
                "stitch_disabled": True,
                "max_video_post_duration_sec": self.max_duration_s,
            }
        )

    def _rate_limited(self, token: str) -> bool:
        now = time.time()
        with self._state:
            window = self._inits.setdefault(token, deque())
            while window and now - window[0] > 60:
                window.popleft()
            if len(window) >= self.init_per_minute:
                return True
            window.append(now)
        return False

    def _init(self, request: Request) -> Response:
        if (scripted := self._scripted("init")) is not None:
            return scripted
        error, token = self._auth(request, "video.publish")
        if error is not None:
            return error
        if not request.headers.get("content-type", "").startswith("application/json"):
            return envelope(
                400, "invalid_params", "Content-Type must be application/json; charset=UTF-8"
            )
        if self._rate_limited(token):
            return self.fault("rate_limited")
        body = request.json() or {}
        post_info, source = body.get("post_info") or {}, body.get("source_info") or {}
        privacy = post_info.get("privacy_level")
        if privacy not in self.options():
            return self.fault("privacy_mismatch")
        if self.unaudited and (privacy != "SELF_ONLY" or not self.private_account):
            return self.fault("unaudited")
        if len(str(post_info.get("title", "")).encode("utf-16-le")) > 2200 * 2:
            return envelope(400, "invalid_params", "title is longer than 2200 characters.")
        if not isinstance(post_info.get("is_aigc", False), bool):
            return envelope(400, "invalid_params", "is_aigc must be a boolean.")
        if source.get("source") != "FILE_UPLOAD":
            return envelope(400, "invalid_params", "Only FILE_UPLOAD is supported by this fake.")
        problem = chunk_rule_problem(source)
        if problem:
            return envelope(400, "invalid_params", problem)
        with self._state:
            today = [p for p in self.publishes.values() if p.status != "FAILED"]
            if len(today) >= self.daily_cap:
                return self.fault("daily_cap")
            publish = Publish(
                id=f"v_pub_file~v2-1.{self.next_id()}{secrets.token_hex(4)}",
                token=token,
                post_info=post_info,
                video_size=int(source["video_size"]),
                chunk_size=int(source["chunk_size"]),
                total_chunks=int(source["total_chunk_count"]),
                upload_token=secrets.token_urlsafe(16),
            )
            self.publishes[publish.id] = publish
        upload_url = f"{self.url}/video/?upload_id={publish.id}&upload_token={publish.upload_token}"
        return ok({"publish_id": publish.id, "upload_url": upload_url})

    def _chunk(self, request: Request) -> Response:
        publish = self.publishes.get(first(request, "upload_id"))
        if publish is None or first(request, "upload_token") != publish.upload_token:
            return envelope(404, "invalid_params", "Upload URL not found.")
        with self._pub_lock:
            index = publish.next_chunk
            kind = self.chunk_faults.pop(index, None) or self.take_fault("chunk")
            if kind == "expired_url" or publish.url_expired:
                publish.url_expired = True
                return envelope(403, "upload_url_expired", "The upload URL has expired.")
            if kind == "drop":
                return self.dropped()  # the bytes never made it: nothing recorded
            if kind not in (None, "lost_reply"):
                return self.fault(kind)
            problem = self._chunk_problem(publish, request)
            if problem:
                return envelope(400, "invalid_params", problem)
            publish.received += request.body
            publish.chunk_puts.append((index, len(request.body)))
            publish.next_chunk += 1
            final = publish.next_chunk == publish.total_chunks
            if final:
                publish.complete = True
                publish.fail_reason = self._judge(bytes(publish.received))
        if kind == "lost_reply":
            return self.dropped()  # TikTok has the chunk; the client never hears so
        return Response(201 if final else 206, b"")

    def _chunk_problem(self, publish: Publish, request: Request) -> str | None:
        if publish.complete:
            return "All chunks were already uploaded."
        if request.headers.get("content-type") not in (
            "video/mp4",
            "video/quicktime",
            "video/webm",
        ):
            return "Content-Type must be video/mp4, video/quicktime or video/webm."
        match = _RANGE.match(request.headers.get("content-range", ""))
        if not match:
            return "Content-Range must be 'bytes {first}-{last}/{total}'."
        first_byte, last_byte, total = (int(g) for g in match.groups())
        if total != publish.video_size:
            return f"Content-Range total {total} is not video_size {publish.video_size}."
        index = publish.next_chunk
        start = index * publish.chunk_size
        end = (
            publish.video_size if index == publish.total_chunks - 1 else start + publish.chunk_size
        )
        if (first_byte, last_byte) != (start, end - 1):
            return (
                f"Expected chunk {index} as bytes {start}-{end - 1}, got {first_byte}-{last_byte}."
            )
        if (
            len(request.body) != end - start
            or int(request.headers.get("content-length", -1)) != end - start
        ):
            return f"Chunk {index} must be {end - start} bytes, got {len(request.body)}."
        return None

    def _judge(self, data: bytes) -> str:
        """What TikTok's checks would say about the assembled file ('' = fine)."""
        forced = {
            "too_long": "duration_check_failed",
            "too_short": "duration_check_failed",
            "bad_format": "file_format_check_failed",
            "picture_size": "picture_size_check_failed",
            "spam": "spam_risk_too_many_posts",
        }
        if self.video_fault:
            return forced[self.video_fault]
        info = probe(data)
        if info is None:
            return "file_format_check_failed"
        if not 3.0 <= info.duration_s <= self.max_duration_s:
            return "duration_check_failed"
        if not (360 <= info.width <= 4096 and 360 <= info.height <= 4096):
            return "picture_size_check_failed"
        return ""

    def _status(self, request: Request) -> Response:
        if (scripted := self._scripted("status")) is not None:
            return scripted
        error, _ = self._auth(request, "video.publish")
        if error is not None:
            return error
        publish = self.publishes.get((request.json() or {}).get("publish_id", ""))
        if publish is None:
            return envelope(400, "invalid_params", "publish_id does not exist.")
        data: dict[str, Any] = {"uploaded_bytes": len(publish.received)}
        with self._pub_lock:
            if publish.complete:
                publish.polls += 1
                self._advance(publish)
        data["status"] = publish.status
        if publish.status == "FAILED":
            data["fail_reason"] = publish.fail_reason
        if publish.status == "PUBLISH_COMPLETE":
            shown = publish.polls - self.polls_until_done >= self.moderation_polls
            public = publish.post_info.get("privacy_level") != "SELF_ONLY"
            data["publicaly_available_post_id"] = [publish.post_id] if shown and public else []
        return ok(data)

    def _advance(self, publish: Publish) -> None:
        if publish.status != "PROCESSING_UPLOAD" or publish.polls < self.polls_until_done:
            return
        if publish.fail_reason:
            publish.status = "FAILED"
            return
        publish.status = "PUBLISH_COMPLETE"
        publish.post_id = next(self._post_ids)
        self.published(
            publish_id=publish.id,
            post_id=publish.post_id,
            post_info=publish.post_info,
            size=publish.video_size,
        )


def chunk_rule_problem(source: dict[str, Any]) -> str | None:
    """TikTok's media-transfer rules for a FILE_UPLOAD source_info (None when it obeys)."""
    try:
        size, chunk, total = (
            int(source[k]) for k in ("video_size", "chunk_size", "total_chunk_count")
        )
    except (KeyError, TypeError, ValueError):
        return "video_size, chunk_size and total_chunk_count are required integers."
    if size <= 0 or chunk <= 0:
        return "video_size and chunk_size must be positive."
    if size < 5 * MIB:
        if chunk != size or total != 1:
            return "A video under 5 MB must be uploaded whole (chunk_size = video_size, 1 chunk)."
        return None
    if size > 64 * MIB and total < 2:
        return "A video over 64 MB must be uploaded in multiple chunks."
    if total == 1 and chunk == size:
        return None
    if not 5 * MIB <= chunk <= 64 * MIB:
        return "chunk_size must be between 5 MB and 64 MB."
    if total != size // chunk:
        return f"total_chunk_count must be floor(video_size / chunk_size) = {size // chunk}."
    if not 1 <= total <= 1000:
        return "total_chunk_count must be between 1 and 1000."
    if size - (total - 1) * chunk > 128 * MIB:
        return "The final chunk may be at most 128 MB."
    return None
