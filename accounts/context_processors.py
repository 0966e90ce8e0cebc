from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from accounts.selectors import workspaces_for_user


def workspace(request: HttpRequest) -> dict[str, Any]:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {
        "workspace": getattr(request, "workspace", None),
        "membership": getattr(request, "membership", None),
        "my_workspaces": workspaces_for_user(user=user),
    }
