"""Fake Google OAuth + YouTube Data API v3 (channels.list, resumable videos.insert,
videos.list with processing status).

Routes (Google's paths, all on one host):
  GET  /o/oauth2/v2/auth          consent page; PKCE S256/plain; access_type=offline
  POST /token                     code exchange (refresh token on the first, offline grant);
                                  refresh (no rotation, no new refresh token)
  POST /revoke                    token in the form or the query; ends the grant
  GET  /youtube/v3/channels       ?part=snippet&mine=true (needs youtube.readonly)
  POST /upload/youtube/v3/videos  ?uploadType=resumable: checks X-Upload-Content-* and the
                                  video resource, answers 200 + Location (the session URI)
  PUT  /upload/youtube/v3/videos  ?upload_id=: chunks (308 + Range, 200 + video at the end)
                                  and the `bytes */TOTAL` status query
  GET  /youtube/v3/videos         ?part=status,processingDetails&id=

Rules enforced on chunks: Content-Range must start where the server's data ends and match
the body length; every chunk but the last is a multiple of 256 KiB; the total matches
X-Upload-Content-Length. The assembled file is judged by its boxes (ftyp; over
`max_duration_s` is rejected "length"); `videos[id]["is_short"]` says whether YouTube
would file it as a Short (square/vertical, at most 3 min).

Fault kinds for `fail(op, ...)`, op in token | revoke | channels | insert | chunk | videos:
token_expired, scope_missing, quota, upload_limit, rate_limited, 500, 503, slow, drop
(chunk: half the bytes kept, then the connection closes), partial (chunk: half kept, 308),
expired (chunk: 404), stall (chunk: 308, nothing kept), lost_reply (chunk: all kept, then the connection closes). Switches: `video_fault` (too_long | too_short | bad_format | spam |
duplicate), `insert_calls_left` (the daily videos.insert bucket), `polls_until_done`,
`max_duration_s`, `retry_after`.
"""

from __future__ import annotations

import base64
import hashlib
import re
import secrets
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from tests.fakes.mp4box import probe
from tests.fakes.platform import FakePlatform, Pending, first, form
from tests.fakes.server import Request, Response

CLIENT_ID = "1234567890-fake.apps.googleusercontent.com"
CLIENT_SECRET = "GOCSPX-fake-stillmotion"
SCOPE_UPLOAD = "https://www.googleapis.com/auth/youtube.upload"
SCOPE_READONLY = "https://www.googleapis.com/auth/youtube.readonly"
SCOPE_YOUTUBE = "https://www.googleapis.com/auth/youtube"
ACCESS_TTL_S = 3599
CHUNK_MULTIPLE = 256 * 1024
_RANGE = re.compile(r"^bytes (\d+)-(\d+)/(\d+)$")
_QUERY = re.compile(r"^bytes \*/(\d+)$")


def google_error(status: int, reason: str, message: str, domain: str = "youtube.video") -> Response:
    status_names = {
        400: "INVALID_ARGUMENT",
        401: "UNAUTHENTICATED",
        403: "PERMISSION_DENIED",
        404: "NOT_FOUND",
        429: "RESOURCE_EXHAUSTED",
        500: "INTERNAL",
        503: "UNAVAILABLE",
    }
    body = {
        "error": {
            "code": status,
            "message": message,
            "errors": [{"message": message, "domain": domain, "reason": reason}],
            "status": status_names.get(status, "UNKNOWN"),
        }
    }
    return Response(status, body)


@dataclass
class Session:
    id: str
    token: str
    resource: dict[str, Any]
    total: int
    content_type: str
    received: bytearray = field(default_factory=bytearray)
    video_id: str | None = None
    expired: bool = False
    chunk_puts: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class Video:
    id: str
    resource: dict[str, Any]
    is_short: bool
    outcome: str  # "" | failure or rejection reason key
    polls: int = 0


class FakeYouTube(FakePlatform):
    label = "Google"

    def __init__(self, *, client_id: str = CLIENT_ID, client_secret: str = CLIENT_SECRET) -> None:
        super().__init__(client_id=client_id, client_secret=client_secret)
        self.channel_id = "UCfakeStillmotion0000001"
        self.channel_title = "Ada Makes"
        self.video_fault: str | None = None
        self.polls_until_done = 3
        self.insert_calls_left = 100  # since 2026-06: its own bucket of 100 calls a day
        self.units_used = 0
        self.max_duration_s = 15 * 60  # unverified channels
        self.retry_after: str | None = "30"
        self.sessions: dict[str, Session] = {}
        self.videos: dict[str, Video] = {}
        self._upload_lock = threading.Lock()
        self.route("GET", "/o/oauth2/v2/auth", self._authorize)
        self.route("POST", "/token", self._token)
        self.route("POST", "/revoke", self._revoke)
        self.route("GET", "/youtube/v3/channels", self._channels)
        self.route("POST", "/upload/youtube/v3/videos", self._insert)
        self.route("PUT", "/upload/youtube/v3/videos", self._chunk)
        self.route("GET", "/youtube/v3/videos", self._videos)

    def reset_state(self) -> None:
        self.sessions.clear()
        self.videos.clear()

    def expire_sessions(self) -> None:
        for session in self.sessions.values():
            session.expired = True

    # -- faults ----------------------------------------------------------------------------
    def fault(self, kind: str) -> Response:
        if kind == "slow":
            return self.slow(google_error(503, "backendError", "Backend Error"))
        if kind == "drop":
            return self.dropped()
        if kind == "token_expired":
            response = google_error(
                401,
                "authError",
                "Request had invalid authentication credentials. Expected OAuth 2 access "
                "token, login cookie or other valid authentication credential.",
                domain="global",
            )
            response.headers["WWW-Authenticate"] = (
                'Bearer realm="https://accounts.google.com/", error="invalid_token"'
            )
            return response
        if kind == "scope_missing":
            return google_error(
                403,
                "insufficientPermissions",
                "Request had insufficient authentication scopes.",
                "global",
            )
        if kind == "quota":
            return google_error(
                403,
                "quotaExceeded",
                "The request cannot be completed because you have exceeded your "
                '<a href="/youtube/v3/getting-started#quota">quota</a>.',
                "youtube.quota",
            )
        if kind == "upload_limit":
            return google_error(
                400,
                "uploadLimitExceeded",
                "The user has exceeded the number of videos they may upload.",
            )
        if kind == "rate_limited":
            response = google_error(
                429, "rateLimitExceeded", "The request was throttled.", "youtube.api"
            )
            if self.retry_after:
                response.headers["Retry-After"] = self.retry_after
            return response
        if kind in ("500", "503"):
            return google_error(int(kind), "backendError", "Backend Error", "global")
        raise ValueError(f"unknown YouTube fault {kind!r}")

    def _scripted(self, op: str) -> Response | None:
        kind = self.take_fault(op)
        return None if kind is None else self.fault(kind)

    def _auth(self, request: Request, *scopes: str) -> tuple[Response | None, str]:
        value = self.bearer(request)
        token = self.find_token(value)
        if token is None or not token.alive(time.time()):
            return self.fault("token_expired"), ""
        if not any(s in token.grant.scopes for s in (*scopes, SCOPE_YOUTUBE)):
            return self.fault("scope_missing"), ""
        return None, value or ""

    # -- OAuth -----------------------------------------------------------------------------
    def _authorize(self, request: Request) -> Response:
        params = {k: v[0] for k, v in request.query.items()}
        if params.get("client_id") != self.client_id:
            return Response(
                401, "<h1>Error 401: invalid_client</h1>", {"Content-Type": "text/html"}
            )
        if params.get("response_type") != "code" or not params.get("redirect_uri"):
            return Response(
                400, "<h1>Error 400: invalid_request</h1>", {"Content-Type": "text/html"}
            )
        method = params.get(
            "code_challenge_method", "plain" if params.get("code_challenge") else None
        )
        if method not in (None, "S256", "plain"):
            return Response(
                400, "<h1>Error 400: invalid_request</h1>", {"Content-Type": "text/html"}
            )
        return self.consent(params, tuple(params.get("scope", "").split()))

    def issue_code(self, pending: Pending) -> str:
        params = pending.params
        return self.new_code(
            pending,
            client_id=self.client_id,
            challenge=params.get("code_challenge"),
            challenge_method=params.get("code_challenge_method", "plain")
            if params.get("code_challenge")
            else None,
            offline=params.get("access_type") == "offline",
        )

    def allow_params(self, pending: Pending, code: str) -> dict[str, str]:
        granted = " ".join(self.codes[code].scopes)
        return {"state": pending.params.get("state", ""), "code": code, "scope": granted}

    @staticmethod
    def _oauth_error(status: int, error: str, description: str) -> Response:
        return Response(status, {"error": error, "error_description": description})

    def _token(self, request: Request) -> Response:
        if (scripted := self.take_fault("token")) is not None:
            return self.fault(scripted)
        body = form(request)
        if (
            body.get("client_id") != self.client_id
            or body.get("client_secret") != self.client_secret
        ):
            return self._oauth_error(401, "invalid_client", "The OAuth client was not found.")
        grant_type = body.get("grant_type")
        with self._state:
            if grant_type == "authorization_code":
                code = self.codes.get(body.get("code", ""))
                if code is None or code.used:
                    return self._oauth_error(400, "invalid_grant", "Malformed auth code.")
                if code.redirect_uri != body.get("redirect_uri"):
                    return self._oauth_error(400, "redirect_uri_mismatch", "Bad Request")
                if code.challenge and not _pkce_ok(
                    code.challenge, code.challenge_method, body.get("code_verifier")
                ):
                    return self._oauth_error(400, "invalid_grant", "Invalid code verifier.")
                code.used = True
                grant = self.new_grant(code.scopes)
                access = self.new_token("access", grant, ACCESS_TTL_S, "ya29.")
                reply: dict[str, Any] = {
                    "access_token": access.value,
                    "expires_in": ACCESS_TTL_S,
                    "scope": " ".join(grant.scopes),
                    "token_type": "Bearer",
                }
                if code.offline:
                    reply["refresh_token"] = self.new_token("refresh", grant, 10**9, "1//").value
                return Response(200, reply)
            if grant_type == "refresh_token":
                refresh = self.find_token(body.get("refresh_token"), "refresh")
                if refresh is None or not refresh.alive(time.time()):
                    return self._oauth_error(
                        400, "invalid_grant", "Token has been expired or revoked."
                    )
                access = self.new_token("access", refresh.grant, ACCESS_TTL_S, "ya29.")
                return Response(
                    200,
                    {
                        "access_token": access.value,
                        "expires_in": ACCESS_TTL_S,
                        "scope": " ".join(refresh.grant.scopes),
                        "token_type": "Bearer",
                    },
                )
        return self._oauth_error(400, "unsupported_grant_type", "Invalid grant_type.")

    def _revoke(self, request: Request) -> Response:
        if (scripted := self._scripted("revoke")) is not None:
            return scripted
        value = form(request).get("token") or first(request, "token")
        with self._state:
            token = self.tokens.get(value)
            if token is None or not token.alive(time.time()):
                return self._oauth_error(400, "invalid_token", "Token expired or revoked")
            token.grant.revoked = True
        return Response(200, {})

    # -- API -------------------------------------------------------------------------------
    def _channels(self, request: Request) -> Response:
        if (scripted := self._scripted("channels")) is not None:
            return scripted
        error, _ = self._auth(request, SCOPE_READONLY)
        if error is not None:
            return error
        if first(request, "mine") != "true" or "snippet" not in first(request, "part"):
            return google_error(400, "missingRequiredParameter", "No filter selected.")
        self.units_used += 1
        channel = {
            "kind": "youtube#channel",
            "id": self.channel_id,
            "snippet": {
                "title": self.channel_title,
                "customUrl": "@adamakes",
                "thumbnails": {"default": {"url": "https://yt3.ggpht.test/ada=s88"}},
            },
        }
        return Response(200, {"kind": "youtube#channelListResponse", "items": [channel]})

    def _insert(self, request: Request) -> Response:
        if (scripted := self._scripted("insert")) is not None:
            return scripted
        error, token = self._auth(request, SCOPE_UPLOAD)
        if error is not None:
            return error
        if first(request, "uploadType") != "resumable":
            return google_error(400, "badRequest", "Only uploadType=resumable is supported here.")
        parts = set(first(request, "part").split(","))
        try:
            total = int(request.headers.get("x-upload-content-length", ""))
        except ValueError:
            return google_error(400, "badRequest", "X-Upload-Content-Length is required.")
        content_type = request.headers.get("x-upload-content-type", "")
        if not (content_type.startswith("video/") or content_type == "application/octet-stream"):
            return google_error(
                400,
                "invalidContentType",
                "X-Upload-Content-Type must be video/* or application/octet-stream.",
            )
        if not request.headers.get("content-type", "").startswith("application/json"):
            return google_error(400, "badContent", "The video resource must be JSON.")
        resource = request.json() or {}
        snippet, status = resource.get("snippet") or {}, resource.get("status") or {}
        title = str(snippet.get("title") or "")
        if "snippet" not in parts or not title or len(title) > 100 or "<" in title or ">" in title:
            return google_error(
                400,
                "invalidTitle",
                "The request metadata specifies an invalid or empty video title.",
            )
        if status.get("privacyStatus", "public") not in ("public", "unlisted", "private"):
            return google_error(400, "invalidVideoMetadata", "The request metadata is invalid.")
        if self.insert_calls_left <= 0:
            return self.fault("quota")
        self.insert_calls_left -= 1
        session = Session(
            id=secrets.token_urlsafe(24),
            token=token,
            resource=resource,
            total=total,
            content_type=content_type,
        )
        with self._state:
            self.sessions[session.id] = session
        location = f"{self.url}/upload/youtube/v3/videos?uploadType=resumable&part={'%2C'.join(sorted(parts))}&upload_id={session.id}"
        return Response(200, b"", {"Location": location, "X-GUploader-UploadID": session.id})

    def _chunk(self, request: Request) -> Response:
        session = self.sessions.get(first(request, "upload_id"))
        if session is None or session.expired:
            return google_error(
                404, "notFound", "The upload session was not found or has expired.", "global"
            )
        with self._upload_lock:
            query = _QUERY.match(request.headers.get("content-range", ""))
            if query:
                if int(query.group(1)) != session.total:
                    return google_error(400, "badRequest", "Content-Range total does not match.")
                return self._progress(session)
            if session.video_id:
                return self._progress(session)  # already complete: the video again
            kind = self.take_fault("chunk")
            if kind == "stall":
                return self._progress(session)  # 308, nothing taken
            if kind == "expired":
                session.expired = True
                return google_error(404, "notFound", "The upload session has expired.", "global")
            if kind in ("drop", "partial"):
                problem = self._range_problem(session, request)
                if problem:
                    return google_error(400, "badRequest", problem)
                keep = len(request.body) // 2
                session.received += request.body[:keep]  # some bytes made it before the cut
                session.chunk_puts.append((len(session.received) - keep, keep))
                return self.dropped() if kind == "drop" else self._progress(session)
            if kind not in (None, "lost_reply"):
                return self.fault(kind)
            problem = self._range_problem(session, request)
            if problem:
                return google_error(400, "badRequest", problem)
            start = len(session.received)
            session.received += request.body
            session.chunk_puts.append((start, len(request.body)))
            if len(session.received) == session.total:
                self._create_video(session)
            if kind == "lost_reply":
                return self.dropped()  # YouTube has the bytes; the client never hears so
            return self._progress(session)

    def _range_problem(self, session: Session, request: Request) -> str | None:
        match = _RANGE.match(request.headers.get("content-range", ""))
        if not match:
            return "Content-Range must be 'bytes a-b/total' or 'bytes */total'."
        a, b, total = (int(g) for g in match.groups())
        if total != session.total:
            return f"Content-Range total {total} does not match X-Upload-Content-Length {session.total}."
        if a != len(session.received):
            return f"Content-Range starts at {a} but the server has {len(session.received)} bytes."
        if b < a or b >= total or len(request.body) != b - a + 1:
            return "Content-Range does not match the body length."
        if int(request.headers.get("content-length", -1)) != len(request.body):
            return "Content-Length does not match the body."
        if b != total - 1 and len(request.body) % CHUNK_MULTIPLE:
            return "Every chunk but the last must be a multiple of 256 KiB."
        return None

    def _progress(self, session: Session) -> Response:
        if session.video_id:
            return Response(200, self._resource(self.videos[session.video_id]))
        headers = {"Range": f"bytes=0-{len(session.received) - 1}"} if session.received else {}
        return Response(308, b"", headers)

    def _create_video(self, session: Session) -> None:
        info = probe(bytes(session.received))
        outcome = self.video_fault or ""
        if not outcome:
            if info is None:
                outcome = "bad_format"
            elif info.duration_s > self.max_duration_s:
                outcome = "too_long"
        is_short = bool(info and info.width <= info.height and info.duration_s <= 180)
        video = Video(id=_video_id(), resource=session.resource, is_short=is_short, outcome=outcome)
        session.video_id = video.id
        with self._state:
            self.videos[video.id] = video
        self.published(
            video_id=video.id, resource=session.resource, size=session.total, is_short=is_short
        )

    def _resource(
        self, video: Video, *, processing: dict[str, Any] | None = None
    ) -> dict[str, Any]:
        status = dict(video.resource.get("status") or {})
        status.setdefault("privacyStatus", "public")  # since 2026-11: unset means public
        status["uploadStatus"] = "uploaded"
        body: dict[str, Any] = {
            "kind": "youtube#video",
            "id": video.id,
            "snippet": video.resource.get("snippet") or {},
            "status": status,
        }
        if processing is not None:
            body["processingDetails"] = processing
        return body

    def _videos(self, request: Request) -> Response:
        if (scripted := self._scripted("videos")) is not None:
            return scripted
        error, _ = self._auth(request, SCOPE_READONLY)
        if error is not None:
            return error
        self.units_used += 1
        items = []
        for video_id in first(request, "id").split(","):
            video = self.videos.get(video_id)
            if video is None:
                continue
            with self._state:
                video.polls += 1
            items.append(self._polled(video))
        return Response(200, {"kind": "youtube#videoListResponse", "items": items})

    def _polled(self, video: Video) -> dict[str, Any]:
        done = video.polls >= self.polls_until_done
        total = 10
        parts = min(total, video.polls * total // max(1, self.polls_until_done))
        processing = {
            "processingStatus": "succeeded" if done and not video.outcome else "processing",
            "processingProgress": {
                "partsTotal": total,
                "partsProcessed": parts,
                "timeLeftMs": 1000,
            },
        }
        body = self._resource(video, processing=processing)
        if not done:
            return body
        failures = {"bad_format": "invalidFile", "too_short": "tooSmall"}
        rejections = {"too_long": "length", "spam": "termsOfUse", "duplicate": "duplicate"}
        if video.outcome in failures:
            body["status"].update(uploadStatus="failed", failureReason=failures[video.outcome])
            processing["processingStatus"] = "failed"
        elif video.outcome in rejections:
            body["status"].update(
                uploadStatus="rejected", rejectionReason=rejections[video.outcome]
            )
            processing["processingStatus"] = "terminated"
        else:
            body["status"]["uploadStatus"] = "processed"
        return body


def _video_id() -> str:
    return base64.urlsafe_b64encode(secrets.token_bytes(8)).decode()[:11]


def _pkce_ok(challenge: str, method: str | None, verifier: str | None) -> bool:
    if not verifier:
        return False
    if method == "S256":
        digest = hashlib.sha256(verifier.encode()).digest()
        return base64.urlsafe_b64encode(digest).rstrip(b"=").decode() == challenge
    return verifier == challenge
