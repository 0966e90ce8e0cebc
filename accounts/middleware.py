"""Sets `request.workspace` and `request.membership` for signed-in users.

The active workspace is kept in the session; a stale or foreign id falls back to the user's
first workspace, so a removed member never keeps access.
"""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

from accounts.models import Membership

SESSION_KEY = "active_workspace_id"


class ActiveWorkspaceMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        request.workspace = None  # type: ignore[attr-defined]
        request.membership = None  # type: ignore[attr-defined]
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            memberships = Membership.objects.filter(user=user).select_related("workspace")
            wanted = request.session.get(SESSION_KEY)
            membership = None
            if wanted:
                membership = memberships.filter(workspace_id=wanted).first()
            if membership is None:
                membership = memberships.order_by("-workspace__is_personal", "created_at").first()
                if membership is not None:
                    request.session[SESSION_KEY] = str(membership.workspace_id)
            if membership is not None:
                request.workspace = membership.workspace  # type: ignore[attr-defined]
                request.membership = membership  # type: ignore[attr-defined]
        return self.get_response(request)
