"""What the TikTok, YouTube and Instagram fakes share: an OAuth consent page with Allow and
Cancel links, codes and tokens that expire, rotate and get revoked, one-shot fault queues
per operation, and a record of the posts that really went out.

    fake.fail("init", "rate_limited")     # the next video/init answers 429
    fake.expire_access_tokens()           # every access token now fails as expired
    fake.grant_scopes = ("video.upload",) # the person unticks scopes on the consent page
    fake.approve(url)                     # what a browser does: open, click Allow -> redirect

Fault kinds are per fake (each renders them in its platform's error shape); the common
ones are "slow" (answer after `slow_s`, past a client timeout) and "drop" (close the
connection without answering).
"""

from __future__ import annotations

import html
import itertools
import re
import secrets
import threading
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

import httpx

from tests.fakes.server import FakeVendor, Request, Response


@dataclass
class Code:
    value: str
    client_id: str
    redirect_uri: str
    scopes: tuple[str, ...]
    challenge: str | None = None
    challenge_method: str | None = None
    offline: bool = True
    used: bool = False


@dataclass
class Grant:
    """One person's consent to our app: its tokens die together when it is revoked."""

    id: int
    scopes: tuple[str, ...]
    revoked: bool = False


@dataclass
class Token:
    value: str
    kind: str  # "access" | "refresh"
    grant: Grant
    expires_at: float
    dead: bool = False  # rotated away, or revoked with its grant
    issued_at: float = field(default_factory=time.time)

    def alive(self, now: float) -> bool:
        return not self.dead and not self.grant.revoked and now < self.expires_at


@dataclass
class Pending:
    """An authorisation request waiting on the consent page."""

    params: dict[str, str]
    scopes: tuple[str, ...]


def first(request: Request, name: str, default: str = "") -> str:
    values = request.query.get(name)
    return values[0] if values else default


def form(request: Request) -> dict[str, str]:
    from urllib.parse import parse_qsl

    return dict(parse_qsl(request.body.decode(), keep_blank_values=True))


class FakePlatform(FakeVendor):
    label = "Platform"
    consent_path = "/_consent"

    def __init__(self, *, client_id: str, client_secret: str) -> None:
        super().__init__()
        self.client_id = client_id
        self.client_secret = client_secret
        self.slow_s = 1.5
        self.grant_scopes: tuple[str, ...] | None = None  # None: all that were asked
        self.redirect_fragment = ""  # Meta appends "#_"
        self._state = threading.RLock()
        self._ids = itertools.count(1)
        self.pending: dict[str, Pending] = {}
        self.codes: dict[str, Code] = {}
        self.tokens: dict[str, Token] = {}
        self.faults: dict[str, list[str]] = {}
        self.posts: list[dict[str, Any]] = []  # what went public (or private) on the platform
        self.route("GET", f"{self.consent_path}/{{id}}/allow", self._allow)
        self.route("GET", f"{self.consent_path}/{{id}}/deny", self._deny)

    # -- scripting -------------------------------------------------------------------------
    def start(self) -> FakePlatform:
        super().start()
        self._defaults = {
            k: v
            for k, v in vars(self).items()
            if not k.startswith("_")
            and isinstance(v, int | float | str | bool | tuple | type(None))
        }
        return self

    def reset(self) -> None:
        with self._state:
            for store in (self.pending, self.codes, self.tokens, self.faults):
                store.clear()
            self.posts.clear()
            self.reset_state()
        with self._lock:
            self.requests.clear()
        for key, value in self._defaults.items():
            setattr(self, key, value)

    def reset_state(self) -> None:
        """Subclasses clear their own stores here."""

    def fail(self, op: str, *kinds: str) -> None:
        """The next len(kinds) calls to `op` fail with those kinds, in order."""
        with self._state:
            self.faults.setdefault(op, []).extend(kinds)

    def take_fault(self, op: str) -> str | None:
        with self._state:
            queue = self.faults.get(op)
            return queue.pop(0) if queue else None

    def expire_access_tokens(self) -> None:
        with self._state:
            for token in self.tokens.values():
                if token.kind == "access":
                    token.expires_at = 0.0

    def revoke_everything(self) -> None:
        """The person removed our app in the platform's settings."""
        with self._state:
            for token in self.tokens.values():
                token.grant.revoked = True

    def next_id(self) -> int:
        return next(self._ids)

    # -- consent ---------------------------------------------------------------------------
    def consent(self, params: dict[str, str], scopes: tuple[str, ...]) -> Response:
        """The consent page: what the app asks for, an Allow link and a Cancel link."""
        request_id = secrets.token_urlsafe(8)
        with self._state:
            self.pending[request_id] = Pending(params, scopes)
        items = "".join(f"<li>{html.escape(s)}</li>" for s in scopes)
        page = f"""<!doctype html>
<html><head><meta charset="utf-8"><title>Authorize Stillmotion – {self.label}</title></head>
<body>
  <h1>{html.escape(self.label)}</h1>
  <p>Stillmotion would like to:</p>
  <ul id="scopes">{items}</ul>
  <p><a id="allow" role="button" href="{self.consent_path}/{request_id}/allow">Allow</a>
     <a id="deny" role="button" href="{self.consent_path}/{request_id}/deny">Cancel</a></p>
</body></html>"""
        return Response(200, page, {"Content-Type": "text/html; charset=utf-8"})

    def issue_code(self, pending: Pending) -> str:
        """Subclasses turn an approved request into a code (they know their param names)."""
        raise NotImplementedError

    def redirect_uri_of(self, pending: Pending) -> str:
        return pending.params["redirect_uri"]

    def _redirect(self, pending: Pending, params: dict[str, str]) -> Response:
        target = self.redirect_uri_of(pending)
        sep = "&" if "?" in target else "?"
        location = f"{target}{sep}{urlencode(params)}{self.redirect_fragment}"
        return Response(302, b"", {"Location": location})

    def _allow(self, request: Request) -> Response:
        with self._state:
            pending = self.pending.pop(request.params["id"], None)
        if pending is None:
            return Response(404, "This sign-in request has expired.")
        code = self.issue_code(pending)
        return self._redirect(pending, self.allow_params(pending, code))

    def allow_params(self, pending: Pending, code: str) -> dict[str, str]:
        return {"code": code, "state": pending.params.get("state", "")}

    def _deny(self, request: Request) -> Response:
        with self._state:
            pending = self.pending.pop(request.params["id"], None)
        if pending is None:
            return Response(404, "This sign-in request has expired.")
        return self._redirect(
            pending,
            {
                "error": "access_denied",
                "error_description": "The user denied the request",
                "state": pending.params.get("state", ""),
            },
        )

    def granted(self, asked: tuple[str, ...]) -> tuple[str, ...]:
        if self.grant_scopes is None:
            return asked
        return tuple(s for s in asked if s in self.grant_scopes)

    def new_code(self, pending: Pending, **kw: Any) -> str:
        value = "code_" + secrets.token_urlsafe(12)
        with self._state:
            self.codes[value] = Code(
                value=value,
                client_id=kw.pop("client_id"),
                redirect_uri=self.redirect_uri_of(pending),
                scopes=self.granted(pending.scopes),
                **kw,
            )
        return value

    def approve(self, authorize_url: str) -> str:
        """What a person does in a browser: open the page, click Allow. The redirect URL."""
        return self._click(authorize_url, "allow")

    def cancel(self, authorize_url: str) -> str:
        return self._click(authorize_url, "deny")

    def _click(self, authorize_url: str, button: str) -> str:
        with httpx.Client(timeout=5.0) as http:
            page = http.get(authorize_url)
            page.raise_for_status()
            match = re.search(rf'id="{button}"[^>]*href="([^"]+)"', page.text)
            assert match, f"no {button} link on the consent page"
            answer = http.get(self.url + html.unescape(match.group(1)), follow_redirects=False)
            assert answer.status_code == 302, answer.text
            return answer.headers["Location"]

    # -- tokens ----------------------------------------------------------------------------
    def new_grant(self, scopes: tuple[str, ...]) -> Grant:
        return Grant(id=self.next_id(), scopes=scopes)

    def new_token(self, kind: str, grant: Grant, ttl_s: float, prefix: str = "") -> Token:
        token = Token(
            value=f"{prefix}{kind[:3]}_{secrets.token_urlsafe(18)}",
            kind=kind,
            grant=grant,
            expires_at=time.time() + ttl_s,
        )
        with self._state:
            self.tokens[token.value] = token
        return token

    def find_token(self, value: str | None, kind: str = "access") -> Token | None:
        if not value:
            return None
        with self._state:
            token = self.tokens.get(value)
        return token if token is not None and token.kind == kind else None

    @staticmethod
    def bearer(request: Request, scheme: str = "Bearer") -> str | None:
        header = request.headers.get("authorization", "")
        prefix = f"{scheme} "
        return header[len(prefix) :] if header.startswith(prefix) else None

    def slow(self, response: Response) -> Response:
        response.delay_s = self.slow_s
        return response

    @staticmethod
    def dropped() -> Response:
        return Response(drop=True)

    def published(self, **record: Any) -> None:
        with self._state:
            self.posts.append(record)
