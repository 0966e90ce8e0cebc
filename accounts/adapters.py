from __future__ import annotations

from typing import Any

from allauth.account.adapter import DefaultAccountAdapter
from django.db import transaction
from django.http import HttpRequest

from accounts.models import User
from accounts.services import workspace_create_personal
from saas.client_ip import client_ip


class AccountAdapter(DefaultAccountAdapter):
    def get_client_ip(self, request: HttpRequest) -> str:
        # Login and signup rate limits key on the real client behind our proxies.
        return client_ip(request)

    def save_user(self, request: HttpRequest, user: User, form: Any, commit: bool = True) -> User:
        # Signing up creates the personal workspace in the same transaction as the user.
        with transaction.atomic():
            user = super().save_user(request, user, form, commit=commit)
            if commit:
                workspace_create_personal(user=user)
        return user
