"""Fake Instagram API with Instagram Login: OAuth, long-lived tokens, Reels containers,
rupload, status polling, media_publish and the 24 h publishing limit.

Routes (Meta's paths, all on one host; `{v}` is the Graph version, e.g. v26.0):
  GET    /oauth/authorize                     consent page; Allow -> redirect_uri?code&state#_
  POST   /oauth/access_token                  code -> 1 h token ({"data": [...]} or flat)
  GET    /access_token                        ig_exchange_token -> 60-day token
  GET    /refresh_access_token                ig_refresh_token -> a new 60-day token
  DELETE /{v}/me/permissions                  ends the grant (`revoke_supported`)
  GET    /{v}/me                              user_id, username
  GET    /{v}/{ig-user-id}/content_publishing_limit
  POST   /{v}/{ig-user-id}/media              REELS container (video_url or resumable)
  POST   /ig-api-upload/{v}/{container}       rupload: Authorization: OAuth, offset, file_size
  GET    /{v}/{container}?fields=status_code,status      IN_PROGRESS -> FINISHED | ERROR
  POST   /{v}/{ig-user-id}/media_publish      creation_id -> media id (only when FINISHED)
  GET    /{v}/{media}?fields=permalink

A `video_url` is really fetched over HTTP (tests serve the clip from another local fake).
The video is judged by its boxes: ftyp, moov before mdat, 3 s - 15 min, aspect 0.01-10.

Fault kinds for `fail(op, ...)`, op in token | exchange | refresh | me | limit | container |
upload | status | publish | media | revoke: token_expired (190/463), token_revoked
(190/460), scope_missing (10), rate_limited (17 + X-Business-Use-Case-Usage), daily_cap
(9/2207042), spam (4/2207051), not_ready (9007/2207027), 500, slow, drop, lost_reply
(publish: the Reel goes live, then the connection closes). Switches:
`video_fault` (too_long | too_short | aspect | bad_format), `expire_containers()`,
`quota_total`, `quota_usage`, `polls_until_done`, `flat_code_reply`, `revoke_supported`.
"""

from __future__ import annotations

import json
import secrets
import threading
import time
from dataclasses import dataclass, field
from typing import Any

import httpx

from tests.fakes.mp4box import probe
from tests.fakes.platform import FakePlatform, Pending, Token, first, form
from tests.fakes.server import Request, Response

APP_ID = "990011223344556"
APP_SECRET = "ig_app_secret_fake_stillmotion"
SHORT_TTL_S = 3600
LONG_TTL_S = 60 * 86_400
SCOPE_BASIC = "instagram_business_basic"
SCOPE_PUBLISH = "instagram_business_content_publish"


def graph_error(
    status: int,
    code: int,
    message: str,
    subcode: int | None = None,
    *,
    transient: bool = False,
    user_title: str = "",
    user_msg: str = "",
) -> Response:
    error: dict[str, Any] = {
        "message": message,
        "type": "OAuthException",
        "code": code,
        "is_transient": transient,
        "fbtrace_id": "A" + secrets.token_urlsafe(15),
    }
    if subcode is not None:
        error["error_subcode"] = subcode
    if user_title:
        error["error_user_title"] = user_title
    if user_msg:
        error["error_user_msg"] = user_msg
    return Response(status, {"error": error})


@dataclass
class Container:
    id: str
    user_id: str
    params: dict[str, str]
    upload_token: str
    data: bytes | None = None
    fetched: bool = False
    polls: int = 0
    status_code: str = "IN_PROGRESS"
    status: str = "In Progress"
    media_id: str | None = None
    uploads: list[tuple[int, int]] = field(default_factory=list)


class FakeInstagram(FakePlatform):
    label = "Instagram"

    def __init__(self, *, app_id: str = APP_ID, app_secret: str = APP_SECRET) -> None:
        super().__init__(client_id=app_id, client_secret=app_secret)
        self.redirect_fragment = "#_"
        self.user_id = "17841400000000001"
        self.username = "ada.makes"
        self.quota_total = 50
        self.quota_usage = 0
        self.polls_until_done = 2
        self.video_fault: str | None = None
        self.flat_code_reply = False
        self.revoke_supported = True
        self.containers: dict[str, Container] = {}
        self.media: dict[str, dict[str, Any]] = {}
        self._container_lock = threading.Lock()
        self.route("GET", "/oauth/authorize", self._authorize)
        self.route("POST", "/oauth/access_token", self._code_exchange)
        self.route("GET", "/access_token", self._long_lived)
        self.route("GET", "/refresh_access_token", self._refresh)
        self.route("DELETE", "/{v}/me/permissions", self._revoke)
        self.route("GET", "/{v}/me", self._me)
        self.route("GET", "/{v}/{user}/content_publishing_limit", self._limit)
        self.route("POST", "/{v}/{user}/media", self._container)
        self.route("POST", "/{v}/{user}/media_publish", self._publish)
        self.route("POST", "/ig-api-upload/{v}/{id}", self._upload)
        self.route("GET", "/{v}/{id}", self._object)

    def reset_state(self) -> None:
        self.containers.clear()
        self.media.clear()

    def expire_containers(self) -> None:
        for container in self.containers.values():
            if container.status_code != "PUBLISHED":
                container.status_code, container.status = "EXPIRED", "Expired"

    # -- faults ----------------------------------------------------------------------------
    def fault(self, kind: str) -> Response:
        if kind == "slow":
            return self.slow(graph_error(500, 2, "Service temporarily unavailable", transient=True))
        if kind == "drop":
            return self.dropped()
        if kind == "token_expired":
            return graph_error(
                400,
                190,
                "Error validating access token: Session has expired on Tuesday, 01-Dec-26 09:00:00 PST.",
                463,
            )
        if kind == "token_revoked":
            return graph_error(
                400,
                190,
                "Error validating access token: The session has been invalidated because the user changed their password or Facebook has changed the session for security reasons.",
                460,
            )
        if kind == "scope_missing":
            return graph_error(403, 10, "Application does not have permission for this action")
        if kind == "rate_limited":
            response = graph_error(400, 17, "User request limit reached", transient=True)
            usage = {
                self.user_id: [
                    {
                        "type": "instagram",
                        "call_count": 100,
                        "total_cputime": 40,
                        "total_time": 60,
                        "estimated_time_to_regain_access": 2,
                    }
                ]
            }
            response.headers["X-Business-Use-Case-Usage"] = json.dumps(usage)
            return response
        if kind == "daily_cap":
            return graph_error(
                400,
                9,
                "Application request limit reached",
                2207042,
                user_title="Reached publishing limit",
                user_msg="You reached maximum number of posts that is allowed to be published by Content Publishing API.",
            )
        if kind == "spam":
            return graph_error(
                400,
                4,
                "Application request limit reached",
                2207051,
                user_title="Action is blocked",
                user_msg="We restrict certain activity to protect our community. Tell us if you think we made a mistake.",
            )
        if kind == "not_ready":
            return graph_error(
                400,
                9007,
                "Media ID is not available",
                2207027,
                user_msg="The media is not ready for publishing, please wait for a moment",
            )
        if kind == "500":
            return graph_error(500, 1, "An unknown error has occurred.", transient=True)
        raise ValueError(f"unknown Instagram fault {kind!r}")

    def _scripted(self, op: str) -> Response | None:
        kind = self.take_fault(op)
        return None if kind is None else self.fault(kind)

    def _token_value(self, request: Request, scheme: str = "Bearer") -> str | None:
        return self.bearer(request, scheme) or first(request, "access_token") or None

    def _auth(
        self, request: Request, scope: str, scheme: str = "Bearer"
    ) -> tuple[Response | None, Token | None]:
        token = self.find_token(self._token_value(request, scheme))
        if token is None:
            return graph_error(
                400, 190, "Invalid OAuth access token - Cannot parse access token"
            ), None
        if token.grant.revoked or token.dead:
            return self.fault("token_revoked"), None
        if time.time() >= token.expires_at:
            return self.fault("token_expired"), None
        if scope not in token.grant.scopes:
            return self.fault("scope_missing"), None
        return None, token

    # -- OAuth -----------------------------------------------------------------------------
    def _authorize(self, request: Request) -> Response:
        params = {k: v[0] for k, v in request.query.items()}
        if params.get("client_id") != self.client_id:
            return Response(400, "<h1>Invalid platform app</h1>", {"Content-Type": "text/html"})
        if params.get("response_type") != "code" or not params.get("redirect_uri"):
            return Response(400, "<h1>Invalid request</h1>", {"Content-Type": "text/html"})
        return self.consent(params, tuple(s for s in params.get("scope", "").split(",") if s))

    def issue_code(self, pending: Pending) -> str:
        return self.new_code(pending, client_id=self.client_id)

    @staticmethod
    def _oauth_error(message: str) -> Response:
        # api.instagram.com's own error shape (not the Graph envelope)
        return Response(
            400, {"error_type": "OAuthException", "code": 400, "error_message": message}
        )

    def _code_exchange(self, request: Request) -> Response:
        if (scripted := self._scripted("exchange")) is not None:
            return scripted
        body = form(request)
        if (
            body.get("client_id") != self.client_id
            or body.get("client_secret") != self.client_secret
        ):
            return self._oauth_error("Invalid Client Secret")
        if body.get("grant_type") != "authorization_code":
            return self._oauth_error("Unsupported grant_type")
        with self._state:
            code = self.codes.get(body.get("code", ""))
            if code is None or code.used:
                return self._oauth_error("This authorization code has been used")
            if code.redirect_uri != body.get("redirect_uri"):
                return self._oauth_error(
                    "Error validating verification code. Please make sure your redirect_uri is identical to the one you used in the OAuth dialog request"
                )
            code.used = True
            grant = self.new_grant(code.scopes)
            short = self.new_token("access", grant, SHORT_TTL_S, "IGQ")
        entry = {
            "access_token": short.value,
            "user_id": self.user_id,
            "permissions": ",".join(grant.scopes),
        }
        return Response(200, entry if self.flat_code_reply else {"data": [entry]})

    def _long_lived(self, request: Request) -> Response:
        if (scripted := self._scripted("token")) is not None:
            return scripted
        if (
            first(request, "grant_type") != "ig_exchange_token"
            or first(request, "client_secret") != self.client_secret
        ):
            return graph_error(400, 101, "Error validating client secret.")
        short = self.find_token(first(request, "access_token"))
        if short is None or not short.alive(time.time()):
            return self.fault("token_expired")
        long = self.new_token("access", short.grant, LONG_TTL_S, "IGAA")
        return Response(
            200, {"access_token": long.value, "token_type": "bearer", "expires_in": LONG_TTL_S}
        )

    def _refresh(self, request: Request) -> Response:
        if (scripted := self._scripted("refresh")) is not None:
            return scripted
        if first(request, "grant_type") != "ig_refresh_token":
            return graph_error(400, 100, "Unsupported grant_type")
        old = self.find_token(first(request, "access_token"))
        if old is None:
            return graph_error(400, 190, "Invalid OAuth access token - Cannot parse access token")
        if old.grant.revoked:
            return self.fault("token_revoked")
        if time.time() >= old.expires_at:
            return self.fault("token_expired")
        new = self.new_token("access", old.grant, LONG_TTL_S, "IGAA")
        return Response(
            200, {"access_token": new.value, "token_type": "bearer", "expires_in": LONG_TTL_S}
        )

    def _revoke(self, request: Request) -> Response:
        if (scripted := self._scripted("revoke")) is not None:
            return scripted
        if not self.revoke_supported:
            return graph_error(400, 100, "Unsupported delete request.")
        error, token = self._auth(request, SCOPE_BASIC)
        if error is not None:
            return error
        assert token is not None
        token.grant.revoked = True
        return Response(200, {"success": True})

    # -- API -------------------------------------------------------------------------------
    def _me(self, request: Request) -> Response:
        if (scripted := self._scripted("me")) is not None:
            return scripted
        error, _ = self._auth(request, SCOPE_BASIC)
        if error is not None:
            return error
        me = {
            "user_id": self.user_id,
            "username": self.username,
            "id": "app-scoped-0001",
            "name": "Ada Lovelace",
            "profile_picture_url": "https://scontent.cdninstagram.test/ada.jpg",
        }
        fields = first(request, "fields", "id").split(",")
        return Response(200, {k: v for k, v in me.items() if k in fields or k == "id"})

    def _user_error(self, request: Request) -> Response | None:
        if request.params["user"] != self.user_id:
            return graph_error(
                400,
                100,
                f"Unsupported request - Object with ID '{request.params['user']}' does not exist",
            )
        return None

    def _limit(self, request: Request) -> Response:
        if (scripted := self._scripted("limit")) is not None:
            return scripted
        error, _ = self._auth(request, SCOPE_PUBLISH)
        if error is not None or (error := self._user_error(request)) is not None:
            return error
        return Response(
            200,
            {
                "data": [
                    {
                        "quota_usage": self.quota_usage,
                        "config": {"quota_total": self.quota_total, "quota_duration": 86400},
                    }
                ]
            },
        )

    def _container(self, request: Request) -> Response:
        if (scripted := self._scripted("container")) is not None:
            return scripted
        error, _ = self._auth(request, SCOPE_PUBLISH)
        if error is not None or (error := self._user_error(request)) is not None:
            return error
        params = {**{k: v[0] for k, v in request.query.items()}, **form(request)}
        if params.get("media_type") != "REELS":
            return graph_error(400, 100, "The parameter media_type is required", 2207023)
        if bool(params.get("video_url")) == (params.get("upload_type") == "resumable"):
            return graph_error(
                400, 100, "Provide exactly one of video_url or upload_type=resumable."
            )
        if len(params.get("caption", "")) > 2200:
            return graph_error(400, 100, "The caption is too long", 2207010)
        if params.get("is_ai_generated") not in (None, "true", "false"):
            return graph_error(400, 100, "Param is_ai_generated must be a boolean")
        container = Container(
            id=str(17_900_000_000_000_000 + self.next_id()),
            user_id=self.user_id,
            params=params,
            upload_token=secrets.token_urlsafe(8),
        )
        with self._state:
            self.containers[container.id] = container
        reply: dict[str, Any] = {"id": container.id}
        if params.get("upload_type") == "resumable":
            reply["uri"] = f"{self.url}/ig-api-upload/{request.params['v']}/{container.id}"
        return Response(200, reply)

    def _upload(self, request: Request) -> Response:
        container = self.containers.get(request.params["id"])
        if container is None:
            return graph_error(400, 100, "Upload session not found")
        if (scripted := self._scripted("upload")) is not None:
            return scripted  # "drop": nothing stored
        error, _ = self._auth(request, SCOPE_PUBLISH, scheme="OAuth")
        if error is not None:
            return error
        try:
            offset = int(request.headers.get("offset", ""))
            size = int(request.headers.get("file_size", ""))
        except ValueError:
            return graph_error(400, 100, "The offset and file_size headers are required.")
        with self._container_lock:
            have = len(container.data or b"")
            if offset not in (0, have) or offset + len(request.body) != size:
                return graph_error(
                    400, 100, f"offset {offset} and body length do not add up to file_size {size}."
                )
            container.data = (container.data or b"")[:offset] + request.body
            container.uploads.append((offset, len(request.body)))
        return Response(200, {"success": True, "message": "Upload successful."})

    def _object(self, request: Request) -> Response:
        object_id = request.params["id"]
        if object_id in self.media:
            if (scripted := self._scripted("media")) is not None:
                return scripted
            error, _ = self._auth(request, SCOPE_BASIC)
            return error or Response(200, self.media[object_id])
        container = self.containers.get(object_id)
        if container is None:
            return graph_error(
                400, 100, f"Unsupported get request. Object with ID '{object_id}' does not exist"
            )
        if (scripted := self._scripted("status")) is not None:
            return scripted
        error, _ = self._auth(request, SCOPE_PUBLISH)
        if error is not None:
            return error
        with self._container_lock:
            self._advance(container)
        fields = first(request, "fields", "id").split(",")
        body = {
            "id": container.id,
            "status_code": container.status_code,
            "status": container.status,
        }
        return Response(200, {k: v for k, v in body.items() if k in fields or k == "id"})

    def _advance(self, container: Container) -> None:
        if container.status_code != "IN_PROGRESS":
            return
        url = container.params.get("video_url")
        if url and not container.fetched:
            container.fetched = True
            try:
                fetched = httpx.get(url, timeout=5.0)
                container.data = fetched.content if fetched.status_code == 200 else None
            except httpx.HTTPError:
                container.data = None
            if container.data is None:
                container.status_code = "ERROR"
                container.status = "Error: Media download has failed. The media URI doesn't meet our requirements. (2207052)"
                return
        if container.data is None:
            return  # waiting for the rupload bytes
        container.polls += 1
        if container.polls < self.polls_until_done:
            return
        problem = self._judge(container.data)
        if problem:
            container.status_code = "ERROR"
            container.status = f"Error: {problem} (2207026)"
        else:
            container.status_code, container.status = (
                "FINISHED",
                "Finished: Media has been uploaded and it is ready to be published.",
            )

    def _judge(self, data: bytes) -> str:
        forced = {
            "too_long": "The video is longer than 15 minutes.",
            "too_short": "The video is shorter than 3 seconds.",
            "aspect": "The video's aspect ratio is not supported.",
            "bad_format": "The video format is not supported.",
        }
        if self.video_fault:
            return forced[self.video_fault]
        info = probe(data)
        if info is None:
            return forced["bad_format"]
        if not info.moov_first:
            return "The moov atom must come before the media data."
        if info.duration_s < 3:
            return forced["too_short"]
        if info.duration_s > 900:
            return forced["too_long"]
        if not 0.01 <= info.aspect <= 10:
            return forced["aspect"]
        return ""

    def _publish(self, request: Request) -> Response:
        kind = self.take_fault("publish")
        if kind not in (None, "lost_reply"):
            return self.fault(kind)
        error, _ = self._auth(request, SCOPE_PUBLISH)
        if error is not None or (error := self._user_error(request)) is not None:
            return error
        creation_id = form(request).get("creation_id") or first(request, "creation_id")
        with self._container_lock:
            container = self.containers.get(creation_id)
            if container is None:
                return graph_error(400, 100, "The media container does not exist", 2207006)
            if container.status_code == "PUBLISHED":
                return graph_error(400, 9007, "This container has already been published")
            if container.status_code == "EXPIRED":
                return graph_error(
                    400, -2, "The media you are trying to access has expired.", 2207020
                )
            if container.status_code != "FINISHED":
                return self.fault("not_ready")
            if self.quota_usage >= self.quota_total:
                return self.fault("daily_cap")
            media_id = str(18_000_000_000_000_000 + self.next_id())
            container.status_code, container.status, container.media_id = (
                "PUBLISHED",
                "Published",
                media_id,
            )
            self.quota_usage += 1
            shortcode = secrets.token_urlsafe(8).replace("-", "A").replace("_", "B")
            self.media[media_id] = {
                "id": media_id,
                "permalink": f"https://www.instagram.com/reel/{shortcode}/",
                "media_product_type": "REELS",
                "is_ai_generated": container.params.get("is_ai_generated") == "true",
            }
        self.published(
            media_id=media_id,
            container_id=container.id,
            params=container.params,
            size=len(container.data or b""),
        )
        if kind == "lost_reply":
            return self.dropped()  # the Reel is live; the client never hears so
        return Response(200, {"id": media_id})
