"""Photos, jobs, attempts, clips and the events of each job. Every row names its workspace."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone

from accounts.models import Workspace
from engine.qa.ordered import not_judged_lines


class Photo(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="photos")
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    original_name = models.CharField(max_length=255)
    # SHA-256 of the uploaded bytes: the same photo in a workspace is stored once.
    sha256 = models.CharField(max_length=64)
    image = models.FileField(max_length=255)
    thumbnail = models.FileField(max_length=255)
    mime = models.CharField(max_length=40)
    width = models.PositiveIntegerField()
    height = models.PositiveIntegerField()
    size_bytes = models.PositiveIntegerField()
    faces = models.PositiveSmallIntegerField(null=True, blank=True)
    # The faces found when the photo was first parsed (boxes, landmarks, scores in photo
    # pixels): every later stage and every later job of this photo uses them.
    face_boxes = models.JSONField(null=True, blank=True)
    # The uploader attests they are the person pictured or have their consent.
    consent_at = models.DateTimeField(null=True, blank=True)
    consent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=("workspace", "sha256"), name="photo_once_per_workspace")
        ]
        ordering = ("-created_at",)

    def __str__(self) -> str:
        return self.original_name


class JobStatus(models.TextChoices):
    QUEUED = "queued", "Queued"
    PARSING = "parsing", "Understanding the prompt"
    GATING = "gating", "Safety check"
    GENERATING = "generating", "Rendering"
    VERIFYING = "verifying", "Quality check"
    FINALIZING = "finalizing", "Labelling and signing"
    DELIVERED = "delivered", "Delivered"
    BLOCKED = "blocked", "Blocked"
    FAILED = "failed", "Failed"
    FAILED_QA = "failed_qa", "Failed quality check"
    CANCELED = "canceled", "Canceled"


TERMINAL_STATUSES = frozenset(
    {
        JobStatus.DELIVERED,
        JobStatus.BLOCKED,
        JobStatus.FAILED,
        JobStatus.FAILED_QA,
        JobStatus.CANCELED,
    }
)
ACTIVE_STATUSES = frozenset(set(JobStatus.values) - {s.value for s in TERMINAL_STATUSES})


class Lane(models.TextChoices):
    """The Celery queue a stage runs on: light work never waits behind a burst of renders."""

    LIGHT = "light", "Light (parse, gate)"
    RENDER = "render", "Render (render, QA, finalize)"


LANE_OF = {
    JobStatus.QUEUED: Lane.LIGHT,
    JobStatus.PARSING: Lane.LIGHT,
    JobStatus.GATING: Lane.LIGHT,
    JobStatus.GENERATING: Lane.RENDER,
    JobStatus.VERIFYING: Lane.RENDER,
    JobStatus.FINALIZING: Lane.RENDER,
}

# How far along the progress bar each stage is, for the dashboard.
STAGE_PROGRESS = {
    JobStatus.QUEUED: 4,
    JobStatus.PARSING: 12,
    JobStatus.GATING: 22,
    JobStatus.GENERATING: 45,
    JobStatus.VERIFYING: 75,
    JobStatus.FINALIZING: 90,
}


class Job(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="jobs")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    # RESTRICT: a photo with jobs can't be deleted on its own, but deleting the workspace
    # removes both together.
    photo = models.ForeignKey(Photo, on_delete=models.RESTRICT, related_name="jobs")
    # The batch (the `batches` app) this job was submitted in; jobs know only its id.
    batch_id = models.UUIDField(null=True, blank=True, db_index=True)
    # Where to send this job's webhooks instead of the workspace's endpoints (API override).
    webhook_url = models.URLField(max_length=500, blank=True)
    prompt = models.CharField(max_length=1000, blank=True)
    # What the user asked for in the form (ratio, duration, resolution, provider).
    options = models.JSONField(default=dict)
    spec = models.JSONField(null=True, blank=True)
    intent_parser = models.CharField(max_length=20, blank=True)
    intent_fallback_reason = models.CharField(max_length=300, blank=True)
    safety = models.JSONField(null=True, blank=True)
    status = models.CharField(
        max_length=12, choices=JobStatus.choices, default=JobStatus.QUEUED, db_index=True
    )
    failure_stage = models.CharField(max_length=12, blank=True)
    failure_reason = models.CharField(max_length=500, blank=True)
    block_category = models.CharField(max_length=40, blank=True)
    # Held at submission: the most the provider chain could cost (failover may reach a pricier
    # vendor). Charged at delivery: the delivering provider's price; the rest goes back.
    credits = models.PositiveIntegerField(default=0)
    credits_charged = models.PositiveIntegerField(null=True, blank=True)
    qa_score = models.FloatField(null=True, blank=True)
    # Durability: the row is the checkpoint. A worker claims it; a heartbeat shows it is alive.
    dispatched_at = models.DateTimeField(null=True, blank=True)
    claimed_by = models.CharField(max_length=120, blank=True)
    claimed_at = models.DateTimeField(null=True, blank=True)
    heartbeat_at = models.DateTimeField(null=True, blank=True)
    tries = models.PositiveSmallIntegerField(default=0)
    cancel_requested = models.BooleanField(default=False)
    created_at = models.DateTimeField(default=timezone.now)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ("-created_at",)
        indexes = [
            models.Index(fields=("workspace", "-created_at"), name="job_ws_recent"),
            models.Index(fields=("workspace", "status", "-created_at"), name="job_ws_status"),
            models.Index(fields=("status", "heartbeat_at"), name="job_status_heartbeat"),
        ]

    def __str__(self) -> str:
        return f"Job {self.pk} ({self.status})"

    @property
    def is_terminal(self) -> bool:
        return self.status in TERMINAL_STATUSES

    @property
    def progress(self) -> int:
        if self.is_terminal:
            return 100
        return STAGE_PROGRESS.get(JobStatus(self.status), 5)


class AttemptStatus(models.TextChoices):
    RUNNING = "running", "Running"
    SUCCEEDED = "succeeded", "Succeeded"
    FAILED = "failed", "Failed"
    ABANDONED = "abandoned", "Abandoned (worker lost)"
    REJECTED_QA = "rejected_qa", "Below quality threshold"


class Attempt(models.Model):
    job = models.ForeignKey(Job, on_delete=models.CASCADE, related_name="attempts")
    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="+")
    number = models.PositiveSmallIntegerField()
    provider = models.CharField(max_length=40)
    model = models.CharField(max_length=80, blank=True)
    vendor_task_id = models.CharField(max_length=200, blank=True)
    status = models.CharField(max_length=12, choices=AttemptStatus.choices)
    error_class = models.CharField(max_length=40, blank=True)
    error_message = models.CharField(max_length=500, blank=True)
    seed = models.IntegerField(default=0)
    prompt_used = models.CharField(max_length=1000, blank=True)
    latency_ms = models.PositiveIntegerField(null=True, blank=True)
    cost_cents = models.PositiveIntegerField(default=0)
    output = models.FileField(max_length=255, blank=True)
    poster = models.FileField(max_length=255, blank=True)
    watermark_code = models.BigIntegerField(null=True, blank=True)
    qa_score = models.FloatField(null=True, blank=True)
    qa_parts = models.JSONField(null=True, blank=True)
    qa_issues = models.JSONField(null=True, blank=True)
    # QA part -> why the order itself changes it (falling snow, a still camera...): not judged.
    qa_not_judged = models.JSONField(null=True, blank=True)
    # The clip length the provider was asked for (a vendor's supported length, e.g. 5 s for
    # an ordered 3 s): the length QA holds its clip to.
    ordered_duration_s = models.FloatField(null=True, blank=True)
    started_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ("job", "number")
        constraints = [
            models.UniqueConstraint(fields=("job", "number"), name="attempt_number_per_job")
        ]

    def __str__(self) -> str:
        return f"Attempt {self.number} of {self.job_id} via {self.provider}"

    @property
    def qa_not_judged_lines(self) -> list[str]:
        """What QA left out because the order changes it, one line per reason."""
        return not_judged_lines(self.qa_not_judged or {})


class Clip(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="clips")
    # One clip per job, enforced by the database: a resumed job can't deliver twice.
    job = models.OneToOneField(Job, on_delete=models.CASCADE, related_name="clip")
    attempt = models.ForeignKey(Attempt, null=True, on_delete=models.SET_NULL, related_name="+")
    video = models.FileField(max_length=255)
    poster = models.FileField(max_length=255)
    width = models.PositiveIntegerField()
    height = models.PositiveIntegerField()
    frames = models.PositiveIntegerField()
    duration_s = models.FloatField()
    size_bytes = models.PositiveIntegerField()
    sha256 = models.CharField(max_length=64, db_index=True)
    # The invisible watermark's payload; finds the clip again after the manifest is stripped.
    watermark_code = models.BigIntegerField(null=True, blank=True, unique=True)
    signed = models.BooleanField(default=False)
    created_at = models.DateTimeField(default=timezone.now)
    # Set when the files were removed after the plan's retention (the row, its provenance
    # record for the verify page, stays).
    expired_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ("-created_at",)

    def __str__(self) -> str:
        return f"Clip of {self.job_id}"


class JobEvent(models.Model):
    job = models.ForeignKey(Job, on_delete=models.CASCADE, related_name="events")
    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="+")
    stage = models.CharField(max_length=12)
    status = models.CharField(max_length=12)  # started | completed | failed | info
    message = models.CharField(max_length=500)
    duration_ms = models.PositiveIntegerField(null=True, blank=True)
    details = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ("created_at", "id")

    def __str__(self) -> str:
        return f"{self.stage}/{self.status}: {self.message}"


class IdempotencyKey(models.Model):
    """An API `Idempotency-Key`: the same key and body give the same job, never a second."""

    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="+")
    key = models.CharField(max_length=200)
    request_hash = models.CharField(max_length=64)
    job = models.ForeignKey(Job, null=True, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=("workspace", "key"), name="idempotency_key_once")
        ]

    def __str__(self) -> str:
        return self.key


class ProtectedIdentity(models.Model):
    """A person who must never be animated. Operators keep a global list (no workspace);
    a workspace can add its own. Matching is by face embedding, whatever the face policy."""

    workspace = models.ForeignKey(
        Workspace,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="protected_identities",
        help_text="Empty: protected in every workspace.",
    )
    label = models.CharField(max_length=120)
    photo = models.FileField(max_length=255)
    embedding = models.JSONField()
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ("label",)
        verbose_name_plural = "protected identities"

    def __str__(self) -> str:
        return self.label
