"""Every new workspace gets a billing account on the free plan; a verified person's first
workspace gets the free credits, once per person (on email confirmation or at creation)."""

from __future__ import annotations

import logging
from typing import Any

from allauth.account.signals import email_confirmed
from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver

from accounts.models import Workspace
from billing import services
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
            if instance.created_by_id is not None:
                services.free_allowance_claim(user=instance.created_by, workspace=instance)
    except Exception:  # billing must never stop a workspace from being created
        log.exception("billing: could not open an account for workspace %s", instance.pk)


@receiver(email_confirmed, dispatch_uid="billing_free_allowance_on_confirmation")
def free_allowance_on_confirmation(sender: object, email_address: Any, **kwargs: Any) -> None:
    services.free_allowance_claim(user=email_address.user)
