"""Reads of batches: every query names the workspace. The download of all clips is streamed."""

from __future__ import annotations

import io
import posixpath
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from django.db.models import Count, QuerySet
from django.http import Http404

from accounts.models import Workspace
from batches.models import Batch
from pipeline import media
from pipeline.models import ACTIVE_STATUSES, Clip, Job, JobStatus


def batch_get(*, workspace: Workspace, batch_id: Any) -> Batch:
    try:
        return Batch.objects.get(workspace=workspace, pk=batch_id)
    except (Batch.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404("No such batch") from exc


def batches_of(*, workspace: Workspace) -> QuerySet[Batch]:
    return Batch.objects.filter(workspace=workspace).order_by("-created_at", "-id")


def batch_jobs(*, workspace: Workspace, batch: Batch) -> QuerySet[Job]:
    return (
        Job.objects.filter(workspace=workspace, batch_id=batch.pk)
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
        Job.objects.filter(workspace=workspace, batch_id=batch.pk)
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
        Clip.objects.filter(workspace=workspace, job__batch_id=batch.pk)
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
            with archive.open(name, "w", force_zip64=clip.size_bytes > 2**31) as dst:
                for chunk in media.iter_file(clip.video.name):
                    dst.write(chunk)
                    yield sink.take()
            yield sink.take()
    yield sink.take()
