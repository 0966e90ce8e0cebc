"""A fault-injecting HTTP proxy in front of the S3 server: a bucket that fails or is slow.

Every request is forwarded unchanged to the upstream S3 server (moto) unless a rule says
otherwise: fail writes (PUT/POST) with S3's own `503 SlowDown` answer, at a rate or while a
path matches, or answer every request only after a delay. The app reaches it exactly as it
would reach a real bucket (`AWS_S3_ENDPOINT_URL`); nothing of ours is patched. Used by
tests/storage and by bench/chaos.py and bench/scale.py.
"""

from __future__ import annotations

import contextlib
import http.client
import random
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

SLOW_DOWN = (
    b'<?xml version="1.0" encoding="UTF-8"?><Error><Code>SlowDown</Code>'
    b"<Message>Please reduce your request rate.</Message></Error>"
)
WRITES = frozenset({"PUT", "POST"})


@dataclass
class Faults:
    write_fail_rate: float = 0.0  # share of writes answered 503 SlowDown
    fail_writes_matching: str = ""  # every write whose path contains this fails
    fail_everything: bool = False  # every request fails (the bucket is down)
    delay_s: float = 0.0  # every request waits this long first (a slow bucket)
    seed: int = 11
    counts: Counter[str] = field(default_factory=Counter)


class FaultyS3Proxy:
    def __init__(self, upstream: str, faults: Faults | None = None) -> None:
        parts = urlsplit(upstream)
        self.upstream_host, self.upstream_port = parts.hostname or "127.0.0.1", parts.port or 80
        self.faults = faults or Faults()
        self._rng = random.Random(self.faults.seed)
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None

    # -- rules --------------------------------------------------------------------------------
    def _should_fail(self, method: str, path: str) -> bool:
        f = self.faults
        with self._lock:
            f.counts["requests"] += 1
            if method in WRITES:
                f.counts["writes"] += 1
            fail = f.fail_everything or (
                method in WRITES
                and (
                    (f.fail_writes_matching and f.fail_writes_matching in path)
                    or (f.write_fail_rate > 0 and self._rng.random() < f.write_fail_rate)
                )
            )
            if fail:
                f.counts["failed"] += 1
        return fail

    # -- server -------------------------------------------------------------------------------
    @property
    def url(self) -> str:
        assert self._server is not None
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> FaultyS3Proxy:
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                if proxy.faults.delay_s:
                    time.sleep(proxy.faults.delay_s)
                if proxy._should_fail(self.command, self.path):
                    self.send_response(503)
                    self.send_header("Content-Type", "application/xml")
                    self.send_header("Content-Length", str(len(SLOW_DOWN)))
                    self.end_headers()
                    self.wfile.write(SLOW_DOWN)
                    return
                upstream = http.client.HTTPConnection(
                    proxy.upstream_host, proxy.upstream_port, timeout=60
                )
                try:
                    headers = {k: v for k, v in self.headers.items()}
                    upstream.request(self.command, self.path, body=body, headers=headers)
                    answer = upstream.getresponse()
                    data = answer.read()
                    self.send_response(answer.status)
                    length = str(len(data))
                    for key, value in answer.getheaders():
                        if key.lower() == "content-length" and self.command == "HEAD":
                            length = value  # a HEAD's length is the object's, with no body
                        elif key.lower() not in {
                            "transfer-encoding",
                            "connection",
                            "content-length",
                        }:
                            self.send_header(key, value)
                    self.send_header("Content-Length", length)
                    self.end_headers()
                    if self.command != "HEAD":
                        self.wfile.write(data)
                finally:
                    upstream.close()

            def _answer(self) -> None:
                # The client may give up first (its timeout): what a slow bucket causes.
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    self._handle()

            do_GET = do_PUT = do_POST = do_DELETE = do_HEAD = _answer

            def log_message(self, format: str, *args: Any) -> None:
                return None

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> FaultyS3Proxy:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
