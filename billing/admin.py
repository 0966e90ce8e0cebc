"""Operator screens: plans, packs, cost rules, accounts, the (read-only) ledger, Stripe events.

Credits change only through "Grant or adjust credits", which appends an adjustment entry
recording the operator and a required reason.
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import URLPattern, path, reverse

from billing import metering, services, stripe_events
from billing.forms import CreditAdjustForm
from billing.models import (
    BillingAccount,
    CheckoutSession,
    CostRule,
    CreditPack,
    LedgerEntry,
    MeterReport,
    MeterReportStatus,
    Plan,
    StripeEvent,
)
from saas.errors import ApplicationError


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Plan)
class PlanAdmin(admin.ModelAdmin):
    list_display = (
        "name",
        "code",
        "price_cents",
        "monthly_credits",
        "overage_allowed",
        "max_concurrent_jobs",
        "max_clips_per_month",
        "max_resolution",
        "is_default",
        "is_public",
    )
    list_editable = ("monthly_credits", "max_concurrent_jobs", "is_public")
    fieldsets = (
        (None, {"fields": ("code", "name", "tagline", "price_cents", "sort_order")}),
        ("Stripe", {"fields": ("stripe_price_id", "stripe_metered_price_id")}),
        (
            "Credits",
            {
                "fields": (
                    "monthly_credits",
                    "overage_allowed",
                    "overage_cents_per_credit",
                    "overage_cap_credits",
                )
            },
        ),
        (
            "Limits",
            {
                "fields": (
                    "max_concurrent_jobs",
                    "max_clips_per_month",
                    "max_duration_s",
                    "max_resolution",
                    "max_batch_size",
                    "api_access",
                    "api_requests_per_minute",
                    "retention_days",
                )
            },
        ),
        ("Visibility", {"fields": ("is_default", "is_public")}),
    )


@admin.register(CreditPack)
class CreditPackAdmin(admin.ModelAdmin):
    list_display = ("name", "code", "credits", "price_cents", "stripe_price_id", "is_active")
    list_editable = ("is_active",)


@admin.register(CostRule)
class CostRuleAdmin(admin.ModelAdmin):
    list_display = ("provider", "resolution", "credits_per_second", "minimum_credits")
    list_editable = ("credits_per_second", "minimum_credits")
    list_filter = ("provider", "resolution")


def _adjust_url(workspace_id: Any = None) -> str:
    url = reverse("admin:billing_credits_adjust")
    return f"{url}?workspace={workspace_id}" if workspace_id else url


@admin.register(BillingAccount)
class BillingAccountAdmin(admin.ModelAdmin):
    list_display = (
        "workspace",
        "plan",
        "balance",
        "subscription_status",
        "grace_until",
        "stripe_customer_id",
    )
    list_filter = ("plan", "subscription_status", ("grace_until", admin.EmptyFieldListFilter))
    search_fields = ("workspace__name", "stripe_customer_id", "stripe_subscription_id")
    readonly_fields = ("workspace", "balance", "overage_used", "created_at", "updated_at")
    fields = (
        "workspace",
        "plan",
        "balance",
        "overage_used",
        "stripe_customer_id",
        "stripe_subscription_id",
        "subscription_status",
        "cancel_at_period_end",
        "current_period_start",
        "current_period_end",
        "grace_until",
        "created_at",
        "updated_at",
    )
    actions = ("adjust_credits", "downgrade")

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # accounts open by themselves with each workspace

    @admin.action(description="Grant or adjust credits…")
    def adjust_credits(
        self, request: HttpRequest, queryset: QuerySet[BillingAccount]
    ) -> HttpResponse:
        first = queryset.first()
        return HttpResponseRedirect(_adjust_url(first.workspace_id if first else None))

    @admin.action(description="Move to the free plan now")
    def downgrade(self, request: HttpRequest, queryset: QuerySet[BillingAccount]) -> None:
        for account in queryset.select_related("workspace"):
            services.account_downgrade(
                workspace=account.workspace, reason=f"operator {request.user}"
            )
        self.message_user(request, f"Moved {queryset.count()} workspace(s) to the free plan.")


@admin.register(LedgerEntry)
class LedgerEntryAdmin(ReadOnlyAdmin):
    list_display = (
        "created_at",
        "workspace",
        "kind",
        "credits",
        "metered_credits",
        "balance_after",
        "description",
        "created_by",
    )
    list_filter = ("kind", "created_at")
    search_fields = ("workspace__name", "idempotency_key", "job_id", "stripe_object_id")
    change_list_template = "billing/admin_ledger_change_list.html"

    def get_urls(self) -> list[URLPattern]:
        custom = [
            path(
                "adjust/",
                self.admin_site.admin_view(self.adjust_view),
                name="billing_credits_adjust",
            )
        ]
        return custom + super().get_urls()

    def adjust_view(self, request: HttpRequest) -> HttpResponse:
        if not request.user.has_perm("billing.change_billingaccount"):
            raise PermissionDenied
        form = CreditAdjustForm(
            request.POST or None, initial={"workspace": request.GET.get("workspace")}
        )
        if request.method == "POST" and form.is_valid():
            workspace = form.cleaned_data["workspace"]
            try:
                entry = services.credits_adjust(
                    workspace=workspace,
                    credits=form.cleaned_data["credits"],
                    reason=form.cleaned_data["reason"],
                    operator=request.user,  # type: ignore[arg-type]
                )
            except ApplicationError as exc:
                form.add_error(None, str(exc))
            else:
                self.message_user(
                    request,
                    f"{workspace.name}: {entry.credits:+d} credits, balance {entry.balance_after}.",
                    messages.SUCCESS,
                )
                return redirect("admin:billing_ledgerentry_changelist")
        context = {**self.admin_site.each_context(request), "form": form, "opts": self.model._meta}
        return TemplateResponse(request, "billing/admin_adjust.html", context)


@admin.register(StripeEvent)
class StripeEventAdmin(ReadOnlyAdmin):
    list_display = ("received_at", "type", "event_id", "processed_at", "attempts", "outcome")
    list_filter = ("type", ("processed_at", admin.EmptyFieldListFilter))
    search_fields = ("event_id",)
    actions = ("process_now",)

    @admin.action(description="Process unprocessed events now")
    def process_now(self, request: HttpRequest, queryset: QuerySet[StripeEvent]) -> None:
        for event in queryset.filter(processed_at__isnull=True):
            try:
                stripe_events.stripe_event_process(event_id=event.event_id)
            except Exception as exc:
                stripe_events.stripe_event_failed(event_id=event.event_id, error=repr(exc))
                self.message_user(request, f"{event.event_id}: {exc}", messages.ERROR)


@admin.register(MeterReport)
class MeterReportAdmin(ReadOnlyAdmin):
    list_display = ("created_at", "workspace", "job_id", "credits", "status", "attempts", "sent_at")
    list_filter = ("status",)
    search_fields = ("job_id", "workspace__name", "stripe_customer_id")
    actions = ("send_again",)

    @admin.action(description="Send unsent reports again")
    def send_again(self, request: HttpRequest, queryset: QuerySet[MeterReport]) -> None:
        job_ids = [
            str(j)
            for j in queryset.exclude(status=MeterReportStatus.SENT).values_list(
                "job_id", flat=True
            )
        ]
        queued = metering.meter_unreported_queue(job_ids=job_ids)
        self.message_user(request, f"Queued {queued} report(s).")


@admin.register(CheckoutSession)
class CheckoutSessionAdmin(ReadOnlyAdmin):
    list_display = ("created_at", "workspace", "kind", "plan", "pack", "completed_at")
    list_filter = ("kind",)
    search_fields = ("stripe_session_id", "workspace__name")
