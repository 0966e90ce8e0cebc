"""Check real JSON answers against the served OpenAPI 3.0 schema.

The response schema of (path, method, status) is turned into a JSON Schema (references
inlined, `nullable` made explicit, objects closed unless they allow extra keys) and the answer
is validated with `jsonschema`: every documented key present with the documented type, and no
undocumented key.
"""

from __future__ import annotations

from typing import Any

import jsonschema


def _to_json_schema(node: Any, components: dict[str, Any]) -> Any:
    if isinstance(node, list):
        return [_to_json_schema(n, components) for n in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        target = components[node["$ref"].rsplit("/", 1)[-1]]
        resolved = _to_json_schema(target, components)
        extra = {k: v for k, v in node.items() if k != "$ref"}
        return {**resolved, **_to_json_schema(extra, components)} if extra else resolved
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key in ("properties",):
            out[key] = {name: _to_json_schema(v, components) for name, v in value.items()}
        elif key in ("items", "additionalProperties", "allOf", "oneOf", "anyOf", "not"):
            out[key] = _to_json_schema(value, components)
        elif key in ("description", "example", "readOnly", "writeOnly", "nullable", "format"):
            continue
        else:
            out[key] = value
    if node.get("nullable"):
        if "type" in out:
            out["type"] = [out["type"], "null"]
        if "enum" in out and None not in out["enum"]:
            out["enum"] = [*out["enum"], None]
        if "allOf" in out or "oneOf" in out:
            out = {"anyOf": [out, {"type": "null"}]}
    if out.get("type") == "object" and "properties" in out:
        out.setdefault("additionalProperties", False)
    return out


def response_schema(openapi: dict, path: str, method: str, status: int) -> dict:
    operation = openapi["paths"][path][method.lower()]
    response = operation["responses"][str(status)]
    schema = response["content"]["application/json"]["schema"]
    return _to_json_schema(schema, openapi["components"]["schemas"])


def assert_matches(openapi: dict, path: str, method: str, status: int, body: Any) -> None:
    schema = response_schema(openapi, path, method, status)
    jsonschema.validate(body, schema)
