"""Vendor callbacks: verified (Replicate's HMAC, fal's Ed25519) and always re-fetched.

The flow polls each task until it ends, so a callback never decides anything by itself: it
is a hint that the vendor has news. We verify it, read the task's real status from the
vendor's API, and record what the vendor says on the job that owns the task.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from pipeline.models import Attempt
from pipeline.services import event_record

logger = logging.getLogger(__name__)


@csrf_exempt
@require_POST
def provider_callback(request: HttpRequest, provider: str) -> HttpResponse:
    from engine.providers.callbacks import CallbackRejected, status_from_callback
    from engine.providers.registry import ConfigError, build_provider

    try:
        vendor = build_provider(provider, settings.PROVIDERS_CONFIG)
    except ConfigError:
        return JsonResponse({"error": "unknown or disabled provider"}, status=404)
    try:
        task_id, status = status_from_callback(
            vendor,
            headers={k.lower(): v for k, v in request.headers.items()},
            body=request.body,
            replicate_secret=getattr(settings, "REPLICATE_WEBHOOK_SECRET", "") or None,
            fal_jwks=getattr(settings, "FAL_JWKS", None),
        )
    except CallbackRejected as exc:
        logger.warning("rejected %s callback: %s", provider, exc)
        return JsonResponse({"error": "callback rejected"}, status=400)
    except Exception:  # the re-fetch failed: the polling loop will see the result anyway
        logger.exception("could not re-fetch %s task after a callback", provider)
        return JsonResponse({"status": "noted"}, status=202)
    attempt = (
        Attempt.objects.select_related("job")
        .filter(provider=provider, vendor_task_id=task_id)
        .first()
    )
    if attempt is not None:
        event_record(
            job=attempt.job,
            stage="generating",
            status="info",
            message=f"{provider} reports task {task_id} is {status.state.value} (confirmed).",
        )
    return JsonResponse({"status": "ok"})
