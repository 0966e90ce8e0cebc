"""Operators: jobs with their attempts and events, blocked jobs and why, protected people,
and provider health."""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest
from django.template.response import TemplateResponse
from django.urls import path

from engine.safety.policy import category_label
from pipeline import selectors, services
from pipeline.models import (
    ACTIVE_STATUSES,
    Attempt,
    Clip,
    Job,
    JobEvent,
    Photo,
    ProtectedIdentity,
)
from saas.errors import ApplicationError


class AttemptInline(admin.TabularInline):
    model = Attempt
    extra = 0
    can_delete = False
    fields = (
        "number",
        "provider",
        "model",
        "status",
        "error_class",
        "error_message",
        "latency_ms",
        "cost_cents",
        "qa_score",
    )
    readonly_fields = fields


class JobEventInline(admin.TabularInline):
    model = JobEvent
    extra = 0
    can_delete = False
    fields = ("created_at", "stage", "status", "message", "duration_ms")
    readonly_fields = fields


@admin.register(Job)
class JobAdmin(admin.ModelAdmin):
    list_display = (
        "id",
        "workspace",
        "status",
        "failure_stage",
        "blocked_because",
        "qa_score",
        "credits",
        "tries",
        "created_at",
    )
    list_filter = ("status", "failure_stage", "block_category", "created_at")
    search_fields = ("id", "prompt", "workspace__name", "failure_reason")
    readonly_fields = [f.name for f in Job._meta.fields]
    inlines = (AttemptInline, JobEventInline)
    actions = ("requeue", "cancel")
    list_select_related = ("workspace",)

    @admin.display(description="Blocked because", ordering="block_category")
    def blocked_because(self, job: Job) -> str:
        # Old stored names (nudity_real_person, hate_extremism) are shown as today's categories.
        return category_label(job.block_category)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    @admin.action(description="Re-queue (run again from the stage it stopped at)")
    def requeue(self, request: HttpRequest, queryset: QuerySet[Job]) -> None:
        count = sum(
            services.job_requeue(job=job, why="Re-queued by an operator.", fresh_tries=True)
            for job in queryset.filter(status__in=ACTIVE_STATUSES)
        )
        self.message_user(request, f"Re-queued {count} active job(s); ended jobs are skipped.")

    @admin.action(description="Cancel (releases the credits)")
    def cancel(self, request: HttpRequest, queryset: QuerySet[Job]) -> None:
        count = 0
        for job in queryset.select_related("workspace"):
            try:
                services.job_cancel(workspace=job.workspace, job=job, user=request.user)  # type: ignore[arg-type]
                count += 1
            except ApplicationError as exc:
                self.message_user(request, f"{job.pk}: {exc}", messages.WARNING)
        self.message_user(request, f"Canceled {count} job(s).")


@admin.register(Attempt)
class AttemptAdmin(admin.ModelAdmin):
    list_display = (
        "job",
        "number",
        "provider",
        "status",
        "error_class",
        "latency_ms",
        "cost_cents",
        "qa_score",
        "started_at",
    )
    list_filter = ("provider", "status", "error_class")
    search_fields = ("job__id", "vendor_task_id")
    readonly_fields = [f.name for f in Attempt._meta.fields]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def get_urls(self):  # type: ignore[no-untyped-def]
        return [
            path(
                "health/",
                self.admin_site.admin_view(self.health_view),
                name="pipeline_provider_health",
            ),
            *super().get_urls(),
        ]

    def health_view(self, request: HttpRequest) -> TemplateResponse:
        context = {
            **self.admin_site.each_context(request),
            "title": "Provider health",
            "rows": selectors.provider_health(),
        }
        return TemplateResponse(request, "admin/pipeline/provider_health.html", context)


@admin.register(JobEvent)
class JobEventAdmin(admin.ModelAdmin):
    list_display = ("job", "stage", "status", "message", "duration_ms", "created_at")
    list_filter = ("stage", "status")
    search_fields = ("job__id", "message")
    readonly_fields = [f.name for f in JobEvent._meta.fields]


@admin.register(Photo)
class PhotoAdmin(admin.ModelAdmin):
    list_display = (
        "original_name",
        "workspace",
        "width",
        "height",
        "faces",
        "consent_at",
        "created_at",
    )
    search_fields = ("original_name", "sha256", "workspace__name")
    readonly_fields = [f.name for f in Photo._meta.fields]


@admin.register(Clip)
class ClipAdmin(admin.ModelAdmin):
    list_display = ("job", "workspace", "width", "height", "duration_s", "signed", "created_at")
    search_fields = ("job__id", "sha256", "watermark_code")
    readonly_fields = [f.name for f in Clip._meta.fields]


class ProtectedIdentityForm(forms.ModelForm):
    upload = forms.ImageField(required=True, help_text="A clear, front-facing photo of the person.")

    class Meta:
        model = ProtectedIdentity
        fields = ("label", "workspace")


@admin.register(ProtectedIdentity)
class ProtectedIdentityAdmin(admin.ModelAdmin):
    list_display = ("label", "workspace", "created_by", "created_at")
    list_filter = (("workspace", admin.EmptyFieldListFilter),)
    search_fields = ("label",)
    form = ProtectedIdentityForm

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return obj is None  # enrol anew rather than edit an embedding

    def save_model(self, request, obj, form, change):  # type: ignore[no-untyped-def]
        upload = form.cleaned_data["upload"]
        try:
            created = services.protected_identity_add(
                workspace=form.cleaned_data.get("workspace"),
                label=form.cleaned_data["label"],
                data=upload.read(),
                filename=upload.name,
                user=request.user,
            )
        except ApplicationError as exc:
            self.message_user(request, str(exc), messages.ERROR)
            raise
        obj.pk = created.pk
