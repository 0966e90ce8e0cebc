from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand

from engine.provenance.dev_cert import ensure_dev_certificate


class Command(BaseCommand):
    help = "Create (once) the local development C2PA root and signing certificate under var/."

    def handle(self, *args: Any, **options: Any) -> None:
        material = ensure_dev_certificate(settings.C2PA_DEV_DIR)
        self.stdout.write(
            f"Development C2PA chain in {settings.C2PA_DEV_DIR} "
            f"({'development' if material.is_development else 'configured'} certificate). "
            "Not for production: set C2PA_CERT_FILE and C2PA_KEY_FILE there."
        )
