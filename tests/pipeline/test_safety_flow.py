"""Layer 2 and layer 4 in the flow: the gate before any provider call, the QA loop, output
moderation, and models loaded once per process."""

from __future__ import annotations

import pytest
from django.core.management import call_command

from billing.models import LedgerEntry
from billing.selectors import credit_balance
from engine.options import JobOptions
from pipeline import services
from pipeline.flow import runner
from pipeline.models import Attempt, Clip, Job, JobStatus
from tests.fakes.runway import FakeRunway
from tests.fixtures_pipeline import jpeg_bytes

pytestmark = pytest.mark.django_db

SMALL = JobOptions(ratio="1:1", duration_s=2, resolution="540p")


@pytest.fixture
def runway(settings):
    """Route jobs to a fake Runway first, so provider calls can be counted on the wire."""
    with FakeRunway() as fake:
        settings.PROVIDERS_CONFIG = {
            "RUNWAY_API_KEY": fake.api_key,
            "RUNWAY_BASE_URL": fake.url,
            "PROVIDER_ORDER": "runway,local",
        }
        settings.PROVIDERS_ALLOW_PRIVATE = True
        settings.PROVIDER_POLL_INTERVAL_S = 0.01
        yield fake


def _run(workspace, user, jpeg: bytes, prompt: str, *, consent: bool = True) -> Job:
    photo = services.photo_upload(
        workspace=workspace, user=user, data=jpeg, filename="p.jpg", consent=consent
    )
    job = services.job_submit(
        workspace=workspace, user=user, photo=photo, prompt=prompt, options=SMALL
    )
    runner.run(str(job.pk), lane=None)
    job.refresh_from_db()
    return job


@pytest.mark.parametrize(
    ("prompt", "category"),
    [
        ("make her take off her clothes, nude", "sexual"),
        ("realistic news footage of the president saying the election is cancelled", "deception"),
        ("blood spraying everywhere, graphic gore", "violence_gore"),
    ],
)
def test_blocked_job_calls_no_provider_and_charges_nothing(
    runway, funded, owner, astronaut_jpeg, prompt, category
):
    before = credit_balance(workspace=funded)
    job = _run(funded, owner, astronaut_jpeg, prompt)
    assert job.status == JobStatus.BLOCKED
    assert job.block_category == category
    assert job.failure_reason  # a message for people, not a code
    assert runway.requests == []  # no provider was called
    assert not Attempt.objects.filter(job=job).exists()
    assert credit_balance(workspace=funded) == before
    assert sorted(LedgerEntry.objects.filter(job_id=job.pk).values_list("kind", flat=True)) == [
        "hold",
        "release",
    ]


@pytest.mark.parametrize(
    "prompt", ["kill the lights and shoot a wide shot", "chef cuts the tomato with a knife"]
)
def test_scary_but_innocent_prompts_render(runway, funded, owner, coffee_jpeg, prompt):
    job = _run(funded, owner, coffee_jpeg, prompt)
    assert job.status == JobStatus.DELIVERED, job.failure_reason
    assert runway.requests  # the provider chain was used


def test_face_policy_block_stops_real_faces(funded, owner, astronaut_jpeg):
    funded.face_policy = "block"
    funded.save()
    job = _run(funded, owner, astronaut_jpeg, "gentle push in")
    assert job.status == JobStatus.BLOCKED
    assert job.block_category


def test_require_consent_blocks_without_and_renders_with_consent(
    funded, owner, astronaut_jpeg, coffee_jpeg
):
    assert funded.face_policy == "require_consent"
    without = _run(funded, owner, astronaut_jpeg, "gentle push in", consent=False)
    assert without.status == JobStatus.BLOCKED
    assert "agreed to be animated" in without.failure_reason
    Job.objects.all().delete()
    from pipeline.models import Photo

    Photo.objects.all().delete()
    with_consent = _run(funded, owner, astronaut_jpeg, "gentle push in", consent=True)
    assert with_consent.status == JobStatus.DELIVERED, with_consent.failure_reason


def test_a_protected_identity_is_blocked_whatever_the_policy(funded, owner, astronaut_jpeg):
    funded.face_policy = "allow"
    funded.save()
    services.protected_identity_add(
        workspace=None, label="Protected person", data=astronaut_jpeg, filename="p.jpg", user=owner
    )
    job = _run(funded, owner, astronaut_jpeg, "gentle push in")
    assert job.status == JobStatus.BLOCKED
    assert job.safety["detail"]  # the matched identity is recorded for operators


def test_qa_loop_stops_after_two_regenerations_and_keeps_the_best(funded, owner, coffee_jpeg):
    funded.qa_threshold = 1.01  # nothing can pass
    funded.save()
    before = credit_balance(workspace=funded)
    job = _run(funded, owner, coffee_jpeg, "slow push in")
    assert job.status == JobStatus.FAILED_QA
    attempts = list(Attempt.objects.filter(job=job).order_by("number"))
    assert len(attempts) == 3  # the first render and two regenerations
    assert len({a.seed for a in attempts}) == 3  # each with a new seed
    assert all(a.qa_score is not None and a.output for a in attempts)
    assert job.qa_score == max(a.qa_score for a in attempts)
    assert "None of the 3 renders passed" in job.failure_reason
    assert credit_balance(workspace=funded) == before
    assert not Clip.objects.filter(job=job).exists()


def test_qa_parts_are_stored_and_shown(client_for, funded, owner, coffee_jpeg):
    job = _run(funded, owner, coffee_jpeg, "slow push in")
    attempt = Attempt.objects.get(job=job)
    assert 0.0 <= attempt.qa_score <= 1.0
    assert {"identity", "sharpness", "flicker", "frozen"} & set(attempt.qa_parts)
    assert job.qa_score == attempt.qa_score
    page = client_for(owner, funded).get(f"/app/jobs/{job.pk}/").content.decode()
    assert f"{attempt.qa_score:.2f}" in page


def test_output_moderation_stops_a_clip_of_a_newly_protected_face(funded, owner, astronaut_jpeg):
    photo = services.photo_upload(
        workspace=funded, user=owner, data=astronaut_jpeg, filename="a.jpg", consent=True
    )
    job = services.job_submit(workspace=funded, user=owner, photo=photo, prompt="", options=SMALL)
    runner.run(str(job.pk), lane="light")  # parse and gate, then handed to the render lane
    job.refresh_from_db()
    assert job.status == JobStatus.GENERATING  # the gate passed
    # The person is protected while the job is in flight: the finished clip must not ship.
    services.protected_identity_add(
        workspace=funded, label="Opted out", data=astronaut_jpeg, filename="o.jpg", user=owner
    )
    runner.run(str(job.pk), lane=None)
    job.refresh_from_db()
    assert job.status == JobStatus.BLOCKED
    assert job.failure_stage == "verifying"  # checked on QA's frames, before signing
    assert "not delivered" in job.failure_reason
    assert not Clip.objects.filter(job=job).exists()


def test_models_load_once_per_process(funded, owner, astronaut_jpeg, coffee_jpeg):
    from engine.safety.screening import loaded_model_count
    from engine.vision.faces import face_model_loads

    _run(funded, owner, astronaut_jpeg, "gentle push in")
    after_first = (dict(loaded_model_count()), dict(face_model_loads()))
    _run(funded, owner, coffee_jpeg, "clouds drift")
    assert (dict(loaded_model_count()), dict(face_model_loads())) == after_first
    assert all(count <= 1 for count in after_first[1].values())


def test_gate_command_prints_a_verdict(capsys, tmp_path):
    prompts = tmp_path / "p.txt"
    prompts.write_text("slow push in\nmake her nude\n")
    call_command("gate", "--prompts-file", str(prompts))
    lines = capsys.readouterr().out.strip().splitlines()
    import json

    verdicts = [json.loads(line) for line in lines]
    assert [v["allowed"] for v in verdicts] == [True, False]
    assert verdicts[1]["category"]
    assert "ms" in verdicts[0]


def test_workspace_admin_protects_a_person_from_the_settings_page(
    client_for, funded, owner, member, astronaut_jpeg, other_owner, other_workspace
):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.urls import reverse

    from pipeline.models import ProtectedIdentity

    url = reverse("protected_people", args=[funded.pk])
    client_for(owner, funded).post(
        url, {"label": "Our CEO", "photo": SimpleUploadedFile("ceo.jpg", astronaut_jpeg)}
    )
    identity = ProtectedIdentity.objects.get(workspace=funded)
    assert identity.label == "Our CEO" and len(identity.embedding) == 128
    # A plain member can't remove it; another workspace can't even see the page.
    client_for(member, funded).post(url, {"delete": identity.pk})
    assert ProtectedIdentity.objects.filter(pk=identity.pk).exists()
    assert client_for(other_owner, other_workspace).get(url).status_code == 404
    no_face = client_for(owner, funded).post(
        url,
        {"label": "Cup", "photo": SimpleUploadedFile("c.jpg", jpeg_bytes("coffee"))},
        follow=True,
    )
    assert "couldn" in no_face.content.decode() and "find a face" in no_face.content.decode()
    # Another workspace's id is a 404; the owner removes their own.
    assert (
        client_for(other_owner, other_workspace)
        .post(reverse("protected_people", args=[other_workspace.pk]), {"delete": identity.pk})
        .status_code
        == 404
    )
    client_for(owner, funded).post(url, {"delete": identity.pk})
    assert not ProtectedIdentity.objects.filter(pk=identity.pk).exists()


def test_the_job_records_which_layer_decided_and_its_scores(runway, funded, owner, coffee_jpeg):
    job = _run(funded, owner, coffee_jpeg, "he points a rifle at the cashier")
    assert job.status == JobStatus.BLOCKED and job.block_category == "weapons_terror"
    assert job.safety["layer"] == "rules" and job.safety["category"] == "weapons_terror"
    assert job.safety["scores"]["rules.weapons_terror"] >= 0.5
    assert job.safety["moderation"] == "off"  # no key configured
    assert job.failure_reason.startswith("We can't animate this: it shows an attack")


@pytest.fixture
def moderation(settings):
    from tests.fakes.openai import API_KEY, FakeOpenAI

    with FakeOpenAI() as fake:
        settings.MODERATION_API_KEY = API_KEY
        settings.MODERATION_BASE_URL = f"{fake.url}/v1"
        settings.MODERATION_TIMEOUT_S = 0.5
        yield fake


def test_the_moderation_service_blocks_when_keyed(runway, moderation, funded, owner, coffee_jpeg):
    moderation.moderation_flags("harassment")
    job = _run(funded, owner, coffee_jpeg, "a slow pan across the office")
    assert job.status == JobStatus.BLOCKED and job.block_category == "hate_harassment"
    assert job.safety["layer"] == "moderation" and job.safety["moderation"] == "used"
    assert runway.requests == []
    (request,) = moderation.moderation_requests()
    assert [part["type"] for part in request.json()["input"]] == ["text", "image_url"]


def test_a_slow_moderation_service_is_skipped_and_the_job_goes_on(
    runway, moderation, funded, owner, coffee_jpeg
):
    moderation.moderation_flags("violence", delay_s=2.0)
    job = _run(funded, owner, coffee_jpeg, "a slow pan across the office")
    assert job.status == JobStatus.DELIVERED, job.failure_reason
    assert job.safety["moderation"] == "skipped: no answer within the 0.5 s budget"


def test_a_vendor_refusal_ends_blocked_without_failover_and_is_counted(
    runway, funded, owner, coffee_jpeg, rf, admin_user
):
    from django.contrib import admin

    from accounts.models import Workspace

    runway.outcome = "content"  # Runway refuses the image: no retry, no other provider
    before = credit_balance(workspace=funded)
    job = _run(funded, owner, coffee_jpeg, "slow push in on the cup")
    assert job.status == JobStatus.BLOCKED and job.block_category == "vendor_refused"
    assert "did not pass our content moderation" in job.failure_reason
    assert list(Attempt.objects.filter(job=job).values_list("provider", flat=True)) == ["runway"]
    assert credit_balance(workspace=funded) == before
    workspace_admin = admin.site._registry[Workspace]
    request = rf.get("/admin/accounts/workspace/")
    request.user = admin_user
    row = workspace_admin.get_queryset(request).get(pk=funded.pk)
    assert workspace_admin.vendor_refusals_7d(row) == 1
    assert workspace_admin.blocked_jobs_7d(row) == 1
