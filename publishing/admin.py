"""Operators: connected accounts (health only: tokens are never shown), publications with
their timeline, and re-queueing a stuck or failed post."""

from __future__ import annotations

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest

from publishing import services
from publishing.models import (
    AutoPublishRule,
    ConnectedAccount,
    Publication,
    PublicationEvent,
    PublicationState,
)
from saas.errors import ApplicationError


@admin.register(ConnectedAccount)
class ConnectedAccountAdmin(admin.ModelAdmin):
    list_display = (
        "display_name",
        "platform",
        "workspace",
        "status",
        "token_expires_at",
        "last_error",
        "last_published_at",
    )
    list_filter = ("platform", "status")
    search_fields = ("name", "username", "external_id", "workspace__name")
    # `tokens` (the ciphertext) is deliberately left out of every admin screen.
    fields = (
        "workspace",
        "platform",
        "external_id",
        "name",
        "username",
        "status",
        "token_expires_at",
        "refresh_expires_at",
        "scopes",
        "last_refreshed_at",
        "last_error",
        "last_error_at",
        "last_published_at",
        "private_only",
        "connected_by",
        "created_at",
    )
    readonly_fields = fields
    list_select_related = ("workspace",)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False


class PublicationEventInline(admin.TabularInline):
    model = PublicationEvent
    extra = 0
    can_delete = False
    fields = ("created_at", "kind", "message")
    readonly_fields = fields


@admin.register(Publication)
class PublicationAdmin(admin.ModelAdmin):
    list_display = (
        "id",
        "workspace",
        "platform",
        "account_name",
        "state",
        "scheduled_for",
        "tries",
        "failure_code",
        "published_at",
    )
    list_filter = ("state", "platform", "failure_code")
    search_fields = ("id", "account_name", "workspace__name", "failure_reason", "public_url")
    # The saved upload session carries upload URLs with their own tokens: not shown.
    exclude = ("session",)
    readonly_fields = [f.name for f in Publication._meta.fields if f.name != "session"]
    inlines = (PublicationEventInline,)
    actions = ("retry",)
    list_select_related = ("workspace",)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    @admin.action(description="Try failed posts again")
    def retry(self, request: HttpRequest, queryset: QuerySet[Publication]) -> None:
        done = 0
        for publication in queryset.filter(state=PublicationState.FAILED).select_related(
            "workspace"
        ):
            try:
                services.publication_retry(
                    workspace=publication.workspace, membership=None, publication=publication
                )
                done += 1
            except ApplicationError as exc:
                messages.warning(request, f"{publication.pk}: {exc.message}")
        messages.success(request, f"{done} post(s) queued again.")


@admin.register(AutoPublishRule)
class AutoPublishRuleAdmin(admin.ModelAdmin):
    list_display = ("name", "workspace", "account", "scope", "max_per_day", "enabled")
    list_filter = ("scope", "enabled")
    readonly_fields = ("created_at",)
    list_select_related = ("workspace", "account")
