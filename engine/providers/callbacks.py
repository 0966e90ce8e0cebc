"""Vendor callbacks (webhooks): verify what is signed, re-fetch what is not.

- Replicate signs with HMAC-SHA256 (Standard Webhooks: webhook-id / -timestamp /
  -signature headers, secret `whsec_<base64>`).
- fal signs with Ed25519 (X-Fal-Webhook-* headers; keys from a JWKS the caller fetched
  and cached: pipeline/engine_config.fal_jwks, from the FAL_JWKS_URL setting or pinned).
- Luma, Kling (and Runway, which has none) are unsigned: a callback only tells us *which*
  task to look at; the status always comes from `provider.poll` (`status_from_callback`).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import time
from collections.abc import Callable, Mapping
from typing import Any, Protocol

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from engine.errors import EngineError
from engine.providers.protocol import TaskStatus, VideoProvider

DEFAULT_TOLERANCE_S = 300
SIGNED_PROVIDERS = frozenset({"replicate", "fal"})


class CallbackRejected(EngineError):
    """The callback is not authentic (bad or missing signature, stale timestamp) or not
    understood. The endpoint should answer 400/401 and do nothing."""


def _header(headers: Mapping[str, str], name: str) -> str:
    lowered = {k.lower(): v for k, v in headers.items()}
    value = lowered.get(name.lower())
    if not value:
        raise CallbackRejected(f"missing header {name}")
    return value


def _check_timestamp(raw: str, *, tolerance_s: float, now: float | None) -> int:
    try:
        ts = int(raw)
    except ValueError as exc:
        raise CallbackRejected(f"bad timestamp {raw!r}") from exc
    current = time.time() if now is None else now
    if abs(current - ts) > tolerance_s:
        raise CallbackRejected(f"timestamp {ts} is outside the {tolerance_s:g}s tolerance")
    return ts


# -- Replicate -----------------------------------------------------------------------------


def replicate_signature(*, secret: str, webhook_id: str, timestamp: str, body: bytes) -> str:
    """The `v1,<base64>` signature Replicate would send (also used by our fake)."""
    key = base64.b64decode(secret.split("_", 1)[1] if secret.startswith("whsec_") else secret)
    signed = f"{webhook_id}.{timestamp}.".encode() + body
    return "v1," + base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()


def verify_replicate_webhook(
    *,
    headers: Mapping[str, str],
    body: bytes,
    secret: str,
    tolerance_s: float = DEFAULT_TOLERANCE_S,
    now: float | None = None,
) -> dict[str, Any]:
    """Check a Replicate webhook and return the prediction it carries."""
    webhook_id = _header(headers, "webhook-id")
    timestamp = _header(headers, "webhook-timestamp")
    signatures = _header(headers, "webhook-signature")
    _check_timestamp(timestamp, tolerance_s=tolerance_s, now=now)
    try:
        expected = replicate_signature(
            secret=secret, webhook_id=webhook_id, timestamp=timestamp, body=body
        )
    except (binascii.Error, IndexError) as exc:
        raise CallbackRejected("the Replicate webhook secret is malformed") from exc
    # Space-separated list of `v1,<sig>`; any match is enough (key rotation).
    if not any(hmac.compare_digest(expected, sig) for sig in signatures.split()):
        raise CallbackRejected("Replicate webhook signature does not match")
    return _json_object(body)


# -- fal -----------------------------------------------------------------------------------


def fal_message(*, request_id: str, user_id: str, timestamp: str, body: bytes) -> bytes:
    digest = hashlib.sha256(body).hexdigest()
    return "\n".join([request_id, user_id, timestamp, digest]).encode()


def _fal_public_keys(jwks: Mapping[str, Any]) -> list[Ed25519PublicKey]:
    keys = []
    for jwk in jwks.get("keys", ()):
        if jwk.get("kty") != "OKP" or jwk.get("crv") != "Ed25519" or not jwk.get("x"):
            continue
        raw = base64.urlsafe_b64decode(jwk["x"] + "=" * (-len(jwk["x"]) % 4))
        keys.append(Ed25519PublicKey.from_public_bytes(raw))
    return keys


def verify_fal_webhook(
    *,
    headers: Mapping[str, str],
    body: bytes,
    jwks: Mapping[str, Any],
    tolerance_s: float = DEFAULT_TOLERANCE_S,
    now: float | None = None,
) -> dict[str, Any]:
    """Check a fal webhook against any key of the JWKS; return the payload."""
    request_id = _header(headers, "x-fal-webhook-request-id")
    user_id = _header(headers, "x-fal-webhook-user-id")
    timestamp = _header(headers, "x-fal-webhook-timestamp")
    signature_hex = _header(headers, "x-fal-webhook-signature")
    _check_timestamp(timestamp, tolerance_s=tolerance_s, now=now)
    try:
        signature = bytes.fromhex(signature_hex)
    except ValueError as exc:
        raise CallbackRejected("fal webhook signature is not hex") from exc
    message = fal_message(request_id=request_id, user_id=user_id, timestamp=timestamp, body=body)
    keys = _fal_public_keys(jwks)
    if not keys:
        raise CallbackRejected("no Ed25519 key in the fal JWKS")
    for key in keys:
        try:
            key.verify(signature, message)
        except InvalidSignature:
            continue
        payload = _json_object(body)
        if str(payload.get("request_id", request_id)) != request_id:
            raise CallbackRejected("fal webhook body names a different request")
        return payload
    raise CallbackRejected("fal webhook signature does not match any known key")


# -- the rule for every vendor -------------------------------------------------------------


def _json_object(body: bytes) -> dict[str, Any]:
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise CallbackRejected("callback body is not JSON") from exc
    if not isinstance(data, dict):
        raise CallbackRejected("callback body is not a JSON object")
    return data


def callback_task_id(provider_name: str, payload: Mapping[str, Any]) -> str:
    """The vendor task id a callback is about, from each vendor's payload shape."""
    if provider_name == "fal":
        key = "request_id"
    elif provider_name == "kling":
        key = "task_id"
        payload = payload.get("data", payload) if "task_id" not in payload else payload
    else:  # replicate, luma, runway
        key = "id"
    value = payload.get(key)
    if not value:
        raise CallbackRejected(f"{provider_name} callback has no {key}")
    return str(value)


def status_from_callback(
    provider: VideoProvider,
    *,
    headers: Mapping[str, str],
    body: bytes,
    replicate_secret: str | None = None,
    fal_jwks: Mapping[str, Any] | None = None,
    now: float | None = None,
) -> tuple[str, TaskStatus]:
    """(vendor task id, trustworthy status) for a callback addressed to `provider`.

    Signed vendors are verified first (CallbackRejected if that fails). The status is then
    read with `provider.poll`, for every vendor: a callback body is only a hint to look, so
    an unsigned one (Luma, Kling) can never make us accept a result the vendor API does not
    confirm, and a signed one costs one cheap GET.
    """
    name = provider.name
    if name == "replicate":
        if not replicate_secret:
            raise CallbackRejected("no Replicate webhook secret configured")
        payload = verify_replicate_webhook(
            headers=headers, body=body, secret=replicate_secret, now=now
        )
    elif name == "fal":
        if not fal_jwks:
            raise CallbackRejected("no fal JWKS available")
        payload = verify_fal_webhook(headers=headers, body=body, jwks=fal_jwks, now=now)
    else:
        payload = _json_object(body)
    task_id = callback_task_id(name, payload)
    return task_id, provider.poll(task_id)


# -- waking the poll loop when a callback arrives -------------------------------------------


class CallbackWaiter(Protocol):
    """Between polls a provider waits here; a verified callback for its task ends the wait
    early, so completion is event-driven where a vendor calls back and polling stays the
    fallback where it doesn't (or when the callback never arrives)."""

    def wait(self, provider: str, task_id: str, timeout_s: float) -> bool:
        """Block up to `timeout_s`; True if a callback for the task arrived meanwhile."""
        ...

    def notify(self, provider: str, task_id: str) -> None: ...


class SleepingWaiter:
    """No shared channel (the embedded defaults): just wait for the next poll."""

    def __init__(self, sleep: Callable[[float], None] = time.sleep) -> None:
        self._sleep = sleep

    def wait(self, provider: str, task_id: str, timeout_s: float) -> bool:
        self._sleep(timeout_s)
        return False

    def notify(self, provider: str, task_id: str) -> None:
        return None


class RedisWaiter:
    """Callbacks reach the web process; the task polls in a worker: a Redis list per task
    carries the wake-up between them (BLPOP), so any worker on any machine hears it."""

    def __init__(self, redis_client: Any, *, prefix: str = "stillmotion:callback") -> None:
        self.redis = redis_client
        self.prefix = prefix

    def _key(self, provider: str, task_id: str) -> str:
        return f"{self.prefix}:{provider}:{task_id}"

    def wait(self, provider: str, task_id: str, timeout_s: float) -> bool:
        return (
            self.redis.blpop([self._key(provider, task_id)], timeout=max(0.01, timeout_s))
            is not None
        )

    def notify(self, provider: str, task_id: str) -> None:
        key = self._key(provider, task_id)
        pipe = self.redis.pipeline()
        pipe.rpush(key, "1")
        pipe.expire(key, 900)  # a task nobody waits for any more must not leave keys behind
        pipe.execute()
