"""A real S3-compatible HTTP server on 127.0.0.1 (moto's standalone server) and a fresh
private bucket per test, with the app's default storage pointed at it.

`make test` starts the server (scripts/ensure_services.sh, port TEST_S3_PORT or 5055); a plain
`pytest` run without it starts one of its own for the session.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from django.test import override_settings

from saas.settings.storage import s3_media

KEY, SECRET, REGION = "testing", "testing", "us-east-1"


def _answers(endpoint: str) -> bool:
    try:
        urllib.request.urlopen(f"{endpoint}/moto-api/", timeout=2)
    except OSError:
        return False
    return True


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def s3_endpoint() -> Iterator[str]:
    endpoint = os.environ.get(
        "TEST_S3_ENDPOINT", f"http://127.0.0.1:{os.environ.get('TEST_S3_PORT', '5055')}"
    )
    if _answers(endpoint):
        yield endpoint
        return
    port = _free_port()
    moto = Path(sys.executable).with_name("moto_server")
    server = subprocess.Popen(
        [str(moto), "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    endpoint = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    while not _answers(endpoint):
        assert server.poll() is None and time.monotonic() < deadline, "moto_server did not start"
        time.sleep(0.1)
    yield endpoint
    server.terminate()
    server.wait(timeout=10)


@dataclass
class Bucket:
    """One test's private bucket, the settings that point the app at it, and the environment
    that points a worker process at it (what a worker on another machine would be given)."""

    name: str
    endpoint: str
    client: Any

    @property
    def storages(self) -> dict[str, Any]:
        from django.conf import settings

        return {
            **settings.STORAGES,
            "default": s3_media(
                bucket=self.name,
                endpoint_url=self.endpoint,
                region=REGION,
                access_key=KEY,
                secret_key=SECRET,
            ),
        }

    @property
    def env(self) -> dict[str, str]:
        return {
            "AWS_STORAGE_BUCKET_NAME": self.name,
            "AWS_S3_ENDPOINT_URL": self.endpoint,
            "AWS_S3_REGION_NAME": REGION,
            "AWS_ACCESS_KEY_ID": KEY,
            "AWS_SECRET_ACCESS_KEY": SECRET,
        }

    def objects(self, prefix: str = "") -> list[str]:
        pages = self.client.get_paginator("list_objects_v2").paginate(
            Bucket=self.name, Prefix=prefix
        )
        return sorted(item["Key"] for page in pages for item in page.get("Contents", []))


def make_client(endpoint: str) -> Any:
    import boto3
    from botocore.config import Config

    return boto3.client(
        "s3",
        endpoint_url=endpoint,
        region_name=REGION,
        aws_access_key_id=KEY,
        aws_secret_access_key=SECRET,
        config=Config(s3={"addressing_style": "path"}, signature_version="s3v4"),
    )


@pytest.fixture
def bucket(s3_endpoint: str) -> Iterator[Bucket]:
    """A fresh private bucket; the default storage points at it for the test."""
    client = make_client(s3_endpoint)
    made = Bucket(name=f"sm-test-{uuid.uuid4().hex[:12]}", endpoint=s3_endpoint, client=client)
    client.create_bucket(Bucket=made.name)
    with override_settings(STORAGES=made.storages):
        yield made
    for key in made.objects():
        client.delete_object(Bucket=made.name, Key=key)
    client.delete_bucket(Bucket=made.name)
