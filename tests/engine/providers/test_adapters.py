"""Each vendor adapter against its HTTP fake: the happy path on the wire, and every
scripted fault mapped to the right error class."""

from __future__ import annotations

import base64
from collections.abc import Callable
from pathlib import Path

import jwt
import pytest

from engine.providers.download import verify_video
from engine.providers.errors import (
    BadOutput,
    ContentRejected,
    InvalidInput,
    ProviderError,
    ProviderUnavailable,
    QuotaExhausted,
    Retryable,
    TaskTimedOut,
    Throttled,
)
from engine.providers.http import RemoteProvider
from engine.providers.protocol import VideoProvider
from engine.providers.vendors.kling import kling_duration
from engine.providers.vendors.runway import runway_ratio
from engine.spec import GenerationSpec, Ratio, Resolution
from tests.engine.conftest import (
    IMAGE_URL,
    fal_for,
    kling_for,
    luma_for,
    replicate_for,
    runway_for,
)
from tests.fakes.fal import FakeFal
from tests.fakes.kling import FakeKling
from tests.fakes.luma import FakeLuma
from tests.fakes.replicate import FakeReplicate
from tests.fakes.runway import FakeRunway
from tests.fakes.video_vendor import FakeVideoVendor


def run(provider: RemoteProvider, photo: bytes, spec: GenerationSpec, tmp_path: Path, **kw):
    return provider.generate(
        image=photo,
        image_mime="image/png",
        spec=spec,
        out_path=tmp_path / "out.mp4",
        timeout_s=kw.pop("timeout_s", 10.0),
        image_url=kw.pop("image_url", IMAGE_URL),
        **kw,
    )


# -- happy paths ---------------------------------------------------------------------------


def test_runway_happy_path_sends_documented_request(fake_runway, photo, spec, tmp_path):
    provider = runway_for(fake_runway)
    result = run(provider, photo, spec, tmp_path, image_url=None)

    create = fake_runway.requests_to("POST", "/v1/image_to_video")[0]
    assert create.headers["authorization"] == "Bearer key_test"
    assert create.headers["x-runway-version"] == "2024-11-06"
    body = create.json()
    assert body["model"] == "gen4_turbo"
    assert body["promptImage"].startswith("data:image/png;base64,")
    assert base64.b64decode(body["promptImage"].split(",", 1)[1]) == photo
    assert body["ratio"] == "720:1280"
    assert body["duration"] == 3 and isinstance(body["duration"], int)
    assert body["promptText"] == "the clouds drift slowly"
    assert len(fake_runway.requests_to("GET", "/v1/tasks/")) == 2  # PENDING, then SUCCEEDED
    assert result.provider == "runway" and result.vendor_task_id in fake_runway.tasks
    assert result.cost_cents == 15  # 5 cents/s x 3 s
    info = verify_video(result.path)
    assert info.height > info.width


def test_runway_sends_https_image_url_instead_of_data_uri(fake_runway, photo, spec, tmp_path):
    run(runway_for(fake_runway), photo, spec, tmp_path)
    assert fake_runway.requests_to("POST", "/v1/")[0].json()["promptImage"] == IMAGE_URL


def test_runway_falls_back_to_legacy_5_10_durations(fake_runway, photo, spec, tmp_path):
    fake_runway.legacy_durations = True
    run(runway_for(fake_runway), photo, spec, tmp_path)
    bodies = [r.json() for r in fake_runway.requests_to("POST", "/v1/image_to_video")]
    assert [b["duration"] for b in bodies] == [3, 5]


@pytest.mark.parametrize(
    ("ratio", "expected"),
    [
        (Ratio.VERTICAL, "720:1280"),
        (Ratio.LANDSCAPE, "1280:720"),
        (Ratio.SQUARE, "960:960"),
        (Ratio.PORTRAIT, "832:1104"),
    ],
)
def test_runway_ratio_maps_to_nearest_supported(ratio, expected):
    assert runway_ratio(GenerationSpec(ratio=ratio), "gen4_turbo") == expected


def test_luma_happy_path_passes_photo_by_url(fake_luma, photo, spec, tmp_path):
    provider = luma_for(fake_luma)
    result = run(provider, photo, spec.with_changes(loop=True), tmp_path, callback_url="https://cb")

    create = fake_luma.requests_to("POST", "/dream-machine/v1/generations")[0]
    assert create.path == "/dream-machine/v1/generations/video"
    assert create.headers["authorization"] == "Bearer luma-test"
    body = create.json()
    assert body["keyframes"] == {"frame0": {"type": "image", "url": IMAGE_URL}}
    assert body["aspect_ratio"] == "9:16"
    assert body["duration"] == "5s"
    assert body["resolution"] == "720p"
    assert body["loop"] is True
    assert body["callback_url"] == "https://cb"
    assert result.path.exists()


def test_luma_falls_back_to_documented_create_path(fake_luma, photo, spec, tmp_path):
    fake_luma.legacy_path_only = True
    run(luma_for(fake_luma), photo, spec, tmp_path)
    paths = [r.path for r in fake_luma.requests_to("POST", "/dream-machine/v1/generations")]
    assert paths == ["/dream-machine/v1/generations/video", "/dream-machine/v1/generations"]


def test_luma_without_image_url_is_invalid_input_and_calls_nothing(
    fake_luma, photo, spec, tmp_path
):
    with pytest.raises(InvalidInput):
        run(luma_for(fake_luma), photo, spec, tmp_path, image_url=None)
    assert fake_luma.requests == []


def test_kling_happy_path_jwt_raw_base64_and_string_duration(fake_kling, photo, spec, tmp_path):
    provider = kling_for(fake_kling)
    result = run(provider, photo, spec.with_changes(resolution=Resolution.P1080), tmp_path)

    create = fake_kling.requests_to("POST", "/v1/videos/image2video")[0]
    body = create.json()
    assert body["model_name"] == "kling-v2-1"
    assert base64.b64decode(body["image"], validate=True) == photo  # no data: prefix
    assert body["duration"] == "5"
    assert body["mode"] == "pro"
    assert "cfg_scale" not in body  # v1.x only
    # A fresh token per request, each with the documented claims.
    tokens = [r.headers["authorization"][7:] for r in fake_kling.requests if "/v1/" in r.path]
    claims = jwt.decode(tokens[0], fake_kling.secret_key, algorithms=["HS256"])
    assert claims["iss"] == "ak_test"
    assert claims["exp"] - claims["nbf"] == 1805
    assert jwt.get_unverified_header(tokens[0]) == {"alg": "HS256", "typ": "JWT"}
    assert len(fake_kling.tokens) == 3  # create + 2 polls, all verified by the fake
    assert result.vendor_task_id.startswith("kl")


def test_kling_token_with_wrong_secret_is_refused(fake_kling, photo, spec, tmp_path):
    provider = kling_for(fake_kling)
    provider._secret_key = "not-the-secret-but-long-enough-for-hs256-keys"
    with pytest.raises(ProviderUnavailable) as info:
        run(provider, photo, spec, tmp_path)
    assert "1002" in info.value.detail


def test_kling_expired_clock_token_is_refused(fake_kling, photo, spec, tmp_path):
    provider = kling_for(fake_kling, wall_clock=lambda: 1_000_000.0)  # a token from 1970
    with pytest.raises(ProviderUnavailable) as info:
        run(provider, photo, spec, tmp_path)
    assert "1004" in info.value.detail


def test_kling_duration_is_a_string():
    assert kling_duration(GenerationSpec(duration_s=9), "kling-v2-1") == "10"
    assert kling_duration(GenerationSpec(duration_s=3), "kling-v3") == "3"


def test_replicate_happy_path_by_model_with_webhook(fake_replicate, photo, spec, tmp_path):
    provider = replicate_for(fake_replicate)
    run(provider, photo, spec, tmp_path, image_url=None, callback_url="https://cb/replicate")
    create = fake_replicate.requests_to("POST", "/v1/models/")[0]
    assert create.path == "/v1/models/kwaivgi/kling-v2.1/predictions"
    assert create.headers["authorization"] == "Bearer r8_test"
    body = create.json()
    assert body["input"]["start_image"].startswith("data:image/png;base64,")
    assert body["input"]["duration"] == 5
    assert body["input"]["aspect_ratio"] == "9:16"
    assert body["webhook"] == "https://cb/replicate"
    assert body["webhook_events_filter"] == ["completed"]


def test_replicate_pinned_version_uses_predictions_endpoint(fake_replicate, photo, spec, tmp_path):
    provider = replicate_for(fake_replicate, model="kwaivgi/kling-v2.1:abc123")
    run(provider, photo, spec, tmp_path)
    body = fake_replicate.requests_to("POST", "/v1/predictions")[0].json()
    assert body["version"] == "abc123"
    assert body["input"]["start_image"] == IMAGE_URL


def test_fal_happy_path_key_auth_and_owner_alias_polling(fake_fal, photo, spec, tmp_path):
    provider = fal_for(fake_fal)
    run(provider, photo, spec, tmp_path, callback_url="https://cb/fal")
    submit = fake_fal.requests_to("POST", "/fal-ai/")[0]
    assert submit.path == "/fal-ai/kling-video/v1.6/pro/image-to-video"
    assert submit.headers["authorization"] == "Key fal-key-id:fal-key-secret"
    assert submit.query["fal_webhook"] == ["https://cb/fal"]
    assert submit.json()["duration"] == "5"
    assert submit.json()["image_url"] == IMAGE_URL
    polled = {r.path for r in fake_fal.requests if r.method == "GET"}
    rid = next(iter(fake_fal.tasks))
    assert f"/fal-ai/kling-video/requests/{rid}/status" in polled
    assert f"/fal-ai/kling-video/requests/{rid}" in polled


# -- faults, mapped to the taxonomy --------------------------------------------------------

VENDORS: dict[str, tuple[type[FakeVideoVendor], Callable[..., RemoteProvider]]] = {
    "runway": (FakeRunway, runway_for),
    "luma": (FakeLuma, luma_for),
    "kling": (FakeKling, kling_for),
    "replicate": (FakeReplicate, replicate_for),
    "fal": (FakeFal, fal_for),
}


@pytest.fixture(params=sorted(VENDORS))
def vendor(request) -> tuple[FakeVideoVendor, RemoteProvider]:
    fake = request.getfixturevalue(f"fake_{request.param}")
    return fake, VENDORS[request.param][1](fake)


SUBMIT_FAULTS: list[tuple[str, type[ProviderError]]] = [
    ("timeout", Retryable),
    ("500", Retryable),
    ("503", Retryable),
    ("429", Throttled),
    ("quota", QuotaExhausted),
    ("invalid", InvalidInput),
    ("auth", ProviderUnavailable),
]


@pytest.mark.parametrize(("kind", "error_class"), SUBMIT_FAULTS)
def test_submit_fault_maps_to_error_class(vendor, kind, error_class, photo, spec, tmp_path):
    fake, provider = vendor
    fake.fail_submit(kind)
    with pytest.raises(error_class) as info:
        run(provider, photo, spec, tmp_path)
    assert info.value.provider == provider.name
    assert info.value.message and info.value.detail
    if kind == "quota":
        assert isinstance(info.value, ProviderUnavailable)


@pytest.mark.parametrize("name", ["luma", "kling", "replicate", "fal"])
def test_submit_content_rejection_maps_to_content_rejected(request, name, photo, spec, tmp_path):
    fake = request.getfixturevalue(f"fake_{name}")
    fake.fail_submit("content")
    with pytest.raises(ContentRejected):
        run(VENDORS[name][1](fake), photo, spec, tmp_path)


@pytest.mark.parametrize(
    ("outcome", "error_class"), [("content", ContentRejected), ("internal", Retryable)]
)
def test_failed_task_maps_to_error_class(vendor, outcome, error_class, photo, spec, tmp_path):
    fake, provider = vendor
    fake.outcome = outcome
    with pytest.raises(error_class) as info:
        run(provider, photo, spec, tmp_path)
    assert info.value.task_id in fake.tasks  # the attempt can be recorded with its task id


@pytest.mark.parametrize("result", ["missing", "corrupt", "wrong_size", "html"])
def test_bad_result_video_is_bad_output(vendor, result, photo, spec, tmp_path):
    fake, provider = vendor
    fake.result = result
    with pytest.raises(BadOutput) as info:
        run(provider, photo, spec, tmp_path)
    assert info.value.task_id in fake.tasks
    assert not (tmp_path / "out.mp4.part").exists()


def test_poll_5xx_is_retryable(vendor, photo, spec, tmp_path):
    fake, provider = vendor
    fake.fail_poll("503")
    with pytest.raises(Retryable):
        run(provider, photo, spec, tmp_path)


def test_slow_task_times_out_and_is_canceled(fake_runway, photo, spec, tmp_path):
    fake_runway.polls_until_done = 10_000
    provider = runway_for(fake_runway)
    with pytest.raises(TaskTimedOut) as info:
        run(provider, photo, spec, tmp_path, timeout_s=0.15)
    assert fake_runway.requests_to("DELETE", f"/v1/tasks/{info.value.task_id}")
    assert fake_runway.tasks[info.value.task_id].canceled


def test_runway_throttled_too_long_is_throttled_and_canceled(fake_runway, photo, spec, tmp_path):
    fake_runway.outcome = "throttled"
    provider = runway_for(fake_runway, throttled_limit_s=0.05)
    with pytest.raises(Throttled) as info:
        run(provider, photo, spec, tmp_path)
    assert fake_runway.tasks[info.value.task_id].canceled


def test_runway_throttled_briefly_still_succeeds(fake_runway, photo, spec, tmp_path):
    fake_runway.polls_until_done = 4
    fake_runway.throttled_polls = 2  # queued behind our concurrency limit, then runs
    provider = runway_for(fake_runway, throttled_limit_s=60)
    result = run(provider, photo, spec, tmp_path)
    assert result.path.exists()
    assert len(fake_runway.requests_to("GET", "/v1/tasks/")) == 4


def test_retry_after_header_is_parsed(fake_runway, photo, spec, tmp_path):
    fake_runway.retry_after = "7"
    fake_runway.fail_submit("429")
    with pytest.raises(Throttled) as info:
        run(runway_for(fake_runway), photo, spec, tmp_path)
    assert info.value.retry_after_s == 7.0


def test_replicate_429_reset_time_read_from_detail(fake_replicate, photo, spec, tmp_path):
    fake_replicate.fail_submit("429")
    with pytest.raises(Throttled) as info:
        run(replicate_for(fake_replicate), photo, spec, tmp_path)
    assert info.value.retry_after_s == 7.0


@pytest.mark.parametrize(
    ("kind", "error_class"),
    [
        ("concurrency", Throttled),
        ("arrears", QuotaExhausted),
        ("ip", ProviderUnavailable),
        ("content", ContentRejected),
    ],
)
def test_kling_codes(fake_kling, kind, error_class, photo, spec, tmp_path):
    fake_kling.fail_submit(kind)
    with pytest.raises(error_class) as info:
        run(kling_for(fake_kling), photo, spec, tmp_path)
    assert "code 1" in info.value.detail


def test_adapters_satisfy_the_protocol(fake_runway):
    assert isinstance(runway_for(fake_runway), VideoProvider)
