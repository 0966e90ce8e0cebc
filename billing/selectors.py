"""Reads. Every query of billing data names the workspace."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from django.apps import apps
from django.db.models import Q, QuerySet, Sum
from django.db.models.functions import TruncDate
from django.shortcuts import get_object_or_404
from django.utils import timezone

from accounts.models import Workspace
from billing.defaults import seed
from billing.models import (
    ANY_PROVIDER,
    RESOLUTIONS,
    BillingAccount,
    CheckoutSession,
    CostRule,
    CreditPack,
    EntryKind,
    LedgerEntry,
    Plan,
)


def default_plan() -> Plan:
    """The free plan every workspace starts on (the cheapest one if none is flagged)."""
    plan = (
        Plan.objects.filter(is_default=True).first() or Plan.objects.order_by("price_cents").first()
    )
    if plan is None:
        # Migration 0002 seeds the plans; a flushed database (transactional tests) lost them,
        # and billing can't work without one, so put the defaults back.
        seed(apps)
        plan = Plan.objects.get(is_default=True)
    return plan


def account_for(*, workspace: Workspace) -> BillingAccount | None:
    return BillingAccount.objects.select_related("plan").filter(workspace=workspace).first()


def plan_for(*, workspace: Workspace) -> Plan:
    account = account_for(workspace=workspace)
    return account.plan if account is not None else default_plan()


def credit_balance(*, workspace: Workspace) -> int:
    """Credits available now (the cached ledger sum, kept in step under a row lock)."""
    balance = (
        BillingAccount.objects.filter(workspace=workspace).values_list("balance", flat=True).first()
    )
    return int(balance or 0)


def ledger_recent(*, workspace: Workspace, limit: int = 20) -> QuerySet[LedgerEntry]:
    return LedgerEntry.objects.filter(workspace=workspace).select_related("created_by")[:limit]


def plans_public() -> QuerySet[Plan]:
    return Plan.objects.filter(is_public=True)


def plan_get(*, code: str) -> Plan:
    return get_object_or_404(Plan, code=code)


def credit_packs() -> QuerySet[CreditPack]:
    return CreditPack.objects.filter(is_active=True)


def credit_pack_get(*, code: str) -> CreditPack:
    return get_object_or_404(CreditPack, code=code, is_active=True)


def checkout_session_get(*, workspace: Workspace, stripe_session_id: str) -> CheckoutSession:
    """A checkout of this workspace, or 404 (another workspace's session id is never found)."""
    return get_object_or_404(
        CheckoutSession.objects.select_related("plan", "pack"),
        workspace=workspace,
        stripe_session_id=stripe_session_id,
    )


@dataclass(frozen=True)
class DayUsage:
    day: date
    credits: int


def usage_per_day(*, workspace: Workspace, days: int = 30) -> list[DayUsage]:
    """Credits spent per day (holds, minus releases and what captures gave back), oldest
    first, one row per day."""
    today = timezone.localdate()
    start = today - timedelta(days=days - 1)
    rows = (
        LedgerEntry.objects.filter(
            Q(kind__in=[EntryKind.HOLD, EntryKind.RELEASE, EntryKind.CAPTURE]),
            workspace=workspace,
            created_at__date__gte=start,
        )
        .annotate(day=TruncDate("created_at"))
        .values("day")
        .annotate(included=Sum("credits"), metered=Sum("metered_credits"))
    )
    spent: dict[date, int] = {}
    for row in rows:
        spent[row["day"]] = spent.get(row["day"], 0) - int(row["included"] or 0)
    # Metered credits are spent by holds and given back by releases (the release's own row
    # has none), so count them from the holds that were not released.
    metered_rows = (
        LedgerEntry.objects.filter(
            workspace=workspace,
            kind=EntryKind.HOLD,
            metered_credits__gt=0,
            created_at__date__gte=start,
        )
        .exclude(job_id__in=_released_job_ids(workspace=workspace))
        .annotate(day=TruncDate("created_at"))
        .values("day")
        .annotate(metered=Sum("metered_credits"))
    )
    for row in metered_rows:
        spent[row["day"]] = spent.get(row["day"], 0) + int(row["metered"] or 0)
    return [
        DayUsage(
            day=start + timedelta(days=i), credits=max(0, spent.get(start + timedelta(days=i), 0))
        )
        for i in range(days)
    ]


def _released_job_ids(*, workspace: Workspace) -> QuerySet[LedgerEntry]:
    return LedgerEntry.objects.filter(workspace=workspace, kind=EntryKind.RELEASE).values("job_id")


def overage_credits_captured(*, workspace: Workspace | None = None) -> dict[str, int]:
    """job_id → metered credits of every capture (what the meter should have been told)."""
    entries = LedgerEntry.objects.filter(kind=EntryKind.CAPTURE, metered_credits__gt=0)
    if workspace is not None:
        entries = entries.filter(workspace=workspace)
    return {
        str(job_id): credits for job_id, credits in entries.values_list("job_id", "metered_credits")
    }


def cost_table() -> list[dict]:
    """Rows for the pricing page: each provider's credits per second at each resolution."""
    rows: dict[str, dict[str, str]] = {}
    for rule in CostRule.objects.all():
        rows.setdefault(rule.provider, {})[rule.resolution] = (
            f"{rule.credits_per_second.normalize()}"
        )
    ordered = sorted(rows, key=lambda p: (p == ANY_PROVIDER, p != "local", p))
    labels = {"local": "Stillmotion engine", ANY_PROVIDER: "Partner models"}
    return [
        {"label": labels.get(p, p.title()), "rates": [rows[p].get(r, "") for r in RESOLUTIONS]}
        for p in ordered
    ]


@dataclass(frozen=True)
class PlanAllowance:
    """What the workspace's plan allows, shown before a submit rather than after a refusal."""

    plan: Plan
    clips_left_this_month: int

    @property
    def summary(self) -> str:
        plan = self.plan
        per_submit = (
            "one photo at a time"
            if plan.max_batch_size <= 1
            else f"up to {plan.max_batch_size} photos at once"
        )
        return (
            f"{plan.name} plan: clips up to {plan.max_duration_s:g} s at "
            f"{plan.max_resolution}, {per_submit}, {self.clips_left_this_month} of "
            f"{plan.max_clips_per_month} clips left this month."
        )


def plan_allowance(*, workspace: Workspace, clips_this_month: int) -> PlanAllowance:
    plan = plan_for(workspace=workspace)
    return PlanAllowance(plan, max(0, plan.max_clips_per_month - clips_this_month))
