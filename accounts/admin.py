from __future__ import annotations

from datetime import timedelta

from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.db.models import Count, Q, QuerySet
from django.http import HttpRequest
from django.utils import timezone

from accounts import services
from accounts.models import Invitation, Membership, User, Workspace
from engine.safety.policy import Category


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    ordering = ("email",)
    list_display = ("email", "name", "is_active", "is_staff", "date_joined", "last_login")
    list_filter = ("is_active", "is_staff", "is_superuser", "date_joined")
    search_fields = ("email", "name")
    fieldsets = (
        (None, {"fields": ("email", "password", "name")}),
        ("Status", {"fields": ("is_active", "is_staff", "is_superuser", "groups")}),
        ("Dates", {"fields": ("last_login", "date_joined")}),
    )
    add_fieldsets = ((None, {"classes": ("wide",), "fields": ("email", "password1", "password2")}),)
    readonly_fields = ("last_login", "date_joined")


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ("user",)


@admin.register(Workspace)
class WorkspaceAdmin(admin.ModelAdmin):
    list_display = (
        "name",
        "is_personal",
        "face_policy",
        "blocked_jobs_7d",
        "vendor_refusals_7d",
        "created_at",
        "suspended_at",
    )
    list_filter = ("is_personal", "face_policy", ("suspended_at", admin.EmptyFieldListFilter))
    search_fields = ("name", "memberships__user__email", "id")
    readonly_fields = ("id", "created_at", "created_by")
    inlines = (MembershipInline,)
    actions = ("suspend", "unsuspend")

    def get_queryset(self, request: HttpRequest) -> QuerySet[Workspace]:
        # Blocked jobs of the last 7 days: a workspace that keeps trying stands out.
        since = timezone.now() - timedelta(days=7)
        return (
            super()
            .get_queryset(request)
            .annotate(
                blocked_recent=Count(
                    "jobs", filter=Q(jobs__status="blocked", jobs__created_at__gte=since)
                ),
                # Jobs a video vendor refused for content (never retried elsewhere).
                refused_recent=Count(
                    "jobs",
                    filter=Q(
                        jobs__status="blocked",
                        jobs__block_category=str(Category.VENDOR_REFUSED),
                        jobs__created_at__gte=since,
                    ),
                ),
            )
        )

    @admin.display(description="Blocked (7 days)", ordering="blocked_recent")
    def blocked_jobs_7d(self, workspace: Workspace) -> int:
        return workspace.blocked_recent  # type: ignore[attr-defined]

    @admin.display(description="Vendor refusals (7 days)", ordering="refused_recent")
    def vendor_refusals_7d(self, workspace: Workspace) -> int:
        return workspace.refused_recent  # type: ignore[attr-defined]

    @admin.action(description="Suspend selected workspaces (nothing runs for them)")
    def suspend(self, request: HttpRequest, queryset: QuerySet[Workspace]) -> None:
        for workspace in queryset:
            services.workspace_suspend(
                workspace=workspace, reason=f"Suspended by an operator ({request.user})."
            )
        self.message_user(request, f"Suspended {queryset.count()} workspace(s).", messages.SUCCESS)

    @admin.action(description="Lift the suspension")
    def unsuspend(self, request: HttpRequest, queryset: QuerySet[Workspace]) -> None:
        for workspace in queryset:
            services.workspace_unsuspend(workspace=workspace)
        self.message_user(
            request, f"Reactivated {queryset.count()} workspace(s).", messages.SUCCESS
        )


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ("user", "workspace", "role", "created_at")
    list_filter = ("role",)
    search_fields = ("user__email", "workspace__name")
    autocomplete_fields = ("user", "workspace")


@admin.register(Invitation)
class InvitationAdmin(admin.ModelAdmin):
    list_display = ("email", "workspace", "role", "created_at", "expires_at", "status")
    list_filter = ("role", ("accepted_at", admin.EmptyFieldListFilter))
    search_fields = ("email", "workspace__name")
    readonly_fields = ("token_hash", "accepted_at", "accepted_by", "created_at")
    exclude = ()
