"""Re-encrypt every connected account's tokens with the newest PUBLISHING_TOKEN_KEYS key."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand
from django.db import transaction

from publishing.models import ConnectedAccount
from publishing.vault import TokensUnreadable, rotate


class Command(BaseCommand):
    help = (
        "Re-encrypt stored OAuth tokens with the first key of PUBLISHING_TOKEN_KEYS. Run it "
        "after putting a new key first; drop the old key afterwards."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        rotated = unreadable = 0
        for pk in ConnectedAccount.objects.values_list("pk", flat=True):
            with transaction.atomic():
                account = ConnectedAccount.objects.select_for_update().get(pk=pk)
                try:
                    account.tokens = rotate(account.tokens)
                except TokensUnreadable:
                    unreadable += 1
                    continue
                account.save(update_fields=["tokens"])
                rotated += 1
        self.stdout.write(f"Re-encrypted {rotated} account(s) with the newest key.")
        if unreadable:
            self.stdout.write(
                f"{unreadable} account(s) could not be read with any configured key; they "
                "must be connected again."
            )
