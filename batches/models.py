"""A batch: many photos, one submission. Each row (photo + prompt) becomes its own job."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone

from accounts.models import Workspace


class Batch(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="batches")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    name = models.CharField(max_length=200, blank=True)
    total = models.PositiveIntegerField(default=0)
    rejected = models.JSONField(default=list, blank=True)  # [{"name": ..., "reason": ...}]
    credits = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now)
    completed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        db_table = "pipeline_batch"  # the table it had when batches lived in `pipeline`
        ordering = ("-created_at",)

    def __str__(self) -> str:
        return self.name or f"Batch {self.pk}"
