"""Vendor callbacks are verified and re-fetched; a forged one changes nothing."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time

import pytest
from django.test import Client

from pipeline.models import JobEvent

pytestmark = pytest.mark.django_db

SECRET = "whsec_" + base64.b64encode(b"replicate-test-secret").decode()


@pytest.fixture
def replicate(settings):
    from tests.fakes.replicate import FakeReplicate

    with FakeReplicate() as fake:
        settings.PROVIDERS_CONFIG = {
            "REPLICATE_API_TOKEN": fake.api_token,
            "REPLICATE_BASE_URL": fake.url,
        }
        settings.REPLICATE_WEBHOOK_SECRET = SECRET
        yield fake


def _signed(body: bytes, *, secret: str = SECRET, msg_id: str = "msg_1") -> dict[str, str]:
    timestamp = str(int(time.time()))
    key = base64.b64decode(secret.split("_", 1)[1])
    digest = hmac.new(key, f"{msg_id}.{timestamp}.{body.decode()}".encode(), hashlib.sha256)
    return {
        "HTTP_WEBHOOK_ID": msg_id,
        "HTTP_WEBHOOK_TIMESTAMP": timestamp,
        "HTTP_WEBHOOK_SIGNATURE": "v1," + base64.b64encode(digest.digest()).decode(),
    }


def test_forged_replicate_callback_is_rejected_and_nothing_is_fetched(replicate):
    body = json.dumps({"id": "pred_1", "status": "succeeded"}).encode()
    headers = _signed(body, secret="whsec_" + base64.b64encode(b"wrong").decode())
    response = Client().post(
        "/providers/replicate/callback/", body, content_type="application/json", **headers
    )
    assert response.status_code == 400
    assert replicate.requests_to("GET", "/v1/predictions") == []
    assert not JobEvent.objects.exists()


def test_unknown_provider_callback_is_404():
    response = Client().post("/providers/nope/callback/", b"{}", content_type="application/json")
    assert response.status_code == 404
