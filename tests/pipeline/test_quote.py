"""The job form's live price: what is held (the most the chain could cost) and what is charged."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.billing.conftest import operator, set_balance

pytestmark = pytest.mark.django_db

__all__ = ["operator", "set_balance"]  # billing fixtures used here


def _text(response) -> str:  # type: ignore[no-untyped-def]
    return " ".join(response.content.decode().split())


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"duration_s": 3, "resolution": "720p"}, "Costs 3 credits · 22 left after"),
        ({"duration_s": 3, "resolution": "720p", "count": 1}, "Costs 3 credits · 22 left after"),
        ({"duration_s": 5, "resolution": "540p"}, "Costs 4 credits · 21 left after"),
        ({"duration_s": 5, "resolution": "1080p"}, "above the Free plan&#x27;s maximum of 720p"),
        ({"duration_s": 5}, "Pick a length and a resolution"),
    ],
)
def test_quote_with_the_embedded_engine_only(client_for, owner, workspace, params, expected):
    response = client_for(owner, workspace).get(reverse("clip_quote"), params)
    assert response.status_code == 200
    assert expected in _text(response)


def test_with_a_vendor_enabled_the_quote_holds_the_most_and_says_what_is_charged(
    client_for, owner, workspace, settings
):
    settings.PROVIDERS_CONFIG = {"RUNWAY_API_KEY": "key_test"}
    response = client_for(owner, workspace).get(
        reverse("clip_quote"), {"duration_s": 5, "resolution": "720p"}
    )
    text = _text(response)
    assert "Holds up to 20 credits; 5 if the Stillmotion engine renders it" in text
    assert "5 left after" in text


def test_quote_when_short_of_credits(client_for, owner, workspace, set_balance):
    set_balance(workspace, 4)
    response = client_for(owner, workspace).get(
        reverse("clip_quote"), {"duration_s": 3, "resolution": "1080p"}
    )
    assert "above the Free plan" in _text(response)  # refused before the price matters
    response = client_for(owner, workspace).get(
        reverse("clip_quote"), {"duration_s": 5, "resolution": "720p"}
    )
    assert "Costs 5 credits · you have 4" in _text(response)
