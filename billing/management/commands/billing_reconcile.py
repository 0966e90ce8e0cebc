"""Compare overage in the ledger with what was reported to Stripe's meter (exit 1 if not)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from billing import metering


class Command(BaseCommand):
    help = "Compare metered (overage) credits in the ledger with the meter events reported."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--fix", action="store_true", help="Queue reports for captures never reported."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        result = metering.meter_reconcile()
        self.stdout.write(
            f"Ledger overage: {result.ledger_total} credits; reported: {result.reported_total}."
        )
        for job_id, credits in result.unreported.items():
            self.stderr.write(f"not reported: job {job_id}, {credits} credits")
        for job_id, (ledger, sent) in result.mismatched.items():
            self.stderr.write(f"amount differs: job {job_id}, ledger {ledger}, reported {sent}")
        for job_id, credits in result.unexpected.items():
            self.stderr.write(f"reported without a capture: job {job_id}, {credits} credits")
        if options["fix"] and result.unreported:
            queued = metering.meter_unreported_queue(job_ids=list(result.unreported))
            self.stdout.write(f"Queued {queued} report(s).")
        if not result.ok:
            raise CommandError("Meter reports and the ledger disagree.")
        self.stdout.write("OK: every overage credit in the ledger was reported once.")
