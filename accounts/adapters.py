from __future__ import annotations

from typing import Any

from allauth.account.adapter import DefaultAccountAdapter
from django.db import transaction
from django.http import HttpRequest

from accounts.models import User
from accounts.services import workspace_create_personal


class AccountAdapter(DefaultAccountAdapter):
    def save_user(self, request: HttpRequest, user: User, form: Any, commit: bool = True) -> User:
        # Signing up creates the personal workspace in the same transaction as the user.
        with transaction.atomic():
            user = super().save_user(request, user, form, commit=commit)
            if commit:
                workspace_create_personal(user=user)
        return user
