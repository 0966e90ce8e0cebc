"""A fake of OpenAI's Chat Completions API (POST /v1/chat/completions) with structured output,
and of its moderation endpoint (POST /v1/moderations, see reference/moderation.md).

It checks the `Authorization: Bearer` key, the body, and — like the real API in strict
mode — that a `json_schema` response format lists every property as required and forbids
additional properties at every level. Answers use the vendor's shapes: a
`chat.completion` whose `choices[0].message` has `content` (a JSON string) or `refusal`,
or an error body `{"error": {"message", "type", "param", "code"}}`.
"""

from __future__ import annotations

import itertools
import json
from typing import Any

from tests.fakes.anthropic import VALID_SPEC_INPUT
from tests.fakes.server import FakeVendor, Request, Response

API_KEY = "sk-proj-test-key"
# The 13 keys of omni-moderation-latest; the image-capable ones are typed ["text", "image"].
MODERATION_CATEGORIES = (
    "harassment", "harassment/threatening", "hate", "hate/threatening", "illicit",
    "illicit/violent", "self-harm", "self-harm/intent", "self-harm/instructions", "sexual",
    "sexual/minors", "violence", "violence/graphic",
)  # fmt: skip
IMAGE_CATEGORIES = frozenset(
    {
        "sexual",
        "self-harm",
        "self-harm/intent",
        "self-harm/instructions",
        "violence",
        "violence/graphic",
    }
)
_ids = itertools.count(1)


def _error(
    status: int, kind: str, message: str, *, code: str | None = None, param: str | None = None
) -> Response:
    return Response(
        status,
        {"error": {"message": message, "type": kind, "param": param, "code": code}},
        headers={"x-request-id": f"req_fake{next(_ids):06d}"},
    )


def strict_schema_problem(schema: Any, context: str = "()") -> str | None:
    """The first way `schema` breaks strict mode's rules, or None."""
    if not isinstance(schema, dict):
        return None
    if schema.get("type") == "object":
        properties = schema.get("properties", {})
        missing = [name for name in properties if name not in schema.get("required", [])]
        if missing:
            return (
                f"In context={context}, 'required' is required to be supplied and to be an "
                f"array including every key in properties. Missing '{missing[0]}'."
            )
        if schema.get("additionalProperties") is not False:
            return (
                f"In context={context}, 'additionalProperties' is required to be supplied "
                "and to be false."
            )
        for name, sub in properties.items():
            problem = strict_schema_problem(sub, f"('properties', '{name}')")
            if problem:
                return problem
    if schema.get("type") == "array":
        return strict_schema_problem(schema.get("items"), f"{context}, 'items'")
    return None


class FakeOpenAI(FakeVendor):
    def __init__(self, *, api_key: str = API_KEY) -> None:
        super().__init__()
        self.api_key = api_key
        self._answer: tuple[str, Any, float] = ("content", None, 0.0)
        self.route("POST", "/v1/chat/completions", self._completions)
        self.route("POST", "/v1/moderations", self._moderations)
        self._moderation: tuple[str, Any, float] = ("result", {}, 0.0)

    # -- moderation ------------------------------------------------------------------------
    def moderation_flags(self, *names: str, delay_s: float = 0.0) -> None:
        """The next moderations answer flags these OpenAI categories (e.g. "violence")."""
        self._moderation = ("result", {n: 0.97 for n in names}, delay_s)

    def moderation_error(
        self, status: int, kind: str, message: str, code: str | None = None
    ) -> None:
        self._moderation = ("error", (status, kind, message, code), 0.0)

    def moderation_requests(self) -> list[Request]:
        return [r for r in self.requests if r.path == "/v1/moderations"]

    def _moderations(self, request: Request) -> Response:
        if request.headers.get("authorization", "") != f"Bearer {self.api_key}":
            return _error(
                401, "invalid_request_error", "Incorrect API key provided.", code="invalid_api_key"
            )
        try:
            body = request.json()
        except ValueError:
            return _error(400, "invalid_request_error", "We could not parse the JSON body.")
        if "input" not in body:
            return _error(
                400, "invalid_request_error", "Missing required parameter: 'input'.", param="input"
            )
        kind, payload, delay_s = self._moderation
        if kind == "error":
            status, error_type, message, code = payload
            return _error(status, error_type, message, code=code)
        inputs = body["input"] if isinstance(body["input"], list) else [body["input"]]
        has_image = any(isinstance(i, dict) and i.get("type") == "image_url" for i in inputs)
        scores = {name: payload.get(name, 0.0001) for name in MODERATION_CATEGORIES}
        result = {
            "flagged": any(v >= 0.5 for v in scores.values()),
            "categories": {name: v >= 0.5 for name, v in scores.items()},
            "category_scores": scores,
            "category_applied_input_types": {
                name: (["text", "image"] if has_image and name in IMAGE_CATEGORIES else ["text"])
                for name in MODERATION_CATEGORIES
            },
        }
        answer = {
            "id": f"modr-{next(_ids)}",
            "model": body.get("model", "omni-moderation-latest"),
            "results": [result],
        }
        return Response(
            200, answer, headers={"x-request-id": f"req_fake{next(_ids):06d}"}, delay_s=delay_s
        )

    # -- what to answer --------------------------------------------------------------------
    def answer_content(self, content: dict[str, Any] | str | None, *, delay_s: float = 0) -> None:
        """A dict is sent as its JSON text, a str as is; None sends a valid spec."""
        self._answer = ("content", content, delay_s)

    def answer_refusal(self, text: str = "I'm sorry, I can't assist with that request.") -> None:
        self._answer = ("refusal", text, 0.0)

    def answer_truncated(self) -> None:
        """finish_reason "length": the JSON was cut off at the token limit."""
        self._answer = ("length", None, 0.0)

    def answer_error(self, status: int, kind: str, message: str, code: str | None = None) -> None:
        """e.g. (500, "server_error", "The server had an error ..."), (429, "requests",
        "Rate limit reached ...", "rate_limit_exceeded")."""
        self._answer = ("error", (status, kind, message, code), 0.0)

    # -- the endpoint ----------------------------------------------------------------------
    def _completions(self, request: Request) -> Response:
        auth = request.headers.get("authorization", "")
        if auth != f"Bearer {self.api_key}":
            shown = auth.removeprefix("Bearer ")[:8] or "(none)"
            return _error(
                401,
                "invalid_request_error",
                f"Incorrect API key provided: {shown}****. You can find your API key at "
                "https://platform.openai.com/account/api-keys.",
                code="invalid_api_key",
            )
        try:
            body = request.json()
        except ValueError:
            return _error(400, "invalid_request_error", "We could not parse the JSON body.")
        for name in ("model", "messages"):
            if name not in body:
                return _error(
                    400,
                    "invalid_request_error",
                    f"Missing required parameter: '{name}'.",
                    param=name,
                )
        problem = self._response_format_problem(body.get("response_format"))
        if problem:
            return _error(400, "invalid_request_error", problem, param="response_format")
        kind, payload, delay_s = self._answer
        if kind == "error":
            status, error_type, message, code = payload
            return _error(status, error_type, message, code=code)
        if kind == "refusal":
            message = {"role": "assistant", "content": None, "refusal": payload}
            return self._completion(body, message, "stop")
        if kind == "length":
            cut = json.dumps(VALID_SPEC_INPUT)[:40]
            return self._completion(body, {"role": "assistant", "content": cut}, "length")
        if payload is None:
            payload = VALID_SPEC_INPUT
        content = payload if isinstance(payload, str) else json.dumps(payload)
        message = {"role": "assistant", "content": content, "refusal": None}
        response = self._completion(body, message, "stop")
        response.delay_s = delay_s
        return response

    @staticmethod
    def _response_format_problem(response_format: Any) -> str | None:
        if not isinstance(response_format, dict) or response_format.get("type") != "json_schema":
            return None
        spec = response_format.get("json_schema") or {}
        if "name" not in spec:
            return "Missing required parameter: 'response_format.json_schema.name'."
        if spec.get("strict") is True:
            problem = strict_schema_problem(spec.get("schema"))
            if problem:
                return f"Invalid schema for response_format '{spec['name']}': {problem}"
        return None

    @staticmethod
    def _completion(body: dict[str, Any], message: dict[str, Any], finish: str) -> Response:
        message.setdefault("refusal", None)
        return Response(
            200,
            {
                "id": f"chatcmpl-fake{next(_ids):06d}",
                "object": "chat.completion",
                "created": 1_750_000_000,
                "model": body["model"],
                "choices": [
                    {"index": 0, "message": message, "logprobs": None, "finish_reason": finish}
                ],
                "usage": {"prompt_tokens": 380, "completion_tokens": 90, "total_tokens": 470},
            },
        )
