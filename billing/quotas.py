"""Plan limits, checked when a clip is submitted. A submission that breaks one is not queued."""

from __future__ import annotations

from collections.abc import Callable

from dateutil.relativedelta import relativedelta
from django.conf import settings
from django.utils import timezone

from accounts.models import Workspace
from billing.errors import QuotaExceeded
from billing.models import Plan
from billing.selectors import account_for, plan_for, plans_public


def max_concurrent_jobs(workspace: Workspace) -> int:
    """The workspace's own override (set by operators) wins over its plan's limit."""
    if workspace.max_concurrent_jobs:
        return int(workspace.max_concurrent_jobs)
    try:
        return int(plan_for(workspace=workspace).max_concurrent_jobs)
    except Plan.DoesNotExist:
        return int(settings.WORKSPACE_MAX_CONCURRENT_JOBS)


def _upgrade_hint(current: Plan, fits: Callable[[Plan], bool]) -> str:
    """'upgrade to Studio' for the cheapest public plan above this one that fits, if any."""
    for plan in plans_public().order_by("price_cents"):
        if plan.price_cents > current.price_cents and fits(plan):
            return f"upgrade to {plan.name}"
    return "contact us about a larger plan"


def _clips(n: int) -> str:
    return f"{n} clip" if n == 1 else f"{n} clips"


def _next_period_start(workspace: Workspace) -> str:
    account = account_for(workspace=workspace)
    end = account.current_period_end if account and account.current_period_end else None
    if end is None:
        end = (timezone.now() + relativedelta(months=1)).replace(day=1)
    return f"{end:%b} {end.day}"


def check_can_submit(
    *,
    workspace: Workspace,
    duration_s: float,
    resolution: str,
    provider: str,
    count: int = 1,
    running_jobs: int,
    clips_this_month: int,
    queued_jobs: int = 0,
) -> None:
    """Raise `QuotaExceeded` saying exactly which limit is hit and what to do about it."""
    plan = plan_for(workspace=workspace)
    if count < 1:
        raise QuotaExceeded("Submit at least one clip.")
    if resolution not in ("540p", "720p", "1080p"):
        raise QuotaExceeded(
            f"{resolution!r} is not a resolution we render; choose 540p, 720p or 1080p."
        )
    if not plan.allows_resolution(resolution):
        hint = _upgrade_hint(plan, lambda p: p.allows_resolution(resolution))
        raise QuotaExceeded(
            f"{resolution} is above the {plan.name} plan's maximum of {plan.max_resolution} — "
            f"choose {plan.max_resolution} or lower, or {hint}."
        )
    if duration_s > plan.max_duration_s:
        hint = _upgrade_hint(plan, lambda p: duration_s <= p.max_duration_s)
        raise QuotaExceeded(
            f"This clip is {duration_s:g} s long and the {plan.name} plan allows up to "
            f"{plan.max_duration_s:g} s — shorten it or {hint}."
        )
    if count > plan.max_batch_size:
        hint = _upgrade_hint(plan, lambda p: count <= p.max_batch_size)
        raise QuotaExceeded(
            f"This batch has {count} clips and the {plan.name} plan allows {plan.max_batch_size} "
            f"at a time — submit fewer or {hint}."
        )
    limit = max_concurrent_jobs(workspace)
    # Over the cap, clips wait in the workspace's queue and start as running ones finish
    # (that is also what keeps one workspace from starving another). A submission is refused
    # only when the clips already waiting plus these would exceed one batch of the plan.
    if running_jobs + queued_jobs + count > limit and queued_jobs + count > plan.max_batch_size:
        hint = _upgrade_hint(plan, lambda p: queued_jobs + count <= p.max_batch_size)
        waiting = f" and {queued_jobs} waiting" if queued_jobs else ""
        adding = "" if count == 1 else f"; this submission adds {count}"
        raise QuotaExceeded(
            f"{running_jobs} of {limit} concurrent clips running{waiting}{adding} — wait for "
            f"{'one' if queued_jobs + count <= 1 else 'some'} to finish or {hint}."
        )
    if clips_this_month + count > plan.max_clips_per_month:
        hint = _upgrade_hint(plan, lambda p: clips_this_month + count <= p.max_clips_per_month)
        raise QuotaExceeded(
            f"{clips_this_month} of {_clips(plan.max_clips_per_month)} used this month on the "
            f"{plan.name} plan — wait until {_next_period_start(workspace)} or {hint}."
        )
