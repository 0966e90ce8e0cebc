"""The moderation-service layer against a fake of OpenAI's endpoint on 127.0.0.1: used when
keyed, skipped (with the reason recorded) when slow or failing, never asked when an embedded
layer already blocked, and its categories mapped onto the policy's."""

from __future__ import annotations

import base64

import cv2
import numpy as np
import pytest
from skimage import data

from engine.safety.moderation import POLICY_OF, ModerationConfig
from engine.safety.policy import Category
from engine.safety.screening import Layer, SafetyPolicy, check, classify_prompt
from tests.fakes.openai import API_KEY, MODERATION_CATEGORIES, FakeOpenAI

CALM = "a calm walk along the river at dawn, slow pan"


@pytest.fixture
def fake():
    with FakeOpenAI() as server:
        yield server


def config(fake: FakeOpenAI, **kw) -> ModerationConfig:
    return ModerationConfig(api_key=API_KEY, base_url=f"{fake.url}/v1", **kw)


def test_a_flag_from_the_service_blocks_what_the_embedded_layers_allowed(fake) -> None:
    assert classify_prompt(CALM).allowed
    fake.moderation_flags("violence")
    verdict = classify_prompt(CALM, moderation=config(fake))
    assert not verdict.allowed
    assert verdict.category == Category.VIOLENCE_GORE and verdict.layer == Layer.MODERATION
    assert verdict.moderation == "used"
    assert verdict.scores["moderation.violence"] == pytest.approx(0.97)
    assert verdict.matched == "moderation: violence"
    (request,) = fake.moderation_requests()
    body = request.json()
    assert request.headers["authorization"] == f"Bearer {API_KEY}"
    assert body == {"model": "omni-moderation-latest", "input": [{"type": "text", "text": CALM}]}


def test_an_unflagged_answer_allows_and_records_the_scores(fake) -> None:
    verdict = classify_prompt(CALM, moderation=config(fake))
    assert verdict.allowed and verdict.moderation == "used"
    assert {f"moderation.{c}" for c in MODERATION_CATEGORIES} <= set(verdict.scores)


def test_the_service_is_not_asked_when_an_embedded_layer_blocks(fake) -> None:
    verdict = classify_prompt("he snorts a line of cocaine", moderation=config(fake))
    assert verdict.layer == Layer.RULES
    assert verdict.moderation == "not needed: an embedded layer blocked"
    assert fake.moderation_requests() == []


def test_a_slow_service_is_skipped_within_the_budget_and_the_reason_kept(fake) -> None:
    fake.moderation_flags("violence", delay_s=1.0)
    verdict = classify_prompt(CALM, moderation=config(fake, timeout_s=0.1))
    assert verdict.allowed  # the embedded layers decide alone
    assert verdict.moderation == "skipped: no answer within the 0.1 s budget"
    assert verdict.layer == ""


@pytest.mark.parametrize(
    ("status", "kind", "code", "reason"),
    [
        (429, "requests", "rate_limit_exceeded", "skipped: HTTP 429 rate_limit_exceeded"),
        (500, "server_error", None, "skipped: HTTP 500 server_error"),
    ],
)
def test_a_failing_service_is_skipped_with_its_error(fake, status, kind, code, reason) -> None:
    fake.moderation_error(status, kind, "The service failed.", code)
    verdict = classify_prompt(CALM, moderation=config(fake))
    assert verdict.allowed and verdict.moderation == reason


def test_a_wrong_key_is_skipped_not_fatal(fake) -> None:
    bad = ModerationConfig(api_key="sk-wrong", base_url=f"{fake.url}/v1")
    verdict = classify_prompt(CALM, moderation=bad)
    assert verdict.allowed and verdict.moderation == "skipped: HTTP 401 invalid_api_key"


def test_an_unreachable_service_is_skipped(fake) -> None:
    url = fake.url
    fake.stop()
    verdict = classify_prompt(CALM, moderation=ModerationConfig(api_key=API_KEY, base_url=url))
    assert (
        verdict.allowed
        and verdict.moderation == "skipped: could not reach the service (ConnectError)"
    )


def test_several_flags_report_the_first_policy_category(fake) -> None:
    fake.moderation_flags("violence", "sexual/minors", "harassment")
    verdict = classify_prompt(CALM, moderation=config(fake))
    assert verdict.category == Category.MINORS  # minors takes precedence over everything


def test_every_openai_category_maps_to_a_policy_category() -> None:
    assert set(POLICY_OF) == set(MODERATION_CATEGORIES)
    assert {Category(v) for v in POLICY_OF.values()} <= set(Category)


def test_the_gate_sends_the_photo_along_and_a_flagged_photo_blocks(fake) -> None:
    coffee = cv2.cvtColor(data.coffee(), cv2.COLOR_RGB2BGR)
    fake.moderation_flags("violence/graphic")
    verdict = check(
        prompt=CALM, image_bgr=coffee, policy=SafetyPolicy(faces="allow"), moderation=config(fake)
    )
    assert not verdict.allowed and verdict.layer == Layer.MODERATION
    assert verdict.category == Category.VIOLENCE_GORE and verdict.moderation == "used"
    text, image = fake.moderation_requests()[0].json()["input"]
    assert text == {"type": "text", "text": CALM}
    url = image["image_url"]["url"]
    assert image["type"] == "image_url" and url.startswith("data:image/jpeg;base64,")
    sent = cv2.imdecode(np.frombuffer(base64.b64decode(url.split(",", 1)[1]), np.uint8), 1)
    assert max(sent.shape[:2]) == 512  # a small copy, not the upload
