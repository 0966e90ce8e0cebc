"""Dashboard pages for the API: keys (admins only) and a guide with copy-paste examples."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from accounts.decorators import active_workspace_required
from accounts.models import Role
from api import selectors, services
from api.errors import ApiKeyRuleViolated
from billing.models import Plan
from billing.selectors import plan_for

SESSION_NEW_KEY = "api_key_shown_once"


class ApiKeyForm(forms.Form):
    name = forms.CharField(
        max_length=80,
        label="Key name",
        help_text="What will use it, e.g. “n8n production” or “Zapier”.",
    )


def _is_admin(request: HttpRequest) -> bool:
    membership = getattr(request, "membership", None)
    return membership is not None and membership.has_role(Role.ADMIN)


def _plan(request: HttpRequest) -> Plan:
    return plan_for(workspace=request.workspace)  # type: ignore[attr-defined]


@active_workspace_required
def api_keys(request: HttpRequest) -> HttpResponse:
    workspace = request.workspace  # type: ignore[attr-defined]
    is_admin = _is_admin(request)
    form = ApiKeyForm(request.POST or None)
    if request.method == "POST":
        if not is_admin:
            messages.error(request, "Only workspace admins and the owner can create API keys.")
            return redirect("api_keys")
        if form.is_valid():
            try:
                key, raw = services.api_key_create(
                    workspace=workspace,
                    actor=request.membership,  # type: ignore[attr-defined]
                    name=form.cleaned_data["name"],
                )
            except ApiKeyRuleViolated as exc:
                messages.error(request, str(exc))
            else:
                # Shown on the next page load only; never stored in clear text anywhere else.
                request.session[SESSION_NEW_KEY] = {"name": key.name, "raw": raw}
                return redirect("api_keys")
    new_key = request.session.pop(SESSION_NEW_KEY, None)
    context = {
        "form": form,
        "keys": selectors.api_keys_of(workspace=workspace) if is_admin else [],
        "new_key": new_key,
        "is_admin": is_admin,
        "plan": _plan(request),
    }
    return render(request, "api/keys.html", context, status=400 if form.errors else 200)


@active_workspace_required
@require_POST
def api_key_revoke(request: HttpRequest, key_id: int) -> HttpResponse:
    workspace = request.workspace  # type: ignore[attr-defined]
    key = selectors.api_key_get(workspace=workspace, key_id=key_id)
    try:
        services.api_key_revoke(workspace=workspace, actor=request.membership, key=key)  # type: ignore[attr-defined]
    except Exception as exc:  # accounts.PermissionDenied: said in words
        messages.error(request, str(exc))
    else:
        messages.success(request, f"Revoked “{key.name}”. Requests with it now get 401.")
    return redirect("api_keys")


@active_workspace_required
def api_guide(request: HttpRequest) -> HttpResponse:
    workspace = request.workspace  # type: ignore[attr-defined]
    prefix = selectors.api_key_latest_prefix(workspace=workspace)
    context = {
        "base": settings.SITE_URL,
        "key": f"{prefix}_…" if prefix else "sm_live_YOUR_KEY",
        "has_key": prefix is not None,
        "plan": _plan(request),
        "is_admin": _is_admin(request),
    }
    return render(request, "api/guide.html", context)
