"""Plans, prices, the credit ledger and what Stripe told us.

The ledger is append-only: a workspace's balance is the sum of its entries' `credits`. The
cached `BillingAccount.balance` is updated in the same transaction as every entry (under a row
lock), and `manage.py billing_check` proves the two agree.
"""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone

RESOLUTIONS = ("540p", "720p", "1080p")
RESOLUTION_RANK = {name: rank for rank, name in enumerate(RESOLUTIONS)}
ANY_PROVIDER = "*"


class Resolution(models.TextChoices):
    P540 = "540p", "540p"
    P720 = "720p", "720p"
    P1080 = "1080p", "1080p"


class Plan(models.Model):
    """A subscription tier. Operators edit these in the admin; defaults come from a migration."""

    code = models.SlugField(max_length=30, unique=True)
    name = models.CharField(max_length=60)
    tagline = models.CharField(max_length=160, blank=True)
    price_cents = models.PositiveIntegerField(
        default=0, help_text="Monthly price shown on the pricing page."
    )
    stripe_price_id = models.CharField(
        max_length=100, blank=True, help_text="Recurring price (price_…)."
    )
    monthly_credits = models.PositiveIntegerField(default=0)
    overage_allowed = models.BooleanField(default=False)
    stripe_metered_price_id = models.CharField(
        max_length=100, blank=True, help_text="Metered price for credits beyond the included ones."
    )
    overage_cents_per_credit = models.PositiveIntegerField(default=0)
    overage_cap_credits = models.PositiveIntegerField(
        default=0, help_text="Most overage credits a workspace may run up in one period."
    )
    max_concurrent_jobs = models.PositiveSmallIntegerField(default=1)
    max_clips_per_month = models.PositiveIntegerField(default=10)
    max_duration_s = models.FloatField(default=5.0)
    max_resolution = models.CharField(max_length=8, choices=Resolution.choices, default="720p")
    max_batch_size = models.PositiveSmallIntegerField(default=1)
    api_access = models.BooleanField(default=False)
    api_requests_per_minute = models.PositiveIntegerField(default=0)
    retention_days = models.PositiveIntegerField(default=7)
    is_default = models.BooleanField(
        default=False, help_text="The free plan every workspace starts on and falls back to."
    )
    is_public = models.BooleanField(default=True, help_text="Listed on the pricing page.")
    sort_order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ("sort_order", "price_cents")

    def __str__(self) -> str:
        return self.name

    @property
    def price_display(self) -> str:
        if not self.price_cents:
            return "Free"
        dollars = Decimal(self.price_cents) / 100
        return f"${dollars:,.0f}" if self.price_cents % 100 == 0 else f"${dollars:,.2f}"

    @property
    def is_free(self) -> bool:
        return self.price_cents == 0

    def allows_resolution(self, resolution: str) -> bool:
        return RESOLUTION_RANK[resolution] <= RESOLUTION_RANK[self.max_resolution]


class CreditPack(models.Model):
    """A one-time top-up sold through Checkout; its credits never expire."""

    code = models.SlugField(max_length=30, unique=True)
    name = models.CharField(max_length=60)
    credits = models.PositiveIntegerField()
    price_cents = models.PositiveIntegerField()
    stripe_price_id = models.CharField(max_length=100, blank=True)
    is_active = models.BooleanField(default=True)

    class Meta:
        ordering = ("credits",)

    def __str__(self) -> str:
        return f"{self.name} ({self.credits} credits)"

    @property
    def price_display(self) -> str:
        return f"${Decimal(self.price_cents) / 100:,.2f}".replace(".00", "")


class CostRule(models.Model):
    """Credits per second of clip for a provider and resolution (`*` = any other provider)."""

    provider = models.CharField(max_length=40, default=ANY_PROVIDER)
    resolution = models.CharField(max_length=8, choices=Resolution.choices)
    credits_per_second = models.DecimalField(max_digits=6, decimal_places=2)
    minimum_credits = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ("provider", "resolution")
        constraints = [
            models.UniqueConstraint(
                fields=("provider", "resolution"), name="one_cost_rule_per_pair"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.provider} {self.resolution}: {self.credits_per_second}/s"


class SubscriptionStatus(models.TextChoices):
    NONE = "", "No subscription"
    ACTIVE = "active", "Active"
    TRIALING = "trialing", "Trialing"
    PAST_DUE = "past_due", "Past due"
    UNPAID = "unpaid", "Unpaid"
    CANCELED = "canceled", "Canceled"
    INCOMPLETE = "incomplete", "Incomplete"
    INCOMPLETE_EXPIRED = "incomplete_expired", "Incomplete (expired)"


class BillingAccount(models.Model):
    """One per workspace: its plan, its Stripe ids, and the cached balance row we lock."""

    workspace = models.OneToOneField(
        "accounts.Workspace", on_delete=models.CASCADE, related_name="billing_account"
    )
    plan = models.ForeignKey(Plan, on_delete=models.PROTECT, related_name="accounts")
    balance = models.IntegerField(
        default=0, help_text="Cache of the ledger sum; see billing_check."
    )
    overage_used = models.PositiveIntegerField(
        default=0, help_text="Overage credits held or spent in the current period."
    )
    stripe_customer_id = models.CharField(max_length=100, blank=True, db_index=True)
    stripe_subscription_id = models.CharField(max_length=100, blank=True, db_index=True)
    subscription_status = models.CharField(
        max_length=24, choices=SubscriptionStatus.choices, blank=True, default=""
    )
    cancel_at_period_end = models.BooleanField(default=False)
    current_period_start = models.DateTimeField(null=True, blank=True)
    current_period_end = models.DateTimeField(null=True, blank=True)
    # Set when a payment fails; after it passes the workspace falls back to the free plan.
    grace_until = models.DateTimeField(null=True, blank=True)
    # `created` of the newest subscription event applied, so an older one arriving late is ignored.
    subscription_synced_at = models.DateTimeField(null=True, blank=True)
    # The verified person whose one free allowance this workspace carries: free-plan credits
    # are granted once per person, not once per workspace (new workspaces can't farm them).
    free_allowance_of = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="free_allowance_account",
    )
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=models.Q(balance__gte=0), name="balance_never_negative"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.workspace} on {self.plan}"

    @property
    def in_grace(self) -> bool:
        return self.grace_until is not None


class EntryKind(models.TextChoices):
    GRANT = "grant", "Plan credits"
    PURCHASE = "purchase", "Credit pack"
    HOLD = "hold", "Held for a clip"
    CAPTURE = "capture", "Clip delivered"
    RELEASE = "release", "Hold released"
    REFUND = "refund", "Refund"
    EXPIRY = "expiry", "Expired"
    ADJUSTMENT = "adjustment", "Adjustment"


class LedgerEntry(models.Model):
    """One movement of credits. Never updated, never deleted."""

    workspace = models.ForeignKey(
        "accounts.Workspace", on_delete=models.CASCADE, related_name="ledger_entries"
    )
    kind = models.CharField(max_length=12, choices=EntryKind.choices)
    # Signed change to the available balance (a capture moves nothing: its hold already did).
    credits = models.IntegerField()
    # Credits beyond the included ones (overage plans), reported to Stripe's meter on capture.
    metered_credits = models.PositiveIntegerField(default=0)
    balance_after = models.IntegerField()
    idempotency_key = models.CharField(max_length=200)
    job_id = models.UUIDField(null=True, blank=True, db_index=True)
    description = models.CharField(max_length=300)
    reason = models.CharField(max_length=300, blank=True)
    stripe_object_id = models.CharField(max_length=100, blank=True, db_index=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ("-created_at", "-id")
        verbose_name_plural = "ledger entries"
        constraints = [
            models.UniqueConstraint(
                fields=("workspace", "idempotency_key"), name="one_entry_per_idempotency_key"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.credits:+d} ({self.idempotency_key})"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self._state.adding:
            raise ValidationError("Ledger entries are append-only; add an adjustment instead.")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        raise ValidationError("Ledger entries are append-only; add an adjustment instead.")


class StripeEvent(models.Model):
    """Every webhook event we accepted, stored once per event id, processed once."""

    event_id = models.CharField(max_length=100, unique=True)
    type = models.CharField(max_length=80, db_index=True)
    payload = models.JSONField()
    stripe_created = models.DateTimeField(null=True, blank=True)
    received_at = models.DateTimeField(default=timezone.now)
    processed_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.TextField(blank=True)
    outcome = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ("-received_at",)

    def __str__(self) -> str:
        return f"{self.type} {self.event_id}"


class CheckoutKind(models.TextChoices):
    SUBSCRIPTION = "subscription", "Subscription"
    CREDIT_PACK = "credit_pack", "Credit pack"


class CheckoutSession(models.Model):
    """A Checkout Session we opened, so the success page can tell when its webhook landed."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    workspace = models.ForeignKey(
        "accounts.Workspace", on_delete=models.CASCADE, related_name="checkout_sessions"
    )
    stripe_session_id = models.CharField(max_length=200, unique=True)
    kind = models.CharField(max_length=16, choices=CheckoutKind.choices)
    plan = models.ForeignKey(Plan, null=True, blank=True, on_delete=models.SET_NULL)
    pack = models.ForeignKey(CreditPack, null=True, blank=True, on_delete=models.SET_NULL)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    completed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ("-created_at",)

    def __str__(self) -> str:
        return f"{self.kind} {self.stripe_session_id}"


class MeterReportStatus(models.TextChoices):
    PENDING = "pending", "Pending"
    SENT = "sent", "Sent"
    FAILED = "failed", "Failed"


class MeterReport(models.Model):
    """Overage credits of one delivered job, reported to Stripe's billing meter once."""

    workspace = models.ForeignKey(
        "accounts.Workspace", on_delete=models.CASCADE, related_name="meter_reports"
    )
    job_id = models.UUIDField(unique=True)
    credits = models.PositiveIntegerField()
    stripe_customer_id = models.CharField(max_length=100)
    status = models.CharField(
        max_length=10, choices=MeterReportStatus.choices, default=MeterReportStatus.PENDING
    )
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ("-created_at",)

    def __str__(self) -> str:
        return f"{self.credits} overage credits for job {self.job_id} ({self.status})"
