"""Request and response bodies of the public API (they are also the OpenAPI schema)."""

from __future__ import annotations

import json
from typing import Any

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from engine.intent.rules import MAX_EFFECTS
from engine.options import AUTO, InvalidOptions, JobOptions
from engine.spec import (
    MAX_BRUSH_ANCHORS,
    MAX_BRUSH_ARROWS,
    MAX_BRUSH_REGION_POINTS,
    CameraMove,
    EffectKind,
    MotionBrush,
    Ratio,
    Resolution,
    SpecError,
)
from pipeline import engine_config
from pipeline.errors import JobRejected
from pipeline.models import JobStatus
from publishing.models import AccountStatus, Platform, Privacy, PublicationState
from webhooks.models import SUBSCRIBABLE_EVENTS
from webhooks.ssrf import check_target

RATIOS = [AUTO] + [r.value for r in Ratio]
RESOLUTIONS = [r.value for r in Resolution]
CAMERAS = [c.value for c in CameraMove]
EFFECTS = [e.value for e in EffectKind]
STATUSES = [s.value for s in JobStatus]


class StrictInput(serializers.Serializer):
    """A request body: a field we don't know is an error naming it (a typo never passes
    silently as a default)."""

    def to_internal_value(self, data: Any) -> Any:
        known = set(self.fields)
        unknown = sorted(name for name in getattr(data, "keys", dict)() if name not in known)
        if unknown:
            raise serializers.ValidationError(
                {
                    name: [f"Unknown field. Known fields: {', '.join(sorted(known))}."]
                    for name in unknown
                }
            )
        return super().to_internal_value(data)


# -- errors -------------------------------------------------------------------------------------
class ErrorDetailSerializer(serializers.Serializer):
    code = serializers.CharField(help_text="Stable, machine-readable error code.")
    message = serializers.CharField(help_text="What happened, why, and what to do.")
    fields = serializers.DictField(
        child=serializers.ListField(child=serializers.CharField()),
        help_text="Request fields that were not valid, with their messages.",
    )


class ErrorSerializer(serializers.Serializer):
    error = ErrorDetailSerializer()


# -- photos -------------------------------------------------------------------------------------
class PhotoUploadInput(StrictInput):
    file = serializers.FileField(help_text="A JPEG, PNG, WebP or HEIC photo, up to 25 MB.")
    consent = serializers.BooleanField(
        default=False,
        help_text="The uploader is the person pictured or has the consent of everyone pictured.",
    )


class PhotoSerializer(serializers.Serializer):
    id = serializers.UUIDField()
    original_name = serializers.CharField()
    sha256 = serializers.CharField()
    mime = serializers.CharField()
    width = serializers.IntegerField()
    height = serializers.IntegerField()
    size_bytes = serializers.IntegerField()
    faces = serializers.IntegerField(allow_null=True)
    consent = serializers.SerializerMethodField()
    created_at = serializers.DateTimeField()

    def get_consent(self, photo: Any) -> bool:
        return photo.consent_at is not None


# -- jobs ---------------------------------------------------------------------------------------
MAX_JSON_FIELD_CHARS = 20_000  # a brush is a few kilobytes; a longer string is not parsed


class JsonObjectField(serializers.Field):
    """A JSON object: as JSON in a JSON body, or as a JSON string in a multipart form."""

    def to_internal_value(self, data: Any) -> dict[str, Any]:
        if isinstance(data, str):
            if len(data) > MAX_JSON_FIELD_CHARS:
                raise serializers.ValidationError(
                    f"Too long ({len(data)} characters; at most {MAX_JSON_FIELD_CHARS})."
                )
            try:
                data = json.loads(data)
            except json.JSONDecodeError as exc:
                raise serializers.ValidationError(f"Not valid JSON: {exc.msg}.") from None
        if not isinstance(data, dict):
            raise serializers.ValidationError("Must be a JSON object.")
        return data

    def to_representation(self, value: Any) -> Any:
        return value


@extend_schema_field(
    {
        "type": "object",
        "description": (
            "A motion brush: this region flows along the arrows, the rest stays still; "
            "anchors never move. Points are [x, y] fractions of the photo (0..1, top-left "
            f"origin). Up to {MAX_BRUSH_REGION_POINTS} region points, {MAX_BRUSH_ARROWS} "
            f"arrows, {MAX_BRUSH_ANCHORS} anchors."
        ),
        "properties": {
            "region": {
                "type": "array",
                "items": {"type": "array", "items": {"type": "number"}, "minItems": 2},
                "minItems": 3,
                "maxItems": MAX_BRUSH_REGION_POINTS,
            },
            "arrows": {
                "type": "array",
                "minItems": 1,
                "maxItems": MAX_BRUSH_ARROWS,
                "items": {
                    "type": "object",
                    "properties": {
                        "start": {"type": "array", "items": {"type": "number"}},
                        "end": {"type": "array", "items": {"type": "number"}},
                    },
                    "required": ["start", "end"],
                },
            },
            "anchors": {
                "type": "array",
                "maxItems": MAX_BRUSH_ANCHORS,
                "items": {"type": "array", "items": {"type": "number"}},
            },
        },
        "required": ["region", "arrows"],
        "example": {
            "region": [[0, 0.6], [1, 0.6], [1, 1], [0, 1]],
            "arrows": [{"start": [0.3, 0.8], "end": [0.6, 0.8]}],
            "anchors": [[0.5, 0.7]],
        },
    }
)
class BrushField(JsonObjectField):
    def to_internal_value(self, data: Any) -> dict[str, Any]:
        raw = super().to_internal_value(data)
        try:
            brush = MotionBrush.from_dict(raw)
        except SpecError as exc:
            raise serializers.ValidationError(exc.message) from None
        problem = brush.problem()
        if problem:
            raise serializers.ValidationError(problem)
        return brush.to_dict()


@extend_schema_field(
    {
        "type": "object",
        "description": (
            "Per chosen effect (a key of `effects`): strength 0..1 and, for steam and smoke, "
            "an origin [x, y] (fractions of the photo) it rises from."
        ),
        "additionalProperties": {
            "type": "object",
            "properties": {
                "strength": {"type": "number", "minimum": 0, "maximum": 1},
                "origin": {"type": "array", "items": {"type": "number"}},
            },
        },
        "example": {"steam": {"strength": 0.6, "origin": [0.5, 0.4]}},
    }
)
class EffectSettingsField(JsonObjectField):
    pass


class JobOptionsFields(StrictInput):
    """The clip settings, shared by jobs and batches."""

    ratio = serializers.ChoiceField(choices=RATIOS, default=AUTO)
    duration_s = serializers.FloatField(required=False, allow_null=True, default=None)
    resolution = serializers.ChoiceField(choices=RESOLUTIONS, default=Resolution.P720.value)
    provider = serializers.CharField(
        default=AUTO, max_length=40, help_text="A provider name, or auto for the workspace chain."
    )
    camera = serializers.ChoiceField(choices=CAMERAS, required=False, allow_null=True)
    effects = serializers.ListField(
        child=serializers.ChoiceField(choices=EFFECTS),
        required=False,
        default=list,
        max_length=MAX_EFFECTS,  # each effect costs render time: a list is never unbounded
    )
    loop = serializers.BooleanField(required=False, allow_null=True, default=None)
    effect_settings = EffectSettingsField(required=False, default=dict)
    brush = BrushField(required=False, allow_null=True, default=None)

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        attrs = super().validate(attrs)
        if attrs.get("effect_settings"):
            try:  # settings only make sense against the chosen effects
                JobOptions.from_dict(
                    {
                        "effects": attrs.get("effects") or [],
                        "effect_settings": attrs["effect_settings"],
                    }
                )
            except InvalidOptions as exc:
                raise serializers.ValidationError({"effect_settings": [exc.message]}) from None
        return attrs

    def validate_provider(self, value: str) -> str:
        enabled = engine_config.enabled_provider_names()
        if value not in (AUTO, *enabled):
            raise serializers.ValidationError(
                f"Unknown or disabled provider {value!r}; use auto or one of: {', '.join(enabled)}."
            )
        return value

    def to_options(self) -> JobOptions:
        """The clip settings, or a 422 that says which value is outside what we render."""
        try:
            return JobOptions.from_dict(self.validated_data)
        except InvalidOptions as exc:
            raise JobRejected(exc.message, code="invalid_options") from exc


class JobCreateInput(JobOptionsFields):
    """A photo (an uploaded photo's id, or the image itself) and how it should move."""

    photo_id = serializers.UUIDField(required=False, help_text="A photo uploaded earlier.")
    image = serializers.FileField(
        required=False, help_text="Or the photo itself, in the same multipart request."
    )
    prompt = serializers.CharField(max_length=1000, allow_blank=True, default="")
    webhook_url = serializers.URLField(
        max_length=500,
        required=False,
        allow_blank=True,
        default="",
        help_text="Send this job's events here instead of the workspace's endpoints.",
    )
    consent = serializers.BooleanField(default=False)

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        attrs = super().validate(attrs)
        if attrs.get("webhook_url"):
            check_target(attrs["webhook_url"])  # 422 webhook_url_rejected, before anything runs
        if bool(attrs.get("photo_id")) == bool(attrs.get("image")):
            raise serializers.ValidationError(
                {"photo_id": ["Give either photo_id or image (a file), not both or neither."]}
            )
        return attrs


class JobEventSerializer(serializers.Serializer):
    stage = serializers.CharField()
    status = serializers.CharField()
    message = serializers.CharField()
    duration_ms = serializers.IntegerField(allow_null=True)
    details = serializers.DictField()
    created_at = serializers.DateTimeField()


class AttemptSerializer(serializers.Serializer):
    number = serializers.IntegerField()
    provider = serializers.CharField()
    model = serializers.CharField()
    status = serializers.CharField()
    error_class = serializers.CharField()
    error_message = serializers.CharField()
    latency_ms = serializers.IntegerField(allow_null=True)
    qa_score = serializers.FloatField(allow_null=True)
    qa_parts = serializers.DictField(allow_null=True)
    qa_issues = serializers.ListField(child=serializers.JSONField(), allow_null=True)
    qa_not_judged = serializers.DictField(child=serializers.CharField(), allow_null=True)
    started_at = serializers.DateTimeField()
    finished_at = serializers.DateTimeField(allow_null=True)


class ClipSerializer(serializers.Serializer):
    id = serializers.UUIDField()
    width = serializers.IntegerField()
    height = serializers.IntegerField()
    frames = serializers.IntegerField()
    duration_s = serializers.FloatField()
    size_bytes = serializers.IntegerField()
    sha256 = serializers.CharField()
    signed = serializers.BooleanField()
    created_at = serializers.DateTimeField()


class JobSerializer(serializers.Serializer):
    id = serializers.UUIDField()
    status = serializers.ChoiceField(choices=STATUSES)
    progress = serializers.IntegerField(help_text="0–100, for progress bars.")
    photo_id = serializers.UUIDField()
    batch_id = serializers.UUIDField(allow_null=True)
    prompt = serializers.CharField()
    options = serializers.DictField()
    credits = serializers.IntegerField(help_text="Credits held, spent only on delivery.")
    qa_score = serializers.FloatField(allow_null=True)
    failure_stage = serializers.CharField()
    failure_reason = serializers.CharField()
    block_category = serializers.CharField()
    webhook_url = serializers.CharField()
    clip_id = serializers.SerializerMethodField()
    created_at = serializers.DateTimeField()
    started_at = serializers.DateTimeField(allow_null=True)
    finished_at = serializers.DateTimeField(allow_null=True)

    @extend_schema_field(serializers.UUIDField(allow_null=True))
    def get_clip_id(self, job: Any) -> str | None:
        clip = getattr(job, "clip", None) if job.status == JobStatus.DELIVERED else None
        return str(clip.pk) if clip else None


class JobDetailSerializer(JobSerializer):
    spec = serializers.DictField(allow_null=True)
    clip = serializers.SerializerMethodField()
    events = JobEventSerializer(many=True)
    attempts = AttemptSerializer(many=True)

    @extend_schema_field(ClipSerializer(allow_null=True))
    def get_clip(self, job: Any) -> dict | None:
        clip = getattr(job, "clip", None) if job.status == JobStatus.DELIVERED else None
        return ClipSerializer(clip).data if clip else None


class JobListSerializer(serializers.Serializer):
    results = JobSerializer(many=True)
    next_cursor = serializers.CharField(
        allow_null=True, help_text="Pass as `cursor` for the next page; null on the last page."
    )


class ClipLinkSerializer(serializers.Serializer):
    url = serializers.URLField()
    expires_at = serializers.DateTimeField()


# -- batches ------------------------------------------------------------------------------------
class BatchCreateInput(JobOptionsFields):
    """Photos and zips plus one prompt and settings (a CSV in a zip can set them per photo)."""

    files = serializers.ListField(
        child=serializers.FileField(),
        help_text="Photos and/or zips; a zip may carry a CSV (file, prompt, ratio, duration).",
    )
    prompt = serializers.CharField(max_length=1000, allow_blank=True, default="")
    name = serializers.CharField(max_length=200, allow_blank=True, default="")
    consent = serializers.BooleanField(default=False)
    start = serializers.BooleanField(
        default=True,
        help_text=(
            "Start as soon as the upload is unpacked and priced (default). False: the batch "
            "waits in `ready` with its quote until POST /batches/{id}/start."
        ),
    )


class RejectionSerializer(serializers.Serializer):
    name = serializers.CharField()
    reason = serializers.CharField()


class BatchItemSerializer(serializers.Serializer):
    job_id = serializers.UUIDField(source="id")
    file = serializers.CharField(source="photo.original_name")
    status = serializers.ChoiceField(choices=STATUSES)
    prompt = serializers.CharField()
    credits = serializers.IntegerField()
    failure_reason = serializers.CharField()
    clip_id = serializers.SerializerMethodField()

    @extend_schema_field(serializers.UUIDField(allow_null=True))
    def get_clip_id(self, job: Any) -> str | None:
        clip = getattr(job, "clip", None) if job.status == JobStatus.DELIVERED else None
        return str(clip.pk) if clip else None


class BatchQuoteItemSerializer(serializers.Serializer):
    file = serializers.CharField(source="name")
    prompt = serializers.CharField()
    options = serializers.DictField()
    credits = serializers.IntegerField()


class BatchSerializer(serializers.Serializer):
    id = serializers.UUIDField()
    name = serializers.CharField()
    # A plain string: a second `status` enum would collide with the job's in the schema.
    status = serializers.CharField(
        help_text=(
            "unpacking → ready (waits for POST /start when created with start=false) → "
            "starting → running → completed; or rejected (the whole upload, see `error`) / "
            "discarded (canceled or never started)."
        ),
    )
    error = serializers.CharField(help_text="Why the upload was refused or discarded.")
    quote = BatchQuoteItemSerializer(
        many=True, help_text="What would run and what each costs (from `ready` on)."
    )
    quoted_credits = serializers.IntegerField()
    total = serializers.IntegerField(help_text="Jobs queued for this batch.")
    credits = serializers.IntegerField(help_text="Credits held for the whole batch.")
    done = serializers.IntegerField()
    counts = serializers.DictField(child=serializers.IntegerField())
    rejected = RejectionSerializer(many=True)
    items = BatchItemSerializer(many=True)
    created_at = serializers.DateTimeField()
    completed_at = serializers.DateTimeField(allow_null=True)


# -- usage --------------------------------------------------------------------------------------
class UsageDaySerializer(serializers.Serializer):
    day = serializers.DateField()
    credits = serializers.IntegerField()


class PlanSerializer(serializers.Serializer):
    code = serializers.CharField()
    name = serializers.CharField()
    monthly_credits = serializers.IntegerField()
    max_concurrent_jobs = serializers.IntegerField()
    max_clips_per_month = serializers.IntegerField()
    max_duration_s = serializers.FloatField()
    max_resolution = serializers.CharField()
    api_requests_per_minute = serializers.IntegerField()


class UsageSerializer(serializers.Serializer):
    credits_balance = serializers.IntegerField()
    low_credit_threshold = serializers.IntegerField()
    plan = PlanSerializer()
    jobs_running = serializers.IntegerField(help_text="Sent to a worker and not yet ended.")
    jobs_waiting = serializers.IntegerField(help_text="Queued, waiting for a free slot.")
    clips_this_month = serializers.IntegerField()
    credits_per_day = UsageDaySerializer(many=True)


# -- webhooks -----------------------------------------------------------------------------------
class WebhookEndpointInput(StrictInput):
    url = serializers.URLField(max_length=500)
    events = serializers.ListField(
        child=serializers.ChoiceField(choices=SUBSCRIBABLE_EVENTS),
        required=False,
        default=list,
        help_text="Event types to receive; empty for all.",
    )
    description = serializers.CharField(max_length=120, allow_blank=True, default="")


class WebhookEndpointSerializer(serializers.Serializer):
    id = serializers.UUIDField()
    url = serializers.CharField()
    description = serializers.CharField()
    events = serializers.ListField(child=serializers.CharField())
    enabled = serializers.BooleanField()
    disabled_reason = serializers.CharField()
    failure_count = serializers.IntegerField()
    created_at = serializers.DateTimeField()


class WebhookEndpointCreatedSerializer(WebhookEndpointSerializer):
    secret = serializers.CharField(help_text="Verify the Stillmotion-Signature header with it.")


class WebhookDeliverySerializer(serializers.Serializer):
    id = serializers.UUIDField()
    event_type = serializers.CharField()
    event_id = serializers.CharField()
    status = serializers.CharField()
    attempts = serializers.IntegerField()
    response_code = serializers.IntegerField(allow_null=True)
    duration_ms = serializers.IntegerField(allow_null=True)
    next_attempt_at = serializers.DateTimeField(allow_null=True)
    last_error = serializers.CharField()
    created_at = serializers.DateTimeField()
    delivered_at = serializers.DateTimeField(allow_null=True)


class WebhookDeliveryListSerializer(serializers.Serializer):
    results = WebhookDeliverySerializer(many=True)
    next_cursor = serializers.CharField(allow_null=True)


# -- publishing -----------------------------------------------------------------------------------
PLATFORMS = [p.value for p in Platform]
PRIVACIES = [p.value for p in Privacy]
PUBLICATION_STATES = [p.value for p in PublicationState]


class ConnectedAccountSerializer(serializers.Serializer):
    """A connected social account and its health. Tokens are never part of any answer."""

    id = serializers.UUIDField()
    platform = serializers.ChoiceField(choices=PLATFORMS)
    name = serializers.CharField()
    username = serializers.CharField()
    display_name = serializers.CharField()
    # A plain string: another "status" enum (jobs') would collide in the schema's names.
    status = serializers.CharField(help_text=" | ".join(s.value for s in AccountStatus))
    token_expires_at = serializers.DateTimeField(
        allow_null=True, help_text="When the current sign-in expires; it renews by itself."
    )
    last_error = serializers.CharField(help_text="The last problem, in plain words.")
    last_error_at = serializers.DateTimeField(allow_null=True)
    last_published_at = serializers.DateTimeField(allow_null=True)
    private_only = serializers.BooleanField(
        help_text="TikTok: the app may only post “Only me” until TikTok audits it."
    )
    created_at = serializers.DateTimeField()


class AccountLimitsSerializer(serializers.Serializer):
    """What the platform allows this account right now (read live where it can be)."""

    account_id = serializers.UUIDField()
    platform = serializers.ChoiceField(choices=PLATFORMS)
    live = serializers.BooleanField(help_text="Read from the platform just now.")
    min_duration_s = serializers.FloatField()
    max_duration_s = serializers.FloatField()
    max_caption_chars = serializers.IntegerField()
    privacy = serializers.ListField(child=serializers.ChoiceField(choices=PRIVACIES))
    posts_remaining = serializers.IntegerField(allow_null=True)
    posts_allowed = serializers.IntegerField(allow_null=True)
    notes = serializers.ListField(child=serializers.CharField())
    error = serializers.CharField(help_text="Why the platform could not be asked (or empty).")


class PublicationCreateInput(serializers.Serializer):
    clip_id = serializers.UUIDField(help_text="A delivered clip of this workspace.")
    account_id = serializers.UUIDField(help_text="A connected account of this workspace.")
    caption = serializers.CharField(max_length=2200, allow_blank=True, default="")
    hashtags = serializers.ListField(
        child=serializers.CharField(max_length=100),
        required=False,
        default=list,
        help_text="Without '#'; at most 30.",
    )
    privacy = serializers.ChoiceField(choices=PRIVACIES, default=Privacy.PUBLIC.value)
    scheduled_for = serializers.DateTimeField(
        required=False,
        allow_null=True,
        default=None,
        help_text="ISO 8601 with an offset; omitted or null to publish now.",
    )
    time_zone = serializers.CharField(
        max_length=64, default="UTC", help_text="The IANA zone the time is shown in."
    )


class PublicationSerializer(serializers.Serializer):
    id = serializers.UUIDField()
    clip_id = serializers.UUIDField()
    job_id = serializers.UUIDField(source="clip.job_id")
    account_id = serializers.UUIDField(allow_null=True)
    platform = serializers.ChoiceField(choices=PLATFORMS)
    account_name = serializers.CharField()
    state = serializers.ChoiceField(choices=PUBLICATION_STATES)
    caption = serializers.CharField()
    hashtags = serializers.ListField(child=serializers.CharField())
    privacy = serializers.ChoiceField(choices=PRIVACIES)
    privacy_note = serializers.CharField()
    scheduled_for = serializers.DateTimeField()
    time_zone = serializers.CharField()
    status_note = serializers.CharField(help_text="What is happening now, in plain words.")
    progress = serializers.FloatField(allow_null=True, help_text="Upload progress, 0–1.")
    public_url = serializers.CharField(help_text="The live post; empty until it is live.")
    platform_post_id = serializers.CharField()
    failure_code = serializers.CharField()
    failure_reason = serializers.CharField()
    last_error = serializers.CharField(help_text="The last retried problem, in plain words.")
    tries = serializers.IntegerField()
    rule_id = serializers.UUIDField(allow_null=True)
    created_at = serializers.DateTimeField()
    published_at = serializers.DateTimeField(allow_null=True)
    finished_at = serializers.DateTimeField(allow_null=True)


class PublicationListSerializer(serializers.Serializer):
    results = PublicationSerializer(many=True)
    next_cursor = serializers.CharField(allow_null=True)


# -- verify -------------------------------------------------------------------------------------
class VerifyInput(StrictInput):
    file = serializers.FileField(help_text="A clip (MP4, MOV, MKV, WebM) or its JPEG poster.")


class VerifySerializer(serializers.Serializer):
    state = serializers.ChoiceField(choices=["Trusted", "Valid", "Invalid", "NotFound"])
    found = serializers.BooleanField(help_text="Stillmotion provenance was found.")
    summary = serializers.CharField()
    reasons = serializers.ListField(child=serializers.CharField())
    source = serializers.CharField(allow_null=True, help_text="manifest or watermark")
    clip_id = serializers.UUIDField(allow_null=True)
    job_id = serializers.UUIDField(allow_null=True)
    workspace = serializers.CharField(allow_null=True, help_text="The workspace that made it.")
    made_on = serializers.DateField(allow_null=True)
    watermark = serializers.DictField(allow_null=True)
