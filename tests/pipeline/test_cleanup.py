"""Nothing stays on disk forever: expired clips, deleted workspaces, orphan folders."""

from __future__ import annotations

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils import timezone

from accounts.models import Membership
from accounts.services import workspace_create, workspace_delete
from billing.services import credits_adjust
from engine.options import JobOptions
from pipeline import services, tasks
from pipeline.flow import runner
from pipeline.models import Clip

pytestmark = pytest.mark.django_db

SMALL = JobOptions(ratio="1:1", duration_s=2, resolution="540p")


def _delivered(workspace, user, jpeg) -> Clip:  # type: ignore[no-untyped-def]
    photo = services.photo_upload(workspace=workspace, user=user, data=jpeg, filename="c.jpg")
    job = services.job_submit(workspace=workspace, user=user, photo=photo, prompt="", options=SMALL)
    runner.run(str(job.pk), lane=None)
    return Clip.objects.get(job=job)


def test_clips_past_the_plans_retention_lose_their_files(funded, owner, coffee_jpeg, client_for):
    clip = _delivered(funded, owner, coffee_jpeg)
    video, poster = clip.video.name, clip.poster.name
    assert default_storage.exists(video)
    assert services.clips_expire(now=timezone.now() + timezone.timedelta(days=3)) == 0  # kept
    assert services.clips_expire(now=timezone.now() + timezone.timedelta(days=400)) == 1
    assert not default_storage.exists(video) and not default_storage.exists(poster)
    clip.refresh_from_db()
    assert clip.expired_at is not None
    client = client_for(owner, funded)
    assert client.get(f"/media/clips/{clip.pk}/video/").status_code == 404
    page = client.get(f"/app/jobs/{clip.job_id}/").content.decode()
    assert "files were removed" in page


def test_a_deleted_workspaces_files_are_removed(
    owner, coffee_jpeg, django_capture_on_commit_callbacks
):
    ws = workspace_create(user=owner, name="Gone soon")
    credits_adjust(workspace=ws, credits=50, reason="t", operator=owner)
    clip = _delivered(ws, owner, coffee_jpeg)
    names = [clip.video.name, clip.poster.name, clip.job.photo.image.name]
    workspace_id = ws.pk
    assert all(default_storage.exists(n) for n in names)
    # Run queued tasks in this process (Celery's own setting), so the whole path is real:
    # the delete commits, the receiver queues the clean-up, the task removes the files.
    conf = tasks.workspace_media_delete.app.conf
    before, conf.task_always_eager = conf.task_always_eager, True
    try:
        with django_capture_on_commit_callbacks(execute=True):
            workspace_delete(workspace=ws, actor=Membership.objects.get(workspace=ws, user=owner))
    finally:
        conf.task_always_eager = before
    assert not any(default_storage.exists(n) for n in names)
    assert services.workspace_media_delete(workspace_id=workspace_id) == 0  # nothing left


def test_orphan_folders_are_swept(workspace):
    orphan = "clips/00000000-0000-4000-8000-000000000000/x/clip.mp4"
    mine = f"clips/{workspace.pk}/y/clip.mp4"
    default_storage.save(orphan, ContentFile(b"old"))
    kept = default_storage.save(mine, ContentFile(b"live"))
    assert services.media_orphans_sweep() >= 1
    assert not default_storage.exists(orphan)
    assert default_storage.exists(kept)
