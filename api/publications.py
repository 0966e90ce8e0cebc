"""The publications resource: post a delivered clip to a connected account (now or at a
time), list, read, cancel and retry. One clip goes once to one account: creating it again
returns the same publication."""

from __future__ import annotations

from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import serializers, status
from rest_framework.request import Request
from rest_framework.response import Response

from api import serializers as s
from api.base import CONFLICT, NOT_FOUND, REJECTED, ApiView, errors, valid
from publishing import selectors, services
from saas.pagination import paginate


class PublicationListQuery(serializers.Serializer):
    state = serializers.ChoiceField(choices=[*s.PUBLICATION_STATES, "active"], required=False)
    clip_id = serializers.UUIDField(required=False)
    account_id = serializers.UUIDField(required=False)
    cursor = serializers.CharField(required=False)
    limit = serializers.IntegerField(required=False, min_value=1, max_value=100, default=25)


class PublicationListCreateApi(ApiView):
    @extend_schema(
        operation_id="publications_list",
        tags=["publishing"],
        parameters=[PublicationListQuery],
        responses={200: s.PublicationListSerializer, **errors()},
        summary="List publications, newest first",
    )
    def get(self, request: Request) -> Response:
        query = valid(PublicationListQuery, request.query_params).validated_data
        rows = selectors.publication_list(
            workspace=request.workspace,  # type: ignore[attr-defined]
            state=query.get("state"),
            clip_id=query.get("clip_id"),
            account_id=query.get("account_id"),
        )
        page = paginate(rows, cursor=query.get("cursor"), limit=query["limit"])
        return Response(
            {
                "results": s.PublicationSerializer(page.items, many=True).data,
                "next_cursor": page.next_cursor,
            }
        )

    @extend_schema(
        operation_id="publications_create",
        tags=["publishing"],
        request=s.PublicationCreateInput,
        responses={
            201: s.PublicationSerializer,
            200: OpenApiResponse(
                s.PublicationSerializer,
                description="This clip was already scheduled or posted to this account.",
            ),
            **errors(NOT_FOUND, REJECTED, CONFLICT),
        },
        summary="Publish a delivered clip to a connected account (now, or at scheduled_for)",
    )
    def post(self, request: Request) -> Response:
        data = valid(s.PublicationCreateInput, request.data).validated_data
        workspace = request.workspace  # type: ignore[attr-defined]
        clip = selectors.clip_for_publishing(workspace=workspace, clip_id=data["clip_id"])
        account = selectors.account_get(workspace=workspace, account_id=data["account_id"])
        result = services.publication_create(
            workspace=workspace,
            clip=clip,
            account=account,
            caption=data["caption"],
            hashtags=data["hashtags"],
            privacy=data["privacy"],
            scheduled_for=data["scheduled_for"],
            time_zone=data["time_zone"],
        )
        publication = selectors.publication_get(
            workspace=workspace, publication_id=result.publication.pk
        )
        response = Response(
            s.PublicationSerializer(publication).data,
            status=status.HTTP_201_CREATED if result.created else status.HTTP_200_OK,
        )
        if not result.created:
            response["Idempotent-Replayed"] = "true"
        return response


class PublicationDetailApi(ApiView):
    @extend_schema(
        operation_id="publications_retrieve",
        tags=["publishing"],
        responses={200: s.PublicationSerializer, **errors(NOT_FOUND)},
        summary="A publication, with its live state and public URL",
    )
    def get(self, request: Request, publication_id: str) -> Response:
        publication = selectors.publication_get(
            workspace=request.workspace,
            publication_id=publication_id,  # type: ignore[attr-defined]
        )
        return Response(s.PublicationSerializer(publication).data)


class PublicationCancelApi(ApiView):
    @extend_schema(
        operation_id="publications_cancel",
        tags=["publishing"],
        request=None,
        responses={200: s.PublicationSerializer, **errors(NOT_FOUND, CONFLICT)},
        summary="Cancel a scheduled publication that has not started uploading",
    )
    def post(self, request: Request, publication_id: str) -> Response:
        workspace = request.workspace  # type: ignore[attr-defined]
        publication = selectors.publication_get(workspace=workspace, publication_id=publication_id)
        services.publication_cancel(workspace=workspace, membership=None, publication=publication)
        fresh = selectors.publication_get(workspace=workspace, publication_id=publication.pk)
        return Response(s.PublicationSerializer(fresh).data)


class PublicationRetryApi(ApiView):
    @extend_schema(
        operation_id="publications_retry",
        tags=["publishing"],
        request=None,
        responses={200: s.PublicationSerializer, **errors(NOT_FOUND, CONFLICT, REJECTED)},
        summary="Try a failed publication again (a half-done upload resumes)",
    )
    def post(self, request: Request, publication_id: str) -> Response:
        workspace = request.workspace  # type: ignore[attr-defined]
        publication = selectors.publication_get(workspace=workspace, publication_id=publication_id)
        services.publication_retry(workspace=workspace, membership=None, publication=publication)
        fresh = selectors.publication_get(workspace=workspace, publication_id=publication.pk)
        return Response(s.PublicationSerializer(fresh).data)
