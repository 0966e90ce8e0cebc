"""Celery entry points for batches: unpacking and starting run on the light queue, never in
the web process; the sweeps run on beat."""

from __future__ import annotations

from celery import shared_task


@shared_task(ignore_result=True, acks_late=True)
def batch_unpack(batch_id: str) -> None:
    from batches import services

    services.batch_unpack(batch_id=batch_id)


@shared_task(ignore_result=True, acks_late=True)
def batch_start(batch_id: str) -> None:
    from batches import services

    services.batch_start(batch_id=batch_id)


@shared_task(ignore_result=True)
def batches_complete_finished() -> int:
    from batches import services

    return services.batches_complete_finished()


@shared_task(ignore_result=True)
def batches_sweep() -> dict[str, int]:
    from batches import services

    return services.batches_sweep()
