"""Celery entry points only (the light queue): each calls the publisher or a service,
imported inside the body so the services can import this module at load time."""

from __future__ import annotations

from celery import shared_task

# Waits longer than this go back to the row (`next_attempt_at`) and the sweeper, not to a
# broker countdown (Redis redelivers unacknowledged messages after its visibility timeout).
MAX_COUNTDOWN_S = 300.0


@shared_task(acks_late=True, reject_on_worker_lost=True, ignore_result=True)
def publish_publication(publication_id: str) -> None:
    from publishing import publisher

    step = publisher.run(publication_id)
    if step.retry_in_s is not None and step.retry_in_s <= MAX_COUNTDOWN_S:
        publish_publication.apply_async((publication_id,), countdown=step.retry_in_s, queue="light")


@shared_task(ignore_result=True)
def publications_due() -> None:
    from publishing import selectors

    for publication_id in selectors.publications_due_ids():
        publish_publication.apply_async((publication_id,), queue="light")


@shared_task(ignore_result=True)
def tokens_refresh_due() -> None:
    from publishing import tokens

    tokens.tokens_refresh_due()
