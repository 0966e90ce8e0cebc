"""Another workspace's accounts, publications, rules and clips are a 404 in every page, page
action and API endpoint that takes an id, and stay untouched."""

from __future__ import annotations

import pytest
from django.urls import reverse

from publishing import services
from publishing.models import (
    AutoPublishRule,
    ConnectedAccount,
    Publication,
    PublicationState,
    RuleScope,
)
from publishing.platforms import TokenSet
from tests.api.conftest import ApiClient

pytestmark = pytest.mark.django_db


@pytest.fixture
def theirs(other_workspace, other_owner, make_clip_row):  # type: ignore[no-untyped-def]
    """One of everything publishing has, in another workspace."""
    from accounts.models import Membership

    account = services.account_save(
        workspace=other_workspace,
        user=other_owner,
        platform="tiktok",
        token=TokenSet(access_token="act.theirs", account_id="their-open-id"),
    )
    clip = make_clip_row(ws=other_workspace)
    publication = Publication.objects.create(
        workspace=other_workspace,
        clip=clip,
        account=account,
        platform="tiktok",
        account_external_id=account.external_id,
        account_name="@theirs",
        state=PublicationState.SCHEDULED,
    )
    failed = Publication.objects.create(
        workspace=other_workspace,
        clip=make_clip_row(ws=other_workspace),
        account=account,
        platform="tiktok",
        account_external_id=account.external_id,
        account_name="@theirs",
        state=PublicationState.FAILED,
        failure_reason="x",
    )
    rule = services.rule_create(
        workspace=other_workspace,
        membership=Membership.objects.get(workspace=other_workspace, user=other_owner),
        account=account,
        name="theirs",
        scope=RuleScope.EVERY_BATCH,
        batch=None,
        caption_template="{prompt}",
        hashtags=[],
        privacy="public",
        max_per_day=1,
        hours=[9],
        time_zone="UTC",
    )
    return {
        "account": account,
        "clip": clip,
        "publication": publication,
        "failed": failed,
        "rule": rule,
    }


PAGES = [
    ("get", "publication_detail", "publication_id", "publication"),
    ("get", "publication_live", "publication_id", "publication"),
    ("post", "publication_cancel", "publication_id", "publication"),
    ("post", "publication_retry", "publication_id", "failed"),
    ("get", "publication_new", "clip_id", "clip"),
    ("post", "publication_new", "clip_id", "clip"),
    ("post", "publishing_account_reconnect", "account_id", "account"),
    ("post", "publishing_account_disconnect", "account_id", "account"),
    ("post", "publishing_rule_toggle", "rule_id", "rule"),
    ("post", "publishing_rule_delete", "rule_id", "rule"),
]

API = [
    ("get", "api_publication", "publication_id", "publication"),
    ("post", "api_publication_cancel", "publication_id", "publication"),
    ("post", "api_publication_retry", "publication_id", "failed"),
    ("get", "api_connected_account", "account_id", "account"),
    ("get", "api_connected_account_limits", "account_id", "account"),
]


def _untouched(theirs) -> None:  # type: ignore[no-untyped-def]
    assert ConnectedAccount.objects.filter(pk=theirs["account"].pk, status="connected").exists()
    assert Publication.objects.get(pk=theirs["publication"].pk).state == PublicationState.SCHEDULED
    assert Publication.objects.get(pk=theirs["failed"].pk).state == PublicationState.FAILED
    assert AutoPublishRule.objects.get(pk=theirs["rule"].pk).enabled


@pytest.mark.parametrize(("method", "name", "kwarg", "what"), PAGES)
def test_pages_answer_404_for_another_workspaces_object(
    owner_client, platforms, theirs, method, name, kwarg, what
):
    response = getattr(owner_client, method)(reverse(name, kwargs={kwarg: theirs[what].pk}))
    assert response.status_code == 404
    _untouched(theirs)


@pytest.fixture
def api(funded, owner):  # type: ignore[no-untyped-def]
    from accounts.models import Membership
    from api.services import api_key_create

    _, raw = api_key_create(
        workspace=funded, actor=Membership.objects.get(workspace=funded, user=owner), name="k"
    )
    return ApiClient(raw)


@pytest.mark.parametrize(("method", "name", "kwarg", "what"), API)
def test_api_answers_404_for_another_workspaces_object(
    api, platforms, theirs, method, name, kwarg, what
):
    response = getattr(api, method)(reverse(name, kwargs={kwarg: theirs[what].pk}))
    assert response.status_code == 404, response.content
    assert response.json()["error"]["code"] == "not_found"
    _untouched(theirs)


@pytest.mark.parametrize("foreign", ["clip", "account"])
def test_api_cannot_publish_another_workspaces_clip_or_to_its_account(
    api, connect, clip, theirs, foreign
):
    mine = {"clip": clip, "account": connect("tiktok")}
    body = {"clip_id": str(mine["clip"].pk), "account_id": str(mine["account"].pk)}
    body[f"{foreign}_id"] = str(theirs[foreign].pk)
    response = api.post("/api/v1/publications", body, content_type="application/json")
    assert response.status_code == 404
    assert not Publication.objects.filter(workspace=clip.workspace).exists()


def test_lists_show_only_this_workspace(api, owner_client, platforms, theirs):
    assert api.get("/api/v1/publications").json()["results"] == []
    assert api.get("/api/v1/connected-accounts").json() == []
    page = owner_client.get(reverse("publishing")).content.decode()
    assert "@theirs" not in page
    assert "theirs" not in owner_client.get(reverse("publishing_rules")).content.decode()


def test_a_rule_cannot_name_another_workspaces_account(owner_client, platforms, theirs):
    response = owner_client.post(
        reverse("publishing_rules"),
        {
            "account": str(theirs["account"].pk),
            "scope": RuleScope.EVERY_BATCH,
            "caption_template": "{prompt}",
            "privacy": "public",
            "max_per_day": "1",
            "hours": ["9"],
            "time_zone": "UTC",
        },
    )
    assert response.status_code == 400
    assert AutoPublishRule.objects.count() == 1  # only theirs
