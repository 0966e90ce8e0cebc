"""What the pipeline tells webhooks: job events, batch.completed once, credits.low per crossing."""

from __future__ import annotations

import pytest
from django.utils import timezone

from batches.models import Batch
from billing.ledger import account_ensure
from billing.selectors import credit_balance
from billing.services import credits_adjust
from pipeline import services as pipeline_services
from pipeline.models import Job, JobStatus, Photo
from pipeline.signals import job_finished
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


@pytest.fixture
def finish(django_capture_on_commit_callbacks):
    """End a running job the way the flow does; the signal is sent when the commit lands."""

    def run(job: Job, status: str, reason: str = "") -> None:
        with django_capture_on_commit_callbacks(execute=True):
            pipeline_services.job_finish(job=job, status=status, stage=job.status, reason=reason)

    return run


def _running(workspace, photo, **fields) -> Job:
    return Job.objects.create(
        workspace=workspace, photo=photo, status=JobStatus.VERIFYING, **fields
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
    workspace, photo, hooks, finish, status, event
):
    job = _running(workspace, photo, qa_score=0.42)
    finish(job, status, reason="why")
    expected = []
    if event:
        expected.append((event, "http://127.0.0.1:9/all"))
    if event == "job.failed":
        expected.append((event, "http://127.0.0.1:9/failed"))
    assert _sent(event_type__startswith="job.") == sorted(expected)
    if event:
        payload = WebhookDelivery.objects.filter(event_type=event).first().payload
        assert payload["data"]["job"]["id"] == str(job.pk)
        assert payload["data"]["job"]["failure_reason"] == (
            "" if event == "job.delivered" else "why"
        )
        assert payload["data"]["qa_score"] == 0.42


def test_the_same_job_finishing_twice_sends_once(workspace, photo, hooks, finish):
    job = _running(workspace, photo)
    finish(job, JobStatus.FAILED, reason="why")
    finish(job, JobStatus.FAILED, reason="again")  # already ended: nothing happens
    # A signal delivered twice (a retried receiver) adds nothing either: same event id.
    job_finished.send_robust(
        sender=Job,
        job_id=str(job.pk),
        workspace_id=str(workspace.pk),
        status="failed",
        batch_id=None,
    )
    assert len(_sent(event_type="job.failed")) == 2  # two endpoints, once each


def test_a_jobs_own_webhook_url_replaces_the_workspace_endpoints(workspace, photo, hooks, finish):
    job = _running(workspace, photo, webhook_url="http://127.0.0.1:9/mine")
    finish(job, JobStatus.BLOCKED, reason="unsafe")
    assert _sent(event_type="job.blocked") == [("job.blocked", "http://127.0.0.1:9/mine")]


def test_batch_completed_is_sent_once_when_the_last_job_ends(workspace, photo, hooks, finish):
    batch = Batch.objects.create(workspace=workspace, name="spring", total=2, status="running")
    first = _running(workspace, photo, batch_id=batch.pk)
    second = _running(workspace, photo, batch_id=batch.pk)
    finish(first, JobStatus.DELIVERED)
    assert not _sent(event_type="batch.completed")
    batch.refresh_from_db()
    assert batch.completed_at is None
    finish(second, JobStatus.CANCELED)
    finish(second, JobStatus.CANCELED)
    [delivery] = WebhookDelivery.objects.filter(event_type="batch.completed")
    assert delivery.payload["data"]["batch"]["counts"]["delivered"] == 1
    assert delivery.payload["data"]["batch"]["counts"]["canceled"] == 1
    batch.refresh_from_db()
    assert batch.completed_at is not None


def test_credits_low_fires_once_per_crossing(
    workspace, owner, hooks, settings, django_capture_on_commit_callbacks
):
    settings.BILLING_LOW_CREDIT_THRESHOLD = 10
    account_ensure(workspace=workspace)
    credits_adjust(workspace=workspace, credits=20, reason="t", operator=owner)

    def spend_to(target: int) -> None:
        with django_capture_on_commit_callbacks(execute=True):
            credits_adjust(
                workspace=workspace,
                credits=target - credit_balance(workspace=workspace),
                reason="t",
                operator=owner,
            )

    spend_to(12)
    assert not _sent(event_type="credits.low")
    spend_to(5)
    spend_to(4)  # still low: no second event
    assert len(_sent(event_type="credits.low")) == 1
    spend_to(50)  # topped up: the marker resets
    spend_to(3)
    lows = WebhookDelivery.objects.filter(event_type="credits.low", url__endswith="/all")
    assert [d.payload["data"]["balance"] for d in lows.order_by("created_at")] == [5, 3]


def test_a_webhook_problem_never_raises_into_the_flow(workspace, photo, finish, caplog):
    job = _running(workspace, photo)
    # The receiver reads a job that is gone by the time it runs: logged, not raised.
    job_finished.send_robust(
        sender=Job,
        job_id=str(job.pk),
        workspace_id=str(workspace.pk),
        status="failed",
        batch_id=None,
    )
    Job.objects.filter(pk=job.pk).delete()
    assert job_finished.send_robust(
        sender=Job,
        job_id=str(job.pk),
        workspace_id=str(workspace.pk),
        status="failed",
        batch_id=None,
    )
    assert "could not emit the event" in caplog.text
