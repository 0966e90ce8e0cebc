"""LLM adapters for the intent stage: Anthropic tool use and OpenAI structured output.

Each adapter sends the spec's JSON schema over plain httpx and returns the model's answer
as a dict that has been checked against that schema. Any problem (no key, timeout, HTTP
error, refusal, output that breaks the schema) raises `LlmFailure` with a short reason
whose first word is a stable code, so the caller can fall back to the rule parser and
record why. The whole call, connect to last byte, is bounded by `LlmConfig.timeout_s`.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from typing import Any

import httpx

from engine.errors import EngineError
from engine.spec import json_schema

ANTHROPIC = "anthropic"
OPENAI = "openai"
LLM_PROVIDERS = (ANTHROPIC, OPENAI)

ANTHROPIC_VERSION = "2023-06-01"
DEFAULT_BASE_URLS = {ANTHROPIC: "https://api.anthropic.com", OPENAI: "https://api.openai.com"}
DEFAULT_MODELS = {ANTHROPIC: "claude-haiku-4-5", OPENAI: "gpt-4o-mini"}
DEFAULT_TIMEOUT_S = 0.8
TOOL_NAME = "set_generation_spec"
SCHEMA_NAME = "generation_spec"
MAX_OUTPUT_TOKENS = 400

# Failure codes (the first word of LlmFailure.reason).
NOT_CONFIGURED = "not_configured"
TIMEOUT = "timeout"
HTTP_ERROR = "http_error"
TRANSPORT_ERROR = "transport_error"
REFUSAL = "refusal"
INVALID_OUTPUT = "invalid_output"


@dataclass(frozen=True)
class LlmConfig:
    """How to reach one LLM vendor. `timeout_s` is the budget for the whole call."""

    api_key: str
    base_url: str | None = None
    model: str | None = None
    timeout_s: float = DEFAULT_TIMEOUT_S

    @classmethod
    def from_settings(cls, settings: Any, provider: str | None = None) -> LlmConfig:
        """Read any settings object (Django's included) by attribute: the provider's key
        from ANTHROPIC_API_KEY / OPENAI_API_KEY, optional ANTHROPIC_BASE_URL /
        OPENAI_BASE_URL, INTENT_LLM_MODEL and INTENT_LLM_TIMEOUT_S."""
        provider = provider or getattr(settings, "INTENT_PROVIDER", "")
        prefix = provider.upper()
        timeout = getattr(settings, "INTENT_LLM_TIMEOUT_S", None)
        return cls(
            api_key=getattr(settings, f"{prefix}_API_KEY", "") or "",
            base_url=getattr(settings, f"{prefix}_BASE_URL", None) or None,
            model=getattr(settings, "INTENT_LLM_MODEL", None) or None,
            timeout_s=float(timeout) if timeout else DEFAULT_TIMEOUT_S,
        )


class LlmFailure(EngineError):
    """The LLM gave no usable spec. `code` is stable; `detail` says what happened."""

    def __init__(self, code: str, detail: str) -> None:
        super().__init__(f"{code}: {detail}", code=code)
        self.detail = detail

    @property
    def reason(self) -> str:
        return f"{self.code}: {self.detail}"


# -- the public call ---------------------------------------------------------------------
def ask_for_spec(provider: str, *, system: str, user: str, config: LlmConfig) -> dict[str, Any]:
    """Ask `provider` for spec fields; return them validated against the spec's schema."""
    if provider not in LLM_PROVIDERS:
        raise ValueError(f"unknown LLM provider {provider!r}; expected one of {LLM_PROVIDERS}")
    if not config.api_key:
        raise LlmFailure(NOT_CONFIGURED, f"no API key is set for {provider}")
    call = _call_anthropic if provider == ANTHROPIC else _call_openai
    answer = _within_budget(lambda: call(system=system, user=user, config=config), config)
    problems = validate_json(answer, json_schema())
    if problems:
        raise LlmFailure(INVALID_OUTPUT, "; ".join(problems[:5]))
    return answer


# Worker threads give a hard wall-clock bound: httpx timeouts are per phase (connect, each
# read), so a server that trickles bytes could otherwise hold the job well past the budget.
_POOL = ThreadPoolExecutor(max_workers=8, thread_name_prefix="intent-llm")


def _within_budget(work: Callable[[], dict[str, Any]], config: LlmConfig) -> dict[str, Any]:
    future = _POOL.submit(work)
    try:
        return future.result(timeout=config.timeout_s)
    except FutureTimeout:
        future.cancel()  # if it has not started; a running call ends at its httpx timeout
        raise LlmFailure(TIMEOUT, f"no answer within {config.timeout_s * 1000:.0f} ms") from None


_client: httpx.Client | None = None
_client_lock = threading.Lock()


def _http() -> httpx.Client:
    """One pooled client per process: reusing TLS connections matters in an 800 ms budget."""
    global _client
    with _client_lock:
        if _client is None:
            _client = httpx.Client(limits=httpx.Limits(max_connections=16))
        return _client


def _post(url: str, *, headers: dict[str, str], body: dict[str, Any], config: LlmConfig) -> Any:
    try:
        response = _http().post(url, headers=headers, json=body, timeout=config.timeout_s)
    except httpx.TimeoutException:
        raise LlmFailure(TIMEOUT, f"no answer within {config.timeout_s * 1000:.0f} ms") from None
    except httpx.HTTPError as exc:
        raise LlmFailure(TRANSPORT_ERROR, f"{type(exc).__name__}: {exc}") from None
    if response.status_code >= 400:
        raise LlmFailure(HTTP_ERROR, f"{response.status_code} {_vendor_error(response)}")
    try:
        return response.json()
    except ValueError:
        raise LlmFailure(INVALID_OUTPUT, "the response body is not JSON") from None


def _vendor_error(response: httpx.Response) -> str:
    """'type: message' from either vendor's error body, or the start of the raw body."""
    try:
        error = response.json().get("error")
    except (ValueError, AttributeError):
        return response.text[:200]
    if isinstance(error, dict):
        return f"{error.get('type') or error.get('code') or 'error'}: {error.get('message', '')}"
    return response.text[:200]


def _base_url(provider: str, config: LlmConfig) -> str:
    return (config.base_url or DEFAULT_BASE_URLS[provider]).rstrip("/")


# -- Anthropic: Messages API with one forced tool -------------------------------------------
def anthropic_request(*, system: str, user: str, config: LlmConfig) -> dict[str, Any]:
    return {
        "model": config.model or DEFAULT_MODELS[ANTHROPIC],
        "max_tokens": MAX_OUTPUT_TOKENS,
        "temperature": 0,
        "system": system,
        "messages": [{"role": "user", "content": user}],
        "tools": [
            {
                "name": TOOL_NAME,
                "description": "Record the motion spec for the clip.",
                "input_schema": json_schema(),
            }
        ],
        "tool_choice": {"type": "tool", "name": TOOL_NAME},
    }


def _call_anthropic(*, system: str, user: str, config: LlmConfig) -> dict[str, Any]:
    data = _post(
        f"{_base_url(ANTHROPIC, config)}/v1/messages",
        headers={"x-api-key": config.api_key, "anthropic-version": ANTHROPIC_VERSION},
        body=anthropic_request(system=system, user=user, config=config),
        config=config,
    )
    if not isinstance(data, dict):
        raise LlmFailure(INVALID_OUTPUT, "the response is not a message object")
    blocks = data.get("content") or []
    for block in blocks:
        if isinstance(block, dict) and block.get("type") == "tool_use":
            if block.get("name") != TOOL_NAME:
                raise LlmFailure(INVALID_OUTPUT, f"called unknown tool {block.get('name')!r}")
            answer = block.get("input")
            if not isinstance(answer, dict):
                raise LlmFailure(INVALID_OUTPUT, "the tool input is not an object")
            return answer
    text = " ".join(
        str(b.get("text", "")) for b in blocks if isinstance(b, dict) and b.get("type") == "text"
    ).strip()
    if data.get("stop_reason") == "refusal":
        raise LlmFailure(REFUSAL, text[:200] or "the model declined to answer")
    raise LlmFailure(
        INVALID_OUTPUT, f"no tool call (stop_reason {data.get('stop_reason')!r}) {text[:120]}"
    )


# -- OpenAI: Chat Completions with a strict JSON schema ------------------------------------
def strict_schema(schema: dict[str, Any]) -> dict[str, Any]:
    """OpenAI's strict mode wants every property required and no extra properties."""
    out = dict(schema)
    if out.get("type") == "object" and "properties" in out:
        out["properties"] = {k: strict_schema(v) for k, v in out["properties"].items()}
        out["required"] = list(out["properties"])
        out["additionalProperties"] = False
    if out.get("type") == "array" and isinstance(out.get("items"), dict):
        out["items"] = strict_schema(out["items"])
    return out


def openai_request(*, system: str, user: str, config: LlmConfig) -> dict[str, Any]:
    return {
        "model": config.model or DEFAULT_MODELS[OPENAI],
        "temperature": 0,
        "max_completion_tokens": MAX_OUTPUT_TOKENS,
        "messages": [
            {"role": "system", "content": system},
            {"role": "user", "content": user},
        ],
        "response_format": {
            "type": "json_schema",
            "json_schema": {
                "name": SCHEMA_NAME,
                "strict": True,
                "schema": strict_schema(json_schema()),
            },
        },
    }


def _call_openai(*, system: str, user: str, config: LlmConfig) -> dict[str, Any]:
    data = _post(
        f"{_base_url(OPENAI, config)}/v1/chat/completions",
        headers={"Authorization": f"Bearer {config.api_key}"},
        body=openai_request(system=system, user=user, config=config),
        config=config,
    )
    try:
        choice = data["choices"][0]
        message = choice["message"]
    except (KeyError, IndexError, TypeError):
        raise LlmFailure(INVALID_OUTPUT, "the response has no choices[0].message") from None
    if message.get("refusal"):
        raise LlmFailure(REFUSAL, str(message["refusal"])[:200])
    if choice.get("finish_reason") == "length":
        raise LlmFailure(INVALID_OUTPUT, "the answer was cut off at the token limit")
    content = message.get("content")
    if not isinstance(content, str):
        raise LlmFailure(INVALID_OUTPUT, "the message has no content")
    try:
        answer = json.loads(content)
    except json.JSONDecodeError as exc:
        raise LlmFailure(INVALID_OUTPUT, f"the content is not JSON ({exc.msg})") from None
    if not isinstance(answer, dict):
        raise LlmFailure(INVALID_OUTPUT, "the content is not a JSON object")
    return answer


# -- a small validator for the subset of JSON schema that spec.json_schema() uses ----------
_JSON_TYPES: dict[str, Callable[[Any], bool]] = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "boolean": lambda v: isinstance(v, bool),
    # JSON has no bool-is-int confusion; Python does, so exclude bools explicitly.
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
}


def validate_json(value: Any, schema: dict[str, Any], path: str = "$") -> list[str]:
    """Problems of `value` against `schema` (type, enum, minimum/maximum, required,
    properties, additionalProperties: false, items); an empty list means valid."""
    expected = schema.get("type")
    if expected is not None and not _JSON_TYPES[expected](value):
        return [f"{path}: expected {expected}, got {type(value).__name__}"]
    problems: list[str] = []
    if "enum" in schema and value not in schema["enum"]:
        problems.append(f"{path}: {value!r} is not one of {schema['enum']}")
    if "minimum" in schema and _JSON_TYPES["number"](value) and value < schema["minimum"]:
        problems.append(f"{path}: {value} is below the minimum {schema['minimum']}")
    if "maximum" in schema and _JSON_TYPES["number"](value) and value > schema["maximum"]:
        problems.append(f"{path}: {value} is above the maximum {schema['maximum']}")
    if isinstance(value, dict):
        problems += _validate_object(value, schema, path)
    if isinstance(value, list) and isinstance(schema.get("items"), dict):
        for index, item in enumerate(value):
            problems += validate_json(item, schema["items"], f"{path}[{index}]")
    return problems


def _validate_object(value: dict[str, Any], schema: dict[str, Any], path: str) -> list[str]:
    properties: dict[str, Any] = schema.get("properties", {})
    problems = [
        f"{path}: missing {name!r}" for name in schema.get("required", ()) if name not in value
    ]
    for name, item in value.items():
        if name in properties:
            problems += validate_json(item, properties[name], f"{path}.{name}")
        elif schema.get("additionalProperties") is False:
            problems.append(f"{path}: unexpected property {name!r}")
    return problems
