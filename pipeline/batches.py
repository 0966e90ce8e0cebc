"""Batches: many photos and one prompt, or a CSV of (file, prompt, ratio, duration).

Uploads may be loose images or zip files; a zip may carry a CSV that gives each photo its
own prompt and settings. Every good row becomes its own job in the batch; every bad file or
row is rejected with a reason (kept on `Batch.rejected`) and the rest run. Jobs then wait in
the queue and are dispatched within the workspace's concurrency cap like any other job.

Zips are read defensively: a bounded number of entries, a bounded uncompressed total (read
with a cap, not trusted from the header), no absurd compression ratios, no absolute paths or
`..` (zip-slip), no nested archives.
"""

from __future__ import annotations

import csv
import io
import posixpath
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from django.conf import settings
from django.core.files.storage import default_storage
from django.db import transaction
from django.db.models import Count, QuerySet
from django.http import Http404
from django.utils import timezone

from accounts.models import User, Workspace
from engine.options import JobOptions
from engine.photo import MAX_BYTES
from pipeline import services
from pipeline.errors import PipelineError
from pipeline.models import ACTIVE_STATUSES, Batch, Clip, Job, JobStatus

MAX_ZIP_ENTRIES = 1000
MAX_ZIP_TOTAL_BYTES = 1024 * 1024 * 1024  # uncompressed, all entries together
MAX_COMPRESSION_RATIO = 200  # JPEGs barely compress; a bomb compresses 1000:1 and more
MAX_CSV_BYTES = 2 * 1024 * 1024
ARCHIVE_SUFFIXES = (".zip",)
CSV_SUFFIXES = (".csv",)
_FILE_COLUMNS = ("file", "file_name", "filename", "photo", "image", "name")
_DURATION_COLUMNS = ("duration", "duration_s", "seconds", "length")


def max_items() -> int:
    return int(getattr(settings, "BATCH_MAX_ITEMS", 500))


class BatchRejected(PipelineError):
    """The whole upload can't be taken (an unsafe zip, no photos, too many items)."""


@dataclass(frozen=True)
class BatchFile:
    name: str
    data: bytes


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
def _lower(name: str) -> str:
    return name.lower()


def _is_junk(name: str) -> bool:
    base = posixpath.basename(name)
    return name.startswith("__MACOSX/") or base.startswith(".") or not base


def _unsafe_path(name: str) -> bool:
    normalized = name.replace("\\", "/")
    parts = normalized.split("/")
    return normalized.startswith("/") or ".." in parts or (len(name) > 1 and name[1] == ":")


def read_zip(name: str, data: bytes) -> list[BatchFile]:
    """The files in a zip, flattened to their base names. Raises `BatchRejected` if unsafe."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError) as exc:
        raise BatchRejected(f"{name} isn't a readable zip file. Zip the photos again.") from exc
    with archive:
        infos = [i for i in archive.infolist() if not i.is_dir()]
        if len(infos) > MAX_ZIP_ENTRIES:
            raise BatchRejected(
                f"{name} holds {len(infos)} files; a batch zip may hold up to "
                f"{MAX_ZIP_ENTRIES}. Split it into smaller zips."
            )
        declared = sum(i.file_size for i in infos)
        if declared > MAX_ZIP_TOTAL_BYTES:
            raise BatchRejected(
                f"{name} unpacks to {declared / 1048576:.0f} MB; a batch may unpack to at most "
                f"{MAX_ZIP_TOTAL_BYTES // 1048576} MB. Split it into smaller zips."
            )
        files: list[BatchFile] = []
        total = 0
        for info in infos:
            if _unsafe_path(info.filename):
                raise BatchRejected(
                    f"{name} contains an unsafe path ({info.filename!r}): entries may not be "
                    "absolute or climb out with “..”. Zip the photos again from their folder."
                )
            if _is_junk(info.filename):
                continue
            ratio = info.file_size / max(info.compress_size, 1)
            if info.file_size > 1024 * 1024 and ratio > MAX_COMPRESSION_RATIO:
                raise BatchRejected(
                    f"{name} looks like a zip bomb ({info.filename!r} expands {ratio:.0f}×). "
                    "Upload the photos themselves."
                )
            content = _read_capped(archive, info, limit=MAX_BYTES + 1)
            total += len(content)
            if total > MAX_ZIP_TOTAL_BYTES:
                raise BatchRejected(
                    f"{name} unpacks to more than {MAX_ZIP_TOTAL_BYTES // 1048576} MB. "
                    "Split it into smaller zips."
                )
            files.append(BatchFile(name=posixpath.basename(info.filename), data=content))
        return files


def _read_capped(archive: zipfile.ZipFile, info: zipfile.ZipInfo, *, limit: int) -> bytes:
    """Read at most `limit` bytes: a lying header can't make us inflate more than that."""
    chunks, size = [], 0
    try:
        with archive.open(info) as handle:
            while size < limit:
                chunk = handle.read(min(65536, limit - size))
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
    except (zipfile.BadZipFile, NotImplementedError, RuntimeError, OSError) as exc:
        raise BatchRejected(
            f"{info.filename!r} in the zip can't be read ({exc.__class__.__name__}); "
            "encrypted or damaged zips aren't supported."
        ) from exc
    return b"".join(chunks)


def expand_uploads(files: Sequence[tuple[str, bytes]]) -> tuple[list[BatchFile], bytes | None]:
    """Loose files plus the contents of any zips; and the CSV's bytes if one came along."""
    expanded: list[BatchFile] = []
    for name, data in files:
        base = posixpath.basename(name.replace("\\", "/")) or "upload"
        if _lower(base).endswith(ARCHIVE_SUFFIXES):
            expanded.extend(read_zip(base, data))
        else:
            expanded.append(BatchFile(name=base, data=data))
    csvs = [f for f in expanded if _lower(f.name).endswith(CSV_SUFFIXES)]
    if len(csvs) > 1:
        raise BatchRejected(
            f"The upload has {len(csvs)} CSV files ({', '.join(f.name for f in csvs)}); "
            "send one CSV that lists every photo."
        )
    nested = [f.name for f in expanded if _lower(f.name).endswith(ARCHIVE_SUFFIXES)]
    if nested:
        raise BatchRejected(
            f"Zips inside zips aren't supported ({', '.join(nested[:3])}). Put the photos in "
            "one zip."
        )
    photos = [f for f in expanded if not _lower(f.name).endswith(CSV_SUFFIXES)]
    return photos, (csvs[0].data if csvs else None)


def parse_csv(data: bytes) -> list[dict[str, str]]:
    """Rows of a batch CSV as dicts with normalized column names."""
    if len(data) > MAX_CSV_BYTES:
        raise BatchRejected("The CSV is larger than 2 MB. Split the batch.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BatchRejected("The CSV isn't UTF-8 text. Save it as “CSV UTF-8”.") from exc
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames:
        raise BatchRejected("The CSV is empty. Its first line names the columns: file,prompt.")
    columns = {(c or "").strip().lower(): c for c in reader.fieldnames}
    file_col = next((columns[c] for c in _FILE_COLUMNS if c in columns), None)
    if file_col is None:
        raise BatchRejected(
            "The CSV needs a “file” column naming each photo (columns: file, prompt, ratio, "
            "duration)."
        )
    rows = []
    for raw in reader:
        row = {k.strip().lower(): (v or "").strip() for k, v in raw.items() if k}
        row["file"] = (raw.get(file_col) or "").strip()
        if any(row.values()):
            rows.append(row)
    return rows


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
            raise PipelineError(f"Duration {duration!r} isn't a number of seconds.") from exc
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
        by_lower = {_lower(p.name): p for p in photos}
        used: set[str] = set()
        for number, row in enumerate(rows, start=2):  # line 1 is the header
            name = posixpath.basename(row.get("file", "").replace("\\", "/"))
            photo = by_name.get(name) or by_lower.get(_lower(name))
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
            except PipelineError as exc:
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
    from engine.photo import ACCEPTED, sniff_format

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
        credits = services.job_cost(options=options)
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
    services.workspace_assert_active(workspace)
    plan = batch_plan(files=files, prompt=prompt, options=options, rows=rows)
    if not plan.items and not plan.rejected:
        raise BatchRejected("Add photos (or a zip of photos) to the batch.")
    batch = Batch.objects.create(
        workspace=workspace, created_by=user, name=name.strip()[:200] or _default_name()
    )
    rejected = list(plan.rejected)
    # Phase 1: verify and store each photo (each upload is its own small transaction).
    ready = []
    for item in plan.items:
        try:
            photo = services.photo_upload(
                workspace=workspace, user=user, data=item.data, filename=item.name, consent=consent
            )
        except PipelineError as exc:
            rejected.append(Rejection(item.name, str(exc)))
            continue
        ready.append((item, photo))
    # A batch is one submission: it may hold up to the plan's batch size; the rest are refused
    # with the reason rather than silently dropped.
    from billing.selectors import plan_for

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
                result = services.jobs_submit(
                    workspace=workspace,
                    user=user,
                    photos=[photo],
                    prompt=item.prompt,
                    options=item.options,
                    batch_id=batch.pk,
                )
            except PipelineError as exc:
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
    import uuid

    token = uuid.uuid4().hex
    folder = _staging_dir(workspace, token)
    for index, (name, data) in enumerate(files):
        safe = posixpath.basename(name.replace("\\", "/")) or "upload"
        default_storage.save(f"{folder}/{index:04d}-{safe}", io.BytesIO(data))
    return token


def staged_uploads(*, workspace: Workspace, token: str) -> list[tuple[str, bytes]]:
    if not token.isalnum():
        raise BatchRejected("That batch upload has expired. Upload the files again.")
    folder = _staging_dir(workspace, token)
    try:
        _, names = default_storage.listdir(folder)
    except FileNotFoundError:
        names = []
    if not names:
        raise BatchRejected("That batch upload has expired. Upload the files again.")
    files = []
    for stored in sorted(names):
        with default_storage.open(f"{folder}/{stored}", "rb") as handle:
            files.append((stored.split("-", 1)[1], handle.read()))
    return files


def staged_discard(*, workspace: Workspace, token: str) -> None:
    if not token.isalnum():
        return
    folder = _staging_dir(workspace, token)
    try:
        _, names = default_storage.listdir(folder)
    except FileNotFoundError:
        return
    for stored in names:
        default_storage.delete(f"{folder}/{stored}")


# -- reads --------------------------------------------------------------------------------------
def batch_get(*, workspace: Workspace, batch_id: Any) -> Batch:
    try:
        return Batch.objects.get(workspace=workspace, pk=batch_id)
    except (Batch.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404("No such batch") from exc


def batches_of(*, workspace: Workspace) -> QuerySet[Batch]:
    return Batch.objects.filter(workspace=workspace).order_by("-created_at", "-id")


def batch_jobs(*, workspace: Workspace, batch: Batch) -> QuerySet[Job]:
    return (
        Job.objects.filter(workspace=workspace, batch=batch)
        .select_related("photo", "clip")
        .order_by("created_at", "id")
    )


@dataclass(frozen=True)
class BatchProgress:
    total: int
    done: int
    active: int
    counts: dict[str, int]

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 100

    @property
    def delivered(self) -> int:
        return self.counts.get(JobStatus.DELIVERED, 0)


def batch_progress(*, workspace: Workspace, batch: Batch) -> BatchProgress:
    counts = dict(
        Job.objects.filter(workspace=workspace, batch=batch)
        .values_list("status")
        .annotate(n=Count("id"))
        .values_list("status", "n")
    )
    total = sum(counts.values())
    active = sum(n for status, n in counts.items() if status in ACTIVE_STATUSES)
    return BatchProgress(total=total, done=total - active, active=active, counts=counts)


# -- download all delivered clips as one zip, streamed -----------------------------------------
class _Sink(io.RawIOBase):
    """A write-only, unseekable stream: zipfile writes data descriptors, we hand out bytes."""

    def __init__(self) -> None:
        self.chunks: list[bytes] = []
        self.position = 0

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        self.chunks.append(bytes(data))
        self.position += len(data)
        return len(data)

    def tell(self) -> int:
        return self.position

    def take(self) -> bytes:
        data = b"".join(self.chunks)
        self.chunks.clear()
        return data


def batch_clips_zip(*, workspace: Workspace, batch: Batch) -> Iterator[bytes]:
    """Yield a zip of every delivered clip of the batch, chunk by chunk (never all in memory)."""
    clips = (
        Clip.objects.filter(workspace=workspace, job__batch=batch)
        .select_related("job__photo")
        .order_by("job__created_at", "job__id")
    )
    sink = _Sink()
    used: set[str] = set()
    with zipfile.ZipFile(sink, "w", compression=zipfile.ZIP_STORED, allowZip64=True) as archive:
        for clip in clips.iterator():
            stem = posixpath.splitext(clip.job.photo.original_name)[0] or "clip"
            name = f"{stem}.mp4"
            if name in used:
                name = f"{stem}-{str(clip.job_id)[:8]}.mp4"
            used.add(name)
            with (
                default_storage.open(clip.video.name, "rb") as src,
                archive.open(name, "w", force_zip64=clip.size_bytes > 2**31) as dst,
            ):
                while chunk := src.read(256 * 1024):
                    dst.write(chunk)
                    yield sink.take()
            yield sink.take()
    yield sink.take()
