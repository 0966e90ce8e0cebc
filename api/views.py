"""The public REST API under /api/v1/. Thin: validate, call a service or selector, answer."""

from __future__ import annotations

import hashlib
from typing import Any

from django.conf import settings
from django.http import HttpResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import serializers, status
from rest_framework.parsers import FormParser, JSONParser, MultiPartParser
from rest_framework.renderers import JSONRenderer
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from api import serializers as s
from api.authentication import BearerApiKeyAuthentication, HasApiKey
from api.errors import ApiError, SignedLinkInvalid, api_exception_handler
from api.idempotency import MAX_KEY_LENGTH, fingerprint, job_create_once
from api.pagination import paginate
from api.signed_urls import LinkExpired, LinkInvalid, check_signature, clip_download_link
from api.throttling import ApiKeyRateThrottle
from pipeline import batches, selectors, services
from pipeline.media import serve
from pipeline.models import Clip, Job

ERRORS = {
    400: OpenApiResponse(s.ErrorSerializer, description="The request is not valid."),
    401: OpenApiResponse(s.ErrorSerializer, description="Missing, wrong or revoked API key."),
    403: OpenApiResponse(s.ErrorSerializer, description="Not allowed (plan, quota, suspension)."),
    429: OpenApiResponse(s.ErrorSerializer, description="Rate limited; see Retry-After."),
}
NOT_FOUND = {404: OpenApiResponse(s.ErrorSerializer, description="No such object here.")}
REJECTED = {422: OpenApiResponse(s.ErrorSerializer, description="Rejected, with the reason.")}
PAYMENT = {402: OpenApiResponse(s.ErrorSerializer, description="Not enough credits.")}
CONFLICT = {409: OpenApiResponse(s.ErrorSerializer, description="Conflicts with the state.")}


def _errors(*extra: dict[int, OpenApiResponse]) -> dict[int, OpenApiResponse]:
    merged = dict(ERRORS)
    for more in extra:
        merged.update(more)
    return merged


class ApiView(APIView):
    # Bearer API key, the plan's rate limit, the one error shape, JSON only. (A comment, not
    # a docstring: drf-spectacular would copy a docstring into every operation.)

    authentication_classes = [BearerApiKeyAuthentication]
    permission_classes = [HasApiKey]
    throttle_classes = [ApiKeyRateThrottle]
    parser_classes = [JSONParser, MultiPartParser, FormParser]
    renderer_classes = [JSONRenderer]

    def get_exception_handler(self):  # type: ignore[no-untyped-def]
        return api_exception_handler

    def finalize_response(self, request: Request, response: Any, *args: Any, **kwargs: Any) -> Any:
        response = super().finalize_response(request, response, *args, **kwargs)
        limit = getattr(request, "rate_limit", None)
        if limit is not None:
            response["X-RateLimit-Limit"] = str(limit[0])
            response["X-RateLimit-Remaining"] = str(limit[1])
            response["X-RateLimit-Reset"] = str(max(1, round(limit[2])))
        return response


def _valid(serializer_class: type[serializers.Serializer], data: Any) -> Any:
    serializer = serializer_class(data=data)
    serializer.is_valid(raise_exception=True)
    return serializer


# -- photos -------------------------------------------------------------------------------------
class PhotoCreateApi(ApiView):
    @extend_schema(
        operation_id="photos_create",
        tags=["photos"],
        request={"multipart/form-data": s.PhotoUploadInput},
        responses={201: s.PhotoSerializer, **_errors(REJECTED)},
        summary="Upload a photo",
    )
    def post(self, request: Request) -> Response:
        data = _valid(s.PhotoUploadInput, request.data).validated_data
        upload = data["file"]
        photo = services.photo_upload(
            workspace=request.workspace,  # type: ignore[attr-defined]
            user=request.user,
            data=upload.read(),
            filename=upload.name,
            consent=data["consent"],
        )
        return Response(s.PhotoSerializer(photo).data, status=status.HTTP_201_CREATED)


# -- jobs ---------------------------------------------------------------------------------------
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
        responses={200: s.JobListSerializer, **_errors()},
        summary="List jobs, newest first",
    )
    def get(self, request: Request) -> Response:
        query = _valid(JobListQuery, request.query_params).validated_data
        jobs = selectors.job_list(
            workspace=request.workspace,  # type: ignore[attr-defined]
            status=query.get("status"),
            since=query.get("since"),
            until=query.get("until"),
        )
        if query.get("batch_id"):
            jobs = jobs.filter(batch_id=query["batch_id"])
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
            **_errors(NOT_FOUND, REJECTED, PAYMENT, CONFLICT),
        },
        summary="Create a job (a clip from a photo and a prompt)",
    )
    def post(self, request: Request) -> Response:
        serializer = _valid(s.JobCreateInput, request.data)
        data = serializer.validated_data
        workspace, user = request.workspace, request.user  # type: ignore[attr-defined]
        options = serializer.to_options()
        if data.get("webhook_url"):
            from webhooks.ssrf import check_target

            check_target(data["webhook_url"])
        image = data.get("image")
        if image is not None:
            content = image.read()
            photo = services.photo_upload(
                workspace=workspace,
                user=user,
                data=content,
                filename=image.name,
                consent=data["consent"],
            )
            photo_ref = {"image_sha256": hashlib.sha256(content).hexdigest()}
        else:
            photo = selectors.photo_get(workspace=workspace, photo_id=data["photo_id"])
            if data["consent"] and photo.consent_at is None:
                services.photo_record_consent(workspace=workspace, photo=photo, user=user)
            photo_ref = {"photo_id": str(photo.pk)}

        def create() -> Job:
            return services.jobs_submit(
                workspace=workspace,
                user=user,
                photos=[photo],
                prompt=data["prompt"],
                options=options,
                webhook_url=data.get("webhook_url", ""),
            ).jobs[0]

        key = request.headers.get("Idempotency-Key", "").strip()
        replayed = False
        if key:
            if len(key) > MAX_KEY_LENGTH:
                raise ApiError(
                    f"Idempotency-Key may be at most {MAX_KEY_LENGTH} characters.",
                    code="invalid_request",
                )
            request_hash = fingerprint(
                {
                    **photo_ref,
                    "prompt": data["prompt"],
                    "options": options.to_dict(),
                    "webhook_url": data.get("webhook_url", ""),
                    "consent": data["consent"],
                }
            )
            result = job_create_once(
                workspace=workspace, key=key, request_hash=request_hash, create=create
            )
            job, replayed = result.job, result.replayed
        else:
            job = create()
        if not replayed:
            _credits_low_check(workspace)
        response = Response(
            s.JobSerializer(job).data,
            status=status.HTTP_200_OK if replayed else status.HTTP_201_CREATED,
        )
        if replayed:
            response["Idempotent-Replayed"] = "true"
        return response


def _credits_low_check(workspace: Any) -> None:
    from billing.selectors import credit_balance
    from webhooks.services import credits_check

    # Holds lower the balance at submission; most submissions stay well above the threshold.
    if credit_balance(workspace=workspace) < settings.BILLING_LOW_CREDIT_THRESHOLD:
        credits_check(workspace=workspace)


class JobDetailApi(ApiView):
    @extend_schema(
        operation_id="jobs_retrieve",
        tags=["jobs"],
        responses={200: s.JobDetailSerializer, **_errors(NOT_FOUND)},
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
        responses={200: s.JobSerializer, **_errors(NOT_FOUND, CONFLICT)},
        summary="Cancel a job (nothing is charged for a canceled clip)",
    )
    def post(self, request: Request, job_id: str) -> Response:
        workspace = request.workspace  # type: ignore[attr-defined]
        job = selectors.job_get(workspace=workspace, job_id=job_id)
        job = services.job_cancel(workspace=workspace, job=job, user=request.user)
        return Response(s.JobSerializer(selectors.job_get(workspace=workspace, job_id=job.pk)).data)


# -- clips --------------------------------------------------------------------------------------
class ClipDownloadUrlApi(ApiView):
    @extend_schema(
        operation_id="clips_download_url",
        tags=["clips"],
        responses={200: s.ClipLinkSerializer, **_errors(NOT_FOUND)},
        summary="A signed download link for the clip, valid for 15 minutes",
    )
    def get(self, request: Request, clip_id: str) -> Response:
        clip = selectors.clip_get(workspace=request.workspace, clip_id=clip_id)  # type: ignore[attr-defined]
        link = clip_download_link(clip=clip)
        return Response({"url": link.url, "expires_at": link.expires_at})


class ClipDownloadApi(ApiView):
    """The signed link itself: no API key, only a valid and current signature."""

    authentication_classes: list[type] = []
    permission_classes: list[type] = []
    throttle_classes: list[type] = []

    @extend_schema(
        operation_id="clips_download",
        tags=["clips"],
        auth=[],
        parameters=[
            OpenApiParameter("expires", OpenApiTypes.INT, OpenApiParameter.QUERY, required=True),
            OpenApiParameter("sig", OpenApiTypes.STR, OpenApiParameter.QUERY, required=True),
        ],
        responses={
            (200, "video/mp4"): OpenApiResponse(OpenApiTypes.BINARY, description="The clip."),
            403: OpenApiResponse(s.ErrorSerializer, description="Invalid or expired link."),
            **NOT_FOUND,
        },
        summary="Download a clip through a signed link",
    )
    def get(self, request: Request, clip_id: str) -> HttpResponse:
        try:
            check_signature(
                clip_id=str(clip_id),
                expires=request.query_params.get("expires", ""),
                sig=request.query_params.get("sig", ""),
            )
        except LinkExpired as exc:
            raise SignedLinkInvalid(str(exc), code="signed_link_expired") from exc
        except LinkInvalid as exc:
            raise SignedLinkInvalid(str(exc)) from exc
        clip = Clip.objects.filter(pk=clip_id).first()
        if clip is None:
            from django.http import Http404

            raise Http404
        response = serve(
            request._request,
            clip.video,
            content_type="video/mp4",
            download_name=f"stillmotion-{clip.job_id}.mp4",
        )
        response["Cache-Control"] = "private, no-store"
        return response


# -- batches ------------------------------------------------------------------------------------
def _batch_body(workspace: Any, batch: Any) -> dict[str, Any]:
    progress = batches.batch_progress(workspace=workspace, batch=batch)
    items = batches.batch_jobs(workspace=workspace, batch=batch)
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
        responses={201: s.BatchSerializer, **_errors(REJECTED)},
        summary="Create a batch from photos, zips, or a zip with a CSV",
    )
    def post(self, request: Request) -> Response:
        serializer = _valid(s.BatchCreateInput, request.data)
        data = serializer.validated_data
        workspace = request.workspace  # type: ignore[attr-defined]
        batch = batches.batch_submit(
            workspace=workspace,
            user=request.user,
            files=[(f.name, f.read()) for f in data["files"]],
            prompt=data["prompt"],
            options=serializer.to_options(),
            name=data["name"],
            consent=data["consent"],
        )
        _credits_low_check(workspace)
        return Response(_batch_body(workspace, batch), status=status.HTTP_201_CREATED)


class BatchDetailApi(ApiView):
    @extend_schema(
        operation_id="batches_retrieve",
        tags=["batches"],
        responses={200: s.BatchSerializer, **_errors(NOT_FOUND)},
        summary="A batch with the status of each item and the rejected files",
    )
    def get(self, request: Request, batch_id: str) -> Response:
        workspace = request.workspace  # type: ignore[attr-defined]
        batch = batches.batch_get(workspace=workspace, batch_id=batch_id)
        return Response(_batch_body(workspace, batch))


# -- usage --------------------------------------------------------------------------------------
class UsageApi(ApiView):
    @extend_schema(
        operation_id="usage_retrieve",
        tags=["usage"],
        responses={200: s.UsageSerializer, **_errors()},
        summary="Credit balance, plan and usage",
    )
    def get(self, request: Request) -> Response:
        from billing.selectors import credit_balance, plan_for, usage_per_day

        workspace = request.workspace  # type: ignore[attr-defined]
        body = {
            "credits_balance": credit_balance(workspace=workspace),
            "low_credit_threshold": settings.BILLING_LOW_CREDIT_THRESHOLD,
            "plan": plan_for(workspace=workspace),
            "jobs_running": selectors.jobs_running_count(workspace=workspace),
            "jobs_waiting": selectors.jobs_waiting_count(workspace=workspace),
            "clips_this_month": selectors.clips_this_month_count(workspace=workspace),
            "credits_per_day": usage_per_day(workspace=workspace, days=30),
        }
        return Response(s.UsageSerializer(body).data)


# -- webhook endpoints --------------------------------------------------------------------------
class WebhookEndpointListCreateApi(ApiView):
    @extend_schema(
        operation_id="webhook_endpoints_list",
        tags=["webhooks"],
        responses={200: s.WebhookEndpointSerializer(many=True), **_errors()},
        summary="List webhook endpoints",
    )
    def get(self, request: Request) -> Response:
        from webhooks.selectors import endpoints_of

        endpoints = endpoints_of(workspace=request.workspace)  # type: ignore[attr-defined]
        return Response(s.WebhookEndpointSerializer(endpoints, many=True).data)

    @extend_schema(
        operation_id="webhook_endpoints_create",
        tags=["webhooks"],
        request=s.WebhookEndpointInput,
        responses={201: s.WebhookEndpointCreatedSerializer, **_errors(REJECTED)},
        summary="Add a webhook endpoint (the answer carries its signing secret)",
    )
    def post(self, request: Request) -> Response:
        from webhooks.services import endpoint_create

        data = _valid(s.WebhookEndpointInput, request.data).validated_data
        endpoint = endpoint_create(
            workspace=request.workspace,  # type: ignore[attr-defined]
            url=data["url"],
            events=data["events"],
            description=data["description"],
        )
        return Response(
            s.WebhookEndpointCreatedSerializer(endpoint).data, status=status.HTTP_201_CREATED
        )


class WebhookEndpointDetailApi(ApiView):
    @extend_schema(
        operation_id="webhook_endpoints_retrieve",
        tags=["webhooks"],
        responses={200: s.WebhookEndpointSerializer, **_errors(NOT_FOUND)},
        summary="A webhook endpoint",
    )
    def get(self, request: Request, endpoint_id: str) -> Response:
        from webhooks.selectors import endpoint_get

        endpoint = endpoint_get(workspace=request.workspace, endpoint_id=endpoint_id)  # type: ignore[attr-defined]
        return Response(s.WebhookEndpointSerializer(endpoint).data)

    @extend_schema(
        operation_id="webhook_endpoints_destroy",
        tags=["webhooks"],
        responses={204: None, **_errors(NOT_FOUND)},
        summary="Delete a webhook endpoint",
    )
    def delete(self, request: Request, endpoint_id: str) -> Response:
        from webhooks.selectors import endpoint_get
        from webhooks.services import endpoint_delete

        workspace = request.workspace  # type: ignore[attr-defined]
        endpoint = endpoint_get(workspace=workspace, endpoint_id=endpoint_id)
        endpoint_delete(workspace=workspace, endpoint=endpoint)
        return Response(status=status.HTTP_204_NO_CONTENT)


class WebhookEndpointTestApi(ApiView):
    @extend_schema(
        operation_id="webhook_endpoints_test",
        tags=["webhooks"],
        request=None,
        responses={202: s.WebhookDeliverySerializer, **_errors(NOT_FOUND, REJECTED)},
        summary="Send a test event to the endpoint",
    )
    def post(self, request: Request, endpoint_id: str) -> Response:
        from webhooks.selectors import endpoint_get
        from webhooks.services import test_event_send

        workspace = request.workspace  # type: ignore[attr-defined]
        endpoint = endpoint_get(workspace=workspace, endpoint_id=endpoint_id)
        delivery = test_event_send(workspace=workspace, endpoint=endpoint)
        return Response(s.WebhookDeliverySerializer(delivery).data, status=status.HTTP_202_ACCEPTED)


class DeliveryListQuery(serializers.Serializer):
    cursor = serializers.CharField(required=False)
    limit = serializers.IntegerField(required=False, min_value=1, max_value=100, default=25)


class WebhookDeliveriesApi(ApiView):
    @extend_schema(
        operation_id="webhook_endpoints_deliveries",
        tags=["webhooks"],
        parameters=[DeliveryListQuery],
        responses={200: s.WebhookDeliveryListSerializer, **_errors(NOT_FOUND)},
        summary="The endpoint's deliveries, newest first",
    )
    def get(self, request: Request, endpoint_id: str) -> Response:
        from webhooks.selectors import deliveries_of, endpoint_get

        workspace = request.workspace  # type: ignore[attr-defined]
        query = _valid(DeliveryListQuery, request.query_params).validated_data
        endpoint = endpoint_get(workspace=workspace, endpoint_id=endpoint_id)
        page = paginate(
            deliveries_of(workspace=workspace, endpoint=endpoint),
            cursor=query.get("cursor"),
            limit=query["limit"],
        )
        return Response(
            {
                "results": s.WebhookDeliverySerializer(page.items, many=True).data,
                "next_cursor": page.next_cursor,
            }
        )


# -- verify -------------------------------------------------------------------------------------
class VerifyApi(ApiView):
    @extend_schema(
        operation_id="verify_create",
        tags=["verify"],
        request={"multipart/form-data": s.VerifyInput},
        responses={200: s.VerifySerializer, **_errors(REJECTED)},
        summary="Check a clip's provenance (C2PA manifest or invisible watermark)",
    )
    def post(self, request: Request) -> Response:
        from pipeline.verify import verify_upload

        data = _valid(s.VerifyInput, request.data).validated_data
        report = verify_upload(data=data["file"].read())
        return Response(s.VerifySerializer(report.to_dict()).data)
