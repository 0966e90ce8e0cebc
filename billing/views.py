"""Billing pages: pricing, the billing overview, checkout, portal, success, quote, webhook.

Thin: validate, call one service or selector, render. Billing acts on the active workspace
(`request.workspace`); only its owner may pay or open the portal.
"""

from __future__ import annotations

import logging

import stripe
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

from accounts.decorators import active_workspace_required
from accounts.models import Role
from billing import ledger, quotas, selectors, services, stripe_events, stripe_gateway
from billing.forms import CheckoutForm
from billing.models import RESOLUTIONS, BillingAccount, CheckoutKind, CheckoutSession
from saas.errors import ApplicationError

log = logging.getLogger(__name__)


def _is_owner(request: HttpRequest) -> bool:
    membership = getattr(request, "membership", None)
    return membership is not None and membership.has_role(Role.OWNER)


def _require_owner(request: HttpRequest) -> None:
    if not _is_owner(request):
        raise PermissionDenied("Only the workspace owner can manage billing.")


@require_GET
def pricing(request: HttpRequest) -> HttpResponse:
    workspace = getattr(request, "workspace", None)
    current = selectors.plan_for(workspace=workspace) if workspace is not None else None
    return render(
        request,
        "billing/pricing.html",
        {
            "plans": selectors.plans_public(),
            "packs": selectors.credit_packs(),
            "current_plan": current,
            "is_owner": _is_owner(request),
            "stripe_enabled": stripe_gateway.is_enabled(),
            "resolutions": RESOLUTIONS,
            "cost_table": selectors.cost_table(),
        },
    )


def _chart_bars(usage: list[selectors.DayUsage], top: int) -> list[dict]:
    """Bar geometry for the inline SVG chart (100 px tall, one 14 px bar per day)."""
    bars = []
    for i, day in enumerate(usage):
        height = round(100 * day.credits / top) if day.credits else 1
        bars.append(
            {
                "x": i * 20 + 3,
                "y": 110 - height,
                "h": height,
                "day": day.day,
                "credits": day.credits,
                # A date every week and on the last day, never two labels on top of each other.
                "label": (i % 7 == 0 and i < len(usage) - 4) or i == len(usage) - 1,
                "anchor": "end" if i == len(usage) - 1 else "start",
                "label_x": i * 20 + 17 if i == len(usage) - 1 else i * 20 + 3,
            }
        )
    return bars


@active_workspace_required
@require_GET
def billing_overview(request: HttpRequest) -> HttpResponse:
    workspace = request.workspace  # type: ignore[attr-defined]
    account = ledger.account_ensure(workspace=workspace)
    usage = selectors.usage_per_day(workspace=workspace, days=30)
    usage_max = max([day.credits for day in usage] + [1])
    full = max(account.plan.monthly_credits, account.balance, 1)
    return render(
        request,
        "billing/overview.html",
        {
            "account": account,
            "plan": account.plan,
            "balance": account.balance,
            "balance_pct": min(100, round(100 * account.balance / full)),
            "low_credit": account.balance <= settings.BILLING_LOW_CREDIT_THRESHOLD,
            "bars": _chart_bars(usage, usage_max),
            "usage_total": sum(day.credits for day in usage),
            "entries": selectors.ledger_recent(workspace=workspace, limit=25),
            "plans": selectors.plans_public(),
            "packs": selectors.credit_packs(),
            "is_owner": _is_owner(request),
            "stripe_enabled": stripe_gateway.is_enabled(),
            "max_concurrent": quotas.max_concurrent_jobs(workspace),
        },
    )


def _base_url(request: HttpRequest) -> str:
    return request.build_absolute_uri("/").rstrip("/")


@active_workspace_required
@require_POST
def billing_checkout(request: HttpRequest) -> HttpResponse:
    _require_owner(request)
    form = CheckoutForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Choose a plan or a credit pack.")
        return redirect("pricing")
    plan = selectors.plan_get(code=form.cleaned_data["plan"]) if form.cleaned_data["plan"] else None
    pack = (
        selectors.credit_pack_get(code=form.cleaned_data["pack"])
        if form.cleaned_data["pack"]
        else None
    )
    try:
        url = services.checkout_start(
            workspace=request.workspace,  # type: ignore[attr-defined]
            actor=request.membership,  # type: ignore[attr-defined]
            base_url=_base_url(request),
            plan=plan,
            pack=pack,
        )
    except ApplicationError as exc:
        if exc.status == 403:
            raise PermissionDenied(exc.message) from exc
        messages.error(request, str(exc))
        return redirect("pricing" if plan else "billing_overview")
    return redirect(url)


@active_workspace_required
@require_POST
def billing_portal(request: HttpRequest) -> HttpResponse:
    _require_owner(request)
    try:
        url = services.portal_start(
            workspace=request.workspace,  # type: ignore[attr-defined]
            actor=request.membership,  # type: ignore[attr-defined]
            base_url=_base_url(request),
        )
    except ApplicationError as exc:
        if exc.status == 403:
            raise PermissionDenied(exc.message) from exc
        messages.error(request, str(exc))
        return redirect("billing_overview")
    return redirect(url)


def _checkout_state(checkout: CheckoutSession, account: BillingAccount | None) -> dict:
    """Done once the webhook landed: the checkout completed, or the plan is already active."""
    done = checkout.completed_at is not None
    if (
        not done
        and checkout.kind == CheckoutKind.SUBSCRIPTION
        and account is not None
        and account.plan_id == checkout.plan_id
        and account.stripe_subscription_id
    ):
        done = True
    return {"checkout": checkout, "account": account, "done": done}


@active_workspace_required
@require_GET
@never_cache
def billing_success(request: HttpRequest) -> HttpResponse:
    workspace = request.workspace  # type: ignore[attr-defined]
    checkout = selectors.checkout_session_get(
        workspace=workspace, stripe_session_id=request.GET.get("session_id", "")
    )
    account = selectors.account_for(workspace=workspace)
    return render(request, "billing/success.html", _checkout_state(checkout, account))


@active_workspace_required
@require_GET
@never_cache
def billing_success_status(request: HttpRequest) -> HttpResponse:
    """The htmx fragment the success page polls until the webhook has landed."""
    workspace = request.workspace  # type: ignore[attr-defined]
    checkout = selectors.checkout_session_get(
        workspace=workspace, stripe_session_id=request.GET.get("session_id", "")
    )
    account = selectors.account_for(workspace=workspace)
    return render(request, "billing/_checkout_status.html", _checkout_state(checkout, account))


@csrf_exempt
@require_POST
def stripe_webhook(request: HttpRequest) -> HttpResponse:
    """Verify on the raw body, store the event once, queue its processing, answer at once."""
    if not stripe_gateway.webhooks_enabled():
        return JsonResponse({"error": "Stripe webhooks are not configured here."}, status=400)
    signature = request.headers.get("Stripe-Signature", "")
    try:
        _event, created = stripe_events.stripe_event_receive(
            payload=request.body, signature=signature
        )
    except stripe.SignatureVerificationError:
        return JsonResponse({"error": "Invalid or stale signature."}, status=400)
    except (ValueError, KeyError):
        return JsonResponse({"error": "The body is not a Stripe event."}, status=400)
    return JsonResponse({"received": True, "duplicate": not created})
