"""Downgrade workspaces whose payment grace period has ended (also a daily beat task)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from billing import services


class Command(BaseCommand):
    help = "Move workspaces whose failed-payment grace period is over to the free plan."

    def handle(self, *args: Any, **options: Any) -> None:
        downgraded = services.grace_expired_downgrade()
        for workspace in downgraded:
            self.stdout.write(f"downgraded {workspace} ({workspace.pk})")
        self.stdout.write(f"{len(downgraded)} workspace(s) downgraded.")
