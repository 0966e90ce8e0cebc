"""`Idempotency-Key` on job creation: the same key and body give the same job, never a second.

The key row and the job are written in one transaction. A concurrent request with the same key
waits on the unique index until the first commits, then finds its row: the same body gets the
same job (200), a different body gets 409. If the first request failed, nothing was kept and
the key can be used again.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.db import IntegrityError, transaction

from accounts.models import Workspace
from api.errors import IdempotencyConflict
from pipeline.models import IdempotencyKey, Job

MAX_KEY_LENGTH = 200


@dataclass(frozen=True)
class IdempotentResult:
    job: Job
    replayed: bool


def fingerprint(fields: dict[str, Any]) -> str:
    canonical = json.dumps(fields, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()


def job_create_once(
    *, workspace: Workspace, key: str, request_hash: str, create: Callable[[], Job]
) -> IdempotentResult:
    with transaction.atomic():
        try:
            with transaction.atomic():
                record = IdempotencyKey.objects.create(
                    workspace=workspace, key=key, request_hash=request_hash
                )
        except IntegrityError:
            record = IdempotencyKey.objects.select_for_update().get(workspace=workspace, key=key)
            if record.request_hash != request_hash:
                raise IdempotencyConflict(
                    "This Idempotency-Key was already used with a different request body. "
                    "Use a new key for a new job, or resend exactly the same request."
                ) from None
            if record.job_id is not None:
                job = Job.objects.select_related("clip").get(pk=record.job_id)
                return IdempotentResult(job=job, replayed=True)
        job = create()
        record.job = job
        record.save(update_fields=["job"])
        return IdempotentResult(job=job, replayed=False)
