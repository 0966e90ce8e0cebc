"""The credit ledger's primitives: the locked account row, idempotent appends, period grants.

Callers hold a transaction; every append happens with the workspace's `BillingAccount` row
locked (SELECT ... FOR UPDATE), so the cached balance moves in step with the ledger and
concurrent writers for one workspace are serialized.
"""

from __future__ import annotations

from uuid import UUID

from dateutil.relativedelta import relativedelta
from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from accounts.models import User, Workspace
from billing import signals
from billing.errors import InsufficientCredits
from billing.models import BillingAccount, EntryKind, LedgerEntry, Plan
from billing.selectors import default_plan


def plural(n: int) -> str:
    return f"{n} credit" if abs(n) == 1 else f"{n} credits"


@transaction.atomic
def account_ensure(*, workspace: Workspace) -> BillingAccount:
    """The workspace's billing account, created on the free plan (its free credits come with
    the owner's one free allowance, see `free_allowance_claim`)."""
    account = BillingAccount.objects.select_related("plan").filter(workspace=workspace).first()
    if account is not None:
        return account
    plan = default_plan()
    now = timezone.now()
    try:
        with transaction.atomic():
            account = BillingAccount.objects.create(
                workspace=workspace,
                plan=plan,
                current_period_start=now,
                current_period_end=now + relativedelta(months=1),
            )
    except IntegrityError:
        # Another request created it first; use theirs.
        return BillingAccount.objects.select_related("plan").get(workspace=workspace)
    return account


def account_locked(workspace: Workspace) -> BillingAccount:
    """The account row, locked until the transaction ends (call inside `atomic`)."""
    account = BillingAccount.objects.select_for_update().filter(
        workspace=workspace
    ).first() or account_ensure(workspace=workspace)
    # Re-read under the lock (account_ensure may have returned an unlocked row).
    return BillingAccount.objects.select_for_update().select_related("plan").get(pk=account.pk)


def entry_get(workspace: Workspace, key: str) -> LedgerEntry | None:
    return LedgerEntry.objects.filter(workspace=workspace, idempotency_key=key).first()


def entry_append(
    account: BillingAccount,
    *,
    kind: str,
    credits: int,
    key: str,
    description: str,
    job_id: UUID | None = None,
    metered_credits: int = 0,
    reason: str = "",
    stripe_object_id: str = "",
    created_by: User | None = None,
) -> LedgerEntry:
    """Append one entry and move the cached balance with it (the account row is locked)."""
    balance_after = account.balance + credits
    if balance_after < 0:
        raise InsufficientCredits(
            f"That would take the balance below zero ({account.balance} left, change {credits})."
        )
    entry = LedgerEntry.objects.create(
        workspace_id=account.workspace_id,
        kind=kind,
        credits=credits,
        metered_credits=metered_credits,
        balance_after=balance_after,
        idempotency_key=key,
        job_id=job_id,
        description=description[:300],
        reason=reason[:300],
        stripe_object_id=stripe_object_id,
        created_by=created_by,
    )
    _announce_crossing(account.workspace_id, before=account.balance, after=balance_after)
    account.balance = balance_after
    account.save(update_fields=["balance", "overage_used", "updated_at"])
    return entry


def _announce_crossing(workspace_id: UUID, *, before: int, after: int) -> None:
    """Tell the apps above (webhooks) when the balance crosses the low-credit threshold."""
    threshold = int(settings.BILLING_LOW_CREDIT_THRESHOLD)
    if before >= threshold > after:
        signal = signals.credits_low
    elif after >= threshold > before:
        signal = signals.credits_restored
    else:
        return
    transaction.on_commit(
        lambda: signal.send_robust(sender=BillingAccount, workspace_id=workspace_id, balance=after)
    )


def unused_plan_credits(account: BillingAccount) -> int:
    """What is left of the last plan grant: clips spend plan credits before purchased ones."""
    last_grant = (
        LedgerEntry.objects.filter(workspace_id=account.workspace_id, kind=EntryKind.GRANT)
        .order_by("-id")
        .first()
    )
    if last_grant is None:
        return 0
    spent_since = sum(
        LedgerEntry.objects.filter(
            workspace_id=account.workspace_id,
            id__gt=last_grant.id,
            kind__in=[EntryKind.HOLD, EntryKind.RELEASE, EntryKind.EXPIRY],
        ).values_list("credits", flat=True)
    )
    return max(0, min(account.balance, last_grant.credits + spent_since))


def period_grant(
    account: BillingAccount, *, plan: Plan, key: str, stripe_object_id: str = ""
) -> LedgerEntry | None:
    """Expire what is left of the previous period's plan credits, then grant this period's."""
    if entry_get(account.workspace, key) is not None:
        return None
    unused = unused_plan_credits(account)
    if unused:
        entry_append(
            account,
            kind=EntryKind.EXPIRY,
            credits=-unused,
            key=f"expiry:{key}",
            description=f"{plural(unused)} from last period's plan expired",
        )
    account.overage_used = 0
    return entry_append(
        account,
        kind=EntryKind.GRANT,
        credits=plan.monthly_credits,
        key=key,
        stripe_object_id=stripe_object_id,
        description=f"{plan.name} plan: {plural(plan.monthly_credits)} for this period",
    )
