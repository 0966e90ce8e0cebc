"""Outgoing webhooks: the workspace's endpoints and every delivery we attempted."""

from __future__ import annotations

import uuid

from django.db import models
from django.utils import timezone

from accounts.models import Workspace
from webhooks.signing import canonical_body


class EventType(models.TextChoices):
    JOB_DELIVERED = "job.delivered", "A clip was delivered"
    JOB_FAILED = "job.failed", "A clip failed"
    JOB_BLOCKED = "job.blocked", "A clip was blocked by the safety check"
    BATCH_COMPLETED = "batch.completed", "A batch finished"
    CREDITS_LOW = "credits.low", "Credits fell below the low-credit threshold"
    PUBLICATION_PUBLISHED = "publication.published", "A clip went live on a social account"
    PUBLICATION_FAILED = "publication.failed", "A clip could not be published"
    TEST = "webhook.test", "A test event sent from the dashboard or API"


SUBSCRIBABLE_EVENTS = [e.value for e in EventType if e != EventType.TEST]


class WebhookEndpoint(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    workspace = models.ForeignKey(
        Workspace, on_delete=models.CASCADE, related_name="webhook_endpoints"
    )
    url = models.URLField(max_length=500)
    description = models.CharField(max_length=120, blank=True)
    # Shown to the user, who verifies our signature with it (so it is stored as is).
    secret = models.CharField(max_length=80)
    events = models.JSONField(default=list)  # event types; empty means all
    enabled = models.BooleanField(default=True)
    disabled_reason = models.CharField(max_length=300, blank=True)
    failure_count = models.PositiveIntegerField(default=0)  # consecutive failed attempts
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ("-created_at",)

    def __str__(self) -> str:
        return self.url

    def wants(self, event_type: str) -> bool:
        return event_type == EventType.TEST or not self.events or event_type in self.events


class DeliveryStatus(models.TextChoices):
    PENDING = "pending", "Pending"
    DELIVERED = "delivered", "Delivered"
    FAILED = "failed", "Gave up"


class WebhookDelivery(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="+")
    # Null for a job's own `webhook_url` override, which has no endpoint row.
    endpoint = models.ForeignKey(
        WebhookEndpoint, null=True, on_delete=models.CASCADE, related_name="deliveries"
    )
    url = models.URLField(max_length=500)
    event_type = models.CharField(max_length=40)
    event_id = models.CharField(max_length=64)
    payload = models.JSONField()
    status = models.CharField(
        max_length=10, choices=DeliveryStatus.choices, default=DeliveryStatus.PENDING
    )
    attempts = models.PositiveIntegerField(default=0)
    response_code = models.PositiveSmallIntegerField(null=True, blank=True)
    duration_ms = models.PositiveIntegerField(null=True, blank=True)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    last_error = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    delivered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ("-created_at",)
        constraints = [
            models.UniqueConstraint(
                fields=("endpoint", "event_id"), name="webhook_delivery_once_per_endpoint"
            ),
            models.UniqueConstraint(
                fields=("url", "event_id"),
                condition=models.Q(endpoint__isnull=True),
                name="webhook_delivery_once_per_override_url",
            ),
        ]
        indexes = [
            models.Index(fields=("status", "next_attempt_at"), name="webhook_delivery_due"),
        ]

    def __str__(self) -> str:
        return f"{self.event_type} → {self.url} ({self.status})"

    @property
    def body_text(self) -> str:
        """The body of the last attempt exactly as it was signed and sent."""
        return canonical_body(self.payload).decode()


class WebhookState(models.Model):
    """Per-workspace webhook facts: the secret for per-job URLs, the low-credit marker."""

    workspace = models.OneToOneField(
        Workspace, on_delete=models.CASCADE, related_name="webhook_state"
    )
    # Signs deliveries to a job's own `webhook_url` (which has no endpoint of its own).
    job_url_secret = models.CharField(max_length=80)
    # Set when `credits.low` was sent; cleared when the balance is back above the threshold,
    # so the event fires once per crossing.
    credits_low_since = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"Webhook state of {self.workspace}"
