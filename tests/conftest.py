"""Shared fixtures. The suite runs on real PostgreSQL and Redis (saas.settings.test)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator

import pytest
from django.core.cache import cache
from django.test import Client

pytest_plugins = ["tests.fixtures_pipeline"]

# Playwright's sync API runs an event loop in the test thread; Django's ORM is still used
# synchronously from that thread, which is safe here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
PASSWORD = "correct-horse-battery-9"


@pytest.fixture(autouse=True)
def _clear_cache() -> Iterator[None]:
    yield
    cache.clear()


@pytest.fixture
def make_user(db: None) -> Callable[..., object]:
    from allauth.account.models import EmailAddress

    from accounts.models import User

    def make(email: str, *, verified: bool = True, **extra: object) -> User:
        user = User.objects.create_user(email=email, password=PASSWORD, **extra)
        EmailAddress.objects.create(user=user, email=email, verified=verified, primary=True)
        return user

    return make


@pytest.fixture
def owner(make_user: Callable[..., object]) -> object:
    return make_user("owner@example.com")


@pytest.fixture
def workspace(owner: object) -> object:
    from accounts.services import workspace_create

    return workspace_create(user=owner, name="Acme Studio")  # type: ignore[arg-type]


@pytest.fixture
def add_member(db: None) -> Callable[..., object]:
    from accounts.models import Membership

    def add(workspace: object, user: object, role: str = "member") -> Membership:
        return Membership.objects.create(workspace=workspace, user=user, role=role)

    return add


@pytest.fixture
def member(make_user: Callable[..., object], workspace: object, add_member: Callable) -> object:
    user = make_user("member@example.com")
    add_member(workspace, user, "member")
    return user


@pytest.fixture
def admin_user(make_user: Callable[..., object], workspace: object, add_member: Callable) -> object:
    user = make_user("admin@example.com")
    add_member(workspace, user, "admin")
    return user


@pytest.fixture
def other_owner(make_user: Callable[..., object]) -> object:
    return make_user("rival@example.org")


@pytest.fixture
def other_workspace(other_owner: object) -> object:
    from accounts.services import workspace_create

    return workspace_create(user=other_owner, name="Rival Co")  # type: ignore[arg-type]


@pytest.fixture
def client_for(db: None) -> Callable[..., Client]:
    def make(user: object, workspace: object | None = None) -> Client:
        client = Client()
        client.force_login(user)  # type: ignore[arg-type]
        if workspace is not None:
            session = client.session
            session["active_workspace_id"] = str(workspace.pk)  # type: ignore[attr-defined]
            session.save()
        return client

    return make


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: object) -> Iterator[object]:
    context = browser.new_context(viewport={"width": 1280, "height": 860})  # type: ignore[attr-defined]
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


def wait_for_js(page: object, expression: str, *, timeout_s: float = 15.0) -> None:
    """Wait until a JavaScript expression is true in the page. (Playwright's own
    `wait_for_function` evaluates a string inside the page, which our Content-Security-Policy
    forbids; `evaluate` goes through the DevTools protocol and is not affected.)"""
    import time

    deadline = time.monotonic() + timeout_s
    while not page.evaluate(expression):  # type: ignore[attr-defined]
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {expression}")
        page.wait_for_timeout(50)  # type: ignore[attr-defined]
