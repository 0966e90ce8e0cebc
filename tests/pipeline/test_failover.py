"""Failover through the real flow: jobs run in-process against PostgreSQL and Redis, the
vendors are the HTTP fakes on 127.0.0.1, configured through the settings the workers read."""

from __future__ import annotations

import functools
import tempfile
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from django.core.files.storage import default_storage

from billing.selectors import credit_balance
from engine.generate.breaker import BreakerState
from engine.options import JobOptions
from pipeline import engine_config, services
from pipeline.flow import runner
from pipeline.models import Attempt, AttemptStatus, Clip, Job, JobStatus
from tests.fakes.kling import FakeKling
from tests.fakes.runway import FakeRunway
from tests.fakes.server import Request, Response
from tests.fakes.video_vendor import encode_bgr_mp4, size_for_aspect

pytestmark = pytest.mark.django_db

SMALL = JobOptions(ratio="1:1", duration_s=2, resolution="540p")
BREAKER_PREFIX = "stillmotion:breaker"  # RedisCircuitBreaker's default key prefix


# -- fakes that render the job's photo ------------------------------------------------------
@functools.lru_cache(maxsize=8)
def photo_clip(jpeg: bytes, width: int, height: int, duration_s: float, fps: int = 12) -> bytes:
    """What a vendor sends back: the photo with a slow push-in (QA must find the scene)."""
    import cv2

    photo = cv2.imdecode(np.frombuffer(jpeg, np.uint8), cv2.IMREAD_COLOR)
    # Cropped to the ordered aspect and scaled, as a vendor frames it (never stretched).
    scale = max(width / photo.shape[1], height / photo.shape[0])
    covered = cv2.resize(photo, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    top, left = (covered.shape[0] - height) // 2, (covered.shape[1] - width) // 2
    src = np.ascontiguousarray(covered[top : top + height, left : left + width])
    n = round(duration_s * fps)

    def frames():  # type: ignore[no-untyped-def]
        for i in range(n):
            zoom = 1.0 + 0.06 * i / max(1, n - 1)
            matrix = cv2.getRotationMatrix2D((width / 2, height / 2), 0, zoom)
            yield cv2.warpAffine(src, matrix, (width, height), borderMode=cv2.BORDER_REFLECT)

    return encode_bgr_mp4(frames(), width, height, fps)


class PhotoClips:
    """Serve `photo_clip` for good results instead of the fakes' gradient test pattern."""

    photo: bytes

    def _serve_file(self, request: Request) -> Response:
        task = self.tasks.get(request.params["name"].removesuffix(".mp4"))  # type: ignore[attr-defined]
        if task is None or task.result != "ok":
            return super()._serve_file(request)  # type: ignore[misc]
        width, height = size_for_aspect(task.aspect, short=360)
        data = photo_clip(self.photo, width, height, task.duration_s)
        return Response(200, data, {"Content-Type": "video/mp4"})


class Runway(PhotoClips, FakeRunway):
    pass


class Kling(PhotoClips, FakeKling):
    pass


@pytest.fixture(scope="module")
def _servers() -> Iterator[tuple[Runway, Kling]]:
    from tests.fixtures_pipeline import jpeg_bytes

    runway, kling = Runway(), Kling()
    runway.photo = kling.photo = jpeg_bytes("coffee")
    with runway, kling:
        yield runway, kling


def _reset_breakers() -> None:
    client = engine_config.circuit_breaker().redis  # type: ignore[attr-defined]
    keys = list(client.scan_iter(f"{BREAKER_PREFIX}:*"))
    if keys:
        client.delete(*keys)


@pytest.fixture
def vendors(_servers, settings) -> Iterator[tuple[Runway, Kling]]:  # type: ignore[no-untyped-def]
    runway, kling = _servers
    runway.reset()
    kling.reset()
    settings.PROVIDERS_CONFIG = {
        "RUNWAY_API_KEY": runway.api_key,
        "RUNWAY_BASE_URL": runway.url,
        "KLING_ACCESS_KEY": kling.access_key,
        "KLING_SECRET_KEY": kling.secret_key,
        "KLING_BASE_URL": kling.url,
        "PROVIDER_ORDER": "runway,kling",
    }
    settings.PROVIDERS_ALLOW_PRIVATE = True
    settings.PROVIDER_POLL_INTERVAL_S = 0.005
    _reset_breakers()
    yield runway, kling
    _reset_breakers()


def _run(workspace, user, jpeg: bytes, prompt: str = "slow push in") -> Job:  # type: ignore[no-untyped-def]
    photo = services.photo_upload(
        workspace=workspace, user=user, data=jpeg, filename="p.jpg", consent=True
    )
    job = services.job_submit(
        workspace=workspace, user=user, photo=photo, prompt=prompt, options=SMALL
    )
    runner.run(str(job.pk), lane=None)
    job.refresh_from_db()
    return job


def _attempts(job: Job) -> list[tuple[str, str, str]]:
    return list(
        Attempt.objects.filter(job=job)
        .order_by("number")
        .values_list("provider", "status", "error_class")
    )


def _local_copy(name: str) -> Path:
    path = Path(tempfile.mkdtemp()) / Path(name).name
    with default_storage.open(name, "rb") as src:
        path.write_bytes(src.read())
    return path


def _first_frame(path: Path) -> np.ndarray:
    from engine.motion.encode import decode_bgr_frames

    return next(iter(decode_bgr_frames(path))).astype(np.int16)


def _submits(fake: FakeRunway | FakeKling) -> int:
    path = "/v1/image_to_video" if isinstance(fake, FakeRunway) else "/v1/videos/image2video"
    return len(fake.requests_to("POST", path))


# -- the cases ------------------------------------------------------------------------------
def test_runway_failing_twice_fails_over_to_kling_whose_clip_is_labelled_and_signed(
    vendors, funded, owner, coffee_jpeg
):
    import cv2

    from engine.provenance.label import VisibleLabel
    from engine.provenance.reading import verify_file
    from engine.provenance.watermark import extract_watermark
    from pipeline.engine_config import trust_anchor

    runway, kling = vendors
    runway.fail_submit("500", "500")
    job = _run(funded, owner, coffee_jpeg)

    assert job.status == JobStatus.DELIVERED, job.failure_reason
    assert _attempts(job) == [
        ("runway", AttemptStatus.FAILED, "Retryable"),
        ("runway", AttemptStatus.FAILED, "Retryable"),
        ("kling", AttemptStatus.SUCCEEDED, ""),
    ]
    clip = Clip.objects.get(job=job)
    assert clip.attempt.provider == "kling"
    assert (clip.width, clip.height) == (540, 540)  # the vendor's 3:2 clip, normalized
    video = _local_copy(clip.video.name)
    assert verify_file(video, trust_anchor_pem=trust_anchor()).state == "Trusted"
    assert extract_watermark(video).clip_code == clip.watermark_code

    # The visible label: the delivered frame differs from the vendor's frame (scaled and
    # cropped the same way) inside the badge and hardly anywhere else.
    task = next(iter(kling.tasks.values()))
    width, height = size_for_aspect(task.aspect, short=360)
    vendor = Path(tempfile.mkdtemp()) / "vendor.mp4"
    vendor.write_bytes(photo_clip(kling.photo, width, height, task.duration_s))
    raw = cv2.resize(_first_frame(vendor).astype(np.uint8), (810, 540), cv2.INTER_AREA)
    expected = raw[:, 135:675].astype(np.int16)
    delivered = _first_frame(video)
    x, y, w, h = VisibleLabel(540, 540, brand=funded.brand_text or None).box
    diff = np.abs(delivered - expected).mean(axis=2)
    inside = diff[y : y + h, x : x + w].mean()
    outside = np.delete(diff, np.s_[y : y + h], axis=0).mean()
    assert inside > 20 and outside < 6, (inside, outside)


def test_a_content_refusal_blocks_the_job_and_no_other_provider_is_asked(
    vendors, funded, owner, coffee_jpeg
):
    runway, kling = vendors
    runway.outcome = "content"  # SAFETY.INPUT.IMAGE: about the image, so no retry either
    before = credit_balance(workspace=funded)
    job = _run(funded, owner, coffee_jpeg, prompt="slow push in on the cup")

    assert job.status == JobStatus.BLOCKED
    assert job.block_category == "vendor_refused"
    assert "SAFETY.INPUT.IMAGE" in job.failure_reason  # the vendor's reason, for the user
    assert _attempts(job) == [("runway", AttemptStatus.FAILED, "ContentRejected")]
    assert kling.requests == []  # no moderation shopping
    assert not Clip.objects.filter(job=job).exists()
    assert credit_balance(workspace=funded) == before  # the hold was released


def test_a_wording_refusal_is_retried_once_reworded_on_the_same_vendor(
    vendors, funded, owner, coffee_jpeg
):
    runway, kling = vendors
    runway.fail_submit("auth")  # runway is out: the refusal comes from kling
    kling.fail_submit("content_text")
    prompt = "shoot a close-up shot of the cup"
    job = _run(funded, owner, coffee_jpeg, prompt=prompt)

    assert job.status == JobStatus.DELIVERED, job.failure_reason
    attempts = list(Attempt.objects.filter(job=job, provider="kling").order_by("number"))
    assert [(a.status, a.error_class) for a in attempts] == [
        (AttemptStatus.FAILED, "ContentRejected"),
        (AttemptStatus.SUCCEEDED, ""),
    ]
    sent = [r.json()["prompt"] for r in kling.requests_to("POST", "/v1/videos/image2video")]
    assert sent == [prompt, "film a close-up view of the cup"]


def test_every_remote_provider_failing_falls_back_to_the_local_engine(
    vendors, funded, owner, coffee_jpeg
):
    runway, kling = vendors
    runway.fail_submit("503", "503")
    kling.fail_submit("500", "500")
    job = _run(funded, owner, coffee_jpeg)

    assert job.status == JobStatus.DELIVERED, job.failure_reason
    assert _attempts(job) == [
        ("runway", AttemptStatus.FAILED, "Retryable"),
        ("runway", AttemptStatus.FAILED, "Retryable"),
        ("kling", AttemptStatus.FAILED, "Retryable"),
        ("kling", AttemptStatus.FAILED, "Retryable"),
        ("local", AttemptStatus.SUCCEEDED, ""),
    ], list(Attempt.objects.filter(job=job).values_list("provider", "qa_score", "qa_issues"))
    assert Clip.objects.get(job=job).attempt.provider == "local"


def test_an_open_breaker_makes_the_next_job_skip_that_provider_without_a_request(
    vendors, funded, owner, coffee_jpeg
):
    runway, kling = vendors
    runway.fail_submit("auth")  # credentials refused: the breaker opens at once
    first = _run(funded, owner, coffee_jpeg)
    assert first.status == JobStatus.DELIVERED, first.failure_reason
    assert _attempts(first)[0] == ("runway", AttemptStatus.FAILED, "ProviderUnavailable")
    assert engine_config.circuit_breaker().state("runway") == BreakerState.OPEN

    runway.reset()
    kling.reset()
    second = _run(funded, owner, coffee_jpeg)
    assert second.status == JobStatus.DELIVERED, second.failure_reason
    assert _submits(runway) == 0 and len(runway.requests) == 0
    assert [p for p, _, _ in _attempts(second)] == ["kling"]


def test_a_zero_spend_cap_skips_every_paid_provider(vendors, funded, owner, coffee_jpeg, settings):
    runway, kling = vendors
    settings.JOB_SPEND_CAP_CENTS = 0
    job = _run(funded, owner, coffee_jpeg)

    assert job.status == JobStatus.DELIVERED, job.failure_reason
    assert _attempts(job) == [("local", AttemptStatus.SUCCEEDED, "")]
    assert len(runway.requests) == len(kling.requests) == 0


def test_the_price_follows_the_provider_that_delivered(vendors, funded, owner, coffee_jpeg):
    """Held: the most the chain could cost. Charged: what the delivering provider costs."""
    from billing.models import EntryKind, LedgerEntry

    runway, kling = vendors
    runway.fail_submit("500", "500")
    kling.fail_submit("500", "500")  # both vendors down: the embedded engine delivers
    job = _run(funded, owner, coffee_jpeg)
    assert job.status == JobStatus.DELIVERED, job.failure_reason
    local_price = services.job_charge(options=SMALL, provider="local")
    vendor_price = services.job_charge(options=SMALL, provider="runway")
    assert vendor_price > local_price
    assert job.credits == vendor_price  # held the most it could have cost
    tried = [(a.provider, a.status, a.error_message, a.qa_issues) for a in job.attempts.all()]
    assert job.credits_charged == local_price, tried
    capture = LedgerEntry.objects.get(job_id=job.pk, kind=EntryKind.CAPTURE)
    assert capture.credits == vendor_price - local_price  # the rest came back
    assert "rendered by the Stillmotion engine" in capture.description


def test_a_vendor_that_delivers_is_charged_its_own_price(vendors, funded, owner, coffee_jpeg):
    from billing.models import EntryKind, LedgerEntry

    job = _run(funded, owner, coffee_jpeg)
    assert job.status == JobStatus.DELIVERED, job.failure_reason
    assert Clip.objects.get(job=job).attempt.provider == "runway"
    assert (
        job.credits_charged == job.credits == services.job_charge(options=SMALL, provider="runway")
    )
    assert LedgerEntry.objects.get(job_id=job.pk, kind=EntryKind.CAPTURE).credits == 0
