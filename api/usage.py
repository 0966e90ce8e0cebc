"""The usage resource: credit balance, plan and usage."""

from __future__ import annotations

from django.conf import settings
from drf_spectacular.utils import extend_schema
from rest_framework.request import Request
from rest_framework.response import Response

from api import serializers as s
from api.base import ApiView, errors
from billing.selectors import credit_balance, plan_for, usage_per_day
from pipeline import selectors as pipeline_selectors


class UsageApi(ApiView):
    @extend_schema(
        operation_id="usage_retrieve",
        tags=["usage"],
        responses={200: s.UsageSerializer, **errors()},
        summary="Credit balance, plan and usage",
    )
    def get(self, request: Request) -> Response:
        workspace = request.workspace  # type: ignore[attr-defined]
        body = {
            "credits_balance": credit_balance(workspace=workspace),
            "low_credit_threshold": settings.BILLING_LOW_CREDIT_THRESHOLD,
            "plan": plan_for(workspace=workspace),
            "jobs_running": pipeline_selectors.jobs_running_count(workspace=workspace),
            "jobs_waiting": pipeline_selectors.jobs_waiting_count(workspace=workspace),
            "clips_this_month": pipeline_selectors.clips_this_month_count(workspace=workspace),
            "credits_per_day": usage_per_day(workspace=workspace, days=30),
        }
        return Response(s.UsageSerializer(body).data)
