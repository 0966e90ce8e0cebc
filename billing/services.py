"""Writes for billing: the credit ledger, plan changes, checkout and portal sessions.

Every ledger write locks the workspace's `BillingAccount` row (SELECT … FOR UPDATE), appends
one entry with an idempotency key and updates the cached balance in the same transaction, so
concurrent submissions are serialized per workspace and the balance never goes negative.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from uuid import UUID, uuid4

from allauth.account.models import EmailAddress
from dateutil.relativedelta import relativedelta
from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from accounts.errors import PermissionDenied
from accounts.models import Membership, Role, User, Workspace
from billing import ledger, stripe_gateway, tasks
from billing.errors import BillingNotConfigured, BillingRejected, InsufficientCredits
from billing.models import (
    BillingAccount,
    CheckoutKind,
    CheckoutSession,
    CreditPack,
    EntryKind,
    LedgerEntry,
    MeterReport,
    Plan,
    SubscriptionStatus,
)
from billing.selectors import default_plan

log = logging.getLogger(__name__)

RELEASE_REASONS = {
    "blocked": "the clip was blocked by the safety check",
    "failed": "the clip failed",
    "failed_qa": "no attempt passed the quality check",
    "canceled": "the clip was canceled",
}


# -- holds, captures, releases (called by the jobs pipeline) ---------------------------------
@transaction.atomic
def credits_hold(*, workspace: Workspace, job_id: UUID, credits: int) -> LedgerEntry:
    """Reserve a clip's credits at submission. Idempotent per job (`hold:<job_id>`)."""
    if credits < 0:
        raise ValueError("A hold can't be negative.")
    key = f"hold:{job_id}"
    account = ledger.account_locked(workspace)
    existing = ledger.entry_get(workspace, key)
    if existing is not None:
        return existing
    from_balance = min(account.balance, credits)
    overage = credits - from_balance
    if overage:
        _check_overage(account, credits=credits, overage=overage)
        account.overage_used += overage
    words = f"Held {ledger.plural(credits)} for a clip"
    if overage:
        words += f" ({overage} billed as overage)"
    return ledger.entry_append(
        account,
        kind=EntryKind.HOLD,
        credits=-from_balance,
        metered_credits=overage,
        key=key,
        job_id=job_id,
        description=words,
    )


def _check_overage(account: BillingAccount, *, credits: int, overage: int) -> None:
    plan = account.plan
    short = f"This clip costs {ledger.plural(credits)} and you have {account.balance} left."
    if not plan.overage_allowed or not account.stripe_customer_id or account.in_grace:
        raise InsufficientCredits(f"{short} Buy credits or upgrade.")
    if account.overage_used + overage > plan.overage_cap_credits:
        raise InsufficientCredits(
            f"{short} You've used {account.overage_used} of the {plan.overage_cap_credits} "
            f"overage credits your {plan.name} plan allows this period. Buy credits or upgrade."
        )


@transaction.atomic
def credits_capture(
    *, workspace: Workspace, job_id: UUID, credits: int | None = None, why_less: str = ""
) -> LedgerEntry | None:
    """Spend a delivered clip's hold: `credits` of it (the delivering provider's price; all of
    it when None), giving the rest back in the same entry. Idempotent (`capture:<job_id>`);
    None if nothing is held."""
    account = ledger.account_locked(workspace)
    existing = ledger.entry_get(workspace, f"capture:{job_id}")
    if existing is not None:
        return existing
    hold = ledger.entry_get(workspace, f"hold:{job_id}")
    if hold is None or ledger.entry_get(workspace, f"release:{job_id}") is not None:
        return None
    held_balance, held_overage = -hold.credits, hold.metered_credits
    held = held_balance + held_overage
    spent = held if credits is None else max(0, min(credits, held))
    back = held - spent
    overage_back = max(0, back - held_balance)  # what was billed as overage goes back last
    metered = held_overage - overage_back
    account.overage_used = max(0, account.overage_used - overage_back)
    words = f"Clip delivered: {ledger.plural(spent)} spent"
    if back:
        words += f", {ledger.plural(back)} of the hold returned" + (
            f" ({why_less})" if why_less else ""
        )
    entry = ledger.entry_append(
        account,
        kind=EntryKind.CAPTURE,
        credits=back - overage_back,
        metered_credits=metered,
        key=f"capture:{job_id}",
        job_id=job_id,
        description=words,
    )
    if metered:
        _meter_report_queue(account, job_id=job_id, credits=metered)
    return entry


def _meter_report_queue(account: BillingAccount, *, job_id: UUID, credits: int) -> None:
    report, created = MeterReport.objects.get_or_create(
        job_id=job_id,
        defaults={
            "workspace_id": account.workspace_id,
            "credits": credits,
            "stripe_customer_id": account.stripe_customer_id,
        },
    )
    if created:
        transaction.on_commit(lambda: tasks.meter_event_report.delay(report.pk))


@transaction.atomic
def credits_release(*, workspace: Workspace, job_id: UUID, reason: str) -> LedgerEntry | None:
    """Give a hold back (blocked, failed, failed_qa, canceled). Idempotent; no-op if captured."""
    account = ledger.account_locked(workspace)
    existing = ledger.entry_get(workspace, f"release:{job_id}")
    if existing is not None:
        return existing
    hold = ledger.entry_get(workspace, f"hold:{job_id}")
    if hold is None or ledger.entry_get(workspace, f"capture:{job_id}") is not None:
        return None
    account.overage_used = max(0, account.overage_used - hold.metered_credits)
    returned = -hold.credits + hold.metered_credits
    why = RELEASE_REASONS.get(reason, reason)
    return ledger.entry_append(
        account,
        kind=EntryKind.RELEASE,
        credits=-hold.credits,
        key=f"release:{job_id}",
        job_id=job_id,
        reason=reason,
        description=f"Returned {ledger.plural(returned)}: {why}",
    )


# -- grants, purchases, refunds, expiry, adjustments -----------------------------------------
@transaction.atomic
def free_allowance_claim(*, user: User, workspace: Workspace | None = None) -> LedgerEntry | None:
    """A verified person's one free allowance: the free plan's credits, on their first
    workspace (the personal one), once. Later workspaces of theirs start at zero."""
    if not EmailAddress.objects.filter(user=user, verified=True).exists():
        return None
    if BillingAccount.objects.filter(free_allowance_of=user).exists():
        return None
    if workspace is None:
        workspace = (
            Workspace.objects.filter(memberships__user=user, memberships__role=Role.OWNER)
            .order_by("-is_personal", "created_at")
            .first()
        )
    if workspace is None:
        return None
    account = ledger.account_locked(workspace)
    if account.free_allowance_of_id is not None or not account.plan.monthly_credits:
        return None
    account.free_allowance_of = user
    account.save(update_fields=["free_allowance_of"])
    return ledger.entry_append(
        account,
        kind=EntryKind.GRANT,
        credits=account.plan.monthly_credits,
        key=f"grant:free-allowance:{user.pk}",
        description=(
            f"{account.plan.name} plan: {ledger.plural(account.plan.monthly_credits)} for this "
            "month (free credits come once per person)"
        ),
    )


@transaction.atomic
def free_period_renew(*, workspace: Workspace, now: datetime | None = None) -> LedgerEntry | None:
    """A workspace without a paid subscription gets its plan credits again each month; on the
    free plan only the workspace carrying its owner's free allowance does."""
    now = now or timezone.now()
    account = ledger.account_locked(workspace)
    if account.stripe_subscription_id or (
        account.current_period_end and account.current_period_end > now
    ):
        return None
    start = account.current_period_end or now
    while start + relativedelta(months=1) <= now:  # a long-idle workspace skips to this month
        start += relativedelta(months=1)
    account.current_period_start = start
    account.current_period_end = start + relativedelta(months=1)
    account.save(update_fields=["current_period_start", "current_period_end"])
    if account.plan.is_default and account.free_allowance_of_id is None:
        return None
    return ledger.period_grant(
        account, plan=account.plan, key=f"grant:free:{start.date().isoformat()}"
    )


def free_periods_renew_due(*, now: datetime | None = None) -> int:
    """Every workspace without a paid subscription whose month has ended gets its credits."""
    now = now or timezone.now()
    due = BillingAccount.objects.filter(
        stripe_subscription_id="", current_period_end__lte=now
    ).select_related("workspace")
    return sum(free_period_renew(workspace=a.workspace, now=now) is not None for a in due)


@transaction.atomic
def credits_adjust(
    *, workspace: Workspace, credits: int, reason: str, operator: User
) -> LedgerEntry:
    """An operator grants (positive) or removes (negative) credits, with a required reason."""
    reason = reason.strip()
    if not reason:
        raise BillingRejected(
            "Say why you are adjusting the credits; the reason is kept on the ledger."
        )
    if credits == 0:
        raise BillingRejected("Enter a non-zero number of credits (negative to remove).")
    account = ledger.account_locked(workspace)
    if account.balance + credits < 0:
        raise BillingRejected(
            f"Can't remove {ledger.plural(-credits)}: {workspace.name} has {account.balance} left."
        )
    verb = "Added" if credits > 0 else "Removed"
    return ledger.entry_append(
        account,
        kind=EntryKind.ADJUSTMENT,
        credits=credits,
        key=f"adjust:{uuid4()}",
        reason=reason,
        created_by=operator,
        description=f"{verb} {ledger.plural(abs(credits))} by an operator: {reason}",
    )


# -- plan state -------------------------------------------------------------------------------
def _set_plan(account: BillingAccount, plan: Plan) -> None:
    account.plan = plan
    account.save(update_fields=["plan", "updated_at"])


@transaction.atomic
def plan_assign(*, workspace: Workspace, plan_code: str) -> BillingAccount:
    """An operator puts a workspace on a plan without Stripe (the demo, the command line)."""
    account = ledger.account_locked(workspace)
    if account.plan.code != plan_code:
        _set_plan(account, Plan.objects.get(code=plan_code))
    return account


@transaction.atomic
def account_payment_failed(*, workspace: Workspace, now: datetime | None = None) -> BillingAccount:
    """Start the grace period once; jobs keep running until it ends."""
    account = ledger.account_locked(workspace)
    if account.grace_until is None and not account.plan.is_free:
        now = now or timezone.now()
        account.grace_until = now + timedelta(days=settings.BILLING_GRACE_DAYS)
        account.subscription_status = SubscriptionStatus.PAST_DUE
        account.save(update_fields=["grace_until", "subscription_status", "updated_at"])
    return account


@transaction.atomic
def account_downgrade(*, workspace: Workspace, reason: str) -> BillingAccount:
    """Fall back to the free plan. Jobs in flight keep their holds and finish as usual."""
    account = ledger.account_locked(workspace)
    free = default_plan()
    log.info("billing: downgrading %s to %s (%s)", workspace.pk, free.code, reason)
    account.plan = free
    account.grace_until = None
    account.stripe_subscription_id = ""
    account.subscription_status = SubscriptionStatus.CANCELED
    account.cancel_at_period_end = False
    account.save()
    return account


def grace_expired_downgrade(*, now: datetime | None = None) -> list[Workspace]:
    """Downgrade every workspace whose payment grace period is over (Celery beat, daily)."""
    now = now or timezone.now()
    downgraded = []
    for account in BillingAccount.objects.filter(grace_until__lte=now).select_related("workspace"):
        account_downgrade(workspace=account.workspace, reason="payment grace period ended")
        downgraded.append(account.workspace)
    return downgraded


# -- Stripe: customer, checkout, portal -------------------------------------------------------
def require_owner(membership: Membership | None) -> None:
    if membership is None or not membership.has_role(Role.OWNER):
        raise PermissionDenied("Only the workspace owner can manage billing.")


def customer_ensure(*, workspace: Workspace, email: str) -> str:
    """The workspace's Stripe customer id, created once (Stripe's idempotency key guards races)."""
    account = ledger.account_ensure(workspace=workspace)
    if account.stripe_customer_id:
        return account.stripe_customer_id
    customer_id = stripe_gateway.customer_create(
        workspace_id=str(workspace.pk), name=workspace.name, email=email
    )
    with transaction.atomic():
        account = ledger.account_locked(workspace)
        if not account.stripe_customer_id:
            account.stripe_customer_id = customer_id
            account.save(update_fields=["stripe_customer_id", "updated_at"])
    return account.stripe_customer_id


def _absolute(path: str, base_url: str) -> str:
    return base_url.rstrip("/") + path


def checkout_start(
    *,
    workspace: Workspace,
    actor: Membership,
    base_url: str,
    plan: Plan | None = None,
    pack: CreditPack | None = None,
) -> str:
    """Open a Stripe Checkout Session for a plan or a credit pack; returns the URL to send to."""
    require_owner(actor)
    if not stripe_gateway.is_enabled():
        raise BillingNotConfigured(
            "Online payments aren't set up on this server. Ask an operator to grant credits."
        )
    item = plan or pack
    if item is None:
        raise BillingRejected("Choose a plan or a credit pack.")
    if not item.stripe_price_id:
        raise BillingNotConfigured(f"{item.name} can't be bought online yet. Contact us.")
    if plan is not None:
        account = ledger.account_ensure(workspace=workspace)
        if account.plan_id == plan.pk and account.stripe_subscription_id:
            raise BillingRejected(
                f"You're already on {plan.name}. Open the billing portal to change or cancel it."
            )
        if account.stripe_subscription_id:
            raise BillingRejected(
                "You already have a subscription. Change plans in the billing portal so you "
                "aren't charged twice."
            )
    customer_id = customer_ensure(workspace=workspace, email=actor.user.email)
    success = _absolute(reverse("billing_success"), base_url) + "?session_id={CHECKOUT_SESSION_ID}"
    cancel = _absolute(reverse("pricing" if plan else "billing_overview"), base_url)
    metadata = {"workspace_id": str(workspace.pk)}
    if plan is not None:
        metadata["plan"] = plan.code
        session = stripe_gateway.checkout_subscription_create(
            customer_id=customer_id,
            price_id=plan.stripe_price_id,
            metered_price_id=plan.stripe_metered_price_id if plan.overage_allowed else "",
            metadata=metadata,
            success_url=success,
            cancel_url=cancel,
        )
    else:
        assert pack is not None
        metadata["pack"] = pack.code
        session = stripe_gateway.checkout_payment_create(
            customer_id=customer_id,
            price_id=pack.stripe_price_id,
            metadata=metadata,
            success_url=success,
            cancel_url=cancel,
        )
    CheckoutSession.objects.create(
        workspace=workspace,
        stripe_session_id=session.id,
        kind=CheckoutKind.SUBSCRIPTION if plan else CheckoutKind.CREDIT_PACK,
        plan=plan,
        pack=pack,
        created_by=actor.user,
    )
    return session.url


def portal_start(*, workspace: Workspace, actor: Membership, base_url: str) -> str:
    """A Customer Portal session for cards, invoices, plan changes and cancellation."""
    require_owner(actor)
    if not stripe_gateway.is_enabled():
        raise BillingNotConfigured(
            "Online payments aren't set up on this server, so there is no billing portal."
        )
    customer_id = customer_ensure(workspace=workspace, email=actor.user.email)
    return stripe_gateway.portal_session_create(
        customer_id=customer_id, return_url=_absolute(reverse("billing_overview"), base_url)
    )
