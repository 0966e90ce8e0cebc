"""The C2PA signing material of this process: configured, or the local development chain."""

from __future__ import annotations

import functools

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from engine.provenance.dev_cert import (
    SigningMaterial,
    ensure_dev_certificate,
    load_signing_material,
)


@functools.cache
def signing_material() -> SigningMaterial:
    """Loaded once per process; the signer built from it is cached by the stage too."""
    if settings.C2PA_CERT_FILE and settings.C2PA_KEY_FILE:
        return load_signing_material(
            settings.C2PA_CERT_FILE,
            settings.C2PA_KEY_FILE,
            root_file=settings.C2PA_ROOT_FILE or None,
            tsa_url=settings.C2PA_TSA_URL or None,
        )
    if getattr(settings, "PRODUCTION", False):
        raise ImproperlyConfigured("Production needs C2PA_CERT_FILE and C2PA_KEY_FILE.")
    return ensure_dev_certificate(settings.C2PA_DEV_DIR)


def trust_anchor() -> bytes | None:
    return signing_material().root_pem
