"""Batch pages: upload, then the quote (every file, the total cost, what was rejected) to
confirm, then live progress, and every clip as one zip.

The upload view is checked from its headers before the body is read (plan, size bounds) and
streams files to disk, never into memory; unpacking happens on a light worker while the page
polls."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.files.uploadhandler import TemporaryFileUploadHandler
from django.http import HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_POST

from accounts.decorators import active_workspace_required
from batches import selectors, services
from batches.forms import BatchForm
from billing.selectors import credit_balance, plan_for
from saas.errors import ApplicationError


def _list_page(
    request: HttpRequest, form: BatchForm, *, status: int = 200, upload_error: str = ""
) -> HttpResponse:
    workspace = request.workspace  # type: ignore[attr-defined]
    plan = plan_for(workspace=workspace)
    context = {
        "form": form,
        "upload_error": upload_error,
        "plan": plan,
        "upload_limit": services.batch_bytes_limit(plan),
        "batches": selectors.batches_of(workspace=workspace)[:50],
    }
    return render(request, "batches/batch_list.html", context, status=status)


def _content_length(request: HttpRequest) -> int:
    try:
        return max(int(request.META.get("CONTENT_LENGTH") or 0), 0)
    except ValueError:
        return 0


@active_workspace_required
@csrf_exempt  # checked by `_batch_upload` after the size check, so a refusal reads no body
def batch_list(request: HttpRequest) -> HttpResponse:
    """The batches of the workspace, and the upload form (step 1 of 2)."""
    if request.method != "POST":
        return _list_page(request, BatchForm())
    workspace = request.workspace  # type: ignore[attr-defined]
    try:
        services.batch_upload_check(workspace=workspace, content_length=_content_length(request))
    except ApplicationError as exc:
        return _list_page(request, BatchForm(), status=exc.status, upload_error=exc.message)
    # Every uploaded file goes to a temporary file as it arrives, never whole into memory.
    request.upload_handlers = [TemporaryFileUploadHandler(request)]
    return _batch_upload(request)


@csrf_protect
def _batch_upload(request: HttpRequest) -> HttpResponse:
    workspace = request.workspace  # type: ignore[attr-defined]
    form = BatchForm(request.POST, request.FILES)
    if not form.is_valid():
        return _list_page(request, form, status=400)
    data = form.cleaned_data
    try:
        batch = services.batch_create(
            workspace=workspace,
            user=request.user,  # type: ignore[arg-type]
            uploads=[services.Upload(name=f.name, file=f, size=f.size) for f in data["files"]],
            prompt=data["prompt"],
            options=form.options(),
            name=data["name"],
            consent=data["consent"],
        )
    except ApplicationError as exc:
        form.add_error(exc.field if exc.field in form.fields else "files", exc.message)
        return _list_page(request, form, status=exc.status)
    return redirect("batch_detail", batch.pk)


def _batch_context(request: HttpRequest, batch_id: str) -> dict[str, Any]:
    workspace = request.workspace  # type: ignore[attr-defined]
    batch = selectors.batch_get(workspace=workspace, batch_id=batch_id)
    progress = selectors.batch_progress(workspace=workspace, batch=batch)
    return {
        "batch": batch,
        # Poll while a worker has something to do; a quote waits for the person.
        "polling": batch.status in ("unpacking", "starting") or progress.active > 0,
        "progress": progress,
        "items": selectors.batch_jobs(workspace=workspace, batch=batch),
        "balance": credit_balance(workspace=workspace),
    }


@active_workspace_required
def batch_detail(request: HttpRequest, batch_id: str) -> HttpResponse:
    return render(request, "batches/batch_detail.html", _batch_context(request, batch_id))


@active_workspace_required
def batch_live(request: HttpRequest, batch_id: str) -> HttpResponse:
    """The batch's state alone, polled by htmx while it unpacks, starts or runs."""
    return render(request, "batches/batch_live.html", _batch_context(request, batch_id))


@active_workspace_required
@require_POST
def batch_confirm(request: HttpRequest, batch_id: str) -> HttpResponse:
    """Step 2 of 2: the user saw the quote and starts the batch (or cancels it)."""
    workspace = request.workspace  # type: ignore[attr-defined]
    batch = selectors.batch_get(workspace=workspace, batch_id=batch_id)
    try:
        if request.POST.get("action") == "cancel":
            services.batch_discard(workspace=workspace, batch=batch)
            messages.info(request, "Batch canceled: nothing ran and nothing was charged.")
            return redirect("batches")
        batch = services.batch_confirm(workspace=workspace, batch=batch)
    except ApplicationError as exc:
        messages.error(request, exc.message)
        return redirect("batch_detail", batch.pk)
    count = len(batch.items)
    messages.success(
        request,
        f"Starting {count} clip{'s' if count != 1 else ''} · {batch.quoted_credits} credits, "
        "held until delivery.",
    )
    return redirect("batch_detail", batch.pk)


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
