"""OpenAPI: the bearer API key as a security scheme, and the schema/docs views' settings."""

from __future__ import annotations

from typing import Any

from drf_spectacular.extensions import OpenApiAuthenticationExtension

# The schema covers exactly the public API; the docs page works offline (sidecar assets).
SCHEMA_SETTINGS: dict[str, Any] = {
    "SCHEMA_PATH_PREFIX": r"/api/v1",
    "COMPONENT_SPLIT_REQUEST": True,  # multipart file fields as binary in request bodies
    "DESCRIPTION": (
        "Turn a still photo and a motion prompt into a labelled, signed clip.\n\n"
        "Authenticate with `Authorization: Bearer sm_live_…` (create keys on the API keys "
        "page). Every error answer has the shape "
        '`{"error": {"code": "...", "message": "...", "fields": {...}}}`. Requests are '
        "limited per key by plan; a 429 carries `Retry-After`."
    ),
}


class BearerApiKeyScheme(OpenApiAuthenticationExtension):
    target_class = "api.authentication.BearerApiKeyAuthentication"
    name = "ApiKeyAuth"

    def get_security_definition(self, auto_schema: Any) -> dict[str, str]:
        return {
            "type": "http",
            "scheme": "bearer",
            "bearerFormat": "sm_live_…",
            "description": "An API key from the workspace's API keys page.",
        }
