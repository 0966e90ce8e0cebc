"""Media through the storage API only: streamed to members with HTTP ranges (so video can seek,
Safari included), copied to a worker's temporary folder, saved back, presigned for vendors.

The storage is local files (embedded default) or a private S3-compatible bucket
(django-storages). Nothing here reads a path on this machine's disk: on a bucket, a range is
one `GetObject` with a `Range` header, never a download of the whole object (django-storages'
`S3File` would fetch it all first). A storage that fails or is slow raises `StorageUnavailable`
with words for people; the flow turns that into a retry at the job's checkpoint or a clear
failure reason.
"""

from __future__ import annotations

import logging
import re
import shutil
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from boto3.exceptions import Boto3Error
from botocore.exceptions import BotoCoreError, ClientError
from django.conf import settings
from django.core.files.storage import Storage, default_storage
from django.db.models.fields.files import FieldFile
from django.http import (
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponseRedirect,
    StreamingHttpResponse,
)
from s3transfer.exceptions import RetriesExceededError
from storages.backends.s3 import S3Storage
from storages.utils import clean_name

from saas.errors import ApplicationError

logger = logging.getLogger(__name__)

_RANGE = re.compile(r"bytes=(\d*)-(\d*)$")
_CHUNK = 64 * 1024
# What a failing or slow bucket raises: botocore (timeouts, connection errors, 5xx after its
# own retries), boto3's and s3transfer's transfer managers (S3UploadFailedError, retries
# exceeded on a download); and the local disk: OSError.
BUCKET_ERRORS: tuple[type[BaseException], ...] = (
    BotoCoreError,
    ClientError,
    Boto3Error,
    RetriesExceededError,
)
STORAGE_ERRORS: tuple[type[BaseException], ...] = (OSError, *BUCKET_ERRORS)
T = TypeVar("T")


class StorageUnavailable(ApplicationError):
    """The file storage did not answer (or refused) while we read or wrote a file."""

    code = "storage_unavailable"
    status = 503


def _storage() -> Storage:
    return default_storage


def in_bucket(storage: Storage | None = None) -> bool:
    """True when media live in an S3-compatible bucket (presigned URLs exist)."""
    # `default_storage` is a lazy proxy; isinstance sees through it (and sets it up).
    return isinstance(storage if storage is not None else _storage(), S3Storage)


def _bucket_key(storage: S3Storage, name: str) -> str:
    # django-storages' own normalisation (AWS_LOCATION prefix, no "..").
    return storage._normalize_name(clean_name(name))


def _not_found(exc: ClientError) -> bool:
    code = str(exc.response.get("Error", {}).get("Code", ""))
    status = exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode")
    return status == 404 or code in {"404", "NoSuchKey", "NotFound"}


def guarded(what: str, call: Callable[[], T]) -> T:
    """Run one storage call; a failure becomes `StorageUnavailable` saying what failed."""
    try:
        return call()
    except FileNotFoundError:
        raise
    except ClientError as exc:
        if _not_found(exc):
            raise FileNotFoundError(what) from exc
        raise _unavailable(what, exc) from exc
    except STORAGE_ERRORS as exc:
        raise _unavailable(what, exc) from exc


def _unavailable(what: str, exc: BaseException) -> StorageUnavailable:
    logger.warning("storage: %s failed: %s: %s", what, type(exc).__name__, exc)
    return StorageUnavailable(
        f"The file storage did not answer while we tried to {what} ({type(exc).__name__}). "
        "It is usually back within a minute; try again then."
    )


# -- workers: copy out, save back -------------------------------------------------------------
def copy_to_path(name: str, path: Path) -> Path:
    """Copy a stored file to a local temporary path (a worker's own scratch space)."""

    def copy() -> Path:
        storage = _storage()
        if in_bucket(storage):
            with path.open("wb") as dst:
                storage.bucket.download_fileobj(_bucket_key(storage, name), dst)  # type: ignore[attr-defined]
        else:
            with storage.open(name, "rb") as src, path.open("wb") as dst:
                shutil.copyfileobj(src, dst, _CHUNK * 16)
        return path

    return guarded(f"read {name}", copy)


def read_bytes(name: str) -> bytes:
    def read() -> bytes:
        with _storage().open(name, "rb") as src:
            return src.read()

    return guarded(f"read {name}", read)


def save(name: str, content: Any) -> str:
    """Store `content` (a Django File) under `name` or a free variant of it; the stored name."""
    return guarded(f"store {name}", lambda: _storage().save(name, content))


def delete_quietly(name: str) -> None:
    """Best-effort removal of a file nothing refers to any more (a leftover costs bytes only)."""
    try:
        _storage().delete(name)
    except STORAGE_ERRORS as exc:
        logger.warning("storage: could not delete %s: %s", name, exc)


def list_folder(prefix: str) -> tuple[list[str], list[str]]:
    """The sub-folders and files directly under `prefix`; both empty when it does not exist."""

    def listdir() -> tuple[list[str], list[str]]:
        try:
            return _storage().listdir(prefix)
        except (FileNotFoundError, NotADirectoryError):
            return [], []

    return guarded(f"list {prefix}", listdir)


def modified_at(name: str) -> datetime:
    """When a stored file was last written (aware)."""
    return guarded(f"find {name}", lambda: _storage().get_modified_time(name))


def presigned_url(
    name: str, *, ttl_s: int, content_type: str | None = None, download_name: str | None = None
) -> str | None:
    """A short-lived presigned GET URL of the object, or None when media are local files."""
    storage = _storage()
    if not in_bucket(storage):
        return None
    parameters = {}
    if content_type:
        parameters["ResponseContentType"] = content_type
    if download_name:
        parameters["ResponseContentDisposition"] = f'attachment; filename="{download_name}"'
    return storage.url(name, parameters=parameters, expire=ttl_s)  # type: ignore[call-arg]


# -- web: members download, with ranges -----------------------------------------------------------
def _size(storage: Storage, name: str) -> int:
    try:
        return guarded(f"find {name}", lambda: storage.size(name))
    except FileNotFoundError as exc:
        raise Http404("No such file") from exc


def _chunks(name: str, start: int, length: int | None) -> Iterator[bytes]:
    """The bytes [start, start + length) of a stored file (length None: to the end)."""
    storage = _storage()
    try:
        if in_bucket(storage):
            params: dict[str, str] = {}
            if length is not None:
                params["Range"] = f"bytes={start}-{start + length - 1}"
            body = storage.bucket.Object(_bucket_key(storage, name)).get(**params)["Body"]  # type: ignore[attr-defined]
            try:
                yield from body.iter_chunks(_CHUNK)
            finally:
                body.close()
            return
        with storage.open(name, "rb") as handle:
            handle.seek(start)
            remaining = length
            while remaining is None or remaining > 0:
                chunk = handle.read(_CHUNK if remaining is None else min(_CHUNK, remaining))
                if not chunk:
                    break
                if remaining is not None:
                    remaining -= len(chunk)
                yield chunk
    except STORAGE_ERRORS as exc:
        # Headers are sent; the client sees a short body and retries the range.
        logger.warning("storage: streaming %s stopped: %s", name, exc)


def iter_file(name: str) -> Iterator[bytes]:
    """A stored file chunk by chunk, never whole in memory or on this machine's disk."""
    return _chunks(name, 0, None)


def _redirect(field: FieldFile, content_type: str, download_name: str | None) -> HttpResponse:
    url = presigned_url(
        field.name,
        ttl_s=settings.MEDIA_PRESIGNED_TTL_S,
        content_type=content_type,
        download_name=download_name,
    )
    response = HttpResponseRedirect(url)  # type: ignore[arg-type]
    # The link is a bearer token for its lifetime: never cached by anyone else.
    response["Cache-Control"] = "private, no-store"
    response["Referrer-Policy"] = "no-referrer"
    return response


def serve(
    request: HttpRequest, field: FieldFile, *, content_type: str, download_name: str | None = None
) -> HttpResponse:
    """The file for a member (the caller checked membership), whole or a byte range."""
    if not field:
        raise Http404("No such file")
    storage = _storage()
    if settings.MEDIA_DOWNLOAD_MODE == "redirect" and in_bucket(storage):
        return _redirect(field, content_type, download_name)
    size = _size(storage, field.name)
    headers = {
        "Accept-Ranges": "bytes",
        "Cache-Control": "private, max-age=3600",
        "X-Content-Type-Options": "nosniff",
    }
    if download_name:
        headers["Content-Disposition"] = f'attachment; filename="{download_name}"'
    match = _RANGE.match(request.headers.get("Range", "").strip())
    if match and (match.group(1) or match.group(2)):
        first, last = match.groups()
        if first:
            start = int(first)
            end = min(int(last), size - 1) if last else size - 1
        else:  # a suffix range: the last N bytes
            start, end = max(size - int(last), 0), size - 1
        if start > end or start >= size:
            response = HttpResponse(status=416)
            response["Content-Range"] = f"bytes */{size}"
            return response
        length = end - start + 1
        response = StreamingHttpResponse(
            _chunks(field.name, start, length), status=206, content_type=content_type
        )
        response["Content-Range"] = f"bytes {start}-{end}/{size}"
        response["Content-Length"] = str(length)
    else:
        response = StreamingHttpResponse(_chunks(field.name, 0, None), content_type=content_type)
        response["Content-Length"] = str(size)
    for name, value in headers.items():
        response[name] = value
    return response
