"""A batch: many photos, one submission. Each row (photo + prompt) becomes its own job.

A batch moves through: `unpacking` (the uploads are staged; a light worker expands zips and
prices every item), `ready` (the quote waits for the user's confirm), `starting` (a light
worker stores each photo and queues its job), `running`, `completed`. An upload refused as a
whole ends `rejected`; one the user cancels or never confirms ends `discarded`. The web process
only streams uploads to the staging area: nothing is expanded or decoded there.
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone

from accounts.models import Workspace


class BatchStatus(models.TextChoices):
    UNPACKING = "unpacking", "Unpacking"
    READY = "ready", "Waiting for your confirm"
    STARTING = "starting", "Starting"
    RUNNING = "running", "Running"
    COMPLETED = "completed", "Completed"
    REJECTED = "rejected", "Rejected"
    DISCARDED = "discarded", "Canceled"


# Batches whose uploads are still staged (they count against the workspace's staging bound).
STAGED_STATUSES = (BatchStatus.UNPACKING, BatchStatus.READY, BatchStatus.STARTING)


class Batch(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="batches")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    name = models.CharField(max_length=200, blank=True)
    status = models.CharField(
        max_length=16, choices=BatchStatus.choices, default=BatchStatus.UNPACKING
    )
    # What every item gets unless the CSV says otherwise: prompt, options, consent, and
    # whether the batch starts without a confirm (the API's default).
    settings = models.JSONField(default=dict, blank=True)
    # The quote: [{"name", "file" (staged name), "prompt", "options", "credits"}].
    items = models.JSONField(default=list, blank=True)
    upload_bytes = models.BigIntegerField(default=0)  # as uploaded (zips still packed)
    expanded_bytes = models.BigIntegerField(default=0)  # after unpacking
    error = models.TextField(blank=True)  # why the whole upload was refused or discarded
    total = models.PositiveIntegerField(default=0)
    rejected = models.JSONField(default=list, blank=True)  # [{"name": ..., "reason": ...}]
    credits = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)
    completed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        db_table = "pipeline_batch"  # the table it had when batches lived in `pipeline`
        ordering = ("-created_at",)
        indexes = [models.Index(fields=["status", "updated_at"], name="batch_status_updated")]

    def __str__(self) -> str:
        return self.name or f"Batch {self.pk}"

    @property
    def quoted_credits(self) -> int:
        return sum(int(item["credits"]) for item in self.items)

    @property
    def staged(self) -> bool:
        return self.status in STAGED_STATUSES
