"""Signed deliveries to a real local receiver: signature, retries with backoff, disabling."""

from __future__ import annotations

import json
import time
from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from tests.fakes.server import Response
from tests.webhooks.conftest import independent_verify
from webhooks import services, signing
from webhooks.models import DeliveryStatus, WebhookDelivery

pytestmark = pytest.mark.django_db


@pytest.fixture
def endpoint(workspace, receiver):
    return services.endpoint_create(workspace=workspace, url=receiver.hook_url)


def _emit(workspace, **kwargs) -> WebhookDelivery:
    [delivery] = services.event_emit(
        workspace=workspace, event_type="job.failed", data={"job": {"id": "j1"}}, **kwargs
    )
    return delivery


def _attempt(delivery: WebhookDelivery):
    WebhookDelivery.objects.filter(pk=delivery.pk).update(next_attempt_at=timezone.now())
    return services.delivery_attempt(delivery_id=str(delivery.pk))


def test_a_delivery_is_signed_and_verifies_independently(workspace, endpoint, receiver):
    delivery = _emit(workspace)
    outcome = _attempt(delivery)
    assert outcome.delivered and outcome.response_code == 200
    [request] = receiver.hooks()
    header = request.headers["stillmotion-signature"]
    assert independent_verify(endpoint.secret, request.body, header)
    assert not independent_verify(endpoint.secret, request.body + b" ", header)
    assert not independent_verify("whsec_other", request.body, header)
    t = int(header.split(",")[0].removeprefix("t="))
    assert abs(time.time() - t) < 30
    body = json.loads(request.body)
    assert body["type"] == "job.failed" and body["id"] == delivery.event_id
    assert body["workspace_id"] == str(workspace.pk) and body["data"] == {"job": {"id": "j1"}}
    assert request.headers["stillmotion-event"] == "job.failed"
    assert request.headers["content-type"] == "application/json"
    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.DELIVERED and delivery.attempts == 1
    assert delivery.response_code == 200 and delivery.duration_ms is not None


def test_the_signature_covers_the_timestamp_and_the_body():
    body = b'{"a":1}'
    header = signing.header_value("whsec_x", body, timestamp=1_767_225_600)
    assert independent_verify("whsec_x", body, header)
    assert not independent_verify("whsec_x", b'{"a":2}', header)
    moved = header.replace("t=1767225600", "t=1767225601")
    assert not independent_verify("whsec_x", body, moved)


def test_the_log_shows_the_exact_bytes_that_were_signed(
    workspace, endpoint, receiver, client_for, owner
):
    [delivery] = services.event_emit(workspace=workspace, event_type="job.failed", data={"é": [1]})
    services.delivery_attempt(delivery_id=str(delivery.pk))
    [request] = receiver.hooks()
    delivery.refresh_from_db()
    assert delivery.body_text.encode() == request.body
    page = client_for(owner, workspace).get(f"/app/webhooks/{endpoint.pk}/deliveries/")
    assert page.status_code == 200
    assert request.body.decode().replace('"', "&quot;") in page.content.decode()


def test_failures_retry_with_exponential_backoff_then_succeed(workspace, endpoint, receiver):
    receiver.plan = [500, 503, Response(429, "slow down")]
    delivery = _emit(workspace)
    delays = []
    for _ in range(3):
        outcome = _attempt(delivery)
        assert not outcome.delivered and outcome.retry_in_s is not None
        delays.append(outcome.retry_in_s)
    base = services.retry_base_s()
    for n, delay in enumerate(delays):
        assert base * 2**n * 0.9 <= delay <= base * 2**n * 1.1
    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.PENDING and delivery.attempts == 3
    assert delivery.response_code == 429 and "HTTP 429" in delivery.last_error
    assert delivery.next_attempt_at > timezone.now() + timedelta(seconds=base * 3)
    assert _attempt(delivery).delivered
    endpoint.refresh_from_db()
    assert endpoint.failure_count == 0 and len(receiver.hooks()) == 4


def test_an_attempt_that_is_not_due_is_not_sent(workspace, endpoint, receiver):
    receiver.plan = [500]
    delivery = _emit(workspace)
    _attempt(delivery)
    assert services.delivery_attempt(delivery_id=str(delivery.pk)) is None  # not due yet
    assert len(receiver.hooks()) == 1


def test_consecutive_failures_disable_the_endpoint_and_email_admins(
    workspace, endpoint, receiver, admin_user, member, settings, django_capture_on_commit_callbacks
):
    settings.WEBHOOKS_DISABLE_AFTER_FAILURES = 3
    receiver.plan = [500] * 10
    deliveries = [_emit(workspace, event_id=f"evt_{i}") for i in range(3)]
    with django_capture_on_commit_callbacks(execute=True):
        for delivery in deliveries:
            _attempt(delivery)
    endpoint.refresh_from_db()
    assert not endpoint.enabled and endpoint.failure_count == 3
    assert "3 deliveries in a row failed" in endpoint.disabled_reason
    [email] = mail.outbox
    assert sorted(email.to) == ["admin@example.com", "owner@example.com"]  # not the member
    assert endpoint.url in email.body and "turn the endpoint back on" in email.body
    # Nothing more is sent to a disabled endpoint, and new events skip it.
    outcome = _attempt(deliveries[0])
    assert outcome is not None and outcome.retry_in_s is None
    assert services.event_emit(workspace=workspace, event_type="job.failed", data={}) == []
    assert len(receiver.hooks()) == 3
    services.endpoint_enable(workspace=workspace, endpoint=endpoint)
    endpoint.refresh_from_db()
    assert endpoint.enabled and endpoint.failure_count == 0


def test_410_gone_disables_at_once(
    workspace, endpoint, receiver, django_capture_on_commit_callbacks
):
    receiver.plan = [410]
    delivery = _emit(workspace)
    with django_capture_on_commit_callbacks(execute=True):
        outcome = _attempt(delivery)
    assert outcome.retry_in_s is None
    endpoint.refresh_from_db()
    assert not endpoint.enabled and "410" in endpoint.disabled_reason
    assert len(mail.outbox) == 1


def test_retries_stop_after_the_24_hour_window(workspace, endpoint, receiver):
    receiver.plan = [500]
    delivery = _emit(workspace)
    WebhookDelivery.objects.filter(pk=delivery.pk).update(
        created_at=timezone.now() - timedelta(hours=23, minutes=59, seconds=50)
    )
    outcome = _attempt(delivery)
    assert outcome.retry_in_s is None
    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.FAILED and delivery.next_attempt_at is None


def test_redirects_are_not_followed(workspace, receiver):
    endpoint = services.endpoint_create(workspace=workspace, url=f"{receiver.url}/moved")
    [delivery] = services.event_emit(
        workspace=workspace, event_type="job.failed", data={}, endpoints=[endpoint]
    )
    outcome = _attempt(delivery)
    assert not outcome.delivered and outcome.response_code == 301
    assert "redirect" in outcome.error and receiver.hooks() == []


def test_a_slow_receiver_times_out_and_is_retried(workspace, endpoint, receiver, settings):
    settings.WEBHOOKS_TIMEOUT_S = 0.3
    receiver.plan = [Response(200, "late", delay_s=1.0)]
    outcome = _attempt(_emit(workspace))
    assert not outcome.delivered and outcome.retry_in_s is not None
    assert "didn't answer within 0.3 s" in outcome.error


def test_redeliver_sends_again_now(workspace, endpoint, receiver):
    delivery = _emit(workspace)
    _attempt(delivery)
    services.delivery_redeliver(workspace=workspace, delivery=delivery)
    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.PENDING
    assert services.delivery_attempt(delivery_id=str(delivery.pk)).delivered
    assert len(receiver.hooks()) == 2
    bodies = {json.loads(r.body)["id"] for r in receiver.hooks()}
    assert bodies == {delivery.event_id}  # same event id: receivers de-duplicate on it


def test_a_job_url_override_is_signed_with_the_workspace_secret(workspace, endpoint, receiver):
    [delivery] = services.event_emit(
        workspace=workspace, event_type="job.failed", data={}, url_override=receiver.hook_url
    )
    assert delivery.endpoint is None
    _attempt(delivery)
    [request] = receiver.hooks()
    secret = services.state_ensure(workspace=workspace).job_url_secret
    assert independent_verify(secret, request.body, request.headers["stillmotion-signature"])
    assert not independent_verify(
        endpoint.secret, request.body, request.headers["stillmotion-signature"]
    )
