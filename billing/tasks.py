"""Celery entry points for billing. Each one calls a service and nothing more.

They run on the default queue, "light" (CELERY_TASK_DEFAULT_QUEUE): billing work is short.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from celery import shared_task
from django.utils import timezone

from billing import metering, services, webhooks
from billing.errors import PaymentProviderError
from billing.models import BillingAccount, StripeEvent

log = logging.getLogger(__name__)


@shared_task(
    bind=True,
    acks_late=True,
    max_retries=8,
    soft_time_limit=60,
    time_limit=90,
)
def stripe_event_process_task(self, event_id: str) -> str:  # type: ignore[no-untyped-def]
    try:
        return webhooks.stripe_event_process(event_id=event_id)
    except Exception as exc:
        webhooks.stripe_event_failed(event_id=event_id, error=repr(exc))
        raise self.retry(exc=exc, countdown=min(600, 10 * 2**self.request.retries)) from exc


@shared_task(
    bind=True,
    acks_late=True,
    max_retries=10,
    soft_time_limit=60,
    time_limit=90,
)
def meter_event_report(self, report_id: int) -> str:  # type: ignore[no-untyped-def]
    try:
        return metering.meter_report_send(report_id=report_id)
    except PaymentProviderError as exc:
        raise self.retry(exc=exc, countdown=min(3600, 30 * 2**self.request.retries)) from exc


@shared_task(acks_late=True)
def billing_grace_enforce() -> int:
    """Daily (beat): downgrade workspaces whose payment grace period has ended."""
    return len(services.grace_expired_downgrade())


@shared_task(acks_late=True)
def billing_free_periods_renew() -> int:
    """Hourly (beat): give workspaces without a paid subscription their monthly credits."""
    renewed = 0
    due = BillingAccount.objects.filter(
        stripe_subscription_id="", current_period_end__lte=timezone.now()
    ).select_related("workspace")
    for account in due:
        if services.free_period_renew(workspace=account.workspace) is not None:
            renewed += 1
    return renewed


@shared_task(acks_late=True)
def billing_sweep() -> int:
    """Every few minutes (beat): re-queue webhook events and meter reports left behind."""
    cutoff = timezone.now() - timedelta(minutes=2)
    stale = StripeEvent.objects.filter(processed_at__isnull=True, received_at__lte=cutoff)
    for event_id in stale.values_list("event_id", flat=True)[:500]:
        webhooks.stripe_event_enqueue(event_id=event_id)
    return metering.meter_reports_requeue(older_than=cutoff) + stale.count()
