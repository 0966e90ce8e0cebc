"""What every API view shares: Bearer API keys, the plan's rate limit, JSON, one error shape,
and the error responses the OpenAPI schema documents."""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import OpenApiResponse
from rest_framework import serializers
from rest_framework.parsers import FormParser, MultiPartParser
from rest_framework.renderers import JSONRenderer
from rest_framework.request import Request
from rest_framework.views import APIView

from api import serializers as s
from api.authentication import BearerApiKeyAuthentication, HasApiKey
from api.errors import api_exception_handler
from api.parsers import BoundedJSONParser
from api.throttling import ApiKeyRateThrottle

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


def errors(*extra: dict[int, OpenApiResponse]) -> dict[int, OpenApiResponse]:
    merged = dict(ERRORS)
    for more in extra:
        merged.update(more)
    return merged


def valid(serializer_class: type[serializers.Serializer], data: Any) -> Any:
    serializer = serializer_class(data=data)
    serializer.is_valid(raise_exception=True)
    return serializer


class ApiView(APIView):
    # Bearer API key, the plan's rate limit, the one error shape, JSON only. (A comment, not
    # a docstring: drf-spectacular would copy a docstring into every operation.)

    authentication_classes = [BearerApiKeyAuthentication]
    permission_classes = [HasApiKey]
    throttle_classes = [ApiKeyRateThrottle]
    parser_classes = [BoundedJSONParser, MultiPartParser, FormParser]
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
