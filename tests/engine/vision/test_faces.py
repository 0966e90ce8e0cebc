"""YuNet detection and SFace identity on photos that ship in wheels (no network, no fakes)."""

from __future__ import annotations

import threading

import cv2
import matplotlib.cbook
import numpy as np
import pytest
from skimage import data

from engine.vision.faces import (
    FaceBox,
    cosine,
    detect_faces,
    detect_faces_quick,
    face_embedding,
    face_model_loads,
)


@pytest.fixture(scope="module")
def astronaut() -> np.ndarray:
    return cv2.cvtColor(data.astronaut(), cv2.COLOR_RGB2BGR)


@pytest.fixture(scope="module")
def hopper() -> np.ndarray:
    return cv2.imread(str(matplotlib.cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)))


def _centre(box: FaceBox) -> tuple[float, float]:
    return box.x + box.w / 2, box.y + box.h / 2


def test_finds_the_astronauts_face_where_it_is(astronaut: np.ndarray) -> None:
    faces = detect_faces(astronaut)
    assert len(faces) == 1
    face = faces[0]
    cx, cy = _centre(face)
    assert 200 < cx < 250 and 100 < cy < 140  # her face, not the flag or the suit
    assert 0.6 < face.score <= 1.0
    assert len(face.landmarks) == 5
    (rx, ry), (lx, ly) = face.landmarks[0], face.landmarks[1]
    assert rx < lx and abs(ry - ly) < 15  # two eyes side by side


@pytest.mark.parametrize("name", ["coffee", "chelsea", "coins", "moon", "rocket"])
def test_no_face_in_pictures_without_people(name: str) -> None:
    img = getattr(data, name)()
    assert detect_faces(img) == []  # grey images are accepted as well


def test_boxes_of_a_large_photo_are_in_its_own_pixels(astronaut: np.ndarray) -> None:
    small = detect_faces(astronaut)[0]
    big = detect_faces(cv2.resize(astronaut, (2048, 2048), interpolation=cv2.INTER_CUBIC))[0]
    assert big.w == pytest.approx(small.w * 4, rel=0.15)
    assert _centre(big)[0] == pytest.approx(_centre(small)[0] * 4, rel=0.05)
    assert big.landmarks[2][1] == pytest.approx(small.landmarks[2][1] * 4, rel=0.05)


def test_two_people_side_by_side_are_two_faces(astronaut: np.ndarray, hopper: np.ndarray) -> None:
    pair = np.hstack([cv2.resize(astronaut, (512, 600)), cv2.resize(hopper, (512, 600))])
    faces = detect_faces(pair)
    assert len(faces) == 2
    assert sorted(_centre(f)[0] < 512 for f in faces) == [False, True]


def test_embedding_is_128_unit_vector(astronaut: np.ndarray) -> None:
    emb = face_embedding(astronaut, detect_faces(astronaut)[0])
    assert emb.shape == (128,)
    assert float(np.linalg.norm(emb)) == pytest.approx(1.0, abs=1e-4)


def test_same_person_after_zoom_is_similar_and_another_person_is_not(
    astronaut: np.ndarray, hopper: np.ndarray
) -> None:
    ref = face_embedding(astronaut, detect_faces(astronaut)[0])
    zoomed = cv2.resize(astronaut, None, fx=1.3, fy=1.3)[40:552, 60:572]
    same = cosine(ref, face_embedding(zoomed, detect_faces(zoomed)[0]))
    other = cosine(ref, face_embedding(hopper, detect_faces(hopper)[0]))
    assert same > 0.8
    assert other < 0.4


def test_cosine_edge_cases() -> None:
    a = np.array([1.0, 0.0])
    assert cosine(a, a) == pytest.approx(1.0)
    assert cosine(a, -a) == pytest.approx(-1.0)
    assert cosine(a, np.zeros(2)) == 0.0
    assert cosine(a, np.ones(3)) == 0.0


def test_models_load_once_even_from_many_threads(astronaut: np.ndarray) -> None:
    face = detect_faces(astronaut)[0]
    results: list[float] = []

    def work() -> None:
        results.append(float(face_embedding(astronaut, detect_faces(astronaut)[0])[0]))

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert face_model_loads() == {"yunet": 1, "sface": 1}
    assert len(set(round(r, 5) for r in results)) == 1  # same answer from every thread
    assert results[0] == pytest.approx(float(face_embedding(astronaut, face)[0]), abs=1e-5)


def test_quick_face_search_matches_the_full_one_and_falls_back_for_small_faces(
    astronaut: np.ndarray,
) -> None:
    big = cv2.resize(astronaut, (1280, 1280))
    quick, full = detect_faces_quick(big)[0], detect_faces(big)[0]
    assert abs(quick.x - full.x) < 0.05 * full.w and abs(quick.w - full.w) < 0.1 * full.w
    small = np.full((1280, 1280, 3), 90, np.uint8)
    small[40:240, 40:240] = cv2.resize(astronaut, (200, 200))  # a ~60 px face
    found = detect_faces_quick(small)
    assert found and found == detect_faces(small)  # too small for the quick pass: the full one


def test_the_full_face_search_never_reuses_the_quick_one(astronaut: np.ndarray) -> None:
    """QA's identity check asks for the quick pass; the output check (protected identities)
    asks next for the same frame and must still see the small second face the quick pass
    misses beside a big one."""
    from engine.vision.frames import DecodedClip

    frame = np.full((1280, 720, 3), 120, np.uint8)
    frame[:720] = cv2.resize(astronaut, (720, 720))
    frame[900:1060, 400:560] = cv2.resize(astronaut, (160, 160), interpolation=cv2.INTER_AREA)
    clip = DecodedClip(width=720, height=1280, fps=24.0, duration_s=1.0, grey=[], colour={0: frame})
    assert len(clip.faces(0, expect_big_face=True)) == 1  # the quick pass: the big face only
    assert len(clip.faces(0)) == 2  # the full pass, run for the output check
    assert len(clip.faces(0, expect_big_face=True)) == 2  # from now on the full result serves
    assert clip.face_detections == 2
