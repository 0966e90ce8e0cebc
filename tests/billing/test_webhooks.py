"""Stripe webhooks: verified on the raw body, stored once, processed once, in any order."""

from __future__ import annotations

import time
import uuid
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from billing import selectors, services, stripe_events
from billing.models import BillingAccount, EntryKind, LedgerEntry, StripeEvent
from billing.tasks import stripe_event_process_task
from tests.billing.conftest import ledger_sum, post_webhook

pytestmark = pytest.mark.django_db


@pytest.fixture
def customer(workspace, stripe_on) -> str:
    return services.customer_ensure(workspace=workspace, email="owner@example.com")


def _subscribe_events(fake, workspace, customer, price="price_creator", plan="creator"):
    meta = {"workspace_id": str(workspace.pk), "plan": plan}
    sub = fake.subscription_object(
        fake.new_id("sub"), customer=customer, price_ids=[price], metadata=meta
    )
    invoice = fake.invoice_object(
        customer=customer, subscription=sub["id"], price_id=price, metadata=meta
    )
    session = {
        "id": fake.new_id("cs"),
        "object": "checkout.session",
        "mode": "subscription",
        "customer": customer,
        "client_reference_id": str(workspace.pk),
        "metadata": meta,
        "subscription": sub["id"],
        "payment_status": "paid",
        "status": "complete",
    }
    return sub, invoice, session


def _receive_and_process(client, fake, event, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        response = post_webhook(client, fake, event)
    assert response.status_code == 200, response.content
    # The endpoint only stored the event and queued its processing; run what the task runs.
    outcome = stripe_events.stripe_event_process(event_id=event["id"])
    return response, callbacks, outcome


def test_forged_signature_is_refused_and_changes_nothing(client, workspace, customer, stripe_on):
    _sub, invoice, _ = _subscribe_events(stripe_on, workspace, customer)
    event = stripe_on.event("invoice.paid", invoice)
    response = post_webhook(client, stripe_on, event, secret="whsec_someone_else")
    assert response.status_code == 400
    body, header = stripe_on.signed(event)
    tampered = body.replace(b'"amount_paid":1200', b'"amount_paid":1')
    response = client.post(
        reverse("stripe_webhook"),
        data=tampered,
        content_type="application/json",
        HTTP_STRIPE_SIGNATURE=header,
    )
    assert response.status_code == 400
    response = client.post(reverse("stripe_webhook"), data=body, content_type="application/json")
    assert response.status_code == 400
    assert StripeEvent.objects.count() == 0
    assert selectors.plan_for(workspace=workspace).code == "free"
    assert selectors.credit_balance(workspace=workspace) == 25


def test_stale_signature_is_refused(client, workspace, customer, stripe_on):
    _, invoice, _ = _subscribe_events(stripe_on, workspace, customer)
    event = stripe_on.event("invoice.paid", invoice)
    response = post_webhook(client, stripe_on, event, timestamp=int(time.time()) - 3600)
    assert response.status_code == 400
    assert StripeEvent.objects.count() == 0


def test_endpoint_stores_and_queues_but_does_not_process(
    client, workspace, customer, stripe_on, django_capture_on_commit_callbacks
):
    _, invoice, _ = _subscribe_events(stripe_on, workspace, customer)
    event = stripe_on.event("invoice.paid", invoice)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        response = post_webhook(client, stripe_on, event)
    assert response.status_code == 200
    assert len(callbacks) == 1
    row = StripeEvent.objects.get(event_id=event["id"])
    assert row.processed_at is None and row.type == "invoice.paid"
    assert selectors.plan_for(workspace=workspace).code == "free"


def test_same_event_twice_has_one_effect(
    client, workspace, customer, stripe_on, django_capture_on_commit_callbacks
):
    _, invoice, _ = _subscribe_events(stripe_on, workspace, customer)
    event = stripe_on.event("invoice.paid", invoice)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        post_webhook(client, stripe_on, event)
    assert len(callbacks) == 1
    # What the queued Celery task runs, called in-process.
    assert stripe_event_process_task.run(event["id"]) == "Creator: granted 300 credits"
    response, callbacks, outcome = _receive_and_process(
        client, stripe_on, event, django_capture_on_commit_callbacks
    )
    assert response.json()["duplicate"] is True
    assert callbacks == []  # already processed: nothing queued
    assert outcome == "already processed"
    assert StripeEvent.objects.filter(event_id=event["id"]).count() == 1
    assert LedgerEntry.objects.filter(workspace=workspace, kind=EntryKind.GRANT).count() == 2
    # The same invoice in a *different* event (Stripe resends) grants nothing more either.
    resent = stripe_on.event("invoice.paid", invoice)
    _receive_and_process(client, stripe_on, resent, django_capture_on_commit_callbacks)
    assert LedgerEntry.objects.filter(workspace=workspace, kind=EntryKind.GRANT).count() == 2
    assert selectors.credit_balance(workspace=workspace) == 300  # free credits expired


def test_invoice_paid_before_checkout_completed(
    client, workspace, customer, stripe_on, django_capture_on_commit_callbacks
):
    sub, invoice, session = _subscribe_events(stripe_on, workspace, customer)
    _, _, outcome = _receive_and_process(
        client,
        stripe_on,
        stripe_on.event("invoice.paid", invoice),
        django_capture_on_commit_callbacks,
    )
    assert outcome == "Creator: granted 300 credits"
    account = BillingAccount.objects.get(workspace=workspace)
    assert account.plan.code == "creator" and account.stripe_subscription_id == sub["id"]
    _receive_and_process(
        client,
        stripe_on,
        stripe_on.event("checkout.session.completed", session),
        django_capture_on_commit_callbacks,
    )
    account.refresh_from_db()
    assert account.plan.code == "creator"
    assert account.subscription_status == "active"
    assert selectors.credit_balance(workspace=workspace) == 300
    assert LedgerEntry.objects.filter(workspace=workspace, kind=EntryKind.GRANT).count() == 2


def test_older_subscription_update_arriving_late_is_ignored(
    client, workspace, customer, stripe_on, django_capture_on_commit_callbacks
):
    now = int(time.time())
    studio = stripe_on.subscription_object("sub_x", customer=customer, price_ids=["price_studio"])
    newer = stripe_on.event("customer.subscription.updated", studio, created=now)
    creator = stripe_on.subscription_object("sub_x", customer=customer, price_ids=["price_creator"])
    older = stripe_on.event("customer.subscription.updated", creator, created=now - 60)
    _receive_and_process(client, stripe_on, newer, django_capture_on_commit_callbacks)
    _, _, outcome = _receive_and_process(
        client, stripe_on, older, django_capture_on_commit_callbacks
    )
    assert "ignored" in outcome
    assert selectors.plan_for(workspace=workspace).code == "studio"


def test_failed_payment_downgrades_after_grace_and_jobs_in_flight_finish(
    client, workspace, customer, stripe_on, django_capture_on_commit_callbacks, settings
):
    settings.BILLING_GRACE_DAYS = 3
    _, invoice, _ = _subscribe_events(stripe_on, workspace, customer)
    _receive_and_process(
        client,
        stripe_on,
        stripe_on.event("invoice.paid", invoice),
        django_capture_on_commit_callbacks,
    )
    job = uuid.uuid4()
    services.credits_hold(workspace=workspace, job_id=job, credits=10)
    failed = dict(invoice, id=stripe_on.new_id("in"), status="open")
    _receive_and_process(
        client,
        stripe_on,
        stripe_on.event("invoice.payment_failed", failed),
        django_capture_on_commit_callbacks,
    )
    account = BillingAccount.objects.get(workspace=workspace)
    assert account.subscription_status == "past_due"
    assert account.grace_until is not None
    # Within the grace period nothing changes.
    assert services.grace_expired_downgrade(now=timezone.now() + timedelta(days=2)) == []
    assert selectors.plan_for(workspace=workspace).code == "creator"
    downgraded = services.grace_expired_downgrade(now=timezone.now() + timedelta(days=4))
    assert downgraded == [workspace]
    account.refresh_from_db()
    assert account.plan.code == "free" and account.grace_until is None
    # The job that was rendering still delivers and is charged its price, once.
    assert services.credits_capture(workspace=workspace, job_id=job) is not None
    assert selectors.credit_balance(workspace=workspace) == 290


def test_paid_invoice_during_grace_ends_it(
    client, workspace, customer, stripe_on, django_capture_on_commit_callbacks
):
    _, invoice, _ = _subscribe_events(stripe_on, workspace, customer)
    _receive_and_process(
        client,
        stripe_on,
        stripe_on.event("invoice.payment_failed", invoice),
        django_capture_on_commit_callbacks,
    )
    _receive_and_process(
        client,
        stripe_on,
        stripe_on.event("invoice.paid", invoice),
        django_capture_on_commit_callbacks,
    )
    account = BillingAccount.objects.get(workspace=workspace)
    assert account.grace_until is None and account.subscription_status == "active"


def test_subscription_deleted_moves_to_free(
    client, workspace, customer, stripe_on, django_capture_on_commit_callbacks
):
    sub, invoice, _ = _subscribe_events(stripe_on, workspace, customer)
    _receive_and_process(
        client,
        stripe_on,
        stripe_on.event("invoice.paid", invoice),
        django_capture_on_commit_callbacks,
    )
    ended = dict(sub, status="canceled")
    _receive_and_process(
        client,
        stripe_on,
        stripe_on.event("customer.subscription.deleted", ended),
        django_capture_on_commit_callbacks,
    )
    account = BillingAccount.objects.get(workspace=workspace)
    assert account.plan.code == "free" and account.stripe_subscription_id == ""


def test_credit_pack_purchase_and_refund(
    client, workspace, customer, stripe_on, django_capture_on_commit_callbacks
):
    session = {
        "id": stripe_on.new_id("cs"),
        "object": "checkout.session",
        "mode": "payment",
        "customer": customer,
        "client_reference_id": str(workspace.pk),
        "metadata": {"workspace_id": str(workspace.pk), "pack": "pack-100"},
        "payment_status": "paid",
        "payment_intent": "pi_test_pack",
    }
    _receive_and_process(
        client,
        stripe_on,
        stripe_on.event("checkout.session.completed", session),
        django_capture_on_commit_callbacks,
    )
    assert selectors.credit_balance(workspace=workspace) == 125
    half = stripe_on.charge_refunded(
        customer=customer, payment_intent="pi_test_pack", amount=1000, amount_refunded=500
    )
    _receive_and_process(client, stripe_on, half, django_capture_on_commit_callbacks)
    assert selectors.credit_balance(workspace=workspace) == 75
    full = stripe_on.charge_refunded(
        customer=customer, payment_intent="pi_test_pack", amount=1000, amount_refunded=1000
    )
    full["data"]["object"]["id"] = half["data"]["object"]["id"]  # same charge, refunded again
    _receive_and_process(client, stripe_on, full, django_capture_on_commit_callbacks)
    assert selectors.credit_balance(workspace=workspace) == 25
    assert ledger_sum(workspace) == 25


def test_webhook_without_configured_secret_is_refused(client, settings, db):
    settings.STRIPE_WEBHOOK_SECRET = ""
    response = client.post(reverse("stripe_webhook"), data=b"{}", content_type="application/json")
    assert response.status_code == 400
    assert StripeEvent.objects.count() == 0
