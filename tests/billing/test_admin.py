"""Operators: read-only ledger, grant or adjust credits with a reason, plans editable."""

from __future__ import annotations

import pytest
from django.urls import reverse

from billing import selectors
from billing.models import EntryKind, LedgerEntry

pytestmark = pytest.mark.django_db


def test_operator_grants_credits_with_a_reason(client_for, operator, workspace):
    client = client_for(operator)
    url = reverse("admin:billing_credits_adjust")
    page = client.get(url, {"workspace": workspace.pk})
    assert page.status_code == 200 and "Grant or adjust credits" in page.content.decode()
    refused = client.post(url, {"workspace": workspace.pk, "credits": 50, "reason": ""})
    assert refused.status_code == 200 and "This field is required" in refused.content.decode()
    assert selectors.credit_balance(workspace=workspace) == 25
    done = client.post(url, {"workspace": workspace.pk, "credits": 50, "reason": "Sales deal"})
    assert done.status_code == 302
    entry = LedgerEntry.objects.get(workspace=workspace, kind=EntryKind.ADJUSTMENT)
    assert (entry.credits, entry.reason, entry.created_by) == (50, "Sales deal", operator)
    assert selectors.credit_balance(workspace=workspace) == 75


def test_ledger_is_read_only_in_the_admin(client_for, operator, workspace):
    client = client_for(operator)
    entry = LedgerEntry.objects.filter(workspace=workspace).first()
    assert client.get(reverse("admin:billing_ledgerentry_changelist")).status_code == 200
    assert client.get(reverse("admin:billing_ledgerentry_add")).status_code == 403
    change = client.post(reverse("admin:billing_ledgerentry_change", args=[entry.pk]), {})
    assert change.status_code == 403
    delete = client.post(
        reverse("admin:billing_ledgerentry_delete", args=[entry.pk]), {"post": "yes"}
    )
    assert delete.status_code == 403
    assert LedgerEntry.objects.filter(pk=entry.pk).exists()


@pytest.mark.parametrize(
    "name",
    [
        "admin:billing_plan_changelist",
        "admin:billing_costrule_changelist",
        "admin:billing_billingaccount_changelist",
        "admin:billing_stripeevent_changelist",
        "admin:billing_meterreport_changelist",
        "admin:billing_creditpack_changelist",
    ],
)
def test_operator_pages_render(client_for, operator, workspace, name):
    assert client_for(operator).get(reverse(name)).status_code == 200


def test_non_staff_cannot_adjust(client_for, owner, workspace):
    response = client_for(owner).get(reverse("admin:billing_credits_adjust"))
    assert response.status_code == 302  # to the admin login
