"""Health endpoints and the worker check: alive, ready (database, Redis, storage), worker."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client, override_settings

from saas.settings.storage import s3_media
from tests.fixtures_pipeline import ROOT
from tests.storage.conftest import KEY, REGION, SECRET

pytestmark = pytest.mark.django_db


def test_live_answers_without_login_or_io():
    response = Client().get("/healthz/live")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_ready_checks_database_redis_and_local_storage():
    response = Client().get("/healthz/ready")
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["status"] == "ok"
    assert set(body["checks"]) == {"database", "redis", "storage"}
    assert all(check["ok"] for check in body["checks"].values())


def test_ready_checks_the_bucket(bucket):
    response = Client().get("/healthz/ready")
    assert response.status_code == 200, response.content
    assert response.json()["checks"]["storage"]["ok"] is True


def test_ready_is_503_naming_a_missing_bucket(s3_endpoint):
    storages = {
        **settings.STORAGES,
        "default": s3_media(
            bucket=f"sm-missing-{uuid.uuid4().hex[:8]}",
            endpoint_url=s3_endpoint,
            region=REGION,
            access_key=KEY,
            secret_key=SECRET,
        ),
    }
    with override_settings(STORAGES=storages):
        response = Client().get("/healthz/ready")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "unavailable"
    assert body["checks"]["storage"] == {
        "ok": False,
        "ms": body["checks"]["storage"]["ms"],
        "detail": "ClientError",
    }
    assert body["checks"]["database"]["ok"] is True


def test_ready_is_503_when_redis_does_not_answer():
    with override_settings(REDIS_URL="redis://127.0.0.1:1/0"):
        response = Client().get("/healthz/ready")
    assert response.status_code == 503
    assert response.json()["checks"]["redis"]["ok"] is False


def _worker_check(name: str) -> subprocess.CompletedProcess[str]:
    db = connection.settings_dict
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "saas.settings.test",
        "DATABASE_URL": f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}",
    }
    return subprocess.run(
        [sys.executable, "deploy/healthcheck.py", "celery", name],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.worker
@pytest.mark.xdist_group("worker")
def test_the_worker_check_pings_this_machines_worker(start_worker):
    name = f"check{uuid.uuid4().hex[:6]}"
    worker = start_worker(queues="light", name=f"{name}@%h")
    worker.wait_ready()
    healthy = _worker_check(name)
    assert healthy.returncode == 0, healthy.stdout + healthy.stderr
    assert "pong" in healthy.stdout
    worker.stop()
    gone = _worker_check(name)
    assert gone.returncode == 1
    assert "no reply" in gone.stdout
