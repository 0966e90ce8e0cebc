"""The credit ledger: holds, captures, releases, adjustments, and the balance check."""

from __future__ import annotations

import uuid

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.core.management.base import CommandError

from billing import selectors, services
from billing.errors import InsufficientCredits
from billing.models import BillingAccount, EntryKind, LedgerEntry
from billing.pricing import job_cost
from saas.errors import ApplicationError
from tests.billing.conftest import ledger_sum

pytestmark = pytest.mark.django_db


def test_new_workspace_starts_on_free_plan_with_its_credits(workspace):
    assert selectors.plan_for(workspace=workspace).code == "free"
    assert selectors.credit_balance(workspace=workspace) == 25
    assert ledger_sum(workspace) == 25
    grant = LedgerEntry.objects.get(workspace=workspace)
    assert grant.kind == EntryKind.GRANT
    assert grant.description.startswith("Free plan: 25 credits for this month")


def test_blocked_job_costs_nothing(workspace, set_balance):
    set_balance(workspace, 20)
    job = uuid.uuid4()
    services.credits_hold(workspace=workspace, job_id=job, credits=6)
    assert selectors.credit_balance(workspace=workspace) == 14
    release = services.credits_release(workspace=workspace, job_id=job, reason="blocked")
    assert release is not None and release.credits == 6
    assert release.description == "Returned 6 credits: the clip was blocked by the safety check"
    assert selectors.credit_balance(workspace=workspace) == 20
    # Releasing again (a retried worker) changes nothing.
    again = services.credits_release(workspace=workspace, job_id=job, reason="blocked")
    assert again is not None and again.pk == release.pk
    assert selectors.credit_balance(workspace=workspace) == 20
    assert ledger_sum(workspace) == 20


def test_delivered_job_costs_exactly_its_price_even_if_captured_twice(workspace, set_balance):
    set_balance(workspace, 20)
    job = uuid.uuid4()
    price = job_cost(duration_s=3, resolution="1080p")
    services.credits_hold(workspace=workspace, job_id=job, credits=price)
    first = services.credits_capture(workspace=workspace, job_id=job)
    second = services.credits_capture(workspace=workspace, job_id=job)
    assert first is not None and second is not None and first.pk == second.pk
    assert first.description == "Clip delivered: 6 credits spent"
    assert selectors.credit_balance(workspace=workspace) == 20 - price
    assert LedgerEntry.objects.filter(workspace=workspace, job_id=job).count() == 2
    # A capture is final: a late release (a stale retry) does nothing.
    assert services.credits_release(workspace=workspace, job_id=job, reason="failed") is None
    assert selectors.credit_balance(workspace=workspace) == 14


def test_hold_is_idempotent_per_job(workspace, set_balance):
    set_balance(workspace, 10)
    job = uuid.uuid4()
    a = services.credits_hold(workspace=workspace, job_id=job, credits=4)
    b = services.credits_hold(workspace=workspace, job_id=job, credits=4)
    assert a.pk == b.pk
    assert a.idempotency_key == f"hold:{job}"
    assert selectors.credit_balance(workspace=workspace) == 6


def test_insufficient_credits_says_cost_balance_and_what_to_do(workspace, set_balance):
    set_balance(workspace, 4)
    with pytest.raises(InsufficientCredits) as exc:
        services.credits_hold(workspace=workspace, job_id=uuid.uuid4(), credits=6)
    assert (
        str(exc.value) == "This clip costs 6 credits and you have 4 left. Buy credits or upgrade."
    )
    assert selectors.credit_balance(workspace=workspace) == 4


def test_capture_or_release_without_hold_is_a_no_op(workspace):
    job = uuid.uuid4()
    assert services.credits_capture(workspace=workspace, job_id=job) is None
    assert services.credits_release(workspace=workspace, job_id=job, reason="failed") is None
    released = uuid.uuid4()
    services.credits_hold(workspace=workspace, job_id=released, credits=2)
    services.credits_release(workspace=workspace, job_id=released, reason="canceled")
    assert services.credits_capture(workspace=workspace, job_id=released) is None
    assert selectors.credit_balance(workspace=workspace) == 25


def test_operator_adjustment_requires_a_reason_and_records_the_operator(workspace, operator):
    with pytest.raises(ApplicationError, match="Say why"):
        services.credits_adjust(workspace=workspace, credits=10, reason="  ", operator=operator)
    entry = services.credits_adjust(
        workspace=workspace, credits=10, reason="Apology for outage", operator=operator
    )
    assert entry.created_by == operator
    assert entry.reason == "Apology for outage"
    assert entry.kind == EntryKind.ADJUSTMENT
    assert selectors.credit_balance(workspace=workspace) == 35
    with pytest.raises(ApplicationError, match="Can't remove 100 credits"):
        services.credits_adjust(workspace=workspace, credits=-100, reason="x", operator=operator)


def test_ledger_entries_are_append_only(workspace):
    entry = LedgerEntry.objects.filter(workspace=workspace).first()
    entry.credits = 1000
    with pytest.raises(ValidationError):
        entry.save()
    with pytest.raises(ValidationError):
        entry.delete()


def test_billing_check_passes_and_catches_a_cache_that_drifted(workspace, other_workspace):
    call_command("billing_check")
    BillingAccount.objects.filter(workspace=workspace).update(balance=999)
    with pytest.raises(CommandError, match="1 of 2 balances disagree"):
        call_command("billing_check")


def test_free_period_renewal_expires_unused_plan_credits_and_grants_again(workspace, operator):
    from datetime import timedelta

    from django.utils import timezone

    services.credits_adjust(workspace=workspace, credits=40, reason="goodwill", operator=operator)
    services.credits_hold(workspace=workspace, job_id=uuid.uuid4(), credits=5)
    assert selectors.credit_balance(workspace=workspace) == 60  # 25 + 40 - 5
    later = timezone.now() + timedelta(days=32)
    grant = services.free_period_renew(workspace=workspace, now=later)
    assert grant is not None and grant.credits == 25
    expiry = LedgerEntry.objects.get(workspace=workspace, kind=EntryKind.EXPIRY)
    assert expiry.credits == -20  # 25 granted - 5 spent; the operator's 40 never expire
    assert selectors.credit_balance(workspace=workspace) == 65
    assert services.free_period_renew(workspace=workspace, now=later) is None
