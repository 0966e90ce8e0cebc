"""Where media live: local files under the var dir (embedded default), or a private
S3-compatible bucket when `AWS_STORAGE_BUCKET_NAME` is set (django-storages' S3 backend).

Everything that reads or writes a photo, attempt, clip, poster, protected-identity photo or
batch staging file goes through `default_storage`, so this is configuration, not code.
The names are django-storages' own (docs/deploy.md lists them with the defaults chosen here).
The access key and secret are never copied into settings: django-storages reads
`AWS_ACCESS_KEY_ID` / `AWS_SECRET_ACCESS_KEY` (or `AWS_S3_*`) from the environment itself.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from saas.settings.env import env_bool, env_int, env_str

FILESYSTEM_BACKEND = "django.core.files.storage.FileSystemStorage"
S3_BACKEND = "storages.backends.s3.S3Storage"


def local_media(location: Path | str) -> dict[str, Any]:
    # Media are never served from a public URL: views check membership and stream them.
    return {
        "BACKEND": FILESYSTEM_BACKEND,
        "OPTIONS": {"location": str(location), "base_url": "/nonexistent-media/"},
    }


def s3_media(
    *,
    bucket: str,
    endpoint_url: str | None,
    region: str | None,
    location: str = "",
    access_key: str | None = None,
    secret_key: str | None = None,
) -> dict[str, Any]:
    """The S3 backend as measured in shared/reference/storage.md, plus timeouts and retries
    so a slow or flaky bucket fails a call within seconds instead of hanging a worker."""
    from botocore.config import Config  # only where the bucket is configured

    config = Config(
        # Set here: client_config overrides django-storages' own addressing/signature options.
        signature_version="s3v4",  # without it, presigned URLs are SigV2 on custom endpoints
        s3={"addressing_style": env_str("AWS_S3_ADDRESSING_STYLE", "path")},
        # botocore >= 1.36 sends checksum headers several S3-compatible services refuse.
        request_checksum_calculation="when_required",
        response_checksum_validation="when_required",
        connect_timeout=float(env_str("AWS_S3_CONNECT_TIMEOUT_S", "5")),
        read_timeout=float(env_str("AWS_S3_READ_TIMEOUT_S", "20")),
        # "standard" retries 5xx, throttling (SlowDown) and timeouts with backoff and jitter.
        retries={"max_attempts": env_int("AWS_S3_MAX_ATTEMPTS", 5), "mode": "standard"},
        max_pool_connections=env_int("AWS_S3_MAX_POOL_CONNECTIONS", 20),
    )
    options: dict[str, Any] = {
        "bucket_name": bucket,
        "endpoint_url": endpoint_url or None,
        "region_name": region or None,
        "location": location,
        "default_acl": None,  # private: the bucket's own policy, never public-read
        "querystring_auth": True,  # url() gives presigned, short-lived links
        "querystring_expire": env_int("MEDIA_PRESIGNED_TTL_S", 300),
        "file_overwrite": False,
        # S3File spools reads to a temp file past 1 MiB instead of holding clips in RAM.
        "max_memory_size": 1 << 20,
        "verify": env_bool("AWS_S3_VERIFY", True),
        "client_config": config,
    }
    if access_key and secret_key:  # tests only: production keys come from the environment
        options |= {"access_key": access_key, "secret_key": secret_key}
    return {"BACKEND": S3_BACKEND, "OPTIONS": options}


def media_storage(var_dir: Path) -> dict[str, Any]:
    bucket = env_str("AWS_STORAGE_BUCKET_NAME")
    if not bucket:
        return local_media(var_dir / "media")
    return s3_media(
        bucket=bucket,
        endpoint_url=env_str("AWS_S3_ENDPOINT_URL") or None,
        region=env_str("AWS_S3_REGION_NAME") or None,
        location=env_str("AWS_LOCATION"),
    )
