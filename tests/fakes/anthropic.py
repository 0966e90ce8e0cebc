"""A fake of Anthropic's Messages API (POST /v1/messages) for the intent stage's tests.

It checks what the real API checks first (the `x-api-key` and `anthropic-version` headers,
a JSON body with model, max_tokens and messages) and answers in the vendor's shapes: a
message whose `content` holds a `tool_use` block, or an error body
`{"type": "error", "error": {"type", "message"}, "request_id"}`. What it answers next is
set with the `answer_*` methods.
"""

from __future__ import annotations

import itertools
from typing import Any

from tests.fakes.server import FakeVendor, Request, Response

API_KEY = "sk-ant-test-key"
_ids = itertools.count(1)


def _error(status: int, kind: str, message: str) -> Response:
    request_id = f"req_fake{next(_ids):06d}"
    return Response(
        status,
        {"type": "error", "error": {"type": kind, "message": message}, "request_id": request_id},
        headers={"request-id": request_id},
    )


class FakeAnthropic(FakeVendor):
    def __init__(self, *, api_key: str = API_KEY) -> None:
        super().__init__()
        self.api_key = api_key
        self._answer: Any = None
        self.answer_tool_call(None)
        self.route("POST", "/v1/messages", self._messages)

    # -- what to answer --------------------------------------------------------------------
    def answer_tool_call(self, tool_input: dict[str, Any] | None, *, delay_s: float = 0) -> None:
        """Answer with a tool_use block; `None` echoes a valid spec for the forced tool."""
        self._answer = ("tool", tool_input, delay_s)

    def answer_refusal(self, text: str = "I can't help with that request.") -> None:
        self._answer = ("refusal", text, 0.0)

    def answer_text(self, text: str) -> None:
        """A plain text answer with no tool call (what a model does when tools are ignored)."""
        self._answer = ("text", text, 0.0)

    def answer_error(self, status: int, kind: str, message: str) -> None:
        """e.g. (529, "overloaded_error", "Overloaded"), (500, "api_error", "Internal server
        error"), (429, "rate_limit_error", ...)."""
        self._answer = ("error", (status, kind, message), 0.0)

    # -- the endpoint ----------------------------------------------------------------------
    def _messages(self, request: Request) -> Response:
        if request.headers.get("x-api-key") != self.api_key:
            return _error(401, "authentication_error", "invalid x-api-key")
        if not request.headers.get("anthropic-version"):
            return _error(400, "invalid_request_error", "anthropic-version: header is required")
        try:
            body = request.json()
        except ValueError:
            return _error(400, "invalid_request_error", "The request body is not valid JSON.")
        for name in ("model", "max_tokens", "messages"):
            if name not in body:
                return _error(400, "invalid_request_error", f"{name}: Field required")
        kind, payload, delay_s = self._answer
        if kind == "error":
            return _error(*payload)
        if kind == "refusal":
            return self._message(body, [{"type": "text", "text": payload}], "refusal")
        if kind == "text":
            return self._message(body, [{"type": "text", "text": payload}], "end_turn")
        tool = (body.get("tool_choice") or {}).get("name") or body["tools"][0]["name"]
        block = {
            "type": "tool_use",
            "id": f"toolu_fake{next(_ids):06d}",
            "name": tool,
            "input": payload if payload is not None else VALID_SPEC_INPUT,
        }
        response = self._message(body, [block], "tool_use")
        response.delay_s = delay_s
        return response

    @staticmethod
    def _message(body: dict[str, Any], content: list[dict[str, Any]], stop: str) -> Response:
        return Response(
            200,
            {
                "id": f"msg_fake{next(_ids):06d}",
                "type": "message",
                "role": "assistant",
                "model": body["model"],
                "content": content,
                "stop_reason": stop,
                "stop_sequence": None,
                "usage": {"input_tokens": 420, "output_tokens": 96},
            },
        )


# A spec a model would plausibly return for "waves rolling in, slow push in, loop".
VALID_SPEC_INPUT: dict[str, Any] = {
    "subject": "landscape",
    "camera": "push_in",
    "camera_strength": 0.25,
    "easing": "ease_in_out",
    "effects": [{"kind": "water_ripple", "target": "water", "strength": 0.6}],
    "duration_s": 4,
    "ratio": "9:16",
    "loop": True,
}
