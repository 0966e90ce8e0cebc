"""Operator tools aren't customers; the demo shows the whole product and keeps its sessions."""

from __future__ import annotations

import json

import pytest
from django.core.management import call_command
from django.test import Client

from accounts.models import User, Workspace
from billing import selectors
from tests.fixtures_pipeline import jpeg_bytes

pytestmark = pytest.mark.django_db


def test_the_command_line_is_not_stopped_by_the_free_plans_monthly_clips(tmp_path, capsys):
    photo = tmp_path / "coffee.jpg"
    photo.write_bytes(jpeg_bytes("coffee"))
    for _ in range(12):  # the Free plan allows 10 clips a month; a refusal would exit 2
        call_command(
            "animate",
            str(photo),
            "--prompt",
            "slow push in",
            "--duration",
            "2",
            "--resolution",
            "540p",
            "--out",
            str(tmp_path / "c.mp4"),
            "--json",
        )
    results = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.strip()]
    assert [r["status"] for r in results] == ["delivered"] * 12
    workspace = Workspace.objects.get(name="Command line")
    assert selectors.plan_for(workspace=workspace).code == "internal"


def test_the_demo_workspace_shows_the_api_and_batches_and_survives_a_rerun(settings):
    call_command("demo_setup")
    user = User.objects.get(email=settings.DEMO_USER_EMAIL)
    workspace = Workspace.objects.get(name="Demo workspace")
    plan = selectors.plan_for(workspace=workspace)
    assert plan.api_access and plan.max_batch_size > 1
    client = Client()
    assert client.login(email=user.email, password="stillmotion-demo")
    assert client.get("/app/").status_code == 200
    call_command("demo_setup")  # `make run` again
    assert client.get("/app/").status_code == 200  # still signed in
