"""Operators in the admin: jobs with reasons, re-queue and cancel, provider health."""

from __future__ import annotations

import pytest
from django.urls import reverse

from engine.options import JobOptions
from pipeline import services
from pipeline.models import Job, JobStatus

pytestmark = pytest.mark.django_db


@pytest.fixture
def operator(make_user):
    return make_user("ops@stillmotion.local", is_staff=True, is_superuser=True)


def test_blocked_jobs_are_listed_with_their_reasons(
    client_for, operator, funded, owner, coffee_jpeg
):
    photo = services.photo_upload(workspace=funded, user=owner, data=coffee_jpeg, filename="c.jpg")
    job = services.job_submit(
        workspace=funded, user=owner, photo=photo, prompt="x", options=JobOptions(resolution="540p")
    )
    Job.objects.filter(pk=job.pk).update(
        status=JobStatus.BLOCKED, block_category="sexual", failure_reason="Not allowed."
    )
    client = client_for(operator)
    page = client.get(reverse("admin:pipeline_job_changelist") + "?status__exact=blocked")
    assert page.status_code == 200
    assert "sexual" in page.content.decode()
    detail = client.get(reverse("admin:pipeline_job_change", args=[job.pk])).content.decode()
    assert "Not allowed." in detail


def test_operator_cancels_a_job_and_its_credits_are_released(
    client_for, operator, funded, owner, coffee_jpeg
):
    from billing.selectors import credit_balance

    before = credit_balance(workspace=funded)
    photo = services.photo_upload(workspace=funded, user=owner, data=coffee_jpeg, filename="c.jpg")
    job = services.job_submit(
        workspace=funded, user=owner, photo=photo, prompt="x", options=JobOptions(resolution="540p")
    )
    client_for(operator).post(
        reverse("admin:pipeline_job_changelist"),
        {"action": "cancel", "_selected_action": [str(job.pk)]},
    )
    job.refresh_from_db()
    assert job.status == JobStatus.CANCELED
    assert credit_balance(workspace=funded) == before


def test_provider_health_page_lists_the_embedded_engine(client_for, operator):
    page = client_for(operator).get(reverse("admin:pipeline_provider_health"))
    assert page.status_code == 200
    assert "local" in page.content.decode()


def test_members_cannot_open_the_operator_pages(client_for, owner, workspace):
    response = client_for(owner, workspace).get(reverse("admin:pipeline_job_changelist"))
    assert response.status_code == 302  # to the admin login


def test_workspace_list_shows_recent_blocked_jobs(client_for, operator, funded, owner, coffee_jpeg):
    photo = services.photo_upload(workspace=funded, user=owner, data=coffee_jpeg, filename="c.jpg")
    for _ in range(2):
        job = services.job_submit(
            workspace=funded,
            user=owner,
            photo=photo,
            prompt="x",
            options=JobOptions(resolution="540p"),
        )
        Job.objects.filter(pk=job.pk).update(status=JobStatus.BLOCKED)
    page = client_for(operator).get(reverse("admin:accounts_workspace_changelist")).content.decode()
    assert "Blocked (7 days)" in page
    assert '<td class="field-blocked_jobs_7d">2</td>' in page
