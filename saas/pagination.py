"""Keyset (cursor) pagination over (created_at, id), newest first, for pages and the API.

A cursor is an opaque token naming the last row of the previous page, so a page costs the same
however deep it is, and rows inserted meanwhile never shift the pages.
"""

from __future__ import annotations

import base64
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.db.models import Q, QuerySet

from saas.errors import ApplicationError

DEFAULT_LIMIT = 25
MAX_LIMIT = 100


class CursorInvalid(ApplicationError):
    code = "invalid_request"
    status = 400
    field = "cursor"


@dataclass(frozen=True)
class Page:
    items: list[Any]
    next_cursor: str | None


def cursor_encode(obj: Any) -> str:
    raw = f"{obj.created_at.isoformat()}|{obj.pk}"
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def cursor_decode(value: str) -> tuple[datetime, str]:
    try:
        padded = value + "=" * (-len(value) % 4)
        created, pk = base64.urlsafe_b64decode(padded.encode()).decode().split("|", 1)
        # Every paginated table is keyed by UUID: a forged key must not reach the query.
        return datetime.fromisoformat(created), str(uuid.UUID(pk))
    except (ValueError, UnicodeDecodeError) as exc:
        raise CursorInvalid(
            "This cursor is not valid. Use `next_cursor` from the previous page."
        ) from exc


def paginate(queryset: QuerySet, *, cursor: str | None, limit: int | None = None) -> Page:
    """`queryset` must be ordered by (-created_at, -pk)."""
    size = min(max(int(limit or DEFAULT_LIMIT), 1), MAX_LIMIT)
    if cursor:
        created, pk = cursor_decode(cursor)
        queryset = queryset.filter(Q(created_at__lt=created) | Q(created_at=created, pk__lt=pk))
    rows = list(queryset[: size + 1])
    has_more = len(rows) > size
    rows = rows[:size]
    return Page(items=rows, next_cursor=cursor_encode(rows[-1]) if has_more and rows else None)
