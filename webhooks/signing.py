"""`Stillmotion-Signature: t=<unix>,v1=<hex HMAC-SHA256(secret, f"{t}.{body}")>`.

The timestamp is signed with the body, so a receiver that checks it is recent (five minutes
by default) can't be fooled by a replayed delivery.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time

HEADER = "Stillmotion-Signature"
DEFAULT_TOLERANCE_S = 300


def new_secret() -> str:
    return "whsec_" + secrets.token_urlsafe(32)


def signature(secret: str, body: bytes, timestamp: int) -> str:
    message = f"{timestamp}.".encode() + body
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def header_value(secret: str, body: bytes, timestamp: int | None = None) -> str:
    t = int(timestamp if timestamp is not None else time.time())
    return f"t={t},v1={signature(secret, body, t)}"


def verify(
    secret: str,
    body: bytes,
    header: str,
    *,
    tolerance_s: int = DEFAULT_TOLERANCE_S,
    now: float | None = None,
) -> bool:
    """True if any `v1` in the header signs this body with a recent timestamp."""
    parts = [p.split("=", 1) for p in header.split(",") if "=" in p]
    stamps = [v for k, v in parts if k.strip() == "t"]
    sigs = [v for k, v in parts if k.strip() == "v1"]
    if len(stamps) != 1 or not sigs or not stamps[0].isdigit():
        return False
    t = int(stamps[0])
    if abs((now or time.time()) - t) > tolerance_s:
        return False
    expected = signature(secret, body, t)
    return any(hmac.compare_digest(expected, s.strip()) for s in sigs)
