"""Stream stored media to authorised members, with HTTP range requests so video can seek."""

from __future__ import annotations

import re
from collections.abc import Iterator

from django.core.files.storage import default_storage
from django.db.models.fields.files import FieldFile
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, StreamingHttpResponse

_RANGE = re.compile(r"bytes=(\d*)-(\d*)$")
_CHUNK = 64 * 1024


def _iter_range(name: str, start: int, length: int) -> Iterator[bytes]:
    with default_storage.open(name, "rb") as handle:
        handle.seek(start)
        remaining = length
        while remaining > 0:
            chunk = handle.read(min(_CHUNK, remaining))
            if not chunk:
                break
            remaining -= len(chunk)
            yield chunk


def serve(
    request: HttpRequest, field: FieldFile, *, content_type: str, download_name: str | None = None
) -> HttpResponse:
    if not field or not default_storage.exists(field.name):
        raise Http404("No such file")
    size = default_storage.size(field.name)
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
            _iter_range(field.name, start, length), status=206, content_type=content_type
        )
        response["Content-Range"] = f"bytes {start}-{end}/{size}"
        response["Content-Length"] = str(length)
    else:
        response = FileResponse(default_storage.open(field.name, "rb"), content_type=content_type)
        response["Content-Length"] = str(size)
    for name, value in headers.items():
        response[name] = value
    return response
