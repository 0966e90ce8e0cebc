"""The default plans, credit packs and cost rules (seeded by migration 0002).

`seed(apps)` takes an app registry so the migration can run it with historical models; tests
that flush the database (transactional tests) call `seed(django.apps.apps)` to restore them.
Existing rows are left as operators edited them.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

PLANS = [
    # code, name, tagline, price, credits, overage, cents/credit, cap, concurrent, clips/mo,
    # max s, max res, batch, api, api/min, retention days
    (
        "free",
        "Free",
        "Try it on a few photos.",
        0,
        25,
        False,
        0,
        0,
        1,
        10,
        5.0,
        "720p",
        1,
        False,
        0,
        7,
    ),
    (
        "creator",
        "Creator",
        "For makers posting every week.",
        1200,
        300,
        True,
        5,
        300,
        3,
        200,
        5.0,
        "1080p",
        5,
        True,
        30,
        30,
    ),
    (
        "studio",
        "Studio",
        "For small teams and agencies.",
        3900,
        1200,
        True,
        4,
        2000,
        6,
        1000,
        10.0,
        "1080p",
        100,
        True,
        120,
        90,
    ),
    (
        "business",
        "Business",
        "High volume, API first.",
        14900,
        6000,
        True,
        3,
        20000,
        20,
        10000,
        10.0,
        "1080p",
        500,
        True,
        600,
        365,
    ),
]

# Plans operators assign and nobody buys (not on the pricing page): the command line's own
# workspace is an operator tool, not a customer, so its clips are never counted against a quota.
INTERNAL_PLANS = [
    ("internal", "Internal (operators)", "The command line and operators' own workspaces."),
]

PACKS = [
    ("pack-100", "100 credits", 100, 1000),
    ("pack-500", "500 credits", 500, 4000),
    ("pack-2000", "2,000 credits", 2000, 14000),
]

# Credits per second of clip. The embedded engine is cheapest; remote providers ("*") cost more.
COSTS = [
    ("local", "540p", "0.75"),
    ("local", "720p", "1.00"),
    ("local", "1080p", "2.00"),
    ("*", "540p", "3.00"),
    ("*", "720p", "4.00"),
    ("*", "1080p", "8.00"),
]


def seed(apps: Any) -> None:
    Plan = apps.get_model("billing", "Plan")
    CreditPack = apps.get_model("billing", "CreditPack")
    CostRule = apps.get_model("billing", "CostRule")
    for order, row in enumerate(PLANS):
        (
            code,
            name,
            tagline,
            price,
            credits,
            overage,
            cents,
            cap,
            concurrent,
            clips,
            max_s,
            max_res,
            batch,
            api,
            api_rate,
            retention,
        ) = row
        Plan.objects.get_or_create(
            code=code,
            defaults=dict(
                name=name,
                tagline=tagline,
                price_cents=price,
                monthly_credits=credits,
                overage_allowed=overage,
                overage_cents_per_credit=cents,
                overage_cap_credits=cap,
                max_concurrent_jobs=concurrent,
                max_clips_per_month=clips,
                max_duration_s=max_s,
                max_resolution=max_res,
                max_batch_size=batch,
                api_access=api,
                api_requests_per_minute=api_rate,
                retention_days=retention,
                is_default=(code == "free"),
                is_public=True,
                sort_order=order,
            ),
        )
    for code, name, tagline in INTERNAL_PLANS:
        Plan.objects.get_or_create(
            code=code,
            defaults=dict(
                name=name,
                tagline=tagline,
                price_cents=0,
                monthly_credits=0,
                max_concurrent_jobs=8,
                max_clips_per_month=10_000_000,
                max_duration_s=10.0,
                max_resolution="1080p",
                max_batch_size=500,
                api_access=True,
                api_requests_per_minute=0,
                retention_days=365,
                is_default=False,
                is_public=False,
                sort_order=100,
            ),
        )
    for code, name, credits, price in PACKS:
        CreditPack.objects.get_or_create(
            code=code, defaults=dict(name=name, credits=credits, price_cents=price)
        )
    for provider, resolution, rate in COSTS:
        CostRule.objects.get_or_create(
            provider=provider,
            resolution=resolution,
            defaults=dict(credits_per_second=Decimal(rate), minimum_credits=1),
        )
