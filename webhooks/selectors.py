"""Reads of webhook data. Every query names the workspace."""

from __future__ import annotations

from uuid import UUID

from django.db.models import QuerySet
from django.http import Http404

from accounts.models import Workspace
from webhooks.models import WebhookDelivery, WebhookEndpoint


def endpoints_of(*, workspace: Workspace) -> QuerySet[WebhookEndpoint]:
    return WebhookEndpoint.objects.filter(workspace=workspace).order_by("-created_at", "-id")


def endpoint_get(*, workspace: Workspace, endpoint_id: UUID | str) -> WebhookEndpoint:
    try:
        return WebhookEndpoint.objects.get(workspace=workspace, pk=endpoint_id)
    except (WebhookEndpoint.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404("No such webhook endpoint") from exc


def deliveries_of(*, workspace: Workspace, endpoint: WebhookEndpoint) -> QuerySet[WebhookDelivery]:
    return WebhookDelivery.objects.filter(workspace=workspace, endpoint=endpoint).order_by(
        "-created_at", "-id"
    )


def delivery_get(*, workspace: Workspace, delivery_id: UUID | str) -> WebhookDelivery:
    try:
        return WebhookDelivery.objects.select_related("endpoint").get(
            workspace=workspace, pk=delivery_id
        )
    except (WebhookDelivery.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404("No such delivery") from exc
