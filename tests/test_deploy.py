"""Production settings: `check --deploy` is clean, and missing secrets stop the start."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "saas.settings.production",
    "DJANGO_SECRET_KEY": "x" * 20 + "-a-long-random-production-secret-for-the-check-0123456789",
    "DJANGO_ALLOWED_HOSTS": "stillmotion.example",
    "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/test",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
    "SITE_URL": "https://stillmotion.example",
    "C2PA_CERT_FILE": "/etc/stillmotion/c2pa-chain.pem",
    "C2PA_KEY_FILE": "/etc/stillmotion/c2pa-key.pem",
}


def _manage(*args: str, drop: tuple[str, ...] = ()) -> subprocess.CompletedProcess[str]:
    # A clean process environment: nothing the test run itself set (e.g. async-unsafe mode).
    skip = {*PRODUCTION_ENV, "DJANGO_ALLOW_ASYNC_UNSAFE", "PYTEST_XDIST_WORKER"}
    env = {k: v for k, v in os.environ.items() if k not in skip}
    env.update({k: v for k, v in PRODUCTION_ENV.items() if k not in drop})
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_is_clean_under_production_settings():
    result = _manage("check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_its_secrets_or_certificate():
    for missing in ("DJANGO_SECRET_KEY", "DATABASE_URL", "C2PA_CERT_FILE"):
        result = _manage("check", drop=(missing,))
        assert result.returncode != 0
        assert missing in result.stderr
