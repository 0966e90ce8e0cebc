"""A local webhook receiver (a FakeVendor on 127.0.0.1) that can fail on purpose."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterator

import pytest

from tests.api.conftest import api, api_key, make_key, small_jpeg
from tests.fakes.server import FakeVendor, Request, Response

__all__ = ["api", "api_key", "make_key", "small_jpeg"]  # API fixtures, shared with these tests


class Receiver(FakeVendor):
    """Answers POST /hook with the next status of `plan` (then 200 for ever)."""

    def __init__(self) -> None:
        super().__init__()
        self.plan: list[int | Response] = []
        self.route("POST", "/hook", self._hook)
        self.route("POST", "/moved", lambda r: Response(301, "", {"Location": "/hook"}))

    def _hook(self, request: Request) -> Response:
        answer = self.plan.pop(0) if self.plan else 200
        return answer if isinstance(answer, Response) else Response(answer, {"ok": answer < 300})

    @property
    def hook_url(self) -> str:
        return f"{self.url}/hook"

    def hooks(self) -> list[Request]:
        return self.requests_to("POST", "/hook")


@pytest.fixture(scope="session")
def _receiver_server() -> Iterator[Receiver]:
    with Receiver() as fake:
        yield fake


@pytest.fixture
def receiver(_receiver_server: Receiver) -> Receiver:
    """The shared receiver, with no plan and no recorded requests."""
    _receiver_server.plan = []
    with _receiver_server._lock:
        _receiver_server.requests.clear()
    return _receiver_server


def independent_verify(secret: str, body: bytes, header: str) -> bool:
    """The receiver's side, written from the documented format only."""
    fields = dict(part.split("=", 1) for part in header.split(","))
    mac = hmac.new(secret.encode(), fields["t"].encode() + b"." + body, hashlib.sha256)
    return hmac.compare_digest(mac.hexdigest(), fields["v1"])
