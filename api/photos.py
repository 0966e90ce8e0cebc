"""The photos resource: upload a photo once, use it in many jobs."""

from __future__ import annotations

from drf_spectacular.utils import extend_schema
from rest_framework import status
from rest_framework.request import Request
from rest_framework.response import Response

from api import serializers as s
from api.base import REJECTED, ApiView, errors, valid
from pipeline import services


class PhotoCreateApi(ApiView):
    @extend_schema(
        operation_id="photos_create",
        tags=["photos"],
        request={"multipart/form-data": s.PhotoUploadInput},
        responses={201: s.PhotoSerializer, **errors(REJECTED)},
        summary="Upload a photo",
    )
    def post(self, request: Request) -> Response:
        data = valid(s.PhotoUploadInput, request.data).validated_data
        upload = data["file"]
        photo = services.photo_upload(
            workspace=request.workspace,  # type: ignore[attr-defined]
            user=request.user,
            data=upload.read(),
            filename=upload.name,
            consent=data["consent"],
        )
        return Response(s.PhotoSerializer(photo).data, status=status.HTTP_201_CREATED)
