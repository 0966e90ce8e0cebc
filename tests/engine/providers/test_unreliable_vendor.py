"""The unreliable vendor fake (tests/fakes/unreliable.py): it speaks Runway's wire format to
our real adapter, renders the photo it was sent, and injects exactly what it was told to,
the same way for the same seed. The defects are measured here with plain pixel arithmetic,
not with our QA (which the bench measures against this fake)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import httpx
import numpy as np
import pytest

from engine.motion.encode import decode_bgr_frames, probe
from engine.spec import GenerationSpec
from engine.vision.faces import detect_faces
from tests.engine.conftest import runway_for
from tests.fakes.unreliable import DEFECTS, DefectRates, FakeUnreliableRunway, render_clip
from tests.fixtures_pipeline import jpeg_bytes

SPEC = GenerationSpec(prompt="slow push in", duration_s=2.0, seed=11)


@pytest.fixture(scope="module")
def _server() -> Iterator[FakeUnreliableRunway]:
    with FakeUnreliableRunway(short_side=180, fps=12) as fake:
        yield fake  # type: ignore[misc]


@pytest.fixture
def fake(_server: FakeUnreliableRunway) -> FakeUnreliableRunway:
    _server.reset()
    _server.rates = DefectRates(0, 0, 0, 0)
    return _server


@pytest.fixture(scope="module")
def astronaut() -> bytes:
    return jpeg_bytes("astronaut")


def _generate(fake: FakeUnreliableRunway, photo: bytes, tmp_path: Path, name: str = "out"):  # type: ignore[no-untyped-def]
    return runway_for(fake).generate(
        image=photo,
        image_mime="image/jpeg",
        spec=SPEC,
        out_path=tmp_path / f"{name}.mp4",
        timeout_s=20.0,
    )


def _frames(path: Path) -> np.ndarray:
    return np.stack(list(decode_bgr_frames(path))).astype(np.float32)


def _render(photo: bytes, defect: str | None, folder: Path) -> np.ndarray:
    data = render_clip(
        photo, width=270, height=480, frames=24, fps=12, defect=defect, seed="same move"
    )
    path = folder / f"{defect}.mp4"
    path.write_bytes(data)
    return _frames(path)


def test_it_speaks_runway_to_our_adapter_and_serves_a_clip_of_the_sent_photo(
    fake, astronaut, tmp_path
):
    import cv2

    result = _generate(fake, astronaut, tmp_path)

    create = fake.requests_to("POST", "/v1/image_to_video")[0]
    assert create.headers["x-runway-version"] == "2024-11-06"
    assert create.json()["promptImage"].startswith("data:image/jpeg;base64,")
    info = probe(result.path)
    assert (info.width, info.height) == (180, 320)  # Runway's 720:1280, at the fake's size
    assert info.frames == 24 and info.fps == 12  # the 2 s it was asked for
    assert result.ordered_duration_s == 2.0
    # Frame 0 is the photo (cover-scaled to the clip), as an image-to-video model starts.
    photo = cv2.imdecode(np.frombuffer(astronaut, np.uint8), cv2.IMREAD_COLOR)
    scale = 320 / 512
    expected = cv2.resize(photo, (round(512 * scale), 320))[:, 70:250].astype(np.float32)
    assert np.abs(_frames(result.path)[0] - expected).mean() < 12
    task_id = result.vendor_task_id
    assert fake.injected == {task_id: "none"}
    answer = httpx.get(f"{fake.url}/_fake/tasks/{task_id}/defect").json()
    assert answer == {"id": task_id, "defect": "none"}
    served = httpx.get(f"{fake.url}/files/{task_id}.mp4")
    assert served.headers["x-fake-defect"] == "none"


def test_scripted_defects_are_injected_in_order_and_reported(fake, astronaut, tmp_path):
    fake.script("freeze", None, "flicker")
    ids = [_generate(fake, astronaut, tmp_path, f"c{i}").vendor_task_id for i in range(3)]
    assert [fake.injected[i] for i in ids] == ["freeze", "none", "flicker"]
    headers = [httpx.get(f"{fake.url}/files/{i}.mp4").headers["x-fake-defect"] for i in ids]
    assert headers == ["freeze", "none", "flicker"]


def test_a_vendor_that_cuts_clips_short_serves_less_than_was_ordered(fake, astronaut, tmp_path):
    fake.clip_seconds = 1.0
    result = _generate(fake, astronaut, tmp_path)
    assert probe(result.path).duration_s == pytest.approx(1.0, abs=0.1)
    assert result.ordered_duration_s == 2.0  # what QA will hold it to


def test_the_draw_follows_the_seed_and_the_rates_whatever_the_order():
    rates = DefectRates(identity_drift=0.1, warp=0.1, freeze=0.1, flicker=0.1)
    photos = [f"photo-{i}".encode() for i in range(300)]
    draws = {
        order: {
            p: rates.draw(random.Random(f"1:{p!r}:0"))
            for p in (photos if order == "forward" else photos[::-1])
        }
        for order in ("forward", "backward")
    }
    assert draws["forward"] == draws["backward"]
    counts = {d: list(draws["forward"].values()).count(d) for d in (*DEFECTS, None)}
    assert 0.3 < 1 - counts[None] / len(photos) < 0.5  # 40 % broken
    assert all(counts[d] > 10 for d in DEFECTS)
    other_seed = [rates.draw(random.Random(f"2:{p!r}:0")) for p in photos]
    assert other_seed != list(draws["forward"].values())


def test_same_seed_same_photo_same_defects_across_two_fakes(astronaut, tmp_path):
    rates = DefectRates(identity_drift=0.25, warp=0.25, freeze=0.25, flicker=0.25)
    seen = []
    for run in range(2):
        with FakeUnreliableRunway(rates=rates, seed=3, short_side=120, fps=8) as fake:
            ids = [
                _generate(fake, astronaut, tmp_path, f"{run}-{i}").vendor_task_id for i in range(4)
            ]  # type: ignore[arg-type]
            seen.append([fake.injected[i] for i in ids])  # type: ignore[attr-defined]
    assert seen[0] == seen[1]
    assert "none" not in seen[0]  # the rates add up to 1: every render is broken


@pytest.mark.parametrize("bad", [(0.5, 0.5, 0.5, 0.0), (-0.1, 0.0, 0.0, 0.0)])
def test_rates_must_be_shares_that_add_up_to_at_most_one(bad: tuple[float, ...]) -> None:
    with pytest.raises(ValueError):
        DefectRates(*bad)


# -- what each defect does to the frames -----------------------------------------------------
@pytest.fixture(scope="module")
def faithful(astronaut, tmp_path_factory) -> np.ndarray:  # type: ignore[no-untyped-def]
    return _render(astronaut, None, tmp_path_factory.mktemp("faithful"))


@pytest.fixture(scope="module")
def face_box(faithful) -> tuple[int, int, int, int]:  # type: ignore[no-untyped-def]
    face = detect_faces(faithful[-1].astype(np.uint8))[0]
    return round(face.x), round(face.y), round(face.w), round(face.h)


def _inside_outside(a: np.ndarray, b: np.ndarray, box: tuple[int, int, int, int]):  # type: ignore[no-untyped-def]
    x, y, w, h = box
    diff = np.abs(a - b).mean(axis=2)
    inside = diff[y : y + h, x : x + w].mean()
    mask = np.ones_like(diff, bool)
    mask[max(0, y - h) : y + 2 * h, max(0, x - w) : x + 2 * w] = False
    return inside, diff[mask].mean()


def test_a_faithful_render_moves_and_keeps_its_light(faithful):
    motion = np.abs(np.diff(faithful, axis=0)).mean(axis=(1, 2, 3))
    assert (motion > 0.2).all()  # every frame moves on
    brightness = faithful.mean(axis=(1, 2, 3))
    assert brightness.std() < 1.5


@pytest.mark.parametrize("defect", ["identity_drift", "warp"])
def test_identity_drift_and_warp_change_the_face_and_nothing_far_from_it(
    defect, astronaut, faithful, face_box, tmp_path
):
    broken = _render(astronaut, defect, tmp_path)
    start_inside, _ = _inside_outside(broken[0], faithful[0], face_box)
    inside, outside = _inside_outside(broken[-1], faithful[-1], face_box)
    assert start_inside < 3  # it starts as the photo
    assert inside > 15 and outside < 2, (inside, outside)  # and drifts away at the face


def test_freeze_stops_the_picture_a_third_of_the_way_in(astronaut, tmp_path):
    broken = _render(astronaut, "freeze", tmp_path)
    motion = np.abs(np.diff(broken, axis=0)).mean(axis=(1, 2, 3))
    # Frame 8 on repeats frame 8 (what is left is the encoder settling the still picture).
    assert (motion[:7] > 2).all() and (motion[9:] < 1).all(), motion


def test_flicker_makes_the_brightness_jump(astronaut, faithful, tmp_path):
    broken = _render(astronaut, "flicker", tmp_path)
    jumps = np.abs(np.diff(broken.mean(axis=(1, 2, 3))))
    assert jumps.max() > 15 and (jumps > 8).sum() >= 5
    assert np.abs(np.diff(faithful.mean(axis=(1, 2, 3)))).max() < 2


@pytest.mark.parametrize("defect", ["identity_drift", "warp"])
def test_a_face_cut_by_the_frame_edge_still_gets_its_defect(defect, astronaut, tmp_path):
    import cv2

    photo = cv2.imdecode(np.frombuffer(astronaut, np.uint8), cv2.IMREAD_COLOR)
    face = detect_faces(photo)[0]
    edge = photo[:, round(face.x + face.w / 2) :]  # the left half of the face is cut off
    ok, jpeg = cv2.imencode(".jpg", edge)
    assert ok
    clip = _render(jpeg.tobytes(), defect, tmp_path)
    assert clip.shape[0] == 24
