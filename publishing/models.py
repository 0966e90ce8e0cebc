"""Connected social accounts, publications of delivered clips, and auto-publish rules.

Every row names its workspace. Tokens live only in `ConnectedAccount.tokens`, encrypted
(`publishing.vault`); no page, log, admin screen or API answer ever shows them.
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone

from accounts.models import Workspace
from batches.models import Batch
from pipeline.models import Clip


class Platform(models.TextChoices):
    TIKTOK = "tiktok", "TikTok"
    YOUTUBE = "youtube", "YouTube Shorts"
    INSTAGRAM = "instagram", "Instagram Reels"


class Privacy(models.TextChoices):
    """Who may see a post, in our words (`publishing.platforms.Privacy` values)."""

    PUBLIC = "public", "Everyone"
    FOLLOWERS = "followers", "Followers"
    FRIENDS = "friends", "Friends (mutual followers)"
    UNLISTED = "unlisted", "Anyone with the link"
    PRIVATE = "private", "Only me"


class WhoMayPublish(models.TextChoices):
    MEMBERS = "members", "Every member of the workspace"
    ADMINS = "admins", "Only admins and the owner"


class PublishingSettings(models.Model):
    """A workspace's publishing policy. Owners and admins always connect accounts."""

    workspace = models.OneToOneField(
        Workspace, on_delete=models.CASCADE, related_name="publishing_settings"
    )
    who_may_publish = models.CharField(
        max_length=10, choices=WhoMayPublish.choices, default=WhoMayPublish.MEMBERS
    )
    updated_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"Publishing settings of {self.workspace}"


class AccountStatus(models.TextChoices):
    CONNECTED = "connected", "Connected"
    NEEDS_RECONNECT = "needs_reconnect", "Needs reconnecting"


class ConnectedAccount(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    workspace = models.ForeignKey(
        Workspace, on_delete=models.CASCADE, related_name="connected_accounts"
    )
    platform = models.CharField(max_length=12, choices=Platform.choices)
    # TikTok open_id, YouTube channel id, Instagram user id.
    external_id = models.CharField(max_length=200)
    name = models.CharField(max_length=200, blank=True)
    username = models.CharField(max_length=200, blank=True)
    avatar_url = models.URLField(max_length=500, blank=True)
    status = models.CharField(
        max_length=16, choices=AccountStatus.choices, default=AccountStatus.CONNECTED
    )
    # A Fernet token of the TokenSet (publishing.vault); never shown anywhere.
    tokens = models.TextField()
    token_expires_at = models.DateTimeField(null=True, blank=True)
    refresh_expires_at = models.DateTimeField(null=True, blank=True)
    scopes = models.JSONField(default=list, blank=True)
    last_refreshed_at = models.DateTimeField(null=True, blank=True)
    last_error = models.CharField(max_length=500, blank=True)  # in the user's words
    last_error_at = models.DateTimeField(null=True, blank=True)
    last_published_at = models.DateTimeField(null=True, blank=True)
    # TikTok: set when TikTok says our app may only post "Only me" (not audited yet).
    private_only = models.BooleanField(default=False)
    connected_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ("platform", "name")
        constraints = [
            models.UniqueConstraint(
                fields=("workspace", "platform", "external_id"),
                name="connected_account_once_per_workspace",
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_platform_display()} · {self.display_name}"

    @property
    def display_name(self) -> str:
        if self.username:
            return f"@{self.username.lstrip('@')}"
        return self.name or self.external_id

    @property
    def needs_reconnect(self) -> bool:
        return self.status == AccountStatus.NEEDS_RECONNECT


class RuleScope(models.TextChoices):
    EVERY_BATCH = "every_batch", "Every clip of every batch"
    ONE_BATCH = "one_batch", "Every clip of one batch"
    EVERY_CLIP = "every_clip", "Every delivered clip"


class AutoPublishRule(models.Model):
    """Publish clips to one account as they are delivered, at most `max_per_day` a day,
    spread over the chosen `hours` of the rule's time zone."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    workspace = models.ForeignKey(
        Workspace, on_delete=models.CASCADE, related_name="auto_publish_rules"
    )
    account = models.ForeignKey(ConnectedAccount, on_delete=models.CASCADE, related_name="rules")
    name = models.CharField(max_length=120)
    scope = models.CharField(max_length=12, choices=RuleScope.choices)
    batch = models.ForeignKey(Batch, null=True, blank=True, on_delete=models.CASCADE)
    caption_template = models.CharField(max_length=2200, default="{prompt}")
    hashtags = models.JSONField(default=list, blank=True)
    privacy = models.CharField(max_length=10, choices=Privacy.choices, default=Privacy.PUBLIC)
    max_per_day = models.PositiveSmallIntegerField(default=3)
    hours = models.JSONField(default=list)  # hours of the day (0-23), in `time_zone`
    time_zone = models.CharField(max_length=64, default="UTC")
    enabled = models.BooleanField(default=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ("-created_at",)

    def __str__(self) -> str:
        return self.name


class PublicationState(models.TextChoices):
    SCHEDULED = "scheduled", "Scheduled"
    UPLOADING = "uploading", "Uploading"
    PROCESSING = "processing", "Processing"
    PUBLISHED = "published", "Published"
    FAILED = "failed", "Failed"
    CANCELED = "canceled", "Canceled"


ACTIVE_STATES = frozenset(
    {PublicationState.SCHEDULED, PublicationState.UPLOADING, PublicationState.PROCESSING}
)
ENDED_STATES = frozenset(
    {PublicationState.PUBLISHED, PublicationState.FAILED, PublicationState.CANCELED}
)


class Publication(models.Model):
    """One delivered clip posted to one account. The row is the checkpoint: the platform's
    upload session (`session`) is saved as soon as it exists and after every chunk, so a
    retry or a new worker resumes it and never posts twice."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="publications")
    clip = models.ForeignKey(Clip, on_delete=models.CASCADE, related_name="+")
    # Null once the account is disconnected; the snapshot below keeps the history readable.
    account = models.ForeignKey(
        ConnectedAccount,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="publications",
    )
    platform = models.CharField(max_length=12, choices=Platform.choices)
    account_external_id = models.CharField(max_length=200)
    account_name = models.CharField(max_length=200)
    rule = models.ForeignKey(
        AutoPublishRule,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="publications",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    caption = models.TextField(max_length=2200, blank=True)
    hashtags = models.JSONField(default=list, blank=True)
    privacy = models.CharField(max_length=10, choices=Privacy.choices, default=Privacy.PUBLIC)
    # Why the platform got another visibility than the one asked for (TikTok, unaudited app).
    privacy_note = models.CharField(max_length=300, blank=True)
    scheduled_for = models.DateTimeField(default=timezone.now)
    time_zone = models.CharField(max_length=64, default="UTC")  # the zone it was scheduled in
    state = models.CharField(
        max_length=12,
        choices=PublicationState.choices,
        default=PublicationState.SCHEDULED,
        db_index=True,
    )
    # The platform's upload session (UploadSession.to_dict()); never shown.
    session = models.JSONField(null=True, blank=True)
    tries = models.PositiveSmallIntegerField(default=0)  # failed tries so far
    polls = models.PositiveIntegerField(default=0)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    claimed_by = models.CharField(max_length=120, blank=True)
    heartbeat_at = models.DateTimeField(null=True, blank=True)
    progress = models.FloatField(null=True, blank=True)  # 0..1 while uploading
    public_url = models.URLField(max_length=500, blank=True)
    platform_post_id = models.CharField(max_length=200, blank=True)
    status_note = models.CharField(max_length=300, blank=True)  # what is happening, for people
    failure_code = models.CharField(max_length=60, blank=True)
    failure_reason = models.CharField(max_length=500, blank=True)  # in the user's words
    last_error = models.CharField(max_length=500, blank=True)  # the last retried error
    error_detail = models.CharField(max_length=1000, blank=True)  # for operators, redacted
    created_at = models.DateTimeField(default=timezone.now)
    started_at = models.DateTimeField(null=True, blank=True)
    uploaded_at = models.DateTimeField(null=True, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ("-created_at",)
        constraints = [
            # The idempotency of publishing: one clip is posted once to one platform account,
            # whatever retries, restarts, reconnects or repeated API calls happen.
            models.UniqueConstraint(
                fields=("clip", "platform", "account_external_id"),
                name="publication_once_per_clip_and_account",
            )
        ]
        indexes = [
            models.Index(fields=("workspace", "-created_at"), name="publication_ws_recent"),
            models.Index(fields=("workspace", "scheduled_for"), name="publication_ws_schedule"),
            models.Index(fields=("state", "next_attempt_at"), name="publication_due"),
        ]

    def __str__(self) -> str:
        return f"{self.get_platform_display()} post of clip {self.clip_id} ({self.state})"

    @property
    def is_active(self) -> bool:
        return self.state in ACTIVE_STATES

    @property
    def has_ended(self) -> bool:
        return self.state in ENDED_STATES


class PublicationEvent(models.Model):
    """What happened to a publication, in the user's words: the timeline on its page."""

    publication = models.ForeignKey(Publication, on_delete=models.CASCADE, related_name="events")
    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=16)  # info | progress | retry | published | failed
    message = models.CharField(max_length=500)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ("created_at", "id")

    def __str__(self) -> str:
        return f"{self.kind}: {self.message}"


class RateWindow(models.Model):
    """A sliding window of recent calls against one platform budget ("tiktok.video_init" of
    one account, YouTube's project-wide videos.insert), shared by every worker."""

    key = models.CharField(max_length=200, unique=True)
    stamps = models.JSONField(default=list)  # epoch seconds of the calls in the window

    def __str__(self) -> str:
        return self.key
