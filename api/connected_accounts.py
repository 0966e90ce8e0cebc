"""The connected accounts resource: list and read accounts with their health, and ask the
platform what an account allows right now. Connecting happens in the dashboard (OAuth needs
the person's browser); no answer ever carries a token."""

from __future__ import annotations

from drf_spectacular.utils import extend_schema
from rest_framework.request import Request
from rest_framework.response import Response

from api import serializers as s
from api.base import NOT_FOUND, ApiView, errors
from publishing import limits, selectors


class ConnectedAccountListApi(ApiView):
    @extend_schema(
        operation_id="connected_accounts_list",
        tags=["publishing"],
        responses={200: s.ConnectedAccountSerializer(many=True), **errors()},
        summary="List connected TikTok, YouTube and Instagram accounts",
    )
    def get(self, request: Request) -> Response:
        accounts = selectors.accounts_of(workspace=request.workspace)  # type: ignore[attr-defined]
        return Response(s.ConnectedAccountSerializer(accounts, many=True).data)


class ConnectedAccountDetailApi(ApiView):
    @extend_schema(
        operation_id="connected_accounts_retrieve",
        tags=["publishing"],
        responses={200: s.ConnectedAccountSerializer, **errors(NOT_FOUND)},
        summary="A connected account and its health",
    )
    def get(self, request: Request, account_id: str) -> Response:
        account = selectors.account_get(workspace=request.workspace, account_id=account_id)  # type: ignore[attr-defined]
        return Response(s.ConnectedAccountSerializer(account).data)


class ConnectedAccountLimitsApi(ApiView):
    @extend_schema(
        operation_id="connected_accounts_limits",
        tags=["publishing"],
        responses={200: s.AccountLimitsSerializer, **errors(NOT_FOUND)},
        summary="What the platform allows this account now (length, privacy, daily posts)",
    )
    def get(self, request: Request, account_id: str) -> Response:
        account = selectors.account_get(workspace=request.workspace, account_id=account_id)  # type: ignore[attr-defined]
        view = limits.account_limits(account)
        body = {
            "account_id": account.pk,
            "platform": account.platform,
            "live": view.live,
            "min_duration_s": view.limits.min_duration_s,
            "max_duration_s": view.limits.max_duration_s,
            "max_caption_chars": view.limits.max_caption_chars,
            "privacy": [value for value, _ in view.privacy_choices],
            "posts_remaining": view.limits.posts_remaining,
            "posts_allowed": view.limits.posts_allowed,
            "notes": [*view.warnings, *view.notes],
            "error": view.error,
        }
        return Response(s.AccountLimitsSerializer(body).data)
