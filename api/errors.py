"""One JSON error shape for the whole API, mapped in one place (`api_exception_handler`).

Every error answer is `{"error": {"code": "...", "message": "...", "fields": {...}}}`:
`code` is stable for programs, `message` is written for people, `fields` names the request
fields that were wrong (empty when none were). Our own errors are `ApplicationError`s and
carry their status and code; DRF's (validation, authentication, throttling) are mapped here.
"""

from __future__ import annotations

import logging
from typing import Any

from django.core.exceptions import (
    PermissionDenied as DjangoPermissionDenied,
)
from django.core.exceptions import RequestDataTooBig, SuspiciousOperation
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from rest_framework import exceptions
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler
from rest_framework.views import set_rollback

from saas.errors import ApplicationError

logger = logging.getLogger(__name__)


class ApiKeyRuleViolated(ApplicationError):
    """A key can't be created or revoked as asked; the message says why."""

    code = "api_key_rejected"


class ApiAccessNotInPlan(ApplicationError):
    code = "api_not_in_plan"
    status = 403


def error_body(code: str, message: str, fields: dict[str, list[str]] | None = None) -> dict:
    return {"error": {"code": code, "message": message, "fields": fields or {}}}


def _flatten(detail: Any) -> list[str]:
    if isinstance(detail, dict):
        return [m for value in detail.values() for m in _flatten(value)]
    if isinstance(detail, list):
        return [m for value in detail for m in _flatten(value)]
    return [str(detail)]


def _validation_answer(exc: exceptions.ValidationError) -> tuple[int, dict]:
    detail = exc.detail
    fields: dict[str, list[str]] = {}
    general: list[str] = []
    if isinstance(detail, dict):
        for name, value in detail.items():
            if name in ("non_field_errors", "__all__"):
                general.extend(_flatten(value))
            else:
                fields[str(name)] = _flatten(value)
    else:
        general = _flatten(detail)
    if general:
        message = " ".join(general)
    else:
        named = ", ".join(f"{name}: {' '.join(msgs)}" for name, msgs in fields.items())
        message = f"Some fields are not valid — {named}"
    return 400, error_body("invalid_request", message, fields)


_DRF_CODES: dict[type[exceptions.APIException], str] = {
    exceptions.ParseError: "malformed_request",
    exceptions.NotAuthenticated: "unauthenticated",
    exceptions.AuthenticationFailed: "invalid_api_key",
    exceptions.PermissionDenied: "forbidden",
    exceptions.NotFound: "not_found",
    exceptions.MethodNotAllowed: "method_not_allowed",
    exceptions.NotAcceptable: "not_acceptable",
    exceptions.UnsupportedMediaType: "unsupported_media_type",
    exceptions.Throttled: "rate_limited",
}


def not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """404s: the API's JSON error shape under /api/ (an id that isn't a UUID included), the
    product's page everywhere else."""
    if request.path.startswith("/api/"):
        body = error_body("not_found", "Nothing with that id exists in this workspace.")
        return JsonResponse(body, status=404)
    return render(request, "404.html", status=404)


def api_exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    if isinstance(exc, Http404):
        return Response(
            error_body("not_found", "Nothing with that id exists in this workspace."), status=404
        )
    if isinstance(exc, ApplicationError):
        set_rollback()
        fields = {exc.field: [exc.message]} if exc.field else None
        return Response(error_body(exc.code, exc.message, fields), status=exc.status)
    if isinstance(exc, RequestDataTooBig):
        return Response(
            error_body("request_too_large", "The request body is larger than we accept."),
            status=413,
        )
    if isinstance(exc, SuspiciousOperation):  # too many fields or files, a malformed body
        return Response(
            error_body("malformed_request", str(exc) or "Malformed request."), status=400
        )
    if isinstance(exc, DjangoPermissionDenied):
        exc = exceptions.PermissionDenied(str(exc) or None)
    if isinstance(exc, exceptions.ValidationError):
        code, body = _validation_answer(exc)
        return Response(body, status=code)
    if isinstance(exc, exceptions.APIException):
        response = drf_exception_handler(exc, context)  # keeps Retry-After, WWW-Authenticate
        assert response is not None
        code = next((c for cls, c in _DRF_CODES.items() if isinstance(exc, cls)), "bad_request")
        message = " ".join(_flatten(exc.detail))
        if isinstance(exc, exceptions.Throttled) and exc.wait is not None:
            message = (
                "Too many requests for this API key's plan. "
                f"Retry in {max(1, round(exc.wait))} s (see the Retry-After header)."
            )
        response.data = error_body(str(code), message)
        return response
    set_rollback()
    logger.exception("API error in %s", context.get("view"))
    return Response(
        error_body(
            "internal_error",
            "An internal error stopped this request. Nothing was changed; try again, and "
            "contact support if it keeps happening.",
        ),
        status=500,
    )
