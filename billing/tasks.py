"""Celery entry points for billing: each calls a service and nothing more.

They run on the "light" queue (the default): billing work is short. Services import this
module; the tasks import the services inside their bodies, so the two never import each other
at load time.
"""

from __future__ import annotations

from datetime import timedelta

from celery import shared_task
from django.utils import timezone


@shared_task(bind=True, acks_late=True, max_retries=8, soft_time_limit=60, time_limit=90)
def stripe_event_process_task(self, event_id: str) -> str:  # type: ignore[no-untyped-def]
    from billing import stripe_events

    try:
        return stripe_events.stripe_event_process(event_id=event_id)
    except Exception as exc:
        stripe_events.stripe_event_failed(event_id=event_id, error=repr(exc))
        raise self.retry(exc=exc, countdown=min(600, 10 * 2**self.request.retries)) from exc


@shared_task(bind=True, acks_late=True, max_retries=10, soft_time_limit=60, time_limit=90)
def meter_event_report(self, report_id: int) -> str:  # type: ignore[no-untyped-def]
    from billing import metering
    from billing.errors import PaymentProviderError

    try:
        return metering.meter_report_send(report_id=report_id)
    except PaymentProviderError as exc:
        raise self.retry(exc=exc, countdown=min(3600, 30 * 2**self.request.retries)) from exc


@shared_task(acks_late=True)
def billing_grace_enforce() -> int:
    """Daily (beat): downgrade workspaces whose payment grace period has ended."""
    from billing import services

    return len(services.grace_expired_downgrade())


@shared_task(acks_late=True)
def billing_free_periods_renew() -> int:
    """Hourly (beat): give workspaces without a paid subscription their monthly credits."""
    from billing import services

    return services.free_periods_renew_due()


@shared_task(acks_late=True)
def billing_sweep() -> int:
    """Every few minutes (beat): re-queue webhook events and meter reports left behind."""
    from billing import metering, stripe_events

    cutoff = timezone.now() - timedelta(minutes=2)
    return stripe_events.stripe_events_requeue_stale(
        older_than=cutoff
    ) + metering.meter_reports_requeue(older_than=cutoff)
