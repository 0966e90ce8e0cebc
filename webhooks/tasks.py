"""Celery entry points only: each calls a webhooks service (imported inside the body, so the
services can import this module at load time). They run on the "light" queue."""

from __future__ import annotations

from celery import shared_task


@shared_task(acks_late=True, ignore_result=True)
def deliver_webhook(delivery_id: str) -> None:
    from webhooks import services

    outcome = services.delivery_attempt(delivery_id=delivery_id)
    if outcome is not None and outcome.retry_in_s is not None:
        deliver_webhook.apply_async((delivery_id,), countdown=outcome.retry_in_s, queue="light")


@shared_task(ignore_result=True)
def deliver_due() -> None:
    from webhooks import services

    services.deliveries_due_requeue()
