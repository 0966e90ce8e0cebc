"""A batch completes when its last job ends (the pipeline's `job_finished`)."""

from __future__ import annotations

from typing import Any

from django.dispatch import receiver

from batches import services
from pipeline.signals import job_finished


@receiver(job_finished, dispatch_uid="batches_complete_when_done")
def complete_batch_when_done(sender: object, *, batch_id: str | None, **kwargs: Any) -> None:
    if batch_id:
        services.batch_complete_if_done(batch_id=batch_id)
