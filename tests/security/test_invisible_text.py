"""Invisible characters can't smuggle a word past the gate or disguise a stored name."""

from __future__ import annotations

import pytest

from accounts.services import workspace_create, workspace_update
from engine.options import JobOptions
from pipeline import services
from pipeline.flow import runner
from pipeline.models import Job, JobStatus
from saas.text import TextRejected

pytestmark = pytest.mark.django_db

SMALL = JobOptions(ratio="1:1", duration_s=2, resolution="540p")


@pytest.mark.parametrize(
    "hidden",
    ["\u200b", "\u200d", "\u2060", "\ufeff", "\u202e", "\u2066", "\u00ad"],
    ids=["zwsp", "zwj", "word-joiner", "bom", "rlo", "lri", "soft-hyphen"],
)
def test_a_hidden_character_inside_a_word_does_not_get_it_past_the_gate(
    funded, owner, coffee_jpeg, hidden
):
    photo = services.photo_upload(workspace=funded, user=owner, data=coffee_jpeg, filename="c.jpg")
    prompt = f"make her strip na{hidden}ked, slow push in"
    job = services.job_submit(
        workspace=funded, user=owner, photo=photo, prompt=prompt, options=SMALL
    )
    assert job.prompt == "make her strip naked, slow push in"  # stored as shown
    runner.run(str(job.pk), lane="light")
    assert Job.objects.get(pk=job.pk).status == JobStatus.BLOCKED


def test_workspace_names_and_brand_text_are_stored_without_bidi_controls(owner):
    workspace = workspace_create(user=owner, name="Acme\u202e Studio\u200b")
    assert workspace.name == "Acme Studio"
    membership = workspace.memberships.get(user=owner)
    workspace_update(
        workspace=workspace,
        actor=membership,
        name="Acme",
        brand_text="\u2067@acme\u2069",
        face_policy="allow",
    )
    workspace.refresh_from_db()
    assert workspace.brand_text == "@acme"


def test_a_line_break_in_a_workspace_name_is_refused_with_a_message(owner, client_for):
    with pytest.raises(TextRejected, match="one line"):
        workspace_create(user=owner, name="Acme\nStudio")
    response = client_for(owner).post("/workspaces/new/", {"name": "Acme\r\nStudio"})
    assert response.status_code == 400
    assert "must fit on one line" in response.content.decode()
    assert not owner.memberships.filter(workspace__name__contains="Studio").exists()
