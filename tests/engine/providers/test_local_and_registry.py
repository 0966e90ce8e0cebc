"""The embedded provider (the real motion engine, tiny sizes) and the registry."""

from __future__ import annotations

import random

import pytest

from engine.generate.breaker import MemoryCircuitBreaker
from engine.generate.router import RoutePolicy, route
from engine.providers.download import VideoExpectation, verify_video
from engine.providers.errors import InvalidInput
from engine.providers.local import LocalMotionProvider
from engine.providers.protocol import TaskState
from engine.providers.registry import ConfigError, enabled_providers
from engine.providers.vendors.fal import FalProvider
from engine.providers.vendors.kling import KlingProvider
from engine.providers.vendors.runway import RunwayProvider
from engine.spec import GenerationSpec, Resolution
from tests.engine.conftest import IMAGE_URL, runway_for

SMALL = GenerationSpec(prompt="gentle push in", duration_s=2.0, resolution=Resolution.P540)


def test_local_provider_renders_a_real_clip_for_free(photo, tmp_path):
    provider = LocalMotionProvider(work_dir=tmp_path)
    result = provider.generate(
        image=photo, image_mime="image/png", spec=SMALL, out_path=tmp_path / "c.mp4", timeout_s=60
    )
    assert result.cost_cents == 0 and provider.estimate_cost_cents(SMALL) == 0
    assert result.provider == "local" and result.vendor_task_id.startswith("local-")
    info = verify_video(result.path, VideoExpectation(aspect=9 / 16, min_duration_s=1.5))
    assert (info.width, info.height) == SMALL.size


def test_local_provider_maps_unreadable_photo_to_invalid_input(tmp_path):
    provider = LocalMotionProvider(work_dir=tmp_path)
    with pytest.raises(InvalidInput):
        provider.generate(
            image=b"not an image",
            image_mime="image/png",
            spec=SMALL,
            out_path=tmp_path / "c.mp4",
            timeout_s=60,
        )
    task_id = provider.submit(image=b"not an image", image_mime="image/png", spec=SMALL)
    status = provider.poll(task_id)
    assert status.state is TaskState.FAILED and isinstance(status.error, InvalidInput)


def test_job_ends_with_the_local_engine_when_remote_providers_fail(fake_runway, photo, tmp_path):
    fake_runway.fail_submit("500", "500")
    records = []
    outcome = route(
        spec=SMALL,
        image=photo,
        image_mime="image/png",
        image_url=IMAGE_URL,
        chain=[runway_for(fake_runway), LocalMotionProvider(work_dir=tmp_path)],
        policy=RoutePolicy(backoff_base_s=0.0, backoff_max_s=0.0),
        breaker=MemoryCircuitBreaker(),
        out_dir=tmp_path / "out",
        on_attempt=records.append,
        sleep=lambda s: None,
        rng=random.Random(1),
    )
    assert [r.provider for r in records] == ["runway", "runway", "local"]
    assert outcome.result.provider == "local" and outcome.result.path.exists()
    assert outcome.spent_cents == 0


def test_registry_enables_only_configured_providers_plus_local():
    chain = enabled_providers(
        {
            "RUNWAY_API_KEY": "key_x",
            "KLING_ACCESS_KEY": "ak",  # secret missing: not enabled
            "FAL_KEY": "id:secret",
            "FAL_ENDPOINT_ID": "fal-ai/kling-video/v2/master/image-to-video",
            "LUMA_API_KEY": "",
        }
    )
    assert [p.name for p in chain] == ["runway", "fal", "local"]
    assert isinstance(chain[0], RunwayProvider) and chain[0].base_url.endswith("runwayml.com")
    assert isinstance(chain[1], FalProvider) and chain[1].app_path == "fal-ai/kling-video"
    assert [p.name for p in enabled_providers({})] == ["local"]


def test_registry_order_and_base_url_overrides():
    chain = enabled_providers(
        {
            "PROVIDER_ORDER": "kling, runway",
            "RUNWAY_API_KEY": "k",
            "KLING_ACCESS_KEY": "ak",
            "KLING_SECRET_KEY": "sk",
            "KLING_BASE_URL": "http://127.0.0.1:9/",
            "KLING_MODEL": "kling-v1-6",
        },
        poll_interval_s=0.5,
    )
    assert [p.name for p in chain] == ["kling", "runway", "local"]
    kling = chain[0]
    assert isinstance(kling, KlingProvider)
    assert kling.base_url == "http://127.0.0.1:9" and kling.model == "kling-v1-6"
    assert kling.poll_interval_s == 0.5
    with pytest.raises(ConfigError):
        enabled_providers({"PROVIDER_ORDER": "sora"})
