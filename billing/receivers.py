"""Every new workspace starts on the free plan with its first month of credits."""

from __future__ import annotations

import logging
from typing import Any

from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver

from accounts.models import Workspace
from billing.ledger import account_ensure

log = logging.getLogger(__name__)


@receiver(post_save, sender=Workspace, dispatch_uid="billing_account_for_new_workspace")
def billing_account_for_new_workspace(
    sender: type[Workspace], instance: Workspace, created: bool, raw: bool = False, **kwargs: Any
) -> None:
    if not created or raw:
        return
    try:
        with transaction.atomic():
            account_ensure(workspace=instance)
    except Exception:  # billing must never stop a workspace from being created
        log.exception("billing: could not open an account for workspace %s", instance.pk)
