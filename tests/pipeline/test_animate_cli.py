"""`manage.py animate` runs the whole flow in-process on the embedded defaults."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import cv2
import numpy as np
import pytest

from tests.fixtures_pipeline import jpeg_bytes

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.xdist_group("animate-cli")


def _animate(var_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    # Embedded defaults: no DATABASE_URL or REDIS_URL, a fresh var/ directory.
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DATABASE_URL", "REDIS_URL", "DJANGO_SETTINGS_MODULE", "PYTEST_XDIST_WORKER"}
    }
    env.update(
        {"STILLMOTION_VAR_DIR": str(var_dir), "DJANGO_SETTINGS_MODULE": "saas.settings.local"}
    )
    return subprocess.run(
        [sys.executable, "manage.py", "animate", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def _animate_short(tmp_path: Path, photo: Path, prompt: str, *, ratio: str) -> dict:
    """A 2 s 540p clip of `photo` through the whole flow; the printed JSON."""
    result = _animate(
        tmp_path / "var",
        str(photo),
        "--prompt",
        prompt,
        "--ratio",
        ratio,
        "--duration",
        "2",
        "--resolution",
        "540p",
        "--out",
        str(tmp_path / "clip.mp4"),
        "--json",
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_animate_creates_the_schema_and_prints_json(tmp_path):
    photo = tmp_path / "coffee.jpg"
    photo.write_bytes(jpeg_bytes("coffee"))
    out = tmp_path / "clip.mp4"
    result = _animate(
        tmp_path / "var",
        str(photo),
        "--prompt",
        "slow push in, steam rises",
        "--ratio",
        "1:1",
        "--duration",
        "2",
        "--resolution",
        "540p",
        "--out",
        str(out),
        "--json",
    )
    assert result.returncode == 0, result.stderr[-2000:]
    data = json.loads(result.stdout.strip().splitlines()[-1])
    assert data["status"] == "delivered"
    assert (data["width"], data["height"], data["frames"]) == (540, 540, 48)
    assert set(data["stages"]) >= {"parsing", "gating", "generating", "verifying", "finalizing"}
    assert out.read_bytes()[4:8] == b"ftyp"
    assert (tmp_path / "var" / "stillmotion.sqlite3").exists()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "No such photo"),
        (b"just some text, not a photo at all" * 5, "not a photo"),
        ("tiny", "at least 256 pixels"),
    ],
)
def test_bad_input_is_one_line_and_a_non_zero_exit(tmp_path, content, message):
    photo = tmp_path / "in.jpg"
    if content == "tiny":
        photo.write_bytes(jpeg_bytes("coffee", (100, 80)))
    elif content is not None:
        photo.write_bytes(content)
    result = _animate(tmp_path / "var", str(photo), "--prompt", "pan left")
    assert result.returncode != 0
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def _sky_over_field_jpeg(width: int = 1080, height: int = 1440) -> bytes:
    """A low-texture photo: a smooth sky gradient, a soft horizon, a faintly textured field."""
    rng = np.random.default_rng(11)
    y = np.linspace(0.0, 1.0, height, dtype=np.float32)[:, None]
    sky = np.dstack([235 - 60 * y, 200 - 50 * y, 140 - 40 * y]) * np.ones((1, width, 1))
    field = np.dstack([40 + 0 * y, 120 + 0 * y, 70 + 0 * y]) * np.ones((1, width, 1))
    horizon = 0.62 * height + 15 * np.sin(np.linspace(0, 3, width))[None, :]
    rows = np.arange(height, dtype=np.float32)[:, None]
    mix = np.clip((rows - horizon) / 18.0 + 0.5, 0.0, 1.0)[..., None]
    grass = cv2.GaussianBlur(rng.normal(0, 14, (height, width)).astype(np.float32), (0, 0), 3.0)
    photo = np.clip(sky * (1 - mix) + (field + grass[..., None]) * mix, 0, 255).astype(np.uint8)
    ok, buf = cv2.imencode(".jpg", photo, [cv2.IMWRITE_JPEG_QUALITY, 90])
    assert ok
    return buf.tobytes()


def test_animate_delivers_a_plain_sky_over_field_at_9_16(tmp_path):
    photo = tmp_path / "sky.jpg"
    photo.write_bytes(_sky_over_field_jpeg())
    data = _animate_short(tmp_path, photo, "clouds drift slowly over the field", ratio="9:16")
    assert data["status"] == "delivered", data["reason"]
    assert (data["width"], data["height"]) == (540, 960)
    assert data["qa_score"] >= 0.8


@pytest.mark.parametrize(
    ("prompt", "not_judged"),
    [
        ("snow falls", "texture"),  # new detail every frame: not boiling, it was asked for
        ("static camera, nothing moves", "frozen"),  # a still picture was asked for
    ],
)
def test_animate_delivers_what_was_ordered_even_when_qa_would_read_it_as_a_defect(
    tmp_path, prompt, not_judged
):
    photo = tmp_path / "rocket.jpg"
    photo.write_bytes(jpeg_bytes("rocket"))
    data = _animate_short(tmp_path, photo, prompt, ratio="1:1")
    assert data["status"] == "delivered", data["reason"]
    assert data["renders"] == 1, data  # passed on the first render, not after retries
    assert not_judged in data["qa_not_judged"], data
