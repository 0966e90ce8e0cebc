"""A nonce-based Content-Security-Policy on every page; the pages run under it."""

from __future__ import annotations

import re

import pytest

from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db


def test_every_page_carries_a_fresh_nonce_policy(client):
    first = client.get("/")["Content-Security-Policy"]
    second = client.get("/")["Content-Security-Policy"]
    assert "script-src 'self' 'nonce-" in first
    assert "frame-ancestors 'none'" in first and "object-src 'none'" in first
    nonces = [re.search(r"'nonce-([^']+)'", p).group(1) for p in (first, second)]
    assert nonces[0] != nonces[1]
    assert "unsafe-inline' " not in first.split("style-src-attr")[0]  # no inline scripts


def test_no_template_uses_inline_scripts_or_handlers():
    from pathlib import Path

    for template in Path("templates").rglob("*.html"):
        text = template.read_text()
        assert not re.search(r"\son[a-z]+=\"", text), f"inline handler in {template}"
        for tag in re.findall(r"<script[^>]*>", text):
            assert "src=" in tag or "nonce" in tag, f"inline script in {template}: {tag}"


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_dashboard_runs_under_the_policy_without_violations(live_server, page, owner, funded):
    violations: list[str] = []
    page.on(
        "console",
        lambda m: violations.append(m.text) if "Content Security Policy" in m.text else None,
    )
    page.goto(live_server.url + "/accounts/login/")
    page.fill("input[name=login]", owner.email)
    page.fill("input[name=password]", PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    page.get_by_role("heading", name="New clip").wait_for()
    page.wait_for_load_state("networkidle")
    assert page.evaluate("typeof htmx") == "object"  # htmx loaded and running
    page.goto(f"{live_server.url}/app/api/keys/")
    assert violations == []
