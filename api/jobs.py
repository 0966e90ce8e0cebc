"""The jobs resource: create a clip from a photo and a prompt, list, read, cancel."""

from __future__ import annotations

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import serializers, status
from rest_framework.request import Request
from rest_framework.response import Response

from api import serializers as s
from api.base import CONFLICT, NOT_FOUND, PAYMENT, REJECTED, ApiView, errors, valid
from pipeline import selectors, services
from saas.pagination import paginate


class JobListQuery(serializers.Serializer):
    status = serializers.ChoiceField(choices=[*s.STATUSES, "active"], required=False)
    since = serializers.DateTimeField(required=False, help_text="Created at or after (ISO 8601).")
    until = serializers.DateTimeField(required=False, help_text="Created before (ISO 8601).")
    batch_id = serializers.UUIDField(required=False)
    cursor = serializers.CharField(required=False)
    limit = serializers.IntegerField(required=False, min_value=1, max_value=100, default=25)


IDEMPOTENCY_HEADER = OpenApiParameter(
    "Idempotency-Key",
    OpenApiTypes.STR,
    OpenApiParameter.HEADER,
    description=(
        "Retry safely: the same key with the same body returns the same job (200); "
        "with a different body, 409."
    ),
)


class JobListCreateApi(ApiView):
    @extend_schema(
        operation_id="jobs_list",
        tags=["jobs"],
        parameters=[JobListQuery],
        responses={200: s.JobListSerializer, **errors()},
        summary="List jobs, newest first",
    )
    def get(self, request: Request) -> Response:
        query = valid(JobListQuery, request.query_params).validated_data
        jobs = selectors.job_list(
            workspace=request.workspace,  # type: ignore[attr-defined]
            status=query.get("status"),
            since=query.get("since"),
            until=query.get("until"),
            batch_id=query.get("batch_id"),
        )
        page = paginate(jobs, cursor=query.get("cursor"), limit=query["limit"])
        body = {
            "results": s.JobSerializer(page.items, many=True).data,
            "next_cursor": page.next_cursor,
        }
        return Response(body)

    @extend_schema(
        operation_id="jobs_create",
        tags=["jobs"],
        parameters=[IDEMPOTENCY_HEADER],
        request={"multipart/form-data": s.JobCreateInput, "application/json": s.JobCreateInput},
        responses={
            201: s.JobSerializer,
            200: OpenApiResponse(s.JobSerializer, description="Replayed by Idempotency-Key."),
            **errors(NOT_FOUND, REJECTED, PAYMENT, CONFLICT),
        },
        summary="Create a job (a clip from a photo and a prompt)",
    )
    def post(self, request: Request) -> Response:
        serializer = valid(s.JobCreateInput, request.data)
        data = serializer.validated_data
        image = data.get("image")
        created = services.job_create(
            workspace=request.workspace,  # type: ignore[attr-defined]
            user=request.user,
            prompt=data["prompt"],
            options=serializer.to_options(),
            photo_id=data.get("photo_id"),
            image=image.read() if image is not None else None,
            image_name=image.name if image is not None else "",
            consent=data["consent"],
            webhook_url=data.get("webhook_url", ""),
            idempotency_key=request.headers.get("Idempotency-Key", ""),
        )
        response = Response(
            s.JobSerializer(created.job).data,
            status=status.HTTP_200_OK if created.replayed else status.HTTP_201_CREATED,
        )
        if created.replayed:
            response["Idempotent-Replayed"] = "true"
        return response


class JobDetailApi(ApiView):
    @extend_schema(
        operation_id="jobs_retrieve",
        tags=["jobs"],
        responses={200: s.JobDetailSerializer, **errors(NOT_FOUND)},
        summary="A job with its stage events, attempts and QA parts",
    )
    def get(self, request: Request, job_id: str) -> Response:
        job = selectors.job_get(workspace=request.workspace, job_id=job_id)  # type: ignore[attr-defined]
        return Response(s.JobDetailSerializer(job).data)


class JobCancelApi(ApiView):
    @extend_schema(
        operation_id="jobs_cancel",
        tags=["jobs"],
        request=None,
        responses={200: s.JobSerializer, **errors(NOT_FOUND, CONFLICT)},
        summary="Cancel a job (nothing is charged for a canceled clip)",
    )
    def post(self, request: Request, job_id: str) -> Response:
        workspace = request.workspace  # type: ignore[attr-defined]
        job = selectors.job_get(workspace=workspace, job_id=job_id)
        job = services.job_cancel(workspace=workspace, job=job, user=request.user)
        return Response(s.JobSerializer(selectors.job_get(workspace=workspace, job_id=job.pk)).data)
