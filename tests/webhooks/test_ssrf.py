"""Where webhooks may go: https and public addresses only in production."""

from __future__ import annotations

import pytest

from webhooks import services
from webhooks.errors import WebhookTargetRejected
from webhooks.models import DeliveryStatus
from webhooks.ssrf import check_target

pytestmark = pytest.mark.django_db


@pytest.fixture
def production(settings):
    settings.PRODUCTION = True
    settings.WEBHOOKS_ALLOW_LOOPBACK = False
    return settings


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("http://hooks.example.com/x", "https://"),
        ("https://127.0.0.1/x", "loopback"),
        ("https://localhost:8443/x", "loopback"),
        ("https://[::1]/x", "loopback"),
        ("https://10.1.2.3/x", "private"),
        ("https://192.168.0.10/x", "private"),
        ("https://172.16.5.4/x", "private"),
        ("https://169.254.169.254/latest/meta-data", "link-local"),
        ("https://[fe80::1]/x", "link-local"),
        ("https://[::ffff:10.0.0.1]/x", "private"),
        ("https://0.0.0.0/x", "reserved"),
        ("https://user:pw@93.184.216.34/x", "password"),
        ("ftp://93.184.216.34/x", "https://"),
    ],
)
def test_production_rejects_unsafe_targets(production, url, words):
    with pytest.raises(WebhookTargetRejected) as caught:
        check_target(url)
    assert words in str(caught.value)


def test_production_accepts_public_https(production):
    check_target("https://93.184.216.34/hook")  # an IP literal: no DNS needed


def test_loopback_can_be_allowed_for_local_use(production):
    production.WEBHOOKS_ALLOW_LOOPBACK = True
    check_target("https://127.0.0.1:8443/hook")
    with pytest.raises(WebhookTargetRejected):
        check_target("https://10.0.0.1/hook")  # only loopback is opened up


def test_outside_production_http_and_loopback_work_but_metadata_never(settings):
    settings.PRODUCTION = False
    check_target("http://127.0.0.1:5678/webhook/abc")  # a local n8n
    with pytest.raises(WebhookTargetRejected):
        check_target("http://169.254.169.254/latest/meta-data")


def test_api_refuses_to_save_an_unsafe_endpoint(production, api):
    response = api.post(
        "/api/v1/webhooks/endpoints",
        {"url": "https://10.0.0.8/hook"},
        content_type="application/json",
    )
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "webhook_url_rejected"


def test_api_refuses_an_unsafe_job_webhook_url(production, api):
    response = api.post(
        "/api/v1/jobs",
        {"photo_id": "7f1e5b1c-7a6e-4a1e-9a43-0d2b8e6f7c11", "webhook_url": "http://127.0.0.1/x"},
        content_type="application/json",
    )
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "webhook_url_rejected"


def test_the_target_is_checked_again_at_delivery_time(workspace, receiver, settings):
    endpoint = services.endpoint_create(workspace=workspace, url=receiver.hook_url)
    [delivery] = services.event_emit(workspace=workspace, event_type="job.failed", data={})
    settings.PRODUCTION = True  # e.g. DNS now points inward: nothing may be sent
    outcome = services.delivery_attempt(delivery_id=str(delivery.pk))
    assert not outcome.delivered and "https://" in outcome.error
    assert receiver.hooks() == []
    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.PENDING and delivery.response_code is None
    assert endpoint.pk
