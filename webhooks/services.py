"""Writes for outgoing webhooks: endpoints, events, signed delivery attempts, retries.

An event becomes one `WebhookDelivery` per subscribed endpoint (or one to a job's own
`webhook_url`). Event ids are derived from what happened (`job.delivered` of job X), and a
delivery is unique per (endpoint, event id), so an event emitted twice is delivered once.
Attempts run in Celery (queue "light"); a failure is retried with exponential backoff for
24 hours; an endpoint that keeps failing is disabled and the workspace's admins are emailed.
"""

from __future__ import annotations

import hashlib
import json
import logging
import random
import secrets
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import httpx
from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import F
from django.urls import reverse
from django.utils import timezone

from accounts.models import Membership, Role, Workspace
from batches.models import Batch
from billing.selectors import plan_for
from pipeline.links import clip_download_link
from pipeline.models import ACTIVE_STATUSES, Clip, Job, JobStatus
from publishing.models import Publication, PublicationState
from saas.text import one_line
from webhooks import signing, tasks
from webhooks.errors import EndpointRuleViolated, WebhooksError
from webhooks.models import (
    SUBSCRIBABLE_EVENTS,
    DeliveryStatus,
    EventType,
    WebhookDelivery,
    WebhookEndpoint,
    WebhookState,
)
from webhooks.ssrf import check_target

logger = logging.getLogger(__name__)

MAX_ENDPOINTS = 20
USER_AGENT = "Stillmotion-Webhooks/1.0 (+https://stillmotion.app/docs/webhooks)"
# While one attempt is in flight no other worker may start the same delivery.
ATTEMPT_LEASE = timedelta(seconds=90)

JOB_EVENTS = {
    JobStatus.DELIVERED: EventType.JOB_DELIVERED,
    JobStatus.FAILED: EventType.JOB_FAILED,
    JobStatus.FAILED_QA: EventType.JOB_FAILED,
    JobStatus.BLOCKED: EventType.JOB_BLOCKED,
}


def _setting(name: str, default: Any) -> Any:
    return getattr(settings, name, default)


def retry_base_s() -> float:
    return float(_setting("WEBHOOKS_RETRY_BASE_S", 30))


def retry_window() -> timedelta:
    return timedelta(seconds=float(_setting("WEBHOOKS_RETRY_WINDOW_S", 24 * 3600)))


def disable_after() -> int:
    return int(_setting("WEBHOOKS_DISABLE_AFTER_FAILURES", 15))


# -- endpoints ---------------------------------------------------------------------------------
def _clean_events(events: list[str] | None) -> list[str]:
    events = [e.strip() for e in events or [] if e and e.strip()]
    unknown = sorted(set(events) - set(SUBSCRIBABLE_EVENTS))
    if unknown:
        raise EndpointRuleViolated(
            f"Unknown event type {', '.join(unknown)}. Choose from {', '.join(SUBSCRIBABLE_EVENTS)}."
        )
    return sorted(set(events))


@transaction.atomic
def endpoint_create(
    *, workspace: Workspace, url: str, events: list[str] | None = None, description: str = ""
) -> WebhookEndpoint:
    url = url.strip()
    check_target(url)
    if WebhookEndpoint.objects.filter(workspace=workspace).count() >= MAX_ENDPOINTS:
        raise EndpointRuleViolated(
            f"A workspace can have {MAX_ENDPOINTS} webhook endpoints. Delete one you don't use."
        )
    return WebhookEndpoint.objects.create(
        workspace=workspace,
        url=url,
        description=one_line(description, what="The description", field="description")[:120],
        secret=signing.new_secret(),
        events=_clean_events(events),
    )


@transaction.atomic
def endpoint_delete(*, workspace: Workspace, endpoint: WebhookEndpoint) -> None:
    WebhookEndpoint.objects.filter(workspace=workspace, pk=endpoint.pk).delete()


@transaction.atomic
def endpoint_enable(*, workspace: Workspace, endpoint: WebhookEndpoint) -> WebhookEndpoint:
    """Turn a disabled endpoint back on, with a clean failure count."""
    check_target(endpoint.url)
    WebhookEndpoint.objects.filter(workspace=workspace, pk=endpoint.pk).update(
        enabled=True, disabled_reason="", failure_count=0
    )
    endpoint.refresh_from_db()
    return endpoint


def state_ensure(*, workspace: Workspace) -> WebhookState:
    state = WebhookState.objects.filter(workspace=workspace).first()
    if state is not None:
        return state
    try:
        with transaction.atomic():
            return WebhookState.objects.create(
                workspace=workspace, job_url_secret=signing.new_secret()
            )
    except IntegrityError:
        return WebhookState.objects.get(workspace=workspace)


# -- events ------------------------------------------------------------------------------------
def event_id_for(event_type: str, subject: str) -> str:
    """The same happening always gets the same id (receivers can de-duplicate on it)."""
    return "evt_" + hashlib.sha256(f"{event_type}:{subject}".encode()).hexdigest()[:32]


def _envelope(*, workspace: Workspace, event_type: str, event_id: str, data: dict) -> dict:
    return {
        "id": event_id,
        "type": event_type,
        "created": int(time.time()),
        "workspace_id": str(workspace.pk),
        "data": data,
    }


def _schedule(delivery_ids: list[str], countdown: float | None = None) -> None:
    for delivery_id in delivery_ids:
        tasks.deliver_webhook.apply_async((delivery_id,), countdown=countdown, queue="light")


@transaction.atomic
def event_emit(
    *,
    workspace: Workspace,
    event_type: str,
    data: dict,
    event_id: str | None = None,
    url_override: str = "",
    endpoints: list[WebhookEndpoint] | None = None,
) -> list[WebhookDelivery]:
    """Record one delivery per subscribed, enabled endpoint (or to `url_override`) and send
    them after commit. Emitting the same event id again adds nothing."""
    event_id = event_id or "evt_" + secrets.token_hex(16)
    payload = _envelope(workspace=workspace, event_type=event_type, event_id=event_id, data=data)
    targets: list[tuple[WebhookEndpoint | None, str]]
    if url_override:
        targets = [(None, url_override)]
    else:
        candidates = endpoints
        if candidates is None:
            candidates = list(WebhookEndpoint.objects.filter(workspace=workspace, enabled=True))
        targets = [(e, e.url) for e in candidates if e.enabled and e.wants(event_type)]
    created: list[WebhookDelivery] = []
    for endpoint, url in targets:
        try:
            with transaction.atomic():
                created.append(
                    WebhookDelivery.objects.create(
                        workspace=workspace,
                        endpoint=endpoint,
                        url=url,
                        event_type=event_type,
                        event_id=event_id,
                        payload=payload,
                        next_attempt_at=timezone.now(),
                    )
                )
        except IntegrityError:
            continue  # this event already went (or is going) to this target
    ids = [str(d.pk) for d in created]
    if ids:
        transaction.on_commit(lambda: _schedule(ids))
    return created


def test_event_send(*, workspace: Workspace, endpoint: WebhookEndpoint) -> WebhookDelivery:
    if not endpoint.enabled:
        raise EndpointRuleViolated(
            "This endpoint is disabled. Turn it back on before sending a test event."
        )
    data = {
        "message": "This is a test event from Stillmotion. Your endpoint is reachable.",
        "endpoint_id": str(endpoint.pk),
    }
    deliveries = event_emit(
        workspace=workspace, event_type=EventType.TEST, data=data, endpoints=[endpoint]
    )
    return deliveries[0]


# -- what the pipeline tells us ----------------------------------------------------------------
def _job_data(job: Job) -> dict[str, Any]:
    clip = Clip.objects.filter(job=job).first() if job.status == JobStatus.DELIVERED else None
    return {
        "job": {
            "id": str(job.pk),
            "status": job.status,
            "prompt": job.prompt,
            "options": job.options,
            "credits": job.credits,
            "qa_score": job.qa_score,
            "failure_stage": job.failure_stage,
            "failure_reason": job.failure_reason,
            "block_category": job.block_category,
            "batch_id": str(job.batch_id) if job.batch_id else None,
            "created_at": job.created_at.isoformat(),
            "finished_at": job.finished_at.isoformat() if job.finished_at else None,
            "url": settings.SITE_URL + reverse("job_detail", args=[job.pk]),
        },
        "clip": _clip_data(clip) if clip else None,
        "qa_score": job.qa_score,
    }


def _clip_data(clip: Clip) -> dict[str, Any]:
    # `download_url` is filled in at each attempt, so the link is fresh when it arrives.
    return {
        "id": str(clip.pk),
        "width": clip.width,
        "height": clip.height,
        "duration_s": clip.duration_s,
        "size_bytes": clip.size_bytes,
        "sha256": clip.sha256,
        "signed": clip.signed,
        "download_url": None,
        "download_url_expires_at": None,
    }


def job_event_emit(*, job_id: str) -> list[WebhookDelivery]:
    """The webhook for a job that ended (`job.delivered` / `job.failed` / `job.blocked`)."""
    job = Job.objects.select_related("workspace").get(pk=job_id)
    event_type = JOB_EVENTS.get(JobStatus(job.status))
    if event_type is None:  # canceled: the user did it, nobody needs telling
        return []
    return event_emit(
        workspace=job.workspace,
        event_type=event_type,
        data=_job_data(job),
        event_id=event_id_for(event_type, str(job.pk)),
        url_override=job.webhook_url,
    )


def batch_event_emit(*, batch_id: str) -> list[WebhookDelivery]:
    """`batch.completed`, with the count of each outcome."""
    batch = Batch.objects.select_related("workspace").get(pk=batch_id)
    counts = {status: 0 for status in JobStatus.values if status not in ACTIVE_STATUSES}
    for status in Job.objects.filter(
        workspace_id=batch.workspace_id, batch_id=batch.pk
    ).values_list("status", flat=True):
        counts[status] = counts.get(status, 0) + 1
    return event_emit(
        workspace=batch.workspace,
        event_type=EventType.BATCH_COMPLETED,
        data={
            "batch": {
                "id": str(batch.pk),
                "name": batch.name,
                "total": batch.total,
                "counts": counts,
                "rejected": batch.rejected,
                "completed_at": batch.completed_at.isoformat() if batch.completed_at else None,
                "url": settings.SITE_URL + reverse("batch_detail", args=[batch.pk]),
            }
        },
        event_id=event_id_for(EventType.BATCH_COMPLETED, str(batch.pk)),
    )


PUBLICATION_EVENTS = {
    PublicationState.PUBLISHED: EventType.PUBLICATION_PUBLISHED,
    PublicationState.FAILED: EventType.PUBLICATION_FAILED,
}


def _publication_data(publication: Publication) -> dict[str, Any]:
    clip = publication.clip
    return {
        "publication": {
            "id": str(publication.pk),
            "state": publication.state,
            "platform": publication.platform,
            "account_id": str(publication.account_id) if publication.account_id else None,
            "account_name": publication.account_name,
            "public_url": publication.public_url or None,
            "platform_post_id": publication.platform_post_id or None,
            "privacy": publication.privacy,
            "privacy_note": publication.privacy_note,
            "caption": publication.caption,
            "hashtags": publication.hashtags,
            "failure_code": publication.failure_code or None,
            "failure_reason": publication.failure_reason or None,
            "scheduled_for": publication.scheduled_for.isoformat(),
            "published_at": (
                publication.published_at.isoformat() if publication.published_at else None
            ),
            "rule_id": str(publication.rule_id) if publication.rule_id else None,
            "url": settings.SITE_URL + reverse("publication_detail", args=[publication.pk]),
        },
        "clip": _clip_data(clip),
        "job_id": str(clip.job_id),
    }


def publication_event_emit(*, publication_id: str) -> list[WebhookDelivery]:
    """`publication.published` / `publication.failed` for a publication that ended."""
    publication = Publication.objects.select_related("workspace", "clip").get(pk=publication_id)
    event_type = PUBLICATION_EVENTS.get(PublicationState(publication.state))
    if event_type is None:
        return []
    # A retried publication that fails again is a new failure: its finish time tells them apart.
    ended = publication.finished_at.isoformat() if publication.finished_at else ""
    subject = str(publication.pk)
    if event_type == EventType.PUBLICATION_FAILED:
        subject = f"{publication.pk}:{ended}"
    return event_emit(
        workspace=publication.workspace,
        event_type=event_type,
        data=_publication_data(publication),
        event_id=event_id_for(event_type, subject),
    )


@transaction.atomic
def credits_low_emit(*, workspace_id: Any, balance: int) -> bool:
    """`credits.low`, once per crossing below the threshold. True if it was sent."""
    workspace = Workspace.objects.get(pk=workspace_id)
    state = state_ensure(workspace=workspace)
    state = WebhookState.objects.select_for_update().get(pk=state.pk)
    if state.credits_low_since is not None:
        return False
    state.credits_low_since = timezone.now()
    state.save(update_fields=["credits_low_since"])
    event_emit(
        workspace=workspace,
        event_type=EventType.CREDITS_LOW,
        data={
            "balance": balance,
            "threshold": int(settings.BILLING_LOW_CREDIT_THRESHOLD),
            "plan": plan_for(workspace=workspace).code,
            "billing_url": settings.SITE_URL + reverse("billing_overview"),
        },
        event_id=event_id_for(
            EventType.CREDITS_LOW, f"{workspace.pk}:{state.credits_low_since.isoformat()}"
        ),
    )
    return True


def credits_restored_note(*, workspace_id: Any) -> None:
    """Back above the threshold: the next crossing below sends `credits.low` again."""
    WebhookState.objects.filter(workspace_id=workspace_id).update(credits_low_since=None)


# -- delivery attempts -------------------------------------------------------------------------
@dataclass(frozen=True)
class AttemptOutcome:
    delivered: bool
    retry_in_s: float | None  # None: nothing more to do
    response_code: int | None
    error: str


def backoff_s(attempt: int) -> float:
    """Seconds before try `attempt + 1`: base·2^(attempt−1), capped at 4 h, ±10 % jitter."""
    raw = min(retry_base_s() * 2 ** max(attempt - 1, 0), 4 * 3600.0)
    return raw * random.uniform(0.9, 1.1)


def _claim(delivery_id: str) -> bool:
    now = timezone.now()
    return bool(
        WebhookDelivery.objects.filter(
            pk=delivery_id, status=DeliveryStatus.PENDING, next_attempt_at__lte=now
        ).update(next_attempt_at=now + ATTEMPT_LEASE)
    )


def _body_for_attempt(delivery: WebhookDelivery) -> bytes:
    """The stored payload with a freshly signed clip link, as the exact bytes we sign."""
    payload = delivery.payload
    clip = (payload.get("data") or {}).get("clip")
    if isinstance(clip, dict) and clip.get("id"):
        clip_row = Clip.objects.filter(pk=clip["id"], workspace_id=delivery.workspace_id).first()
        if clip_row is not None:
            link = clip_download_link(clip_id=str(clip_row.pk))
            clip["download_url"] = link.url
            clip["download_url_expires_at"] = link.expires_at.isoformat()
    return signing.canonical_body(payload)


def _secret_for(delivery: WebhookDelivery) -> str:
    if delivery.endpoint is not None:
        return delivery.endpoint.secret
    return state_ensure(workspace=delivery.workspace).job_url_secret


def _post(delivery: WebhookDelivery, body: bytes, secret: str) -> tuple[int | None, str]:
    """POST the body; (status code or None, error words or "")."""
    headers = {
        "Content-Type": "application/json",
        "User-Agent": USER_AGENT,
        signing.HEADER: signing.header_value(secret, body),
        "Stillmotion-Event": delivery.event_type,
        "Stillmotion-Event-Id": delivery.event_id,
        "Stillmotion-Delivery": str(delivery.pk),
    }
    timeout = float(_setting("WEBHOOKS_TIMEOUT_S", 10))
    try:
        # Checked again (DNS may have changed since the endpoint was saved), and the connection
        # goes to exactly the address that was checked: no second lookup to rebind.
        target = check_target(delivery.url)
        with httpx.Client(timeout=timeout, follow_redirects=False) as client:
            response = client.post(
                target.pinned_url,
                content=body,
                headers={**headers, "Host": target.host_header},
                extensions={"sni_hostname": target.host},  # TLS checks the real name
            )
    except WebhooksError as exc:
        return None, str(exc)
    except httpx.TimeoutException:
        return None, f"The receiver didn't answer within {timeout:g} s."
    except httpx.HTTPError as exc:
        return None, f"Couldn't connect to the receiver: {exc.__class__.__name__}."
    if 200 <= response.status_code < 300:
        return response.status_code, ""
    if 300 <= response.status_code < 400:
        return response.status_code, (
            f"The receiver answered {response.status_code} (a redirect); webhooks don't follow "
            "redirects, so use the final URL."
        )
    return response.status_code, f"The receiver answered HTTP {response.status_code}."


def delivery_attempt(*, delivery_id: str) -> AttemptOutcome | None:
    """Make one attempt if the delivery is due; None if it isn't ours to send now."""
    if not _claim(delivery_id):
        return None
    delivery = WebhookDelivery.objects.select_related("endpoint", "workspace").get(pk=delivery_id)
    endpoint = delivery.endpoint
    if endpoint is not None and not endpoint.enabled:
        WebhookDelivery.objects.filter(pk=delivery.pk).update(
            status=DeliveryStatus.FAILED,
            next_attempt_at=None,
            last_error=f"Not sent: the endpoint is disabled ({endpoint.disabled_reason}).",
        )
        return AttemptOutcome(False, None, None, "endpoint disabled")
    body = _body_for_attempt(delivery)
    started = time.perf_counter()
    code, error = _post(delivery, body, _secret_for(delivery))
    duration_ms = round((time.perf_counter() - started) * 1000)
    return _record_attempt(delivery, body, code, error, duration_ms)


def _record_attempt(
    delivery: WebhookDelivery, body: bytes, code: int | None, error: str, duration_ms: int
) -> AttemptOutcome:
    now = timezone.now()
    attempts = delivery.attempts + 1
    fields: dict[str, Any] = {
        "attempts": attempts,
        "response_code": code,
        "duration_ms": duration_ms,
        "last_error": error[:500],
        "payload": json.loads(body),
    }
    endpoint = delivery.endpoint
    if not error:
        fields.update(status=DeliveryStatus.DELIVERED, next_attempt_at=None, delivered_at=now)
        WebhookDelivery.objects.filter(pk=delivery.pk).update(**fields)
        if endpoint is not None:
            WebhookEndpoint.objects.filter(pk=endpoint.pk).update(failure_count=0)
        return AttemptOutcome(True, None, code, "")
    retry_in = backoff_s(attempts)
    gone = code == 410  # "unsubscribe" in Zapier's REST hooks convention
    if gone or now + timedelta(seconds=retry_in) > delivery.created_at + retry_window():
        fields.update(status=DeliveryStatus.FAILED, next_attempt_at=None)
        retry: float | None = None
    else:
        fields.update(next_attempt_at=now + timedelta(seconds=retry_in))
        retry = retry_in
    WebhookDelivery.objects.filter(pk=delivery.pk).update(**fields)
    if endpoint is not None:
        _endpoint_failed(endpoint, gone=gone, error=error)
    return AttemptOutcome(False, retry, code, error)


def _endpoint_failed(endpoint: WebhookEndpoint, *, gone: bool, error: str) -> None:
    WebhookEndpoint.objects.filter(pk=endpoint.pk).update(failure_count=F("failure_count") + 1)
    endpoint.refresh_from_db(fields=["failure_count", "enabled"])
    limit = disable_after()
    if gone:
        reason = "The receiver answered 410 Gone, which means it no longer wants events."
    elif endpoint.failure_count >= limit:
        reason = f"{endpoint.failure_count} deliveries in a row failed. Last error: {error}"
    else:
        return
    endpoint_disable(endpoint=endpoint, reason=reason)


def endpoint_disable(*, endpoint: WebhookEndpoint, reason: str) -> bool:
    """Disable once and email the workspace's owner and admins. True if this call did it."""
    with transaction.atomic():
        changed = WebhookEndpoint.objects.filter(pk=endpoint.pk, enabled=True).update(
            enabled=False, disabled_reason=reason[:300]
        )
        if changed:
            workspace_id = endpoint.workspace_id
            url = endpoint.url
            transaction.on_commit(lambda: _email_disabled(workspace_id, url, reason))
    return bool(changed)


def _email_disabled(workspace_id: Any, url: str, reason: str) -> None:
    recipients = list(
        Membership.objects.filter(
            workspace_id=workspace_id, role__in=[Role.OWNER, Role.ADMIN]
        ).values_list("user__email", flat=True)
    )
    workspace = Workspace.objects.get(pk=workspace_id)
    page = settings.SITE_URL + reverse("webhook_endpoints")
    send_mail(
        subject=f"[Stillmotion] Webhook endpoint disabled in {workspace.name}",
        message=(
            f"We stopped sending webhooks to {url}.\n\n"
            f"Why: {reason}\n\n"
            "Events are no longer delivered there. Fix the receiver, then turn the endpoint "
            f"back on and redeliver what it missed from the delivery log:\n{page}\n"
        ),
        from_email=None,
        recipient_list=recipients,
    )


@transaction.atomic
def delivery_redeliver(*, workspace: Workspace, delivery: WebhookDelivery) -> WebhookDelivery:
    """Send a delivery again now (a new attempt; its retry window starts again)."""
    if delivery.workspace_id != workspace.pk:
        raise EndpointRuleViolated("That delivery isn't in this workspace.")
    if delivery.endpoint is not None and not delivery.endpoint.enabled:
        raise EndpointRuleViolated(
            "This endpoint is disabled. Turn it back on, then redeliver the event."
        )
    now = timezone.now()
    WebhookDelivery.objects.filter(pk=delivery.pk).update(
        status=DeliveryStatus.PENDING, next_attempt_at=now, created_at=now
    )
    delivery.refresh_from_db()
    delivery_id = str(delivery.pk)
    transaction.on_commit(lambda: _schedule([delivery_id]))
    return delivery


def deliveries_due_requeue(*, now: datetime | None = None) -> int:
    """Beat safety net: re-send due deliveries whose scheduled task was lost."""
    now = now or timezone.now()
    late = now - timedelta(seconds=60)
    ids = [
        str(pk)
        for pk in WebhookDelivery.objects.filter(
            status=DeliveryStatus.PENDING, next_attempt_at__lte=late
        ).values_list("pk", flat=True)[:500]
    ]
    _schedule(ids)
    return len(ids)
