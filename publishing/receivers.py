"""Publishing listens to the apps below it: a delivered clip or a completed batch may have
auto-publish rules waiting for it. A problem here is logged and never touches the job."""

from __future__ import annotations

import logging
from typing import Any

from django.dispatch import receiver

from batches.signals import batch_completed
from pipeline.models import JobStatus
from pipeline.signals import job_finished
from publishing import services

logger = logging.getLogger(__name__)


@receiver(job_finished, dispatch_uid="publishing_job_finished")
def on_job_finished(
    sender: object, *, job_id: str, status: str, batch_id: str | None = None, **kwargs: Any
) -> None:
    # Clips of a batch wait for the batch, so a rule can spread them all at once.
    if status != JobStatus.DELIVERED or batch_id:
        return
    try:
        services.rules_apply_to_clip(job_id=job_id)
    except Exception:
        logger.exception("publishing: auto-publish rules failed for job %s", job_id)


@receiver(batch_completed, dispatch_uid="publishing_batch_completed")
def on_batch_completed(sender: object, *, batch_id: str, **kwargs: Any) -> None:
    try:
        services.rules_apply_to_batch(batch_id=batch_id)
    except Exception:
        logger.exception("publishing: auto-publish rules failed for batch %s", batch_id)
