"""Publishing pages: the list and calendar, Publish on a delivered clip, a publication's own
page, connected accounts (connect, reconnect, disconnect, health), auto-publish rules."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from accounts.decorators import active_workspace_required
from accounts.models import Membership, Role
from publishing import connect, limits, selectors, services
from publishing.clients import SETUPS
from publishing.forms import PublishForm, PublishingSettingsForm, RuleForm
from publishing.models import ACTIVE_STATES, Publication, PublicationState
from publishing.schedule import zone
from saas.errors import ApplicationError
from saas.pagination import CursorInvalid, paginate

PAGE_SIZE = 25
TZ_SESSION_KEY = "publishing_tz"


def _membership(request: HttpRequest) -> Membership:
    return request.membership  # type: ignore[attr-defined, no-any-return]


def _can_manage(request: HttpRequest) -> bool:
    membership = getattr(request, "membership", None)
    return membership is not None and membership.has_role(Role.ADMIN)


def _viewer_tz(request: HttpRequest) -> str:
    """The zone times are shown in: the browser's (sent once as ?tz=), kept in the session."""
    wanted = request.GET.get("tz") or request.POST.get("time_zone")
    if wanted and zone(wanted).key == wanted:
        request.session[TZ_SESSION_KEY] = wanted
        return wanted
    return str(request.session.get(TZ_SESSION_KEY) or "UTC")


# -- the list and the calendar -------------------------------------------------------------
def _list_context(request: HttpRequest) -> dict[str, Any]:
    state = request.GET.get("state") or None
    if state not in (None, "active", *PublicationState.values):
        state = None
    rows = selectors.publication_list(workspace=request.workspace, state=state)  # type: ignore[attr-defined]
    try:
        page = paginate(rows, cursor=request.GET.get("after"), limit=PAGE_SIZE)
    except CursorInvalid:
        page = paginate(rows, cursor=None, limit=PAGE_SIZE)
    query = request.GET.copy()
    query.pop("after", None)
    next_query = None
    if page.next_cursor:
        query["after"] = page.next_cursor
        next_query = query.urlencode()
    return {
        "publications": page.items,
        "next_query": next_query,
        "state": state or "",
        "any_active": any(p.state in ACTIVE_STATES for p in page.items),
    }


def _calendar_context(request: HttpRequest, tz_name: str) -> dict[str, Any]:
    tz = zone(tz_name)
    today = timezone.localtime(timezone.now(), tz).date()
    try:
        anchor = date.fromisoformat(request.GET.get("week", ""))
    except ValueError:
        anchor = today
    monday = anchor - timedelta(days=anchor.weekday())
    start = datetime(monday.year, monday.month, monday.day, tzinfo=tz)
    end = start + timedelta(days=7)
    days: list[dict[str, Any]] = [
        {
            "date": monday + timedelta(days=i),
            "items": [],
            "today": monday + timedelta(days=i) == today,
        }
        for i in range(7)
    ]
    for publication in selectors.publications_between(
        workspace=request.workspace,
        start=start,
        end=end,  # type: ignore[attr-defined]
    ):
        when = publication.published_at or publication.scheduled_for
        local = timezone.localtime(when, tz)
        index = (local.date() - monday).days
        if 0 <= index < 7:
            days[index]["items"].append({"publication": publication, "local": local})
    for day in days:
        day["items"].sort(key=lambda item: item["local"])
    return {
        "days": days,
        "week_start": monday,
        "week_end": monday + timedelta(days=6),
        "prev_week": (monday - timedelta(days=7)).isoformat(),
        "next_week": (monday + timedelta(days=7)).isoformat(),
        "this_week": today.isoformat(),
        "any_active": any(
            item["publication"].state in ACTIVE_STATES for day in days for item in day["items"]
        ),
    }


@active_workspace_required
def publishing_home(request: HttpRequest) -> HttpResponse:
    workspace = request.workspace  # type: ignore[attr-defined]
    tz_name = _viewer_tz(request)
    view = "calendar" if request.GET.get("view") == "calendar" else "list"
    context: dict[str, Any] = {
        "view": view,
        "tz_name": tz_name,
        "clips_ready": selectors.clips_ready(workspace=workspace),
        "accounts": list(selectors.accounts_of(workspace=workspace)),
        "can_publish": services.may_publish(workspace=workspace, membership=_membership(request)),
        "state_choices": [("active", "In progress"), *PublicationState.choices],
    }
    context.update(
        _calendar_context(request, tz_name) if view == "calendar" else _list_context(request)
    )
    return render(request, "publishing/home.html", context)


@active_workspace_required
def publishing_rows(request: HttpRequest) -> HttpResponse:
    """The list or the week alone, polled by htmx while anything is in progress."""
    tz_name = _viewer_tz(request)
    if request.GET.get("view") == "calendar":
        context = {"tz_name": tz_name, **_calendar_context(request, tz_name)}
        return render(request, "publishing/_calendar.html", context)
    context = {"tz_name": tz_name, **_list_context(request)}
    return render(request, "publishing/_rows.html", context)


# -- one publication -------------------------------------------------------------------------
def _publication_context(request: HttpRequest, publication: Publication) -> dict[str, Any]:
    workspace = request.workspace  # type: ignore[attr-defined]
    return {
        "publication": publication,
        "events": selectors.publication_events(workspace=workspace, publication=publication),
        "tz_name": _viewer_tz(request),
        "can_publish": services.may_publish(workspace=workspace, membership=_membership(request)),
    }


@active_workspace_required
def publication_detail(request: HttpRequest, publication_id: str) -> HttpResponse:
    publication = selectors.publication_get(
        workspace=request.workspace,
        publication_id=publication_id,  # type: ignore[attr-defined]
    )
    return render(
        request, "publishing/publication_detail.html", _publication_context(request, publication)
    )


@active_workspace_required
def publication_live(request: HttpRequest, publication_id: str) -> HttpResponse:
    publication = selectors.publication_get(
        workspace=request.workspace,
        publication_id=publication_id,  # type: ignore[attr-defined]
    )
    return render(
        request, "publishing/_publication_live.html", _publication_context(request, publication)
    )


def _publication_action(request: HttpRequest, publication_id: str, action: str) -> HttpResponse:
    workspace = request.workspace  # type: ignore[attr-defined]
    publication = selectors.publication_get(workspace=workspace, publication_id=publication_id)
    try:
        if action == "cancel":
            services.publication_cancel(
                workspace=workspace, membership=_membership(request), publication=publication
            )
            messages.success(request, "Canceled; nothing was posted.")
        else:
            services.publication_retry(
                workspace=workspace, membership=_membership(request), publication=publication
            )
            messages.success(request, "Trying again; this page follows it live.")
    except ApplicationError as exc:
        messages.error(request, exc.message)
    return redirect("publication_detail", publication.pk)


@active_workspace_required
@require_POST
def publication_cancel(request: HttpRequest, publication_id: str) -> HttpResponse:
    return _publication_action(request, publication_id, "cancel")


@active_workspace_required
@require_POST
def publication_retry(request: HttpRequest, publication_id: str) -> HttpResponse:
    return _publication_action(request, publication_id, "retry")


# -- Publish on a delivered clip -------------------------------------------------------------
@active_workspace_required
def publication_new(request: HttpRequest, clip_id: str) -> HttpResponse:
    workspace = request.workspace  # type: ignore[attr-defined]
    membership = _membership(request)
    clip = selectors.clip_for_publishing(workspace=workspace, clip_id=clip_id)
    accounts = [a for a in selectors.accounts_of(workspace=workspace) if not a.needs_reconnect]
    options = [limits.account_limits(a, clip) for a in accounts]
    tz_name = _viewer_tz(request)
    form = PublishForm(
        request.POST or None,
        options=options,
        initial={
            "time_zone": tz_name,
            "caption": clip.job.prompt,
            "accounts": [str(o.account.pk) for o in options if o.fits][:1],
        },
    )
    can_publish = services.may_publish(workspace=workspace, membership=membership)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            done, failed = _publish_to_accounts(request, form, clip, options)
            if done and not failed:
                if len(done) == 1:
                    return redirect("publication_detail", done[0].pk)
                return redirect("publishing")
            if done:
                return redirect("publishing")
        status = 400
    context = {
        "clip": clip,
        "form": form,
        "options": [
            {"limits": o, "privacy": form[PublishForm.privacy_field(o.account)]} for o in options
        ],
        "existing": selectors.publications_of_clip(workspace=workspace, clip=clip),
        "can_publish": can_publish,
        "can_manage": _can_manage(request),
        "reconnect_needed": [
            a for a in selectors.accounts_of(workspace=workspace) if a.needs_reconnect
        ],
        "tz_name": tz_name,
    }
    return render(request, "publishing/publish.html", context, status=status)


def _publish_to_accounts(request: HttpRequest, form: PublishForm, clip, options):  # type: ignore[no-untyped-def]
    workspace = request.workspace  # type: ignore[attr-defined]
    chosen = set(form.cleaned_data["accounts"])
    done, failed = [], []
    for option in options:
        account = option.account
        if str(account.pk) not in chosen:
            continue
        try:
            result = services.publication_create(
                workspace=workspace,
                clip=clip,
                account=account,
                caption=form.cleaned_data["caption"],
                hashtags=form.cleaned_data["hashtags"],
                privacy=form.privacy_for(account),
                scheduled_for=form.cleaned_data["scheduled_for"],
                time_zone=form.cleaned_data["time_zone"],
                user=request.user,  # type: ignore[arg-type]
                membership=_membership(request),
            )
        except ApplicationError as exc:
            failed.append(account)
            target = exc.field if exc.field in ("caption", "hashtags", "scheduled_for") else None
            form.add_error(target, f"{account}: {exc.message}")
            continue
        done.append(result.publication)
        if result.created:
            messages.success(request, f"{account}: {_scheduled_message(result.publication)}")
        else:
            messages.info(
                request,
                f"{account}: this clip is already {result.publication.get_state_display().lower()} "
                "there, so nothing new was scheduled.",
            )
    return done, failed


def _scheduled_message(publication: Publication) -> str:
    if publication.scheduled_for <= timezone.now() + timedelta(seconds=30):
        return "publishing now."
    local = timezone.localtime(publication.scheduled_for, zone(publication.time_zone))
    return f"scheduled for {local:%a %d %b, %H:%M} ({publication.time_zone})."


# -- accounts --------------------------------------------------------------------------------
@active_workspace_required
def accounts_page(request: HttpRequest) -> HttpResponse:
    workspace = request.workspace  # type: ignore[attr-defined]
    policy = services.settings_ensure(workspace=workspace)
    form = PublishingSettingsForm(
        request.POST or None, initial={"who_may_publish": policy.who_may_publish}
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.settings_update(
                workspace=workspace,
                membership=_membership(request),
                who_may_publish=form.cleaned_data["who_may_publish"],
            )
        except ApplicationError as exc:
            messages.error(request, exc.message)
        else:
            messages.success(request, "Saved who may publish.")
        return redirect("publishing_accounts")
    accounts = list(selectors.accounts_of(workspace=workspace))
    platforms = [
        {
            "setup": setup,
            "accounts": [a for a in accounts if a.platform == setup.platform],
        }
        for setup in SETUPS.values()
    ]
    context = {
        "platforms": platforms,
        "accounts": accounts,
        "form": form,
        "policy": policy,
        "can_manage": _can_manage(request),
        "now": timezone.now(),
        "tz_name": _viewer_tz(request),
    }
    return render(request, "publishing/accounts.html", context)


@active_workspace_required
@require_POST
def connect_start(request: HttpRequest, platform: str) -> HttpResponse:
    try:
        url = connect.connect_begin(
            session=request.session,
            workspace=request.workspace,  # type: ignore[attr-defined]
            membership=_membership(request),
            platform=platform,
        )
    except ApplicationError as exc:
        messages.error(request, exc.message)
        return redirect("publishing_accounts")
    return redirect(url)


@login_required
@active_workspace_required
def connect_callback(request: HttpRequest, platform: str) -> HttpResponse:
    try:
        account = connect.connect_complete(
            session=request.session,
            workspace=request.workspace,  # type: ignore[attr-defined]
            membership=_membership(request),
            platform=platform,
            params=request.GET.dict(),
        )
    except ApplicationError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(
            request, f"Connected {account}. Publish a delivered clip to it from Publishing."
        )
    return redirect("publishing_accounts")


@active_workspace_required
@require_POST
def account_reconnect(request: HttpRequest, account_id: str) -> HttpResponse:
    account = selectors.account_get(workspace=request.workspace, account_id=account_id)  # type: ignore[attr-defined]
    return connect_start(request, account.platform)


@active_workspace_required
@require_POST
def account_disconnect(request: HttpRequest, account_id: str) -> HttpResponse:
    workspace = request.workspace  # type: ignore[attr-defined]
    account = selectors.account_get(workspace=workspace, account_id=account_id)
    label = str(account)
    try:
        revoked = services.account_disconnect(
            workspace=workspace, membership=_membership(request), account=account
        )
    except ApplicationError as exc:
        messages.error(request, exc.message)
        return redirect("publishing_accounts")
    if revoked:
        messages.success(
            request, f"Disconnected {label}; the platform confirmed our access is gone."
        )
    else:
        messages.warning(
            request,
            f"Disconnected {label} and deleted its sign-in here, but the platform did not confirm "
            "the revoke. Remove Stillmotion in the account's app settings to be sure.",
        )
    return redirect("publishing_accounts")


# -- auto-publish rules ------------------------------------------------------------------------
@active_workspace_required
def rules_page(request: HttpRequest) -> HttpResponse:
    workspace = request.workspace  # type: ignore[attr-defined]
    tz_name = _viewer_tz(request)
    form = RuleForm(request.POST or None, workspace=workspace, initial={"time_zone": tz_name})
    status = 200
    if request.method == "POST":
        if form.is_valid():
            data = form.cleaned_data
            try:
                rule = services.rule_create(
                    workspace=workspace,
                    membership=_membership(request),
                    account=data["account"],
                    name=data["name"],
                    scope=data["scope"],
                    batch=data.get("batch"),
                    caption_template=data["caption_template"],
                    hashtags=data["hashtags"],
                    privacy=data["privacy"],
                    max_per_day=data["max_per_day"],
                    hours=data["hours"],
                    time_zone=data["time_zone"],
                )
            except ApplicationError as exc:
                form.add_error(exc.field if exc.field in form.fields else None, exc.message)
            else:
                messages.success(request, f"Rule “{rule.name}” is on.")
                return redirect("publishing_rules")
        status = 400
    context = {
        "form": form,
        "rules": selectors.rules_of(workspace=workspace),
        "can_manage": _can_manage(request),
        "has_accounts": selectors.accounts_of(workspace=workspace).exists(),
        "tz_name": tz_name,
    }
    return render(request, "publishing/rules.html", context, status=status)


@active_workspace_required
@require_POST
def rule_toggle(request: HttpRequest, rule_id: str) -> HttpResponse:
    workspace = request.workspace  # type: ignore[attr-defined]
    rule = selectors.rule_get(workspace=workspace, rule_id=rule_id)
    try:
        services.rule_set_enabled(
            workspace=workspace,
            membership=_membership(request),
            rule=rule,
            enabled=not rule.enabled,
        )
    except ApplicationError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, f"“{rule.name}” is {'on' if rule.enabled else 'paused'}.")
    return redirect("publishing_rules")


@active_workspace_required
@require_POST
def rule_delete(request: HttpRequest, rule_id: str) -> HttpResponse:
    workspace = request.workspace  # type: ignore[attr-defined]
    rule = selectors.rule_get(workspace=workspace, rule_id=rule_id)
    try:
        services.rule_delete(workspace=workspace, membership=_membership(request), rule=rule)
    except ApplicationError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(
            request, f"Deleted “{rule.name}”. Posts it already scheduled stay scheduled."
        )
    return redirect("publishing_rules")
