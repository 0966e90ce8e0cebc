"""`billing` in every template: the active workspace's plan, balance and payment warnings.

One small query per request (the account row); nothing is created here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.conf import settings
from django.http import HttpRequest

from billing.models import BillingAccount


@dataclass(frozen=True)
class BillingSummary:
    plan_name: str
    balance: int
    low_credit: bool
    overage_allowed: bool
    grace_until: datetime | None


def billing(request: HttpRequest) -> dict[str, Any]:
    workspace = getattr(request, "workspace", None)
    user = getattr(request, "user", None)
    if workspace is None or user is None or not user.is_authenticated:
        return {}
    account = (
        BillingAccount.objects.select_related("plan")
        .only("balance", "grace_until", "plan__name", "plan__overage_allowed")
        .filter(workspace=workspace)
        .first()
    )
    if account is None:
        return {}
    return {
        "billing": BillingSummary(
            plan_name=account.plan.name,
            balance=account.balance,
            low_credit=account.balance <= settings.BILLING_LOW_CREDIT_THRESHOLD,
            overage_allowed=account.plan.overage_allowed,
            grace_until=account.grace_until,
        )
    }
