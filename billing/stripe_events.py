"""Stripe webhooks: receive (verify, store once, enqueue) and process (once, in a transaction).

Events can arrive twice or out of order. Each event id has one `StripeEvent` row; processing
locks it, applies the effect and marks it processed in the same transaction, so a redelivery
or a retried task does nothing. Every effect is idempotent on its own as well (ledger keys),
and subscription events older than the last one applied are ignored.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from django.db import transaction
from django.utils import timezone

from accounts.models import Workspace
from billing import ledger, services, stripe_gateway, tasks
from billing.models import (
    BillingAccount,
    CheckoutSession,
    CreditPack,
    EntryKind,
    LedgerEntry,
    Plan,
    StripeEvent,
    SubscriptionStatus,
)

log = logging.getLogger(__name__)

Obj = dict[str, Any]


# -- receive ----------------------------------------------------------------------------------
def stripe_event_receive(*, payload: bytes, signature: str) -> tuple[StripeEvent, bool]:
    """Verify and store one delivery; processing is queued after commit. Returns (row, is_new).

    Raises `stripe.SignatureVerificationError` or `ValueError` for a forged or broken delivery,
    before anything is written.
    """
    event = stripe_gateway.webhook_event_construct(payload=payload, signature=signature)
    data = json.loads(payload)
    with transaction.atomic():
        row, created = StripeEvent.objects.get_or_create(
            event_id=event.id,
            defaults={
                "type": data.get("type", ""),
                "payload": data,
                "stripe_created": _ts(data.get("created")),
            },
        )
        if row.processed_at is None:
            event_id = row.event_id
            transaction.on_commit(lambda: stripe_event_enqueue(event_id=event_id))
    return row, created


def stripe_event_enqueue(*, event_id: str) -> None:
    """Queue processing; a broker outage only delays it (the sweep task picks the row up)."""
    try:
        tasks.stripe_event_process_task.delay(event_id)
    except Exception:  # the row is stored: the sweep will enqueue it again
        log.exception("billing: could not enqueue Stripe event %s", event_id)


# -- process ----------------------------------------------------------------------------------
@transaction.atomic
def stripe_event_process(*, event_id: str) -> str:
    """Apply one stored event exactly once. Returns what it did, in words (kept on the row)."""
    row = StripeEvent.objects.select_for_update().filter(event_id=event_id).first()
    if row is None:
        return "unknown event"
    if row.processed_at is not None:
        return "already processed"
    handler = HANDLERS.get(row.type)
    obj = row.payload.get("data", {}).get("object", {})
    outcome = handler(obj, row) if handler else f"ignored {row.type}"
    row.processed_at = timezone.now()
    row.attempts += 1
    row.outcome = outcome[:300]
    row.last_error = ""
    row.save(update_fields=["processed_at", "attempts", "outcome", "last_error"])
    log.info("billing: %s %s: %s", row.type, row.event_id, outcome)
    return outcome


def stripe_events_requeue_stale(*, older_than: datetime) -> int:
    """Beat safety net: queue again the stored events whose processing task was lost."""
    stale = StripeEvent.objects.filter(processed_at__isnull=True, received_at__lte=older_than)
    ids = list(stale.values_list("event_id", flat=True)[:500])
    for event_id in ids:
        stripe_event_enqueue(event_id=event_id)
    return len(ids)


def stripe_event_failed(*, event_id: str, error: str) -> None:
    StripeEvent.objects.filter(event_id=event_id, processed_at__isnull=True).update(
        last_error=error[:2000]
    )


# -- helpers ----------------------------------------------------------------------------------
def _ts(value: Any) -> datetime | None:
    return datetime.fromtimestamp(int(value), tz=UTC) if value else None


def _id(value: Any) -> str:
    """Stripe fields are an id or, when expanded, an object with one."""
    if isinstance(value, dict):
        return str(value.get("id") or "")
    return str(value or "")


def _account(obj: Obj, *metadata_sources: Obj) -> BillingAccount | None:
    """The account of the event's customer, else of the workspace named in its metadata."""
    customer = _id(obj.get("customer"))
    if customer:
        account = BillingAccount.objects.filter(stripe_customer_id=customer).first()
        if account is not None:
            return account
    for source in (obj, *metadata_sources):
        workspace_id = (source.get("metadata") or {}).get("workspace_id") or source.get(
            "client_reference_id"
        )
        if workspace_id:
            workspace = Workspace.objects.filter(pk=workspace_id).first()
            if workspace is not None:
                account = ledger.account_ensure(workspace=workspace)
                if customer and not account.stripe_customer_id:
                    account.stripe_customer_id = customer
                    account.save(update_fields=["stripe_customer_id", "updated_at"])
                return account
    return None


def _locked(account: BillingAccount) -> BillingAccount:
    return (
        BillingAccount.objects.select_for_update()
        .select_related("plan", "workspace")
        .get(pk=account.pk)
    )


def _plan_for_prices(price_ids: list[str]) -> Plan | None:
    return Plan.objects.filter(stripe_price_id__in=[p for p in price_ids if p]).first()


def _line_price_ids(lines: list[Obj]) -> list[str]:
    ids = []
    for line in lines:
        ids.append(_id(line.get("price")))
        # Newer API versions move the price under pricing.price_details.
        details = (line.get("pricing") or {}).get("price_details") or {}
        ids.append(_id(details.get("price")))
    return [i for i in ids if i]


def _invoice_subscription(invoice: Obj) -> tuple[str, Obj]:
    """(subscription id, its metadata) from either API shape of an invoice."""
    details = (
        (invoice.get("parent") or {}).get("subscription_details")
        or invoice.get("subscription_details")
        or {}
    )
    sub = _id(invoice.get("subscription")) or _id(details.get("subscription"))
    return sub, details.get("metadata") or {}


# -- handlers ---------------------------------------------------------------------------------
def on_checkout_completed(obj: Obj, event: StripeEvent) -> str:
    account = _account(obj)
    if account is None:
        return "no workspace for this checkout"
    account = _locked(account)
    CheckoutSession.objects.filter(
        stripe_session_id=obj.get("id"), workspace_id=account.workspace_id, completed_at=None
    ).update(completed_at=timezone.now())
    metadata = obj.get("metadata") or {}
    if obj.get("mode") == "payment":
        return _credit_pack_paid(account, obj, metadata)
    subscription = _id(obj.get("subscription"))
    changed = []
    if subscription and not account.stripe_subscription_id:
        account.stripe_subscription_id = subscription
        changed.append("stripe_subscription_id")
    # The subscription events and invoice.paid are authoritative; only fill what they haven't.
    plan = Plan.objects.filter(code=metadata.get("plan", "")).first()
    if plan and account.subscription_synced_at is None and account.plan_id != plan.pk:
        account.plan = plan
        changed.append("plan")
    if not account.subscription_status:
        account.subscription_status = SubscriptionStatus.ACTIVE
        changed.append("subscription_status")
    if changed:
        account.save(update_fields=[*changed, "updated_at"])
    return f"checkout completed for {account.plan.name}"


def _credit_pack_paid(account: BillingAccount, obj: Obj, metadata: Obj) -> str:
    if obj.get("payment_status") != "paid":
        return "checkout completed, payment not yet settled"
    pack = CreditPack.objects.filter(code=metadata.get("pack", "")).first()
    if pack is None:
        return f"unknown credit pack {metadata.get('pack')!r}"
    key = f"purchase:{obj.get('id')}"
    if ledger.entry_get(account.workspace, key) is None:
        ledger.entry_append(
            account,
            kind=EntryKind.PURCHASE,
            credits=pack.credits,
            key=key,
            stripe_object_id=_id(obj.get("payment_intent")),
            description=f"Bought {pack.name}: {pack.credits} credits",
        )
    return f"{pack.credits} credits purchased"


def on_invoice_paid(obj: Obj, event: StripeEvent) -> str:
    subscription, sub_metadata = _invoice_subscription(obj)
    if not subscription:
        return "not a subscription invoice"
    account = _account(obj, {"metadata": sub_metadata})
    if account is None:
        return "no workspace for this invoice"
    account = _locked(account)
    lines = (obj.get("lines") or {}).get("data") or []
    plan = (
        _plan_for_prices(_line_price_ids(lines))
        or Plan.objects.filter(code=sub_metadata.get("plan", "")).first()
        or account.plan
    )
    account.plan = plan
    account.stripe_subscription_id = subscription
    account.subscription_status = SubscriptionStatus.ACTIVE
    account.grace_until = None
    period = next((line.get("period") for line in lines if line.get("period")), None) or {}
    account.current_period_start = _ts(period.get("start")) or account.current_period_start
    account.current_period_end = _ts(period.get("end")) or account.current_period_end
    account.save()
    invoice_id = str(obj.get("id"))
    grant = ledger.period_grant(
        account, plan=plan, key=f"grant:{invoice_id}", stripe_object_id=invoice_id
    )
    if grant is None:
        return f"invoice {invoice_id} already granted"
    return f"{plan.name}: granted {grant.credits} credits"


def on_invoice_payment_failed(obj: Obj, event: StripeEvent) -> str:
    account = _account(obj)
    if account is None:
        return "no workspace for this invoice"
    account = services.account_payment_failed(workspace=account.workspace)
    return (
        f"payment failed; grace until {account.grace_until:%Y-%m-%d}"
        if account.grace_until
        else ("payment failed on a free plan")
    )


def on_subscription_changed(obj: Obj, event: StripeEvent) -> str:
    account = _account(obj)
    if account is None:
        return "no workspace for this subscription"
    account = _locked(account)
    if (
        account.subscription_synced_at
        and event.stripe_created
        and event.stripe_created < account.subscription_synced_at
    ):
        return "older than the subscription state we have; ignored"
    status = str(obj.get("status") or "")
    live = {SubscriptionStatus.ACTIVE, SubscriptionStatus.TRIALING, SubscriptionStatus.PAST_DUE}
    if (
        account.stripe_subscription_id
        and account.stripe_subscription_id != obj.get("id")
        and account.subscription_status in live
        and status not in live
    ):
        return "event for a replaced subscription; ignored"
    if status in (SubscriptionStatus.CANCELED, SubscriptionStatus.INCOMPLETE_EXPIRED):
        services.account_downgrade(workspace=account.workspace, reason=f"subscription {status}")
        return f"subscription {status}; downgraded"
    items = (obj.get("items") or {}).get("data") or []
    plan = _plan_for_prices(_line_price_ids(items)) or account.plan
    account.plan = plan
    account.stripe_subscription_id = str(obj.get("id"))
    account.subscription_status = status
    account.cancel_at_period_end = bool(obj.get("cancel_at_period_end"))
    period_end = obj.get("current_period_end") or next(
        (i.get("current_period_end") for i in items if i.get("current_period_end")), None
    )
    account.current_period_end = _ts(period_end) or account.current_period_end
    account.subscription_synced_at = event.stripe_created or timezone.now()
    if status in (SubscriptionStatus.ACTIVE, SubscriptionStatus.TRIALING):
        account.grace_until = None
    account.save()
    if status in (SubscriptionStatus.PAST_DUE, SubscriptionStatus.UNPAID):
        services.account_payment_failed(workspace=account.workspace)
    return f"subscription {status} on {plan.name}"


def on_subscription_deleted(obj: Obj, event: StripeEvent) -> str:
    account = _account(obj)
    if account is None:
        return "no workspace for this subscription"
    if account.stripe_subscription_id and account.stripe_subscription_id != obj.get("id"):
        return "a replaced subscription ended; nothing to do"
    services.account_downgrade(workspace=account.workspace, reason="subscription ended")
    return "subscription ended; downgraded to the free plan"


def on_charge_refunded(obj: Obj, event: StripeEvent) -> str:
    account = _account(obj)
    if account is None:
        return "no workspace for this charge"
    account = _locked(account)
    workspace = account.workspace
    charge_id = str(obj.get("id"))
    source = (
        LedgerEntry.objects.filter(
            workspace=workspace,
            kind=EntryKind.PURCHASE,
            stripe_object_id=_id(obj.get("payment_intent")) or "-",
        ).first()
        or LedgerEntry.objects.filter(
            workspace=workspace,
            kind=EntryKind.GRANT,
            stripe_object_id=_id(obj.get("invoice")) or "-",
        ).first()
    )
    if source is None:
        return "refund of a charge that granted no credits"
    amount = int(obj.get("amount") or 0)
    refunded = int(obj.get("amount_refunded") or 0)
    if not amount:
        return "refund of a zero charge"
    due = source.credits * min(refunded, amount) // amount
    already = -sum(
        LedgerEntry.objects.filter(
            workspace=workspace, kind=EntryKind.REFUND, stripe_object_id=charge_id
        ).values_list("credits", flat=True)
    )
    key = f"refund:{charge_id}:{refunded}"
    remove = min(max(0, due - already), account.balance)
    if remove <= 0 or ledger.entry_get(workspace, key) is not None:
        return "nothing left to remove for this refund"
    spent_note = (
        "" if remove == due - already else f" ({due - already - remove} were already spent)"
    )
    ledger.entry_append(
        account,
        kind=EntryKind.REFUND,
        credits=-remove,
        key=key,
        stripe_object_id=charge_id,
        description=f"Refunded payment: {remove} credits removed{spent_note}",
    )
    return f"refund removed {remove} credits"


HANDLERS: dict[str, Callable[[Obj, StripeEvent], str]] = {
    "checkout.session.completed": on_checkout_completed,
    "checkout.session.async_payment_succeeded": on_checkout_completed,
    "invoice.paid": on_invoice_paid,
    "invoice.payment_failed": on_invoice_payment_failed,
    "customer.subscription.created": on_subscription_changed,
    "customer.subscription.updated": on_subscription_changed,
    "customer.subscription.deleted": on_subscription_deleted,
    "charge.refunded": on_charge_refunded,
}
