"""Overage: holds beyond the included credits are metered, reported once, and reconciled."""

from __future__ import annotations

import uuid

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from billing import metering, selectors, services
from billing.errors import InsufficientCredits
from billing.models import MeterReport, MeterReportStatus

pytestmark = pytest.mark.django_db


@pytest.fixture
def creator_workspace(workspace, stripe_on, on_plan, set_balance):
    services.customer_ensure(workspace=workspace, email="owner@example.com")
    on_plan(workspace, "creator", stripe_subscription_id="sub_test", subscription_status="active")
    set_balance(workspace, 4)
    return workspace


def test_overage_is_held_metered_captured_and_reported_once(
    creator_workspace, stripe_on, django_capture_on_commit_callbacks
):
    workspace = creator_workspace
    job = uuid.uuid4()
    hold = services.credits_hold(workspace=workspace, job_id=job, credits=10)
    assert (hold.credits, hold.metered_credits) == (-4, 6)
    assert selectors.credit_balance(workspace=workspace) == 0
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        services.credits_capture(workspace=workspace, job_id=job)
        services.credits_capture(workspace=workspace, job_id=job)  # a retried worker
    assert len(callbacks) == 1  # one report task queued
    report = MeterReport.objects.get(job_id=job)
    assert metering.meter_report_send(report_id=report.pk) == "sent"
    customer = selectors.account_for(workspace=workspace).stripe_customer_id
    event = stripe_on.meter_events[str(job)]
    assert event["payload"] == {"stripe_customer_id": customer, "value": "6"}
    assert event["event_name"] == "stillmotion_credits"
    # The task retried after Stripe took it but before we recorded it: Stripe refuses the
    # duplicate identifier and the usage still counts once.
    MeterReport.objects.filter(pk=report.pk).update(status=MeterReportStatus.PENDING)
    assert metering.meter_report_send(report_id=report.pk) == "already known to Stripe"
    assert stripe_on.metered_total(customer) == 6
    call_command("billing_reconcile")


def test_released_overage_is_never_reported(creator_workspace, stripe_on):
    workspace = creator_workspace
    job = uuid.uuid4()
    services.credits_hold(workspace=workspace, job_id=job, credits=10)
    services.credits_release(workspace=workspace, job_id=job, reason="failed_qa")
    assert selectors.credit_balance(workspace=workspace) == 4
    assert selectors.account_for(workspace=workspace).overage_used == 0
    assert not MeterReport.objects.exists()


def test_overage_cap_stops_runaway_usage(creator_workspace, stripe_on):
    with pytest.raises(InsufficientCredits, match="You've used 0 of the 300 overage credits"):
        services.credits_hold(workspace=creator_workspace, job_id=uuid.uuid4(), credits=400)


def test_reconcile_finds_unreported_overage_and_fix_queues_it(
    creator_workspace, stripe_on, django_capture_on_commit_callbacks
):
    job = uuid.uuid4()
    services.credits_hold(workspace=creator_workspace, job_id=job, credits=7)
    with django_capture_on_commit_callbacks(execute=False):
        services.credits_capture(workspace=creator_workspace, job_id=job)
    # The report never went out (the worker died before sending).
    with pytest.raises(CommandError, match="disagree"):
        call_command("billing_reconcile")
    metering.meter_report_send(report_id=MeterReport.objects.get(job_id=job).pk)
    call_command("billing_reconcile")
    MeterReport.objects.filter(job_id=job).update(credits=2)
    with pytest.raises(CommandError):
        call_command("billing_reconcile")
