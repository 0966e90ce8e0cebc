"""The batches resource: many photos (or zips, or a zip with a CSV), one submission."""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import extend_schema
from rest_framework import status
from rest_framework.request import Request
from rest_framework.response import Response

from api import serializers as s
from api.base import NOT_FOUND, REJECTED, ApiView, errors, valid
from batches import selectors, services


def _batch_body(workspace: Any, batch: Any) -> dict[str, Any]:
    progress = selectors.batch_progress(workspace=workspace, batch=batch)
    items = selectors.batch_jobs(workspace=workspace, batch=batch)
    return s.BatchSerializer(
        {
            "id": batch.pk,
            "name": batch.name,
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


class BatchCreateApi(ApiView):
    @extend_schema(
        operation_id="batches_create",
        tags=["batches"],
        request={"multipart/form-data": s.BatchCreateInput},
        responses={201: s.BatchSerializer, **errors(REJECTED)},
        summary="Create a batch from photos, zips, or a zip with a CSV",
    )
    def post(self, request: Request) -> Response:
        serializer = valid(s.BatchCreateInput, request.data)
        data = serializer.validated_data
        workspace = request.workspace  # type: ignore[attr-defined]
        batch = services.batch_submit(
            workspace=workspace,
            user=request.user,
            files=[(f.name, f.read()) for f in data["files"]],
            prompt=data["prompt"],
            options=serializer.to_options(),
            name=data["name"],
            consent=data["consent"],
        )
        return Response(_batch_body(workspace, batch), status=status.HTTP_201_CREATED)


class BatchDetailApi(ApiView):
    @extend_schema(
        operation_id="batches_retrieve",
        tags=["batches"],
        responses={200: s.BatchSerializer, **errors(NOT_FOUND)},
        summary="A batch with the status of each item and the rejected files",
    )
    def get(self, request: Request, batch_id: str) -> Response:
        workspace = request.workspace  # type: ignore[attr-defined]
        batch = selectors.batch_get(workspace=workspace, batch_id=batch_id)
        return Response(_batch_body(workspace, batch))
