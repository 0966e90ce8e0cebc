"""Batch pages: upload, confirm the total cost, watch progress, download every clip as a zip."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import messages
from django.http import HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from accounts.decorators import active_workspace_required
from engine.options import AUTO, DURATION_CHOICES, RATIO_CHOICES, RESOLUTION_CHOICES, JobOptions
from pipeline import batches
from pipeline.errors import PipelineError
from pipeline.forms import MultipleFileInput

SESSION_STAGED = "batch_staged"


class BatchFilesField(forms.FileField):
    """Many files in one input (photos and zips); each is checked later, one by one."""

    def clean(self, data: object, initial: object = None) -> list[object]:
        files = data if isinstance(data, list | tuple) else [data] if data else []
        if not files:
            raise forms.ValidationError("Choose photos, or a zip of photos.")
        return [super(BatchFilesField, self).clean(f, initial) for f in files]


class BatchForm(forms.Form):
    files = BatchFilesField(
        label="Photos, or a zip",
        widget=MultipleFileInput(attrs={"accept": "image/*,.zip", "multiple": True}),
        help_text=(
            "Many photos, or a zip of them. Add a CSV inside the zip (file, prompt, ratio, "
            "duration) to give each photo its own prompt."
        ),
    )
    name = forms.CharField(max_length=200, required=False, label="Batch name")
    prompt = forms.CharField(
        max_length=1000,
        required=False,
        label="Describe the motion (for every photo)",
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    ratio = forms.ChoiceField(choices=RATIO_CHOICES, initial=AUTO, label="Aspect ratio")
    duration_s = forms.TypedChoiceField(
        choices=DURATION_CHOICES, coerce=int, initial=3, label="Length"
    )
    resolution = forms.ChoiceField(choices=RESOLUTION_CHOICES, initial="720p")
    consent = forms.BooleanField(
        required=False,
        label="I am the person pictured, or I have the consent of everyone pictured.",
    )

    def options(self) -> JobOptions:
        data = self.cleaned_data
        return JobOptions(
            ratio=data["ratio"], duration_s=float(data["duration_s"]), resolution=data["resolution"]
        )


def _balance(request: HttpRequest) -> int:
    from billing.selectors import credit_balance

    return credit_balance(workspace=request.workspace)  # type: ignore[attr-defined]


@active_workspace_required
def batch_list(request: HttpRequest) -> HttpResponse:
    """The batches of the workspace, and the upload form (step 1 of 2)."""
    workspace = request.workspace  # type: ignore[attr-defined]
    form = BatchForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        files = [(f.name, f.read()) for f in form.cleaned_data["files"]]
        try:
            plan = batches.batch_plan(
                files=files, prompt=form.cleaned_data["prompt"], options=form.options()
            )
        except PipelineError as exc:
            form.add_error("files", str(exc))
        else:
            token = batches.stage_uploads(workspace=workspace, files=files)
            staged = request.session.get(SESSION_STAGED, {})
            staged[token] = {
                "prompt": form.cleaned_data["prompt"],
                "options": form.options().to_dict(),
                "name": form.cleaned_data["name"],
                "consent": form.cleaned_data["consent"],
            }
            request.session[SESSION_STAGED] = staged
            context = {"plan": plan, "token": token, "balance": _balance(request)}
            return render(request, "pipeline/batch_confirm.html", context)
    context = {
        "form": form,
        "batches": batches.batches_of(workspace=workspace)[:50],
    }
    return render(request, "pipeline/batch_list.html", context, status=400 if form.errors else 200)


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
        batches.staged_discard(workspace=workspace, token=token)
        if settings_for is None:
            messages.error(request, "That batch upload has expired. Upload the files again.")
        return redirect("batches")
    try:
        files = batches.staged_uploads(workspace=workspace, token=token)
        batch = batches.batch_submit(
            workspace=workspace,
            user=request.user,  # type: ignore[arg-type]
            files=files,
            prompt=settings_for["prompt"],
            options=JobOptions.from_dict(settings_for["options"]),
            name=settings_for["name"],
            consent=settings_for["consent"],
        )
    except PipelineError as exc:
        messages.error(request, str(exc))
        return redirect("batches")
    finally:
        batches.staged_discard(workspace=workspace, token=token)
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
    batch = batches.batch_get(workspace=workspace, batch_id=batch_id)
    progress = batches.batch_progress(workspace=workspace, batch=batch)
    return {
        "batch": batch,
        "progress": progress,
        "items": batches.batch_jobs(workspace=workspace, batch=batch),
    }


@active_workspace_required
def batch_detail(request: HttpRequest, batch_id: str) -> HttpResponse:
    return render(request, "pipeline/batch_detail.html", _batch_context(request, batch_id))


@active_workspace_required
def batch_live(request: HttpRequest, batch_id: str) -> HttpResponse:
    """Progress and items alone, polled by htmx while anything is still running."""
    return render(request, "pipeline/batch_live.html", _batch_context(request, batch_id))


@active_workspace_required
def batch_download(request: HttpRequest, batch_id: str) -> HttpResponse:
    workspace = request.workspace  # type: ignore[attr-defined]
    batch = batches.batch_get(workspace=workspace, batch_id=batch_id)
    response = StreamingHttpResponse(
        batches.batch_clips_zip(workspace=workspace, batch=batch), content_type="application/zip"
    )
    response["Content-Disposition"] = f'attachment; filename="stillmotion-batch-{batch.pk}.zip"'
    response["Cache-Control"] = "private, no-store"
    return response
