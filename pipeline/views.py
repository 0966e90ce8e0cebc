"""Product pages: landing, the clips dashboard, job pages and member-only media."""

from __future__ import annotations

import logging
from datetime import datetime, time
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

from accounts.decorators import active_workspace_required, workspace_member
from accounts.models import Membership, Role
from billing import quotas
from billing import selectors as billing_selectors
from engine.errors import EngineError
from engine.intent.rules import ImageFacts
from engine.options import JobOptions
from engine.providers.callbacks import CallbackRejected, status_from_callback
from engine.providers.errors import ProviderError
from engine.providers.registry import ConfigError
from engine.spec import MotionBrush
from pipeline import engine_config, events, links, selectors, services
from pipeline.flow.parse import read_intent, summary
from pipeline.forms import (
    PROMPT_EXAMPLES,
    IntentPreviewForm,
    JobFilterForm,
    NewClipForm,
    QuoteForm,
    RetryForm,
)
from pipeline.media import serve
from pipeline.models import ACTIVE_STATUSES, Job, JobStatus, Photo
from pipeline.selectors import MAX_VERIFY_BYTES
from saas import ratelimit
from saas.client_ip import client_ip
from saas.errors import ApplicationError
from saas.pagination import CursorInvalid, paginate

logger = logging.getLogger(__name__)

PAGE_SIZE = 25
# The live preview is asked for as the user types (htmx waits for a pause): generous for a
# person, a ceiling for a script. It reads and writes nothing but a counter.
PREVIEWS_PER_MINUTE = 120
# Before a photo is uploaded the preview knows nothing about it: the parser then assumes
# nothing (sky and water unknown) and the ratio follows the form.
UNKNOWN_PHOTO = ImageFacts(1080, 1350)


def landing(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return redirect("dashboard")
    return render(request, "landing.html")


# -- the jobs list: keyset pagination stays fast however many jobs a workspace has ----------
def _jobs_page(request: HttpRequest) -> dict[str, Any]:
    form = JobFilterForm(request.GET or None)
    status = since = until = None
    if form.is_valid():
        status = form.cleaned_data["status"] or None
        tz = timezone.get_current_timezone()
        if form.cleaned_data["since"]:
            since = datetime.combine(form.cleaned_data["since"], time.min, tzinfo=tz)
        if form.cleaned_data["until"]:
            until = datetime.combine(form.cleaned_data["until"], time.max, tzinfo=tz)
    jobs = selectors.job_list(
        workspace=request.workspace,
        status=status,
        since=since,
        until=until,  # type: ignore[attr-defined]
    )
    try:
        page = paginate(jobs, cursor=request.GET.get("after"), limit=PAGE_SIZE)
    except CursorInvalid:  # a stale or edited link: show the first page rather than an error
        page = paginate(jobs, cursor=None, limit=PAGE_SIZE)
    query = request.GET.copy()
    query.pop("after", None)
    next_query = None
    if page.next_cursor:
        query["after"] = page.next_cursor
        next_query = query.urlencode()
    return {
        "jobs": page.items,
        "filter_form": form,
        "next_query": next_query,
        "any_active": any(job.status in ACTIVE_STATUSES for job in page.items),
        "filters_on": bool(status or since or until),
    }


def _new_clip_context(
    request: HttpRequest, form: NewClipForm, kept: list[Photo] = ()
) -> dict[str, Any]:  # type: ignore[assignment]
    workspace = request.workspace  # type: ignore[attr-defined]
    return {
        "form": form,
        "examples": PROMPT_EXAMPLES,
        "kept_photos": kept,
        "allowance": billing_selectors.plan_allowance(
            workspace=workspace,
            clips_this_month=selectors.clips_this_month_count(workspace=workspace),
        ),
        **_jobs_page(request),
    }


@active_workspace_required
def dashboard(request: HttpRequest) -> HttpResponse:
    return render(request, "pipeline/dashboard.html", _new_clip_context(request, NewClipForm()))


@active_workspace_required
@require_GET
def clip_quote(request: HttpRequest) -> HttpResponse:
    """'Costs 3 credits · 47 left after', for the job form (an htmx fragment). What is held is
    the most the provider chain could cost; what is charged is the delivering provider's."""
    workspace = request.workspace  # type: ignore[attr-defined]
    form = QuoteForm(request.GET)
    context: dict[str, Any] = {"error": ""}
    if not form.is_valid():
        context["error"] = "Pick a length and a resolution to see the price."
        return render(request, "pipeline/_quote.html", context)
    data = form.cleaned_data
    count = data["count"] or 1
    options = JobOptions.from_dict(data)
    try:
        held = services.job_cost(options=options)
        lowest = services.job_charge(options=options, provider="local")
        # The form's own limits (resolution, length, batch size) are checked here so the user
        # sees them early; running and monthly counts are checked at submission.
        quotas.check_can_submit(
            workspace=workspace,
            duration_s=options.billed_duration_s,
            resolution=options.resolution,
            provider="local",
            count=count,
            running_jobs=0,
            clips_this_month=0,
        )
    except ApplicationError as exc:
        context["error"] = str(exc)
        return render(request, "pipeline/_quote.html", context)
    cost = held * count
    balance = billing_selectors.credit_balance(workspace=workspace)
    context.update(
        cost=cost,
        lowest=lowest * count if lowest < held else None,
        balance=balance,
        after=max(0, balance - cost),
        short=max(0, cost - balance),
        overage_allowed=billing_selectors.plan_for(workspace=workspace).overage_allowed,
    )
    return render(request, "pipeline/_quote.html", context)


@active_workspace_required
@require_GET
def clip_preview(request: HttpRequest) -> HttpResponse:
    """ "push-in · snow · 3 s · 9:16" and the notes, for the job form as the user types (an
    htmx fragment): the same reading the job's parse stage will make."""
    workspace, user = request.workspace, request.user  # type: ignore[attr-defined]
    context: dict[str, Any] = {"error": "", "notes": [], "summary": ""}
    if not ratelimit.allow(f"preview:{user.pk}", limit=PREVIEWS_PER_MINUTE, window_s=60):
        context["error"] = "The preview pauses for a moment (many changes in a minute)."
        return render(request, "pipeline/_intent_preview.html", context, status=429)
    form = IntentPreviewForm(request.GET)
    if not form.is_valid():
        context["error"] = " ".join(e for errors in form.errors.values() for e in errors)
        return render(request, "pipeline/_intent_preview.html", context)
    photo_id = form.first_photo_id()
    facts = UNKNOWN_PHOTO
    if photo_id:  # another workspace's photo is a 404, as everywhere
        facts = selectors.photo_intent_facts(
            photo=selectors.photo_get(workspace=workspace, photo_id=photo_id)
        )
    try:
        options = form.options()
        read = read_intent(
            prompt=form.cleaned_data["prompt"], facts=facts, options=options, parser="rules"
        )
    except ApplicationError as exc:
        context["error"] = exc.message
    except EngineError as exc:
        context["error"] = exc.message
    else:
        context.update(
            summary=summary(read.spec),
            notes=read.notes,
            ratio_from_photo=options.ratio == "auto" and not photo_id,
        )
    return render(request, "pipeline/_intent_preview.html", context)


@active_workspace_required
def jobs_rows(request: HttpRequest) -> HttpResponse:
    """The jobs table alone, polled by htmx while anything is in progress."""
    return render(request, "pipeline/_jobs_table.html", _jobs_page(request))


@active_workspace_required
@require_POST
def clips_create(request: HttpRequest) -> HttpResponse:
    form = NewClipForm(request.POST, request.FILES)
    if not form.is_valid():
        return render(
            request, "pipeline/dashboard.html", _new_clip_context(request, form), status=400
        )
    workspace, user = request.workspace, request.user  # type: ignore[attr-defined]
    photos, rejected = [], []
    for photo_id in form.cleaned_data["kept_photo_ids"]:
        try:
            photos.append(selectors.photo_get(workspace=workspace, photo_id=photo_id))
        except Http404:
            rejected.append("A photo from the earlier attempt is gone; choose it again.")
    for upload in form.cleaned_data["photos"]:
        try:
            photos.append(
                services.photo_upload(
                    workspace=workspace,
                    user=user,
                    data=upload.read(),
                    filename=upload.name,
                    consent=form.cleaned_data["consent"],
                )
            )
        except ApplicationError as exc:
            rejected.append(f"{upload.name}: {exc}")
    for reason in rejected:
        messages.error(request, reason)
    if photos:
        try:
            result = services.jobs_submit(
                workspace=workspace,
                user=user,
                photos=photos,
                prompt=form.cleaned_data["prompt"],
                options=form.options(),
            )
        except ApplicationError as exc:
            # Nothing was queued: show the form again as it was, the photos kept, and why.
            form.add_error(None, exc.message)
            context = _new_clip_context(request, form, kept=photos)
            return render(request, "pipeline/dashboard.html", context, status=exc.status)
        else:
            count = len(result.jobs)
            messages.success(
                request,
                f"{count} clip{'s' if count != 1 else ''} queued · {result.credits} credits held "
                "until delivery.",
            )
            if count == 1 and not rejected:
                return redirect("job_detail", result.jobs[0].pk)
    return redirect("dashboard")


def _brush_drawing(job: Job) -> dict[str, Any] | None:
    """The job's motion brush as SVG coordinates (0-100) over the photo, and in words."""
    raw = (job.options or {}).get("brush")
    if not raw:
        return None
    brush = MotionBrush.from_dict(raw)
    return {
        "region": " ".join(f"{x * 100:.2f},{y * 100:.2f}" for x, y in brush.region),
        "arrows": [
            (a.start[0] * 100, a.start[1] * 100, a.end[0] * 100, a.end[1] * 100)
            for a in brush.arrows
        ],
        "anchors": [(x * 100, y * 100) for x, y in brush.anchors],
        "description": brush.describe(),
    }


def _job_context(request: HttpRequest, job: Job) -> dict[str, Any]:
    return {
        "job": job,
        "intent_notes": selectors.job_intent_notes(workspace=request.workspace, job=job),  # type: ignore[attr-defined]
        "brush": _brush_drawing(job),
        "events": selectors.job_events(workspace=request.workspace, job=job),  # type: ignore[attr-defined]
        "attempts": job.attempts.order_by("number"),
        "clip": getattr(job, "clip", None) if job.status == JobStatus.DELIVERED else None,
    }


@active_workspace_required
def job_detail(request: HttpRequest, job_id: str) -> HttpResponse:
    job = selectors.job_get(workspace=request.workspace, job_id=job_id)  # type: ignore[attr-defined]
    context = _job_context(request, job)
    context["retry_form"] = RetryForm(initial={"prompt": job.prompt})
    return render(request, "pipeline/job_detail.html", context)


@active_workspace_required
def job_live(request: HttpRequest, job_id: str) -> HttpResponse:
    """Status, progress and timeline of one job, polled by htmx until it ends."""
    job = selectors.job_get(workspace=request.workspace, job_id=job_id)  # type: ignore[attr-defined]
    # Once the job has ended the fragment carries no polling trigger, so polling stops and
    # the player appears in place, without a page reload.
    return render(request, "pipeline/_job_live.html", _job_context(request, job))


@active_workspace_required
@require_POST
def job_cancel(request: HttpRequest, job_id: str) -> HttpResponse:
    job = selectors.job_get(workspace=request.workspace, job_id=job_id)  # type: ignore[attr-defined]
    try:
        services.job_cancel(workspace=request.workspace, job=job, user=request.user)  # type: ignore[attr-defined]
    except ApplicationError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, "Cancel requested. Nothing is charged for a canceled clip.")
    return redirect("job_detail", job.pk)


@active_workspace_required
@require_POST
def job_retry(request: HttpRequest, job_id: str) -> HttpResponse:
    job = selectors.job_get(workspace=request.workspace, job_id=job_id)  # type: ignore[attr-defined]
    form = RetryForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Keep the prompt under 1,000 characters.")
        return redirect("job_detail", job.pk)
    try:
        new_job = services.job_retry(
            workspace=request.workspace,  # type: ignore[attr-defined]
            user=request.user,  # type: ignore[arg-type]
            job=job,
            prompt=form.cleaned_data["prompt"],
        )
    except ApplicationError as exc:
        messages.error(request, str(exc))
        return redirect("job_detail", job.pk)
    messages.success(request, "A new clip is on its way.")
    return redirect("job_detail", new_job.pk)


# -- media: only for members of the workspace, never a public URL ---------------------------
@active_workspace_required
def photo_media(request: HttpRequest, photo_id: str, variant: str) -> HttpResponse:
    photo = selectors.photo_get(workspace=request.workspace, photo_id=photo_id)  # type: ignore[attr-defined]
    if variant == "thumb":
        return serve(request, photo.thumbnail, content_type="image/jpeg")
    if variant == "original":
        return serve(request, photo.image, content_type=photo.mime)
    raise Http404


@active_workspace_required
def clip_media(request: HttpRequest, clip_id: str, variant: str) -> HttpResponse:
    clip = selectors.clip_get(workspace=request.workspace, clip_id=clip_id)  # type: ignore[attr-defined]
    if variant == "video":
        return serve(request, clip.video, content_type="video/mp4")
    if variant == "download":
        return serve(
            request,
            clip.video,
            content_type="video/mp4",
            download_name=f"stillmotion-{clip.job_id}.mp4",
        )
    if variant == "poster":
        return serve(request, clip.poster, content_type="image/jpeg")
    raise Http404


# -- public verification ------------------------------------------------------------------
def verify_page(request: HttpRequest) -> HttpResponse:
    """Anyone can check a clip, no login: the manifest, or the watermark after re-encoding."""
    report, error, status = None, None, 200
    if request.method == "POST":
        declared = int(request.META.get("CONTENT_LENGTH") or 0)
        if not request.user.is_authenticated and not ratelimit.allow(
            f"verify:{client_ip(request)}", limit=settings.VERIFY_ANONYMOUS_PER_HOUR, window_s=3600
        ):
            error, status = (
                "You have checked many clips in the last hour. Sign in, or try again later.",
                429,
            )
        elif declared > MAX_VERIFY_BYTES + 64 * 1024:  # refused before the body is read
            error, status = (
                f"That file is {declared / 1048576:.0f} MB; files up to "
                f"{MAX_VERIFY_BYTES // 1048576} MB can be checked.",
                413,
            )
        elif (upload := request.FILES.get("clip")) is None:
            error = "Choose a clip to check."
        else:
            try:
                report = selectors.clip_verify_upload(data=upload.read())
            except ApplicationError as exc:
                error = str(exc)
    if error and status == 200:
        status = 400
    return render(
        request, "pipeline/verify.html", {"report": report, "error": error}, status=status
    )


# -- a workspace's own protected people -----------------------------------------------------
@workspace_member
def protected_people(request: HttpRequest, membership: Membership) -> HttpResponse:
    workspace = membership.workspace
    can_manage = membership.has_role(Role.ADMIN)
    if request.method == "POST":
        if not can_manage:
            messages.error(request, "Only admins and the owner can change protected people.")
        elif request.POST.get("delete"):
            label = services.protected_identity_remove(
                workspace=workspace, identity_id=request.POST.get("delete", "")
            )
            messages.success(request, f"Removed {label}.")
        else:
            upload = request.FILES.get("photo")
            try:
                if upload is None:
                    raise ApplicationError("Choose a photo of the person.")
                services.protected_identity_add(
                    workspace=workspace,
                    label=request.POST.get("label", ""),
                    data=upload.read(),
                    filename=upload.name,
                    user=request.user,  # type: ignore[arg-type]
                )
            except ApplicationError as exc:
                messages.error(request, str(exc))
            else:
                messages.success(request, "Added. Photos with this person's face will be refused.")
        return redirect("protected_people", workspace.pk)
    identities = selectors.protected_identities_of(workspace=workspace)
    return render(
        request,
        "pipeline/protected_people.html",
        {"ws": workspace, "me": membership, "identities": identities, "can_manage": can_manage},
    )


def photo_provider_link(request: HttpRequest, photo_id: str) -> HttpResponse:
    """The photo for a remote video provider that fetches images by URL (Luma): no login,
    only a valid signature for this photo, for an hour."""
    try:
        links.check(
            purpose=links.PHOTO_FOR_PROVIDER,
            object_id=str(photo_id),
            expires=request.GET.get("expires", ""),
            sig=request.GET.get("sig", ""),
        )
    except links.LinkInvalid as exc:
        raise Http404 from exc
    photo = Photo.objects.filter(pk=photo_id).first()
    if photo is None:
        raise Http404
    return serve(request, photo.image, content_type=photo.mime)


# -- vendors calling back -------------------------------------------------------------------
@csrf_exempt
@require_POST
def provider_callback(request: HttpRequest, provider: str) -> HttpResponse:
    """A vendor says its task changed: verify it (Replicate's HMAC, fal's Ed25519), read the
    task's real status from the vendor's API, wake the worker polling that task, and note it
    on the job. A callback never decides anything by itself; polling remains the fallback."""
    if provider not in engine_config.CALLBACK_VENDORS:
        return JsonResponse({"error": "no such provider callback"}, status=404)
    try:
        vendor = engine_config.build_provider(provider)
    except ConfigError:
        return JsonResponse({"error": "unknown or disabled provider"}, status=404)
    try:
        task_id, status = status_from_callback(
            vendor,
            headers={k.lower(): v for k, v in request.headers.items()},
            body=request.body,
            replicate_secret=settings.REPLICATE_WEBHOOK_SECRET or None,
            fal_jwks=engine_config.fal_jwks() if provider == "fal" else None,
        )
    except CallbackRejected as exc:
        logger.warning("rejected %s callback: %s", provider, exc)
        return JsonResponse({"error": "callback rejected"}, status=400)
    except ProviderError as exc:  # the re-fetch failed: the polling loop will see it anyway
        logger.warning("could not re-fetch %s task after a callback: %s", provider, exc)
        return JsonResponse({"status": "noted"}, status=202)
    attempt = selectors.attempt_by_vendor_task(provider=provider, task_id=task_id)
    if attempt is not None:
        engine_config.callback_waiter().notify(provider, task_id)
        events.vendor_reported(
            attempt.job, provider=provider, task_id=task_id, state=status.state.value
        )
    return JsonResponse({"status": "ok"})
