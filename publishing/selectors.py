"""Reads of publishing data. Every query of tenant data names the workspace."""

from __future__ import annotations

from datetime import datetime, timedelta
from uuid import UUID

from django.conf import settings
from django.db.models import Q, QuerySet
from django.http import Http404
from django.utils import timezone

from accounts.models import Workspace
from pipeline.models import Clip, JobStatus
from publishing.models import (
    ACTIVE_STATES,
    AutoPublishRule,
    ConnectedAccount,
    Publication,
    PublicationEvent,
)


def _get(queryset: QuerySet, pk: UUID | str):  # type: ignore[no-untyped-def]
    try:
        return queryset.get(pk=pk)
    except (queryset.model.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404("Not found") from exc


def accounts_of(*, workspace: Workspace) -> QuerySet[ConnectedAccount]:
    return ConnectedAccount.objects.filter(workspace=workspace).order_by("platform", "name")


def account_get(*, workspace: Workspace, account_id: UUID | str) -> ConnectedAccount:
    return _get(ConnectedAccount.objects.filter(workspace=workspace), account_id)


def publication_get(*, workspace: Workspace, publication_id: UUID | str) -> Publication:
    return _get(
        Publication.objects.select_related("clip", "clip__job", "account", "rule").filter(
            workspace=workspace
        ),
        publication_id,
    )


def publication_list(
    *,
    workspace: Workspace,
    state: str | None = None,
    clip_id: UUID | None = None,
    account_id: UUID | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
) -> QuerySet[Publication]:
    rows = Publication.objects.filter(workspace=workspace).select_related(
        "clip", "clip__job", "account"
    )
    if state == "active":
        rows = rows.filter(state__in=ACTIVE_STATES)
    elif state:
        rows = rows.filter(state=state)
    if clip_id:
        rows = rows.filter(clip_id=clip_id)
    if account_id:
        rows = rows.filter(account_id=account_id)
    if since:
        rows = rows.filter(scheduled_for__gte=since)
    if until:
        rows = rows.filter(scheduled_for__lt=until)
    return rows.order_by("-created_at", "-id")


def publications_between(
    *, workspace: Workspace, start: datetime, end: datetime
) -> QuerySet[Publication]:
    """For the calendar: what is (or was) planned in [start, end), by time."""
    return (
        Publication.objects.filter(workspace=workspace)
        .filter(
            Q(scheduled_for__gte=start, scheduled_for__lt=end)
            | Q(published_at__gte=start, published_at__lt=end)
        )
        .select_related("clip", "clip__job", "account")
        .order_by("scheduled_for", "id")
    )


def publication_events(*, workspace: Workspace, publication: Publication):  # type: ignore[no-untyped-def]
    return PublicationEvent.objects.filter(workspace=workspace, publication=publication)


def publications_of_clip(*, workspace: Workspace, clip: Clip) -> QuerySet[Publication]:
    return Publication.objects.filter(workspace=workspace, clip=clip).select_related("account")


def clips_ready(*, workspace: Workspace, limit: int = 8) -> list[Clip]:
    """Recent delivered, signed clips, for "Publish a clip" on the Publishing page."""
    return list(
        Clip.objects.filter(workspace=workspace, signed=True, job__status=JobStatus.DELIVERED)
        .select_related("job")
        .order_by("-created_at")[:limit]
    )


def clip_for_publishing(*, workspace: Workspace, clip_id: UUID | str) -> Clip:
    return _get(Clip.objects.select_related("job").filter(workspace=workspace), clip_id)


def rules_of(*, workspace: Workspace) -> QuerySet[AutoPublishRule]:
    return AutoPublishRule.objects.filter(workspace=workspace).select_related("account", "batch")


def rule_get(*, workspace: Workspace, rule_id: UUID | str) -> AutoPublishRule:
    return _get(AutoPublishRule.objects.filter(workspace=workspace), rule_id)


def publications_due_ids(limit: int = 500) -> list[str]:
    """Active publications whose time has come and that no live worker holds (the sweeper
    queues them: scheduled posts, long waits, and work a killed worker left behind)."""
    now = timezone.now()
    stale = now - timedelta(seconds=settings.PUBLISHING_STALE_AFTER_S)
    rows = (
        Publication.objects.filter(state__in=ACTIVE_STATES)
        .filter(Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now))
        .filter(Q(claimed_by="") | Q(heartbeat_at__lt=stale) | Q(heartbeat_at__isnull=True))
        .order_by("next_attempt_at")
        .values_list("pk", flat=True)[:limit]
    )
    return [str(pk) for pk in rows]
