"""Access helpers for views: resolve the workspace in the URL to the user's membership."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect

from accounts.selectors import membership_get

View = Callable[..., HttpResponse]


def workspace_member(view: View) -> View:
    """`/w/<workspace_id>/…` views get `membership` (404 unless the user is a member)."""

    @login_required
    @wraps(view)
    def wrapper(request: HttpRequest, workspace_id: Any, *args: Any, **kwargs: Any) -> HttpResponse:
        membership = membership_get(user=request.user, workspace_id=workspace_id)  # type: ignore[arg-type]
        return view(request, membership, *args, **kwargs)

    return wrapper


def active_workspace_required(view: View) -> View:
    """Product pages act on the active workspace; a user with none is sent to create one."""

    @login_required
    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if getattr(request, "workspace", None) is None:
            return redirect("workspace_new")
        return view(request, *args, **kwargs)

    return wrapper
