"""JSON bodies, bounded: a deeply nested document is a clear 400, never a crash."""

from __future__ import annotations

from io import BytesIO
from typing import Any

from rest_framework.exceptions import ParseError
from rest_framework.parsers import JSONParser

MAX_DEPTH = 32


def _depth(raw: bytes) -> int:
    """The deepest nesting of [ and { outside strings, without parsing (a linear scan)."""
    depth = deepest = 0
    in_string = escaped = False
    for byte in raw:
        if in_string:
            if escaped:
                escaped = False
            elif byte == 0x5C:  # backslash
                escaped = True
            elif byte == 0x22:  # quote
                in_string = False
        elif byte == 0x22:
            in_string = True
        elif byte in (0x5B, 0x7B):
            depth += 1
            deepest = max(deepest, depth)
        elif byte in (0x5D, 0x7D):
            depth -= 1
    return deepest


class BoundedJSONParser(JSONParser):
    def parse(self, stream: Any, media_type: str | None = None, parser_context: Any = None) -> Any:
        raw = stream.read()
        if _depth(raw) > MAX_DEPTH:
            raise ParseError(
                f"The JSON body is nested more than {MAX_DEPTH} levels deep; our requests are "
                "flat objects. Send the fields the API documents."
            )
        return super().parse(BytesIO(raw), media_type, parser_context)
