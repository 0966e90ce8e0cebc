from django.urls import path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView

from api import (
    batch_uploads,
    clips,
    connected_accounts,
    jobs,
    pages,
    photos,
    provenance_checks,
    publications,
    usage,
    webhook_endpoints,
)
from api.schema import SCHEMA_SETTINGS

v1 = "api/v1/"

urlpatterns = [
    # -- the public API
    path(f"{v1}photos", photos.PhotoCreateApi.as_view(), name="api_photos"),
    path(f"{v1}jobs", jobs.JobListCreateApi.as_view(), name="api_jobs"),
    path(f"{v1}jobs/<uuid:job_id>", jobs.JobDetailApi.as_view(), name="api_job"),
    path(f"{v1}jobs/<uuid:job_id>/cancel", jobs.JobCancelApi.as_view(), name="api_job_cancel"),
    path(
        f"{v1}clips/<uuid:clip_id>/download-url",
        clips.ClipDownloadUrlApi.as_view(),
        name="api_clip_download_url",
    ),
    path(
        f"{v1}clips/<uuid:clip_id>/download",
        clips.ClipDownloadApi.as_view(),
        name="api_clip_download",
    ),
    path(f"{v1}batches", batch_uploads.BatchCreateApi.as_view(), name="api_batches"),
    path(f"{v1}batches/<uuid:batch_id>", batch_uploads.BatchDetailApi.as_view(), name="api_batch"),
    path(
        f"{v1}batches/<uuid:batch_id>/start",
        batch_uploads.BatchStartApi.as_view(),
        name="api_batch_start",
    ),
    path(
        f"{v1}batches/<uuid:batch_id>/cancel",
        batch_uploads.BatchCancelApi.as_view(),
        name="api_batch_cancel",
    ),
    path(f"{v1}usage", usage.UsageApi.as_view(), name="api_usage"),
    path(
        f"{v1}webhooks/endpoints",
        webhook_endpoints.WebhookEndpointListCreateApi.as_view(),
        name="api_webhook_endpoints",
    ),
    path(
        f"{v1}webhooks/endpoints/<uuid:endpoint_id>",
        webhook_endpoints.WebhookEndpointDetailApi.as_view(),
        name="api_webhook_endpoint",
    ),
    path(
        f"{v1}webhooks/endpoints/<uuid:endpoint_id>/test",
        webhook_endpoints.WebhookEndpointTestApi.as_view(),
        name="api_webhook_endpoint_test",
    ),
    path(
        f"{v1}webhooks/endpoints/<uuid:endpoint_id>/deliveries",
        webhook_endpoints.WebhookDeliveriesApi.as_view(),
        name="api_webhook_deliveries",
    ),
    path(f"{v1}verify", provenance_checks.VerifyApi.as_view(), name="api_verify"),
    # -- publishing (layer 6)
    path(
        f"{v1}publications",
        publications.PublicationListCreateApi.as_view(),
        name="api_publications",
    ),
    path(
        f"{v1}publications/<uuid:publication_id>",
        publications.PublicationDetailApi.as_view(),
        name="api_publication",
    ),
    path(
        f"{v1}publications/<uuid:publication_id>/cancel",
        publications.PublicationCancelApi.as_view(),
        name="api_publication_cancel",
    ),
    path(
        f"{v1}publications/<uuid:publication_id>/retry",
        publications.PublicationRetryApi.as_view(),
        name="api_publication_retry",
    ),
    path(
        f"{v1}connected-accounts",
        connected_accounts.ConnectedAccountListApi.as_view(),
        name="api_connected_accounts",
    ),
    path(
        f"{v1}connected-accounts/<uuid:account_id>",
        connected_accounts.ConnectedAccountDetailApi.as_view(),
        name="api_connected_account",
    ),
    path(
        f"{v1}connected-accounts/<uuid:account_id>/limits",
        connected_accounts.ConnectedAccountLimitsApi.as_view(),
        name="api_connected_account_limits",
    ),
    # -- schema and interactive docs (offline: drf-spectacular-sidecar)
    path(
        "api/schema/",
        SpectacularAPIView.as_view(custom_settings=SCHEMA_SETTINGS),
        name="api_schema",
    ),
    path("api/docs/", SpectacularSwaggerView.as_view(url_name="api_schema"), name="api_docs"),
    # -- dashboard pages
    path("app/api/keys/", pages.api_keys, name="api_keys"),
    path("app/api/keys/<int:key_id>/revoke/", pages.api_key_revoke, name="api_key_revoke"),
    path("app/api/guide/", pages.api_guide, name="api_guide"),
]
