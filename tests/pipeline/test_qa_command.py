"""`manage.py qa PHOTO CLIP` scores any clip against a photo and changes nothing (`--job`, a
job's render as the flow judged it, is tested with the QA loop in test_qa_loop.py)."""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path

import cv2
import numpy as np
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from skimage import data

from engine.motion.encode import ClipEncoder
from engine.provenance.label import PlacedLabel
from engine.provenance.reencode import apply_provenance_filters
from engine.provenance.watermark import Watermark
from tests.fakes.unreliable import render_clip


def _push_in(
    photo: np.ndarray, width: int = 256, height: int = 448, n: int = 48
) -> list[np.ndarray]:
    h, w = photo.shape[:2]
    crop_w = round(h * width / height)
    frames = []
    for i in range(n):
        zoom = 1.0 + 0.1 * i / (n - 1)
        scale = width / (crop_w / zoom)
        m = np.array(
            [[scale, 0, width / 2 - w / 2 * scale], [0, scale, height / 2 - h / 2 * scale]],
            np.float32,
        )
        frames.append(cv2.warpAffine(photo, m, (width, height), flags=cv2.INTER_LINEAR))
    return frames


def _write(path: Path, frames: list[np.ndarray]) -> Path:
    h, w = frames[0].shape[:2]
    with ClipEncoder(path, width=w, height=h, fps=24) as enc:
        for f in frames:
            enc.write(np.ascontiguousarray(f))
    return path


@pytest.fixture(scope="module")
def photo_and_clip(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, np.ndarray]:
    root = tmp_path_factory.mktemp("qa-cmd")
    coffee = cv2.cvtColor(data.coffee(), cv2.COLOR_RGB2BGR)
    photo = root / "coffee.jpg"
    cv2.imwrite(str(photo), coffee)
    return photo, _write(root / "clip.mp4", _push_in(coffee)), coffee


def _run(*args: str) -> str:
    out = StringIO()
    call_command("qa", *args, stdout=out)
    return out.getvalue()


def test_json_is_one_object_with_score_passed_parts_and_issues(photo_and_clip) -> None:
    photo, clip, _ = photo_and_clip
    report = json.loads(_run(str(photo), str(clip), "--json"))
    assert report["passed"] is True and report["score"] >= 0.8
    assert {"identity", "same_scene", "texture", "warp", "format"} <= set(report["parts"])
    assert report["issues"] == []


def test_a_clip_of_another_photo_fails_with_a_reason(photo_and_clip, tmp_path: Path) -> None:
    photo, _, _ = photo_and_clip
    rocket = cv2.cvtColor(data.rocket(), cv2.COLOR_RGB2BGR)
    other = _write(tmp_path / "rocket.mp4", _push_in(rocket))
    report = json.loads(_run(str(photo), str(other), "--json"))
    assert report["passed"] is False
    assert any("does not show the scene in the photo" in t for t in report["issues"])


def test_an_ordered_duration_the_clip_does_not_have_fails_format(photo_and_clip) -> None:
    photo, clip, _ = photo_and_clip
    report = json.loads(_run(str(photo), str(clip), "--duration", "4", "--json"))
    assert report["parts"]["format"] < 0.5
    assert any("lasts 2.00 s instead of 4.00 s" in t for t in report["issues"]), report["issues"]


def test_plain_output_names_the_verdict_and_every_part(photo_and_clip) -> None:
    photo, clip, _ = photo_and_clip
    text = _run(str(photo), str(clip))
    assert text.startswith("score ") and "passes (threshold 0.80)" in text
    assert "same_scene" in text and "no issues" in text


@pytest.mark.parametrize(
    ("which", "message"),
    [
        ("missing_photo", "No such photo"),
        ("missing_clip", "No such clip"),
        ("text_photo", "is not a photo"),
        ("text_clip", "could not be opened for checking"),
    ],
)
def test_bad_paths_are_a_clear_command_error(
    photo_and_clip, tmp_path: Path, which, message
) -> None:
    photo, clip, _ = photo_and_clip
    junk = tmp_path / "junk.bin"
    junk.write_bytes(b"not media at all " * 20)
    args = {
        "missing_photo": (tmp_path / "nope.jpg", clip),
        "missing_clip": (photo, tmp_path / "nope.mp4"),
        "text_photo": (junk, clip),
        "text_clip": (photo, junk),
    }[which]
    with pytest.raises(CommandError, match=message):
        _run(*(str(a) for a in args))


@pytest.fixture(scope="module")
def badged_rocket(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str]:
    """A vendor-like clip of the rocket photo with our badge burnt in over the launch-pad
    lights the camera carries past it (see test_assess: QA reads it as a bend unless told)."""
    root = tmp_path_factory.mktemp("qa-badge")
    rocket = cv2.cvtColor(data.rocket(), cv2.COLOR_RGB2BGR)
    photo = root / "rocket.jpg"
    cv2.imwrite(str(photo), rocket, [cv2.IMWRITE_JPEG_QUALITY, 92])
    width, height = 540, 960
    raw, labelled = root / "vendor.mp4", root / "labelled.mp4"
    raw.write_bytes(
        render_clip(
            photo.read_bytes(), width=width, height=height, frames=48, fps=24, defect=None,
            seed="rocket-0",
        )
    )  # fmt: skip
    label = PlacedLabel(brand=None)
    label.place([], (width, height))
    apply_provenance_filters(raw, labelled, [label, Watermark(12345)], size=(width, height))
    assert label.label is not None
    return photo, labelled, ",".join(str(v) for v in label.label.box)


def test_badge_tells_qa_where_our_label_is(badged_rocket) -> None:
    photo, clip, badge = badged_rocket
    told = json.loads(_run(str(photo), str(clip), "--badge", badge, "--json"))
    assert told["passed"] is True and told["parts"]["warp"] == 1.0, told["issues"]
    blind = json.loads(_run(str(photo), str(clip), "--json"))
    assert blind["passed"] is False and blind["parts"]["warp"] < 1.0


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("10,10,40", "four whole numbers"),
        ("a,b,c,d", "four whole numbers"),
        ("10,10,0,20", "W and H > 0"),
        ("-1,10,20,20", "X and Y must be"),
        ("500,900,100,100", "reaches outside the 540x960 clip"),
    ],
)
def test_a_bad_badge_is_a_clear_command_error(badged_rocket, value: str, message: str) -> None:
    photo, clip, _ = badged_rocket
    with pytest.raises(CommandError, match=message):
        _run(str(photo), str(clip), f"--badge={value}")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--attempt", "2"), "--attempt needs --job"),
        ((), "Give a PHOTO and a CLIP, or --job JOB_ID"),
        (("--job", "not-a-job"), "No job 'not-a-job' with a render to score"),
    ],
)
@pytest.mark.django_db
def test_wrong_combinations_are_a_clear_command_error(args: tuple[str, ...], message: str) -> None:
    with pytest.raises(CommandError, match=message):
        _run(*args)


def test_job_takes_nothing_the_job_already_says(photo_and_clip) -> None:
    photo, clip, _ = photo_and_clip
    with pytest.raises(CommandError, match="--job takes the photo, clip, length and badge"):
        _run(str(photo), str(clip), "--job", "00000000-0000-0000-0000-000000000000")
