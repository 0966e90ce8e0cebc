"""Prove that every workspace's cached balance equals the sum of its ledger (exit 1 if not)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError
from django.db.models import Sum

from billing.models import BillingAccount, LedgerEntry


class Command(BaseCommand):
    help = "Compare each workspace's cached balance with its ledger sum; exit non-zero on mismatch."

    def handle(self, *args: Any, **options: Any) -> None:
        sums = dict(
            LedgerEntry.objects.values("workspace_id")
            .annotate(total=Sum("credits"))
            .values_list("workspace_id", "total")
        )
        mismatches = []
        checked = 0
        for account in BillingAccount.objects.select_related("workspace"):
            checked += 1
            ledger = int(sums.pop(account.workspace_id, 0) or 0)
            if ledger != account.balance or account.balance < 0:
                mismatches.append(
                    f"{account.workspace} ({account.workspace_id}): cached {account.balance}, "
                    f"ledger {ledger}"
                )
        for workspace_id, total in sums.items():
            mismatches.append(f"workspace {workspace_id}: ledger {total} but no billing account")
        for line in mismatches:
            self.stderr.write(line)
        if mismatches:
            raise CommandError(f"{len(mismatches)} of {checked} balances disagree with the ledger.")
        self.stdout.write(f"OK: {checked} balances match the ledger.")
