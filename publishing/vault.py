"""OAuth tokens at rest: Fernet (AES-128-CBC + HMAC-SHA256) under a MultiFernet of the keys
in `PUBLISHING_TOKEN_KEYS`, newest first.

Rotation: put a new key first, run `manage.py publishing_rotate_keys` (every account is
re-encrypted with the new key; the old keys still decrypt meanwhile), then drop the old key.
Outside production, with no key set, one is derived from DJANGO_SECRET_KEY so the app works
with no configuration; production refuses to start publishing without a key of its own.
"""

from __future__ import annotations

import base64
import hashlib
import json
from typing import Any

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from publishing.platforms import TokenSet
from saas.errors import ApplicationError


class TokensUnreadable(ApplicationError):
    """Stored tokens can't be decrypted with any configured key."""

    code = "tokens_unreadable"
    status = 409


def _derived_key() -> bytes:
    digest = hashlib.sha256(b"stillmotion.publishing.tokens.v1:" + settings.SECRET_KEY.encode())
    return base64.urlsafe_b64encode(digest.digest())


def _keys() -> list[bytes]:
    configured = [k.strip().encode() for k in settings.PUBLISHING_TOKEN_KEYS if k.strip()]
    if configured:
        return configured
    if getattr(settings, "PRODUCTION", False):
        raise ImproperlyConfigured(
            'Set PUBLISHING_TOKEN_KEYS (a Fernet key: `python -c "from cryptography.fernet '
            'import Fernet; print(Fernet.generate_key().decode())"`) to connect social accounts.'
        )
    return [_derived_key()]


def _fernet() -> MultiFernet:
    try:
        return MultiFernet([Fernet(key) for key in _keys()])
    except ValueError as exc:
        raise ImproperlyConfigured(
            "PUBLISHING_TOKEN_KEYS must hold Fernet keys (32 url-safe base64-encoded bytes), "
            "separated by commas."
        ) from exc


def seal(token: TokenSet) -> str:
    """The token set, encrypted with the newest key."""
    payload = json.dumps(token.to_dict(), separators=(",", ":")).encode()
    return _fernet().encrypt(payload).decode()


def unseal(sealed: str) -> TokenSet:
    try:
        data: dict[str, Any] = json.loads(_fernet().decrypt(sealed.encode()))
    except (InvalidToken, ValueError) as exc:
        raise TokensUnreadable(
            "The saved sign-in for this account can't be read (the encryption key changed). "
            "Connect the account again."
        ) from exc
    return TokenSet.from_dict(data)


def rotate(sealed: str) -> str:
    """The same tokens, re-encrypted with the newest key."""
    try:
        return _fernet().rotate(sealed.encode()).decode()
    except InvalidToken as exc:
        raise TokensUnreadable(
            "The saved sign-in for this account can't be read with any configured key."
        ) from exc
