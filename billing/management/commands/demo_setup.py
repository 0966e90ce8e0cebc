from __future__ import annotations

import os
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand

from accounts.services import demo_user_ensure
from billing import selectors, services


class Command(BaseCommand):
    help = "Create (or refresh) the demo login and workspace used by `make run`."

    def handle(self, *args: Any, **options: Any) -> None:
        email = settings.DEMO_USER_EMAIL
        password = os.environ.get("DEMO_USER_PASSWORD", "stillmotion-demo")
        user, workspace = demo_user_ensure(email=email, password=password)
        # The demo shows the whole product: the API, batches, 1080p (operators change plans
        # in /ops/ under Billing accounts).
        services.plan_assign(workspace=workspace, plan_code=settings.DEMO_PLAN)
        if selectors.credit_balance(workspace=workspace) < 50:
            services.credits_adjust(
                workspace=workspace, credits=200, reason="demo workspace", operator=user
            )
        self.stdout.write(
            self.style.SUCCESS(
                f"\n  Demo login: {email} / {password}   (workspace: {workspace.name})\n"
            )
        )
