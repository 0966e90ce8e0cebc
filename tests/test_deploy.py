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


def test_the_deploy_files_pass_their_offline_check():
    result = subprocess.run(
        ["bash", "scripts/check_deploy_files.sh"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "deploy files: ok" in result.stdout


def test_compose_shares_no_media_disk_between_web_and_workers():
    import yaml

    compose = yaml.safe_load((ROOT / "compose.yaml").read_text())
    assert "media" not in (compose.get("volumes") or {})
    for name in ("web", "worker-light", "worker-render", "beat", "migrate"):
        volumes = compose["services"][name].get("volumes") or []
        assert not [v for v in volumes if "media" in str(v)], name


def test_production_with_a_bucket_keeps_media_in_it_and_passes_check_deploy(monkeypatch):
    monkeypatch.setenv("AWS_STORAGE_BUCKET_NAME", "stillmotion-media")
    monkeypatch.setenv("AWS_S3_ENDPOINT_URL", "https://s3.example.test")
    monkeypatch.setenv("AWS_S3_REGION_NAME", "eu-west-1")
    shown = _manage(
        "shell",
        "-c",
        "from django.conf import settings; "
        "o = settings.STORAGES['default']; "
        "print(o['BACKEND'], o['OPTIONS']['bucket_name'], o['OPTIONS']['default_acl'])",
    )
    assert shown.returncode == 0, shown.stderr
    last = shown.stdout.strip().splitlines()[-1]
    assert last.split() == ["storages.backends.s3.S3Storage", "stillmotion-media", "None"]
    checked = _manage("check", "--deploy", "--fail-level", "WARNING")
    assert checked.returncode == 0, checked.stdout + checked.stderr
