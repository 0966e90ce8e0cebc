"""Webhooks listen to the apps below them; none of them knows webhooks exist.

Each receiver runs after the sender's transaction committed, on its own: a webhook problem
is logged and never touches the job, the batch or the ledger.
"""

from __future__ import annotations

import logging
from typing import Any

from django.dispatch import receiver

from batches.signals import batch_completed
from billing.signals import credits_low, credits_restored
from pipeline.signals import job_finished
from publishing.signals import publication_finished
from webhooks import services

logger = logging.getLogger(__name__)


@receiver(job_finished, dispatch_uid="webhooks_job_finished")
def on_job_finished(sender: object, *, job_id: str, **kwargs: Any) -> None:
    try:
        services.job_event_emit(job_id=job_id)
    except Exception:
        logger.exception("webhooks: could not emit the event of job %s", job_id)


@receiver(batch_completed, dispatch_uid="webhooks_batch_completed")
def on_batch_completed(sender: object, *, batch_id: str, **kwargs: Any) -> None:
    try:
        services.batch_event_emit(batch_id=batch_id)
    except Exception:
        logger.exception("webhooks: could not emit batch.completed for %s", batch_id)


@receiver(credits_low, dispatch_uid="webhooks_credits_low")
def on_credits_low(sender: object, *, workspace_id: Any, balance: int, **kwargs: Any) -> None:
    try:
        services.credits_low_emit(workspace_id=workspace_id, balance=balance)
    except Exception:
        logger.exception("webhooks: could not emit credits.low for %s", workspace_id)


@receiver(credits_restored, dispatch_uid="webhooks_credits_restored")
def on_credits_restored(sender: object, *, workspace_id: Any, **kwargs: Any) -> None:
    services.credits_restored_note(workspace_id=workspace_id)


@receiver(publication_finished, dispatch_uid="webhooks_publication_finished")
def on_publication_finished(sender: object, *, publication_id: str, **kwargs: Any) -> None:
    try:
        services.publication_event_emit(publication_id=publication_id)
    except Exception:
        logger.exception("webhooks: could not emit the event of publication %s", publication_id)
