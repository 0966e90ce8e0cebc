"""`Stillmotion-Signature: t=<unix>,v1=<hex HMAC-SHA256(secret, f"{t}.{body}")>`.

The timestamp is signed with the body, so a receiver that checks it is recent (five minutes
by default) can't be fooled by a replayed delivery.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import time
from typing import Any

HEADER = "Stillmotion-Signature"


def canonical_body(payload: dict[str, Any]) -> bytes:
    """The exact bytes we sign and send for a payload (compact, keys sorted)."""
    return json.dumps(payload, separators=(",", ":"), sort_keys=True).encode()


def new_secret() -> str:
    return "whsec_" + secrets.token_urlsafe(32)


def signature(secret: str, body: bytes, timestamp: int) -> str:
    message = f"{timestamp}.".encode() + body
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def header_value(secret: str, body: bytes, timestamp: int | None = None) -> str:
    t = int(timestamp if timestamp is not None else time.time())
    return f"t={t},v1={signature(secret, body, t)}"
