import uuid
import pytest
from django.conf import settings as django_settings
from django.test import Client
from billing import services


@pytest.mark.django_db(transaction=True)
def test_shots(live_server, page, owner, workspace, stripe_on, set_balance):
    for i in range(5):
        j = uuid.uuid4()
        services.credits_hold(workspace=workspace, job_id=j, credits=3 + i)
        if i % 2:
            services.credits_capture(workspace=workspace, job_id=j)
    set_balance(workspace, 7)
    client = Client(); client.force_login(owner)
    s = client.session; s["active_workspace_id"] = str(workspace.pk); s.save()
    page.context.add_cookies([{"name": django_settings.SESSION_COOKIE_NAME, "value": s.session_key, "url": live_server.url}])
    page.goto(f"{live_server.url}/pricing/"); page.screenshot(path="/tmp/billing_pricing.png", full_page=True)
    page.goto(f"{live_server.url}/billing/"); page.screenshot(path="/tmp/billing_overview.png", full_page=True)
