"""Batch pages: upload, confirm the total cost, watch progress, download every clip as a zip."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.http import HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from accounts.decorators import active_workspace_required
from batches import selectors, services
from batches.forms import BatchForm
from billing.selectors import credit_balance
from engine.options import JobOptions
from saas.errors import ApplicationError

SESSION_STAGED = "batch_staged"


def _balance(request: HttpRequest) -> int:
    return credit_balance(workspace=request.workspace)  # type: ignore[attr-defined]


@active_workspace_required
def batch_list(request: HttpRequest) -> HttpResponse:
    """The batches of the workspace, and the upload form (step 1 of 2)."""
    workspace = request.workspace  # type: ignore[attr-defined]
    form = BatchForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        files = [(f.name, f.read()) for f in form.cleaned_data["files"]]
        try:
            plan = services.batch_plan(
                files=files, prompt=form.cleaned_data["prompt"], options=form.options()
            )
        except ApplicationError as exc:
            form.add_error("files", str(exc))
        else:
            token = services.stage_uploads(workspace=workspace, files=files)
            staged = request.session.get(SESSION_STAGED, {})
            staged[token] = {
                "prompt": form.cleaned_data["prompt"],
                "options": form.options().to_dict(),
                "name": form.cleaned_data["name"],
                "consent": form.cleaned_data["consent"],
            }
            request.session[SESSION_STAGED] = staged
            context = {"plan": plan, "token": token, "balance": _balance(request)}
            return render(request, "batches/batch_confirm.html", context)
    context = {
        "form": form,
        "batches": selectors.batches_of(workspace=workspace)[:50],
    }
    return render(request, "batches/batch_list.html", context, status=400 if form.errors else 200)


@active_workspace_required
@require_POST
def batch_confirm(request: HttpRequest) -> HttpResponse:
    """Step 2 of 2: the user saw the total cost and starts the batch (or cancels)."""
    workspace = request.workspace  # type: ignore[attr-defined]
    token = request.POST.get("token", "")
    staged = request.session.get(SESSION_STAGED, {})
    settings_for = staged.pop(token, None)
    request.session[SESSION_STAGED] = staged
    if request.POST.get("action") == "cancel" or settings_for is None:
        services.staged_discard(workspace=workspace, token=token)
        if settings_for is None:
            messages.error(request, "That batch upload has expired. Upload the files again.")
        return redirect("batches")
    try:
        files = services.staged_uploads(workspace=workspace, token=token)
        batch = services.batch_submit(
            workspace=workspace,
            user=request.user,  # type: ignore[arg-type]
            files=files,
            prompt=settings_for["prompt"],
            options=JobOptions.from_dict(settings_for["options"]),
            name=settings_for["name"],
            consent=settings_for["consent"],
        )
    except ApplicationError as exc:
        messages.error(request, str(exc))
        return redirect("batches")
    finally:
        services.staged_discard(workspace=workspace, token=token)
    rejected = len(batch.rejected)
    messages.success(
        request,
        f"{batch.total} clip{'s' if batch.total != 1 else ''} queued · {batch.credits} credits "
        "held until delivery."
        + (
            f" {rejected} file{'s' if rejected != 1 else ''} rejected (see below)."
            if rejected
            else ""
        ),
    )
    return redirect("batch_detail", batch.pk)


def _batch_context(request: HttpRequest, batch_id: str) -> dict[str, Any]:
    workspace = request.workspace  # type: ignore[attr-defined]
    batch = selectors.batch_get(workspace=workspace, batch_id=batch_id)
    progress = selectors.batch_progress(workspace=workspace, batch=batch)
    return {
        "batch": batch,
        "progress": progress,
        "items": selectors.batch_jobs(workspace=workspace, batch=batch),
    }


@active_workspace_required
def batch_detail(request: HttpRequest, batch_id: str) -> HttpResponse:
    return render(request, "batches/batch_detail.html", _batch_context(request, batch_id))


@active_workspace_required
def batch_live(request: HttpRequest, batch_id: str) -> HttpResponse:
    """Progress and items alone, polled by htmx while anything is still running."""
    return render(request, "batches/batch_live.html", _batch_context(request, batch_id))


@active_workspace_required
def batch_download(request: HttpRequest, batch_id: str) -> HttpResponse:
    workspace = request.workspace  # type: ignore[attr-defined]
    batch = selectors.batch_get(workspace=workspace, batch_id=batch_id)
    response = StreamingHttpResponse(
        selectors.batch_clips_zip(workspace=workspace, batch=batch), content_type="application/zip"
    )
    response["Content-Disposition"] = f'attachment; filename="stillmotion-batch-{batch.pk}.zip"'
    response["Cache-Control"] = "private, no-store"
    return response
