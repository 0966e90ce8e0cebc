"""Dashboard pages for webhooks: endpoints, test events, the delivery log, redelivery, docs."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from accounts.decorators import active_workspace_required
from accounts.models import Role
from webhooks import selectors, services
from webhooks.errors import WebhooksError
from webhooks.models import SUBSCRIBABLE_EVENTS, EventType


class EndpointForm(forms.Form):
    url = forms.URLField(
        max_length=500,
        assume_scheme="https",
        label="Endpoint URL",
        help_text="Your n8n Webhook node's production URL, a Zapier Catch Hook, or your own.",
        widget=forms.URLInput(attrs={"placeholder": "https://n8n.example.com/webhook/…"}),
    )
    description = forms.CharField(max_length=120, required=False, label="Description")
    events = forms.MultipleChoiceField(
        choices=[(e, f"{e} — {EventType(e).label}") for e in SUBSCRIBABLE_EVENTS],
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Leave all unticked to receive every event.",
    )


def _admin_or_redirect(request: HttpRequest) -> HttpResponse | None:
    membership = getattr(request, "membership", None)
    if membership is None or not membership.has_role(Role.ADMIN):
        messages.error(request, "Only workspace admins and the owner can manage webhooks.")
        return redirect("dashboard")
    return None


@active_workspace_required
def endpoints(request: HttpRequest) -> HttpResponse:
    if (denied := _admin_or_redirect(request)) is not None:
        return denied
    workspace = request.workspace  # type: ignore[attr-defined]
    form = EndpointForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            endpoint = services.endpoint_create(
                workspace=workspace,
                url=form.cleaned_data["url"],
                events=form.cleaned_data["events"],
                description=form.cleaned_data["description"],
            )
        except WebhooksError as exc:
            form.add_error("url", str(exc))
        else:
            messages.success(
                request,
                f"Added {endpoint.url}. Copy its signing secret below and send a test event.",
            )
            return redirect("webhook_endpoints")
    context = {
        "form": form,
        "endpoints": selectors.endpoints_of(workspace=workspace),
        "job_url_secret": services.state_ensure(workspace=workspace).job_url_secret,
    }
    return render(request, "webhooks/endpoints.html", context, status=400 if form.errors else 200)


@active_workspace_required
@require_POST
def endpoint_delete(request: HttpRequest, endpoint_id: str) -> HttpResponse:
    if (denied := _admin_or_redirect(request)) is not None:
        return denied
    workspace = request.workspace  # type: ignore[attr-defined]
    endpoint = selectors.endpoint_get(workspace=workspace, endpoint_id=endpoint_id)
    services.endpoint_delete(workspace=workspace, endpoint=endpoint)
    messages.success(request, f"Deleted {endpoint.url}; it receives no more events.")
    return redirect("webhook_endpoints")


@active_workspace_required
@require_POST
def endpoint_enable(request: HttpRequest, endpoint_id: str) -> HttpResponse:
    if (denied := _admin_or_redirect(request)) is not None:
        return denied
    workspace = request.workspace  # type: ignore[attr-defined]
    endpoint = selectors.endpoint_get(workspace=workspace, endpoint_id=endpoint_id)
    try:
        services.endpoint_enable(workspace=workspace, endpoint=endpoint)
    except WebhooksError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, f"{endpoint.url} is on again.")
    return redirect("webhook_endpoints")


@active_workspace_required
@require_POST
def endpoint_test(request: HttpRequest, endpoint_id: str) -> HttpResponse:
    if (denied := _admin_or_redirect(request)) is not None:
        return denied
    workspace = request.workspace  # type: ignore[attr-defined]
    endpoint = selectors.endpoint_get(workspace=workspace, endpoint_id=endpoint_id)
    try:
        services.test_event_send(workspace=workspace, endpoint=endpoint)
    except WebhooksError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, "Test event queued; its result appears in the log below.")
    return redirect("webhook_deliveries", endpoint.pk)


@active_workspace_required
def deliveries(request: HttpRequest, endpoint_id: str) -> HttpResponse:
    if (denied := _admin_or_redirect(request)) is not None:
        return denied
    workspace = request.workspace  # type: ignore[attr-defined]
    endpoint = selectors.endpoint_get(workspace=workspace, endpoint_id=endpoint_id)
    page = Paginator(selectors.deliveries_of(workspace=workspace, endpoint=endpoint), 25).get_page(
        request.GET.get("page")
    )
    return render(request, "webhooks/deliveries.html", {"endpoint": endpoint, "page": page})


@active_workspace_required
@require_POST
def redeliver(request: HttpRequest, delivery_id: str) -> HttpResponse:
    if (denied := _admin_or_redirect(request)) is not None:
        return denied
    workspace = request.workspace  # type: ignore[attr-defined]
    delivery = selectors.delivery_get(workspace=workspace, delivery_id=delivery_id)
    try:
        services.delivery_redeliver(workspace=workspace, delivery=delivery)
    except WebhooksError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, f"Redelivering {delivery.event_type} now.")
    if delivery.endpoint_id:
        return redirect("webhook_deliveries", delivery.endpoint_id)
    return redirect("webhook_endpoints")


@active_workspace_required
def docs(request: HttpRequest) -> HttpResponse:
    context = {"base": settings.SITE_URL, "events": [(e.value, e.label) for e in EventType]}
    return render(request, "webhooks/docs.html", context)
