"""Fixtures for the provider adapters: fakes on 127.0.0.1 and adapters pointed at them.

One fake server per vendor serves the whole session (stopping a server costs up to half a
second); each test gets it reset: no requests, no tasks, no scripted faults.
"""

from __future__ import annotations

import io
from collections.abc import Iterator

import pytest
from PIL import Image

from engine.providers.protocol import DownloadOptions
from engine.providers.vendors.fal import FalProvider
from engine.providers.vendors.kling import KlingProvider
from engine.providers.vendors.luma import LumaProvider
from engine.providers.vendors.replicate import ReplicateProvider
from engine.providers.vendors.runway import RunwayProvider
from engine.spec import GenerationSpec
from tests.fakes.fal import FakeFal
from tests.fakes.kling import FakeKling
from tests.fakes.luma import FakeLuma
from tests.fakes.replicate import FakeReplicate
from tests.fakes.runway import FakeRunway

POLL = 0.005
HTTP_TIMEOUT = 0.5
DOWNLOAD = DownloadOptions(allow_private=True, timeout_s=5.0, max_bytes=5_000_000)
IMAGE_URL = "https://media.stillmotion.test/signed/photo.png?sig=abc"


def make_png(width: int = 306, height: int = 544) -> bytes:
    """A small 9:16 photo (Kling wants at least 300 px a side)."""
    buf = io.BytesIO()
    Image.new("RGB", (width, height), (40, 120, 200)).save(buf, "PNG")
    return buf.getvalue()


@pytest.fixture(scope="session")
def photo() -> bytes:
    return make_png()


@pytest.fixture
def spec() -> GenerationSpec:
    return GenerationSpec(prompt="the clouds drift slowly", duration_s=3.0)


@pytest.fixture(scope="session")
def _runway_server() -> Iterator[FakeRunway]:
    with FakeRunway() as fake:
        yield fake  # type: ignore[misc]


@pytest.fixture
def fake_runway(_runway_server: FakeRunway) -> FakeRunway:
    _runway_server.reset()
    return _runway_server


@pytest.fixture(scope="session")
def _luma_server() -> Iterator[FakeLuma]:
    with FakeLuma() as fake:
        yield fake  # type: ignore[misc]


@pytest.fixture
def fake_luma(_luma_server: FakeLuma) -> FakeLuma:
    _luma_server.reset()
    return _luma_server


@pytest.fixture(scope="session")
def _kling_server() -> Iterator[FakeKling]:
    with FakeKling() as fake:
        yield fake  # type: ignore[misc]


@pytest.fixture
def fake_kling(_kling_server: FakeKling) -> FakeKling:
    _kling_server.reset()
    return _kling_server


@pytest.fixture(scope="session")
def _replicate_server() -> Iterator[FakeReplicate]:
    with FakeReplicate() as fake:
        yield fake  # type: ignore[misc]


@pytest.fixture
def fake_replicate(_replicate_server: FakeReplicate) -> FakeReplicate:
    _replicate_server.reset()
    return _replicate_server


@pytest.fixture(scope="session")
def _fal_server() -> Iterator[FakeFal]:
    with FakeFal() as fake:
        yield fake  # type: ignore[misc]


@pytest.fixture
def fake_fal(_fal_server: FakeFal) -> FakeFal:
    _fal_server.reset()
    return _fal_server


def runway_for(fake: FakeRunway, **kw: object) -> RunwayProvider:
    return RunwayProvider(
        api_key=fake.api_key,
        base_url=fake.url,
        poll_interval_s=POLL,
        http_timeout_s=HTTP_TIMEOUT,
        download=DOWNLOAD,
        **kw,  # type: ignore[arg-type]
    )


def luma_for(fake: FakeLuma, **kw: object) -> LumaProvider:
    return LumaProvider(
        api_key=fake.api_key,
        base_url=fake.api_base,
        poll_interval_s=POLL,
        http_timeout_s=HTTP_TIMEOUT,
        download=DOWNLOAD,
        **kw,  # type: ignore[arg-type]
    )


def kling_for(fake: FakeKling, **kw: object) -> KlingProvider:
    return KlingProvider(
        access_key=fake.access_key,
        secret_key=fake.secret_key,
        base_url=fake.url,
        poll_interval_s=POLL,
        http_timeout_s=HTTP_TIMEOUT,
        download=DOWNLOAD,
        **kw,  # type: ignore[arg-type]
    )


def replicate_for(fake: FakeReplicate, **kw: object) -> ReplicateProvider:
    return ReplicateProvider(
        api_token=fake.api_token,
        model=str(kw.pop("model", fake.model)),
        base_url=fake.url,
        poll_interval_s=POLL,
        http_timeout_s=HTTP_TIMEOUT,
        download=DOWNLOAD,
        **kw,  # type: ignore[arg-type]
    )


def fal_for(fake: FakeFal, **kw: object) -> FalProvider:
    return FalProvider(
        api_key=fake.api_key,
        endpoint_id=fake.endpoint_id,
        base_url=fake.url,
        poll_interval_s=POLL,
        http_timeout_s=HTTP_TIMEOUT,
        download=DOWNLOAD,
        **kw,  # type: ignore[arg-type]
    )
