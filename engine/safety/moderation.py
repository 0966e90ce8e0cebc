"""The moderation-service layer: OpenAI's moderation endpoint, when a key is configured.

`POST {base_url}/moderations` with `{"model": "omni-moderation-latest", "input": [...]}`: the
prompt as a text part and, at the pre-render gate, the photo as an `image_url` part (a
`data:image/jpeg;base64,...` URL of a 512-pixel copy). The answer's `results[0]` has
`flagged`, `categories` (booleans) and `category_scores` under OpenAI's own category names;
`POLICY_OF` maps them onto the policy's categories (docs/safety-policy.md).

It runs under a latency budget (`timeout_s`, the whole request): a slow, failing or refusing
service never blocks and never holds the gate; the caller records why it was skipped
(`ModerationSkipped.reason`) and decides with the embedded layers alone. No retries: a retry
would only spend the budget twice.
"""

from __future__ import annotations

import base64
import time
from dataclasses import dataclass
from typing import Any

import cv2
import httpx
import numpy as np

from engine.errors import EngineError
from engine.safety.policy import PROMPT_CATEGORIES

DEFAULT_BASE_URL = "https://api.openai.com/v1"
DEFAULT_MODEL = "omni-moderation-latest"
IMAGE_SIDE = 512

# OpenAI's categories -> ours. `illicit` is "advice or instruction on wrongdoing" (no drug
# category exists there): the nearest of ours is drugs; `illicit/violent` is weapons.
# Deceptive depictions of real people have no OpenAI category: the embedded layers cover them.
POLICY_OF: dict[str, str] = {
    "sexual/minors": "minors",
    "sexual": "sexual",
    "self-harm": "self_harm",
    "self-harm/intent": "self_harm",
    "self-harm/instructions": "self_harm",
    "violence": "violence_gore",
    "violence/graphic": "violence_gore",
    "illicit/violent": "weapons_terror",
    "hate": "hate_harassment",
    "hate/threatening": "hate_harassment",
    "harassment": "hate_harassment",
    "harassment/threatening": "hate_harassment",
    "illicit": "drugs",
}


class ModerationSkipped(EngineError):
    """The service gave no usable answer in time; `reason` says why (for the verdict)."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"The moderation service was skipped: {reason}.")
        self.reason = reason


@dataclass(frozen=True)
class ModerationConfig:
    api_key: str
    base_url: str = DEFAULT_BASE_URL
    model: str = DEFAULT_MODEL
    timeout_s: float = 1.5  # the layer's whole latency budget
    send_image: bool = True


@dataclass(frozen=True)
class ModerationResult:
    flagged: bool
    category: str | None  # ours, when flagged
    vendor_categories: tuple[str, ...]  # OpenAI's flagged names
    scores: dict[str, float]  # OpenAI's category_scores
    ms: float
    request_id: str


def _image_part(bgr: np.ndarray) -> dict[str, Any]:
    height, width = bgr.shape[:2]
    scale = min(1.0, IMAGE_SIDE / float(max(height, width)))
    if scale < 1.0:
        size = (max(1, round(width * scale)), max(1, round(height * scale)))
        bgr = cv2.resize(bgr, size, interpolation=cv2.INTER_AREA)
    ok, jpeg = cv2.imencode(".jpg", bgr, [cv2.IMWRITE_JPEG_QUALITY, 85])
    if not ok:
        raise ModerationSkipped("the photo could not be encoded for the service")
    url = "data:image/jpeg;base64," + base64.b64encode(jpeg.tobytes()).decode("ascii")
    return {"type": "image_url", "image_url": {"url": url}}


def _worst_category(flagged: list[str]) -> str | None:
    """The first of our categories, in the policy's precedence order, that a flag maps to."""
    ours = {POLICY_OF[name] for name in flagged if name in POLICY_OF}
    for category in PROMPT_CATEGORIES:
        if str(category) in ours:
            return str(category)
    return None


def moderate(
    config: ModerationConfig,
    *,
    text: str,
    image_bgr: np.ndarray | None = None,
    client: httpx.Client | None = None,
) -> ModerationResult:
    """One call to the endpoint; raises `ModerationSkipped` when there is no usable answer."""
    start = time.perf_counter()
    parts: list[dict[str, Any]] = [{"type": "text", "text": text or "."}]
    if image_bgr is not None and config.send_image:
        parts.append(_image_part(image_bgr))
    body = {"model": config.model, "input": parts}
    headers = {"Authorization": f"Bearer {config.api_key}"}
    timeout = httpx.Timeout(config.timeout_s)
    url = config.base_url.rstrip("/") + "/moderations"
    try:
        if client is not None:
            response = client.post(url, json=body, headers=headers, timeout=timeout)
        else:
            with httpx.Client(timeout=timeout) as own:
                response = own.post(url, json=body, headers=headers)
    except httpx.TimeoutException:
        raise ModerationSkipped(f"no answer within the {config.timeout_s:g} s budget") from None
    except httpx.HTTPError as exc:
        raise ModerationSkipped(f"could not reach the service ({type(exc).__name__})") from None
    if response.status_code != 200:
        raise ModerationSkipped(_error_reason(response))
    try:
        result = response.json()["results"][0]
        flags: dict[str, Any] = result["categories"]
        scores = {k: float(v) for k, v in (result.get("category_scores") or {}).items()}
    except (ValueError, KeyError, IndexError, TypeError):
        raise ModerationSkipped("the service's answer was not in the documented shape") from None
    flagged = sorted(name for name, on in flags.items() if on)
    category = _worst_category(flagged) if result.get("flagged") else None
    return ModerationResult(
        flagged=category is not None,
        category=category,
        vendor_categories=tuple(flagged),
        scores=scores,
        ms=(time.perf_counter() - start) * 1000,
        request_id=response.headers.get("x-request-id", ""),
    )


def _error_reason(response: httpx.Response) -> str:
    try:
        error = response.json().get("error") or {}
    except ValueError:
        error = {}
    code = error.get("code") or error.get("type") or "error"
    return f"HTTP {response.status_code} {code}"
