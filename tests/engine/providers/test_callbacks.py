"""Vendor callbacks: Replicate HMAC and fal Ed25519 signatures (good, bad, stale, tampered),
delivered over real HTTP by the fakes; unsigned callbacks are only ever a hint to poll."""

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx
import pytest

from engine.providers.callbacks import (
    CallbackRejected,
    status_from_callback,
    verify_fal_webhook,
    verify_replicate_webhook,
)
from engine.providers.protocol import TaskState
from tests.engine.conftest import (
    IMAGE_URL,
    fal_for,
    kling_for,
    luma_for,
    replicate_for,
)
from tests.fakes.server import FakeVendor, Request, Response


@pytest.fixture(scope="module")
def receiver() -> Iterator[FakeVendor]:
    """Stands in for our callback endpoint: records what arrives."""
    fake = FakeVendor()
    fake.route("POST", "/hooks/{vendor}", lambda r: Response(200, {"ok": True}))
    with fake:
        yield fake


def _submit(provider, photo, spec, callback_url: str | None = None) -> str:
    return provider.submit(
        image=photo,
        image_mime="image/png",
        spec=spec,
        image_url=IMAGE_URL,
        callback_url=callback_url,
    )


def _delivered(receiver: FakeVendor) -> Request:
    return receiver.requests[-1]


# -- Replicate -----------------------------------------------------------------------------


def test_replicate_signed_callback_over_http_verifies(fake_replicate, receiver, photo, spec):
    provider = replicate_for(fake_replicate)
    task_id = _submit(provider, photo, spec, f"{receiver.url}/hooks/replicate")
    assert fake_replicate.send_callback(task_id).status_code == 200
    hook = _delivered(receiver)
    payload = verify_replicate_webhook(
        headers=hook.headers, body=hook.body, secret=fake_replicate.webhook_secret
    )
    assert payload["id"] == task_id and payload["status"] == "succeeded"


def test_replicate_bad_signature_is_rejected(fake_replicate, photo, spec):
    task_id = _submit(replicate_for(fake_replicate), photo, spec, "https://cb")
    headers, body = fake_replicate.signed_callback(task_id, bad_signature=True)
    with pytest.raises(CallbackRejected, match="does not match"):
        verify_replicate_webhook(headers=headers, body=body, secret=fake_replicate.webhook_secret)


def test_replicate_tampered_body_is_rejected(fake_replicate, photo, spec):
    task_id = _submit(replicate_for(fake_replicate), photo, spec, "https://cb")
    headers, body = fake_replicate.signed_callback(task_id)
    tampered = body.replace(b'"succeeded"', b'"failed"')
    with pytest.raises(CallbackRejected):
        verify_replicate_webhook(
            headers=headers, body=tampered, secret=fake_replicate.webhook_secret
        )


def test_replicate_stale_timestamp_is_rejected(fake_replicate, photo, spec):
    task_id = _submit(replicate_for(fake_replicate), photo, spec, "https://cb")
    headers, body = fake_replicate.signed_callback(task_id, timestamp=int(time.time()) - 600)
    with pytest.raises(CallbackRejected, match="tolerance"):
        verify_replicate_webhook(headers=headers, body=body, secret=fake_replicate.webhook_secret)
    # ...but the same delivery was fine when it was fresh.
    verify_replicate_webhook(
        headers=headers, body=body, secret=fake_replicate.webhook_secret, now=time.time() - 600
    )


def test_replicate_missing_headers_are_rejected():
    with pytest.raises(CallbackRejected, match="webhook-id"):
        verify_replicate_webhook(headers={}, body=b"{}", secret="whsec_c2VjcmV0")


# -- fal -----------------------------------------------------------------------------------


def _jwks(fake_fal) -> dict:
    return httpx.get(f"{fake_fal.url}/.well-known/jwks.json", timeout=5).json()


def test_fal_signed_callback_over_http_verifies_with_fetched_jwks(fake_fal, receiver, photo, spec):
    task_id = _submit(fal_for(fake_fal), photo, spec, f"{receiver.url}/hooks/fal")
    assert fake_fal.requests_to("POST", "/fal-ai/")[0].query["fal_webhook"]
    assert fake_fal.send_callback(task_id).status_code == 200
    hook = _delivered(receiver)
    payload = verify_fal_webhook(headers=hook.headers, body=hook.body, jwks=_jwks(fake_fal))
    assert payload["request_id"] == task_id
    assert payload["payload"]["video"]["url"].endswith(".mp4")


@pytest.mark.parametrize("problem", ["bad_key", "stale", "tampered", "not_hex"])
def test_fal_bad_callbacks_are_rejected(fake_fal, photo, spec, problem):
    task_id = _submit(fal_for(fake_fal), photo, spec, "https://cb")
    headers, body = fake_fal.signed_callback(
        task_id,
        bad_signature=problem == "bad_key",
        timestamp=int(time.time()) - 301 if problem == "stale" else None,
    )
    if problem == "tampered":
        body = body.replace(b'"OK"', b'"ERROR"')
    if problem == "not_hex":
        headers["X-Fal-Webhook-Signature"] = "zz" * 64
    with pytest.raises(CallbackRejected):
        verify_fal_webhook(headers=headers, body=body, jwks=_jwks(fake_fal))


def test_fal_empty_jwks_rejects(fake_fal, photo, spec):
    task_id = _submit(fal_for(fake_fal), photo, spec, "https://cb")
    headers, body = fake_fal.signed_callback(task_id)
    with pytest.raises(CallbackRejected, match="no Ed25519 key"):
        verify_fal_webhook(headers=headers, body=body, jwks={"keys": []})


# -- the rule: unsigned callbacks are never trusted ----------------------------------------


def test_forged_luma_callback_cannot_fake_completion(fake_luma, receiver, photo, spec):
    provider = luma_for(fake_luma)
    fake_luma.polls_until_done = 100
    task_id = _submit(provider, photo, spec)
    forged = {"id": task_id, "state": "completed", "assets": {"video": "https://evil/x.mp4"}}
    fake_luma.send_callback(f"{receiver.url}/hooks/luma", forged)
    hook = _delivered(receiver)
    found, status = status_from_callback(provider, headers=hook.headers, body=hook.body)
    assert found == task_id
    assert status.state is TaskState.PENDING  # what Luma's API says, not the callback
    assert status.output_url is None
    assert fake_luma.requests_to("GET", f"/dream-machine/v1/generations/{task_id}")


def test_kling_callback_is_refetched(fake_kling, photo, spec):
    provider = kling_for(fake_kling)
    fake_kling.polls_until_done = 1
    task_id = _submit(provider, photo, spec)
    body = f'{{"task_id": "{task_id}", "task_status": "failed"}}'.encode()
    found, status = status_from_callback(provider, headers={}, body=body)
    assert found == task_id
    assert status.state is TaskState.SUCCEEDED and status.output_url


def test_signed_callback_still_reads_status_from_the_api(fake_replicate, photo, spec):
    provider = replicate_for(fake_replicate)
    task_id = _submit(provider, photo, spec, "https://cb")
    headers, body = fake_replicate.signed_callback(task_id)
    found, status = status_from_callback(
        provider, headers=headers, body=body, replicate_secret=fake_replicate.webhook_secret
    )
    assert found == task_id and status.state is TaskState.SUCCEEDED
    with pytest.raises(CallbackRejected):
        status_from_callback(provider, headers=headers, body=body, replicate_secret=None)
