"""Celery entry points for batches (beat)."""

from __future__ import annotations

from celery import shared_task


@shared_task(ignore_result=True)
def batches_complete_finished() -> int:
    from batches import services

    return services.batches_complete_finished()
