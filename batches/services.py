"""Writes for batches: take an upload (checked against the plan and the size bounds before a
byte is read, streamed to the staging area), unpack and price it on a light worker, wait for
the confirm, start it (one job per good item, each with its credits held), discard what is
never confirmed, and mark a batch completed when its last job ends.

The web process never expands a zip or decodes a photo: it streams the uploaded files to
staging and returns; `batch_unpack` and `batch_start` run as light-queue tasks, one zip entry
(at most one photo's size) in memory or on disk at a time. Every good row becomes its own job
in the batch; every bad file or row is rejected with a reason (kept on `Batch.rejected`) and
the rest run.
"""

from __future__ import annotations

import logging
import tempfile
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, BinaryIO

from django.conf import settings
from django.core.files import File
from django.db import transaction
from django.db.models import Sum
from django.utils import timezone

from accounts.models import User, Workspace
from batches import signals, tasks
from batches.intake import (
    BatchRejected,
    ExpandBudget,
    Unpacked,
    base_name,
    is_archive,
    lower,
    parse_csv,
    read_zip,
)
from batches.models import STAGED_STATUSES, Batch, BatchStatus
from billing.models import Plan
from billing.selectors import plan_for
from engine.options import InvalidOptions, JobOptions
from engine.photo import ACCEPTED, MAX_BYTES, sniff_format
from pipeline import media
from pipeline import services as pipeline_services
from pipeline.models import ACTIVE_STATUSES, Job
from saas.errors import ApplicationError
from saas.text import one_line, visible

logger = logging.getLogger(__name__)

_DURATION_COLUMNS = ("duration", "duration_s", "seconds", "length")
_CSV_SLACK = 2 * 1024 * 1024  # room for a CSV and the form fields beside the photos
STAGING_ROOT = "batch-staging"


class BatchTooLarge(BatchRejected):
    code = "batch_too_large"
    status = 413


class BatchNotReady(ApplicationError):
    """Start or cancel on a batch that is past that step (started, expired, refused)."""

    code = "batch_not_ready"
    status = 409


def max_items() -> int:
    return int(settings.BATCH_MAX_ITEMS)


@dataclass(frozen=True)
class Rejection:
    name: str
    reason: str

    def to_dict(self) -> dict[str, str]:
        return {"name": self.name, "reason": self.reason}


# -- bounds, checked before the body is read ---------------------------------------------------
def batch_bytes_limit(plan: Plan) -> int:
    """The most one batch may upload or unpack to: the plan's batch of full-size photos (and
    a CSV), never more than `BATCH_MAX_UPLOAD_BYTES`."""
    return min(int(settings.BATCH_MAX_UPLOAD_BYTES), plan.max_batch_size * MAX_BYTES + _CSV_SLACK)


def _staged_bytes(workspace: Workspace, *, exclude: uuid.UUID | None = None) -> int:
    batches = Batch.objects.filter(workspace=workspace, status__in=STAGED_STATUSES)
    if exclude is not None:
        batches = batches.exclude(pk=exclude)
    totals = batches.aggregate(up=Sum("upload_bytes"), out=Sum("expanded_bytes"))
    return int(totals["up"] or 0) + int(totals["out"] or 0)


def _mb(size: int) -> str:
    return f"{size / 1048576:,.0f} MB"


def batch_upload_check(*, workspace: Workspace, content_length: int) -> None:
    """Refuse a batch upload from its headers alone: a suspended workspace, a plan without
    batches, a body over the batch bound or over the workspace's room for staged uploads."""
    pipeline_services.workspace_assert_active(workspace)
    plan = plan_for(workspace=workspace)
    if plan.max_batch_size < 2:
        raise BatchRejected(
            f"Batches aren't part of the {plan.name} plan, which makes one clip at a time: use "
            "New clip, or upgrade to run many photos in one go."
        )
    limit = batch_bytes_limit(plan)
    if content_length > limit:
        raise BatchTooLarge(
            f"This upload is {_mb(content_length)}; a {plan.name} batch may upload up to "
            f"{_mb(limit)}. Split it into smaller batches."
        )
    room = int(settings.BATCH_STAGED_BYTES_PER_WORKSPACE) - _staged_bytes(workspace)
    if content_length > room:
        raise BatchTooLarge(
            f"Batches waiting to be unpacked or confirmed already hold "
            f"{_mb(_staged_bytes(workspace))} of this workspace's "
            f"{_mb(int(settings.BATCH_STAGED_BYTES_PER_WORKSPACE))}. Start or cancel them first."
        )


# -- taking an upload (the web process: stream to staging, nothing else) -----------------------
@dataclass(frozen=True)
class Upload:
    """One uploaded file as the web process has it: a name and a file object on disk."""

    name: str
    file: BinaryIO
    size: int


def _folder(workspace_id: Any, batch_id: Any) -> str:
    return f"{STAGING_ROOT}/{workspace_id}/{batch_id}"


def batch_create(
    *,
    workspace: Workspace,
    user: User | None,
    uploads: Sequence[Upload],
    prompt: str,
    options: JobOptions,
    name: str = "",
    consent: bool = False,
    start_at_once: bool = False,
) -> Batch:
    """Stage the uploaded files and queue their unpacking; returns the batch (`unpacking`).

    `start_at_once` skips the confirm (the API): the batch starts as soon as it is priced.
    Settings are checked first; a refused upload leaves no row and no staged file."""
    if not uploads:
        raise BatchRejected("Add photos (or a zip of photos) to the batch.")
    prompt = visible(prompt).strip()
    if len(prompt) > 1000:
        raise BatchRejected("Keep the prompt under 1,000 characters.", field="prompt")
    name = one_line(name, what="The batch name", field="name")[:200] or _default_name()
    total = sum(upload.size for upload in uploads)
    batch_upload_check(workspace=workspace, content_length=total)
    batch_id = uuid.uuid4()
    folder = _folder(workspace.pk, batch_id)
    stored: list[str] = []
    try:
        for index, upload in enumerate(uploads):
            upload.file.seek(0)
            stored.append(
                media.save(
                    f"{folder}/upload/{index:04d}-{base_name(upload.name)}", File(upload.file)
                )
            )
        batch = _batch_insert(
            workspace=workspace,
            user=user,
            batch_id=batch_id,
            name=name,
            upload_bytes=total,
            batch_settings={
                "prompt": prompt,
                "options": options.to_dict(),
                "consent": bool(consent),
                "start_at_once": bool(start_at_once),
                "uploads": [
                    {"name": base_name(u.name), "file": f}
                    for u, f in zip(uploads, stored, strict=True)
                ],
            },
        )
    except BaseException:
        for stored_name in stored:
            media.delete_quietly(stored_name)
        raise
    return batch


@transaction.atomic
def _batch_insert(
    *,
    workspace: Workspace,
    user: User | None,
    batch_id: uuid.UUID,
    name: str,
    upload_bytes: int,
    batch_settings: dict[str, Any],
) -> Batch:
    # The workspace row lock makes two uploads at once count each other against the bound.
    Workspace.objects.select_for_update().filter(pk=workspace.pk).first()
    batch_upload_check(workspace=workspace, content_length=upload_bytes)
    batch = Batch.objects.create(
        id=batch_id,
        workspace=workspace,
        created_by=user,
        name=name,
        status=BatchStatus.UNPACKING,
        settings=batch_settings,
        upload_bytes=upload_bytes,
    )
    transaction.on_commit(lambda: tasks.batch_unpack.delay(str(batch_id)))
    return batch


def _default_name() -> str:
    return f"Batch of {timezone.localtime():%b %-d, %H:%M}"


# -- unpacking and pricing (a light worker) ----------------------------------------------------
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


@dataclass(frozen=True)
class StagedPhoto:
    name: str
    file: str  # its staged name
    reason: str | None  # why it surely isn't a photo we take (size, first bytes), if so


def _quick_reject(size: int, head: bytes) -> str | None:
    """Why the file is surely not a photo we take, from its size and first bytes (cheap, so
    the confirm step can show it; the full check runs when the batch starts)."""
    if not size:
        return "This file is empty."
    if size > MAX_BYTES:
        return f"This file is over the {MAX_BYTES // 1048576} MB upload limit."
    kind = sniff_format(head)
    if kind not in ("JPEG", "PNG", "WEBP", "HEIF"):
        return f"This file is {kind}, not a photo we can animate. Upload a {ACCEPTED} photo."
    return None


def _head(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(64)


class _Unpacker:
    """Expands one batch's uploads into staged photos, a file at a time."""

    def __init__(self, batch: Batch, scratch: Path) -> None:
        self.batch = batch
        self.scratch = scratch
        plan = plan_for(workspace=batch.workspace)
        room = int(settings.BATCH_STAGED_BYTES_PER_WORKSPACE) - _staged_bytes(
            batch.workspace, exclude=batch.pk
        )
        limit = batch_bytes_limit(plan)
        reason = (
            f"A {plan.name} batch may unpack to at most {_mb(limit)}. Split it into smaller "
            "batches."
        )
        if room < limit:
            limit = max(room, 0)
            reason = (
                "Other batches waiting to be unpacked or confirmed hold the rest of this "
                "workspace's room for uploads. Start or cancel them, then upload again."
            )
        self.budget = ExpandBudget(limit=limit, reason=reason)
        self.photos: list[StagedPhoto] = []
        self.csv: bytes | None = None
        self.csv_name = ""
        self.stored: list[str] = []  # what this run staged (deleted again if it fails)

    def add_upload(self, name: str, stored: str) -> None:
        local = media.copy_to_path(stored, self.scratch / "upload")
        try:
            if is_archive(name):
                for entry in read_zip(name, local, scratch=self.scratch, budget=self.budget):
                    self._add_entry(entry)
                media.delete_quietly(stored)  # the zip itself is no longer needed
            else:
                size = local.stat().st_size
                self.budget.take(size)
                self._add_file(Unpacked(name=name, path=local, size=size), stored=stored)
        finally:
            local.unlink(missing_ok=True)

    def _add_entry(self, entry: Unpacked) -> None:
        try:
            self._add_file(entry, stored=None)
        finally:
            entry.path.unlink(missing_ok=True)

    def _add_file(self, entry: Unpacked, *, stored: str | None) -> None:
        if entry.is_csv:
            if self.csv is not None:
                raise BatchRejected(
                    f"The upload has 2 CSV files ({self.csv_name}, {entry.name}); send one CSV "
                    "that lists every photo."
                )
            self.csv, self.csv_name = entry.path.read_bytes(), entry.name
            return
        reason = _quick_reject(entry.size, _head(entry.path))
        if stored is None and reason is None:
            index = len(self.photos)
            with entry.path.open("rb") as handle:
                stored = media.save(
                    f"{_folder(self.batch.workspace_id, self.batch.pk)}/items/"
                    f"{index:04d}-{entry.name}",
                    File(handle),
                )
            self.stored.append(stored)
        self.photos.append(StagedPhoto(name=entry.name, file=stored or "", reason=reason))


def _plan_items(
    photos: list[StagedPhoto], rows: list[dict[str, str]] | None, prompt: str, options: JobOptions
) -> tuple[list[dict[str, Any]], list[Rejection]]:
    """The quote: one item per photo (or CSV row) that can run, a reason for every other."""
    items: list[dict[str, Any]] = []
    rejected: list[Rejection] = []

    def add(photo: StagedPhoto, item_prompt: str, item_options: JobOptions) -> None:
        if photo.reason:
            rejected.append(Rejection(photo.name, photo.reason))
            return
        try:
            credits = pipeline_services.job_cost(options=item_options)
        except ApplicationError as exc:  # an unknown resolution or provider says why
            rejected.append(Rejection(photo.name, str(exc)))
            return
        item_prompt = visible(item_prompt).strip()
        if len(item_prompt) > 1000:
            rejected.append(Rejection(photo.name, "Keep the prompt under 1,000 characters."))
            return
        items.append(
            {
                "name": photo.name,
                "file": photo.file,
                "prompt": item_prompt,
                "options": item_options.to_dict(),
                "credits": credits,
            }
        )

    if rows is None:
        for photo in photos:
            add(photo, prompt, options)
        return items, rejected
    by_name = {p.name: p for p in photos}
    by_lower = {lower(p.name): p for p in photos}
    used: set[str] = set()
    for number, row in enumerate(rows, start=2):  # line 1 is the header
        name = base_name(row.get("file", "")) if row.get("file") else ""
        photo = by_name.get(name) or by_lower.get(lower(name))
        if not name:
            rejected.append(Rejection(f"CSV line {number}", "The row names no file."))
            continue
        if photo is None:
            rejected.append(
                Rejection(name, f"CSV line {number} names a file that isn't in the upload.")
            )
            continue
        used.add(photo.name)
        try:
            row_options = _row_options(row, options)
        except (ApplicationError, InvalidOptions) as exc:
            rejected.append(Rejection(name, f"CSV line {number}: {exc}"))
            continue
        add(photo, row.get("prompt") or prompt, row_options)
    for photo in photos:
        if photo.name not in used:
            rejected.append(Rejection(photo.name, "Not listed in the CSV, so it has no prompt."))
    return items, rejected


def _left_out(plan: Plan, names: Sequence[str]) -> list[Rejection]:
    """Items past the plan's batch size are refused with the reason, not silently dropped."""
    return [
        Rejection(
            name,
            f"The {plan.name} plan runs batches of up to {plan.max_batch_size} photos; this one "
            "was left out. Submit it in another batch or upgrade.",
        )
        for name in names
    ]


def _over_plan(workspace: Workspace, items: list[dict[str, Any]]) -> list[Rejection]:
    plan = plan_for(workspace=workspace)
    left_out = _left_out(plan, [item["name"] for item in items[plan.max_batch_size :]])
    del items[plan.max_batch_size :]
    return left_out


def batch_unpack(*, batch_id: uuid.UUID | str) -> Batch | None:
    """Expand and price a staged upload (task body). The batch ends `ready` (or `starting`
    when it skips the confirm), or `rejected` with the reason; staging of a refused upload is
    deleted. Running it twice is harmless: a batch past `unpacking` is left alone."""
    batch = Batch.objects.select_related("workspace").filter(pk=batch_id).first()
    if batch is None or batch.status != BatchStatus.UNPACKING:
        return batch
    batch_settings = batch.settings
    with tempfile.TemporaryDirectory(prefix="stillmotion-batch-") as scratch:
        unpacker = _Unpacker(batch, Path(scratch))
        try:
            for upload in batch_settings.get("uploads", []):
                unpacker.add_upload(upload["name"], upload["file"])
            rows = parse_csv(unpacker.csv) if unpacker.csv is not None else None
            items, rejected = _plan_items(
                unpacker.photos,
                rows,
                batch_settings.get("prompt", ""),
                JobOptions.from_dict(batch_settings.get("options", {})),
            )
            if len(items) > max_items():
                raise BatchRejected(
                    f"This batch has {len(items)} photos; a batch may have up to {max_items()}. "
                    "Split it into smaller batches."
                )
            rejected += _over_plan(batch.workspace, items)
            if not items and not rejected:
                raise BatchRejected("The upload holds no photos. Add photos, or a zip of them.")
        except (ApplicationError, InvalidOptions) as exc:
            for stored in unpacker.stored:
                media.delete_quietly(stored)
            return _batch_refuse(batch_id=batch.pk, reason=str(exc))
    return _batch_priced(
        batch_id=batch.pk,
        items=items,
        rejected=[r.to_dict() for r in rejected],
        expanded_bytes=unpacker.budget.used,
    )


@transaction.atomic
def _batch_priced(
    *,
    batch_id: uuid.UUID,
    items: list[dict[str, Any]],
    rejected: list[dict[str, str]],
    expanded_bytes: int,
) -> Batch | None:
    batch = Batch.objects.select_for_update().filter(pk=batch_id).first()
    if batch is None or batch.status != BatchStatus.UNPACKING:
        return batch  # canceled while it unpacked: its staging goes with it
    at_once = bool(batch.settings.get("start_at_once"))
    batch.items = items
    batch.rejected = rejected
    batch.expanded_bytes = expanded_bytes
    batch.status = BatchStatus.STARTING if at_once else BatchStatus.READY
    batch.updated_at = timezone.now()
    batch.save(update_fields=["items", "rejected", "expanded_bytes", "status", "updated_at"])
    if at_once:
        transaction.on_commit(lambda: tasks.batch_start.delay(str(batch_id)))
    return batch


@transaction.atomic
def _batch_refuse(*, batch_id: uuid.UUID, reason: str) -> Batch | None:
    batch = Batch.objects.select_for_update().filter(pk=batch_id).first()
    if batch is None or batch.status != BatchStatus.UNPACKING:
        return batch
    _close(batch, status=BatchStatus.REJECTED, error=reason)
    return batch


def _close(batch: Batch, *, status: BatchStatus, error: str = "") -> None:
    """End a batch that will run nothing more and remove its staged files after commit."""
    now = timezone.now()
    batch.status = status
    batch.error = error
    batch.updated_at = now
    batch.completed_at = batch.completed_at or now
    batch.save(update_fields=["status", "error", "updated_at", "completed_at"])
    folder = _folder(batch.workspace_id, batch.pk)
    transaction.on_commit(lambda: staging_delete(folder))


def staging_delete(folder: str) -> int:
    """Delete a staging folder and everything under it (best effort: a leftover costs bytes)."""
    folders, files = media.list_folder(folder)
    for name in files:
        media.delete_quietly(f"{folder}/{name}")
    return len(files) + sum(staging_delete(f"{folder}/{sub}") for sub in folders)


# -- the user's answer -------------------------------------------------------------------------
@transaction.atomic
def batch_confirm(*, workspace: Workspace, batch: Batch) -> Batch:
    """The user saw the quote and starts the batch; a light worker queues its jobs."""
    locked = Batch.objects.select_for_update().get(workspace=workspace, pk=batch.pk)
    if locked.status != BatchStatus.READY:
        raise BatchNotReady(_not_ready(locked))
    pipeline_services.workspace_assert_active(workspace)
    if not locked.items:
        raise BatchNotReady("No photo in this batch can run; nothing to start.")
    locked.status = BatchStatus.STARTING
    locked.updated_at = timezone.now()
    locked.save(update_fields=["status", "updated_at"])
    transaction.on_commit(lambda: tasks.batch_start.delay(str(locked.pk)))
    return locked


@transaction.atomic
def batch_discard(*, workspace: Workspace, batch: Batch) -> Batch:
    """Cancel a batch before it starts: nothing runs, nothing is charged, staging is removed."""
    locked = Batch.objects.select_for_update().get(workspace=workspace, pk=batch.pk)
    if locked.status not in (BatchStatus.UNPACKING, BatchStatus.READY):
        raise BatchNotReady(_not_ready(locked))
    _close(locked, status=BatchStatus.DISCARDED, error="Canceled before it started.")
    return locked


def _not_ready(batch: Batch) -> str:
    return {
        BatchStatus.UNPACKING: "This batch is still being unpacked; wait for its quote.",
        BatchStatus.STARTING: "This batch has already started.",
        BatchStatus.RUNNING: "This batch has already started.",
        BatchStatus.COMPLETED: "This batch has finished.",
        BatchStatus.REJECTED: f"This upload was refused: {batch.error}",
        BatchStatus.DISCARDED: batch.error or "This batch was canceled.",
    }.get(BatchStatus(batch.status), "This batch can't be changed now.")


# -- starting (a light worker) -----------------------------------------------------------------
def batch_start(*, batch_id: uuid.UUID | str) -> Batch | None:
    """Store each quoted photo (full check) and queue its job with its credits held (task
    body). Only a batch in `starting` is started, and its jobs are queued in one transaction
    with that status change, so a redelivered task never queues a job twice."""
    batch = Batch.objects.select_related("workspace", "created_by").filter(pk=batch_id).first()
    if batch is None or batch.status != BatchStatus.STARTING:
        return batch
    workspace, user = batch.workspace, batch.created_by
    consent = bool(batch.settings.get("consent"))
    rejected = [Rejection(r["name"], r["reason"]) for r in batch.rejected]
    # Phase 1: verify and store each photo (each upload is its own small transaction).
    ready = []
    for item in batch.items:
        try:
            data = media.read_bytes(item["file"])
            photo = pipeline_services.photo_upload(
                workspace=workspace, user=user, data=data, filename=item["name"], consent=consent
            )
        except FileNotFoundError:
            rejected.append(Rejection(item["name"], "Its staged upload is gone; upload it again."))
            continue
        except ApplicationError as exc:
            rejected.append(Rejection(item["name"], str(exc)))
            continue
        ready.append((item, photo))
    return _batch_queue(batch_id=batch.pk, ready=ready, rejected=rejected)


@transaction.atomic
def _batch_queue(
    *, batch_id: uuid.UUID, ready: list[tuple[dict[str, Any], Any]], rejected: list[Rejection]
) -> Batch | None:
    # Phase 2: one transaction, one savepoint per job, so a job that can't be queued (credits
    # ran out, a plan limit) is rejected alone and the rest still run.
    batch = Batch.objects.select_for_update().select_related("workspace").get(pk=batch_id)
    if batch.status != BatchStatus.STARTING:
        return batch
    plan = plan_for(workspace=batch.workspace)  # it may have changed since the quote
    rejected += _left_out(plan, [item["name"] for item, _ in ready[plan.max_batch_size :]])
    accepted = credits = 0
    for item, photo in ready[: plan.max_batch_size]:
        try:
            with transaction.atomic():
                result = pipeline_services.jobs_submit(
                    workspace=batch.workspace,
                    user=batch.created_by,
                    photos=[photo],
                    prompt=item["prompt"],
                    options=JobOptions.from_dict(item["options"]),
                    batch_id=batch.pk,
                )
        except (ApplicationError, InvalidOptions) as exc:
            rejected.append(Rejection(item["name"], str(exc)))
            continue
        accepted += 1
        credits += result.credits
    batch.total = accepted
    batch.credits = credits
    batch.rejected = [r.to_dict() for r in rejected]
    batch.save(update_fields=["total", "credits", "rejected"])
    if accepted:
        batch.status = BatchStatus.RUNNING
        batch.updated_at = timezone.now()
        batch.save(update_fields=["status", "updated_at"])
        folder = _folder(batch.workspace_id, batch.pk)
        transaction.on_commit(lambda: staging_delete(folder))
    else:
        _close(batch, status=BatchStatus.COMPLETED)
    return batch


# -- the end of a batch, and the sweeps --------------------------------------------------------
@transaction.atomic
def batch_complete_if_done(*, batch_id: uuid.UUID | str) -> bool:
    """Mark the batch completed (once) when none of its jobs is still active; after commit
    `batch_completed` tells the apps above (webhooks). True if this call completed it."""
    batch = Batch.objects.select_for_update().filter(pk=batch_id).first()
    if batch is None or batch.status != BatchStatus.RUNNING:
        return False
    if Job.objects.filter(
        workspace_id=batch.workspace_id, batch_id=batch.pk, status__in=ACTIVE_STATUSES
    ).exists():
        return False
    batch.status = BatchStatus.COMPLETED
    batch.completed_at = batch.updated_at = timezone.now()
    batch.save(update_fields=["status", "completed_at", "updated_at"])
    batch_pk = str(batch.pk)
    transaction.on_commit(
        lambda: signals.batch_completed.send_robust(sender=Batch, batch_id=batch_pk)
    )
    return True


def batches_complete_finished() -> int:
    """Beat safety net: complete batches whose last job ended while a receiver was down."""
    running = Batch.objects.filter(status=BatchStatus.RUNNING).values_list("pk", flat=True)
    return sum(batch_complete_if_done(batch_id=pk) for pk in running[:500])


@transaction.atomic
def _batch_expire(*, batch_id: uuid.UUID) -> bool:
    batch = Batch.objects.select_for_update().filter(pk=batch_id).first()
    if batch is None or batch.status != BatchStatus.READY:
        return False
    _close(
        batch,
        status=BatchStatus.DISCARDED,
        error="Never confirmed, so its uploads were removed. Upload the files again.",
    )
    return True


def batches_sweep(*, now: datetime | None = None) -> dict[str, int]:
    """Beat: discard quotes nobody confirmed in time, hand stalled unpacking and starting back
    to a worker (a worker lost mid-task), and delete staging folders no live batch owns."""
    now = now or timezone.now()
    confirm_by = now - timedelta(seconds=int(settings.BATCH_CONFIRM_TTL_S))
    stale = Batch.objects.filter(status=BatchStatus.READY, updated_at__lt=confirm_by)
    expired = sum(_batch_expire(batch_id=pk) for pk in stale.values_list("pk", flat=True)[:500])
    stuck_since = now - timedelta(seconds=int(settings.BATCH_STUCK_AFTER_S))
    resumed = 0
    for batch_id, status in Batch.objects.filter(
        status__in=(BatchStatus.UNPACKING, BatchStatus.STARTING), updated_at__lt=stuck_since
    ).values_list("pk", "status")[:500]:
        Batch.objects.filter(pk=batch_id, status=status).update(updated_at=now)
        task = tasks.batch_unpack if status == BatchStatus.UNPACKING else tasks.batch_start
        task.delay(str(batch_id))
        resumed += 1
    return {"expired": expired, "resumed": resumed, "orphans": _staging_orphans_delete(now)}


def _staging_orphans_delete(now: datetime) -> int:
    """Staging folders no waiting batch owns (an upload that died before its row was written,
    a clean-up that never ran). A folder with a file younger than an hour may be an upload
    still streaming, so it stays."""
    removed = 0
    young = now - timedelta(hours=1)
    workspaces, _ = media.list_folder(STAGING_ROOT)
    for workspace_id in workspaces:
        root = f"{STAGING_ROOT}/{workspace_id}"
        folders, _ = media.list_folder(root)
        live = {
            str(pk)
            for pk in Batch.objects.filter(
                pk__in=_uuids(folders), status__in=STAGED_STATUSES
            ).values_list("pk", flat=True)
        }
        for folder in folders:
            if folder in live or _newest_file(f"{root}/{folder}") >= young:
                continue
            removed += staging_delete(f"{root}/{folder}")
    return removed


def _newest_file(folder: str) -> datetime:
    """When the newest file under the folder was written (the epoch if it holds none)."""
    folders, files = media.list_folder(folder)
    times = [media.modified_at(f"{folder}/{name}") for name in files]
    times += [_newest_file(f"{folder}/{sub}") for sub in folders]
    return max(times, default=datetime.fromtimestamp(0, tz=timezone.get_current_timezone()))


def _uuids(names: Sequence[str]) -> list[uuid.UUID]:
    out = []
    for name in names:
        try:
            out.append(uuid.UUID(name))
        except ValueError:
            continue
    return out
