"""`Authorization: Bearer sm_live_…` → the key's workspace on `request.workspace`."""

from __future__ import annotations

from typing import Any

from rest_framework import exceptions
from rest_framework.authentication import BaseAuthentication, get_authorization_header
from rest_framework.permissions import BasePermission
from rest_framework.request import Request

from api.errors import ApiAccessNotInPlan
from api.models import ApiKey
from api.selectors import api_key_by_secret
from api.services import api_key_touch
from billing.selectors import plan_for


class BearerApiKeyAuthentication(BaseAuthentication):
    keyword = b"bearer"

    def authenticate(self, request: Request) -> tuple[Any, ApiKey] | None:
        header = get_authorization_header(request).split()
        if not header:
            return None
        if header[0].lower() != self.keyword or len(header) != 2:
            raise exceptions.AuthenticationFailed(
                "Send your API key as `Authorization: Bearer sm_live_…`."
            )
        try:
            raw = header[1].decode("ascii")
        except UnicodeDecodeError as exc:
            raise exceptions.AuthenticationFailed("That API key is not valid.") from exc
        key = api_key_by_secret(raw=raw)
        if key is None:
            raise exceptions.AuthenticationFailed(
                "That API key is not valid or has been revoked. Create a new key on the "
                "API keys page of your workspace."
            )
        if not key.creator_holds_role:  # type: ignore[attr-defined]
            who = key.created_by.email if key.created_by else "its creator"
            raise exceptions.AuthenticationFailed(
                f"This API key stopped working because {who}, who created it, is no longer an "
                "admin or the owner of this workspace. An admin can create a new key on the "
                "API keys page."
            )
        api_key_touch(key=key)
        # Views read the tenant from the request, never from the body.
        request.workspace = key.workspace  # type: ignore[attr-defined]
        request._request.workspace = key.workspace  # type: ignore[attr-defined]
        request.api_key = key  # type: ignore[attr-defined]
        return key.created_by, key

    def authenticate_header(self, request: Request) -> str:
        # Makes unauthenticated answers 401 (with this challenge) rather than 403.
        return 'Bearer realm="stillmotion"'


class HasApiKey(BasePermission):
    """A valid key is required, and the workspace's plan must include API access."""

    def has_permission(self, request: Request, view: Any) -> bool:
        key = request.auth
        if not isinstance(key, ApiKey):
            raise exceptions.NotAuthenticated(
                "Send your API key as `Authorization: Bearer sm_live_…`. Create one on the "
                "API keys page of your workspace."
            )
        if key.workspace.is_suspended:
            raise exceptions.PermissionDenied(
                "This workspace is suspended, so its API keys can't be used. "
                f"{key.workspace.suspended_reason} Contact support to resolve it."
            )
        plan = plan_for(workspace=key.workspace)
        if not plan.api_access:
            raise ApiAccessNotInPlan(
                f"The {plan.name} plan doesn't include API access. Upgrade to a plan with "
                "API access on the pricing page."
            )
        return True
