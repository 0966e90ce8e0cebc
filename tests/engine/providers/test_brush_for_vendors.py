"""A motion brush reaches the vendors: Kling as its own motion brush (dynamic masks with
trajectories, a static mask for anchors), checked by the Kling fake against the documented
wire format; the others as a hint in the prompt."""

from __future__ import annotations

import base64
import io

import httpx
import numpy as np
import pytest
from PIL import Image

from engine.providers.vendors.kling import kling_brush
from engine.spec import BrushArrow, GenerationSpec, MotionBrush
from tests.engine.conftest import kling_for, luma_for, runway_for
from tests.engine.providers.test_adapters import run

# The left half flows right; an anchor pins a point in it.
BRUSH = MotionBrush(
    region=((0.0, 0.0), (0.5, 0.0), (0.5, 1.0), (0.0, 1.0)),
    arrows=(BrushArrow((0.1, 0.5), (0.4, 0.5)),),
    anchors=((0.25, 0.25),),
)


def _mask(value: str) -> np.ndarray:
    with Image.open(io.BytesIO(base64.b64decode(value, validate=True))) as im:
        assert im.format == "PNG"
        return np.asarray(im.convert("L"))


def test_kling_gets_the_brush_as_dynamic_and_static_masks(fake_kling, photo, spec, tmp_path):
    run(kling_for(fake_kling), photo, spec.with_changes(brush=BRUSH), tmp_path)

    body = fake_kling.requests_to("POST", "/v1/videos/image2video")[0].json()
    (group,) = body["dynamic_masks"]
    mask = _mask(group["mask"])
    height, width = mask.shape
    assert (width, height) == (306, 544)  # the photo's own size
    assert mask[:, : width // 2 - 2].mean() > 240  # the painted half (less the anchor)...
    assert mask[:, width // 2 + 2 :].max() == 0  # ...and nothing else
    static = _mask(body["static_mask"])
    ax, ay = round(0.25 * width), round(0.25 * height)
    assert static[ay, ax] == 255 and mask[ay, ax] == 0  # the anchor is pinned, not moving
    points = group["trajectories"]
    assert 2 <= len(points) <= 77
    # Pixel coordinates with the origin at the bottom-left: from x≈10% to x≈40%, mid-height.
    assert points[0]["x"] == round(0.1 * (width - 1)) and points[-1]["x"] == round(
        0.4 * (width - 1)
    )
    assert all(p["y"] == round(0.5 * (height - 1)) for p in points)
    assert "Motion:" not in body["prompt"]  # the masks say it; the prompt stays the user's


def test_kling_splits_the_region_between_arrows_and_keeps_at_most_six():
    arrows = tuple(
        BrushArrow((0.05 + 0.1 * i, 0.2), (0.05 + 0.1 * i, 0.2 + 0.02 * (i + 1))) for i in range(8)
    )
    brush = MotionBrush(region=((0, 0), (1, 0), (1, 1), (0, 1)), arrows=arrows)
    body = kling_brush(brush, 400, 300)
    groups = body["dynamic_masks"]
    assert len(groups) == 6 and "static_mask" not in body
    masks = [_mask(g["mask"]) > 0 for g in groups]
    assert not np.any(np.sum(masks, axis=0) > 1)  # every pixel goes with one arrow
    # The six longest arrows are kept: the two shortest (the first two) are dropped.
    first_x = sorted(g["trajectories"][0]["x"] for g in groups)
    assert first_x[0] == round((0.05 + 0.1 * 2) * 399)


def test_the_kling_fake_refuses_masks_off_the_documented_format(fake_kling, photo):
    provider = kling_for(fake_kling)
    good = provider.build_body(
        image=photo, spec=GenerationSpec(brush=BRUSH), image_url=None, callback_url=None
    )
    half = kling_brush(BRUSH, 153, 544)["dynamic_masks"]  # masks half the photo's width
    cases = [
        ({**good, "dynamic_masks": half}, "differs from the image"),
        ({**good, "camera_control": {"type": "simple"}}, "camera_control"),
        (
            {
                **good,
                "dynamic_masks": [{**good["dynamic_masks"][0], "trajectories": [{"x": 1, "y": 2}]}],
            },
            "2 to 77 points",
        ),
        ({**good, "static_mask": "data:image/png;base64," + good["static_mask"]}, "no data:"),
    ]
    for body, problem in cases:
        response = httpx.post(
            f"{fake_kling.url}/v1/videos/image2video", json=body, headers=provider._auth_headers()
        )
        assert response.status_code == 400 and problem in response.json()["message"]
    response = httpx.post(
        f"{fake_kling.url}/v1/videos/image2video", json=good, headers=provider._auth_headers()
    )
    assert response.json()["code"] == 0


@pytest.mark.parametrize("vendor", ["runway", "luma"])
def test_other_vendors_get_the_brush_as_a_prompt_hint(
    vendor, fake_runway, fake_luma, photo, spec, tmp_path
):
    fake, provider = (
        (fake_runway, runway_for(fake_runway))
        if vendor == "runway"
        else (fake_luma, luma_for(fake_luma))
    )
    run(provider, photo, spec.with_changes(brush=BRUSH), tmp_path)
    body = next(r for r in fake.requests if r.method == "POST").json()
    prompt = body.get("promptText") or body.get("prompt")
    assert prompt.startswith("the clouds drift slowly. Motion: the left of the photo")
    assert "flows to the right" in prompt and "1 point stays still" in prompt
