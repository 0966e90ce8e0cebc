"""Honest intent on the pages: the live preview as the user types, the motion brush on the
form (validated; a refused brush writes and charges nothing), the parse stage's notes and the
brush on the job page, and `manage.py intent`."""

from __future__ import annotations

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client

from billing.selectors import credit_balance
from engine.options import JobOptions
from pipeline import selectors, services
from pipeline.flow import runner
from pipeline.models import Job, JobStatus, Photo
from pipeline.views import PREVIEWS_PER_MINUTE

pytestmark = pytest.mark.django_db

HTMX = {"HTTP_HX_REQUEST": "true"}
BRUSH = {
    "region": [[0.0, 0.0], [0.5, 0.0], [0.5, 1.0], [0.0, 1.0]],
    "arrows": [{"start": [0.1, 0.5], "end": [0.4, 0.5]}],
    "anchors": [[0.25, 0.2]],
}


def _preview(client: Client, **params: str):
    return client.get("/app/clips/preview/", {"ratio": "9:16", "duration_s": "3", **params}, **HTMX)


# -- live preview ----------------------------------------------------------------------------
def test_the_preview_shows_the_spec_and_the_notes_as_the_user_types(client_for, owner, workspace):
    client = client_for(owner, workspace)
    page = _preview(client, prompt="snow falls, slow push in").content.decode()
    assert "push-in · snow · 3 s · 9:16" in page
    page = _preview(client, prompt="she turns her head and smiles").content.decode()
    assert 'data-code="head_turn"' in page and 'data-code="facial_expression"' in page
    assert "can&#x27;t turn a head" in page


def test_the_preview_uses_a_kept_photos_facts_no_sky_on_the_coffee(
    client_for, owner, workspace, coffee_jpeg
):
    photo = services.photo_upload(
        workspace=workspace, user=owner, data=coffee_jpeg, filename="c.jpg"
    )
    client = client_for(owner, workspace)
    page = _preview(
        client, prompt="steam rises from the coffee and clouds drift", kept_photos=str(photo.pk)
    ).content.decode()
    assert "steam" in page and "sky drift" not in page
    assert 'data-code="sky_drift"' in page  # the clouds are noted: there is no sky


def test_the_preview_shows_the_brush_and_form_values(client_for, owner, workspace):
    client = client_for(owner, workspace)
    page = _preview(client, prompt="", brush=json.dumps(BRUSH)).content.decode()
    assert "still · motion brush · 3 s · 9:16" in page
    page = _preview(client, prompt="", brush_preset="sky", brush_direction="left").content.decode()
    assert "motion brush" in page
    bad = _preview(client, brush=json.dumps({**BRUSH, "arrows": []})).content.decode()
    assert "Draw at least one arrow" in bad


def test_the_preview_is_for_members_only_and_scoped_to_the_workspace(
    client_for, owner, workspace, other_owner, other_workspace, coffee_jpeg
):
    assert Client().get("/app/clips/preview/", {"prompt": "snow"}).status_code == 302  # login
    theirs = services.photo_upload(
        workspace=other_workspace, user=other_owner, data=coffee_jpeg, filename="x.jpg"
    )
    response = _preview(client_for(owner, workspace), prompt="snow", kept_photos=str(theirs.pk))
    assert response.status_code == 404


def test_the_preview_is_rate_limited_per_user(client_for, owner, workspace, monkeypatch):
    # Across a minute boundary too: the window opens with the first preview (it once reset on
    # the clock's minute, and this test failed whenever its previews straddled one).
    clock = {"now": 1_000_019.5}  # 1_000_020 is a whole minute
    monkeypatch.setattr("saas.ratelimit.time.time", lambda: clock["now"])
    client = client_for(owner, workspace)
    for _ in range(PREVIEWS_PER_MINUTE):
        assert _preview(client, prompt="rain").status_code == 200
    clock["now"] = 1_000_020.2
    response = _preview(client, prompt="rain")
    assert response.status_code == 429 and "pauses" in response.content.decode()


def test_the_form_has_the_preview_and_the_brush_wired_without_inline_script(
    client_for, owner, workspace
):
    page = client_for(owner, workspace).get("/app/").content.decode()
    assert 'hx-get="/app/clips/preview/"' in page
    assert "data-brush-canvas" in page and 'name="brush"' in page
    assert 'name="brush_preset"' in page and 'name="brush_direction"' in page
    assert "/static/js/brush.js" in page and "<script>" not in page


# -- the motion brush on the form ------------------------------------------------------------
def _post(client: Client, jpeg: bytes, **fields: str):
    data = {
        "photos": [SimpleUploadedFile("c.jpg", jpeg, "image/jpeg")],
        "prompt": "",
        "ratio": "1:1",
        "duration_s": "2",
        "resolution": "540p",
        **fields,
    }
    return client.post("/app/clips/new/", data)


@pytest.mark.parametrize(
    ("brush", "message"),
    [
        ({**BRUSH, "region": [[0.1, 0.1], [1.4, 0.1], [0.5, 0.9]]}, "Region point 2 is (1.4, 0.1)"),
        ({**BRUSH, "arrows": []}, "Draw at least one arrow"),
        ({**BRUSH, "region": [[i / 100, 0.5] for i in range(65)]}, "use at most 64"),
        ({**BRUSH, "anchors": [[0.5, 0.5]] * 17}, "at most 16"),
        ({**BRUSH, "region": [[0.1, 0.1], [0.1, 0.1], [0.1, 0.1]]}, "almost no area"),
        ("{not json", "could not be read"),
    ],
)
def test_a_bad_brush_is_a_field_error_and_writes_and_charges_nothing(
    client_for, owner, funded, coffee_jpeg, brush, message
):
    before = credit_balance(workspace=funded)
    raw = brush if isinstance(brush, str) else json.dumps(brush)
    response = _post(client_for(owner, funded), coffee_jpeg, brush=raw)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Job.objects.exists() and not Photo.objects.exists()
    assert credit_balance(workspace=funded) == before


def test_a_painted_brush_is_stored_in_the_job_options(client_for, owner, funded, coffee_jpeg):
    response = _post(client_for(owner, funded), coffee_jpeg, brush=json.dumps(BRUSH))
    assert response.status_code == 302
    job = Job.objects.get()
    assert job.options["brush"] == BRUSH


def test_a_region_preset_and_direction_make_the_brush_without_a_pointer(
    client_for, owner, funded, coffee_jpeg
):
    response = _post(
        client_for(owner, funded), coffee_jpeg, brush_preset="bottom", brush_direction="left"
    )
    assert response.status_code == 302
    brush = Job.objects.get().options["brush"]
    assert brush["region"] == [[0.0, 0.5], [1.0, 0.5], [1.0, 1.0], [0.0, 1.0]]
    (arrow,) = brush["arrows"]
    assert arrow["end"][0] < arrow["start"][0]  # flows left


# -- the parse stage and the job page --------------------------------------------------------
def _submit(workspace, user, jpeg, prompt, **options):
    photo = services.photo_upload(workspace=workspace, user=user, data=jpeg, filename="p.jpg")
    return services.job_submit(
        workspace=workspace,
        user=user,
        photo=photo,
        prompt=prompt,
        options=JobOptions(ratio="1:1", duration_s=2, resolution="540p", **options),
    )


def test_the_coffee_cup_gets_steam_and_never_a_sky(funded, owner, coffee_jpeg, client_for):
    job = _submit(funded, owner, coffee_jpeg, "steam rises from the coffee, slow push in")
    runner.run(str(job.pk), lane=None)
    job.refresh_from_db()
    assert job.status == JobStatus.DELIVERED, job.failure_reason
    kinds = [e["kind"] for e in job.spec["effects"]]
    assert kinds == ["steam"] and job.spec["camera"] == "push_in"
    assert selectors.job_intent_notes(workspace=funded, job=job) == []


def test_notes_are_kept_and_shown_on_the_job_page(funded, owner, coffee_jpeg, client_for):
    job = _submit(funded, owner, coffee_jpeg, "the clouds drift and the car drives away")
    runner.run(str(job.pk), lane="light")  # parse and gate are enough for the notes
    job.refresh_from_db()
    codes = [n["code"] for n in selectors.job_intent_notes(workspace=funded, job=job)]
    assert codes == ["object_motion", "sky_drift"]
    assert "sky_drift" not in [e["kind"] for e in job.spec["effects"]]
    page = client_for(owner, funded).get(f"/app/jobs/{job.pk}/").content.decode()
    assert 'id="intent-notes"' in page and 'data-code="object_motion"' in page
    assert "No sky was found in this photo" in page


def test_a_brush_job_keeps_the_rest_still_and_the_page_draws_it(
    funded, owner, coffee_jpeg, client_for
):
    from engine.spec import MotionBrush

    job = _submit(funded, owner, coffee_jpeg, "", brush=MotionBrush.from_dict(BRUSH))
    runner.run(str(job.pk), lane="light")
    job.refresh_from_db()
    assert job.spec["camera"] == "none" and job.spec["effects"] == []
    assert job.spec["brush"] == BRUSH
    page = client_for(owner, funded).get(f"/app/jobs/{job.pk}/").content.decode()
    assert 'id="job-brush"' in page and 'class="brush-region" points="0.00,0.00 50.00,0.00' in page
    assert "Motion brush: the left of the photo" in page and "flows to the right" in page


# -- manage.py intent ------------------------------------------------------------------------
def test_the_intent_command_prints_the_spec_and_the_notes(tmp_path, coffee_jpeg, capsys):
    photo = tmp_path / "coffee.jpg"
    photo.write_bytes(coffee_jpeg)
    call_command(
        "intent", "--prompt", "nubes y vapor, 5 segundos, en bucle", "--image", str(photo), "--json"
    )
    out = json.loads(capsys.readouterr().out)
    assert [e["kind"] for e in out["effects"]] == ["steam"]
    assert out["duration_s"] == 5.0 and out["loop"] is True and out["camera"] == "none"
    assert [n["code"] for n in out["notes"]] == ["sky_drift"]
    assert out["photo"]["has_sky"] is False

    call_command("intent", "--prompt", "Schnee, hochkant, 3 Sek.")
    text = capsys.readouterr().out
    assert text.splitlines()[0] == "push-in · snow · 3 s · 9:16"
    assert "effects   snow (auto)" in text
