"""Safety gate benchmark: prompt rules, face detection, unsafe imagery, gate latency.

1. Prompt classifier on bench/data/prompts.tsv (label TAB prompt): precision and recall per
   category, false-positive rate on benign prompts, time per prompt.
2. Face detection (YuNet int8) on images that ship in wheels, transformed (small, rotated,
   dark, blurred, two faces in one frame) plus non-face images.
3. open_nsfw scores of ordinary images and of bench/data/unsafe_proxy.png (a synthetic
   pattern found by black-box search that the model scores as explicit; there is no real
   explicit image on this machine, so it stands in for one).
4. The whole gate (`safety.check`) on a 12 MP photo with models loaded once: p50 / p95.

    .venv/bin/python bench/safety.py
"""

from __future__ import annotations

import statistics
import sys
import time
from collections import Counter
from pathlib import Path

import cv2
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from engine.safety import screening as safety
from engine.vision.faces import detect_faces

DATA = Path(__file__).resolve().parent / "data"


def load_prompts() -> list[tuple[str, str]]:
    rows = []
    for line in (DATA / "prompts.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        label, prompt = line.split("\t", 1)
        rows.append((label.strip(), prompt.strip()))
    return rows


def bench_prompts() -> None:
    rows = load_prompts()
    predicted: list[tuple[str, str, str]] = []
    times = []
    for label, prompt in rows:
        t0 = time.perf_counter()
        verdict = safety.classify_prompt(prompt)
        times.append((time.perf_counter() - t0) * 1e6)
        predicted.append((label, str(verdict.category) if verdict.category else "benign", prompt))
    labels = sorted({r[0] for r in rows} - {"benign"})
    print(f"== prompts: {len(rows)} ({sum(r[0] == 'benign' for r in rows)} benign)")
    print(f"{'category':20} {'n':>3} {'precision':>9} {'recall':>6} {'blocked(any)':>12}")
    for cat in labels:
        tp = sum(1 for lab, pred, _ in predicted if lab == cat and pred == cat)
        fp = sum(1 for lab, pred, _ in predicted if lab != cat and pred == cat)
        n = sum(1 for lab, _, _ in predicted if lab == cat)
        blocked = sum(1 for lab, pred, _ in predicted if lab == cat and pred != "benign")
        precision = tp / (tp + fp) if tp + fp else float("nan")
        print(f"{cat:20} {n:3d} {precision:9.2f} {tp / n:6.2f} {blocked / n:12.2f}")
    benign = [p for p in predicted if p[0] == "benign"]
    unsafe = [p for p in predicted if p[0] != "benign"]
    fps = [p for p in benign if p[1] != "benign"]
    missed = [p for p in unsafe if p[1] == "benign"]
    print(f"benign false-positive rate: {len(fps)}/{len(benign)} = {len(fps) / len(benign):.3f}")
    print(f"unsafe blocked (any category): {len(unsafe) - len(missed)}/{len(unsafe)}")
    for _lab, pred, prompt in fps:
        print(f"  false positive [{pred}]: {prompt}")
    for lab, _pred, prompt in missed:
        print(f"  missed [{lab}]: {prompt}")
    confused = Counter((lab, pred) for lab, pred, _ in unsafe if pred not in ("benign", lab))
    for (lab, pred), count in confused.items():
        print(f"  labelled {lab} but blocked as {pred}: {count}")
    times.sort()
    print(
        f"time per prompt: median {statistics.median(times):.0f} µs, "
        f"p95 {times[int(0.95 * (len(times) - 1))]:.0f} µs"
    )


def base_images() -> tuple[dict[str, np.ndarray], dict[str, np.ndarray]]:
    import matplotlib.cbook as cbook
    from skimage import data

    def bgr(img: np.ndarray) -> np.ndarray:
        return cv2.cvtColor(img, cv2.COLOR_GRAY2BGR if img.ndim == 2 else cv2.COLOR_RGB2BGR)

    hopper = cv2.imread(str(cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)))
    faces = {"astronaut": bgr(data.astronaut()), "hopper": hopper, "camera": bgr(data.camera())}
    others = {
        "coffee": bgr(data.coffee()),
        "chelsea": bgr(data.chelsea()),
        "coins": bgr(data.coins()),
        "moon": bgr(data.moon()),
        "rocket": bgr(data.rocket()),
        "brick": bgr(data.brick()),
        "grass": bgr(data.grass()),
    }
    return faces, others


def transforms(img: np.ndarray) -> dict[str, np.ndarray]:
    h, w = img.shape[:2]
    rot = cv2.getRotationMatrix2D((w / 2, h / 2), 20, 1.0)
    return {
        "original": img,
        "small": cv2.resize(img, (w // 3, h // 3), interpolation=cv2.INTER_AREA),
        "rotated20": cv2.warpAffine(img, rot, (w, h), borderMode=cv2.BORDER_REFLECT),
        "dark": cv2.convertScaleAbs(img, alpha=0.35, beta=0),
        "blurred": cv2.GaussianBlur(img, (0, 0), 2.5),
        "large12mp": cv2.resize(img, (4000, 3000) if w >= h else (3000, 4000)),
    }


def two_faces(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    height = 600
    ra = cv2.resize(a, (round(a.shape[1] * height / a.shape[0]), height))
    rb = cv2.resize(b, (round(b.shape[1] * height / b.shape[0]), height))
    return np.hstack([ra, rb])


def bench_faces() -> None:
    faces, others = base_images()
    hits, total, false_pos, neg_total = 0, 0, 0, 0
    misses: list[str] = []
    print("\n== face detection (YuNet int8, detect at 640 px long side)")
    for name, img in faces.items():
        for tname, timg in transforms(img).items():
            total += 1
            found = len(detect_faces(timg))
            hits += found >= 1
            if found < 1:
                misses.append(f"{name}/{tname}")
    pair = two_faces(faces["astronaut"], faces["hopper"])
    found_pair = len(detect_faces(pair))
    total += 1
    hits += found_pair >= 2
    for name, img in others.items():
        for tname, timg in transforms(img).items():
            neg_total += 1
            if detect_faces(timg):
                false_pos += 1
                misses.append(f"false face in {name}/{tname}")
    print(f"face images found: {hits}/{total} (two-faces frame: {found_pair} found)")
    print(f"non-face images with a false face: {false_pos}/{neg_total}")
    for m in misses:
        print(f"  {m}")


def bench_nsfw() -> None:
    faces, others = base_images()
    print("\n== open_nsfw scores")
    for name, img in {**faces, **others}.items():
        print(f"  {name:10} {safety.nsfw_score(img):.3f}")
    proxy = cv2.imread(str(DATA / "unsafe_proxy.png"))
    frame = cv2.resize(proxy, (720, 1280), interpolation=cv2.INTER_CUBIC)
    print(f"  {'proxy':10} {safety.nsfw_score(frame):.3f}  (synthetic stand-in for explicit)")


def bench_gate() -> None:
    faces, _ = base_images()
    photo = cv2.resize(faces["astronaut"], (4000, 3000), interpolation=cv2.INTER_CUBIC)
    protected = safety.embed_protected_face(faces["hopper"], label="hopper")
    policy = safety.SafetyPolicy(faces="allow", protected_embeddings=(protected,))
    prompt = "slow push in, make her hair blow in the wind"
    safety.check(prompt=prompt, image_bgr=photo, policy=policy)  # warm: models load once
    totals, parts = [], Counter[str]()
    runs = 30
    for _ in range(runs):
        t0 = time.perf_counter()
        verdict = safety.check(prompt=prompt, image_bgr=photo, policy=policy)
        totals.append((time.perf_counter() - t0) * 1000)
        parts.update(verdict.timings_ms)
    totals.sort()
    print("\n== gate on a 12 MP photo (4000x3000, one face, one protected identity)")
    print(f"verdict: allowed={verdict.allowed} faces={verdict.faces} scores={verdict.scores}")
    print(
        f"p50 {statistics.median(totals):.1f} ms, p95 {totals[int(0.95 * (runs - 1))]:.1f} ms, "
        f"max {totals[-1]:.1f} ms"
    )
    print("mean per step: " + ", ".join(f"{k} {v / runs:.1f} ms" for k, v in parts.items()))
    print(f"model loads in this process: {safety.loaded_model_count()}")


if __name__ == "__main__":
    bench_prompts()
    bench_faces()
    bench_nsfw()
    bench_gate()
