"""Clip prices come from the operator-editable table; quotas say what is exceeded and what to do."""

from __future__ import annotations

from decimal import Decimal

import pytest

from billing.errors import BillingRejected, QuotaExceeded
from billing.models import CostRule
from billing.pricing import job_cost
from billing.quotas import check_can_submit, max_concurrent_jobs

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("duration_s", "resolution", "provider", "credits"),
    [
        (3, "720p", "local", 3),
        (5, "720p", "local", 5),
        (3, "540p", "local", 3),  # 2.25 rounds up
        (4, "540p", "local", 3),
        (3, "1080p", "local", 6),
        (2.5, "720p", "local", 3),
        (3, "720p", "runway", 12),  # remote providers cost more
        (3, "1080p", "luma", 24),
    ],
)
def test_job_cost_follows_the_seeded_cost_table(duration_s, resolution, provider, credits):
    assert job_cost(duration_s=duration_s, resolution=resolution, provider=provider) == credits


def test_operators_change_prices_in_the_table():
    CostRule.objects.filter(provider="local", resolution="720p").update(
        credits_per_second=Decimal("2.5"), minimum_credits=10
    )
    assert job_cost(duration_s=2, resolution="720p") == 10  # the minimum applies
    assert job_cost(duration_s=6, resolution="720p") == 15
    CostRule.objects.create(provider="runway", resolution="720p", credits_per_second=Decimal("5"))
    assert job_cost(duration_s=3, resolution="720p", provider="runway") == 15


def test_unknown_resolution_is_refused_in_words():
    with pytest.raises(BillingRejected, match="not a resolution we render"):
        job_cost(duration_s=3, resolution="4k")


def test_concurrency_quota_message_names_the_limit_and_the_fix(workspace, on_plan):
    on_plan(workspace, "creator")
    with pytest.raises(QuotaExceeded) as exc:
        check_can_submit(
            workspace=workspace,
            duration_s=3,
            resolution="720p",
            provider="local",
            running_jobs=3,
            queued_jobs=10,
            clips_this_month=0,
        )
    assert str(exc.value) == (
        "3 of 3 concurrent clips running and 10 waiting — wait for some to finish or "
        "upgrade to Studio."
    )


def test_over_the_cap_a_clip_waits_instead_of_being_refused(workspace, on_plan):
    on_plan(workspace, "creator")
    check_can_submit(
        workspace=workspace,
        duration_s=3,
        resolution="720p",
        provider="local",
        running_jobs=3,
        queued_jobs=2,
        clips_this_month=0,
    )


def test_within_quota_passes(workspace, on_plan):
    on_plan(workspace, "creator")
    check_can_submit(
        workspace=workspace,
        duration_s=5,
        resolution="1080p",
        provider="local",
        count=2,
        running_jobs=1,
        clips_this_month=100,
    )


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        (
            {"resolution": "1080p"},
            "1080p is above the Free plan's maximum of 720p — choose 720p or lower, "
            "or upgrade to Creator.",
        ),
        (
            {"duration_s": 8},
            "This clip is 8 s long and the Free plan allows up to 5 s — shorten it or "
            "upgrade to Studio.",
        ),
        (
            {"count": 3},
            "This batch has 3 clips and the Free plan allows 1 at a time — submit fewer or "
            "upgrade to Creator.",
        ),
        (
            {"running_jobs": 1, "queued_jobs": 1},
            "1 of 1 concurrent clips running and 1 waiting — wait for some to finish or "
            "upgrade to Creator.",
        ),
    ],
)
def test_free_plan_limits_say_what_is_exceeded(workspace, kwargs, message):
    args = {
        "duration_s": 3,
        "resolution": "720p",
        "provider": "local",
        "running_jobs": 0,
        "clips_this_month": 0,
        **kwargs,
    }
    with pytest.raises(QuotaExceeded) as exc:
        check_can_submit(workspace=workspace, **args)
    assert str(exc.value) == message


def test_monthly_clip_quota(workspace):
    with pytest.raises(QuotaExceeded, match=r"^10 of 10 clips used this month on the Free plan"):
        check_can_submit(
            workspace=workspace,
            duration_s=3,
            resolution="720p",
            provider="local",
            running_jobs=0,
            clips_this_month=10,
        )


def test_max_concurrent_jobs_uses_the_plan_unless_the_workspace_overrides(workspace, on_plan):
    assert max_concurrent_jobs(workspace) == 1
    on_plan(workspace, "studio")
    assert max_concurrent_jobs(workspace) == 6
    workspace.max_concurrent_jobs = 2
    workspace.save(update_fields=["max_concurrent_jobs"])
    assert max_concurrent_jobs(workspace) == 2
