"""Writes for batches: plan (what it would run and cost), submit (one job per good item, each
with its credits held), stage uploads between the quote and the confirm, and mark a batch
completed when its last job ends.

Every good row becomes its own job in the batch; every bad file or row is rejected with a
reason (kept on `Batch.rejected`) and the rest run. Jobs then wait in the queue and are
dispatched within the workspace's concurrency cap like any other job.
"""

from __future__ import annotations

import posixpath
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.utils import timezone

from accounts.models import User, Workspace
from batches import signals
from batches.intake import (
    BatchFile,
    BatchRejected,
    expand_uploads,
    lower,
    parse_csv,
)
from batches.models import Batch
from billing.selectors import plan_for
from engine.options import InvalidOptions, JobOptions
from engine.photo import ACCEPTED, MAX_BYTES, sniff_format
from pipeline import media
from pipeline import services as pipeline_services
from pipeline.models import ACTIVE_STATUSES, Job
from saas.errors import ApplicationError
from saas.text import one_line

_DURATION_COLUMNS = ("duration", "duration_s", "seconds", "length")


def max_items() -> int:
    return int(settings.BATCH_MAX_ITEMS)


@dataclass(frozen=True)
class Rejection:
    name: str
    reason: str

    def to_dict(self) -> dict[str, str]:
        return {"name": self.name, "reason": self.reason}


@dataclass(frozen=True)
class PlannedItem:
    name: str
    data: bytes
    prompt: str
    options: JobOptions
    credits: int


@dataclass
class BatchPlan:
    items: list[PlannedItem] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)

    @property
    def credits(self) -> int:
        return sum(item.credits for item in self.items)


# -- reading uploads ---------------------------------------------------------------------------
def _row_options(row: dict[str, str], base: JobOptions) -> JobOptions:
    changes: dict[str, Any] = {}
    ratio = row.get("ratio", "")
    if ratio:
        changes["ratio"] = ratio
    duration = next((row[c] for c in _DURATION_COLUMNS if row.get(c)), "")
    if duration:
        try:
            changes["duration_s"] = float(duration.lower().rstrip("s").strip())
        except ValueError as exc:
            raise BatchRejected(f"Duration {duration!r} isn't a number of seconds.") from exc
    if row.get("resolution"):
        changes["resolution"] = row["resolution"]
    return replace(base, **changes) if changes else base


# -- planning (the confirm step) and submitting ------------------------------------------------
def batch_plan(
    *,
    files: Sequence[tuple[str, bytes]],
    prompt: str,
    options: JobOptions,
    rows: list[dict[str, str]] | None = None,
) -> BatchPlan:
    """What the batch would run and cost, without writing anything."""
    photos, csv_data = expand_uploads(files)
    if rows is None and csv_data is not None:
        rows = parse_csv(csv_data)
    plan = BatchPlan()
    if rows is None:
        for photo in photos:
            _plan_add(plan, photo, prompt, options)
    else:
        by_name = {p.name: p for p in photos}
        by_lower = {lower(p.name): p for p in photos}
        used: set[str] = set()
        for number, row in enumerate(rows, start=2):  # line 1 is the header
            name = posixpath.basename(row.get("file", "").replace("\\", "/"))
            photo = by_name.get(name) or by_lower.get(lower(name))
            if not name:
                plan.rejected.append(Rejection(f"CSV line {number}", "The row names no file."))
                continue
            if photo is None:
                plan.rejected.append(
                    Rejection(name, f"CSV line {number} names a file that isn't in the upload.")
                )
                continue
            used.add(photo.name)
            try:
                row_options = _row_options(row, options)
            except (ApplicationError, InvalidOptions) as exc:
                plan.rejected.append(Rejection(name, f"CSV line {number}: {exc}"))
                continue
            _plan_add(plan, photo, row.get("prompt") or prompt, row_options)
        for photo in photos:
            if photo.name not in used:
                plan.rejected.append(
                    Rejection(photo.name, "Not listed in the CSV, so it has no prompt.")
                )
    if len(plan.items) > max_items():
        raise BatchRejected(
            f"This batch has {len(plan.items)} photos; a batch may have up to {max_items()}. "
            "Split it into smaller batches."
        )
    return plan


def _quick_reject(photo: BatchFile) -> str | None:
    """Why the file is surely not a photo we take, from its size and first bytes (cheap, so
    the confirm step can show it; the full check runs when the batch starts)."""
    if not photo.data:
        return "This file is empty."
    if len(photo.data) > MAX_BYTES:
        return f"This file is over the {MAX_BYTES // 1048576} MB upload limit."
    kind = sniff_format(photo.data)
    if kind not in ("JPEG", "PNG", "WEBP", "HEIF"):
        return f"This file is {kind}, not a photo we can animate. Upload a {ACCEPTED} photo."
    return None


def _plan_add(plan: BatchPlan, photo: BatchFile, prompt: str, options: JobOptions) -> None:
    reason = _quick_reject(photo)
    if reason:
        plan.rejected.append(Rejection(photo.name, reason))
        return
    try:
        credits = pipeline_services.job_cost(options=options)
    except Exception as exc:  # an unknown resolution or provider: the pricing error says why
        plan.rejected.append(Rejection(photo.name, str(exc)))
        return
    if len(prompt) > 1000:
        plan.rejected.append(Rejection(photo.name, "Keep the prompt under 1,000 characters."))
        return
    plan.items.append(PlannedItem(photo.name, photo.data, prompt.strip(), options, credits))


def batch_submit(
    *,
    workspace: Workspace,
    user: User | None,
    files: Sequence[tuple[str, bytes]],
    prompt: str,
    options: JobOptions,
    rows: list[dict[str, str]] | None = None,
    name: str = "",
    consent: bool = False,
) -> Batch:
    """Create the batch: each good item becomes a queued job with its credits held."""
    pipeline_services.workspace_assert_active(workspace)
    plan = batch_plan(files=files, prompt=prompt, options=options, rows=rows)
    if not plan.items and not plan.rejected:
        raise BatchRejected("Add photos (or a zip of photos) to the batch.")
    batch = Batch.objects.create(
        workspace=workspace,
        created_by=user,
        name=one_line(name, what="The batch name", field="name")[:200] or _default_name(),
    )
    rejected = list(plan.rejected)
    # Phase 1: verify and store each photo (each upload is its own small transaction).
    ready = []
    for item in plan.items:
        try:
            photo = pipeline_services.photo_upload(
                workspace=workspace, user=user, data=item.data, filename=item.name, consent=consent
            )
        except ApplicationError as exc:
            rejected.append(Rejection(item.name, str(exc)))
            continue
        ready.append((item, photo))
    # A batch is one submission: it may hold up to the plan's batch size; the rest are refused
    # with the reason rather than silently dropped.
    plan_limit = plan_for(workspace=workspace)
    if len(ready) > plan_limit.max_batch_size:
        for item, _photo in ready[plan_limit.max_batch_size :]:
            rejected.append(
                Rejection(
                    item.name,
                    f"The {plan_limit.name} plan runs batches of up to "
                    f"{plan_limit.max_batch_size} photos; this one was left out. "
                    "Submit it in another batch or upgrade.",
                )
            )
        ready = ready[: plan_limit.max_batch_size]
    # Phase 2: queue the jobs in one transaction, one savepoint per job, so a job that can't be
    # queued (credits ran out, a plan limit) is rejected alone and the rest still run.
    accepted = credits = 0
    with transaction.atomic():
        for item, photo in ready:
            try:
                result = pipeline_services.jobs_submit(
                    workspace=workspace,
                    user=user,
                    photos=[photo],
                    prompt=item.prompt,
                    options=item.options,
                    batch_id=batch.pk,
                )
            except ApplicationError as exc:
                rejected.append(Rejection(item.name, str(exc)))
                continue
            accepted += 1
            credits += result.credits
        batch.total = accepted
        batch.credits = credits
        batch.rejected = [r.to_dict() for r in rejected]
        if not accepted:
            batch.completed_at = timezone.now()
        batch.save(update_fields=["total", "credits", "rejected", "completed_at"])
    return batch


def _default_name() -> str:
    return f"Batch of {timezone.localtime():%b %-d, %H:%M}"


# -- staging uploads between the quote and the confirm ------------------------------------------
def _staging_dir(workspace: Workspace, token: str) -> str:
    return f"batch-staging/{workspace.pk}/{token}"


def stage_uploads(*, workspace: Workspace, files: Sequence[tuple[str, bytes]]) -> str:
    """Keep the uploads until the user confirms the cost; returns the staging token."""
    token = uuid.uuid4().hex
    folder = _staging_dir(workspace, token)
    for index, (name, data) in enumerate(files):
        safe = posixpath.basename(name.replace("\\", "/")) or "upload"
        media.save(f"{folder}/{index:04d}-{safe}", ContentFile(data))
    return token


def staged_uploads(*, workspace: Workspace, token: str) -> list[tuple[str, bytes]]:
    if not token.isalnum():
        raise BatchRejected("That batch upload has expired. Upload the files again.")
    folder = _staging_dir(workspace, token)
    try:
        _, names = media.guarded("find the staged uploads", lambda: default_storage.listdir(folder))
    except FileNotFoundError:
        names = []
    if not names:
        raise BatchRejected("That batch upload has expired. Upload the files again.")
    files = []
    for stored in sorted(names):
        files.append((stored.split("-", 1)[1], media.read_bytes(f"{folder}/{stored}")))
    return files


def staged_discard(*, workspace: Workspace, token: str) -> None:
    if not token.isalnum():
        return
    folder = _staging_dir(workspace, token)
    try:
        _, names = default_storage.listdir(folder)
    except (FileNotFoundError, *media.STORAGE_ERRORS):
        return  # a leftover staging file costs bytes, never a wrong result
    for stored in names:
        media.delete_quietly(f"{folder}/{stored}")


@transaction.atomic
def batch_complete_if_done(*, batch_id: uuid.UUID | str) -> bool:
    """Mark the batch completed (once) when none of its jobs is still active; after commit
    `batch_completed` tells the apps above (webhooks). True if this call completed it."""
    batch = Batch.objects.select_for_update().filter(pk=batch_id).first()
    if batch is None or batch.completed_at is not None:
        return False
    if Job.objects.filter(
        workspace_id=batch.workspace_id, batch_id=batch.pk, status__in=ACTIVE_STATUSES
    ).exists():
        return False
    batch.completed_at = timezone.now()
    batch.save(update_fields=["completed_at"])
    batch_pk = str(batch.pk)
    transaction.on_commit(
        lambda: signals.batch_completed.send_robust(sender=Batch, batch_id=batch_pk)
    )
    return True


def batches_complete_finished() -> int:
    """Beat safety net: complete batches whose last job ended while a receiver was down."""
    open_batches = Batch.objects.filter(completed_at__isnull=True).values_list("pk", flat=True)
    return sum(batch_complete_if_done(batch_id=pk) for pk in open_batches[:500])
