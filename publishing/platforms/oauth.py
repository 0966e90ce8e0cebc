"""OAuth 2 pieces the three platforms share: app credentials, the token set we store, state
and PKCE (S256), authorisation URLs, the redirect we get back, and token-endpoint calls with
RFC 6749 errors mapped to our taxonomy.

Tokens never appear in a repr or an error: `TokenSet` and `AppCredentials` hide them, and
every error detail goes through `errors.redact`.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlencode

import httpx

from publishing.platforms.base import PlatformClient, short_text
from publishing.platforms.errors import (
    AppMisconfigured,
    PlatformError,
    RateLimited,
    ScopeMissing,
    TokenRevoked,
    Transient,
)


@dataclass(frozen=True)
class AppCredentials:
    """Our app's id and secret on one platform (TikTok calls the id `client_key`)."""

    client_id: str
    client_secret: str = field(repr=False)


@dataclass(frozen=True)
class TokenSet:
    """One connected account's tokens. Store it encrypted; `to_dict` / `from_dict` round-trip.

    `refresh_token` is None on Instagram (the long-lived access token refreshes itself).
    On TikTok a refresh rotates the refresh token: persist the new TokenSet before using it,
    or the account must reconnect."""

    access_token: str
    refresh_token: str | None = None
    expires_at: datetime | None = None
    refresh_expires_at: datetime | None = None
    scopes: tuple[str, ...] = ()
    account_id: str | None = None
    account_name: str | None = None
    token_type: str = "Bearer"

    def __repr__(self) -> str:
        refresh = "[hidden]" if self.refresh_token else None
        return (
            f"TokenSet(access_token=[hidden], refresh_token={refresh}, "
            f"expires_at={self.expires_at!r}, refresh_expires_at={self.refresh_expires_at!r}, "
            f"scopes={self.scopes!r}, account_id={self.account_id!r}, "
            f"account_name={self.account_name!r})"
        )

    __str__ = __repr__

    def expires_within(self, seconds: float, *, now: datetime | None = None) -> bool:
        """True when the access token expires in less than `seconds` (refresh ahead)."""
        if self.expires_at is None:
            return False
        return self.expires_at - (now or datetime.now(UTC)) < timedelta(seconds=seconds)

    def to_dict(self) -> dict[str, Any]:
        return {
            "access_token": self.access_token,
            "refresh_token": self.refresh_token,
            "expires_at": self.expires_at.isoformat() if self.expires_at else None,
            "refresh_expires_at": (
                self.refresh_expires_at.isoformat() if self.refresh_expires_at else None
            ),
            "scopes": list(self.scopes),
            "account_id": self.account_id,
            "account_name": self.account_name,
            "token_type": self.token_type,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TokenSet:
        def when(value: str | None) -> datetime | None:
            return datetime.fromisoformat(value) if value else None

        return cls(
            access_token=data["access_token"],
            refresh_token=data.get("refresh_token"),
            expires_at=when(data.get("expires_at")),
            refresh_expires_at=when(data.get("refresh_expires_at")),
            scopes=tuple(data.get("scopes") or ()),
            account_id=data.get("account_id"),
            account_name=data.get("account_name"),
            token_type=data.get("token_type") or "Bearer",
        )


# -- state and PKCE ------------------------------------------------------------------------


def new_state() -> str:
    """An unguessable `state` to tie the redirect to the session that started it."""
    return secrets.token_urlsafe(32)


def new_code_verifier() -> str:
    """A PKCE code verifier: 86 characters from the unreserved set (RFC 7636 asks 43-128)."""
    return secrets.token_urlsafe(64)


def code_challenge_s256(verifier: str) -> str:
    """BASE64URL(SHA256(verifier)) without padding (RFC 7636 S256)."""
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def build_url(base: str, params: Mapping[str, str | None]) -> str:
    """`base` with `params` (None values dropped) URL-encoded into its query."""
    query = urlencode({k: v for k, v in params.items() if v is not None})
    return f"{base}{'&' if '?' in base else '?'}{query}"


def parse_redirect(
    params: Mapping[str, str | list[str]], expected_state: str, *, platform: str, label: str
) -> str:
    """The authorisation code from the redirect's query, after checking `state`.

    Raises `PlatformError` (code `access_denied`, `state_mismatch` or `missing_code`) in
    plain words; `ScopeMissing` when the person refused a permission."""

    def one(name: str) -> str:
        value = params.get(name, "")
        return (value[0] if value else "") if isinstance(value, list) else value

    state, code, error = one("state"), one("code"), one("error")
    if not hmac.compare_digest(state.encode(), expected_state.encode()):
        raise PlatformError(
            f"The {label} sign-in could not be matched to this browser session. Please "
            "start connecting again.",
            platform=platform,
            code="state_mismatch",
            detail="state parameter did not match",
        )
    if error:
        description = one("error_description") or one("error_reason")
        cls = ScopeMissing if "scope" in error else PlatformError
        raise cls(
            f"{label} was not connected: the permission was not given. Connect again and "
            "choose Allow to let Stillmotion post for you.",
            platform=platform,
            code=error,
            detail=short_text(description),
        )
    if not code:
        raise PlatformError(
            f"{label} did not send a sign-in code back. Please try connecting again.",
            platform=platform,
            code="missing_code",
            detail="no code in redirect",
        )
    return code.removesuffix("#_")  # Meta appends "#_" to its redirects


def expires_at(now: float, seconds: Any) -> datetime | None:
    """An aware UTC datetime `seconds` after `now` (epoch), or None if not given."""
    try:
        return datetime.fromtimestamp(now + float(seconds), UTC)
    except (TypeError, ValueError):
        return None


# -- token endpoints -----------------------------------------------------------------------

# Form fields whose values must never reach an error message or a log.
_SENSITIVE_FORM_KEYS = frozenset(
    {"client_secret", "code", "code_verifier", "refresh_token", "token", "access_token"}
)


class OAuthClient(PlatformClient):
    """`PlatformClient` plus our app credentials and RFC 6749 token-endpoint handling."""

    def __init__(self, credentials: AppCredentials, **kw: Any) -> None:
        super().__init__(**kw)
        self.credentials = credentials

    def _secrets(self, token: TokenSet | None) -> tuple[str, ...]:
        return (*super()._secrets(token), self.credentials.client_secret)

    def missing_scopes(self, token: TokenSet) -> tuple[str, ...]:
        """Required scopes the person did not grant (consent screens let them untick)."""
        granted = set(token.scopes)
        return tuple(s for s in self.required_scopes if s not in granted)

    required_scopes: tuple[str, ...] = ()

    def require_scopes(self, token: TokenSet) -> None:
        missing = self.missing_scopes(token)
        if missing:
            raise self.error(
                ScopeMissing,
                f"{self.label} was connected without a permission Stillmotion needs to post. "
                "Connect again and allow everything on the consent screen.",
                code="scope_missing",
                detail=f"missing scopes: {', '.join(missing)}",
            )

    def token_post(
        self,
        url: str,
        form: Mapping[str, str],
        *,
        grant: str,
        token: TokenSet | None = None,
        extra_secrets: tuple[str, ...] = (),
        wrapped: bool = False,
    ) -> dict[str, Any]:
        """POST a form to a token endpoint; the JSON reply, or our error for it.

        `grant` is "authorization_code" or "refresh_token" (it changes the message);
        `wrapped` accepts a token inside {"data": [...]} (Instagram)."""
        sensitive = tuple(v for k, v in form.items() if k in _SENSITIVE_FORM_KEYS and v)
        scrub = self._secrets(token) + extra_secrets + sensitive
        response = self._send("POST", url, data=dict(form), secrets=scrub, check=False)
        try:
            body = response.json()
        except ValueError:
            body = None
        # TikTok may answer an OAuth error with a 200 and a flat {"error": "..."} body.
        error = body.get("error") if isinstance(body, dict) else None
        if response.status_code >= 400 or (isinstance(error, str) and error):
            raise self.oauth_error(response, body, grant=grant, secrets=scrub)
        inner = body.get("data") if wrapped and isinstance(body, dict) else None
        if isinstance(inner, list) and inner and isinstance(inner[0], dict):
            body = inner[0]
        if not isinstance(body, dict) or not body.get("access_token"):
            raise self.error(
                Transient,
                f"{self.label} sent a sign-in reply we could not read. Please try again.",
                code="bad_token_reply",
                detail=f"{response.status_code}: {short_text(response.text)}",
                status_code=response.status_code,
                secrets=scrub,
            )
        return body

    def oauth_error(
        self,
        response: httpx.Response,
        body: Any,
        *,
        grant: str,
        secrets: tuple[str, ...],
    ) -> PlatformError:
        """RFC 6749 §5.2 errors (`{"error", "error_description"}`) to our taxonomy."""
        error = description = ""
        if isinstance(body, dict):
            raw = body.get("error")
            if isinstance(raw, str):
                error, description = raw, str(body.get("error_description") or "")
            elif isinstance(raw, dict):  # TikTok's API envelope on an OAuth path
                error, description = str(raw.get("code") or ""), str(raw.get("message") or "")
            elif body.get("error_message"):  # api.instagram.com: {error_type, error_message}
                description = str(body["error_message"])
                low = description.lower()
                error = (
                    "redirect_uri_mismatch"
                    if "redirect_uri" in low
                    else "invalid_grant"
                    if "code" in low
                    else "invalid_client"
                    if "client" in low
                    else str(body.get("error_type") or "")
                )
        status = response.status_code
        detail = f"{status} {error}: {description}" if error else f"{status}: {response.text}"
        kw: dict[str, Any] = {
            "code": error or str(status),
            "detail": detail,
            "status_code": status,
            "secrets": secrets,
        }
        if (transient := self.transient_for_status(response, detail, secrets)) is not None:
            return transient
        if error in ("temporarily_unavailable", "server_error"):
            return self.error(
                Transient, f"{self.label} sign-in is briefly unavailable. We will try again.", **kw
            )
        if status == 429 or error == "rate_limit_exceeded":
            return self.error(
                RateLimited,
                f"{self.label} asked us to slow down. We will try again in a minute.",
                retry_after_s=60.0,
                **kw,
            )
        if error == "invalid_grant":
            if grant == "refresh_token":
                return self.error(
                    TokenRevoked,
                    f"Your {self.label} connection has expired or was removed. Connect the "
                    "account again to keep posting.",
                    **kw,
                )
            return self.error(
                TokenRevoked,
                f"The {self.label} sign-in did not complete (the code expired or was already "
                "used). Please connect again.",
                **kw,
            )
        if error in ("invalid_scope", "scope_not_authorized"):
            return self.error(
                ScopeMissing,
                f"{self.label} refused a permission Stillmotion asks for. Connect again and "
                "allow everything on the consent screen.",
                **kw,
            )
        if error in ("invalid_client", "unauthorized_client", "redirect_uri_mismatch") or (
            "redirect" in description.lower()
        ):
            return self.error(
                AppMisconfigured,
                f"We could not connect to {self.label} because of a setup problem on our side. "
                "Our team has been told.",
                **kw,
            )
        return self.error(
            PlatformError,
            f"{self.label} refused the sign-in ({short_text(error or str(status), 80)}). "
            "Please connect again.",
            **kw,
        )

    def token_from_reply(
        self,
        body: Mapping[str, Any],
        *,
        scope_separator: str,
        previous: TokenSet | None = None,
        account_id: str | None = None,
    ) -> TokenSet:
        """A `TokenSet` from a token endpoint's JSON. A refresh reply that omits the refresh
        token (Google) keeps the previous one; one that includes it (TikTok) replaces it."""
        now = self.now()
        scope = body.get("scope")
        if isinstance(scope, str):
            parts = scope.split(",") if scope_separator == "," else scope.split()
            scopes = tuple(s.strip() for s in parts if s.strip())
        elif isinstance(scope, list):
            scopes = tuple(str(s) for s in scope)
        elif previous is not None:
            scopes = previous.scopes
        else:
            scopes = ()
        refresh = body.get("refresh_token") or (previous.refresh_token if previous else None)
        refresh_expiry = expires_at(now, body.get("refresh_expires_in")) or expires_at(
            now,
            body.get("refresh_token_expires_in"),  # Google, for time-limited grants
        )
        if refresh_expiry is None and previous is not None and not body.get("refresh_token"):
            refresh_expiry = previous.refresh_expires_at
        return TokenSet(
            access_token=str(body["access_token"]),
            refresh_token=refresh,
            expires_at=expires_at(now, body.get("expires_in")),
            refresh_expires_at=refresh_expiry,
            scopes=scopes,
            account_id=account_id or (previous.account_id if previous else None),
            account_name=previous.account_name if previous else None,
            token_type=str(body.get("token_type") or "Bearer"),
        )

    def with_account(self, token: TokenSet) -> TokenSet:
        """`token` with the account's id and name filled in. The code behind `token` is
        already spent, so a failed lookup must not lose the token: it comes back without
        a name, and the caller can call `account_info` later."""
        try:
            info = self.account_info(token)  # type: ignore[attr-defined]
        except PlatformError:
            return token
        return replace(
            token, account_id=info.account_id or token.account_id, account_name=info.name
        )

    def revoke_result(self, response: httpx.Response, token: TokenSet) -> bool:
        """A revoke endpoint's reply: True when the grant is gone (revoked now, or already
        invalid); our own misconfiguration and server trouble are raised."""
        if response.status_code < 400:
            return True
        try:
            body = response.json()
        except ValueError:
            body = None
        error = body.get("error") if isinstance(body, dict) else None
        if (
            response.status_code >= 500
            or response.status_code == 429
            or error in ("invalid_client", "unauthorized_client")
        ):
            raise self.oauth_error(response, body, grant="revoke", secrets=self._secrets(token))
        return True  # invalid_token and friends: nothing left to revoke
