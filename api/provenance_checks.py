"""Check any clip's provenance: its C2PA manifest, or the invisible watermark."""

from __future__ import annotations

from drf_spectacular.utils import extend_schema
from rest_framework.request import Request
from rest_framework.response import Response

from api import serializers as s
from api.base import REJECTED, ApiView, errors, valid
from pipeline import selectors


class VerifyApi(ApiView):
    @extend_schema(
        operation_id="verify_create",
        tags=["verify"],
        request={"multipart/form-data": s.VerifyInput},
        responses={200: s.VerifySerializer, **errors(REJECTED)},
        summary="Check a clip's provenance (C2PA manifest or invisible watermark)",
    )
    def post(self, request: Request) -> Response:
        data = valid(s.VerifyInput, request.data).validated_data
        report = selectors.clip_verify_upload(data=data["file"].read())
        return Response(s.VerifySerializer(report.to_dict()).data)
