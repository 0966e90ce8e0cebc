"""What the pipeline tells webhooks: job events, batch.completed once, credits.low per crossing."""

from __future__ import annotations

import pytest
from django.utils import timezone

from billing.services import account_ensure, credits_adjust
from pipeline.models import Batch, Job, JobStatus, Photo
from webhooks import services
from webhooks.models import WebhookDelivery

pytestmark = pytest.mark.django_db


@pytest.fixture
def photo(workspace):
    return Photo.objects.create(
        workspace=workspace,
        original_name="p.jpg",
        sha256="b" * 64,
        image="p.jpg",
        thumbnail="t.jpg",
        mime="image/jpeg",
        width=400,
        height=400,
        size_bytes=1,
    )


@pytest.fixture
def hooks(workspace):
    """An endpoint for everything, and one only for failures."""
    everything = services.endpoint_create(workspace=workspace, url="http://127.0.0.1:9/all")
    failures = services.endpoint_create(
        workspace=workspace, url="http://127.0.0.1:9/failed", events=["job.failed"]
    )
    return everything, failures


def _job(workspace, photo, status: str, **fields) -> Job:
    return Job.objects.create(
        workspace=workspace, photo=photo, status=status, finished_at=timezone.now(), **fields
    )


def _sent(**filters) -> list[tuple[str, str]]:
    return sorted(WebhookDelivery.objects.filter(**filters).values_list("event_type", "url"))


@pytest.mark.parametrize(
    ("status", "event"),
    [
        (JobStatus.DELIVERED, "job.delivered"),
        (JobStatus.FAILED, "job.failed"),
        (JobStatus.FAILED_QA, "job.failed"),
        (JobStatus.BLOCKED, "job.blocked"),
        (JobStatus.CANCELED, None),
    ],
)
def test_each_terminal_state_sends_its_event_to_subscribed_endpoints(
    workspace, photo, hooks, status, event
):
    job = _job(workspace, photo, status, failure_reason="why", qa_score=0.42)
    services.job_finished(job=job)
    expected = []
    if event:
        expected.append((event, "http://127.0.0.1:9/all"))
    if event == "job.failed":
        expected.append((event, "http://127.0.0.1:9/failed"))
    assert _sent(event_type__startswith="job.") == sorted(expected)
    if event:
        payload = WebhookDelivery.objects.filter(event_type=event).first().payload
        assert payload["data"]["job"]["id"] == str(job.pk)
        assert payload["data"]["job"]["failure_reason"] == "why"
        assert payload["data"]["qa_score"] == 0.42


def test_the_same_job_finishing_twice_sends_once(workspace, photo, hooks):
    job = _job(workspace, photo, JobStatus.FAILED)
    services.job_finished(job=job)
    services.job_finished(job=job)
    assert len(_sent(event_type="job.failed")) == 2  # two endpoints, once each


def test_a_jobs_own_webhook_url_replaces_the_workspace_endpoints(workspace, photo, hooks):
    job = _job(workspace, photo, JobStatus.BLOCKED, webhook_url="http://127.0.0.1:9/mine")
    services.job_finished(job=job)
    assert _sent(event_type="job.blocked") == [("job.blocked", "http://127.0.0.1:9/mine")]


def test_batch_completed_is_sent_once_when_the_last_job_ends(workspace, photo, hooks):
    batch = Batch.objects.create(workspace=workspace, name="spring", total=2)
    first = _job(workspace, photo, JobStatus.DELIVERED, batch=batch)
    second = _job(workspace, photo, JobStatus.QUEUED, batch=batch)
    services.job_finished(job=first)
    assert not _sent(event_type="batch.completed")
    batch.refresh_from_db()
    assert batch.completed_at is None
    Job.objects.filter(pk=second.pk).update(status=JobStatus.CANCELED)
    services.job_finished(job=second)
    services.job_finished(job=second)
    [delivery] = WebhookDelivery.objects.filter(event_type="batch.completed")
    assert delivery.payload["data"]["batch"]["counts"]["delivered"] == 1
    assert delivery.payload["data"]["batch"]["counts"]["canceled"] == 1
    batch.refresh_from_db()
    assert batch.completed_at is not None


def test_credits_low_fires_once_per_crossing(workspace, owner, photo, hooks, settings):
    settings.BILLING_LOW_CREDIT_THRESHOLD = 10
    account_ensure(workspace=workspace)
    credits_adjust(workspace=workspace, credits=20, reason="t", operator=owner)
    from billing.selectors import credit_balance

    def spend_to(target: int) -> None:
        credits_adjust(
            workspace=workspace,
            credits=target - credit_balance(workspace=workspace),
            reason="t",
            operator=owner,
        )

    job = _job(workspace, photo, JobStatus.CANCELED)
    spend_to(12)
    services.job_finished(job=job)
    assert not _sent(event_type="credits.low")
    spend_to(5)
    services.job_finished(job=job)
    services.job_finished(job=job)
    assert len(_sent(event_type="credits.low")) == 1
    spend_to(50)  # topped up: the marker resets
    services.job_finished(job=job)
    spend_to(3)
    services.job_finished(job=job)
    lows = WebhookDelivery.objects.filter(event_type="credits.low", url__endswith="/all")
    assert [d.payload["data"]["balance"] for d in lows.order_by("created_at")] == [5, 3]


def test_a_webhook_problem_never_raises_into_the_flow(workspace, photo):
    job = _job(workspace, photo, JobStatus.DELIVERED)
    Job.objects.filter(pk=job.pk).delete()
    services.job_finished(job=job)  # logged, not raised
