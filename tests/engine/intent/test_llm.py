from __future__ import annotations

from collections.abc import Iterator

import pytest

from engine.intent.llm import strict_schema, validate_json
from engine.intent.rules import ImageFacts, LlmConfig, SpecOverrides, interpret
from engine.spec import CameraMove, EffectKind, Ratio, json_schema
from tests.fakes import anthropic as fake_anthropic
from tests.fakes import openai as fake_openai
from tests.fakes.anthropic import VALID_SPEC_INPUT, FakeAnthropic
from tests.fakes.openai import FakeOpenAI

FACTS = ImageFacts(width=1600, height=900, has_sky=True, has_water=True)
PROMPT = "waves rolling in, slow push in, loop"
# The rule parser's reading of PROMPT differs from VALID_SPEC_INPUT (strength 0.3 vs 0.25,
# duration 3 vs 4, ratio 16:9 vs 9:16), so a spec that matches the fake came from the LLM.


# One server per vendor for the whole module: stopping a fake costs up to half a second.
@pytest.fixture(scope="module")
def _anthropic_server() -> Iterator[FakeAnthropic]:
    with FakeAnthropic() as fake:
        yield fake  # type: ignore[misc]


@pytest.fixture(scope="module")
def _openai_server() -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as fake:
        yield fake  # type: ignore[misc]


@pytest.fixture
def anthropic(_anthropic_server: FakeAnthropic) -> FakeAnthropic:
    _anthropic_server.requests.clear()
    _anthropic_server.answer_tool_call(None)
    return _anthropic_server


@pytest.fixture
def openai(_openai_server: FakeOpenAI) -> FakeOpenAI:
    _openai_server.requests.clear()
    _openai_server.answer_content(None)
    return _openai_server


def config_for(fake, api_key: str | None = None) -> LlmConfig:
    default_key = fake_anthropic.API_KEY if isinstance(fake, FakeAnthropic) else fake_openai.API_KEY
    return LlmConfig(api_key=api_key or default_key, base_url=fake.url, model="test-model")


def ask(provider: str, fake, **kwargs):
    kwargs.setdefault("llm_config", config_for(fake))
    return interpret(prompt=PROMPT, facts=FACTS, provider=provider, **kwargs)


def assert_is_the_llm_spec(spec) -> None:
    assert spec.camera is CameraMove.PUSH_IN
    assert spec.camera_strength == 0.25
    assert spec.duration_s == 4.0
    assert spec.ratio is Ratio.VERTICAL
    assert spec.loop is True
    assert [(e.kind, e.target, e.strength) for e in spec.effects] == [
        (EffectKind.WATER_RIPPLE, "water", 0.6)
    ]


def assert_fell_back_to_rules(result, code: str) -> None:
    rules = interpret(prompt=PROMPT, facts=FACTS)
    assert result.parser == "rules"
    assert result.fallback_reason is not None and result.fallback_reason.startswith(code + ":")
    assert result.spec == rules.spec


# -- happy paths -------------------------------------------------------------------------
def test_anthropic_tool_call_becomes_the_spec(anthropic: FakeAnthropic) -> None:
    result = ask("anthropic", anthropic)
    assert result.parser == "anthropic" and result.fallback_reason is None
    assert_is_the_llm_spec(result.spec)
    assert result.spec.prompt == PROMPT

    (sent,) = anthropic.requests_to("POST", "/v1/messages")
    assert sent.headers["x-api-key"] == fake_anthropic.API_KEY
    assert sent.headers["anthropic-version"] == "2023-06-01"
    body = sent.json()
    assert body["model"] == "test-model"
    (tool,) = body["tools"]
    assert tool["input_schema"] == json_schema()
    assert body["tool_choice"] == {"type": "tool", "name": tool["name"]}
    assert PROMPT in body["messages"][0]["content"]


def test_openai_structured_output_becomes_the_spec(openai: FakeOpenAI) -> None:
    result = ask("openai", openai)
    assert result.parser == "openai" and result.fallback_reason is None
    assert_is_the_llm_spec(result.spec)

    (sent,) = openai.requests_to("POST", "/v1/chat/completions")
    assert sent.headers["authorization"] == f"Bearer {fake_openai.API_KEY}"
    body = sent.json()
    response_format = body["response_format"]
    assert response_format["type"] == "json_schema"
    assert response_format["json_schema"]["strict"] is True
    sent_schema = response_format["json_schema"]["schema"]
    assert sent_schema == strict_schema(json_schema())
    assert set(sent_schema["properties"]) == set(json_schema()["properties"])
    assert set(sent_schema["required"]) == set(json_schema()["properties"])
    assert any(PROMPT in m["content"] for m in body["messages"] if m["role"] == "user")


@pytest.mark.parametrize("provider", ["anthropic", "openai"])
def test_form_values_still_win_over_the_llm(provider: str, anthropic, openai) -> None:
    fake = anthropic if provider == "anthropic" else openai
    overrides = SpecOverrides(ratio="1:1", duration_s=7, loop=False)
    result = ask(provider, fake, overrides=overrides)
    assert result.parser == provider
    assert (result.spec.ratio, result.spec.duration_s, result.spec.loop) == (
        Ratio.SQUARE,
        7.0,
        False,
    )
    assert result.spec.camera_strength == 0.25  # the rest is still the LLM's


def test_anthropic_answer_without_optional_fields_keeps_the_draft_values(anthropic) -> None:
    answer = {k: v for k, v in VALID_SPEC_INPUT.items() if k not in ("ratio", "easing")}
    anthropic.answer_tool_call(answer)
    result = ask("anthropic", anthropic)
    assert result.parser == "anthropic"
    assert result.spec.ratio is Ratio.LANDSCAPE  # the draft's (the photo is 16:9)


# -- every failure falls back to the rules, with the reason ------------------------------
@pytest.mark.parametrize("provider", ["anthropic", "openai"])
def test_wrong_api_key_falls_back_with_the_vendor_error(provider: str, anthropic, openai) -> None:
    fake = anthropic if provider == "anthropic" else openai
    result = ask(provider, fake, llm_config=config_for(fake, api_key="wrong-key"))
    assert_fell_back_to_rules(result, "http_error")
    assert "401" in result.fallback_reason
    expected = "authentication_error" if provider == "anthropic" else "invalid_request_error"
    assert expected in result.fallback_reason


@pytest.mark.parametrize(
    ("status", "kind", "message"),
    [(529, "overloaded_error", "Overloaded"), (500, "api_error", "Internal server error")],
)
def test_anthropic_server_errors_fall_back(anthropic, status: int, kind: str, message: str) -> None:
    anthropic.answer_error(status, kind, message)
    result = ask("anthropic", anthropic)
    assert_fell_back_to_rules(result, "http_error")
    assert f"{status} {kind}: {message}" in result.fallback_reason


@pytest.mark.parametrize(
    ("status", "kind", "code"),
    [(500, "server_error", None), (429, "requests", "rate_limit_exceeded")],
)
def test_openai_server_errors_fall_back(openai, status: int, kind: str, code: str | None) -> None:
    openai.answer_error(status, kind, "Try again later.", code)
    result = ask("openai", openai)
    assert_fell_back_to_rules(result, "http_error")
    assert f"{status} {kind}" in result.fallback_reason


def test_anthropic_refusal_falls_back(anthropic) -> None:
    anthropic.answer_refusal("I won't describe that.")
    result = ask("anthropic", anthropic)
    assert_fell_back_to_rules(result, "refusal")
    assert "I won't describe that." in result.fallback_reason


def test_openai_refusal_falls_back(openai) -> None:
    openai.answer_refusal("I'm sorry, I can't assist with that.")
    result = ask("openai", openai)
    assert_fell_back_to_rules(result, "refusal")
    assert "can't assist" in result.fallback_reason


@pytest.mark.parametrize(
    ("bad", "why"),
    [
        ({**VALID_SPEC_INPUT, "camera_strength": 1.5}, "above the maximum"),
        ({**VALID_SPEC_INPUT, "camera": "barrel_roll"}, "is not one of"),
        ({**VALID_SPEC_INPUT, "duration_s": 30}, "above the maximum"),
        ({**VALID_SPEC_INPUT, "loop": "yes"}, "expected boolean"),
        ({**VALID_SPEC_INPUT, "fps": 60}, "unexpected property 'fps'"),
        ({k: v for k, v in VALID_SPEC_INPUT.items() if k != "camera"}, "missing 'camera'"),
        (
            {**VALID_SPEC_INPUT, "effects": [{"kind": "sway", "target": "tail", "strength": 0.5}]},
            "unknown effect target",
        ),
        (
            {
                **VALID_SPEC_INPUT,
                "effects": [{"kind": "sway", "target": "hair", "strength": 0.4}] * 6,
            },
            "at most 4",
        ),
    ],
)
@pytest.mark.parametrize("provider", ["anthropic", "openai"])
def test_invalid_output_falls_back(provider: str, bad: dict, why: str, anthropic, openai) -> None:
    if provider == "anthropic":
        fake = anthropic
        anthropic.answer_tool_call(bad)
    else:
        fake = openai
        openai.answer_content(bad)
    result = ask(provider, fake)
    assert_fell_back_to_rules(result, "invalid_output")
    assert why in result.fallback_reason


def test_anthropic_text_without_a_tool_call_falls_back(anthropic) -> None:
    anthropic.answer_text("Sure! Here's a spec: push in slowly.")
    assert_fell_back_to_rules(ask("anthropic", anthropic), "invalid_output")


@pytest.mark.parametrize(
    ("setup", "why"),
    [
        (lambda f: f.answer_content("not json at all"), "not JSON"),
        (lambda f: f.answer_content("[1, 2]"), "not a JSON object"),
        (lambda f: f.answer_truncated(), "cut off"),
    ],
)
def test_openai_unusable_content_falls_back(openai, setup, why: str) -> None:
    setup(openai)
    result = ask("openai", openai)
    assert_fell_back_to_rules(result, "invalid_output")
    assert why in result.fallback_reason


@pytest.mark.parametrize("provider", ["anthropic", "openai"])
def test_a_vendor_slower_than_the_budget_falls_back_on_timeout(
    provider: str, anthropic, openai
) -> None:
    if provider == "anthropic":
        fake = anthropic
        anthropic.answer_tool_call(None, delay_s=2.0)
    else:
        fake = openai
        openai.answer_content(None, delay_s=2.0)
    result = ask(provider, fake)  # the default budget, 800 ms
    assert_fell_back_to_rules(result, "timeout")
    assert "800 ms" in result.fallback_reason
    assert result.ms < 2000  # it did not wait for the slow answer


def test_missing_key_or_settings_fall_back_without_a_request(anthropic) -> None:
    result = ask("anthropic", anthropic, llm_config=LlmConfig(api_key="", base_url=anthropic.url))
    assert_fell_back_to_rules(result, "not_configured")
    result = ask("anthropic", anthropic, llm_config=None)
    assert_fell_back_to_rules(result, "not_configured")
    assert anthropic.requests == []


def test_an_unreachable_vendor_falls_back_with_a_transport_error() -> None:
    with FakeAnthropic() as fake:
        url = fake.url  # a port that nothing listens on once the fake stops
    config = LlmConfig(api_key="k", base_url=url)
    result = interpret(prompt=PROMPT, facts=FACTS, provider="anthropic", llm_config=config)
    assert_fell_back_to_rules(result, "transport_error")


def test_the_fake_enforces_openai_strict_mode_on_the_raw_schema(openai) -> None:
    # The spec's own schema leaves easing and ratio optional, which strict mode refuses:
    # this is why the adapter sends strict_schema(json_schema()).
    problem = fake_openai.strict_schema_problem(json_schema())
    assert problem is not None and "Missing 'easing'" in problem
    assert fake_openai.strict_schema_problem(strict_schema(json_schema())) is None


def test_validator_accepts_the_valid_spec_and_rejects_bools_as_numbers() -> None:
    assert validate_json(VALID_SPEC_INPUT, json_schema()) == []
    problems = validate_json({**VALID_SPEC_INPUT, "camera_strength": True}, json_schema())
    assert problems == ["$.camera_strength: expected number, got bool"]


def test_config_from_settings_picks_the_key_of_the_chosen_provider() -> None:
    from types import SimpleNamespace

    settings = SimpleNamespace(
        INTENT_PROVIDER="openai", ANTHROPIC_API_KEY="a-key", OPENAI_API_KEY="o-key"
    )
    assert LlmConfig.from_settings(settings) == LlmConfig(api_key="o-key")
    config = LlmConfig.from_settings(
        SimpleNamespace(
            **vars(settings),
            ANTHROPIC_BASE_URL="http://127.0.0.1:9",
            INTENT_LLM_MODEL="m",
            INTENT_LLM_TIMEOUT_S="1.5",
        ),
        "anthropic",
    )
    assert config == LlmConfig(
        api_key="a-key", base_url="http://127.0.0.1:9", model="m", timeout_s=1.5
    )
