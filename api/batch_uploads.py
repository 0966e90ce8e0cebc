"""The batches resource: many photos (or zips, or a zip with a CSV), one submission.

A create is answered 202 at once: the upload is checked from its headers (plan, size bounds)
before its body is read, streamed to the staging area, and unpacked and started by a light
worker; the client follows `Location` until the batch is `running`."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.files.uploadhandler import TemporaryFileUploadHandler
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import status
from rest_framework.request import Request
from rest_framework.response import Response

from api import serializers as s
from api.base import CONFLICT, NOT_FOUND, REJECTED, ApiView, errors, valid
from batches import selectors, services

TOO_LARGE = {413: OpenApiResponse(s.ErrorSerializer, description="The upload is too large.")}


def _batch_body(workspace: Any, batch: Any) -> dict[str, Any]:
    progress = selectors.batch_progress(workspace=workspace, batch=batch)
    items = selectors.batch_jobs(workspace=workspace, batch=batch)
    return s.BatchSerializer(
        {
            "id": batch.pk,
            "name": batch.name,
            "status": batch.status,
            "error": batch.error,
            "quote": batch.items,
            "quoted_credits": batch.quoted_credits,
            "total": batch.total,
            "credits": batch.credits,
            "done": progress.done,
            "counts": progress.counts,
            "rejected": batch.rejected,
            "items": items,
            "created_at": batch.created_at,
            "completed_at": batch.completed_at,
        }
    ).data


def _content_length(request: Request) -> int:
    try:
        return max(int(request.META.get("CONTENT_LENGTH") or 0), 0)
    except ValueError:
        return 0


class BatchCreateApi(ApiView):
    def initial(self, request: Request, *args: Any, **kwargs: Any) -> None:
        # Before anything else: refuse a body over the global bound, and send every uploaded
        # file to disk as it arrives (the body is parsed only when `request.data` is read).
        if _content_length(request) > int(settings.BATCH_MAX_UPLOAD_BYTES):
            raise services.BatchTooLarge(
                f"A batch upload may be at most {settings.BATCH_MAX_UPLOAD_BYTES // 1048576} MB. "
                "Split it into smaller batches."
            )
        request._request.upload_handlers = [TemporaryFileUploadHandler(request._request)]
        super().initial(request, *args, **kwargs)

    @extend_schema(
        operation_id="batches_create",
        tags=["batches"],
        request={"multipart/form-data": s.BatchCreateInput},
        responses={202: s.BatchSerializer, **errors(REJECTED, TOO_LARGE)},
        summary="Create a batch from photos, zips, or a zip with a CSV",
    )
    def post(self, request: Request) -> Response:
        workspace = request.workspace  # type: ignore[attr-defined]
        # The plan and the workspace's bounds, from the headers: no body read yet.
        services.batch_upload_check(workspace=workspace, content_length=_content_length(request))
        serializer = valid(s.BatchCreateInput, request.data)
        data = serializer.validated_data
        batch = services.batch_create(
            workspace=workspace,
            user=request.user,
            uploads=[services.Upload(name=f.name, file=f, size=f.size) for f in data["files"]],
            prompt=data["prompt"],
            options=serializer.to_options(),
            name=data["name"],
            consent=data["consent"],
            start_at_once=data["start"],
        )
        return Response(
            _batch_body(workspace, batch),
            status=status.HTTP_202_ACCEPTED,
            headers={"Location": f"/api/v1/batches/{batch.pk}"},
        )


class BatchDetailApi(ApiView):
    @extend_schema(
        operation_id="batches_retrieve",
        tags=["batches"],
        responses={200: s.BatchSerializer, **errors(NOT_FOUND)},
        summary="A batch: its status, quote, the status of each item and the rejected files",
    )
    def get(self, request: Request, batch_id: str) -> Response:
        workspace = request.workspace  # type: ignore[attr-defined]
        batch = selectors.batch_get(workspace=workspace, batch_id=batch_id)
        return Response(_batch_body(workspace, batch))


class BatchStartApi(ApiView):
    @extend_schema(
        operation_id="batches_start",
        tags=["batches"],
        request=None,
        responses={202: s.BatchSerializer, **errors(NOT_FOUND, CONFLICT)},
        summary="Start a batch created with start=false, at the quoted cost",
    )
    def post(self, request: Request, batch_id: str) -> Response:
        workspace = request.workspace  # type: ignore[attr-defined]
        batch = selectors.batch_get(workspace=workspace, batch_id=batch_id)
        batch = services.batch_confirm(workspace=workspace, batch=batch)
        return Response(_batch_body(workspace, batch), status=status.HTTP_202_ACCEPTED)


class BatchCancelApi(ApiView):
    @extend_schema(
        operation_id="batches_cancel",
        tags=["batches"],
        request=None,
        responses={200: s.BatchSerializer, **errors(NOT_FOUND, CONFLICT)},
        summary="Cancel a batch before it starts (nothing runs, nothing is charged)",
    )
    def post(self, request: Request, batch_id: str) -> Response:
        workspace = request.workspace  # type: ignore[attr-defined]
        batch = selectors.batch_get(workspace=workspace, batch_id=batch_id)
        batch = services.batch_discard(workspace=workspace, batch=batch)
        return Response(_batch_body(workspace, batch))
