"""The pipeline listens to accounts: a deleted workspace's files go once its rows are gone."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver

from accounts.models import Workspace
from pipeline import tasks


@receiver(post_delete, sender=Workspace, dispatch_uid="pipeline_media_of_deleted_workspace")
def media_of_deleted_workspace(sender: type[Workspace], instance: Workspace, **kwargs: Any) -> None:
    workspace_id = str(instance.pk)
    transaction.on_commit(lambda: tasks.workspace_media_delete.delay(workspace_id))
