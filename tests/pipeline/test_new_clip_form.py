"""A refused submission keeps what the user chose, and the form says the plan's limits first."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from pipeline.models import Job, Photo

pytestmark = pytest.mark.django_db


def test_a_refused_submission_keeps_the_prompt_options_and_photos(
    client_for, owner, workspace, coffee_jpeg
):
    client = client_for(owner, workspace)
    response = client.post(
        "/app/clips/new/",
        {
            "photos": [SimpleUploadedFile("coffee.jpg", coffee_jpeg, "image/jpeg")],
            "prompt": "steam rises from the cup, slow push in",
            "ratio": "16:9",
            "duration_s": "8",  # the Free plan allows 5 s
            "resolution": "720p",
        },
    )
    assert response.status_code == 403
    page = response.content.decode()
    assert "allows up to 5 s" in page
    assert "steam rises from the cup, slow push in" in page
    assert '<option value="16:9" selected>' in page
    assert '<option value="8" selected>' in page
    photo = Photo.objects.get(workspace=workspace)
    assert f'name="kept_photos" value="{photo.pk}"' in page
    assert not Job.objects.exists()
    # Fixing only the length submits with the kept photo: nothing to pick again.
    again = client.post(
        "/app/clips/new/",
        {
            "kept_photos": str(photo.pk),
            "prompt": "steam rises from the cup, slow push in",
            "ratio": "16:9",
            "duration_s": "3",
            "resolution": "720p",
        },
    )
    assert again.status_code == 302
    assert Job.objects.get().photo == photo


def test_another_workspaces_photo_cannot_be_kept(
    client_for, owner, workspace, other_workspace, other_owner, coffee_jpeg
):
    from pipeline import services

    theirs = services.photo_upload(
        workspace=other_workspace, user=other_owner, data=coffee_jpeg, filename="x.jpg"
    )
    response = client_for(owner, workspace).post(
        "/app/clips/new/",
        {"kept_photos": str(theirs.pk), "ratio": "auto", "duration_s": "3", "resolution": "720p"},
    )
    assert not Job.objects.filter(photo=theirs).exists()
    assert response.status_code == 302


def test_the_form_says_what_the_plan_allows_before_submit(client_for, owner, workspace):
    page = client_for(owner, workspace).get("/app/").content.decode()
    assert "Free plan: clips up to 5 s at 720p, one photo at a time" in page
    assert "10 of 10 clips left this month" in page
