"""The webhook endpoints resource: add, list, delete, test, and each one's deliveries."""

from __future__ import annotations

from drf_spectacular.utils import extend_schema
from rest_framework import serializers, status
from rest_framework.request import Request
from rest_framework.response import Response

from api import serializers as s
from api.base import NOT_FOUND, REJECTED, ApiView, errors, valid
from saas.pagination import paginate
from webhooks import selectors, services


class WebhookEndpointListCreateApi(ApiView):
    @extend_schema(
        operation_id="webhook_endpoints_list",
        tags=["webhooks"],
        responses={200: s.WebhookEndpointSerializer(many=True), **errors()},
        summary="List webhook endpoints",
    )
    def get(self, request: Request) -> Response:

        endpoints = selectors.endpoints_of(workspace=request.workspace)  # type: ignore[attr-defined]
        return Response(s.WebhookEndpointSerializer(endpoints, many=True).data)

    @extend_schema(
        operation_id="webhook_endpoints_create",
        tags=["webhooks"],
        request=s.WebhookEndpointInput,
        responses={201: s.WebhookEndpointCreatedSerializer, **errors(REJECTED)},
        summary="Add a webhook endpoint (the answer carries its signing secret)",
    )
    def post(self, request: Request) -> Response:

        data = valid(s.WebhookEndpointInput, request.data).validated_data
        endpoint = services.endpoint_create(
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
        responses={200: s.WebhookEndpointSerializer, **errors(NOT_FOUND)},
        summary="A webhook endpoint",
    )
    def get(self, request: Request, endpoint_id: str) -> Response:

        endpoint = selectors.endpoint_get(workspace=request.workspace, endpoint_id=endpoint_id)  # type: ignore[attr-defined]
        return Response(s.WebhookEndpointSerializer(endpoint).data)

    @extend_schema(
        operation_id="webhook_endpoints_destroy",
        tags=["webhooks"],
        responses={204: None, **errors(NOT_FOUND)},
        summary="Delete a webhook endpoint",
    )
    def delete(self, request: Request, endpoint_id: str) -> Response:

        workspace = request.workspace  # type: ignore[attr-defined]
        endpoint = selectors.endpoint_get(workspace=workspace, endpoint_id=endpoint_id)
        services.endpoint_delete(workspace=workspace, endpoint=endpoint)
        return Response(status=status.HTTP_204_NO_CONTENT)


class WebhookEndpointTestApi(ApiView):
    @extend_schema(
        operation_id="webhook_endpoints_test",
        tags=["webhooks"],
        request=None,
        responses={202: s.WebhookDeliverySerializer, **errors(NOT_FOUND, REJECTED)},
        summary="Send a test event to the endpoint",
    )
    def post(self, request: Request, endpoint_id: str) -> Response:

        workspace = request.workspace  # type: ignore[attr-defined]
        endpoint = selectors.endpoint_get(workspace=workspace, endpoint_id=endpoint_id)
        delivery = services.test_event_send(workspace=workspace, endpoint=endpoint)
        return Response(s.WebhookDeliverySerializer(delivery).data, status=status.HTTP_202_ACCEPTED)


class DeliveryListQuery(serializers.Serializer):
    cursor = serializers.CharField(required=False)
    limit = serializers.IntegerField(required=False, min_value=1, max_value=100, default=25)


class WebhookDeliveriesApi(ApiView):
    @extend_schema(
        operation_id="webhook_endpoints_deliveries",
        tags=["webhooks"],
        parameters=[DeliveryListQuery],
        responses={200: s.WebhookDeliveryListSerializer, **errors(NOT_FOUND)},
        summary="The endpoint's deliveries, newest first",
    )
    def get(self, request: Request, endpoint_id: str) -> Response:

        workspace = request.workspace  # type: ignore[attr-defined]
        query = valid(DeliveryListQuery, request.query_params).validated_data
        endpoint = selectors.endpoint_get(workspace=workspace, endpoint_id=endpoint_id)
        page = paginate(
            selectors.deliveries_of(workspace=workspace, endpoint=endpoint),
            cursor=query.get("cursor"),
            limit=query["limit"],
        )
        return Response(
            {
                "results": s.WebhookDeliverySerializer(page.items, many=True).data,
                "next_cursor": page.next_cursor,
            }
        )
