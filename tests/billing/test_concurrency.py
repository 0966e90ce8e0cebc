"""50 simultaneous submissions against a balance for 10 accept exactly 10 (PostgreSQL locks)."""

from __future__ import annotations

import threading
import uuid

import pytest
from django.core.management import call_command
from django.db import connection

from billing import selectors, services
from billing.errors import InsufficientCredits
from billing.models import EntryKind, LedgerEntry
from tests.billing.conftest import ledger_sum


@pytest.mark.django_db(transaction=True)
def test_fifty_concurrent_holds_against_ten_clips_accept_exactly_ten(workspace, set_balance):
    price = 3
    set_balance(workspace, 10 * price)
    start = threading.Barrier(50)
    accepted: list[uuid.UUID] = []
    refused: list[str] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    def submit() -> None:
        job = uuid.uuid4()
        try:
            start.wait(timeout=30)
            services.credits_hold(workspace=workspace, job_id=job, credits=price)
            with lock:
                accepted.append(job)
        except InsufficientCredits as exc:
            with lock:
                refused.append(str(exc))
        except BaseException as exc:
            with lock:
                errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=submit) for _ in range(50)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert errors == []
    assert len(accepted) == 10
    assert len(refused) == 40
    assert refused[0] == "This clip costs 3 credits and you have 0 left. Buy credits or upgrade."
    assert selectors.credit_balance(workspace=workspace) == 0
    assert ledger_sum(workspace) == 0
    holds = LedgerEntry.objects.filter(workspace=workspace, kind=EntryKind.HOLD)
    assert holds.count() == 10
    assert min(holds.values_list("balance_after", flat=True)) == 0
    call_command("billing_check")


@pytest.mark.django_db(transaction=True)
def test_a_retried_worker_never_captures_twice_even_concurrently(workspace, set_balance):
    set_balance(workspace, 10)
    job = uuid.uuid4()
    services.credits_hold(workspace=workspace, job_id=job, credits=4)
    start = threading.Barrier(8)

    def capture() -> None:
        try:
            start.wait(timeout=30)
            services.credits_capture(workspace=workspace, job_id=job)
        finally:
            connection.close()

    threads = [threading.Thread(target=capture) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert LedgerEntry.objects.filter(workspace=workspace, kind=EntryKind.CAPTURE).count() == 1
    assert selectors.credit_balance(workspace=workspace) == 6
