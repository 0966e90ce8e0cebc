"""Reads of pipeline data. Every query of tenant data names the workspace."""

from __future__ import annotations

import tempfile
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from uuid import UUID

import cv2
import numpy as np
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.db.models import Count, F, Q, QuerySet, Sum
from django.http import Http404
from django.utils import timezone

from accounts.models import Workspace
from engine.intent.rules import ImageFacts
from engine.motion.analysis import scene_facts
from engine.provenance.reading import verify_file
from engine.safety.screening import ProtectedFace, SafetyPolicy
from engine.vision.faces import FaceBox
from pipeline import engine_config
from pipeline.errors import UploadRejected
from pipeline.models import (
    ACTIVE_STATUSES,
    Attempt,
    AttemptStatus,
    Clip,
    Job,
    JobEvent,
    JobStatus,
    Photo,
    ProtectedIdentity,
)


def _get(queryset: QuerySet, pk: UUID | str):  # type: ignore[no-untyped-def]
    try:
        return queryset.get(pk=pk)
    except (queryset.model.DoesNotExist, ValidationError, ValueError, TypeError) as exc:
        raise Http404("Not found") from exc


def job_get(*, workspace: Workspace, job_id: UUID | str) -> Job:
    return _get(Job.objects.select_related("photo", "clip").filter(workspace=workspace), job_id)


def photo_get(*, workspace: Workspace, photo_id: UUID | str) -> Photo:
    return _get(Photo.objects.filter(workspace=workspace), photo_id)


def clip_get(*, workspace: Workspace, clip_id: UUID | str) -> Clip:
    return _get(Clip.objects.select_related("job").filter(workspace=workspace), clip_id)


def clip_by_signed_link(*, clip_id: UUID | str) -> Clip:
    """The clip a valid signed link names (the signature, checked first, is the access)."""
    return _get(Clip.objects.all(), clip_id)


def job_list(
    *,
    workspace: Workspace,
    status: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    batch_id: UUID | None = None,
) -> QuerySet[Job]:
    jobs = Job.objects.filter(workspace=workspace).select_related("photo", "clip")
    if batch_id:
        jobs = jobs.filter(batch_id=batch_id)
    if status == "active":
        jobs = jobs.filter(status__in=ACTIVE_STATUSES)
    elif status:
        jobs = jobs.filter(status=status)
    if since:
        jobs = jobs.filter(created_at__gte=since)
    if until:
        jobs = jobs.filter(created_at__lt=until)
    return jobs.order_by("-created_at", "-id")


def job_events(*, workspace: Workspace, job: Job) -> QuerySet[JobEvent]:
    return JobEvent.objects.filter(workspace=workspace, job=job).order_by("created_at", "id")


PHOTO_SCENE_CACHE_S = 24 * 3600


def photo_intent_facts(*, photo: Photo) -> ImageFacts:
    """What the parser may know of a stored photo before a job runs (the live preview):
    its faces if already found, and sky/water read on its thumbnail (cached per photo)."""
    key = f"photo-scene:{photo.sha256}"
    scene = cache.get(key)
    if scene is None:
        with default_storage.open(photo.thumbnail.name, "rb") as fh:
            data = np.frombuffer(fh.read(), np.uint8)
        bgr = cv2.imdecode(data, cv2.IMREAD_COLOR)
        scene = scene_facts(bgr) if bgr is not None else (None, None)
        cache.set(key, scene, PHOTO_SCENE_CACHE_S)
    faces = photo_faces(photo=photo) or ()
    return ImageFacts.from_detections(
        width=photo.width, height=photo.height, boxes=faces, has_sky=scene[0], has_water=scene[1]
    )


def job_intent_notes(*, workspace: Workspace, job: Job) -> list[dict[str, str]]:
    """What the parser said the renderer can't make of the prompt (the parse stage's
    notes), for the job page and the API."""
    event = (
        JobEvent.objects.filter(workspace=workspace, job=job, stage=JobStatus.PARSING)
        .order_by("-created_at", "-id")
        .first()
    )
    notes = (event.details or {}).get("notes") if event is not None else None
    return [n for n in notes or () if isinstance(n, dict) and n.get("text")]


def jobs_running_count(*, workspace: Workspace) -> int:
    """Jobs sent to a worker and not yet ended."""
    return Job.objects.filter(
        workspace=workspace, status__in=ACTIVE_STATUSES, dispatched_at__isnull=False
    ).count()


def jobs_waiting_count(*, workspace: Workspace, exclude_batch_id: object = None) -> int:
    """Jobs waiting for a free slot under the workspace's concurrency cap (a batch being
    submitted does not count against itself: it is one submission)."""
    waiting = Job.objects.filter(
        workspace=workspace, status=JobStatus.QUEUED, dispatched_at__isnull=True
    )
    if exclude_batch_id is not None:
        waiting = waiting.exclude(batch_id=exclude_batch_id)
    return waiting.count()


def clips_this_month_count(*, workspace: Workspace) -> int:
    start = timezone.now().replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    return Job.objects.filter(workspace=workspace, created_at__gte=start).count()


def photo_faces(*, photo: Photo) -> tuple[FaceBox, ...] | None:
    """The faces found when the photo was parsed (photo pixels), or None if not yet parsed."""
    if photo.face_boxes is None:
        return None
    return tuple(FaceBox.from_dict(box) for box in photo.face_boxes)


def protected_identities_of(*, workspace: Workspace) -> QuerySet[ProtectedIdentity]:
    """The workspace's own protected people (the operators' global list is not shown)."""
    return ProtectedIdentity.objects.filter(workspace=workspace)


def safety_policy_for(*, workspace: Workspace, photo: Photo) -> SafetyPolicy:
    """The workspace's face policy, the uploader's consent, and every protected identity
    (the operators' global list and the workspace's own)."""
    identities = ProtectedIdentity.objects.filter(
        Q(workspace__isnull=True) | Q(workspace=workspace)
    ).values_list("label", "embedding")
    return SafetyPolicy(
        faces=workspace.face_policy,  # type: ignore[arg-type]
        consent_given=photo.consent_at is not None,
        protected_embeddings=[
            ProtectedFace(label, np.asarray(vector, dtype=np.float32))
            for label, vector in identities
        ],
    )


# -- operators: provider health ---------------------------------------------------------
@dataclass
class ProviderHealth:
    """One provider's last 24 hours of ended tries.

    A try ends one of three ways: `succeeded` (a clip QA passed, or not scored yet),
    `qa_rejected` (the vendor answered with a clip QA turned down) or `failed` (no usable
    clip: an error, a timeout, a refusal, a broken download). A QA reject is not a success:
    the vendor was up and paid, but the clip was not good enough, so it counts against the
    success rate and is shown on its own (`qa_reject_rate`: the share of its clips QA turned
    down). It does not move the circuit breaker, which answers "is the vendor up?": opening
    it for every job because some photos came out badly would send good renders elsewhere;
    the job that got the bad clip regenerates instead."""

    provider: str
    attempts_24h: int
    succeeded: int
    qa_rejected: int
    failed: int
    success_rate: float | None
    qa_reject_rate: float | None
    p50_ms: int | None
    p95_ms: int | None
    spend_today_cents: int
    breaker: str


def _percentile(values: list[int], share: float) -> int | None:
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def provider_health() -> list[ProviderHealth]:
    now = timezone.now()
    since = now - timezone.timedelta(hours=24)
    today = now.replace(hour=0, minute=0, second=0, microsecond=0)
    ended = Attempt.objects.filter(started_at__gte=since).exclude(
        status__in=[AttemptStatus.RUNNING, AttemptStatus.ABANDONED]
    )
    stats = {
        row["provider"]: row
        for row in ended.values("provider").annotate(
            total=Count("id"),
            succeeded=Count("id", filter=Q(status=AttemptStatus.SUCCEEDED)),
            qa_rejected=Count("id", filter=Q(status=AttemptStatus.REJECTED_QA)),
            failed=Count("id", filter=Q(status=AttemptStatus.FAILED)),
        )
    }
    spend = dict(
        Attempt.objects.filter(started_at__gte=today)
        .values_list("provider")
        .annotate(total=Sum("cost_cents"))
    )
    names = list(dict.fromkeys([*engine_config.enabled_provider_names(), *stats.keys()]))
    breaker = engine_config.circuit_breaker()
    rows = []
    for name in names:
        latencies = list(
            ended.filter(provider=name, latency_ms__isnull=False).values_list(
                "latency_ms", flat=True
            )[:5000]
        )
        row = stats.get(name, {"total": 0, "succeeded": 0, "qa_rejected": 0, "failed": 0})
        clips = row["succeeded"] + row["qa_rejected"]
        try:
            state = str(breaker.state(name))
        except Exception:  # a breaker backend that is down must not hide the page
            state = "unknown"
        rows.append(
            ProviderHealth(
                provider=name,
                attempts_24h=row["total"],
                succeeded=row["succeeded"],
                qa_rejected=row["qa_rejected"],
                failed=row["failed"],
                success_rate=(row["succeeded"] / row["total"]) if row["total"] else None,
                qa_reject_rate=(row["qa_rejected"] / clips) if clips else None,
                p50_ms=_percentile(latencies, 0.5),
                p95_ms=_percentile(latencies, 0.95),
                spend_today_cents=int(spend.get(name) or 0),
                breaker=state,
            )
        )
    return rows


# -- public verification: what a clip's provenance says ---------------------------------
MAX_VERIFY_BYTES = 100 * 1024 * 1024  # far above a 10 s clip; the page is public
_VIDEO_SIGNATURES = (b"ftyp", b"\x1aE\xdf\xa3")  # MP4/MOV box, Matroska/WebM


@dataclass
class VerifyReport:
    state: str  # Trusted | Valid | Invalid | NotFound
    found: bool  # Stillmotion provenance found (manifest or watermark)
    summary: str  # the answer in plain words
    reasons: list[str] = field(default_factory=list)
    assertions: dict[str, Any] = field(default_factory=dict)
    watermark: dict[str, Any] | None = None
    clip_id: str | None = None
    job_id: str | None = None
    workspace: str | None = None
    made_on: str | None = None
    source: str | None = None  # "manifest" | "watermark"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _sniff(data: bytes) -> str:
    if data[:3] == b"\xff\xd8\xff":
        return ".jpg"
    if data[4:8] == b"ftyp":
        return ".mp4"
    if data[:4] == _VIDEO_SIGNATURES[1]:
        return ".mkv"
    raise UploadRejected(
        "That file isn't a video we can read. Upload an MP4, MOV, MKV or WebM clip "
        "(or a clip's JPEG poster)."
    )


def clip_verify_upload(*, data: bytes) -> VerifyReport:
    """Anyone's clip (no workspace): its manifest or watermark, and the clip it names."""
    if not data:
        raise UploadRejected("The file is empty. Choose the clip you want to check.")
    if len(data) > MAX_VERIFY_BYTES:
        raise UploadRejected(
            f"That file is {len(data) / 1048576:.0f} MB; files up to "
            f"{MAX_VERIFY_BYTES // 1048576} MB can be checked."
        )
    suffix = _sniff(data)
    with tempfile.TemporaryDirectory(prefix="sm-verify-") as tmp:
        path = Path(tmp) / f"upload{suffix}"
        path.write_bytes(data)
        return clip_verify_path(path)


def clip_verify_path(path: Path) -> VerifyReport:
    try:
        result = verify_file(path, trust_anchor_pem=engine_config.trust_anchor())
    except Exception as exc:  # the file is damaged in a way the readers reject
        raise UploadRejected(
            "We couldn't read that file as a video. It may be damaged or in an unusual format."
        ) from exc
    report = VerifyReport(
        state=result.state,
        found=False,
        summary="",
        reasons=list(result.reasons),
        assertions=dict(result.assertions),
    )
    if result.watermark is not None:
        report.watermark = {
            "clip_code": result.watermark.clip_code,
            "confidence": round(float(result.watermark.confidence), 3),
            "frames_used": result.watermark.frames_used,
        }
    clip = None
    job_claim = result.manifest.job if result.state in ("Trusted", "Valid") else None
    if job_claim:
        clip = (
            Clip.objects.select_related("workspace").filter(job_id=job_claim.get("job_id")).first()
        )
        report.source = "manifest"
    elif result.clip_code is not None:
        clip = (
            Clip.objects.select_related("workspace").filter(watermark_code=result.clip_code).first()
        )
        report.source = "watermark" if clip else None
    if clip is not None:
        report.found = True
        report.clip_id = str(clip.pk)
        report.job_id = str(clip.job_id)
        report.workspace = clip.workspace.name
        report.made_on = clip.created_at.date().isoformat()
    report.summary = _summary(report, result.state)
    return report


def _summary(report: VerifyReport, state: str) -> str:
    made = (
        f"Made with Stillmotion on {report.made_on}, AI-generated, by workspace "
        f"“{report.workspace}”."
        if report.found
        else ""
    )
    if state == "Trusted":
        return f"{made} The C2PA manifest is intact and signed by Stillmotion (Trusted)."
    if state == "Valid":
        return (
            f"{made} The C2PA manifest is intact (Valid), but its signer is not one this "
            "page trusts."
        ).strip()
    if state == "Invalid":
        why = "; ".join(report.reasons) or "it does not validate"
        tail = (
            f" The invisible watermark still identifies it: {made}"
            if report.source == "watermark"
            else ""
        )
        return f"The C2PA manifest is Invalid: {why}.{tail}"
    if report.source == "watermark":
        return (
            f"{made} The C2PA manifest is gone (the clip was re-encoded or remuxed), but the "
            "invisible watermark identifies it."
        )
    return "Nothing found: this file carries no Stillmotion manifest and no Stillmotion watermark."


# -- the attempts of one job (the flow's reads) ------------------------------------------
def attempts_rendered_count(*, job: Job) -> int:
    """Renders made so far (each regeneration after a failed QA check adds one)."""
    return Attempt.objects.filter(job=job).exclude(output="").count()


def providers_rejected_by_qa(*, job: Job) -> set[str]:
    return set(
        Attempt.objects.filter(job=job, status=AttemptStatus.REJECTED_QA).values_list(
            "provider", flat=True
        )
    )


def attempts_spent_cents(*, job: Job) -> int:
    return int(Attempt.objects.filter(job=job).aggregate(total=Sum("cost_cents"))["total"] or 0)


def attempt_to_verify(*, job: Job) -> Attempt | None:
    """The newest render that QA has not scored yet."""
    return (
        Attempt.objects.filter(job=job, status=AttemptStatus.SUCCEEDED, qa_score__isnull=True)
        .exclude(output="")
        .order_by("-number")
        .first()
    )


def attempt_best(*, job: Job) -> Attempt | None:
    """The best-scored render, passed or not (kept for operators when none passed)."""
    return Attempt.objects.filter(job=job, qa_score__isnull=False).order_by("-qa_score").first()


def attempt_chosen(*, job: Job) -> Attempt | None:
    """The best render that passed QA: the one that is signed and delivered."""
    return (
        Attempt.objects.filter(job=job, status=AttemptStatus.SUCCEEDED)
        .exclude(output="")
        .order_by(F("qa_score").desc(nulls_last=True), "-number")
        .first()
    )


def attempt_for_review(*, job_id: UUID | str, number: int | None = None) -> Attempt:
    """An operator's pick of one job's render (any workspace: `manage.py qa --job`): attempt
    `number`, or the one delivered, or else the best scored, or else the newest. Http404 if
    the job or that render does not exist."""
    job = _get(Job.objects.select_related("photo", "workspace"), job_id)
    renders = Attempt.objects.filter(job=job).exclude(output="").select_related("job")
    if number is not None:
        chosen = renders.filter(number=number).first()
    else:
        chosen = attempt_chosen(job=job) or attempt_best(job=job) or renders.last()
    if chosen is None:
        raise Http404("Not found")
    return chosen


def attempt_by_vendor_task(*, provider: str, task_id: str) -> Attempt | None:
    """The try a vendor's callback is about (vendors know nothing of workspaces)."""
    return (
        Attempt.objects.select_related("job")
        .filter(provider=provider, vendor_task_id=task_id)
        .first()
    )
