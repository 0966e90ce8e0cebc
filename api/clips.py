"""The clips resource: a short-lived signed download link, and the download itself."""

from __future__ import annotations

from django.http import HttpResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework.request import Request
from rest_framework.response import Response

from api import serializers as s
from api.base import NOT_FOUND, ApiView, errors
from pipeline import links, selectors
from pipeline.media import serve


class ClipDownloadUrlApi(ApiView):
    @extend_schema(
        operation_id="clips_download_url",
        tags=["clips"],
        responses={200: s.ClipLinkSerializer, **errors(NOT_FOUND)},
        summary="A signed download link for the clip, valid for 15 minutes",
    )
    def get(self, request: Request, clip_id: str) -> Response:
        clip = selectors.clip_get(workspace=request.workspace, clip_id=clip_id)  # type: ignore[attr-defined]
        link = links.clip_download_link(clip_id=str(clip.pk))
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
        links.clip_download_check(
            clip_id=str(clip_id),
            expires=request.query_params.get("expires", ""),
            sig=request.query_params.get("sig", ""),
        )
        clip = selectors.clip_by_signed_link(clip_id=clip_id)
        response = serve(
            request._request,
            clip.video,
            content_type="video/mp4",
            download_name=f"stillmotion-{clip.job_id}.mp4",
        )
        response["Cache-Control"] = "private, no-store"
        return response
