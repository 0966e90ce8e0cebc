"""Overage usage reported to Stripe's billing meter, once per delivered job, and reconciled."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime

from django.db.models import F
from django.utils import timezone

from billing import stripe_gateway, tasks
from billing.errors import PaymentProviderError
from billing.models import LedgerEntry, MeterReport, MeterReportStatus
from billing.selectors import overage_credits_captured

log = logging.getLogger(__name__)


def meter_report_send(*, report_id: int) -> str:
    """Send one report. The job id is the meter event `identifier`, so a retry after a crash
    between Stripe's answer and our update can't be counted twice by Stripe."""
    report = MeterReport.objects.filter(pk=report_id).first()
    if report is None:
        return "unknown report"
    if report.status == MeterReportStatus.SENT:
        return "already sent"
    if not stripe_gateway.is_enabled():
        MeterReport.objects.filter(pk=report_id).update(
            status=MeterReportStatus.FAILED, last_error="Stripe is not configured."
        )
        return "stripe off"
    MeterReport.objects.filter(pk=report_id).update(attempts=F("attempts") + 1)
    try:
        stripe_gateway.meter_event_create(
            customer_id=report.stripe_customer_id,
            credits=report.credits,
            identifier=str(report.job_id),
            timestamp=int(report.created_at.timestamp()),
        )
        outcome = "sent"
    except stripe_gateway.MeterEventDuplicate:
        outcome = "already known to Stripe"
    except PaymentProviderError as exc:
        MeterReport.objects.filter(pk=report_id).update(last_error=str(exc)[:2000])
        raise
    MeterReport.objects.filter(pk=report_id).update(
        status=MeterReportStatus.SENT, sent_at=timezone.now(), last_error=""
    )
    return outcome


def meter_reports_requeue(*, older_than: datetime) -> int:
    pending = MeterReport.objects.filter(
        status=MeterReportStatus.PENDING, created_at__lte=older_than
    ).values_list("pk", flat=True)[:500]
    for report_id in pending:
        tasks.meter_event_report.delay(report_id)
    return len(pending)


@dataclass
class Reconciliation:
    """Differences between overage in the ledger and what was reported to the meter."""

    unreported: dict[str, int] = field(default_factory=dict)  # job → credits never sent
    mismatched: dict[str, tuple[int, int]] = field(default_factory=dict)  # job → (ledger, sent)
    unexpected: dict[str, int] = field(default_factory=dict)  # reported with no capture
    ledger_total: int = 0
    reported_total: int = 0

    @property
    def ok(self) -> bool:
        return not (self.unreported or self.mismatched or self.unexpected)


def meter_reconcile() -> Reconciliation:
    ledger = overage_credits_captured()
    sent = {
        str(job_id): credits
        for job_id, credits in MeterReport.objects.filter(
            status=MeterReportStatus.SENT
        ).values_list("job_id", "credits")
    }
    result = Reconciliation(ledger_total=sum(ledger.values()), reported_total=sum(sent.values()))
    for job_id, credits in ledger.items():
        if job_id not in sent:
            result.unreported[job_id] = credits
        elif sent[job_id] != credits:
            result.mismatched[job_id] = (credits, sent[job_id])
    for job_id, credits in sent.items():
        if job_id not in ledger:
            result.unexpected[job_id] = credits
    return result


def meter_unreported_queue(*, job_ids: list[str]) -> int:
    """Create (or re-queue) reports for captures the meter never heard about."""
    queued = 0
    for capture in LedgerEntry.objects.filter(
        kind="capture", job_id__in=job_ids, metered_credits__gt=0
    ).select_related("workspace__billing_account"):
        report, _ = MeterReport.objects.get_or_create(
            job_id=capture.job_id,
            defaults={
                "workspace_id": capture.workspace_id,
                "credits": capture.metered_credits,
                "stripe_customer_id": capture.workspace.billing_account.stripe_customer_id,
            },
        )
        if report.status != MeterReportStatus.SENT:
            MeterReport.objects.filter(pk=report.pk).update(status=MeterReportStatus.PENDING)
            tasks.meter_event_report.delay(report.pk)
            queued += 1
    return queued
